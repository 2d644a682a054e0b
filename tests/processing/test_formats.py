"""Format sniffing from magic bytes."""

import pytest

from documents.processing.formats import (
    ACCEPTED_MIME_TYPES,
    SNIFF_BYTES,
    sniff_mime_type,
)
from tests.processing.reading import sniff_file

ACCEPTED_FILES = [
    ("dedoc/scanned__example.png", "image/png"),
    ("dedoc/scanned__example.jpg", "image/jpeg"),
    ("dedoc/scanned__example.gif", "image/gif"),
    ("dedoc/scanned__example.tiff", "image/tiff"),
    ("dedoc/scanned__example.webp", "image/webp"),
    ("dedoc/scanned__example.pdf", "application/pdf"),
    ("paperless-ngx/tesseract__simple.bmp", "image/bmp"),
    ("tesseract-test/phototest.tif", "image/tiff"),
]
REJECTED_FILES = [
    "paperless-ngx/simple.zip",
    "paperless-ngx/tika__sample.docx",
    "dedoc/docx__broken.docx",
    "paperless-ngx/simple.txt",
    "paperless-ngx/tesseract__simple.heic",
    "dedoc/archives__broken.zip",
]


@pytest.mark.parametrize(("name", "expected"), ACCEPTED_FILES)
def test_sniff_accepted_formats(corpus, name, expected):
    mime_type = sniff_file(corpus / name)

    assert mime_type == expected


@pytest.mark.parametrize("name", REJECTED_FILES)
def test_sniff_rejects_other_formats(corpus, name):
    mime_type = sniff_file(corpus / name)

    assert mime_type is None


def test_sniff_pdf_after_junk_bytes(corpus):
    path = corpus / "paperless-ngx/invalid_pdf.pdf"

    mime_type = sniff_file(path)

    assert not path.read_bytes().startswith(b"%PDF-")
    assert mime_type == "application/pdf"


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"%PD",
        b"BM is not a bitmap header, just text",
        b"RIFF\x00\x00\x00\x00WAVEfmt ",
        b" " * 1025 + b"%PDF-1.7",
    ],
    ids=["empty", "short-pdf-prefix", "text-starting-bm", "riff-wave", "pdf-too-late"],
)
def test_sniff_rejects_lookalike_bytes(head):
    mime_type = sniff_mime_type(head)

    assert mime_type is None


def test_sniff_pdf_header_at_offset_1024():
    head = b" " * 1024 + b"%PDF-1.7\n"

    mime_type = sniff_mime_type(head[:SNIFF_BYTES])

    assert mime_type == "application/pdf"


def test_sniffed_types_are_accepted():
    sniffed = {expected for _, expected in ACCEPTED_FILES}

    assert sniffed == ACCEPTED_MIME_TYPES
