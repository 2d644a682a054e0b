"""Party sections: the stretches of text that belong to each role label.

Most labels head their content: the section runs from the label to the next label, a
stop line (a document title, "Назначение платежа", "Итого", a signature caption, two
blank lines) or 600 characters, whichever comes first. Labels printed side by side
("Исполнитель:        Заказчик:") split the lines below them into columns.

Bare captions can also sit under their content, as on the bank form 0401060 and in
the bank block of a 1C invoice ("... БИК ... Сч. №" then "Банк получателя"). A run
of bare captions is read that way when requisites precede the first caption outside
a sentence and no labeled requisite follows the last one. Bare numbers may follow,
because on a payment order the budget code (КБК) comes after the payee's caption.
"""

import re
from dataclasses import dataclass

from .columns import column_pieces, label_row
from .context import ExtractionContext
from .names import is_prose, name_part
from .requisites import INN_LABEL, KPP_LABEL, find_requisites
from .roles import PARTY_START_RE, RoleLabel
from .text import NO_ACCOUNT_AHEAD, compile_folded

_SECTION_MAX_CHARS = 600
# Runs of characters other than the blanks and rules of a table's cells.
_PRINTED_RE = re.compile(r"[^ \t|]+")
_MAX_PADDING_FACTOR = 3
# A gap this wide after a label's colon leads to another column, not to its value.
_FAR_COLUMN_RE = re.compile(r"[ \t]{16,}\S")
_LISTING_RE = compile_folded(
    r"[^\W\d_]+[ \t]*,[ \t]*(?:адрес|телефон|номер|реквизит|address)"
)
_STOP_RE = compile_folded(
    # A SWIFT field tag may open the line: "70  Назначение платежа".
    r"(?m)^[^\w\n]*(?:[0-9]{2}[a-z]?:?[ \t]+)?"
    r"(?:назначение\s+платежа|основание\b|итого|всего\b|товары\s*\("
    # A SWIFT field after the beneficiary's ends its block: ":70:/INV/...", ":71A:".
    r"|(?:70|71[a-z]|72|77[a-z]?|33b|36|23[a-z]|26t|13c|32a):"
    r"|(?:details|purpose)\s+of\s+payment|payment\s+(?:reference|details|purpose)"
    r"|charges\s*:"
    r"|remittance\s+information|details\s+of\s+charges|расходы\s+по\s+переводу"
    r"|наименование\s+(?:товар|работ|услуг)|№\s*(?:п/п|товар|наименование)"
    r"|руководитель|(?:главный\s+)?бухгалтер|(?:генеральный\s+)?директор\b"
    r"|м\.\s?п\.|подписи|отметки|description\b|item\b|qty\b|subtotal|total\b"
    r"|(?:сч[её]т(?:[- ]фактура)?|акт|договор|(?:товарная\s+)?накладная"
    r"|пл[ао]т[её]жное\s+поручение|(?:tax\s+)?invoice)\b[^\n]{0,40}?(?:№|\bno\b|#)"
    # "Счет № 40702810..." gives the party's account.
    + NO_ACCOUNT_AHEAD
    # The operations table of a bank statement, whose rows name counterparties.
    + r"|(?:входящий|исходящий)\s+остаток|остаток\s+(?:на\s+начало|входящий)"
    r"|(?:opening|closing)\s+balance"
    # The next numbered section of a form: "3. Груз".
    r"|[0-9]{1,2}\.[ \t]+[^\W\d_])"
    r"|\n[ \t]*\n[ \t]*\n"
)
# The rest of a line of tax ids besides the numbers: their labels and separators.
_TAX_LINE_REST_RE = compile_folded(rf"(?:{INN_LABEL}|{KPP_LABEL}|[^\w]|№)*")


@dataclass(frozen=True)
class Section:
    """Pieces of text (start, end) that belong to a role, or to its bank.

    `second` is the other role of a double label, which gets the same requisites.
    `below` marks a caption printed under its content, as in a 1C invoice's
    payment block.
    """

    role: str
    pieces: tuple[tuple[int, int], ...]
    bank: bool = False
    second: str = ""
    below: bool = False


def build_sections(
    context: ExtractionContext, labels: list[RoleLabel]
) -> list[Section]:
    """Return the section of every label, in text order."""
    below = _captions_below(context, labels)
    block_starts = {
        index: _block_above_start(context, labels, index, below) for index in below
    }
    leads = _tax_lines_above(context, labels, below)
    block_starts.update(leads)
    sections = []
    index = 0
    while index < len(labels):
        if index in below:
            label = labels[index]
            piece = (block_starts[index], label.start)
            sections.append(
                Section(label.role, (piece,), label.bank, label.second, below=True)
            )
            index += 1
            continue
        row = label_row(context, labels, index, below)
        limit = _limit(
            context, labels, index + len(row) - 1, block_starts, columns=len(row)
        )
        if len(row) == 1:
            label = labels[index]
            pieces = ((_content_start(context, label, limit), limit),)
            above = _bank_line_above(context, label, pieces[0], sections)
            if above is not None:
                pieces = (above, *pieces)
            if index in leads:
                lead_end = context.document.line_end(leads[index])
                pieces = ((leads[index], lead_end), *pieces)
            sections.append(Section(label.role, pieces, label.bank, label.second))
        else:
            row_labels = [labels[i] for i in row]
            pieces_by_label = column_pieces(context, row_labels, limit)
            sections += [
                Section(label.role, pieces, label.bank, label.second)
                for label, pieces in zip(row_labels, pieces_by_label, strict=True)
            ]
        index += len(row)
    return _with_stacked_values(context, labels, sections)


# A caption without a role that may close a stack of party captions: "Основание:".
_STACK_CAPTION_RE = re.compile(r"[ \t]*[^\W\d_][^\n:0-9]{0,30}:[ \t]*")
_MIN_STACKED = 2


def _with_stacked_values(
    context: ExtractionContext, labels: list[RoleLabel], sections: list[Section]
) -> list[Section]:
    """Give the captions of a stack their values printed in a stack below them.

    A two-column invoice laid out as text puts the captions "Поставщик:",
    "Покупатель:" and "Основание:" on lines of their own, and then the value of
    each, in the same order: "ООО «Сигма», ИНН ..." and "АО «Энергосбыт», ИНН
    ...". Each value opens a line with a company name or a requisite. The stack is
    read only when its role captions follow each other with nothing between them
    and the values number exactly its role captions. Sections follow the labels
    one for one.
    """
    text = context.text
    document = context.document
    runs: list[list[int]] = []
    for index, label in enumerate(labels):
        if label.bank or sections[index].below or not _stands_alone(context, label):
            continue
        if (
            runs
            and runs[-1][-1] == index - 1
            and not text[labels[index - 1].end : label.start].strip()
        ):
            runs[-1].append(index)
        else:
            runs.append([index])
    replaced = dict(enumerate(sections))
    for run in runs:
        if len(run) < _MIN_STACKED:
            continue
        position = document.line_end(labels[run[-1]].end) + 1
        while position < len(text) and _STACK_CAPTION_RE.fullmatch(
            text, position, document.line_end(position)
        ):
            position = document.line_end(position) + 1
        entries = _stacked_entries(context, position, len(run))
        if entries is None:
            continue
        for index, entry in zip(run, entries, strict=True):
            replaced[index] = Section(
                sections[index].role, (entry,), False, sections[index].second
            )
    return [replaced[index] for index in range(len(sections))]


def _stands_alone(context: ExtractionContext, label: RoleLabel) -> bool:
    """Return whether a label fills its lines, but for blanks and a colon."""
    document = context.document
    line_start = document.line_start(label.start)
    line_end = document.line_end(label.end)
    return not context.text[line_start : label.start].strip() and (
        _LABEL_REST_RE.fullmatch(context.text, label.end, line_end) is not None
    )


_LABEL_REST_RE = re.compile(r"[ \t:]*")


def _stacked_entries(
    context: ExtractionContext, start: int, count: int
) -> list[tuple[int, int]] | None:
    """Return the spans of `count` values that open lines from `start` on, or None.

    A value opens with a company name or a requisite and runs over the lines
    after it until the next value, a blank line or a stop line.
    """
    text = context.text
    document = context.document
    entries: list[list[int]] = []
    position = start
    while position < len(text):
        line_end = document.line_end(position)
        if not text[position:line_end].strip() or _STOP_RE.match(text, position):
            break
        if PARTY_START_RE.match(text, position, line_end):
            if len(entries) == count:
                return None
            entries.append([position, line_end])
        elif entries:
            entries[-1][1] = line_end
        else:
            return None
        position = line_end + 1
    if len(entries) != count:
        return None
    return [(entry_start, entry_end) for entry_start, entry_end in entries]


def _tax_lines_above(
    context: ExtractionContext, labels: list[RoleLabel], below: set[int]
) -> dict[int, int]:
    """Return {label index: line start} of tax-id lines printed above their labels.

    Some bank clients print a party's "ИНН ... КПП ..." line above its "Плательщик:"
    line. That layout is read when the first party label has such a line above it,
    and no label that has one is followed by an INN of its own.
    """
    heads = [
        index
        for index, label in enumerate(labels)
        if index not in below and not label.bank and label.kind in ("colon", "inline")
    ]
    if not heads:
        return {}
    leads = {}
    for index in heads:
        line_start = _tax_line_above(context, labels[index])
        if line_start is not None:
            leads[index] = line_start
    if heads[0] not in leads:
        return {}
    for index in leads:
        end = len(context.text)
        if index + 1 < len(labels):
            end = leads.get(index + 1, labels[index + 1].start)
        own = find_requisites(context, labels[index].end, end)
        if any(requisite.key == "inn" for requisite in own):
            return {}
    return leads


def _tax_line_above(context: ExtractionContext, label: RoleLabel) -> int | None:
    """Return the start of the line above a label when it has only tax ids."""
    document = context.document
    line_start = document.line_start(label.start)
    if line_start == 0 or context.text[line_start : label.start].strip():
        return None
    above = document.line_start(line_start - 1)
    requisites = find_requisites(context, above, line_start - 1)
    keys = {requisite.key for requisite in requisites}
    if "inn" not in keys or not keys <= {"inn", "kpp"}:
        return None
    if any(requisite.owner for requisite in requisites):
        return None
    rest = ""
    position = above
    for requisite in requisites:
        rest += context.text[position : requisite.start]
        position = requisite.end
    rest += context.text[position : line_start - 1]
    return above if _TAX_LINE_REST_RE.fullmatch(rest) else None


def _content_start(context: ExtractionContext, label: RoleLabel, limit: int) -> int:
    """Return where a label's content starts: after the label, or on the next line
    when the rest of the label's line is another column far to the right that
    has no party ("Consignee / Buyer:        UF-2025-311 dt. 02-Oct-2025")."""
    line_end = context.document.line_end(label.end)
    gap = _FAR_COLUMN_RE.match(context.text, label.end, line_end)
    if gap is None or line_end >= limit:
        return label.end
    if PARTY_START_RE.match(context.text, label.end, line_end):
        return label.end
    if find_requisites(context, label.end, line_end):
        return label.end
    return line_end + 1


def _limit(
    context: ExtractionContext,
    labels: list[RoleLabel],
    index: int,
    block_starts: dict[int, int],
    *,
    columns: int = 1,
) -> int:
    """Return where the section of the label at `index` ends.

    Labels printed side by side share their lines, so the character limit grows
    with the number of `columns`.
    """
    label = labels[index]
    end = _after_printed_chars(context.text, label.end, _SECTION_MAX_CHARS * columns)
    if index + 1 < len(labels):
        end = min(end, block_starts.get(index + 1, labels[index + 1].start))
    stop = _STOP_RE.search(context.text, context.document.line_end(label.end), end)
    return stop.start() if stop else end


def _after_printed_chars(text: str, start: int, count: int) -> int:
    """Return the offset `count` characters after `start`, not counting the blanks
    and rules that pad the cells of a ruled table, and at most
    _MAX_PADDING_FACTOR times `count` characters in all."""
    end = min(len(text), start + count * _MAX_PADDING_FACTOR)
    printed = 0
    for match in _PRINTED_RE.finditer(text, start, end):
        printed += match.end() - match.start()
        if printed >= count:
            return match.end() - (printed - count)
    return end


def _bank_line_above(
    context: ExtractionContext,
    label: RoleLabel,
    piece: tuple[int, int],
    sections: list[Section],
) -> tuple[int, int] | None:
    """Return the line above a bank caption that contains the bank's BIK, if free.

    OCR of a 1C invoice reads the bank cell row by row, so "Банк получателя" can
    land between the bank's name and BIK line and its correspondent account.
    """
    document = context.document
    line_start = document.line_start(label.start)
    if (
        not label.bank
        or line_start == 0
        or context.text[line_start : label.start].strip()
    ):
        return None
    if any(r.key == "bik" for r in find_requisites(context, *piece)):
        return None
    above = (document.line_start(line_start - 1), line_start - 1)
    if sections and sections[-1].pieces[-1][1] > above[0]:
        return None
    keys = {requisite.key for requisite in find_requisites(context, *above)}
    return above if "bik" in keys else None


# NOTE: a caption that shares its line with other form captions ("Получатель  Код
# Рез. поле") is not bare, so a run of captions with one lost is read as headings.
# Payment orders in the layout of the form 0401060 do not get here, because
# `payment_form` reads them by the order of their blocks.
def _captions_below(context: ExtractionContext, labels: list[RoleLabel]) -> set[int]:
    """Return the indices of bare captions that sit under their content."""
    below: set[int] = set()
    index = 0
    while index < len(labels):
        if labels[index].kind != "bare":
            index += 1
            continue
        if _is_listing_caption(context, labels[index]):
            # A TORG-12 caption that lists its block's contents ("грузоотправитель,
            # адрес, номер телефона, банковские реквизиты") is printed under them.
            zone_start = _zone_start(context, labels, index)
            if find_requisites(context, zone_start, labels[index].start):
                below.add(index)
            index += 1
            continue
        chain_end = index
        while (
            chain_end + 1 < len(labels)
            and labels[chain_end + 1].kind == "bare"
            and not _is_listing_caption(context, labels[chain_end + 1])
        ):
            chain_end += 1
        if _reads_below(context, labels, index, chain_end):
            below.update(range(index, chain_end + 1))
        index = chain_end + 1
    return below


def _is_listing_caption(context: ExtractionContext, label: RoleLabel) -> bool:
    """Return whether a bare label lists its block's contents after a comma."""
    return _LISTING_RE.match(context.text, label.start, label.end) is not None


def _reads_below(
    context: ExtractionContext, labels: list[RoleLabel], first: int, last: int
) -> bool:
    if _heads_paragraph(context, labels[first]):
        return False
    before = find_requisites(
        context, _zone_start(context, labels, first), labels[first].start
    )
    if not before:
        return False
    line_start = context.document.line_start(before[0].start)
    if is_prose(context, line_start, before[0].start):
        return False
    after_end = _limit(context, labels, last, {})
    after = find_requisites(context, labels[last].end, after_end)
    return not any(requisite.labeled for requisite in after)


# A blank line or a numbered title line ("НАКЛАДНАЯ № СК-0418527") ends the zone
# above a caption whose requisites would make it a caption under its block. A title
# line has a word before its number sign and no comma, figure or cell rule, unlike
# an address ("ул. Промышленная, д. 12, склад № 2") or an account ("Сч. №   3010").
_ZONE_STOP_RE = compile_folded(
    r"\n[ \t]*\n|(?m:^)(?![^\n]*\bсч\b)[^\n,0-9|]*[^\W\d_]{4}[^\n,0-9|]*"
    r"(?:№|\bno\.)[ \t]*[0-9a-zа-я][^\n]*\n"
)
_HEADING_ZONE_CHARS = 600


def _heads_paragraph(context: ExtractionContext, label: RoleLabel) -> bool:
    """Return whether a caption heads the block below it ("ОТПРАВИТЕЛЬ" over the
    sender's name and INN): the line under it has requisites, and none stand
    between it and the blank line or the numbered title above it. A caption under
    its block's INN and address lines, or over a signature line, closes the block
    above it."""
    document = context.document
    line_start = document.line_start(label.start)
    line_end = document.line_end(label.start)
    if line_start == 0 or line_end >= len(context.text):
        return False
    next_end = document.line_end(line_end + 1)
    if not find_requisites(context, line_end + 1, next_end):
        return False
    floor = max(0, line_start - _HEADING_ZONE_CHARS)
    zone_start = floor
    for stop in _ZONE_STOP_RE.finditer(context.text, floor, line_start):
        zone_start = stop.end()
    return not find_requisites(context, zone_start, line_start)


def _zone_start(context: ExtractionContext, labels: list[RoleLabel], index: int) -> int:
    """Return where the content above the first caption of a run may start.

    A label before the run keeps at least the rest of its own line.
    """
    start = 0
    if index > 0:
        start = context.document.line_end(labels[index - 1].end)
    for stop in _STOP_RE.finditer(context.text, start, labels[index].start):
        start = context.document.line_end(stop.end() - 1)
    return start


def _block_above_start(
    context: ExtractionContext, labels: list[RoleLabel], index: int, below: set[int]
) -> int:
    """Return where the content of a caption read below its content starts.

    The block under the previous caption of the run ends at this caption's line.
    The first block starts at the line of its first requisite, or one line higher
    for a bank whose name is alone on the line above its BIK.
    """
    if index - 1 in below:
        return context.document.line_end(labels[index - 1].start)
    label = labels[index]
    zone_start = _zone_start(context, labels, index)
    requisites = find_requisites(context, zone_start, label.start)
    document = context.document
    line_start = document.line_start(requisites[0].start)
    if not label.bank or context.text[line_start : requisites[0].start].strip():
        return line_start
    previous_start = document.line_start(line_start - 1) if line_start else 0
    if previous_start >= zone_start and name_part(
        context, previous_start, line_start - 1
    ):
        return previous_start
    return line_start
