"""Image size limits for images that PDFium decodes while rendering a page.

Each test builds its attack PDF with a small max_image_pixels, so a missed check
renders a 1.4 MB image instead of the hundreds of megabytes of a real attack.
"""

import pytest

from documents.processing.errors import ProcessingError
from documents.processing.pdf_images import find_largest_image
from documents.processing.reader import ReadOptions
from tests.processing.pdf_files import flate_image, one_page_pdf, stream
from tests.processing.reading import read_pages

LIMIT = ReadOptions(max_image_pixels=1_000_000)
BOX = "0 0 288 288"
DRAW_IMAGE = b"q 288 0 0 288 0 0 cm /Im0 Do Q"
BIG_IMAGE = flate_image(1200, 1200)


def read_error(path, options=LIMIT) -> ProcessingError:
    with pytest.raises(ProcessingError) as raised:
        read_pages(path, options)
    return raised.value


def smask_pdf(path, mask: bytes, subtype: str = "Image"):
    """A page drawing a 1x1 image whose soft mask is object 5."""
    small = stream(
        b"\x80",
        f"/Type/XObject/Subtype/{subtype}/Width 1/Height 1/ColorSpace/DeviceGray"
        f"/BitsPerComponent 8/SMask 5 0 R",
    )
    return one_page_pdf(
        path,
        DRAW_IMAGE,
        resources="/XObject<</Im0 6 0 R>>",
        extra_objects=(mask, small),
        media_box=BOX,
    )


def test_soft_mask_too_large(tmp_path):
    path = smask_pdf(tmp_path / "smask.pdf", BIG_IMAGE)

    error = read_error(path)

    assert error.code == "image_too_large"
    assert "1200x1200" in error.message
    assert "1000000" in error.message


def test_small_soft_mask_reads(tmp_path):
    path = smask_pdf(tmp_path / "smask.pdf", flate_image(300, 300))

    (page,) = read_pages(path, LIMIT)

    assert page.source == "ocr"
    assert page.width * page.height <= LIMIT.max_image_pixels


def test_escaped_image_name_found(tmp_path):
    escaped = BIG_IMAGE.replace(b"/Subtype/Image", b"/Subtype/Im#61ge")
    path = smask_pdf(tmp_path / "escaped.pdf", escaped)

    error = read_error(path)

    assert error.code == "image_too_large"


def test_indirect_width_resolved(tmp_path):
    indirect = BIG_IMAGE.replace(b"/Width 1200", b"/Width 7 0 R")
    path = one_page_pdf(
        tmp_path / "indirect.pdf",
        DRAW_IMAGE,
        resources="/XObject<</Im0 6 0 R>>",
        extra_objects=(
            indirect,
            stream(
                b"\x80",
                "/Subtype/Image/Width 1/Height 1/BitsPerComponent 8"
                "/ColorSpace/DeviceGray/SMask 5 0 R",
            ),
            "1200",
        ),
        media_box=BOX,
    )

    largest = find_largest_image(path)

    assert largest is not None
    assert (largest.width, largest.height) == (1200, 1200)
    assert read_error(path).code == "image_too_large"


def test_pattern_image_too_large(tmp_path):
    pattern = stream(
        DRAW_IMAGE,
        "/Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox[0 0 288 288]"
        "/XStep 288/YStep 288/Resources<</XObject<</Im0 5 0 R>>>>",
    )
    path = one_page_pdf(
        tmp_path / "pattern.pdf",
        b"/Pattern cs /P1 scn 0 0 288 288 re f",
        resources="/Pattern<</P1 6 0 R>>",
        extra_objects=(BIG_IMAGE, pattern),
        media_box=BOX,
    )

    error = read_error(path)

    assert error.code == "image_too_large"
    assert "1200x1200" in error.message


def test_annotation_image_too_large(tmp_path):
    appearance = stream(
        DRAW_IMAGE,
        "/Type/XObject/Subtype/Form/BBox[0 0 288 288]"
        "/Resources<</XObject<</Im0 5 0 R>>>>",
    )
    annotation = "<</Type/Annot/Subtype/Stamp/Rect[0 0 288 288]/F 4/AP<</N 6 0 R>>>>"
    path = one_page_pdf(
        tmp_path / "annotation.pdf",
        b"",
        extra_objects=(BIG_IMAGE, appearance, annotation),
        page_entries="/Annots[7 0 R]",
        media_box=BOX,
    )

    error = read_error(path)

    assert error.code == "image_too_large"


def test_nested_form_image_too_large(tmp_path):
    # Forms 6, 7 and 8 each draw the next one, and form 8 draws the image.
    forms = tuple(
        stream(
            b"/X0 Do" if number < 8 else DRAW_IMAGE,
            f"/Type/XObject/Subtype/Form/BBox[0 0 288 288]/Resources<</XObject<<"
            f"{'/X0' if number < 8 else '/Im0'} {number + 1 if number < 8 else 5} 0 R"
            f">>>>",
        )
        for number in (6, 7, 8)
    )
    path = one_page_pdf(
        tmp_path / "forms.pdf",
        b"/X0 Do",
        resources="/XObject<</X0 6 0 R>>",
        extra_objects=(BIG_IMAGE, *forms),
        media_box=BOX,
    )

    error = read_error(path)

    assert error.code == "image_too_large"
    assert "Page 1 contains a 1200x1200 pixel image" in error.message


def test_strings_do_not_hide_images(tmp_path):
    # A ')' or a fake object header inside a string must not end the dictionary.
    tricky = BIG_IMAGE.replace(
        b"/Subtype/Image", b"/Note(a \\) b (9 0 obj <<) c)/Subtype/Image"
    )
    path = smask_pdf(tmp_path / "strings.pdf", tricky)

    largest = find_largest_image(path)

    assert largest is not None
    assert largest.object_number == 5


def test_overlapping_headers_invalid_file(tmp_path):
    junk = "<</Junk(" + "9 0 obj << " * 20000 + ")>>"
    path = one_page_pdf(tmp_path / "overlap.pdf", b"", extra_objects=(junk,))

    error = read_error(path, ReadOptions())

    assert error.code == "invalid_file"


def test_wide_page_fits_side_limit(tmp_path):
    path = one_page_pdf(tmp_path / "wide.pdf", b"", media_box="0 0 9000 300")

    (page,) = read_pages(path)

    assert page.source == "ocr"
    assert page.width <= 32767
    assert page.width >= 9000 * 100 / 72


def test_thin_page_too_large(tmp_path):
    path = one_page_pdf(tmp_path / "thin.pdf", b"", media_box="0 0 200000 1")

    error = read_error(path, ReadOptions())

    assert error.code == "image_too_large"
    assert "32767 pixels per side" in error.message
