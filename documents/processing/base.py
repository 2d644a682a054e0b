"""Value types of the reading engine and the interface that every reader implements."""

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Literal, Self

from .errors import TOO_MANY_PAGES, ProcessingError


@dataclass(frozen=True)
class ReadOptions:
    """Settings for reading one document."""

    languages: str = "rus+eng"  # Tesseract -l value
    dpi: int = 300  # render DPI for PDF pages without a usable text layer
    max_image_pixels: int = 150_000_000  # per image, embedded image or rendered page
    max_pages: int = 300
    page_timeout: int = 120  # seconds for one Tesseract call

    def __post_init__(self) -> None:
        for name in ("dpi", "max_image_pixels", "max_pages", "page_timeout"):
            if getattr(self, name) < 1:
                raise ValueError(f"ReadOptions.{name} must be at least 1")


@dataclass(frozen=True)
class Word:
    """A word that OCR found, with `bbox` as (left, top, right, bottom) in pixels."""

    text: str
    confidence: float | None
    bbox: tuple[int, int, int, int]


@dataclass(frozen=True)
class PageText:
    """The text of one page.

    `confidence` is the mean OCR word confidence from 0 to 1, or None for text-layer
    pages and pages where OCR found no words. `width` and `height` are the size in
    pixels of the image OCR ran on, or the PDF page size at the configured DPI for
    text-layer pages. For an OCR page turned upright, that image is the rotated one,
    and the word boxes are in its coordinates too.
    """

    number: int  # 1-based, in document order
    source: Literal["text_layer", "ocr"]
    text: str
    confidence: float | None
    width: int
    height: int
    words: tuple[Word, ...] = ()  # empty for text-layer pages
    # Degrees clockwise (0, 90, 180 or 270) that the page image was turned before
    # OCR to make it upright. Always 0 for text-layer pages.
    rotation: int = 0


class DocumentReader(ABC):
    """An open document that yields its pages one at a time, usable with `with`."""

    page_count: int

    @abstractmethod
    def pages(self) -> Iterator[PageText]:
        """Yield the text of every page in document order."""

    @abstractmethod
    def close(self) -> None:
        """Release the file and library handles. A second call does nothing."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def check_page_count(page_count: int, options: ReadOptions) -> None:
    """Raise too_many_pages when `page_count` exceeds options.max_pages."""
    if page_count > options.max_pages:
        raise ProcessingError(
            TOO_MANY_PAGES,
            f"The document has {page_count} pages, more than the limit of "
            f"{options.max_pages}. Split it into smaller files and upload them "
            f"separately.",
        )
