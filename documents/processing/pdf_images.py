"""Checks of the images in a PDF against max_image_pixels before a page is rendered.

PDFium decodes an image at its full declared size while rendering, whatever the
render scale. A 25000x25000 image compresses to about 600 KB with FlateDecode and
decodes to 625 MB. Such an image can sit where PDFium's page object API does not
list it: as the /SMask of a small image, inside a tiling pattern, in an annotation's
appearance stream or in a Type 3 glyph. So the file itself is scanned for image
dictionaries as well.
"""

import logging
import mmap
import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .base import ReadOptions
from .errors import IMAGE_TOO_LARGE, INVALID_FILE, ProcessingError

logger = logging.getLogger(__name__)

# Depth to which check_page_images walks nested form XObjects. NOTE: PDFium's own
# nesting limit for rendering was not checked. Deeper image XObjects are still
# found by the file scan, but deeper inline images are not.
MAX_FORM_DEPTH = 64

_SKIP = re.compile(rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*")
# One token after _SKIP: a dictionary or array bracket, a hex string, a name or a
# regular token such as a number, a keyword or 'R'. Literal strings start with '('
# and are skipped by _skip_literal_string, because they nest.
_TOKEN = re.compile(
    rb"<<|>>|\[|\]|\{|\}|\(|<[^>]*>|/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*"
    rb"|[^\x00\t\n\x0c\r ()<>\[\]{}/%]+"
)
_OBJECT_HEADER = re.compile(
    rb"(?<![0-9])([0-9]{1,10})[\x00\t\n\x0c\r ]+([0-9]{1,5})[\x00\t\n\x0c\r ]+obj"
    rb"(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])"
)
_STRING_SPECIAL = re.compile(rb"[()\\]")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_OPENERS = frozenset({b"<<", b"["})
_CLOSERS = frozenset({b">>", b"]"})
# Dictionaries are parsed once each in a well-formed file. More parsing than this
# multiple of the file size means that object headers sit inside other objects.
_PARSE_BUDGET_FACTOR = 2


@dataclass(frozen=True)
class DeclaredImage:
    """An image XObject dictionary found in the PDF file, with its size in pixels."""

    object_number: int
    width: int
    height: int


def check_page_images(page: pdfium.PdfPage, number: int, options: ReadOptions) -> None:
    """Raise image_too_large when an image object on the page exceeds the limit.

    The walk covers images placed on the page, inline images and images in form
    XObjects. find_largest_image covers the places that PDFium does not list. A
    35000x35000 fax image in an 11 KB file took about 700 MB during a small render.
    """
    images = page.get_objects(
        filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=MAX_FORM_DEPTH
    )
    for image in images:
        try:
            width, height = image.get_px_size()
        except pdfium.PdfiumError:
            # PDFium reports no size for some damaged images. The renderer gets them.
            continue
        if width * height > options.max_image_pixels:
            raise ProcessingError(
                IMAGE_TOO_LARGE,
                f"Page {number} contains a {width}x{height} pixel image, more than "
                f"the limit of {options.max_image_pixels} pixels "
                "(DOCAI_MAX_IMAGE_MEGAPIXELS). Scan the page at "
                f"a lower resolution and upload it again.",
            )


def check_declared_image(
    image: DeclaredImage | None, number: int, options: ReadOptions
) -> None:
    """Raise image_too_large when `image`, the file's largest, exceeds the limit.

    NOTE: the scan does not know which page uses an image, so an oversized image
    anywhere in the file stops the OCR of every page that needs a render.
    """
    if image is None or image.width * image.height <= options.max_image_pixels:
        return
    raise ProcessingError(
        IMAGE_TOO_LARGE,
        f"Page {number} cannot be rendered because the PDF contains a "
        f"{image.width}x{image.height} pixel image (object {image.object_number}), "
        f"more than the limit of {options.max_image_pixels} pixels "
        "(DOCAI_MAX_IMAGE_MEGAPIXELS). Scale the "
        f"images down or scan at a lower resolution and upload the PDF again.",
    )


def find_largest_image(path: Path) -> DeclaredImage | None:
    """Return the image dictionary in the file that declares the most pixels.

    Every 'N G obj' in the file is parsed, including incremental updates and
    objects that the cross-reference table no longer lists, so it may count images
    that PDFium never decodes. Raises invalid_file when the objects
    overlap so much that the scan would take more than linear time.
    NOTE: a /Width or /Height given as a reference to an object inside a
    compressed object stream is not resolved, so that image is not counted.
    """
    with (
        path.open("rb") as file,
        mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data,
    ):
        return _ImageScan(data).largest()


class _ImageScan:
    """One pass over the object headers of a PDF file held in `data`."""

    def __init__(self, data: mmap.mmap) -> None:
        self._data = data
        self._budget = _PARSE_BUDGET_FACTOR * len(data) + 1024 * 1024
        self._offsets: dict[int, int] = {}

    def largest(self) -> DeclaredImage | None:
        candidates = []
        for header in _OBJECT_HEADER.finditer(self._data):
            object_number = int(header.group(1))
            self._offsets[object_number] = header.end()
            entries = self._read_dictionary(header.end())
            if entries is not None and _is_image(entries):
                candidates.append((object_number, entries))
        largest = None
        for object_number, entries in candidates:
            width = self._resolve_integer(entries.get(b"Width"))
            height = self._resolve_integer(entries.get(b"Height"))
            if width is None or height is None or width <= 0 or height <= 0:
                continue
            if largest is None or width * height > largest.width * largest.height:
                largest = DeclaredImage(object_number, width, height)
        return largest

    def _read_dictionary(self, position: int) -> dict[bytes, object] | None:
        """Return the top-level entries of the dictionary at `position`, or None.

        A value is a name or number token, an (object number, generation) tuple
        for an indirect reference, or None for an array, dictionary or string.
        """
        tokens = self._top_level_tokens(position)
        if tokens is None:
            return None
        entries: dict[bytes, object] = {}
        index = 0
        while index + 1 < len(tokens):
            key = tokens[index]
            if not isinstance(key, bytes) or not key.startswith(b"/"):
                return None
            value: object = tokens[index + 1]
            index += 2
            if index + 1 < len(tokens) and tokens[index + 1] == b"R":
                value = (_to_integer(value), _to_integer(tokens[index]))
                index += 2
            entries[_decode_name(key)] = value
        return entries

    def _top_level_tokens(self, position: int) -> list[object] | None:
        """Return the tokens at depth 1 of the dictionary at `position`, or None.

        Arrays, nested dictionaries and strings become one None token each.
        """
        start = position
        tokens: list[object] = []
        end = _scan_dictionary(self._data, position, tokens)
        self._spend(abs(end) - start)
        return tokens if end >= 0 else None

    def _spend(self, size: int) -> None:
        self._budget -= size
        if self._budget < 0:
            raise ProcessingError(
                INVALID_FILE,
                "The PDF has overlapping objects and cannot be checked safely. Save "
                "a repaired copy with a PDF editor and upload that instead.",
            )

    def _resolve_integer(self, value: object) -> int | None:
        if isinstance(value, tuple):
            offset = self._offsets.get(value[0])
            if offset is None:
                return None
            position = _SKIP.match(self._data, offset).end()
            match = _TOKEN.match(self._data, position)
            value = match.group(0) if match else None
        return _to_integer(value)


def _is_image(entries: dict[bytes, object]) -> bool:
    subtype = entries.get(b"Subtype")
    return isinstance(subtype, bytes) and _decode_name(subtype) == b"Image"


def _decode_name(name: bytes) -> bytes:
    """Return a PDF name without its slash and with #xx escapes decoded."""
    return _NAME_ESCAPE.sub(
        lambda match: bytes.fromhex(match.group(1).decode()), name[1:]
    )


def _to_integer(token: object) -> int | None:
    """Return a number token as PDFium reads an integer: a real is truncated."""
    if not isinstance(token, bytes):
        return None
    try:
        return int(float(token))
    except (ValueError, OverflowError):
        return None


def _scan_dictionary(data: mmap.mmap, position: int, tokens: list[object]) -> int:
    """Append the depth 1 tokens of the dictionary at `position` to `tokens`.

    Returns the position after the dictionary, or minus the position where
    parsing stopped when there is no complete dictionary.
    """
    position = _SKIP.match(data, position).end()
    if data[position : position + 2] != b"<<":
        return -position
    position += 2
    depth = 1
    while depth > 0:
        position = _SKIP.match(data, position).end()
        match = _TOKEN.match(data, position)
        if match is None:
            return -position
        token = match.group(0)
        if token == b"(":
            position = _skip_literal_string(data, position)
            if position < 0:
                return -len(data)
            token = None
        else:
            position = match.end()
        if token in _OPENERS:
            if depth == 1:
                tokens.append(None)
            depth += 1
        elif token in _CLOSERS:
            depth -= 1
        elif depth == 1:
            is_hex_string = token is not None and token.startswith(b"<")
            tokens.append(None if is_hex_string else token)
    return position


def _skip_literal_string(data: mmap.mmap, position: int) -> int:
    """Return the position after the literal string at `position`, or -1 at EOF."""
    depth = 0
    while True:
        match = _STRING_SPECIAL.search(data, position)
        if match is None:
            return -1
        special = match.group(0)
        position = match.end()
        if special == b"(":
            depth += 1
        elif special == b")":
            depth -= 1
            if depth == 0:
                return position
        else:
            # A backslash escapes the next byte, which may be a parenthesis.
            position += 1
