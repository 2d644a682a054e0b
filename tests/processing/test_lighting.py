"""Uneven lighting: detected on photo-like pages and evened out before OCR."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from documents.processing.base import ReadOptions
from documents.processing.lighting import (
    UNEVEN_SPREAD,
    even_out_lighting,
    paper_spread,
)
from documents.processing.ocr import ocr_page

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LINES = (
    "СЧЕТ НА ОПЛАТУ № 1543 от 15 марта 2024 г.",
    "Поставщик: ООО «Ромашка», ИНН 7707083893, КПП 773601001",
    "Банк получателя ПАО СБЕРБАНК г. Москва БИК 044525225",
    "Получатель: Сч. № 40702810938000012345",
    "Покупатель: ООО «Вектор», ИНН 5260147685",
    "Всего к оплате: 11 900,00 руб.",
)
VALUES = (
    "1543",
    "7707083893",
    "773601001",
    "044525225",
    "40702810938000012345",
    "5260147685",
    "11 900,00",
)


def printed_page() -> Image.Image:
    if not DEJAVU.exists():
        pytest.skip(f"the DejaVu font is absent: {DEJAVU} does not exist")
    image = Image.new("L", (1700, 560), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(DEJAVU), 26)
    for index, line in enumerate(LINES):
        draw.text((60, 40 + index * 80), line, fill=0, font=font)
    return image


def photographed(page: Image.Image) -> Image.Image:
    """Return `page` as a photo: paper from dark grey on the left to light on the
    right, a round shadow, low contrast, sensor noise and a little blur."""
    ink = np.asarray(page) < 128
    height, width = ink.shape
    rows, columns = np.mgrid[0:height, 0:width]
    light = 0.35 + 0.65 * columns / width
    light *= 1 - 0.35 * np.exp(
        -((columns - width * 0.6) ** 2 + (rows - height * 0.5) ** 2) / (2 * 250**2)
    )
    paper = 200 * light
    pixels = np.where(ink, paper * 0.25 + 10, paper)
    pixels += np.random.default_rng(1).normal(0, 6, pixels.shape)
    photo = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return photo.filter(ImageFilter.GaussianBlur(1.0))


def test_printed_page_is_evenly_lit():
    assert paper_spread(printed_page()) < UNEVEN_SPREAD


def test_photo_is_unevenly_lit():
    assert paper_spread(photographed(printed_page())) >= UNEVEN_SPREAD


def test_evening_out_whitens_the_paper():
    photo = photographed(printed_page())

    evened = even_out_lighting(photo)

    assert evened.size == photo.size
    assert evened.mode == "L"
    assert paper_spread(evened) < UNEVEN_SPREAD
    assert np.percentile(np.asarray(evened), 90) >= 230


def test_shaded_photo_reads_its_values(caplog):
    with caplog.at_level("INFO", logger="documents.processing.ocr"):
        page = ocr_page(
            photographed(printed_page()), number=1, dpi=300, options=ReadOptions()
        )

    assert "lit unevenly" in caplog.text
    missing = [value for value in VALUES if value not in page.text]
    assert missing == []


@pytest.mark.parametrize(
    "name",
    (
        "tesseract-test/phototest.tif",
        "dedoc/plat_por__plat_por_png_0.png",
        "dedoc/scanned__orient_1.png",
        "invoice2data/oyo.png",
    ),
)
def test_corpus_scans_are_evenly_lit(corpus, name):
    with Image.open(corpus / name) as image:
        assert paper_spread(image) < UNEVEN_SPREAD
