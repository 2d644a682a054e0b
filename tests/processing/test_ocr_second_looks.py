"""Second OCR passes: small text read enlarged, and garbled lines read again."""

from pathlib import Path

import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from documents.processing import ocr
from documents.processing.base import PageText, ReadOptions, Word
from documents.processing.ocr import ocr_page, upscale_factor
from tests.processing.reading import read_pages

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def page_of_words(height: int, count: int = 8, size=(900, 800)) -> PageText:
    words = tuple(
        Word(text=f"w{index}", confidence=0.9, bbox=(10, 10, 40, 10 + height))
        for index in range(count)
    )
    return PageText(1, "ocr", "", 0.9, size[0], size[1], words)


def test_small_text_is_enlarged_to_the_target_height():
    assert upscale_factor(page_of_words(11), 10**9) == pytest.approx(3.0)


def test_large_text_is_read_as_it_is():
    assert upscale_factor(page_of_words(ocr.MIN_WORD_HEIGHT), 10**9) is None


def test_tiny_text_enlarged_by_cap():
    assert upscale_factor(page_of_words(3), 10**9) == ocr.MAX_UPSCALE


def test_few_words_give_no_factor():
    assert (
        upscale_factor(page_of_words(11, count=ocr.MIN_WORDS_FOR_HEIGHT - 1), 10**9)
        is None
    )


def test_pixel_limit_caps_the_factor():
    page = page_of_words(11, size=(1000, 1000))

    assert upscale_factor(page, 2_000_000) == pytest.approx(2**0.5)
    assert upscale_factor(page, 1_200_000) is None


def test_words_without_letters_or_digits_do_not_count():
    page = page_of_words(11, count=3)
    page = PageText(
        1,
        "ocr",
        "",
        0.9,
        900,
        800,
        page.words + tuple(Word("|", 0.9, (0, 0, 2, 60)) for _ in range(9)),
    )

    assert upscale_factor(page, 10**9) is None


def small_text_image() -> tuple[Image.Image, tuple[int, int, int, int]]:
    """Return a 72 dpi-like page of 11 px text and the box drawn around the BIK."""
    if not DEJAVU.exists():
        pytest.skip(f"the DejaVu font is absent: {DEJAVU} does not exist")
    image = Image.new("RGB", (700, 160), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(DEJAVU), 11)
    draw.text(
        (20, 20), "Банк получателя ПАО Сбербанк г. Москва", fill="black", font=font
    )
    draw.text((20, 50), "БИК", fill="black", font=font)
    draw.text((60, 50), "044525225", fill="black", font=font)
    bik_box = draw.textbbox((60, 50), "044525225", font=font)
    draw.text((20, 80), "Сч. № 40702810400000012345", fill="black", font=font)
    draw.text(
        (20, 110), "Получатель ООО Ромашка ИНН 7707083893", fill="black", font=font
    )
    return image, bik_box


def test_small_text_keeps_boxes_in_page_pixels(caplog):
    image, (left, top, right, bottom) = small_text_image()

    with caplog.at_level("INFO", logger="documents.processing.ocr"):
        page = ocr_page(image, number=1, dpi=72, options=ReadOptions())

    assert "enlarged" in caplog.text
    assert (page.width, page.height) == image.size
    bik = next(word for word in page.words if "044525225" in word.text)
    word_left, word_top, word_right, word_bottom = bik.bbox
    assert abs(word_left - left) <= 4
    assert abs(word_right - right) <= 4
    assert abs(word_top - top) <= 4
    assert abs(word_bottom - bottom) <= 4
    assert "40702810400000012345" in page.text


def test_flipkart_raster_reads_the_framed_invoice_number(corpus):
    # The number sits in a dotted frame that Tesseract's layout analysis reads as
    # junk; only the second look at that line reads it.
    pages = read_pages(corpus / "invoice2data/FlipkartInvoice.png")

    assert "BLR_WFLD20151000982590" in pages[0].text


def rows(*lines):
    """Return Tesseract-style word rows: (line number, text, confidence, left, top)."""
    return [
        {
            "block_num": 1,
            "par_num": 1,
            "line_num": line,
            "left": left,
            "top": top,
            "width": 30,
            "height": 10,
            "conf": float(conf),
            "text": text,
        }
        for line, text, conf, left, top in lines
    ]


def test_splice_replaces_garbled_line():
    old = rows((1, "Total", 95, 0, 0), (2, "~~", 5, 0, 20), (3, "Paid", 95, 0, 40))
    new = rows((9, "Invoice", 90, 0, 20), (9, "42", 90, 40, 20))

    data = ocr._splice_lines(old, {(1, 1, 2): new})
    words, text = ocr._collect_words(data)

    assert text == "Total\nInvoice 42\nPaid"
    assert [word.text for word in words] == ["Total", "Invoice", "42", "Paid"]


def test_new_words_over_a_confident_word_are_duplicates():
    confident = rows((1, "Total", 95, 0, 0))

    assert ocr._lies_on(rows((2, "Total", 80, 2, 1))[0], confident)
    assert not ocr._lies_on(rows((2, "Paid", 80, 0, 30))[0], confident)


def garbled_value_line() -> tuple[Image.Image, dict]:
    """Return a page and its Tesseract data with the line's value marked as junk."""
    if not DEJAVU.exists():
        pytest.skip(f"the DejaVu font is absent: {DEJAVU} does not exist")
    image = Image.new("L", (1000, 320), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(DEJAVU), 22)
    draw.text((60, 60), "Header text for the invoice page", fill=0, font=font)
    draw.text((60, 200), "Total amount due", fill=0, font=font)
    draw.text((560, 200), "INV 2024 0042 A7 B9", fill=0, font=font)
    data = pytesseract.image_to_data(
        image, lang="eng", output_type=pytesseract.Output.DICT
    )
    for index, text in enumerate(data["text"]):
        if text.strip() in ("INV", "2024", "0042", "A7", "B9"):
            data["text"][index] = "~#"
            data["conf"][index] = 0
    return image, data


def test_reread_keeps_the_lines_confident_words():
    image, data = garbled_value_line()

    data = ocr._reread_garbled_lines(
        image, data, number=1, dpi=300, options=ReadOptions(languages="eng")
    )
    _, text = ocr._collect_words(data)

    assert "Total amount due" in text
    assert "INV 2024 0042 A7 B9" in text
    assert "~#" not in text


def record_rereads(monkeypatch) -> tuple[list[tuple[int, int]], list[dict]]:
    """Wrap the garbled-line re-reads and return what each call was given.

    The first list gets the image size of each _reread_garbled_lines call, once
    per page pass that re-reads. The second gets, for each line read again from a
    crop, the image size and the page timeout of that Tesseract call.
    """
    passes: list[tuple[int, int]] = []
    lines: list[dict] = []
    reread_garbled_lines = ocr._reread_garbled_lines
    reread_line = ocr._reread_line

    def counting_passes(image, data, **kwargs):
        passes.append(image.size)
        return reread_garbled_lines(image, data, **kwargs)

    def counting_lines(image, line, margin, **kwargs):
        lines.append({"size": image.size, "timeout": kwargs["options"].page_timeout})
        return reread_line(image, line, margin, **kwargs)

    monkeypatch.setattr(ocr, "_reread_garbled_lines", counting_passes)
    monkeypatch.setattr(ocr, "_reread_line", counting_lines)
    return passes, lines


def test_enlarged_page_rereads_only_kept_pass(monkeypatch, caplog):
    # Tesseract 5.3 also finds a garbled line in this page read at its own size,
    # but only the kept, enlarged pass has its lines read again.
    image, _ = small_text_image()
    passes, lines = record_rereads(monkeypatch)

    with caplog.at_level("INFO", logger="documents.processing.ocr"):
        page = ocr_page(image, number=1, dpi=72, options=ReadOptions())

    assert "enlarged" in caplog.text
    assert len(passes) == 1
    assert passes[0][0] > image.width
    assert passes[0][1] > image.height
    assert all(line["size"] == passes[0] for line in lines)
    assert (page.width, page.height) == image.size


def test_turned_page_rereads_only_kept_pass(corpus, monkeypatch):
    passes, _ = record_rereads(monkeypatch)

    pages = read_pages(corpus / "tesseract-test/phototest-rotated-L.png")

    assert pages[0].rotation == 90
    assert passes == [(pages[0].width, pages[0].height)]
    assert pages[0].width > pages[0].height


def test_flipkart_rereads_in_enlarged_image(corpus, monkeypatch):
    # The enlarged pass wins on this page, and the framed invoice number comes
    # from its re-read lines, with boxes scaled back to the page image.
    options = ReadOptions(page_timeout=40)
    passes, lines = record_rereads(monkeypatch)

    pages = read_pages(corpus / "invoice2data/FlipkartInvoice.png", options)

    page = pages[0]
    number = next(word for word in page.words if "BLR_WFLD" in word.text)
    left, top, right, bottom = number.bbox
    assert len(passes) == 1
    assert passes[0][0] > page.width
    assert lines
    assert all(line["size"] == passes[0] for line in lines)
    # The enlarged pass has half the page timeout, and each re-read half of that.
    expected_timeout = ocr._optional_pass(ocr._optional_pass(options)).page_timeout
    assert all(line["timeout"] == expected_timeout for line in lines)
    assert 0 <= left < right <= page.width
    assert 0 <= top < bottom <= page.height
