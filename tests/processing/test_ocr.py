"""Tesseract calls: language checks, failures and timeouts."""

import signal

import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from documents.processing import ocr
from documents.processing.errors import ProcessingError
from documents.processing.ocr import ocr_page
from documents.processing.reader import ReadOptions
from documents.processing.tesseract_processes import tesseract_children
from tests.processing.reading import read_pages


def ocr_error(image: Image.Image, options: ReadOptions) -> ProcessingError:
    """Run OCR on `image` and return the ProcessingError that it raises."""
    with pytest.raises(ProcessingError) as raised:
        ocr_page(image, number=1, dpi=300, options=options)
    return raised.value


@pytest.fixture
def blank_image():
    return Image.new("L", (200, 100), 255)


@pytest.mark.parametrize("languages", ["xxx", "rus+xxx"])
def test_missing_language_names_it(blank_image, languages):
    error = ocr_error(blank_image, ReadOptions(languages=languages))

    assert error.code == "ocr_failed"
    assert "'xxx'" in error.message


def test_reader_reports_missing_language(corpus):
    options = ReadOptions(languages="xxx")

    with pytest.raises(ProcessingError) as raised:
        read_pages(corpus / "tesseract-test/phototest.tif", options)

    assert raised.value.code == "ocr_failed"


def test_unlisted_language_fails_in_tesseract(blank_image):
    error = ocr_error(blank_image, ReadOptions(languages="script/Missing"))

    assert error.code == "ocr_failed"
    assert "'script/Missing'" in error.message


def test_missing_tesseract_is_ocr_failed(blank_image, monkeypatch, tmp_path):
    monkeypatch.setattr(
        pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "tesseract")
    )

    error = ocr_error(blank_image, ReadOptions(languages="eng"))

    assert error.code == "ocr_failed"
    assert "tesseract-ocr" in error.message


def test_slow_page_times_out(corpus):
    # Four copies of a 4000x2864 typewriter page take Tesseract several seconds.
    with Image.open(corpus / "ocrmypdf/typewriter.png") as tile:
        image = Image.new("L", (tile.width * 2, tile.height * 2), 255)
        for left in (0, tile.width):
            for top in (0, tile.height):
                image.paste(tile.convert("L"), (left, top))

    error = ocr_error(image, ReadOptions(page_timeout=1))

    assert error.code == "ocr_timeout"


def test_blank_image_has_no_words(blank_image):
    page = ocr_page(blank_image, number=7, dpi=300, options=ReadOptions())

    assert page.number == 7
    assert page.text == ""
    assert page.words == ()
    assert page.confidence is None


class Interrupted(BaseException):
    """An exception like Celery's SoftTimeLimitExceeded raised by a signal handler."""


def dense_text_image() -> Image.Image:
    """Return a page of small text that takes Tesseract well over a few seconds."""
    image = Image.new("L", (3000, 2000), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=24)
    line = "Invoice 4711 total 1234.56 paid by transfer " * 4
    for top in range(10, image.height - 30, 32):
        draw.text((10, top), line, fill=0, font=font)
    return image


def test_interrupt_kills_tesseract():
    image = dense_text_image()
    running_at_alarm: list[set[int]] = []

    def interrupt(signum, frame):
        running_at_alarm.append(tesseract_children())
        raise Interrupted

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 1.0)
        with pytest.raises(Interrupted):
            ocr_page(image, number=1, dpi=300, options=ReadOptions(languages="eng"))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

    assert running_at_alarm, "the alarm fired after OCR had finished"
    assert running_at_alarm[0], "no Tesseract process was running at the alarm"
    assert tesseract_children() == set()


def test_timeout_leaves_no_tesseract():
    error = ocr_error(dense_text_image(), ReadOptions(languages="eng", page_timeout=1))

    assert error.code == "ocr_timeout"
    assert tesseract_children() == set()


def test_wide_image_too_large():
    error = ocr_error(Image.new("L", (40000, 10), 255), ReadOptions())

    assert error.code == "image_too_large"
    assert "40000x10" in error.message
    assert "32767" in error.message


def test_wide_png_file_too_large(tmp_path):
    path = tmp_path / "wide.png"
    Image.new("L", (10, 40000), 255).save(path)

    with pytest.raises(ProcessingError) as raised:
        read_pages(path)

    assert raised.value.code == "image_too_large"
    assert "10x40000" in raised.value.message


def test_tesseract_size_error_mapped():
    # The side check runs first in ocr_page, so this calls Tesseract directly.
    with pytest.raises(ProcessingError) as raised:
        ocr._image_to_data(
            Image.new("L", (32768, 10), 255),
            number=3,
            dpi=300,
            options=ReadOptions(languages="eng"),
        )
    error = raised.value

    assert error.code == "image_too_large"
    assert "Page 3" in error.message


def tesseract_data(rows: list[tuple[int, str, int, int]]) -> dict[str, list]:
    """Return Tesseract TSV columns for words given as (line, text, left, width).

    Every word is 20 pixels high, and each line is 30 pixels below the last.
    """
    data: dict[str, list] = {
        key: []
        for key in (
            "level",
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
    }
    for line, text, left, width in rows:
        values = (5, 1, 1, line, left, 30 * line, width, 20, 90, text)
        for key, value in zip(data, values, strict=True):
            data[key].append(value)
    return data


def test_column_gap_kept_as_spaces():
    # 10 pixels a character: "ИНН" is 30 wide and the second column starts at 400.
    data = tesseract_data(
        [
            (1, "ИНН", 100, 30),
            (1, "5260717751", 140, 100),
            (1, "ИНН", 400, 30),
            (1, "5262183400", 440, 100),
        ]
    )

    _words, text = ocr._collect_words(data)

    # The second "ИНН" starts 30 characters right of the margin.
    assert text == "ИНН 5260717751" + " " * 16 + "ИНН 5262183400"


def test_near_words_keep_one_space():
    data = tesseract_data(
        [(1, "Итого", 100, 50), (1, "к", 156, 10), (1, "оплате", 172, 60)]
    )

    _words, text = ocr._collect_words(data)

    assert text == "Итого к оплате"


def test_line_right_of_margin_indented():
    data = tesseract_data(
        [
            (1, "Исполнитель", 100, 110),
            (1, "Заказчик", 400, 80),
            (2, "Логистика»", 400, 100),
        ]
    )

    _words, text = ocr._collect_words(data)

    assert text.split("\n")[1] == " " * 30 + "Логистика»"


def test_empty_line_gap_kept_as_blank_line():
    # Lines 1 to 3 are 10 pixels apart; line 5 leaves the height of an empty line.
    data = tesseract_data(
        [
            (1, "Principal", 100, 90),
            (2, "hereby", 100, 60),
            (3, "authorises", 100, 100),
            (5, "Mr.", 100, 30),
        ]
    )

    _words, text = ocr._collect_words(data)

    assert text == "Principal\nhereby\nauthorises\n\nMr."
