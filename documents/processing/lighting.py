"""Uneven lighting on phone photos and poor scans, evened out before OCR.

Tesseract binarizes a page with one global threshold. On a photo whose paper goes
from grey in a shadow to white by the window, that threshold turns the dark side
black and the bright side white, and the text on both is lost. A page whose
background brightness varies that much is divided by an estimate of that
background (flat-field correction): the background becomes evenly white and the
text stays dark.
"""

import numpy as np
from PIL import Image, ImageFilter

# The background is estimated on a copy this many pixels wide, as the brightest
# pixel around each point, so that text strokes do not darken it.
_SURVEY_WIDTH = 96
_SURVEY_MAX_FILTER = 5
# Spread between the 5th and 95th percentile of that estimate, in grey levels,
# from which lighting counts as uneven. Scans and renders of the test corpus gave
# 0 to 10, and a photo-like page with a shadow across it gave 114.
UNEVEN_SPREAD = 40
# The background estimate for the correction is made at 1/16 of the page size,
# where a 5-pixel maximum spans 80 page pixels, more than a line of body text.
_BACKGROUND_SCALE = 16
_BACKGROUND_BLUR = 2
_STRIP_ROWS = 256


def paper_spread(image: Image.Image) -> int:
    """Return how much the background brightness of `image` varies, in grey levels."""
    if min(image.size) < 1:
        return 0
    grey = image.convert("L")
    width = min(_SURVEY_WIDTH, grey.width)
    height = max(1, round(grey.height * width / grey.width))
    survey = grey.resize((width, height), Image.Resampling.BOX)
    paper = survey.filter(ImageFilter.MaxFilter(_SURVEY_MAX_FILTER))
    histogram = paper.histogram()
    return _percentile(histogram, 0.95) - _percentile(histogram, 0.05)


def even_out_lighting(image: Image.Image) -> Image.Image:
    """Return a grey copy of `image` divided by its background, which turns white.

    The division runs in strips of _STRIP_ROWS rows, so that its 16-bit
    intermediates stay small next to the page itself.
    """
    grey = image.convert("L")
    small_size = (
        max(1, grey.width // _BACKGROUND_SCALE),
        max(1, grey.height // _BACKGROUND_SCALE),
    )
    background = (
        grey.resize(small_size, Image.Resampling.BOX)
        .filter(ImageFilter.MaxFilter(_SURVEY_MAX_FILTER))
        .filter(ImageFilter.GaussianBlur(_BACKGROUND_BLUR))
        .resize(grey.size, Image.Resampling.BILINEAR)
    )
    evened = Image.new("L", grey.size)
    for top in range(0, grey.height, _STRIP_ROWS):
        box = (0, top, grey.width, min(grey.height, top + _STRIP_ROWS))
        pixels = np.asarray(grey.crop(box), dtype=np.uint16) * 255
        paper = np.maximum(np.asarray(background.crop(box), dtype=np.uint16), 1)
        pixels //= paper
        np.minimum(pixels, 255, out=pixels)
        evened.paste(Image.fromarray(pixels.astype(np.uint8)), box[:2])
    return evened


def _percentile(histogram: list[int], share: float) -> int:
    """Return the grey level below which `share` of the histogram's pixels lie."""
    target = share * sum(histogram)
    seen = 0
    for level, count in enumerate(histogram):
        seen += count
        if seen >= target:
            return level
    return len(histogram) - 1
