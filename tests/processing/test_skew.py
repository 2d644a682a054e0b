"""Pages turned by a small angle: the angle found, the page straightened for OCR."""

import difflib
import math

import pypdfium2 as pdfium
import pytest
from PIL import Image

from documents.processing import skew
from documents.processing.base import ReadOptions
from documents.processing.ocr import ocr_page
from documents.processing.skew import (
    box_before_straightening,
    detect_skew,
    straighten,
    straightened_size,
)
from tests.processing.reading import read_pages
from tests.processing.test_lighting import VALUES, printed_page


def turned(image: Image.Image, angle: float) -> Image.Image:
    """Return `image` turned `angle` degrees counter-clockwise, as a tilted scan."""
    return image.rotate(
        angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
    )


def turned_box(box, angle, size, turned_size):
    """Return the upright hull of `box` after turning the page like `turned`."""
    radians = math.radians(angle)
    xs, ys = [], []
    for x, y in (
        (box[0], box[1]),
        (box[2], box[1]),
        (box[0], box[3]),
        (box[2], box[3]),
    ):
        dx, dy = x - size[0] / 2, y - size[1] / 2
        xs.append(math.cos(radians) * dx + math.sin(radians) * dy + turned_size[0] / 2)
        ys.append(-math.sin(radians) * dx + math.cos(radians) * dy + turned_size[1] / 2)
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("angle", (3, -6, 10, -14))
def test_skew_angle_found(angle):
    assert detect_skew(turned(printed_page(), angle)) == pytest.approx(-angle, abs=0.3)


def test_straight_page_has_no_skew():
    assert detect_skew(printed_page()) == 0.0


def test_slight_skew_is_left_to_tesseract():
    assert detect_skew(turned(printed_page(), 0.5)) == 0.0


def test_blank_page_has_no_skew():
    assert detect_skew(Image.new("L", (800, 600), 255)) == 0.0


def test_straightened_page_keeps_every_corner():
    page = Image.new("RGB", (400, 300), "white")

    straightened = straighten(page, 10)

    assert straightened.width > page.width
    assert straightened.height > page.height
    assert straightened.getpixel((0, 0)) == (255, 255, 255)


def test_box_maps_back_to_the_turned_page():
    size, angle = (1000, 600), 7.0
    box = (300, 200, 420, 230)
    straightened_size = straighten(Image.new("L", size, 255), angle).size
    # The box as it sits in the straightened copy, where it was drawn upright.
    inside = turned_box(box, angle, size, straightened_size)
    inside = tuple(round(value) for value in inside)

    back = box_before_straightening(inside, angle, size, straightened_size)

    assert back[0] <= box[0] + 2
    assert back[1] <= box[1] + 2
    assert back[2] >= box[2] - 2
    assert back[3] >= box[3] - 2


def test_tilted_page_reads_and_boxes_fit(caplog):
    page = printed_page()
    original = ocr_page(page, number=1, dpi=300, options=ReadOptions())
    tilted = turned(page, 8)

    with caplog.at_level("INFO", logger="documents.processing.ocr"):
        read = ocr_page(tilted, number=1, dpi=300, options=ReadOptions())

    assert "straightening" in caplog.text
    missing = [value for value in VALUES if value not in read.text]
    assert missing == []
    assert (read.width, read.height) == tilted.size
    word = next(word for word in original.words if "7707083893" in word.text)
    expected = turned_box(word.bbox, 8, page.size, tilted.size)
    found = next(word for word in read.words if "7707083893" in word.text).bbox
    for value, bound in zip(found, expected, strict=True):
        assert abs(value - bound) <= 8


@pytest.mark.parametrize(
    "name",
    (
        "tesseract-test/phototest.tif",
        "dedoc/plat_por__plat_por_png_0.png",
        "invoice2data/AmazonWebServices.png",
        "dedoc/scanned__orient_1.png",
    ),
)
def test_corpus_scans_are_straight(corpus, name):
    with Image.open(corpus / name) as image:
        assert detect_skew(image) == 0.0


def test_noise_page_is_not_turned():
    noise = Image.effect_noise((600, 800), 120).point(lambda value: 255 * (value > 128))

    assert detect_skew(noise) == 0.0


def test_steeper_tilt_is_turned_by_the_maximum():
    assert detect_skew(turned(printed_page(), 20)) == pytest.approx(-15.0)


def test_receipt_strip_is_not_measured():
    strip = Image.new("L", (10, 32767), 255)
    for top in range(0, strip.height, 40):
        strip.paste(0, (0, top, 10, top + 8))

    assert detect_skew(strip) == 0.0


def test_empty_image_has_no_skew():
    assert detect_skew(Image.new("L", (0, 0))) == 0.0


def test_straightened_size_matches_pillow():
    image = Image.new("L", (1000, 600), 255)

    expected = straighten(image, 7.0).size

    found = straightened_size(image.size, 7.0)
    assert abs(found[0] - expected[0]) <= 2
    assert abs(found[1] - expected[1]) <= 2


def image_angle(pdf_path) -> float:
    """Return the angle, in degrees, by which a PDF page turns its one image."""
    document = pdfium.PdfDocument(pdf_path)
    try:
        (image,) = list(document[0].get_objects())
        a, b, *_rest = image.get_matrix().get()
        return math.degrees(math.atan2(b, a))
    finally:
        document.close()


def word_match(expected: str, found: str) -> float:
    matcher = difflib.SequenceMatcher(
        None, expected.split(), found.split(), autojunk=False
    )
    return matcher.ratio()


def test_scanned_pdf_tilt_found(corpus):
    path = corpus / "ocrmypdf/skew.pdf"
    document = pdfium.PdfDocument(path)
    try:
        page = document[0].render(scale=200 / 72, grayscale=True).to_pil()
    finally:
        document.close()

    # PDF space has y up, so an image turned by -a degrees there is tilted by a.
    assert detect_skew(page) == pytest.approx(-image_angle(path), abs=0.3)


def test_scanned_pdf_read_better_straightened(corpus, monkeypatch):
    truth = (corpus / "ocrmypdf/linn.txt").read_text(encoding="utf-8")

    (straightened,) = read_pages(corpus / "ocrmypdf/skew.pdf")
    monkeypatch.setattr(skew, "detect_skew", lambda image: 0.0)
    (tilted,) = read_pages(corpus / "ocrmypdf/skew.pdf")

    assert word_match(truth, straightened.text) > word_match(truth, tilted.text)
    assert word_match(truth, straightened.text) > 0.9
