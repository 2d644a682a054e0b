"""Identification of accepted upload formats from their leading bytes."""

import re
import struct

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
BMP = "image/bmp"
GIF = "image/gif"
WEBP = "image/webp"

ACCEPTED_MIME_TYPES: frozenset[str] = frozenset({PDF, PNG, JPEG, TIFF, BMP, GIF, WEBP})

_PDF_HEADER = b"%PDF-"
# PDFium (pypdfium2 5.15) opens a PDF whose header starts at any offset up to 1024,
# so a PDF with junk bytes in front is still a PDF.
_PDF_HEADER_MAX_OFFSET = 1024
SNIFF_BYTES = _PDF_HEADER_MAX_OFFSET + len(_PDF_HEADER)
_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"II+\x00", TIFF),  # BigTIFF
    (b"MM\x00+", TIFF),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
)
# Sizes of the BMP info headers: OS/2 1.x, Windows 3.x, the Adobe variants, OS/2 2.x,
# Windows 4.x and 5.x.
_BMP_INFO_HEADER_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})


def sniff_mime_type(head: bytes) -> str | None:
    """Return the MIME type that the magic bytes in `head` identify, or None.

    Only the content counts, never a file name or a Content-Type header. None means
    the bytes are not one of ACCEPTED_MIME_TYPES (ZIP, DOCX, plain text, HEIC, ...).
    """
    for signature, mime_type in _IMAGE_SIGNATURES:
        if head.startswith(signature):
            return mime_type
    if _is_webp(head):
        return WEBP
    if _is_bmp(head):
        return BMP
    if head.find(_PDF_HEADER, 0, SNIFF_BYTES) != -1:
        return PDF
    return None


def _is_webp(head: bytes) -> bool:
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP"


def _is_bmp(head: bytes) -> bool:
    # 'BM' alone also starts ordinary text, so the info header size must match too.
    if len(head) < 18 or not head.startswith(b"BM"):
        return False
    (info_header_size,) = struct.unpack_from("<I", head, 14)
    return info_header_size in _BMP_INFO_HEADER_SIZES


# Leading bytes of formats people often upload by mistake, and how to name them.
_REJECTED_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .odt file is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc or .xls)"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
)
_HEIC_BRANDS = (b"heic", b"heix", b"mif1", b"msf1", b"hevc")
# Control bytes other than tab, line feed, form feed and carriage return.
_CONTROL_BYTES_RE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_RE = re.compile(rb"\A\s*<(?:!doctype\s+html|html|\?xml)", re.IGNORECASE)


def describe_content(head: bytes) -> str:
    """Return a short name for the content of a file that is not accepted, such
    as "a ZIP archive (a .docx, .xlsx or .odt file is one)" or "plain text"."""
    for signature, name in _REJECTED_SIGNATURES:
        if head.startswith(signature):
            return name
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return "a HEIC photo (save it as JPEG)"
    if _HTML_RE.match(head):
        return "an HTML or XML page"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and len(head) > 2:
        return "UTF-16 text"
    if not head.strip(b"\x00") or b"\x00" in head:
        return "binary data of an unknown format"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # The last character may be cut where the sniffed bytes end.
        cut_at_end = len(head) >= SNIFF_BYTES and error.start >= len(head) - 3
        if not cut_at_end:
            if _CONTROL_BYTES_RE.search(head):
                return "binary data of an unknown format"
            return "text in an 8-bit encoding such as Windows-1251"
    return "plain text"
