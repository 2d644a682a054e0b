"""Image reading: OCR, TIFF pages, EXIF orientation, modes, limits and damaged files."""

import difflib
import os
import re
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from documents.processing.errors import ProcessingError
from documents.processing.images import DEFAULT_DPI, image_dpi, prepare_for_ocr
from documents.processing.reader import ReadOptions, open_document
from tests.processing.reading import read_pages, sniff_file

EXIF_ORIENTATION = 0x0112
ROTATED_90_CLOCKWISE = 6


@pytest.fixture(scope="module")
def phototest_page(corpus):
    (page,) = read_pages(corpus / "tesseract-test/phototest.tif")
    return page


@pytest.fixture(scope="module")
def tiff_pages(corpus):
    return read_pages(corpus / "paperless-ngx/tesseract__multi-page-images.tiff")


@pytest.fixture(scope="module")
def payment_order_page(corpus):
    (page,) = read_pages(corpus / "dedoc/plat_por__plat_por_png_0.png")
    return page


def open_error(path: Path, options: ReadOptions | None = None) -> ProcessingError:
    """Open the image at `path` and return the ProcessingError that it raises."""
    with pytest.raises(ProcessingError) as raised:
        open_document(path, sniff_file(path), options or ReadOptions())
    return raised.value


def mean_difference(first: Image.Image, second: Image.Image) -> float:
    """Return the mean absolute difference of two RGB images, from 0 to 255."""
    difference = ImageChops.difference(first.convert("RGB"), second.convert("RGB"))
    return sum(ImageStat.Stat(difference).mean) / 3


def test_phototest_matches_ground_truth(corpus, phototest_page):
    expected = (corpus / "tesseract-test/phototest.txt").read_text().strip()

    ratio = difflib.SequenceMatcher(None, expected, phototest_page.text).ratio()

    assert ratio >= 0.9


def test_phototest_keeps_line_breaks(phototest_page):
    lines = phototest_page.text.splitlines()

    assert lines[0] == "This is a lot of 12 point text to test the"
    assert lines[3] == ""


def test_phototest_page_metadata(phototest_page):
    assert phototest_page.source == "ocr"
    assert (phototest_page.width, phototest_page.height) == (640, 480)
    assert phototest_page.confidence is not None
    assert 0.8 < phototest_page.confidence <= 1


def test_tiff_frames_are_pages(tiff_pages):
    numbers = [page.number for page in tiff_pages]

    assert numbers == [1, 2, 3]


@pytest.mark.parametrize("number", [1, 2, 3])
def test_tiff_page_text_in_order(tiff_pages, number):
    text = tiff_pages[number - 1].text

    # rus+eng OCR may read the single letter 'a' as the Cyrillic look-alike.
    assert f"page document. Page {number}." in text


def test_russian_payment_order_text(payment_order_page):
    text = payment_order_page.text

    assert re.search("[А-Яа-яЁё]{5,}", text)
    assert "1105" in text
    assert "7708034472" in text


def test_exif_rotation_matches_reference(corpus):
    with (
        Image.open(corpus / "pillow/hopper.jpg") as reference,
        Image.open(corpus / "pillow/hopper_orientation_6.jpg") as rotated,
    ):
        upright = prepare_for_ocr(rotated)

        assert rotated.getexif()[EXIF_ORIENTATION] == ROTATED_90_CLOCKWISE
        assert mean_difference(rotated, reference) > 50
        assert mean_difference(upright, reference) < 10


def test_exif_rotation_swaps_scan_size(corpus):
    with Image.open(corpus / "dedoc/scanned__scan_orient_1.jpg") as scan:
        upright = prepare_for_ocr(scan)

        assert scan.size == (898, 1128)
        assert upright.size == (1128, 898)


def test_reader_applies_exif_rotation(tmp_path):
    path = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = ROTATED_90_CLOCKWISE
    Image.new("RGB", (60, 40), "white").save(path, exif=exif)

    (page,) = read_pages(path)

    assert (page.width, page.height) == (40, 60)


@pytest.mark.parametrize(
    "name", ["pillow/reallybig.bmp", "pillow/decompression_bomb.gif"]
)
def test_pixel_bomb_is_too_large(corpus, name):
    error = open_error(corpus / name)

    assert error.code == "image_too_large"


def test_image_over_limit_too_large(corpus):
    path = corpus / "paperless-ngx/tesseract__simple.bmp"

    error = open_error(path, ReadOptions(max_image_pixels=500_000))

    assert error.code == "image_too_large"
    assert "1436x408" in error.message


def test_tiff_frame_over_limit_too_large(corpus):
    path = corpus / "pillow/multipage.tiff"

    error = open_error(path, ReadOptions(max_image_pixels=150))

    assert error.code == "image_too_large"
    assert error.message.startswith("Page 3 ")


@pytest.mark.parametrize("name", ["pillow/broken.png", "pillow/truncated_jpeg.jpg"])
def test_damaged_image_is_invalid(corpus, name):
    error = open_error(corpus / name)

    assert error.code == "invalid_file"


def test_tiff_too_many_pages(corpus):
    path = corpus / "paperless-ngx/tesseract__multi-page-images.tiff"

    error = open_error(path, ReadOptions(max_pages=2))

    assert error.code == "too_many_pages"


def test_animated_gif_reads_first_frame(tmp_path):
    path = tmp_path / "animated.gif"
    frames = [Image.new("L", (30, 20), shade) for shade in (255, 0)]
    frames[0].save(path, save_all=True, append_images=frames[1:])

    with open_document(path, "image/gif", ReadOptions()) as reader:
        page_count = reader.page_count

    with Image.open(path) as image:
        assert image.n_frames == 2
    assert page_count == 1


def test_transparent_pixels_become_white():
    image = Image.new("RGBA", (4, 4), (0, 0, 0, 0))

    prepared = prepare_for_ocr(image)

    assert prepared.mode == "RGB"
    assert prepared.getpixel((0, 0)) == (255, 255, 255)


@pytest.mark.parametrize(
    ("name", "mode"),
    [
        ("paperless-ngx/tesseract__simple-alpha.png", "RGB"),
        ("paperless-ngx/tesseract__multi-page-images-alpha.tiff", "RGB"),
        ("dedoc/scanned__example.gif", "RGB"),
        ("tesseract-test/phototest.tif", "1"),
        ("paperless-ngx/tesseract__multi-page-images.tiff", "L"),
    ],
)
def test_prepared_mode_suits_tesseract(corpus, name, mode):
    with Image.open(corpus / name) as image:
        prepared = prepare_for_ocr(image)

    assert prepared.mode == mode


def test_cmyk_converts_to_rgb():
    image = Image.new("CMYK", (4, 4), (0, 0, 0, 0))

    prepared = prepare_for_ocr(image)

    assert prepared.mode == "RGB"
    assert prepared.getpixel((0, 0)) == (255, 255, 255)


def test_16_bit_stretches_to_8_bit():
    image = Image.new("I;16", (2, 1))
    image.putpixel((0, 0), 1000)
    image.putpixel((1, 0), 60000)

    prepared = prepare_for_ocr(image)

    assert prepared.mode == "L"
    assert prepared.getextrema() == (0, 255)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("tesseract-test/phototest.tif", 200),
        ("paperless-ngx/tesseract__simple-no-dpi.png", DEFAULT_DPI),
        ("dedoc/scanned__example.tiff", DEFAULT_DPI),
    ],
    ids=["declared", "missing", "implausible"],
)
def test_image_dpi_defaults_when_unusable(corpus, name, expected):
    with Image.open(corpus / name) as image:
        dpi = image_dpi(image)

    assert dpi == expected


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_closed_reader_releases_file(corpus):
    path = corpus / "paperless-ngx/tesseract__multi-page-images.tiff"
    open_before = len(os.listdir("/proc/self/fd"))

    with open_document(path, "image/tiff", ReadOptions()) as reader:
        page_count = reader.page_count

    assert page_count == 3
    assert len(os.listdir("/proc/self/fd")) == open_before
