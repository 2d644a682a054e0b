"""The scanned synthetic split: page rendering, layout and one real OCR read."""

import dataclasses
import io
import shutil

import pytest
from PIL import Image

from bench.scanned import (
    FONT_DIR,
    FONT_FILES,
    PageStyle,
    _font,
    _font_pixels,
    cache_path,
    clean_text,
    fitted_style,
    layout_pages,
    page_size,
    page_style,
    printed_text,
    read_pages,
    render_document,
    wrap_line,
)
from bench.synthetic import generate_document, generate_split

pytestmark = pytest.mark.skipif(
    not all((FONT_DIR / name).exists() for name in FONT_FILES),
    reason=f"DejaVu fonts are missing from {FONT_DIR} (install fonts-dejavu-core)",
)

STYLE = PageStyle(
    font_file="DejaVuSans.ttf",
    dpi=150,
    font_points=11.0,
    tilt_degrees=0.5,
    blur_radius=0.5,
    grain_sigma=5.0,
    jpeg_quality=75,
    seed=1,
)


def test_rendering_deterministic():
    document = generate_document("test", "invoice", "ru", 0)
    style = page_style(document.id)

    first = render_document(clean_text(document), style)
    second = render_document(clean_text(document), page_style(document.id))

    assert style == page_style(document.id)
    assert first == second


def test_page_is_a4_jpeg_with_dpi():
    image_bytes = render_document("ИНН 7707083893", STYLE)[0]

    with Image.open(io.BytesIO(image_bytes)) as image:
        assert image.format == "JPEG"
        assert image.size == page_size(STYLE)
        assert round(image.info["dpi"][0]) == STYLE.dpi


def test_clean_text_drops_noise():
    split = generate_split("test", 10)
    noisy = next(document for document in split if document.noisy)
    clean = next(document for document in split if not document.noisy)
    restored = clean_text(noisy)

    assert clean_text(clean) == clean.text
    assert restored != noisy.text
    # The noise keeps line breaks.
    assert len(restored.splitlines()) == len(noisy.text.splitlines())
    assert clean_text(dataclasses.replace(noisy, text="")) == restored


def test_long_line_wrapped_within_width():
    font = _font(STYLE.font_file, _font_pixels(STYLE))
    line = "Оплата по счёту № 684 за материалы " * 12
    width = 600

    pieces = wrap_line(line, font, width)

    assert len(pieces) > 1
    for piece in pieces:
        assert font.getlength(piece) <= width
    assert " ".join(pieces).split() == line.split()


def test_long_word_broken_within_width():
    font = _font(STYLE.font_file, _font_pixels(STYLE))
    word = "40802810442811519806" * 6
    width = 300

    pieces = wrap_line(word, font, width)

    assert len(pieces) > 1
    for piece in pieces:
        assert font.getlength(piece) <= width
    assert "".join(pieces) == word


def test_empty_line_kept():
    font = _font(STYLE.font_file, _font_pixels(STYLE))

    assert wrap_line("", font, 300) == [""]


def test_long_text_gives_several_pages():
    text = "\n".join(f"Строка {number}" for number in range(200))

    pages = layout_pages(text, STYLE)
    images = render_document(text, STYLE)

    assert len(pages) > 1
    assert len(images) == len(pages)
    assert [line for page in pages for line in page] == text.splitlines()


def test_short_text_gives_one_page():
    assert len(render_document("Счёт № 1", STYLE)) == 1


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")
def test_ocr_reads_back_inn(tmp_path):
    text = "Поставщик: ООО «Ромашка»\nИНН 7707083893  КПП 770701001\nИтого: 1 250,00"
    images = render_document(text, STYLE)

    texts, read = read_pages(images, workers=1, cache_dir=tmp_path)
    cached_texts, read_again = read_pages(images, workers=1, cache_dir=tmp_path)

    assert read == 1
    assert "7707083893" in texts[0]
    assert "770701001" in texts[0]
    assert read_again == 0
    assert cached_texts == texts
    assert cache_path(images[0], tmp_path).is_file()


def test_wide_form_printed_small_not_wrapped():
    text = "Итого | " + " | ".join(["175 000,00"] * 8)

    style = fitted_style(text, STYLE)

    assert style.font_points < STYLE.font_points
    assert style.dpi == 300
    assert layout_pages(text, style) == [[text]]


def test_narrow_text_keeps_its_style():
    assert fitted_style("Счёт № 1 от 01.02.2024", STYLE) == STYLE


def test_tab_cells_printed_in_columns():
    text = "Seller\tBuyer\nINN 7874793807\tINN 4704523082\nend"

    assert printed_text(text).split("\n") == [
        "Seller" + " " * 12 + "Buyer",
        "INN 7874793807    INN 4704523082",
        "end",
    ]
