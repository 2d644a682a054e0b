"""Helpers shared by the reading engine tests."""

from pathlib import Path

from documents.processing.base import PageText, ReadOptions
from documents.processing.formats import SNIFF_BYTES, sniff_mime_type
from documents.processing.reader import open_document


def sniff_file(path: Path) -> str | None:
    """Return the MIME type that the leading bytes of `path` identify."""
    with path.open("rb") as file:
        return sniff_mime_type(file.read(SNIFF_BYTES))


def read_pages(path: Path, options: ReadOptions | None = None) -> list[PageText]:
    """Sniff, open and read every page of `path`."""
    mime_type = sniff_file(path)
    assert mime_type is not None, f"{path} is not an accepted format"
    with open_document(path, mime_type, options or ReadOptions()) as reader:
        return list(reader.pages())
