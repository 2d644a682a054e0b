"""Checks and image operations for pages that are turned sideways or upside down.

OCR runs on the page as it is first. Only a page whose result looks wrong for an
upright page gets Tesseract's orientation detection (OSD) and a second OCR pass,
so upright pages cost no extra Tesseract run.
"""

from PIL import Image

from .base import PageText

# A mean word confidence below this suggests that the page was read at a wrong angle.
# With Tesseract 5.3 and rus+eng, the upright phototest page of the test corpus
# scored 0.96, and the corpus pages that it misread before turning scored 0.38 to
# 0.58. The upside-down phototest page, rendered from a 200-DPI PDF at that
# resolution, scored 0.61, so the threshold keeps a margin above the misread pages.
# NOTE: a poor upright scan below this threshold pays for an OSD run.
MIN_UPRIGHT_CONFIDENCE = 0.7
# Words at least this long are wider than tall on an upright page. Tesseract reads
# some pages turned by 90 degrees as vertical lines, with good confidence but with
# word boxes that are taller than wide.
_LONG_WORD = 4
_MIN_LONG_WORDS = 3
# Orientation detection runs on a copy whose longer side is at most this many
# pixels, about an A4 page at 170 DPI. Much smaller copies make the letters of
# ordinary scans too small: at 1000 px OSD picked the wrong angle on all four
# Russian scans of the corpus.
OSD_MAX_SIDE = 2000
# Clockwise rotation in degrees -> the Pillow transpose that applies it. Pillow
# names its rotations counter-clockwise.
_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def may_be_rotated(page: PageText) -> bool:
    """Return True when the OCR result of `page` suggests a turned page.

    That is a mean confidence below MIN_UPRIGHT_CONFIDENCE, or more than half of
    the long words with boxes taller than wide. A page without words returns False.
    """
    if page.confidence is None:
        return False
    if page.confidence < MIN_UPRIGHT_CONFIDENCE:
        return True
    long_words = [word for word in page.words if len(word.text) >= _LONG_WORD]
    if len(long_words) < _MIN_LONG_WORDS:
        return False
    tall_words = [
        word
        for word in long_words
        if word.bbox[3] - word.bbox[1] > word.bbox[2] - word.bbox[0]
    ]
    return 2 * len(tall_words) > len(long_words)


def osd_copy(image: Image.Image) -> tuple[Image.Image, float]:
    """Return a grayscale copy of `image` for OSD and the scale factor applied to it.

    The copy is reduced to OSD_MAX_SIDE pixels on its longer side, and never enlarged.
    """
    copy = image.convert("L")
    longer_side = max(image.width, image.height)
    if longer_side <= OSD_MAX_SIDE:
        return copy, 1.0
    copy.thumbnail((OSD_MAX_SIDE, OSD_MAX_SIDE))
    return copy, max(copy.width, copy.height) / longer_side


def rotate_clockwise(image: Image.Image, degrees: int) -> Image.Image:
    """Return a copy of `image` turned clockwise by 90, 180 or 270 degrees."""
    return image.transpose(_CLOCKWISE[degrees])
