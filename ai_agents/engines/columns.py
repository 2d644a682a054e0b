"""Labels printed side by side ("Исполнитель:        Заказчик:") and their columns.

Columns are set apart by 3 or more spaces, or by a tab, which folding turns into a
single space, so tabs are looked up in the original text.
"""

import re

from .context import ExtractionContext
from .roles import BOX_NUMBER, RoleLabel

_COLUMN_GAP = 3
_SPACES_RE = re.compile(r" +")
_GAP_RE = re.compile(r" {2,}")
_GAP_SEARCH_CHARS = 8
_WIDE_GAP_RE = re.compile(r" {3,}")
_OVERRUN_CHARS = 20
_BOX_NUMBER_RE = re.compile(rf"(?<=[ |]){BOX_NUMBER}\Z")


def label_row(
    context: ExtractionContext, labels: list[RoleLabel], index: int, below: set[int]
) -> list[int]:
    """Return the indices of labels printed side by side from `index` on its line."""
    row = [index]
    line_end = context.document.line_end(labels[index].start)
    while True:
        following = row[-1] + 1
        if following >= len(labels) or following in below:
            return row
        label = labels[following]
        if label.start > line_end or not _is_gap_before(context, label.start):
            return row
        row.append(following)


def column_pieces(
    context: ExtractionContext, row: list[RoleLabel], limit: int
) -> list[tuple[tuple[int, int], ...]]:
    """Return the pieces of each column under labels printed side by side.

    A column's pieces are the rest of its label's cell and its cell on every line
    below, up to `limit`.
    """
    document = context.document
    line_start = document.line_start(row[0].start)
    line_end = document.line_end(row[0].start)
    offsets = [label.start - line_start for label in row]
    pieces: list[list[tuple[int, int]]] = [[] for _ in row]
    for column, label in enumerate(row):
        end = row[column + 1].start if column + 1 < len(row) else line_end
        pieces[column].append((min(label.end, end), end))
    position = line_end + 1
    while position < limit:
        end = min(document.line_end(position), limit)
        for column, piece in enumerate(_split_line(context, position, end, offsets)):
            if piece is not None:
                pieces[column].append(piece)
        position = end + 1
    return [tuple(column) for column in pieces]


def _split_line(
    context: ExtractionContext, start: int, end: int, offsets: list[int]
) -> list[tuple[int, int] | None]:
    """Cut one line into columns at the gaps nearest the column offsets.

    Text that runs across a column offset with no gap nearby stays in the column
    where it starts. Character offsets do not line up across lines with tabs, so such
    a line is cut at its gaps when they give one cell per column.
    """
    if context.document.has_tab(start, end):
        cells = _tab_cells(context, start, end)
        if len(cells) == len(offsets):
            return cells
    cuts = [start]
    for offset in offsets[1:]:
        cuts.append(_column_cut(context, start, end, start + offset, cuts[-1]))
    cuts.append(end)
    pieces: list[tuple[int, int] | None] = []
    for column in range(len(offsets)):
        piece_start, piece_end = cuts[column], cuts[column + 1]
        text = context.text[piece_start:piece_end]
        pieces.append((piece_start, piece_end) if text.strip() else None)
    return pieces


def _is_gap_before(context: ExtractionContext, position: int) -> bool:
    line_start = context.document.line_start(position)
    # A numbered box keeps its number before the caption: "... | 16 Carrier".
    box = _BOX_NUMBER_RE.search(context.text, max(line_start, position - 5), position)
    if box is not None:
        position = box.start()
    elif position > line_start and context.text[position - 1] in '"«':
        position -= 1  # a quoted caption: '"Поставщик":      "Покупатель":'
    before = context.text[line_start:position].rstrip(" ")
    spaces = position - line_start - len(before)
    # A table rule parts two cells however close they are: "| Исполнитель | ...".
    if spaces >= _COLUMN_GAP or before.endswith("|"):
        return True
    return spaces > 0 and context.document.has_tab(position - spaces, position)


def _tab_cells(
    context: ExtractionContext, start: int, end: int
) -> list[tuple[int, int] | None]:
    """Cut a line into cells at its tabs and at runs of 3 or more spaces."""
    cells: list[tuple[int, int] | None] = []
    cell_start = start
    for run in _SPACES_RE.finditer(context.text, start, end):
        is_gap = run.end() - run.start() >= _COLUMN_GAP
        if not is_gap and not context.document.has_tab(*run.span()):
            continue
        if run.start() > cell_start:
            cells.append((cell_start, run.start()))
        elif run.start() == start:
            cells.append(None)  # the line starts with a gap: its first cell is empty
        cell_start = run.end()
    if cell_start < end:
        cells.append((cell_start, end))
    return cells


def _column_cut(
    context: ExtractionContext, start: int, end: int, target: int, previous: int
) -> int:
    if target >= end:
        return end
    window_start = max(previous, target - _GAP_SEARCH_CHARS)
    window_end = min(end, target + _GAP_SEARCH_CHARS)
    gaps = list(_GAP_RE.finditer(context.text, window_start, window_end))
    if gaps:
        return min(gaps, key=lambda gap: abs(gap.end() - target)).end()
    if context.text[target - 1] in " \t":
        return target
    # The left cell ran past the column offset, as OCR spacing does ("443013, г.
    # Самара, ул. Дачная, д. 2   ИНН/КПП ..."): cut at the next wide gap.
    wide = _WIDE_GAP_RE.search(context.text, target, min(end, target + _OVERRUN_CHARS))
    return wide.end() if wide is not None and wide.end() < end else end
