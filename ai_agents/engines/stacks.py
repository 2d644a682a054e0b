"""Captions printed in a stack, with their values in a stack of the same size below.

The text layer of a PDF form or of a two-column invoice may give a row of cells
caption by caption and then value by value, one per line:

    ИНН плательщика
    КПП плательщика
    Сумма
    6340261402
    634001001
    549000-00

The n-th value belongs to the n-th caption. A stack is read only when its values
look like the values of form cells: short lines, the first and nearly all of them
with a digit. So a caption over its own value on the next line, followed by other
text, is not taken for a stack.
"""

import re
from dataclasses import dataclass

from .text import NormalizedText, compile_folded

# A caption line: up to five words without digits, which may end with a colon or a
# number sign ("Invoice #", "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ №", "Сч. №"). Quotes and commas
# mark a company's name or an address instead.
_CAPTION_LINE_RE = re.compile(
    # A heading indented far ("                INVOICE") is no caption of a cell.
    r"[ \t]{0,8}(?=[^\n]*[^\W\d_])[^\W\d_][^\n0-9«»\"“”,;]{0,38}?[ \t]*[:№#]?[ \t]*"
)
_MAX_CAPTION_WORDS = 5
# Words of the captions of form cells. All captions of a stack but one name a cell
# this way, so that a title over a caption ("Универсальный передаточный документ"
# over "Всего к оплате") or an address block is no stack.
_CELL_WORD_RE = compile_folded(
    r"\b(?:инн|кпп|бик|огрн\w*|сч|сч[её]т|сумма|дата|номер|вид|код|срок|очер\w*"
    r"|валюта|период|клиент\w*|date|number|no|id|amount|total|due|account|iban"
    r"|swift|bic|ref\w*|period|currency|customer|client)\b|№|#"
)
# A value line: a short cell with a digit, or one or two short words ("электронно").
_VALUE_WITH_DIGIT_RE = re.compile(r"[ \t]*(?=[^\n]*[0-9])[^\n]{1,40}?[ \t]*")
_WORD_VALUE_RE = re.compile(r"[ \t]*[^\W\d_][\w.-]{0,18}(?: [\w.-]{1,18})?[ \t]*")
# A date caption, a value with a date in it ("18.02.2026", "Dec. 5th, 2026",
# "2026-12-05") and a value that is a date alone.
_DATE_CAPTION_RE = compile_folded(
    r"\b(?:дата|date|dated|от|срок|due|until|valid|период|period)\b"
)
_DATE_VALUE_RE = re.compile(
    r"\b[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}\b|\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b"
    r"|\b(?:19|20)[0-9]{2}\b"
)
_BARE_DATE_RE = re.compile(
    r"[ \t]*(?:[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{4}-[0-9]{2}-[0-9]{2})"
    r"[ \t]*"
)
# A requisite caption and the shape of its value: a sole proprietor's empty KPP
# cell leaves the amount under "КПП", which shows a shifted stack.
_REQUISITE_SHAPES = tuple(
    (compile_folded(caption), re.compile(value))
    for caption, value in (
        # "ИНН/КПП" over "7701234567/770101001" is a pair, not checked here.
        (r"[ \t]*инн\b(?![ \t]*/)", r"[ \t]*(?:[0-9]{10}|[0-9]{12}|0)[ \t]*"),
        (r"[ \t]*кпп\b", r"[ \t]*(?:[0-9]{4}[0-9a-z]{2}[0-9]{3}|0)[ \t]*"),
        (r"[ \t]*бик\b", r"[ \t]*[0-9]{9}[ \t]*"),
        # "Сч. №" of a bank form; "Счет №" may be an invoice's title as well.
        (r"[ \t]*сч\.?[ \t]*(?:№[ \t]*)?$", r"[ \t]*[0-9]{20}[ \t]*"),
    )
)
_MIN_STACK = 2
_MIN_WORD_STACK = 3
_MAX_STACK = 8


@dataclass(frozen=True)
class StackedCell:
    """A caption's line and its value's line, as (start, end) offsets."""

    caption: tuple[int, int]
    value: tuple[int, int]


def find_stacked_cells(document: NormalizedText) -> tuple[StackedCell, ...]:
    """Return the caption and value lines of every stack in the text."""
    text = document.text
    lines = _lines(text)
    cells: list[StackedCell] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _is_caption(text, *lines[end]):
            end += 1
        size = end - index
        named = sum(
            _CELL_WORD_RE.search(text, *line) is not None for line in lines[index:end]
        )
        if (
            _MIN_STACK <= size <= _MAX_STACK
            and named >= size - 1
            and end + size <= len(lines)
        ):
            values = lines[end : end + size]
            if _are_values(text, values) and all(
                _fits(text, caption, value)
                for caption, value in zip(lines[index:end], values, strict=True)
            ):
                cells += [
                    StackedCell(caption, value)
                    for caption, value in zip(lines[index:end], values, strict=True)
                ]
                index = end + size
                continue
        index = max(end, index + 1)
    return tuple(cells)


def _lines(text: str) -> list[tuple[int, int]]:
    lines = []
    start = 0
    for match in re.finditer(r"\n", text):
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, len(text)))
    return lines


def _is_caption(text: str, start: int, end: int) -> bool:
    if _CAPTION_LINE_RE.fullmatch(text, start, end) is None:
        return False
    return len(text[start:end].split()) <= _MAX_CAPTION_WORDS


def _fits(text: str, caption: tuple[int, int], value: tuple[int, int]) -> bool:
    """Return whether a value can fill its caption's cell: a date under a date
    caption, and no bare date under another caption. A stack whose values do not
    fit is a stack with an empty cell, whose values are shifted."""
    date_caption = _DATE_CAPTION_RE.search(text, *caption) is not None
    if date_caption:
        return _DATE_VALUE_RE.search(text, *value) is not None
    for caption_re, value_re in _REQUISITE_SHAPES:
        if caption_re.match(text, *caption):
            return value_re.fullmatch(text, *value) is not None
    return _BARE_DATE_RE.fullmatch(text, *value) is None


def _are_values(text: str, values: list[tuple[int, int]]) -> bool:
    """Return whether the lines are a stack's values: the first and all but one of
    them with a digit, the rest one or two short words."""
    with_digit = [
        _VALUE_WITH_DIGIT_RE.fullmatch(text, start, end) is not None
        for start, end in values
    ]
    if not with_digit[0]:
        return False
    # A word among three or more values ("электронно" under "Вид платежа"), but
    # none among two, where the pair may be a caption over its value and a title.
    words_allowed = 1 if len(values) >= _MIN_WORD_STACK else 0
    if sum(with_digit) < len(values) - words_allowed:
        return False
    return all(
        digit or _WORD_VALUE_RE.fullmatch(text, start, end) is not None
        for digit, (start, end) in zip(with_digit, values, strict=True)
    )
