"""Entry point of the reading engine: open a PDF or an image and read it page by page.

Typical use::

    with open_document(path, mime_type, ReadOptions()) as reader:
        for page in reader.pages():
            store(page)
"""

from pathlib import Path

from .base import DocumentReader, PageText, ReadOptions, Word
from .errors import UNSUPPORTED_FILE_TYPE, ProcessingError
from .formats import ACCEPTED_MIME_TYPES, PDF
from .images import ImageReader
from .pdf import PdfReader

__all__ = ["DocumentReader", "PageText", "ReadOptions", "Word", "open_document"]


def open_document(path: Path, mime_type: str, options: ReadOptions) -> DocumentReader:
    """Open and validate a document of a type that `sniff_mime_type` returned.

    Raises ProcessingError with code invalid_file, encrypted_pdf, image_too_large,
    too_many_pages or unsupported_file_type. The reader's pages() may raise
    ProcessingError too: ocr_failed, ocr_timeout, image_too_large or, for a damaged
    PDF page, invalid_file.
    """
    if mime_type == PDF:
        return PdfReader(path, options)
    if mime_type in ACCEPTED_MIME_TYPES:
        return ImageReader(path, mime_type, options)
    raise ProcessingError(
        UNSUPPORTED_FILE_TYPE,
        f"Files of type {mime_type!r} cannot be read. Upload a PDF or a PNG, JPEG, "
        f"TIFF, BMP, GIF or WebP image.",
    )
