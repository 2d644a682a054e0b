"""Skew of a page photographed or scanned at a small angle, found and straightened.

Tesseract 5.3 straightens text lines itself only up to a few degrees: a printed
page turned by 6 degrees still read 6 of 7 values, and at 8 degrees none. The angle is
found with a projection profile: rotated to the right angle, the text lines of a
page make the row sums of ink alternate most strongly between lines and the gaps
between them.
"""

import math

import numpy as np
from PIL import Image

# Angles searched, in degrees either way. Larger turns are rare on photos of
# documents, and quarter turns are left to orientation detection.
MAX_SKEW = 15.0
# Below this angle a page is read as it is, because Tesseract handles it.
MIN_SKEW = 1.0
_COARSE_STEP = 1.0
_FINE_STEP = 0.1
# The profile is computed on a copy whose longer side is this many pixels.
_SURVEY_SIDE = 800
_MIN_SURVEY_SIDE = 100
# The best angle must beat the page as it is by this factor, so that pages with
# no lines of text (photos, drawings) are not turned on noise.
_MIN_GAIN = 1.2


def detect_skew(image: Image.Image) -> float:
    """Return the angle in degrees, counter-clockwise, that straightens `image`.

    Returns 0.0 for a straight page, a page without enough text lines, or an angle
    below MIN_SKEW.
    """
    ink = _ink_survey(image)
    if ink is None:
        return 0.0
    straight = _line_contrast(ink, 0.0)
    coarse = _best_angle(ink, -MAX_SKEW, MAX_SKEW, _COARSE_STEP)
    low = max(-MAX_SKEW, coarse - _COARSE_STEP)
    angle = _best_angle(ink, low, min(MAX_SKEW, coarse + _COARSE_STEP), _FINE_STEP)
    if abs(angle) < MIN_SKEW:
        return 0.0
    if _line_contrast(ink, angle) < straight * _MIN_GAIN:
        return 0.0
    return angle


def straightened_size(size: tuple[int, int], angle: float) -> tuple[int, int]:
    """Return the size of a copy of an image of `size` turned by `angle` degrees."""
    radians = math.radians(angle)
    cosine, sine = abs(math.cos(radians)), abs(math.sin(radians))
    width, height = size
    return (
        math.ceil(width * cosine + height * sine),
        math.ceil(width * sine + height * cosine),
    )


def straighten(image: Image.Image, angle: float) -> Image.Image:
    """Return `image` turned by `angle` degrees counter-clockwise on a white ground.

    The result is larger than `image`, so that no corner of the page is cut off.
    """
    if image.mode not in ("L", "RGB"):
        image = image.convert("L")
    fill = 255 if image.mode == "L" else (255, 255, 255)
    return image.rotate(
        angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill
    )


def box_before_straightening(
    box: tuple[int, int, int, int],
    angle: float,
    original_size: tuple[int, int],
    straightened_size: tuple[int, int],
) -> tuple[int, int, int, int]:
    """Return the box, in the original image, that covers `box` of the straightened.

    The four corners are turned back about the image centres and the result is the
    smallest upright box around them, clipped to the original image.
    """
    width, height = original_size
    centre_x, centre_y = straightened_size[0] / 2, straightened_size[1] / 2
    radians = math.radians(angle)
    cosine, sine = math.cos(radians), math.sin(radians)
    left, top, right, bottom = box
    xs, ys = [], []
    for x, y in ((left, top), (right, top), (left, bottom), (right, bottom)):
        dx, dy = x - centre_x, y - centre_y
        # Pillow turns counter-clockwise on screen, where y points down, so the
        # way back is this rotation by +angle in those coordinates.
        xs.append(cosine * dx - sine * dy + width / 2)
        ys.append(sine * dx + cosine * dy + height / 2)
    return (
        max(0, min(width, math.floor(min(xs)))),
        max(0, min(height, math.floor(min(ys)))),
        max(0, min(width, math.ceil(max(xs)))),
        max(0, min(height, math.ceil(max(ys)))),
    )


def _ink_survey(image: Image.Image) -> Image.Image | None:
    """Return a small copy with ink at 255 and background at 0, or None if blank.

    The copy's longer side is at most _SURVEY_SIDE, so that turning it stays cheap
    on a page of any shape. A page whose shorter side would come out under
    _MIN_SURVEY_SIDE (a receipt strip, a banner) is too narrow to measure a tilt on.
    """
    if min(image.size) < 1:
        return None
    scale = min(1.0, _SURVEY_SIDE / max(image.size))
    width, height = (max(1, round(side * scale)) for side in image.size)
    if min(width, height) < _MIN_SURVEY_SIDE:
        return None
    grey = image.convert("L")
    small = np.asarray(grey.resize((width, height), Image.Resampling.BOX))
    threshold = _otsu_threshold(small)
    ink = small < threshold
    if ink.mean() < 0.002 or ink.mean() > 0.5:
        return None
    return Image.fromarray(ink.astype(np.uint8) * 255)


def _otsu_threshold(pixels: np.ndarray) -> int:
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(float)
    levels = np.arange(256)
    total = histogram.sum()
    below = np.cumsum(histogram)
    below_sum = np.cumsum(histogram * levels)
    above = total - below
    mean_below = below_sum / np.maximum(below, 1)
    mean_above = (below_sum[-1] - below_sum) / np.maximum(above, 1)
    between = below * above * (mean_below - mean_above) ** 2
    return int(np.argmax(between)) + 1


def _line_contrast(ink: Image.Image, angle: float) -> float:
    """Return the variance of the ink share of the rows of `ink` turned by `angle`.

    Each row's ink is divided by the page pixels in it, so that the corners the
    turn adds do not count as contrast: on a page of noise, row sums alone grew
    with the angle.
    """
    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, expand=True)
    page = Image.new("L", ink.size, 255).rotate(
        angle, resample=Image.Resampling.NEAREST, expand=True
    )
    ink_rows = np.asarray(turned, dtype=np.float64).sum(axis=1)
    page_rows = np.asarray(page, dtype=np.float64).sum(axis=1)
    full = page_rows >= page_rows.max() / 2
    return float((ink_rows[full] / page_rows[full]).var())


def _best_angle(ink: Image.Image, low: float, high: float, step: float) -> float:
    count = round((high - low) / step)
    angles = [low + index * step for index in range(count + 1)]
    return max(angles, key=lambda angle: _line_contrast(ink, angle))
