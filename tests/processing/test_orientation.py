"""Pages turned by 90, 180 or 270 degrees: detection, rotation and OSD failures."""

import difflib
import logging
import re

import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from documents.processing import ocr
from documents.processing.base import PageText, ReadOptions, Word
from documents.processing.errors import ProcessingError
from documents.processing.orientation import may_be_rotated
from tests.processing.reading import read_pages
from tests.processing.test_lighting import DEJAVU

# Clockwise turn that makes each file upright.
PHOTOTEST_ROTATIONS = {
    "phototest-rotated-180.png": 180,
    "phototest-rotated-L.png": 90,
    "phototest-rotated-R.png": 270,
    "phototestrot.tif": 90,
}
SCAN_ROTATIONS = {
    "scanned__orient_1.png": 270,
    "scanned__orient_2.png": 270,
    "scanned__orient_3.png": 90,
    "scanned__orient_4.png": 90,
}
# Text near the start of the upright page, for the scans where it is known.
SCAN_OPENINGS = {
    "scanned__orient_1.png": "Приложение к Положению о порядке",
    "scanned__orient_3.png": "Приложение к постановлению",
}
MIN_SIMILARITY = 0.85
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LETTER = re.compile(r"[^\W\d_]")
TOO_FEW = "Warning. Invalid resolution 0 dpi. Too few characters. Skipping this page"


def normalized(text: str) -> str:
    return " ".join(text.split())


def similarity(text: str, expected: str) -> float:
    return difflib.SequenceMatcher(None, normalized(text), normalized(expected)).ratio()


def only_page(path) -> PageText:
    pages = read_pages(path)
    assert len(pages) == 1
    return pages[0]


def count_osd_calls(monkeypatch) -> list[int]:
    """Wrap pytesseract.image_to_osd so that each call appends to the returned list."""
    calls: list[int] = []
    original = pytesseract.image_to_osd

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(pytesseract, "image_to_osd", counting)
    return calls


def fail_osd(monkeypatch, error: Exception) -> list[int]:
    """Make pytesseract.image_to_osd raise `error` and return the list of its calls."""
    calls: list[int] = []

    def failing(*args, **kwargs):
        calls.append(1)
        raise error

    monkeypatch.setattr(pytesseract, "image_to_osd", failing)
    return calls


@pytest.fixture(scope="module")
def phototest_text(corpus) -> str:
    return (corpus / "tesseract-test/phototest.txt").read_text()


@pytest.fixture(scope="module")
def phototest_pages(corpus) -> dict[str, PageText]:
    return {
        name: only_page(corpus / "tesseract-test" / name)
        for name in PHOTOTEST_ROTATIONS
    }


@pytest.fixture(scope="module")
def scan_pages(corpus) -> dict[str, PageText]:
    return {name: only_page(corpus / "dedoc" / name) for name in SCAN_ROTATIONS}


@pytest.mark.parametrize("name", PHOTOTEST_ROTATIONS)
def test_turned_phototest_reads_text(name, phototest_pages, phototest_text):
    page = phototest_pages[name]

    assert page.rotation == PHOTOTEST_ROTATIONS[name]
    assert similarity(page.text, phototest_text) >= MIN_SIMILARITY


@pytest.mark.parametrize("name", PHOTOTEST_ROTATIONS)
def test_turned_phototest_size_and_boxes(name, phototest_pages):
    page = phototest_pages[name]

    # The upright phototest page is 640x480, so the rotated image must be too.
    assert (page.width, page.height) == (640, 480)
    assert page.words
    for word in page.words:
        left, top, right, bottom = word.bbox
        assert 0 <= left < right <= page.width
        assert 0 <= top < bottom <= page.height
    long_words = [word for word in page.words if len(word.text) >= 4]
    wide_words = [
        w for w in long_words if w.bbox[2] - w.bbox[0] > w.bbox[3] - w.bbox[1]
    ]
    assert len(wide_words) == len(long_words)


@pytest.mark.parametrize("name", SCAN_ROTATIONS)
def test_turned_scan_rotation(name, scan_pages):
    assert scan_pages[name].rotation == SCAN_ROTATIONS[name]


@pytest.mark.parametrize("name", SCAN_ROTATIONS)
def test_turned_scan_is_cyrillic(name, scan_pages):
    page = scan_pages[name]
    letters = LETTER.findall(page.text)
    cyrillic = CYRILLIC.findall(page.text)

    assert len(letters) > 500
    assert len(cyrillic) / len(letters) > 0.9
    assert page.confidence is not None
    assert page.confidence > 0.8


@pytest.mark.parametrize("name", SCAN_OPENINGS)
def test_turned_scan_opening_text(name, scan_pages):
    opening = normalized(scan_pages[name].text)[:300]

    assert SCAN_OPENINGS[name] in opening


def test_turned_scan_names_governor(scan_pages):
    text = normalized(scan_pages["scanned__orient_3.png"].text)

    assert "Губернатора Камчатского края" in text


def test_upright_page_skips_osd(corpus, monkeypatch, phototest_text):
    calls = count_osd_calls(monkeypatch)

    page = only_page(corpus / "tesseract-test/phototest.tif")

    assert calls == []
    assert page.rotation == 0
    assert similarity(page.text, phototest_text) >= MIN_SIMILARITY


def test_turned_page_calls_osd_once(corpus, monkeypatch):
    calls = count_osd_calls(monkeypatch)

    page = only_page(corpus / "tesseract-test/phototest-rotated-180.png")

    assert len(calls) == 1
    assert page.rotation == 180


def test_turned_pdf_page_rotated(corpus, tmp_path, phototest_text):
    path = tmp_path / "turned.pdf"
    with Image.open(corpus / "tesseract-test/phototest-rotated-180.png") as image:
        image.convert("RGB").save(path, "PDF", resolution=200)

    pages = read_pages(path)

    assert len(pages) == 1
    assert pages[0].source == "ocr"
    assert pages[0].rotation == 180
    assert similarity(pages[0].text, phototest_text) >= MIN_SIMILARITY


def test_too_few_characters_keeps_first(corpus, monkeypatch):
    calls = fail_osd(monkeypatch, pytesseract.TesseractError(1, TOO_FEW))

    page = only_page(corpus / "tesseract-test/phototest-rotated-180.png")

    assert len(calls) == 1
    assert page.rotation == 0
    assert (page.width, page.height) == (640, 480)
    assert page.confidence is not None
    assert page.confidence < 0.6


def test_real_osd_on_blank_is_unknown():
    rotation = ocr.detect_rotation(
        Image.new("L", (400, 300), 255), number=1, dpi=300, options=ReadOptions()
    )

    assert rotation is None


def test_missing_osd_data_warns_once(corpus, monkeypatch, caplog):
    calls = count_osd_calls(monkeypatch)
    monkeypatch.setattr(ocr, "_installed_languages", lambda: frozenset({"eng", "rus"}))
    monkeypatch.setattr(ocr, "_osd_missing_logged", False)
    path = corpus / "tesseract-test/phototest-rotated-180.png"

    with caplog.at_level(logging.WARNING, logger=ocr.__name__):
        first = only_page(path)
        second = only_page(path)

    warnings = [r for r in caplog.records if "'osd' language data" in r.getMessage()]
    assert len(warnings) == 1
    assert calls == []
    assert first.rotation == 0
    assert second.rotation == 0


def test_osd_failed_loading_skips(corpus, monkeypatch):
    message = "Failed loading language 'osd' Tesseract couldn't load any languages!"
    monkeypatch.setattr(ocr, "_osd_missing_logged", False)
    calls = fail_osd(monkeypatch, pytesseract.TesseractError(1, message))

    page = only_page(corpus / "tesseract-test/phototest-rotated-180.png")

    assert len(calls) == 1
    assert page.rotation == 0


def test_osd_timeout_is_ocr_timeout(corpus, monkeypatch):
    fail_osd(monkeypatch, RuntimeError("Tesseract process timeout"))

    with pytest.raises(ProcessingError) as raised:
        only_page(corpus / "tesseract-test/phototest-rotated-180.png")

    assert raised.value.code == "ocr_timeout"


def test_osd_crash_is_ocr_failed(corpus, monkeypatch):
    fail_osd(monkeypatch, pytesseract.TesseractError(-11, "Segmentation fault"))

    with pytest.raises(ProcessingError) as raised:
        only_page(corpus / "tesseract-test/phototest-rotated-180.png")

    assert raised.value.code == "ocr_failed"


def word(text: str, bbox: tuple[int, int, int, int], confidence=0.95) -> Word:
    return Word(text=text, confidence=confidence, bbox=bbox)


def ocr_result(words: list[Word], confidence: float | None) -> PageText:
    return PageText(
        number=1,
        source="ocr",
        text=" ".join(w.text for w in words),
        confidence=confidence,
        width=1000,
        height=1000,
        words=tuple(words),
    )


def test_wide_confident_words_upright():
    words = [word("invoice", (0, 0, 120, 20)) for _ in range(5)]

    assert not may_be_rotated(ocr_result(words, 0.95))


def test_tall_confident_words_rotated():
    words = [word("invoice", (0, 0, 20, 120)) for _ in range(5)]

    assert may_be_rotated(ocr_result(words, 0.95))


def test_low_confidence_rotated():
    words = [word("invoice", (0, 0, 120, 20), 0.4) for _ in range(5)]

    assert may_be_rotated(ocr_result(words, 0.4))


def test_no_words_not_rotated():
    assert not may_be_rotated(ocr_result([], None))


def short_invoice_page() -> Image.Image:
    """Return an A4 page at 150 DPI with a five-line invoice at its top."""
    if not DEJAVU.exists():
        pytest.skip(f"the DejaVu font is absent: {DEJAVU} does not exist")
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(DEJAVU), 30)
    lines = (
        "ООО «Альфа»  ИНН 7707083893  КПП 770701001",
        "СЧЕТ НА ОПЛАТУ № 58 от 04.03.2026",
        "Покупатель: ООО «Бета», ИНН 5406128730",
        "1  Кабель ВВГнг 3х2,5   100 м   50 000,00",
        "Итого к оплате: 50 000,00 руб.",
    )
    for index, line in enumerate(lines):
        draw.text((60, 60 + index * 70), line, fill=0, font=font)
    return page


@pytest.mark.parametrize(
    ("transpose", "rotation"),
    [
        pytest.param(Image.Transpose.ROTATE_90, 90, id="turned-left"),
        pytest.param(Image.Transpose.ROTATE_270, 270, id="turned-right"),
    ],
)
def test_sideways_page_that_looks_skewed_is_turned(transpose, rotation):
    # The skew detection takes the page's vertical lines for a tilt of about 15
    # degrees, and the straightened copy has no words.
    sideways = short_invoice_page().transpose(transpose)

    page = ocr.ocr_page(sideways, number=1, dpi=150, options=ReadOptions())

    assert page.rotation == rotation
    assert "СЧЕТ НА ОПЛАТУ" in page.text
