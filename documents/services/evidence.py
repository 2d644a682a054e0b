"""Locate extracted fields on the pages of an uploaded document.

The engine gives every field a character span in `ocr_draft`, which is the
pages' text joined by PAGE_SEPARATOR. This module turns a span into the page
number and the bounding box of the words it covers, in pixels of that page's
image (the page's `width` and `height` in the API give the scale). Word boxes
come from Tesseract on OCR'd pages and from PDFium's character boxes on pages
read from the text layer.
"""

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

WordRow = Sequence  # [text, confidence, left, top, right, bottom], as stored


@dataclass(frozen=True)
class PageLayout:
    """One page's place in ocr_draft and the character range of each OCR word."""

    number: int
    start: int
    end: int
    word_starts: list[int]
    word_ends: list[int]
    boxes: list[tuple[int, int, int, int]]

    def bbox(self, start: int, end: int) -> list[int] | None:
        """Return the union of the boxes of the words overlapping [start, end)."""
        first = bisect_right(self.word_ends, start)
        boxes = []
        for index in range(first, len(self.word_starts)):
            if self.word_starts[index] >= end:
                break
            boxes.append(self.boxes[index])
        if not boxes:
            return None
        return [
            min(box[0] for box in boxes),
            min(box[1] for box in boxes),
            max(box[2] for box in boxes),
            max(box[3] for box in boxes),
        ]


def page_layouts(
    pages: Sequence[tuple[int, str, Sequence[WordRow]]], separator: str
) -> list[PageLayout]:
    """Build the layout of each (number, text, words) page in ocr_draft order."""
    layouts = []
    offset = 0
    for number, text, words in pages:
        starts, ends, boxes = _word_offsets(text, words, offset)
        layouts.append(
            PageLayout(number, offset, offset + len(text), starts, ends, boxes)
        )
        offset += len(text) + len(separator)
    return layouts


def _word_offsets(text: str, words: Sequence[WordRow], offset: int):
    """Find each word in the page text in reading order; skip words not found."""
    starts, ends, boxes = [], [], []
    cursor = 0
    for row in words:
        word = str(row[0])
        found = text.find(word, cursor)
        if not word or found < 0:
            continue
        starts.append(offset + found)
        ends.append(offset + found + len(word))
        boxes.append(tuple(int(value) for value in row[2:6]))
        cursor = found + len(word)
    return starts, ends, boxes


def add_evidence(fields: dict, layouts: Sequence[PageLayout]) -> dict:
    """Add `page` and, where word boxes exist, `bbox` to every field with a span."""
    if not layouts:
        return fields
    page_starts = [layout.start for layout in layouts]
    for field in _spanned_fields(fields):
        start, end = field["span"]
        layout = layouts[max(bisect_right(page_starts, start) - 1, 0)]
        field["page"] = layout.number
        bbox = layout.bbox(start, end)
        if bbox is not None:
            field["bbox"] = bbox
    return fields


def shift_spans(fields: dict, offset: int) -> dict:
    """Add `offset` to every field span, to make spans found in a slice of
    ocr_draft that starts at `offset` point into the whole ocr_draft."""
    for field in _spanned_fields(fields):
        start, end = field["span"]
        field["span"] = [start + offset, end + offset]
    return fields


def _spanned_fields(value) -> Iterator[dict]:
    """Yield every dict with a two-number `span`, at any depth of fields."""
    if isinstance(value, dict):
        span = value.get("span")
        if isinstance(span, list | tuple) and len(span) == 2:
            yield value
            return
        for child in value.values():
            yield from _spanned_fields(child)
    elif isinstance(value, list):
        for child in value:
            yield from _spanned_fields(child)
