"""OCR of one page image with Tesseract through pytesseract."""

import contextlib
import dataclasses
import functools
import itertools
import logging
import os
import re
import time
from collections.abc import Iterator
from typing import Any

import pytesseract
from PIL import Image

from . import lighting, orientation, skew
from .base import PageText, ReadOptions, Word
from .errors import IMAGE_TOO_LARGE, OCR_FAILED, OCR_TIMEOUT, ProcessingError
from .tesseract_processes import kill_tesseract_on_error
from .text import normalize_text

# Tesseract's OpenMP threads compete with each other and with other worker
# processes, which makes OCR several times slower on small machines. Each Tesseract
# call gets one thread instead. The variable must be set before Tesseract starts.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

logger = logging.getLogger(__name__)

# Tesseract 5.3.0 fails with 'Image too large' on an image with a side above this.
MAX_IMAGE_SIDE = 32767
_WORD_LEVEL = 5  # value of the 'level' column for word rows in Tesseract's TSV
# Page text layout: a gap of this many average character widths inside a line is a
# column gap, written as at least _COLUMN_GAP_SPACES spaces (the engine's column
# readers take 3 spaces as a gap). A line starting this many columns right of the
# margin is indented. Words shorter than _MIN_GRID_WORD_CHARS do not set the width.
_COLUMN_GAP_CHARS = 2.5
_COLUMN_GAP_SPACES = 3
_MAX_GAP_SPACES = 120
_MIN_INDENT_COLUMNS = 4
_MIN_GRID_WORD_CHARS = 3
# A Tesseract line of at most _SHORT_LINE_WORDS words is a form cell, joined to the
# row of a line of another block that it overlaps by this share of the lower
# line's height.
_ROW_OVERLAP = 0.5
_SHORT_LINE_WORDS = 4
# A line is compared with the last this many rows only, which bounds the work on a
# page of thousands of lines.
_ROW_LOOKBACK = 200
# A gap between rows above this multiple of the page's median gap may be a blank
# line: between two Tesseract paragraphs, or anywhere when it is as high as an
# empty line, taken as this share of the median word height.
_BLANK_LINE_GAPS = 2
_EMPTY_LINE_HEIGHTS = 0.8
# `pytesseract.get_languages` lists only names of this form and omits script
# models such as 'script/Latin', so other names are left for Tesseract to check.
_LISTED_LANGUAGE = re.compile(r"^[a-z_]+$")
# Tesseract's orientation and script detection data, osd.traineddata.
OSD_LANGUAGE = "osd"
# Minimum OSD orientation confidence for a second OCR pass. Tesseract 5.3 reported
# 9 to 34 for the turned pages of the test corpus on copies of 1800 px or more, and
# below 2.5 for several pages that it got wrong on 1000 px copies.
MIN_OSD_CONFIDENCE = 2.0
# A second pass (turned upright or enlarged) wins unless its mean confidence is
# lower by more than this. Tesseract reads some pages turned by 90 degrees as
# vertical lines with good confidence but sideways word boxes, so a turned pass
# must win a near tie: a Russian scan gave 0.936 as it was, 0.935 turned.
SECOND_PASS_TOLERANCE = 0.02
# Tesseract misreads digits and letters whose word boxes are under about 20 px
# high, as on screenshots and 72 dpi renders. On a rendered payment order with
# 11 px words it read BIK 044030783 as 244030783, and read it right at three
# times the size. Such pages get a second pass on a copy enlarged until the median
# word box is about TARGET_WORD_HEIGHT px high, by MAX_UPSCALE at most. The
# enlarged pass wins unless its mean confidence is lower by more than
# SECOND_PASS_TOLERANCE.
MIN_WORD_HEIGHT = 20
TARGET_WORD_HEIGHT = 33
MAX_UPSCALE = 4.0
# Too small an enlargement to change what Tesseract reads.
MIN_UPSCALE = 1.3
# Pixels of the enlarged copy at most, whatever the upload limit: about 140 MB
# for an RGB copy.
MAX_UPSCALED_PIXELS = 48_000_000
# Fewer words than this give no reliable median height.
MIN_WORDS_FOR_HEIGHT = 5
# Share of the page timeout that a pass which may be given up (the enlarged read,
# a garbled line's read) can take. When it times out, the page keeps what it had.
OPTIONAL_PASS_SHARE = 0.5
# Garbled lines (see _reread_garbled_lines), in Tesseract's 0-100 confidence.
GARBLED_LINE_CONFIDENCE = 40
REREAD_MIN_CONFIDENCE = 60
REREAD_MIN_GAIN = 25
MAX_REREAD_LINES = 8
_DATA_COLUMNS = (
    "block_num",
    "par_num",
    "line_num",
    "left",
    "top",
    "width",
    "height",
    "conf",
    "text",
)
_osd_missing_logged = False
_NOT_INSTALLED = (
    "Text recognition is unavailable because the Tesseract program was not found "
    "on the server. The administrator must install tesseract-ocr and put it on PATH."
)


@dataclasses.dataclass(frozen=True)
class _Pass:
    """One Tesseract read of a page, before its garbled lines are read again."""

    # The image read: the page as it is, turned upright, or enlarged.
    image: Image.Image
    data: dict[str, list[Any]]
    # Words and confidence of `data`, with boxes in the pixels of `image`.
    page: PageText
    dpi: int
    # Limits of this pass. Its garbled lines are read again within them.
    options: ReadOptions
    # For an enlarged pass, the factor and the page size before enlarging, to
    # which _kept_page scales the word boxes back. None for other passes.
    factor: float = 1.0
    page_size: tuple[int, int] | None = None


def ocr_page(
    image: Image.Image, *, number: int, dpi: int, options: ReadOptions
) -> PageText:
    """Recognize the text of `image`, turning it upright first if it needs that.

    A page lit unevenly, such as a phone photo with a shadow, is evened out first
    (see lighting.py), and a page turned by a small angle is straightened (see
    skew.py). Word boxes are given in the page before straightening. The first
    Tesseract run reads the image as it is then. Only
    when that result looks like a sideways or upside-down page (see
    orientation.may_be_rotated) does OSD run, and then a second OCR pass on the
    rotated image. A page of small text is read again enlarged (see
    _ocr_enlarged). Passes are compared on the mean confidence of Tesseract's
    plain output (see _second_pass_wins), and only the kept pass has its garbled
    lines read again (see _reread_garbled_lines), in that pass's image. The result
    carries the kept pass's rotation.
    `dpi` is the image resolution that Tesseract assumes, and `number` is the page
    number used in the result and in error messages.
    """
    check_languages(options.languages)
    check_image_side(image.width, image.height, number)
    started = time.monotonic()
    spread = lighting.paper_spread(image)
    if spread >= lighting.UNEVEN_SPREAD:
        logger.info(
            "Page %d lit unevenly (paper brightness spread %d): evening it out",
            number,
            spread,
        )
        image = lighting.even_out_lighting(image)
    original_size = image.size
    angle = skew.detect_skew(image)
    if angle and not _fits(skew.straightened_size(image.size, angle), options):
        logger.info(
            "Page %d skewed by %.1f degrees, left as it is: the straightened copy "
            "would exceed the image limits",
            number,
            angle,
        )
        angle = 0.0
    unstraightened = image
    if angle:
        logger.info("Page %d skewed: straightening it by %.1f degrees", number, angle)
        image = skew.straighten(image, angle)
    kept = _ocr_once(image, number=number, dpi=dpi, options=options)
    if angle and (
        kept.page.confidence is None or orientation.may_be_rotated(kept.page)
    ):
        # A page turned sideways has its lines running down the page, which
        # the skew detection takes for a tilt. Read such a page as it came and
        # let orientation detection turn it.
        plain = _ocr_upright(
            _ocr_once(unstraightened, number=number, dpi=dpi, options=options),
            dpi=dpi,
            options=options,
        )
        if plain.page.rotation and _second_pass_wins(kept.page, plain.page):
            logger.info(
                "Page %d read turned %d degrees instead of straightened by %.1f",
                number,
                plain.page.rotation,
                angle,
            )
            image.close()
            image, kept, angle = unstraightened, plain, 0.0
        elif plain.image is not unstraightened:
            plain.image.close()
    if orientation.may_be_rotated(kept.page):
        kept = _ocr_upright(kept, dpi=dpi, options=options)
    kept = _ocr_enlarged(kept, dpi=dpi, options=options)
    try:
        page = _kept_page(kept)
    finally:
        if kept.image is not image:
            kept.image.close()
    if angle:
        page = _boxes_before_straightening(page, angle, original_size)
    logger.debug(
        "OCR of page %d (%dx%d px, %d dpi, rotated %d degrees) found %d words "
        "in %.2f s",
        number,
        page.width,
        page.height,
        dpi,
        page.rotation,
        len(page.words),
        time.monotonic() - started,
    )
    return page


def _ocr_once(
    image: Image.Image, *, number: int, dpi: int, options: ReadOptions
) -> _Pass:
    """Read `image` with Tesseract once, leaving its garbled lines as they are."""
    with kill_tesseract_on_error():
        data = _image_to_data(image, number=number, dpi=dpi, options=options)
    return _Pass(
        image=image,
        data=data,
        page=_page_text(data, number=number, size=image.size),
        dpi=dpi,
        options=options,
    )


def _kept_page(kept: _Pass) -> PageText:
    """Read the garbled lines of the kept pass again and return its page text.

    The lines are read from the pass's own image, so the boxes of an enlarged
    pass are scaled back to the page size only afterwards.
    """
    number = kept.page.number
    with kill_tesseract_on_error():
        data = _reread_garbled_lines(
            kept.image, kept.data, number=number, dpi=kept.dpi, options=kept.options
        )
    page = _page_text(data, number=number, size=kept.image.size)
    if kept.page_size is not None:
        words = tuple(
            dataclasses.replace(
                word, bbox=_scaled_box(word.bbox, kept.factor, kept.page_size)
            )
            for word in page.words
        )
        width, height = kept.page_size
        page = dataclasses.replace(page, width=width, height=height, words=words)
    return dataclasses.replace(page, rotation=kept.page.rotation)


def _page_text(
    data: dict[str, list[Any]], *, number: int, size: tuple[int, int]
) -> PageText:
    words, text = _collect_words(data)
    return PageText(
        number=number,
        source="ocr",
        text=normalize_text(text),
        confidence=_mean_confidence(words),
        width=size[0],
        height=size[1],
        words=tuple(words),
    )


def _ocr_upright(first: _Pass, *, dpi: int, options: ReadOptions) -> _Pass:
    """Return `first` or the pass over its image turned by the angle that OSD finds.

    The rotated pass replaces `first` unless its mean confidence is lower by more
    than SECOND_PASS_TOLERANCE.
    """
    number = first.page.number
    rotation = detect_rotation(first.image, number=number, dpi=dpi, options=options)
    if not rotation:
        return first
    rotated = orientation.rotate_clockwise(first.image, rotation)
    second = _ocr_once(rotated, number=number, dpi=dpi, options=options)
    if not _second_pass_wins(first.page, second.page):
        logger.info(
            "Page %d kept unrotated: OCR confidence %.3f after turning it %d "
            "degrees, %.3f before",
            number,
            second.page.confidence or 0.0,
            rotation,
            first.page.confidence or 0.0,
        )
        rotated.close()
        return first
    logger.info(
        "Page %d turned %d degrees clockwise: OCR confidence %.3f, was %.3f",
        number,
        rotation,
        second.page.confidence,
        first.page.confidence or 0.0,
    )
    return dataclasses.replace(
        second, page=dataclasses.replace(second.page, rotation=rotation)
    )


def upscale_factor(page: PageText, max_pixels: int) -> float | None:
    """Return how much to enlarge the page image for small text, or None to keep it.

    The factor brings the median word box height up to TARGET_WORD_HEIGHT. It is
    capped by MAX_UPSCALE, by `max_pixels` and MAX_UPSCALED_PIXELS for the enlarged
    copy, and by Tesseract's largest side.
    """
    heights = sorted(
        word.bbox[3] - word.bbox[1]
        for word in page.words
        if any(character.isalnum() for character in word.text)
    )
    if len(heights) < MIN_WORDS_FOR_HEIGHT:
        return None
    median = heights[len(heights) // 2]
    if median <= 0 or median >= MIN_WORD_HEIGHT:
        return None
    area = page.width * page.height
    factor = min(
        TARGET_WORD_HEIGHT / median,
        MAX_UPSCALE,
        (min(max_pixels, MAX_UPSCALED_PIXELS) / area) ** 0.5,
        MAX_IMAGE_SIDE / max(page.width, page.height),
    )
    return factor if factor >= MIN_UPSCALE else None


def _boxes_before_straightening(
    page: PageText, angle: float, original_size: tuple[int, int]
) -> PageText:
    """Return `page` with its size and word boxes in the image before straightening.

    Straightening and quarter turns are both turns about the image centre, so the
    boxes of a page that was also turned upright map back in the turned frame.
    """
    width, height = original_size
    if page.rotation in (90, 270):
        width, height = height, width
    words = tuple(
        dataclasses.replace(
            word,
            bbox=skew.box_before_straightening(
                word.bbox, angle, (width, height), (page.width, page.height)
            ),
        )
        for word in page.words
    )
    return dataclasses.replace(page, width=width, height=height, words=words)


def _fits(size: tuple[int, int], options: ReadOptions) -> bool:
    """Return whether an image of `size` is within the pixel and side limits."""
    width, height = size
    return (
        width * height <= options.max_image_pixels
        and max(width, height) <= MAX_IMAGE_SIDE
    )


def _optional_pass(options: ReadOptions) -> ReadOptions:
    """Return `options` with the time limit of a pass that may be given up."""
    return dataclasses.replace(
        options, page_timeout=max(1, round(options.page_timeout * OPTIONAL_PASS_SHARE))
    )


def _second_pass_wins(first: PageText, second: PageText) -> bool:
    """Return whether `second` found words at a confidence near `first`'s or above."""
    if second.confidence is None:
        return False
    if first.confidence is None:
        return True
    return second.confidence >= first.confidence - SECOND_PASS_TOLERANCE


def _ocr_enlarged(first: _Pass, *, dpi: int, options: ReadOptions) -> _Pass:
    """Return `first` or the pass over an enlarged copy of its image for small text.

    `first` must be a pass at the page's own size, turned or not. The enlarged
    pass keeps `first`'s rotation and records the factor, so that _kept_page
    scales its word boxes back and evidence boxes stay in the page image's pixels.
    """
    number = first.page.number
    factor = upscale_factor(first.page, options.max_image_pixels)
    if factor is None:
        return first
    # Grey, because Tesseract binarizes grey anyway, and on that payment order an
    # enlarged colour copy read the account 40101810... as #0101810...
    with first.image.convert("L") as upright:
        enlarged = upright.resize(
            (round(upright.width * factor), round(upright.height * factor)),
            Image.Resampling.LANCZOS,
        )
    try:
        second = _ocr_once(
            enlarged,
            number=number,
            dpi=round(dpi * factor),
            options=_optional_pass(options),
        )
    except ProcessingError as error:
        enlarged.close()
        if error.code != OCR_TIMEOUT:
            raise
        logger.info("Page %d kept at its size: the enlarged read timed out", number)
        return first
    except BaseException:
        enlarged.close()
        raise
    if not _second_pass_wins(first.page, second.page):
        logger.info(
            "Page %d kept at its size: OCR confidence %.3f enlarged %.2f times, "
            "%.3f before",
            number,
            second.page.confidence or 0.0,
            factor,
            first.page.confidence or 0.0,
        )
        enlarged.close()
        return first
    logger.info(
        "Page %d read enlarged %.2f times for small text: OCR confidence %.3f, "
        "was %.3f",
        number,
        factor,
        second.page.confidence,
        first.page.confidence or 0.0,
    )
    return dataclasses.replace(
        second,
        page=dataclasses.replace(second.page, rotation=first.page.rotation),
        factor=factor,
        page_size=first.image.size,
    )


def _scaled_box(
    box: tuple[int, int, int, int], factor: float, size: tuple[int, int]
) -> tuple[int, int, int, int]:
    width, height = size
    left, top, right, bottom = (round(value / factor) for value in box)
    return (
        min(left, width),
        min(top, height),
        min(max(right, left), width),
        min(max(bottom, top), height),
    )


def detect_rotation(
    image: Image.Image, *, number: int, dpi: int, options: ReadOptions
) -> int | None:
    """Return the clockwise turn in degrees that makes `image` upright, per OSD.

    Returns None when the angle is unknown: OSD found too few characters, its
    confidence is below MIN_OSD_CONFIDENCE, or the osd language data is missing.
    Raises ProcessingError for the same Tesseract failures as OCR.
    """
    if OSD_LANGUAGE not in _installed_languages():
        _warn_osd_missing()
        return None
    copy, scale = orientation.osd_copy(image)
    osd_dpi = max(1, round(dpi * scale))
    with kill_tesseract_on_error(), _tesseract_errors(copy, number, options):
        try:
            osd = pytesseract.image_to_osd(
                copy,
                config=f"--dpi {osd_dpi}",
                output_type=pytesseract.Output.DICT,
                timeout=options.page_timeout,
            )
        except pytesseract.TesseractError as error:
            message = str(error.message)
            if "Too few characters" in message:
                logger.info("OSD found too few characters on page %d", number)
                return None
            if f"Failed loading language '{OSD_LANGUAGE}'" in message:
                _warn_osd_missing()
                return None
            raise
    rotation = osd.get("rotate")
    confidence = osd.get("orientation_conf", 0.0)
    logger.info(
        "OSD on page %d: turn %s degrees clockwise, confidence %.2f",
        number,
        rotation,
        confidence,
    )
    if rotation not in (0, 90, 180, 270) or confidence < MIN_OSD_CONFIDENCE:
        return None
    return rotation


def _warn_osd_missing() -> None:
    global _osd_missing_logged
    if _osd_missing_logged:
        return
    _osd_missing_logged = True
    logger.warning(
        "Tesseract has no '%s' language data, so sideways and upside-down pages "
        "are read as they are. Install the tesseract-ocr-osd package to turn them "
        "upright.",
        OSD_LANGUAGE,
    )


def check_languages(languages: str) -> None:
    """Raise ocr_failed unless Tesseract has data for every language in `languages`."""
    installed = _installed_languages()
    missing = [
        language
        for language in languages.split("+")
        if not language
        or (_LISTED_LANGUAGE.match(language) and language not in installed)
    ]
    if missing:
        names = ", ".join(repr(language) for language in missing)
        raise ProcessingError(
            OCR_FAILED,
            f"Tesseract has no language data for {names}. The installed languages "
            f"are {', '.join(sorted(installed))}. The administrator must install "
            f"the tesseract-ocr language package or change the OCR languages.",
        )


def check_image_side(width: int, height: int, number: int) -> None:
    """Raise image_too_large when a side of the page image exceeds MAX_IMAGE_SIDE."""
    if max(width, height) > MAX_IMAGE_SIDE:
        raise _side_error(width, height, number)


def _side_error(width: int, height: int, number: int) -> ProcessingError:
    return ProcessingError(
        IMAGE_TOO_LARGE,
        f"Page {number} is a {width}x{height} pixel image, but text recognition "
        f"accepts at most {MAX_IMAGE_SIDE} pixels per side. Scale it down or "
        f"split it into smaller pages and upload it again.",
    )


@functools.cache
def _installed_languages() -> frozenset[str]:
    """Return the languages that Tesseract lists, cached for the process lifetime."""
    try:
        return frozenset(pytesseract.get_languages())
    except pytesseract.TesseractNotFoundError as error:
        raise ProcessingError(OCR_FAILED, _NOT_INSTALLED) from error


def _image_to_data(
    image: Image.Image,
    *,
    number: int,
    dpi: int,
    options: ReadOptions,
    config: str = "",
) -> dict[str, list[Any]]:
    with _tesseract_errors(image, number, options):
        return pytesseract.image_to_data(
            image,
            lang=options.languages,
            config=f"--dpi {dpi} {config}".strip(),
            output_type=pytesseract.Output.DICT,
            timeout=options.page_timeout,
        )


@contextlib.contextmanager
def _tesseract_errors(
    image: Image.Image, number: int, options: ReadOptions
) -> Iterator[None]:
    """Turn pytesseract's errors for one call on page `number` into ProcessingError."""
    try:
        yield
    except pytesseract.TesseractNotFoundError as error:
        raise ProcessingError(OCR_FAILED, _NOT_INSTALLED) from error
    except pytesseract.TesseractError as error:
        logger.warning(
            "Tesseract failed on page %d with exit status %s: %s",
            number,
            error.status,
            error.message,
        )
        if "Image too large" in str(error.message):
            raise _side_error(image.width, image.height, number) from error
        if "Failed loading language" in str(error.message):
            raise ProcessingError(
                OCR_FAILED,
                f"Tesseract cannot load the language data for {options.languages!r}. "
                f"The administrator must install the tesseract-ocr language package "
                f"or change the OCR languages.",
            ) from error
        raise ProcessingError(
            OCR_FAILED,
            f"Text recognition failed on page {number}. Check that the file opens "
            f"in a viewer and upload it again. If it does open, the administrator "
            f"should check the Tesseract installation and the worker log.",
        ) from error
    except RuntimeError as error:
        # pytesseract reports a timeout as a plain RuntimeError after killing Tesseract.
        if "timeout" not in str(error).lower():
            raise
        raise ProcessingError(
            OCR_TIMEOUT,
            f"Text recognition of page {number} timed out after "
            f"{options.page_timeout} seconds. Upload a smaller or cleaner scan, or "
            f"ask the administrator to raise the OCR page timeout.",
        ) from error


def _reread_garbled_lines(
    image: Image.Image,
    data: dict[str, list[Any]],
    *,
    number: int,
    dpi: int,
    options: ReadOptions,
) -> dict[str, list[Any]]:
    """Return `data` with its garbled lines read again on their own.

    Tesseract's page layout analysis can take a framed or dotted box for a picture
    and return the box's border as junk words at confidence near 0, losing the text
    inside ("Invoice No : # BLR_WFLD..." of the corpus's Flipkart invoice). A line
    whose words average below GARBLED_LINE_CONFIDENCE is read again as a block from
    a crop around it, with room for the text that its border framed. The new words
    replace the line's when they are clearly more confident, except where they lie
    on a confident word of another line. At most MAX_REREAD_LINES lines per page.
    """
    rows = _word_rows(data)
    confident = [row for row in rows if row["conf"] >= GARBLED_LINE_CONFIDENCE]
    if not confident:
        return data
    heights = sorted(row["height"] for row in confident)
    margin = heights[len(heights) // 2] * 2
    lines: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for row in rows:
        lines.setdefault(_line_key(row), []).append(row)
    garbled = [
        key
        for key, line in lines.items()
        if _mean(row["conf"] for row in line) < GARBLED_LINE_CONFIDENCE
        and _is_horizontal(line)
    ][:MAX_REREAD_LINES]
    replaced: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for key in garbled:
        others = [row for row in confident if _line_key(row) != key]
        try:
            new_rows = _reread_line(
                image,
                lines[key],
                margin,
                number=number,
                dpi=dpi,
                options=_optional_pass(options),
            )
        except ProcessingError as error:
            if error.code != OCR_TIMEOUT:
                raise
            continue
        # A crop may reach a neighbouring garbled line: each new word goes to the
        # garbled line nearest to it, and none repeats a confident word.
        new_rows = [
            row
            for row in new_rows
            if not _lies_on(row, others) and _nearest_line(row, garbled, lines) == key
        ]
        old_confidence = _mean(row["conf"] for row in lines[key])
        if new_rows and _mean(row["conf"] for row in new_rows) >= max(
            REREAD_MIN_CONFIDENCE, old_confidence + REREAD_MIN_GAIN
        ):
            replaced[key] = [{**row, "key": key} for row in new_rows]
    if not replaced:
        return data
    logger.info(
        "Page %d: read %d garbled line(s) again, %d kept",
        number,
        len(garbled),
        len(replaced),
    )
    return _splice_lines(rows, replaced)


def _is_horizontal(line: list[dict[str, Any]]) -> bool:
    """Return whether a line's box is wider than tall, as a line of text is."""
    left = min(row["left"] for row in line)
    top = min(row["top"] for row in line)
    right = max(row["left"] + row["width"] for row in line)
    bottom = max(row["top"] + row["height"] for row in line)
    return right - left > bottom - top


def _nearest_line(
    row: dict[str, Any],
    keys: list[tuple[int, int, int]],
    lines: dict[tuple[int, int, int], list[dict[str, Any]]],
) -> tuple[int, int, int]:
    """Return the key of the line in `keys` vertically nearest to `row`'s centre."""
    centre = row["top"] + row["height"] / 2

    def distance(key: tuple[int, int, int]) -> float:
        top = min(word["top"] for word in lines[key])
        bottom = max(word["top"] + word["height"] for word in lines[key])
        return max(0.0, top - centre, centre - bottom)

    return min(keys, key=distance)


def _word_rows(data: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """Return the word rows of Tesseract's data as dicts, in reading order."""
    rows = []
    for index, level in enumerate(data.get("level", [])):
        if level != _WORD_LEVEL or not str(data["text"][index]).strip():
            continue
        rows.append({name: data[name][index] for name in _DATA_COLUMNS})
        rows[-1]["conf"] = float(rows[-1]["conf"])
    return rows


def _line_key(row: dict[str, Any]) -> tuple[int, int, int]:
    return (row["block_num"], row["par_num"], row["line_num"])


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def _reread_line(
    image: Image.Image,
    line: list[dict[str, Any]],
    margin: int,
    *,
    number: int,
    dpi: int,
    options: ReadOptions,
) -> list[dict[str, Any]]:
    left = max(0, min(row["left"] for row in line) - margin)
    top = max(0, min(row["top"] for row in line) - margin)
    right = min(image.width, max(row["left"] + row["width"] for row in line) + margin)
    bottom = min(image.height, max(row["top"] + row["height"] for row in line) + margin)
    if right - left < 2 or bottom - top < 2:
        return []
    with image.crop((left, top, right, bottom)) as crop:
        data = _image_to_data(
            crop, number=number, dpi=dpi, options=options, config="--psm 6"
        )
    rows = [row for row in _word_rows(data) if row["conf"] >= 0]
    for row in rows:
        row["left"] += left
        row["top"] += top
    return rows


def _lies_on(row: dict[str, Any], confident: list[dict[str, Any]]) -> bool:
    """Return whether most of `row`'s box covers a confident word already read."""
    area = max(1, row["width"] * row["height"])
    for other in confident:
        width = min(row["left"] + row["width"], other["left"] + other["width"]) - max(
            row["left"], other["left"]
        )
        height = min(row["top"] + row["height"], other["top"] + other["height"]) - max(
            row["top"], other["top"]
        )
        if width > 0 and height > 0 and width * height * 2 > area:
            return True
    return False


def _splice_lines(
    rows: list[dict[str, Any]],
    replaced: dict[tuple[int, int, int], list[dict[str, Any]]],
) -> dict[str, list[Any]]:
    """Return Tesseract-style data of `rows` with the replaced lines' new words.

    Every new word keeps the block, paragraph and line of the line it replaces, so
    that the page text keeps the lines apart.
    """
    spliced: list[dict[str, Any]] = []
    done: set[tuple[int, int, int]] = set()
    for row in rows:
        key = _line_key(row)
        if key not in replaced:
            spliced.append(row)
        elif key not in done:
            done.add(key)
            for new in replaced[key]:
                spliced.append(
                    {
                        **new,
                        "block_num": key[0],
                        "par_num": key[1],
                        "line_num": key[2],
                    }
                )
    data: dict[str, list[Any]] = {name: [] for name in _DATA_COLUMNS}
    data["level"] = []
    for row in spliced:
        data["level"].append(_WORD_LEVEL)
        for name in _DATA_COLUMNS:
            data[name].append(row[name])
    return data


def _collect_words(data: dict[str, list[Any]]) -> tuple[list[Word], str]:
    """Return the words in reading order and the page text, with line breaks.

    Lines follow Tesseract's reading order. A blank line separates rows that stand
    further apart than the page's rows usually do, when they share no Tesseract
    paragraph or the gap is as high as an empty line. A text layer has none
    between the cells of a form, which Tesseract may read as paragraphs of their
    own.

    Tesseract reads a form's columns as separate blocks, so a label ("ИНН
    7729146610  КПП") and the value printed beside it ("772901001") can end up
    many lines apart. A short line beside a line of another block is therefore
    joined to that line's row. Long lines side by side are columns of prose and
    keep their order.

    Words keep their place in the row as a text layer keeps it: a wide gap
    becomes a run of spaces reaching the word's column, and a row that starts
    well right of the margin is indented. Columns printed side by side
    ("ИНН 5260717751      ИНН 5262183400") so stay apart in the text.
    """
    lines: list[tuple[tuple[int, int, int], list[Word]]] = []
    for index, level in enumerate(data.get("level", [])):
        text = str(data["text"][index]).strip()
        if level != _WORD_LEVEL or not text:
            continue
        key = (
            data["block_num"][index],
            data["par_num"][index],
            data["line_num"][index],
        )
        if not lines or lines[-1][0] != key:
            lines.append((key, []))
        lines[-1][1].append(_word(data, index, text))
    rows = _rows(lines)
    words = [word for row in rows for word in row.words]
    grid = _CharacterGrid.of(words)
    gaps = sorted(row.top - above.bottom for above, row in itertools.pairwise(rows))
    blank_gap = _BLANK_LINE_GAPS * max(gaps[len(gaps) // 2], 1) if gaps else 0
    heights = sorted(word.bbox[3] - word.bbox[1] for word in words)
    empty_line = _EMPTY_LINE_HEIGHTS * heights[len(heights) // 2] if heights else 0
    parts: list[str] = []
    previous: _Row | None = None
    for row in rows:
        if previous is not None:
            gap = row.top - previous.bottom
            new_paragraph = previous.paragraphs.isdisjoint(row.paragraphs)
            blank = gap > blank_gap and (new_paragraph or gap > empty_line)
            parts.append("\n\n" if blank else "\n")
        parts.append(grid.line_text(row.words))
        previous = row
    return words, "".join(parts)


@dataclasses.dataclass
class _Row:
    """Tesseract lines printed on one row of the page."""

    top: int
    bottom: int
    lines: list[list[Word]]
    paragraphs: set[tuple[int, int]]

    @property
    def words(self) -> list[Word]:
        """Return the words of the row's lines, left to right."""
        ordered = sorted(self.lines, key=lambda line: line[0].bbox[0])
        return [word for line in ordered for word in line]

    def takes(self, block: int, line: list[Word]) -> bool:
        """Return whether `line`, of Tesseract block `block`, belongs to this row.

        It must come from another block, overlap the row by at least half the lower
        height, sit beside the row's lines without overlapping them, and be short,
        or the row must be.
        """
        if block in {paragraph[0] for paragraph in self.paragraphs}:
            return False
        top = min(word.bbox[1] for word in line)
        bottom = max(word.bbox[3] for word in line)
        overlap = min(bottom, self.bottom) - max(top, self.top)
        if overlap < _ROW_OVERLAP * min(bottom - top, self.bottom - self.top):
            return False
        left, right = line[0].bbox[0], line[-1].bbox[2]
        if not all(
            right <= other[0].bbox[0] or left >= other[-1].bbox[2]
            for other in self.lines
        ):
            return False
        return len(line) <= _SHORT_LINE_WORDS or any(
            len(other) <= _SHORT_LINE_WORDS for other in self.lines
        )


def _rows(lines: list[tuple[tuple[int, int, int], list[Word]]]) -> list[_Row]:
    """Group Tesseract lines, given with their (block, paragraph, line) numbers,
    into rows in Tesseract's order, joining a line to one of the last
    _ROW_LOOKBACK rows when it belongs there (see `_Row.takes`)."""
    rows: list[_Row] = []
    for key, line in lines:
        recent = rows[-_ROW_LOOKBACK:]
        row = next((row for row in recent if row.takes(key[0], line)), None)
        if row is None:
            top = min(word.bbox[1] for word in line)
            bottom = max(word.bbox[3] for word in line)
            rows.append(_Row(top, bottom, [line], {key[:2]}))
            continue
        row.lines.append(line)
        row.paragraphs.add(key[:2])
        row.top = min(row.top, *(word.bbox[1] for word in line))
        row.bottom = max(row.bottom, *(word.bbox[3] for word in line))
    return rows


@dataclasses.dataclass(frozen=True)
class _CharacterGrid:
    """The page as columns of one average character width, from the left margin."""

    margin: int
    char_width: float

    @classmethod
    def of(cls, words: list[Word]) -> "_CharacterGrid":
        widths = sorted(
            (word.bbox[2] - word.bbox[0]) / len(word.text)
            for word in words
            if len(word.text) >= _MIN_GRID_WORD_CHARS
        )
        char_width = widths[len(widths) // 2] if widths else 0.0
        margin = min((word.bbox[0] for word in words), default=0)
        return cls(margin, char_width)

    def column(self, left: int) -> int:
        return round((left - self.margin) / self.char_width) if self.char_width else 0

    def line_text(self, line_words: list[Word]) -> str:
        """Return the words of one line, spaced to their columns where gaps are wide."""
        parts: list[str] = []
        indent = self.column(line_words[0].bbox[0])
        length = indent if indent >= _MIN_INDENT_COLUMNS else 0
        parts.append(" " * length)
        previous_right = None
        for word in line_words:
            if previous_right is not None:
                gap = word.bbox[0] - previous_right
                spaces = 1
                if self.char_width and gap >= _COLUMN_GAP_CHARS * self.char_width:
                    column_spaces = self.column(word.bbox[0]) - length
                    spaces = min(
                        max(column_spaces, _COLUMN_GAP_SPACES), _MAX_GAP_SPACES
                    )
                parts.append(" " * spaces)
                length += spaces
            parts.append(word.text)
            length += len(word.text)
            previous_right = word.bbox[2]
        return "".join(parts)


def _word(data: dict[str, list[Any]], index: int, text: str) -> Word:
    left = int(data["left"][index])
    top = int(data["top"][index])
    right = left + int(data["width"][index])
    bottom = top + int(data["height"][index])
    confidence = float(data["conf"][index])
    return Word(
        text=text,
        confidence=confidence / 100 if confidence >= 0 else None,
        bbox=(left, top, right, bottom),
    )


def _mean_confidence(words: list[Word]) -> float | None:
    confidences = [word.confidence for word in words if word.confidence is not None]
    if not confidences:
        return None
    return sum(confidences) / len(confidences)
