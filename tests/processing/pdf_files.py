"""Builder of small PDF files for tests that need a crafted structure."""

import zlib
from pathlib import Path


def flate_image(width: int, height: int) -> bytes:
    """Return an 8-bit gray image XObject body of zeros, compressed with Flate."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * width
    data = b"".join(compressor.compress(row) for _ in range(height))
    data += compressor.flush()
    header = (
        f"<</Type/XObject/Subtype/Image/Width {width}/Height {height}"
        f"/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/FlateDecode"
        f"/Length {len(data)}>>stream\n"
    )
    return header.encode() + data + b"\nendstream"


def stream(content: bytes, dictionary: str = "") -> bytes:
    """Return an uncompressed stream object body with extra dictionary entries."""
    header = f"<<{dictionary}/Length {len(content)}>>stream\n"
    return header.encode() + content + b"\nendstream"


def write_pdf(path: Path, objects: list[bytes | str]) -> Path:
    """Write a PDF whose objects are numbered from 1 in list order.

    Object 1 must be the catalog. A cross-reference table with the real offsets
    is added, so PDFium opens the file without repairing it.
    """
    output = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        data = body.encode() if isinstance(body, str) else body
        output += f"{number} 0 obj\n".encode() + data + b"\nendobj\n"
    xref_offset = len(output)
    output += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        output += f"{offset:010d} 00000 n \n".encode()
    output += (
        f"trailer\n<</Size {len(objects) + 1}/Root 1 0 R>>\n"
        f"startxref\n{xref_offset}\n%%EOF\n"
    ).encode()
    path.write_bytes(bytes(output))
    return path


def one_page_pdf(
    path: Path,
    content: bytes,
    resources: str = "",
    extra_objects: tuple[bytes | str, ...] = (),
    page_entries: str = "",
    media_box: str = "0 0 595 842",
) -> Path:
    """Write a one-page PDF. Extra objects are numbered from 5 in tuple order.

    Objects 1 to 4 are the catalog, the page tree, the page and its content.
    """
    objects: list[bytes | str] = [
        "<</Type/Catalog/Pages 2 0 R>>",
        "<</Type/Pages/Kids[3 0 R]/Count 1>>",
        f"<</Type/Page/Parent 2 0 R/MediaBox[{media_box}]"
        f"/Resources<<{resources}>>/Contents 4 0 R{page_entries}>>",
        stream(content),
        *extra_objects,
    ]
    return write_pdf(path, objects)
