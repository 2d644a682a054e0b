"""PDF pages through PDFium: the text layer where usable, else OCR of a render.

PDFium is not thread-safe, so a reader must stay in the thread that opened it.
"""

import logging
import math
import re
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .base import DocumentReader, PageText, ReadOptions, Word, check_page_count
from .errors import ENCRYPTED_PDF, IMAGE_TOO_LARGE, INVALID_FILE, ProcessingError
from .ocr import MAX_IMAGE_SIDE, ocr_page
from .pdf_images import (
    DeclaredImage,
    check_declared_image,
    check_page_images,
    find_largest_image,
)
from .text import count_alphanumerics, garbled_reason, normalize_text

logger = logging.getLogger(__name__)
# A word of the text layer: a run of characters that normalize_text keeps.
_WORD_RE = re.compile(r"[^\s\x00]+")

POINTS_PER_INCH = 72
# Lowest resolution that a page is rendered at when options.dpi would exceed
# max_image_pixels. Tesseract's old FAQ gives 10 pt text an x-height of about 20
# pixels at 300 DPI and little accuracy below 10 pixels. Small print therefore
# needs 150 DPI, but pages too big for the limit tend to carry larger type.
MIN_RENDER_DPI = 100
# A text layer with fewer letters and digits than this is treated as empty.
MIN_TEXT_CHARACTERS = 3
# A page is OCR'd as a scan with a stamp on it (a page or Bates number) when images
# cover at least MIN_SCAN_COVERAGE of its area. Its text layer must also have fewer
# than MAX_STAMP_CHARACTERS letters and digits. NOTE: both values are estimates,
# because no sample document had such a stamp.
MIN_SCAN_COVERAGE = 0.5
MAX_STAMP_CHARACTERS = 20
# A page that one image covers at least this much is a scan, rendered at the
# image's own resolution when that lies between MIN_NATIVE_DPI and options.dpi.
# Enlarging a 200-DPI scan to 300 DPI read ten test pages slightly worse
# (0.913 against 0.918 character similarity to their text). On 40 pages
# of bench/scan_resolution.py both ways read alike at 120, 150 and 200 DPI
# (ratios 1.001, 1.001 and 0.997, each within two standard errors). The native
# render cost 1.2 to 1.6 times the CPU, because the OCR's small-text pass
# enlarges such pages again. So scans below 200 DPI are enlarged.
MIN_SINGLE_SCAN_COVERAGE = 0.9
MIN_NATIVE_DPI = 200


class PdfReader(DocumentReader):
    """A PDF document open in PDFium."""

    def __init__(self, path: Path, options: ReadOptions) -> None:
        self._path = path
        self._options = options
        # Filled in by _largest_image() before the first render.
        self._largest_image_scanned = False
        self._largest: DeclaredImage | None = None
        self._document = _load_document(path)
        try:
            self.page_count = len(self._document)
            check_page_count(self.page_count, options)
            # Form fields are drawn into renders only after this call.
            self._document.init_forms()
        except BaseException:
            self._document.close()
            raise

    def pages(self) -> Iterator[PageText]:
        """Yield every page, from the text layer or from OCR, in document order."""
        for index in range(self.page_count):
            yield self._read_page(index + 1)

    def close(self) -> None:
        """Close the PDFium document, which also closes its pages and the file."""
        self._document.close()

    def _read_page(self, number: int) -> PageText:
        page = _load_page(self._document, number)
        try:
            return self._read_loaded_page(page, number)
        except pdfium.PdfiumError as error:
            logger.info("PDFium failed on page %d: %s", number, error)
            raise _page_error(number) from error
        finally:
            page.close()

    def _read_loaded_page(self, page: pdfium.PdfPage, number: int) -> PageText:
        textpage = page.get_textpage()
        try:
            text = normalize_text(textpage.get_text_range())
            reason = _ocr_reason(page, text)
            if reason is None:
                return _text_layer_page(page, textpage, number, text, self._options)
        finally:
            textpage.close()
        logger.debug("Page %d needs OCR: %s", number, reason)
        return self._ocr_page(page, number)

    def _ocr_page(self, page: pdfium.PdfPage, number: int) -> PageText:
        check_page_images(page, number, self._options)
        check_declared_image(self._largest_image(), number, self._options)
        scale = _render_scale(page, number, self._options)
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            # The image shares the bitmap's buffer, so OCR must finish before close().
            image = bitmap.to_pil()
            dpi = round(scale * POINTS_PER_INCH)
            return ocr_page(image, number=number, dpi=dpi, options=self._options)
        finally:
            bitmap.close()

    def _largest_image(self) -> DeclaredImage | None:
        """Return the file's largest image dictionary, scanning on the first call."""
        if not self._largest_image_scanned:
            self._largest = find_largest_image(self._path)
            self._largest_image_scanned = True
        return self._largest


def _load_document(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        logger.info("PDFium cannot open the PDF (error code %s)", error.err_code)
        raise _load_error(error.err_code) from error


def _load_error(err_code: int | None) -> ProcessingError:
    """Map a PDFium load error code (FPDF_ERR_*) to the error for the user."""
    if err_code == pdfium_c.FPDF_ERR_PASSWORD:
        return ProcessingError(
            ENCRYPTED_PDF,
            "The PDF is protected by a password. Save a copy without the password "
            "and upload that instead.",
        )
    if err_code == pdfium_c.FPDF_ERR_SECURITY:
        return ProcessingError(
            ENCRYPTED_PDF,
            "The PDF is encrypted with an unsupported security scheme. Save a copy "
            "without encryption and upload that instead.",
        )
    if err_code == pdfium_c.FPDF_ERR_SUCCESS:
        # PDFium loaded the file, but pypdfium2 rejects a document with no pages.
        return ProcessingError(
            INVALID_FILE, "The PDF has no pages. Upload a PDF with content."
        )
    return ProcessingError(
        INVALID_FILE,
        "The PDF is damaged or incomplete and cannot be opened. Check that it opens "
        "in a PDF viewer, then upload it again.",
    )


def _page_error(number: int) -> ProcessingError:
    return ProcessingError(
        INVALID_FILE,
        f"Page {number} of the PDF is damaged and cannot be read. Check that it "
        f"opens in a PDF viewer, or save a repaired copy and upload that.",
    )


def _load_page(document: pdfium.PdfDocument, number: int) -> pdfium.PdfPage:
    try:
        return document[number - 1]
    except pdfium.PdfiumError as error:
        raise _page_error(number) from error


def _ocr_reason(page: pdfium.PdfPage, text: str) -> str | None:
    """Return why the page needs OCR, or None when its text layer is usable."""
    characters = count_alphanumerics(text)
    if characters < MIN_TEXT_CHARACTERS:
        return "no text layer"
    garbled = garbled_reason(text)
    if garbled is not None:
        return f"garbled text layer ({garbled})"
    if (
        characters < MAX_STAMP_CHARACTERS
        and _image_coverage(page, _page_images(page)) >= MIN_SCAN_COVERAGE
    ):
        return f"a scanned image with only {characters} letters and digits of text"
    return None


def _page_images(page: pdfium.PdfPage) -> list[pdfium.PdfImage]:
    """Return the images placed directly on the page.

    Images inside form XObjects are left out, because PDFium reports their bounds
    in the form's own coordinates.
    """
    return list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1))


def _image_coverage(page: pdfium.PdfPage, images: list[pdfium.PdfImage]) -> float:
    """Return the share of the crop box that `images` cover, counting overlaps twice."""
    left, bottom, right, top = page.get_cropbox()
    page_area = (right - left) * (top - bottom)
    if page_area <= 0:
        return 0.0
    covered = 0.0
    for image in images:
        try:
            image_left, image_bottom, image_right, image_top = image.get_bounds()
        except pdfium.PdfiumError:
            continue
        width = min(right, image_right) - max(left, image_left)
        height = min(top, image_top) - max(bottom, image_bottom)
        covered += max(0.0, width) * max(0.0, height)
    return min(1.0, covered / page_area)


def _text_layer_page(
    page: pdfium.PdfPage,
    textpage: pdfium.PdfTextPage,
    number: int,
    text: str,
    options: ReadOptions,
) -> PageText:
    width, height = page.get_size()
    scale = options.dpi / POINTS_PER_INCH
    return PageText(
        number=number,
        source="text_layer",
        text=text,
        confidence=None,
        width=round(width * scale),
        height=round(height * scale),
        words=_text_layer_words(page, textpage, scale),
    )


def _text_layer_words(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, scale: float
) -> tuple[Word, ...]:
    """Return the words of the text layer with boxes in pixels at `scale`.

    PDFium counts one character per UTF-16 unit, so a page whose text has
    characters outside the Basic Multilingual Plane gets no boxes.
    """
    raw = textpage.get_text_range()
    if len(raw) != textpage.count_chars():
        return ()
    crop_left, _, _, crop_top = page.get_cropbox()
    words = []
    for match in _WORD_RE.finditer(raw):
        boxes = [textpage.get_charbox(index) for index in range(*match.span())]
        left = min(box[0] for box in boxes)
        bottom = min(box[1] for box in boxes)
        right = max(box[2] for box in boxes)
        top = max(box[3] for box in boxes)
        bbox = (
            round((left - crop_left) * scale),
            round((crop_top - top) * scale),
            round((right - crop_left) * scale),
            round((crop_top - bottom) * scale),
        )
        words.append(Word(text=match.group(0), confidence=None, bbox=bbox))
    return tuple(words)


def _render_scale(page: pdfium.PdfPage, number: int, options: ReadOptions) -> float:
    """Return the scale for options.dpi, or a lower one that fits the image limits.

    The limits are options.max_image_pixels and Tesseract's MAX_IMAGE_SIDE. A page
    that is one scan of lower resolution is rendered at the scan's resolution (see
    _scan_dpi), so that its pixels are not interpolated.
    """
    width, height = page.get_size()
    dpi = options.dpi
    scan_dpi = _scan_dpi(page)
    if scan_dpi is not None and MIN_NATIVE_DPI <= scan_dpi < dpi:
        logger.info(
            "Page %d is a %.0f-DPI scan, rendered at that resolution", number, scan_dpi
        )
        dpi = scan_dpi
    scale = dpi / POINTS_PER_INCH
    if _fits_limits(width, height, scale, options):
        return scale
    pixels = _bitmap_pixels(width, height, scale)
    if pixels > options.max_image_pixels:
        scale *= math.sqrt(options.max_image_pixels / pixels)
    scale = min(scale, MAX_IMAGE_SIDE / max(width, height))
    # pypdfium2 rounds the bitmap size up, so shrink until the rounded size fits.
    while not _fits_limits(width, height, scale, options):
        scale *= 0.999
    if scale * POINTS_PER_INCH < MIN_RENDER_DPI:
        raise ProcessingError(
            IMAGE_TOO_LARGE,
            f"Page {number} measures {width / POINTS_PER_INCH:.1f}x"
            f"{height / POINTS_PER_INCH:.1f} inches and cannot be rendered at "
            f"{MIN_RENDER_DPI} DPI within the limits of {options.max_image_pixels} "
            f"pixels (DOCAI_MAX_IMAGE_MEGAPIXELS) and {MAX_IMAGE_SIDE} pixels per "
            "side. Resize the page to a "
            f"paper format and upload it again.",
        )
    logger.info(
        "Page %d is rendered at %.0f DPI to stay within %d pixels and %d pixels "
        "per side",
        number,
        scale * POINTS_PER_INCH,
        options.max_image_pixels,
        MAX_IMAGE_SIDE,
    )
    return scale


def _scan_dpi(page: pdfium.PdfPage) -> float | None:
    """Return the resolution of the one image that covers the page, or None.

    The resolution is the image's pixels per inch of the page along its lower
    axis. An image placed turned by 90 degrees is measured with its sides swapped.
    """
    images = _page_images(page)
    if len(images) != 1 or _image_coverage(page, images) < MIN_SINGLE_SCAN_COVERAGE:
        return None
    try:
        image_left, image_bottom, image_right, image_top = images[0].get_bounds()
        pixels_wide, pixels_high = images[0].get_px_size()
    except pdfium.PdfiumError:
        return None
    inches_wide = (image_right - image_left) / POINTS_PER_INCH
    inches_high = (image_top - image_bottom) / POINTS_PER_INCH
    if inches_wide <= 0 or inches_high <= 0:
        return None
    upright = (pixels_wide / inches_wide, pixels_high / inches_high)
    turned = (pixels_high / inches_wide, pixels_wide / inches_high)
    # The placement whose two resolutions agree better is the one the file uses.
    best = min(upright, turned, key=lambda pair: abs(pair[0] - pair[1]))
    # Page sizes in points carry float error: 640 pixels over 230.4 points is
    # 199.99999 DPI.
    return round(min(best), 1)


def _fits_limits(
    width: float, height: float, scale: float, options: ReadOptions
) -> bool:
    return (
        _bitmap_pixels(width, height, scale) <= options.max_image_pixels
        and math.ceil(max(width, height) * scale) <= MAX_IMAGE_SIDE
    )


def _bitmap_pixels(width: float, height: float, scale: float) -> int:
    return math.ceil(width * scale) * math.ceil(height * scale)
