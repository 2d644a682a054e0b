"""Document number rules beyond a title and a number sign.

- A header cell "Номер документа" (TORG-12 and other unified forms) or "Document
  No." is followed by the number on the same line, or by a line of values whose
  cell in the same column is the number when the header row has only captions.
- A reference ("Our ref. 729/HR", "Ref.: A-17", "Исх. № 12/34 от ...") is a
  letter's number when nothing better is found.
- A number in a basis line ("Основание: договор № 95-П"), in an address ("Address:
  No. 42/1") or after a form caption ("Унифицированная форма № ТОРГ-12") belongs to
  another document or to a building.
- A word glued to the end of a number by a lost space ("4663от", "5159dated") is
  not part of it.
"""

import re

from .context import ExtractionContext
from .text import compile_folded

_CELL_LABEL = r"(?:номер\s+документа|document\s+(?:no\b\.?|number|#))"
_CELL_VALUE = r"(?P<value>[^\W_][\w/.-]*)"
_CELL_SAME_LINE_RE = compile_folded(rf"\b{_CELL_LABEL}[ \t]*[:.]?[ \t]*{_CELL_VALUE}")
_CELL_LABEL_RE = compile_folded(rf"\b{_CELL_LABEL}")
# Table columns are set apart by a tab, which folds to a space, or 2 or more spaces.
_COLUMN_GAP_RE = re.compile(r"[ \t]{2,}|\t")
_CELL_VALUE_RE = compile_folded(rf"[ \t]*{_CELL_VALUE}")

_REFERENCE_RE = compile_folded(
    r"(?<![\w.])(?:our\s+ref(?:erence)?|your\s+ref(?:erence)?|ref(?:erence)?"
    r"|исх(?:одящий)?|вх(?:одящий)?)(?:\.|\b)[ \t]*(?:№|no\b\.?|#)?[ \t]*[:.]?"
    r"[ \t]*(?P<value>[^\W_][\w/.-]*)"
)
# "Your ref." quotes the addressee's number, so it counts only after ours.
_THEIR_REFERENCE_RE = compile_folded(r"^(?:your|вх)")

_OTHER_DOCUMENT_LINE_RE = compile_folded(
    r"[^\w\n]*(?:основание|basis|на\s+основании)\b"
)
# "Warehouse Address: NO. 42/1 & 43" numbers a building, not the document.
_ADDRESS_LABEL_RE = compile_folded(r"\b(?:address|адрес|addr)\b")
_FORM_CAPTION_RE = compile_folded(
    r"\b(?:форма|form)\b[^\n]{0,20}?(?:№|no\b\.?|#)?[ \t]*[:.]?[ \t]*$"
)
# Words that OCR glues to the number before them: "от" / "dated" / "from" / "of".
_GLUED_WORD_RE = compile_folded(r"(?<=[0-9])(?:от|dated|from|of)$")


def find_number_cell(context: ExtractionContext) -> tuple[int, int] | None:
    """Return the span of the value in a "Номер документа" cell, or None."""
    text = context.text
    match = _CELL_SAME_LINE_RE.search(text)
    if match is not None and not _is_caption(match.group("value")):
        return match.span("value")
    label = _CELL_LABEL_RE.search(text)
    if label is None:
        return None
    return _value_below(context, label.start())


def _is_caption(value: str) -> bool:
    """Return whether a token after the label is the next caption, not a value."""
    return not any("0" <= char <= "9" for char in value)


def _value_below(
    context: ExtractionContext, label_start: int
) -> tuple[int, int] | None:
    """Return the value in the next line's cell that has the label's column index."""
    document = context.document
    line_start = document.line_start(label_start)
    line_end = document.line_end(label_start)
    if line_end >= len(context.text):
        return None
    column = len(_COLUMN_GAP_RE.findall(context.text, line_start, label_start))
    next_start = line_end + 1
    next_end = document.line_end(next_start)
    cell_start = next_start
    for _ in range(column):
        gap = _COLUMN_GAP_RE.search(context.text, cell_start, next_end)
        if gap is None:
            return None
        cell_start = gap.end()
    value = _CELL_VALUE_RE.match(context.text, cell_start, next_end)
    if value is None or _is_caption(value.group("value")):
        return None
    return value.span("value")


def find_reference(context: ExtractionContext) -> tuple[int, int] | None:
    """Return the span of our reference number, else of the addressee's, or None."""
    theirs = None
    for match in _REFERENCE_RE.finditer(context.text):
        if _is_caption(match.group("value")):
            continue
        if not _THEIR_REFERENCE_RE.match(match.group(0)):
            return match.span("value")
        theirs = theirs or match.span("value")
    return theirs


def belongs_to_other_document(context: ExtractionContext, value_start: int) -> bool:
    """Return whether a number sits in a basis line, an address or after a form
    caption."""
    line_start = context.document.line_start(value_start)
    if _OTHER_DOCUMENT_LINE_RE.match(context.text, line_start):
        return True
    if _ADDRESS_LABEL_RE.search(context.text, line_start, value_start):
        return True
    return _FORM_CAPTION_RE.search(context.text, line_start, value_start) is not None


def trim_glued_word(text: str, start: int, end: int) -> int:
    """Return the end of a number without a word glued to its last digit."""
    glued = _GLUED_WORD_RE.search(text, start, end)
    return glued.start() if glued is not None else end
