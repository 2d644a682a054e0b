"""Tesseract calls: language checks, failures and timeouts."""

import pytesseract
import pytest
from PIL import Image

from documents.processing.errors import ProcessingError
from documents.processing.ocr import ocr_page
from documents.processing.reader import ReadOptions
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
