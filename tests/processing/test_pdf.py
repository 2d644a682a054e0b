"""PDF reading: text layers, OCR of rendered pages, limits and damaged files."""

import os
from pathlib import Path

import pytest
from PIL import Image

from documents.processing.errors import ProcessingError
from documents.processing.reader import ReadOptions, open_document
from tests.processing.reading import read_pages

PDF = "application/pdf"


@pytest.fixture(scope="module")
def mixed_pages(corpus):
    """Pages of a PDF with three scanned pages followed by three text pages."""
    return read_pages(corpus / "paperless-ngx/tesseract__multi-page-mixed.pdf")


@pytest.fixture(scope="module")
def bad_text_layer_page(corpus):
    """The page of a PDF whose text layer is garbage over a scanned image."""
    (page,) = read_pages(corpus / "dedoc/pdf_auto__english_doc_bad_text.pdf")
    return page


def open_error(path: Path, options: ReadOptions | None = None) -> ProcessingError:
    """Open `path` as a PDF and return the ProcessingError that it raises."""
    with pytest.raises(ProcessingError) as raised:
        open_document(path, PDF, options or ReadOptions())
    return raised.value


def read_error(path: Path, options: ReadOptions) -> ProcessingError:
    """Read every page of `path` and return the ProcessingError that it raises."""
    with pytest.raises(ProcessingError) as raised:
        read_pages(path, options)
    return raised.value


def test_mixed_pdf_keeps_page_order(mixed_pages):
    numbers = [page.number for page in mixed_pages]

    assert numbers == [1, 2, 3, 4, 5, 6]


def test_mixed_pdf_scans_use_ocr(mixed_pages):
    sources = [page.source for page in mixed_pages[:3]]

    assert sources == ["ocr", "ocr", "ocr"]


def test_mixed_pdf_text_pages_use_layer(mixed_pages):
    sources = [page.source for page in mixed_pages[3:]]

    assert sources == ["text_layer", "text_layer", "text_layer"]


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
def test_mixed_pdf_page_text(mixed_pages, number):
    page = mixed_pages[number - 1]

    assert f"Page {number}." in page.text


def test_ocr_page_reports_confidence(mixed_pages):
    page = mixed_pages[0]

    assert page.confidence is not None
    assert 0.5 < page.confidence <= 1
    assert len(page.words) == 8


def test_ocr_words_lie_inside_page(mixed_pages):
    page = mixed_pages[0]

    for word in page.words:
        left, top, right, bottom = word.bbox
        assert 0 <= left < right <= page.width
        assert 0 <= top < bottom <= page.height


def test_text_layer_page_size_at_dpi(mixed_pages):
    page = mixed_pages[3]

    assert (page.width, page.height) == (2550, 3300)
    assert page.confidence is None


def test_invoice_read_from_text_layer(corpus):
    (page,) = read_pages(corpus / "invoice2data/AmazonWebServices.pdf")

    assert page.source == "text_layer"
    assert "Amazon Web Services" in page.text
    assert "42183017" in page.text
    assert "$4.11" in page.text


def test_text_layer_words_have_boxes(corpus):
    (page,) = read_pages(corpus / "invoice2data/AmazonWebServices.pdf")

    totals = [word for word in page.words if word.text == "$4.11"]
    cursor = 0
    for word in page.words:
        found = page.text.find(word.text, cursor)
        assert found >= 0, word.text
        cursor = found + len(word.text)
    assert totals
    for word in totals:
        left, top, right, bottom = word.bbox
        assert 0 <= left < right <= page.width
        assert 0 <= top < bottom <= page.height
        assert word.confidence is None


def test_russian_text_layer_pages(corpus):
    pages = read_pages(corpus / "dedoc/pdf_with_text_layer__multipage.pdf")

    assert len(pages) == 9
    assert pages[0].text == "Первая страница"
    assert pages[8].text == "Девятая страница"
    assert {page.source for page in pages} == {"text_layer"}


def test_pdf_with_junk_header_reads(corpus):
    pages = read_pages(corpus / "paperless-ngx/invalid_pdf.pdf")

    assert len(pages) == 2
    assert "Invoice number: 123456" in pages[0].text


def test_garbled_text_layer_uses_ocr(bad_text_layer_page):
    assert bad_text_layer_page.source == "ocr"


def test_garbled_layer_ocr_text(bad_text_layer_page):
    text = bad_text_layer_page.text

    assert "THE GREAT ENGLISH DOCUMENT" in text
    assert "1) Fisrst item with some english text" in text
    assert "London" in text


@pytest.mark.slow
def test_broken_font_encoding_uses_ocr(corpus):
    pages = read_pages(corpus / "dedoc/laws__ukodeksrf.pdf")

    assert [page.source for page in pages] == ["ocr", "ocr"]
    assert "Уголовный кодекс Российской Федерации" in pages[0].text
    assert "Раздел I. Уголовный закон" in pages[0].text


def test_password_pdf_is_encrypted(corpus):
    error = open_error(corpus / "paperless-ngx/password-is-test.pdf")

    assert error.code == "encrypted_pdf"


def test_invalid_pdf_is_invalid_file(corpus):
    error = open_error(corpus / "ocrmypdf/invalid.pdf")

    assert error.code == "invalid_file"


def test_truncated_pdf_is_invalid_file(corpus, tmp_path):
    data = (corpus / "invoice2data/AmazonWebServices.pdf").read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(data[: len(data) // 2])

    error = open_error(truncated)

    assert error.code == "invalid_file"


def test_too_many_pages_at_open(corpus):
    path = corpus / "paperless-ngx/tesseract__multi-page-mixed.pdf"

    error = open_error(path, ReadOptions(max_pages=1))

    assert error.code == "too_many_pages"
    assert "6 pages" in error.message


def test_huge_embedded_image_too_large(corpus):
    error = read_error(corpus / "ocrmypdf/hugemono.pdf", ReadOptions())

    assert error.code == "image_too_large"
    assert "35000x35000" in error.message


def test_large_page_renders_smaller(corpus):
    options = ReadOptions(max_image_pixels=2_000_000)

    (page,) = read_pages(corpus / "ocrmypdf/blank.pdf", options)

    assert page.width * page.height <= 2_000_000
    assert page.width >= 612 * 100 / 72
    assert page.source == "ocr"


def scan_pdf(corpus, tmp_path: Path, resolution: int) -> Path:
    """Write the 640x480 phototest page as an image-only PDF at `resolution` DPI."""
    path = tmp_path / f"scan-{resolution}.pdf"
    with Image.open(corpus / "tesseract-test/phototest.tif") as image:
        image.convert("RGB").save(path, "PDF", resolution=resolution)
    return path


def test_200_dpi_scan_read_at_own_resolution(corpus, tmp_path):
    (page,) = read_pages(scan_pdf(corpus, tmp_path, 200))

    assert page.source == "ocr"
    assert page.width == 640
    assert "quick brown dog" in page.text


@pytest.mark.parametrize(("resolution", "width"), [(150, 1280), (400, 480)])
def test_other_scans_rendered_at_read_dpi(corpus, tmp_path, resolution, width):
    (page,) = read_pages(scan_pdf(corpus, tmp_path, resolution))

    # PDFium rounds the bitmap size up, so float error may add a pixel.
    assert width <= page.width <= width + 1


def test_page_below_readable_dpi_too_large(corpus):
    options = ReadOptions(max_image_pixels=500_000)

    error = read_error(corpus / "ocrmypdf/blank.pdf", options)

    assert error.code == "image_too_large"


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_closed_reader_releases_file(corpus):
    path = corpus / "paperless-ngx/tesseract__multi-page-digital.pdf"
    open_before = len(os.listdir("/proc/self/fd"))

    with open_document(path, PDF, ReadOptions()) as reader:
        list(reader.pages())

    assert len(os.listdir("/proc/self/fd")) == open_before
