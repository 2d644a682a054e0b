"""Raster images through Pillow, OCR'd page by page.

Every frame of a TIFF file is a page. GIF, WebP and animated PNG files give one page
from their first frame, because their other frames are animation, not pages.
"""

import contextlib
import logging
import re
import struct
import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps

from .base import DocumentReader, PageText, ReadOptions, check_page_count
from .errors import IMAGE_TOO_LARGE, INVALID_FILE, ProcessingError
from .formats import BMP, GIF, JPEG, PNG, TIFF, WEBP
from .ocr import ocr_page

logger = logging.getLogger(__name__)

_PILLOW_FORMATS = {
    PNG: "PNG",
    JPEG: "JPEG",
    TIFF: "TIFF",
    BMP: "BMP",
    GIF: "GIF",
    WEBP: "WEBP",
}
# Resolution given to Tesseract for images that declare none or an implausible one,
# such as the 1x1 'dpi' of a JPEG that only stores an aspect ratio.
DEFAULT_DPI = 300
MIN_PLAUSIBLE_DPI = 70
MAX_PLAUSIBLE_DPI = 2400
# Exceptions that Pillow raises for damaged or truncated image data.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)
_WIDE_MODES = frozenset({"I", "I;16", "I;16L", "I;16B", "I;16N", "F"})


class ImageReader(DocumentReader):
    """An image file open in Pillow, with every frame decoded once to validate it."""

    def __init__(self, path: Path, mime_type: str, options: ReadOptions) -> None:
        self._options = options
        self._file = path.open("rb")
        try:
            self._image = _open_image(self._file, mime_type, options)
            self.page_count = _page_count(self._image, mime_type, options)
            check_page_count(self.page_count, options)
            for number in range(1, self.page_count + 1):
                _load_frame(self._image, number, options)
        except BaseException:
            self.close()
            raise

    def pages(self) -> Iterator[PageText]:
        """Yield the OCR text of every page in frame order."""
        for number in range(1, self.page_count + 1):
            frame = _load_frame(self._image, number, self._options)
            with _pillow_errors(self._options):
                prepared = prepare_for_ocr(frame)
            dpi = image_dpi(frame)
            yield ocr_page(prepared, number=number, dpi=dpi, options=self._options)

    def close(self) -> None:
        """Close the Pillow image and the file."""
        image = getattr(self, "_image", None)
        if image is not None:
            image.close()
        self._file.close()


def prepare_for_ocr(frame: Image.Image) -> Image.Image:
    """Return an upright copy of `frame` in mode 1, L or RGB, flattened onto white.

    The EXIF orientation is applied and then removed. 16-bit and 32-bit images are
    stretched from their darkest to their brightest value onto 8 bits.
    """
    image = ImageOps.exif_transpose(frame)
    if image.mode in ("1", "L", "RGB"):
        return image
    if image.mode in _WIDE_MODES:
        return _to_8_bit(image)
    if image.has_transparency_data:
        return _flatten_on_white(image)
    return image.convert("RGB")


def image_dpi(image: Image.Image) -> int:
    """Return the image's declared horizontal DPI, or DEFAULT_DPI if implausible."""
    declared = image.info.get("dpi")
    try:
        dpi = float(declared[0])
    except (TypeError, ValueError, IndexError):
        return DEFAULT_DPI
    if MIN_PLAUSIBLE_DPI <= dpi <= MAX_PLAUSIBLE_DPI:
        return round(dpi)
    return DEFAULT_DPI


@contextlib.contextmanager
def _pillow_errors(options: ReadOptions) -> Iterator[None]:
    """Turn Pillow's errors for damaged or oversized images into ProcessingError.

    Pillow's own decompression bomb warning is silenced here because the reader
    checks options.max_image_pixels itself. Pillow still raises its error above
    2 * Image.MAX_IMAGE_PIXELS, which then maps to image_too_large as well.
    NOTE: so a max_image_pixels above that (about 179 million with Pillow's default)
    does not let larger images through.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            yield
    except Image.DecompressionBombError as error:
        # Pillow raises this above 2 * Image.MAX_IMAGE_PIXELS, which may be lower.
        pillow_max = Image.MAX_IMAGE_PIXELS
        limit = options.max_image_pixels
        if pillow_max is not None:
            limit = min(limit, 2 * pillow_max)
        # Pillow's message gives the declared size: "Image size (400000000
        # pixels) exceeds limit ...".
        declared = re.search(r"\(([0-9]+) pixels\)", str(error))
        size = (
            f"{declared.group(1)} pixels" if declared else f"more than {limit} pixels"
        )
        raise ProcessingError(
            IMAGE_TOO_LARGE,
            f"The image declares {size}, over the limit of {limit} pixels "
            "(DOCAI_MAX_IMAGE_MEGAPIXELS). Scale it down "
            "or scan at a lower resolution and upload it again.",
        ) from error
    except _DECODE_ERRORS as error:
        logger.info("Pillow cannot decode the image: %s", error)
        raise ProcessingError(
            INVALID_FILE,
            "The image is damaged or incomplete and cannot be read. Check that it "
            "opens in an image viewer, then upload it again.",
        ) from error


def _open_image(file, mime_type: str, options: ReadOptions) -> Image.Image:
    """Return the image with only its header read, because load() decodes pixels."""
    with _pillow_errors(options):
        return Image.open(file, formats=[_PILLOW_FORMATS[mime_type]])


def _page_count(image: Image.Image, mime_type: str, options: ReadOptions) -> int:
    if mime_type != TIFF:
        return 1
    with _pillow_errors(options):
        return image.n_frames


def _load_frame(image: Image.Image, number: int, options: ReadOptions) -> Image.Image:
    """Seek to page `number`, check its declared size, then decode it."""
    with _pillow_errors(options):
        image.seek(number - 1)
        _check_size(image, number, options)
        image.load()
    return image


def _check_size(image: Image.Image, number: int, options: ReadOptions) -> None:
    width, height = image.size
    if width * height > options.max_image_pixels:
        raise ProcessingError(
            IMAGE_TOO_LARGE,
            f"Page {number} is a {width}x{height} pixel image, more than the limit "
            f"of {options.max_image_pixels} pixels (DOCAI_MAX_IMAGE_MEGAPIXELS). "
            "Scale it down or scan at a lower resolution and upload it again.",
        )


def _to_8_bit(image: Image.Image) -> Image.Image:
    low, high = image.getextrema()
    scale = 255 / (high - low) if high > low else 1.0
    return image.convert("F").point(lambda value: (value - low) * scale).convert("L")


def _flatten_on_white(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    background.alpha_composite(rgba)
    return background.convert("RGB")
