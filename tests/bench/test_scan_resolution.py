"""The scan-resolution benchmark: scan PDFs, the two render modes and the scores."""

import argparse
import io
import shutil

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image, ImageDraw, ImageFont

from bench.scan_resolution import (
    ENLARGED,
    NATIVE,
    SOURCE_DPI,
    check_scan_dpi,
    choose_documents,
    contains_word,
    parse_dpis,
    read_scan,
    similarity,
    write_scan_pdf,
)
from bench.scanned import FONT_DIR
from documents.processing import pdf

TEXT = "ИНН 7707083893 Invoice 42"
FONT = FONT_DIR / "DejaVuSans.ttf"


@pytest.fixture
def page_image() -> bytes:
    """A 4 x 1 inch JPEG page of one line of 12 pt text at SOURCE_DPI."""
    if not FONT.exists():
        pytest.skip(f"{FONT} is missing (install fonts-dejavu-core)")
    image = Image.new("L", (4 * SOURCE_DPI, SOURCE_DPI), 255)
    font = ImageFont.truetype(str(FONT), round(12 * SOURCE_DPI / 72))
    ImageDraw.Draw(image).text((SOURCE_DPI // 4, SOURCE_DPI // 3), TEXT, font=font)
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=90, dpi=(SOURCE_DPI, SOURCE_DPI))
    return output.getvalue()


def write_pdf(page_image: bytes, path, dpi: int) -> None:
    write_scan_pdf(
        [page_image],
        path,
        dpi=dpi,
        resample=Image.Resampling.BOX,
        jpeg_quality=90,
    )


def test_scan_pdf_measures_target_dpi(page_image, tmp_path):
    path = tmp_path / "scan.pdf"
    write_pdf(page_image, path, 150)

    document = pdfium.PdfDocument(path)
    try:
        page = document[0]
        scan_dpi = pdf._scan_dpi(page)
        images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        pixels = images[0].get_px_size()
        page.close()
    finally:
        document.close()

    assert scan_dpi == 150
    assert pixels == (4 * 150, 150)
    check_scan_dpi(path, 150)


def test_check_scan_dpi_rejects_other_dpi(page_image, tmp_path):
    path = tmp_path / "scan.pdf"
    write_pdf(page_image, path, 200)

    with pytest.raises(RuntimeError, match=r"200\.0-DPI scan, expected 150 DPI"):
        check_scan_dpi(path, 150)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")
def test_modes_render_native_and_enlarged(page_image, tmp_path):
    path = tmp_path / "scan.pdf"
    write_pdf(page_image, path, 150)

    native = read_scan(path, NATIVE)
    enlarged = read_scan(path, ENLARGED)

    assert native.error is None
    assert enlarged.error is None
    assert native.render_dpis == (150.0,)
    assert enlarged.render_dpis == (300.0,)
    assert "7707083893" in native.texts[0]
    assert "7707083893" in enlarged.texts[0]
    assert native.cpu_seconds > 0


def test_similarity_ignores_whitespace_runs():
    assert similarity("ИНН  7707083893\nInvoice", "ИНН 7707083893 Invoice") == 1.0
    assert similarity("abcd", "abXd") == 0.75


def test_contains_word_needs_boundaries():
    assert contains_word("ИНН 7707083893, КПП", "7707083893")
    assert not contains_word("ИНН 77070838931", "7707083893")


def test_parse_dpis_accepts_list():
    assert parse_dpis("120,150,200") == [120, 150, 200]


@pytest.mark.parametrize("value", ["300", "0", "150,x", ""])
def test_parse_dpis_rejects_value(value):
    with pytest.raises(argparse.ArgumentTypeError, match="invalid DPI list"):
        parse_dpis(value)


def test_choose_documents_mixes_sources():
    documents = choose_documents(4)

    languages = [document.language for document in documents]
    synthetic = [document.id.startswith("test/") for document in documents]
    assert languages == ["ru", "en", "ru", "en"]
    assert synthetic == [True, True, False, False]
    assert [document.id for document in choose_documents(4)] == [
        document.id for document in documents
    ]
    assert all(not document.noisy for document in documents[2:])
