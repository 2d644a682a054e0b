"""Document number rules beyond a title and a number sign.

- A header cell "Номер документа" (TORG-12 and other unified forms) or "Document
  No." is followed by the number on the same line, or by a line of values whose
  cell in the same column is the number when the header row has only captions.
  A header grid's "Номер" or "Application No." cell beside a "Дата" cell heads
  the number on the row below.
- A reference ("Our ref. 729/HR", "Ref.: A-17", "Исх. № 12/34 от ...") is a
  letter's number when nothing better is found.
- A number in a basis line ("Основание: договор № 95-П"), in an address ("Address:
  No. 42/1"), after a form caption ("Унифицированная форма № ТОРГ-12"), in a form
  approval line ("Утверждена постановлением ... от 25.12.98 № 132"), after a
  preposition that cites another document ("к договору № 5", "по счету № 214",
  "to Agreement No. 5") or after a registration label ("VAT Reg No. GB 294")
  belongs to another document, a building or a party.
- A passport data page has its number in a "Passport No." cell, usually with the
  value on the row below.
- A word glued to the end of a number by a lost space ("4663от", "5159dated") is
  not part of it.
"""

import re

from .context import ExtractionContext
from .text import CELL_GAP_RE, compile_folded

# "Invoice No. & Date" heads a cell of an export invoice with the number below it.
_CELL_LABEL = (
    r"(?:номер\s+документа|document\s+(?:no\b\.?|number|#)"
    r"|invoice\s+no\b\.?\s*(?:&|and)\s*date)"
)
# Travel documents repeat the caption in French: "Passport No./No. du passeport".
_PASSPORT_CELL_LABEL = (
    r"(?:passport\s+(?:no\b\.?|number|#)"
    r"(?:[ \t]*/[ \t]*(?:no\b\.?|n[°º])[ \t]*(?:du|de)[ \t]+pas\w+)?"
    r"|номер\s+паспорта)"
)
_CELL_VALUE = r"(?P<value>[^\W_][\w/.-]*)"


def _cell_patterns(label: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        compile_folded(rf"\b{label}[ \t]*[:.]?[ \t]*{_CELL_VALUE}"),
        compile_folded(rf"\b{label}"),
    )


_CELL_PATTERNS = _cell_patterns(_CELL_LABEL)
_STACKED_CELLS_RE = compile_folded(
    r"номер\s+документа\s+дата\s+составления[^\n0-9]*\n"
    r"(?:[^\n0-9]*\n){0,2}[^\n0-9]*?(?P<value>[^\W_][\w/.-]*)\s+"
    r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}\b"
)
_PASSPORT_CELL_PATTERNS = _cell_patterns(_PASSPORT_CELL_LABEL)
# A number caption in a cell of its own, which a header grid puts over its value:
# "Номер | Дата | Валюта", "Application No. | Date | Currency".
_GRID_NUMBER_CELL_RE = compile_folded(
    r"(?:^|\|)[ \t]*+"
    r"(?P<caption>(?:[^\W\d_]+[ \t]){0,3}(?:номер|number|no\.?|nr\.?))"
    r"(?=[ \t]*+\||[ \t]{2})",
    re.MULTILINE,
)
# A date caption that opens a cell: at the line's start, after a rule or after a
# gap of 2 or more blanks, which is matched from its first blank only.
_GRID_DATE_CAPTION_RE = compile_folded(
    r"(?:^|\|)[ \t]*+(?:дата|date)\b|(?<![ \t])[ \t]{2,}+(?:дата|date)\b"
)
# Captions of the columns of a table of goods, services or documents.
_GOODS_CAPTION_RE = compile_folded(
    r"\b(?:товар\w*|наименовани\w*|кол(?:-во|ичество)|цена|ед\.|единиц\w*|услуг\w*"
    r"|description|item|qty|quantity|unit|price|goods|documents?|документ\w*)\b"
)
# A first cell that names another paper: the row describes that paper, as in
# "Договор | Дата договора | Сумма" or "Contract No. | Date | Currency".
_CITED_PAPER_CELL_RE = compile_folded(
    r"\b(?:договор\w*|контракт\w*|contract|agreement|order|заказ\w*|накладн\w*"
    r"|waybill|cmr|declaration|декларац\w*|спецификац\w*|specification|основани\w*)"
)
_INVOICE_CELL_RE = compile_folded(r"\b(?:invoice|сч[её]т\w*|инвойс\w*)")
_INVOICE_TYPES = frozenset({"invoice", "upd"})
# A header grid is a short line; a longer one is prose or a wide table.
_MAX_GRID_LINE_CHARS = 300
_MIN_GRID_CELLS = 3
# Table columns are set apart by a tab, which folds to a space, 2 or more spaces,
# or a "|" rule.
_COLUMN_GAP_RE = CELL_GAP_RE
_CELL_VALUE_RE = compile_folded(rf"[ \t]*{_CELL_VALUE}")
_CELL_TOKEN_RE = re.compile(r"[^\W_][\w/.-]*")

_REFERENCE_RE = compile_folded(
    r"(?<![\w.])(?:our\s+ref(?:erence)?|your\s+ref(?:erence)?|ref(?:erence)?"
    r"|исх(?:одящий)?|вх(?:одящий)?)(?:\.|\b)[ \t]*(?:№|no\b\.?|#)?[ \t]*[:.]?"
    r"[ \t]*(?P<value>[^\W_][\w/.-]*)"
)
# "Your ref." quotes the addressee's number, so it counts only after ours.
_THEIR_REFERENCE_RE = compile_folded(r"^(?:your|вх)")

_OTHER_DOCUMENT_LINE_RE = compile_folded(
    r"[^\w\n]*(?:основание|basis|на\s+основании|сопроводительные\s+документы"
    r"|(?:accompanying\s+)?documents\s+attached|accompanying\s+documents"
    # A form's legal basis: "Приложение № 4 к постановлению Правительства РФ", "...
    # к письму ФНС России".
    r"|приложение[ \t]*(?:№[ \t]*[0-9]+[ \t]*)?к[ \t]+"
    r"(?:постановлени|приказу|распоряжени|письму))\w*"
)
# A unified form prints the decree that approved it: "Утверждена постановлением
# Госкомстата России от 25.12.98 № 132", "Approved by Order No. 7".
# "Утверждена постановлением Госкомстата", "Приложение № 4 к постановлению
# Правительства РФ": the act that approved the form.
APPROVAL_LINE_RE = compile_folded(
    r"\b(?:утвержден\w*|approved\s+by|приложение(?:\s+№\s*[0-9]+)?\s+к)\b"
    r"[^\n]{0,80}?\b(?:постановлени\w*|"
    r"приказ\w*|распоряжени\w*|решени\w*|order|decree|resolution)\b"
)
# A preposition and up to 50 characters before the sign cite another document:
# "к договору подряда № 7", "по счету № 214", "to Supply Agreement No. 5".
# A receipt slip's own title cites its order ("Квитанция к приходному кассовому
# ордеру № 58"), so "к" before that order is no citation.
_CITING_PREFIX_RE = compile_folded(
    # "ВЫПИСКА ПО СЧЕТУ № 204" numbers the statement, not a cited invoice.
    r"(?<![\w-])(?:к(?!\s+приходному\s+кассовому\s+ордеру)"
    r"|(?<!выписка )(?<!выписки )по|согласно|основании"
    r"|соответствии\s+с|to|under|per|against|"
    r"pursuant\s+to)\s+[^\n№#]{1,50}?(?:№|\bno\b\.?|\bnr\b\.?|#|\bмо\b\.?)[ \t]*[:.]?"
    r"[ \t]*$"
)
# A number inside a bracket that opens before it on its line cites another document,
# as a ledger row does: "03.02.2025  Продажа (УПД № 58 от 03.02.2025)".
_OPEN_BRACKET_PREFIX_RE = re.compile(r"\([^()\n]*(?:№|#|\bno\b)[^()\n]*$")
# A ledger row or its cell opens with the date of the paper it lists: "21.01.25
# УПД № 117" in a reconciliation act or a statement of account.
_LEDGER_ROW_PREFIX_RE = compile_folded(
    r"(?<![^\n|])[ \t]*[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}[ \t|]+[^\W\d_][^\n№#|]{0,40}?"
    r"(?:№|#|\bno\b\.?)[ \t]*\Z"
)
_GAP_THEN_FIGURE_RE = re.compile(r"[ \t]{2,}[0-9]")
_ROW_REST_CHARS = 200
# The number sign of an account on a payment form: "Сч. № 4070 2810 ...". "Счет №"
# without the dot titles an invoice.
_ACCOUNT_PREFIX_RE = compile_folded(
    r"\bсч\.[ \t]*(?:№|no\b\.?|мо\b\.?)[ \t]*[:.]?[ \t]*$"
)
# A registration number of a party: "VAT Reg No.", "Reg. No.", "Company No.", an
# Indian exporter's "IEC No.", and the buyer's number at the seller: "Customer No.".
_REGISTRATION_PREFIX_RE = compile_folded(
    r"\b(?:reg(?:istration)?|vat|tax|company|iec|рег(?:истрационный)?|customer|client"
    # Foreign taxpayer numbers: the Turkish "Vergi No", GST, PAN, TRN, NIP.
    r"|kunden|клиента|покупателя|vergi|gst|pan|trn|nip|steuer)\b\.?[ \t]*"
    r"(?:№|no\b\.?|nr\b\.?|#|number)[ \t]*[:.]?[ \t]*$"
)
# "Warehouse Address: NO. 42/1 & 43" numbers a building, not the document.
_ADDRESS_LABEL_RE = compile_folded(r"\b(?:address|адрес|addr)\b")
# A form's number, or the copy number of a transport waybill ("Экземпляр № 1",
# not "Экземпляр покупателя. Счет № 118" or "COPY INVOICE No. 2231").
_FORM_CAPTION_RE = compile_folded(
    r"\b(?:форма|form)\b[^\n]{0,20}?(?:№|no\b\.?|#)?[ \t]*[:.]?[ \t]*$"
    r"|\b(?:экземпляр|copy)[ \t]*(?:№|no\b\.?|#)[ \t]*[:.]?[ \t]*$"
)
# The number of a plot, an office or a warehouse in an address line ("Plot No.
# 2417, GIDC Industrial Estate", "помещение № 4").
_PREMISES_PREFIX_RE = compile_folded(
    r"\b(?:plot|unit|suite|office|house|building|bldg|flat|apt|room|shop|dock"
    r"|warehouse|офис|помещение|пом|кабинет|комната|склад)\.?[ \t]*"
    r"(?:№|no\b\.?|#)[ \t]*[:.]?[ \t]*$"
)
# Words that OCR glues to the number before them: "от" / "dated" / "from" / "of".
_GLUED_WORD_RE = compile_folded(r"(?<=[0-9])(?:от|dated|from|of)$")


# The caption row of a unified form's number and date cells (ТОРГ-12, acts): two
# cells set apart by a rule or a gap, not the words in a sentence.
_FORM_CELLS_ROW_RE = compile_folded(
    r"номер\s+документа(?:[ \t]*\|[ \t]*|[ \t]{2,})дата\s+составления"
)
# A line between a caption and its value cell: a table rule ("+-----+"), which a
# title may precede, or a row of cells with sub-captions and no digit ("| с | по |").
_SKIPPED_TABLE_LINE_RE = re.compile(
    r"[^0-9\n|+]*[+|]?[-=_][-+=|_ \t]*|[ \t]*\|[^0-9\n]*\|[ \t]*"
)


def has_form_number_cells(context: ExtractionContext) -> bool:
    """Return whether the text has the caption row "Номер документа | Дата
    составления" of a unified form, whose cells number and date the form itself."""
    return _FORM_CELLS_ROW_RE.search(context.text) is not None


_MAX_LINES_SKIPPED = 3


def find_number_cell(context: ExtractionContext) -> tuple[int, int] | None:
    """Return the span of the value in a "Номер документа" cell, or None.

    A passport uses its "Passport No." cell instead. A text layer that prints a
    form's cells one per line, or a scan that merges them, gives the captions
    "Номер документа" and "Дата составления", the title, and then the number and
    the date, on lines of their own or after the title.
    """
    text = context.text
    stacked = _STACKED_CELLS_RE.search(text)
    if stacked is not None and context.document_type != "passport":
        return stacked.span("value")
    same_line, label_re = (
        _PASSPORT_CELL_PATTERNS
        if context.document_type == "passport"
        else _CELL_PATTERNS
    )
    match = same_line.search(text)
    if match is not None and not _is_caption(match.group("value")):
        return match.span("value")
    label = label_re.search(text)
    if label is not None:
        value = _value_below(context, label.start(), label.end())
        if value and _in_numbered_rows(context, label.start(), value[0]):
            return None
        return value
    if context.document_type == "passport":
        return None
    for grid in _GRID_NUMBER_CELL_RE.finditer(text):
        if not is_header_grid(context, grid.start("caption")):
            continue
        value = _value_below(context, *grid.span("caption"))
        if value is not None:
            return value
    return None


# A list of documents opens its caption row with a "№" column, and its first two
# rows with their numbers: "| № | Номер документа |", "| 1 | 10012020/... |".
_NUMBER_COLUMN_RE = compile_folded(r"[ \t]*\|?[ \t]*(?:№|no\b\.?|#)[ \t]*\|")
_FIRST_ROW_RE = re.compile(r"[ \t]*\|?[ \t]*1[ \t]*\|")
_SECOND_ROW_RE = re.compile(r"(?m)^[ \t]*\|?[ \t]*2[ \t]*\|")
_ROWS_WINDOW_CHARS = 400


def _in_numbered_rows(
    context: ExtractionContext, caption_position: int, position: int
) -> bool:
    """Return whether `position` is in row 1 of a numbered list, such as the
    supporting documents of a currency control certificate, whose "Номер
    документа" column numbers other papers."""
    document = context.document
    caption_start = document.line_start(caption_position)
    if not _NUMBER_COLUMN_RE.match(context.text, caption_start):
        return False
    line_start = document.line_start(position)
    if not _FIRST_ROW_RE.match(context.text, line_start):
        return False
    following = document.line_end(position) + 1
    window_end = min(len(context.text), following + _ROWS_WINDOW_CHARS)
    return _SECOND_ROW_RE.search(context.text, following, window_end) is not None


def is_header_grid(context: ExtractionContext, caption_position: int) -> bool:
    """Return whether the line of `caption_position` heads a header grid.

    A header grid is a short row of three or more captions over one row of
    values. A date caption is among them, and the row has no digits and no
    column of a table of goods. Its first cell does not name another paper
    ("Договор", "Contract No.").

    A table of goods or a register has the same shape ("Дата поставки | Сумма")
    but a row per line, so its first row does not describe the document.
    """
    document = context.document
    text = context.text
    start = document.line_start(caption_position)
    end = document.line_end(caption_position)
    if end - start > _MAX_GRID_LINE_CHARS:
        return False
    line = text[start:end]
    if any(char.isdigit() for char in line) or _GOODS_CAPTION_RE.search(line):
        return False
    if not _GRID_DATE_CAPTION_RE.search(line):
        return False
    cells = [cell for cell in _COLUMN_GAP_RE.split(line.strip(" \t|")) if cell]
    if len(cells) < _MIN_GRID_CELLS or _CITED_PAPER_CELL_RE.search(cells[0]):
        return False
    invoice_cell = _INVOICE_CELL_RE.search(cells[0]) is not None
    if invoice_cell and context.document_type not in _INVOICE_TYPES:
        return False
    if end >= len(text):
        return False
    values_end = document.line_end(end + 1)
    if values_end >= len(text):
        return True
    following = text[values_end + 1 : document.line_end(values_end + 1)]
    cells = len(_COLUMN_GAP_RE.findall(following.strip()))
    return cells < 2 or not any(char.isdigit() for char in following)


def _is_caption(value: str) -> bool:
    """Return whether a token after the label is the next caption, not a value."""
    return not any("0" <= char <= "9" for char in value)


def _value_below(
    context: ExtractionContext, label_start: int, label_end: int
) -> tuple[int, int] | None:
    """Return the value in the next line's cell under the label.

    The value is the token that shares character columns with the label, which
    fits tables aligned with spaces. Otherwise it is the cell with the label's
    column index, which fits rows whose cells are set apart by "|" or gaps.
    """
    document = context.document
    line_start = document.line_start(label_start)
    line_end = document.line_end(label_start)
    if line_end >= len(context.text):
        return None
    next_start = line_end + 1
    next_end = document.line_end(next_start)
    # A ruled table may put a table rule or a line of sub-captions ("с | по")
    # between the caption and its value. A blank line or prose ends the table.
    for _ in range(_MAX_LINES_SKIPPED):
        if not _SKIPPED_TABLE_LINE_RE.fullmatch(context.text, next_start, next_end):
            break
        if next_end >= len(context.text):
            return None
        next_start = next_end + 1
        next_end = document.line_end(next_start)
    ruled = _ruled_cell_token(context.text, line_start, label_start, label_end)
    found = ruled(next_start, next_end) if ruled is not None else None
    if found is None:
        found = _aligned_token(
            context.text,
            next_start,
            next_end,
            label_start - line_start,
            label_end - line_start,
        )
    if found is None:
        found = _indexed_cell(context, line_start, label_start, next_start, next_end)
    if found is None and not context.text[label_end:line_end].strip():
        found = _last_cell(context.text, next_start, next_end)
    if found is not None and _DATE_CELL_RE.fullmatch(context.text, *found):
        # A scan shifted the value row one cell to the left, so that the date of
        # "Дата составления" is under "Номер документа", and the number is the
        # cell before it.
        return _cell_before(context.text, next_start, found[0])
    return found


_DATE_CELL_RE = re.compile(r"[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}")


def _cell_before(text: str, row_start: int, position: int) -> tuple[int, int] | None:
    """Return the last token with a digit before `position` on the row, or None."""
    tokens = [
        token
        for token in _CELL_TOKEN_RE.finditer(text, row_start, position)
        if not _is_caption(token.group())
    ]
    return tokens[-1].span() if tokens else None


def _last_cell(text: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    """Return the last cell of a line when it has a digit and follows a column gap.

    A label that ends its line heads the last column, even where OCR has shifted
    the columns of the line below ("Passport No./N° de passeport" over "P  CAN
    GK482917").
    """
    gaps = list(_COLUMN_GAP_RE.finditer(text, line_start, line_end))
    if not gaps or gaps[-1].end() >= line_end:
        return None
    value = _CELL_VALUE_RE.match(text, gaps[-1].end(), line_end)
    if value is None or text[value.end("value") : line_end].strip():
        return None
    if _is_caption(value.group("value")):
        return None
    return value.span("value")


# A rule that OCR read as a digit or letter glued to the value after it: "14" for
# "| 4" where the caption row above has its "|" in the column of the "1".
# NOTE: only a single digit after it is read so, because a longer number that
# starts in the rule's column ("125") cannot be distinguished from a glued rule
# ("| 25"). A two-digit number so placed ("12") still loses its first digit.
_RULE_READ_AS_CHAR = "1lI!"
_RULE_GLUED_DIGIT_RE = re.compile(r"[1lI!][0-9]")


def _ruled_cell_token(text: str, line_start: int, label_start: int, label_end: int):
    """Return a reader of the value under a caption set between two "|" rules.

    The reader returns the first token with a digit that starts inside the
    caption's cell, from its left rule to its right one, so a value printed left of
    the caption's words still counts ("14" under "| Номер документа"). A first
    character in the column of the left rule is that rule read by OCR, unless the
    value row prints its own rule there. Returns None when the caption has no rule
    on both sides.
    """
    before = text[line_start:label_start]
    left = before.rstrip(" \t")
    if not left.endswith("|"):
        return None
    line_end = text.find("\n", label_end)
    line_end = len(text) if line_end < 0 else line_end
    after = text[label_end:line_end]
    if not after.lstrip(" \t").startswith("|"):
        return None
    left_column = len(left) - 1
    right_column = label_end - line_start + after.index("|")

    def read(row_start: int, row_end: int) -> tuple[int, int] | None:
        for token in _CELL_TOKEN_RE.finditer(text, row_start, row_end):
            column = token.start() - row_start
            if column < left_column:
                continue
            if column >= right_column:
                return None
            if _is_caption(token.group()):
                continue
            start = token.start()
            if (
                column == left_column
                and text[start] in _RULE_READ_AS_CHAR
                and _RULE_GLUED_DIGIT_RE.fullmatch(token.group())
                and "|" in text[row_start:row_end]
            ):
                start += 1
            return start, token.end()
        return None

    return read


def _aligned_token(
    text: str, line_start: int, line_end: int, first_column: int, last_column: int
) -> tuple[int, int] | None:
    """Return the span of the token with a digit that overlaps the given columns."""
    for token in _CELL_TOKEN_RE.finditer(text, line_start, line_end):
        start_column = token.start() - line_start
        end_column = token.end() - line_start
        if end_column <= first_column:
            continue
        if start_column >= last_column:
            return None
        if not _is_caption(token.group()):
            return token.span()
    return None


def _indexed_cell(
    context: ExtractionContext,
    line_start: int,
    label_start: int,
    next_start: int,
    next_end: int,
) -> tuple[int, int] | None:
    text = context.text
    column = len(_COLUMN_GAP_RE.findall(text, line_start, label_start))
    if _COLUMN_GAP_RE.match(text, line_start):
        column -= 1  # indentation, not a column gap
    cell_start = next_start
    gap = _COLUMN_GAP_RE.match(text, cell_start, next_end)
    if gap is not None:
        cell_start = gap.end()
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


_PREFIX_WINDOW_CHARS = 200
# The second line of a wrapped approval line, up to its number.
_WRAPPED_APPROVAL_RE = compile_folded(
    r"[ \t]*от[ \t]+[0-9.]{8,10}[ \t]*(?:г\.)?[ \t]*№[ \t]*"
)


def _approval_wraps_above(context: ExtractionContext, value_start: int) -> bool:
    """Return whether the number ends an approval line that wrapped: "Приложение №
    4 к постановлению Правительства РФ" over "от 21.12.2020 № 2200"."""
    document = context.document
    line_start = document.line_start(value_start)
    if line_start == 0 or not _WRAPPED_APPROVAL_RE.fullmatch(
        context.text, line_start, value_start
    ):
        return False
    previous_start = document.line_start(line_start - 1)
    return APPROVAL_LINE_RE.search(context.text, previous_start, line_start) is not None


def belongs_to_other_document(context: ExtractionContext, value_start: int) -> bool:
    """Return whether a number sits in a basis, address or approval line or a ledger
    row, or after a form caption, a citing preposition, a registration label, an
    account label or an open bracket."""
    text = context.text
    line_start = context.document.line_start(value_start)
    if _OTHER_DOCUMENT_LINE_RE.match(text, line_start):
        return True
    # The words that tie a number to another paper stand shortly before it, so a
    # long line is not searched again from its start for each candidate.
    line_start = max(line_start, value_start - _PREFIX_WINDOW_CHARS)
    # An address label counts in the number's own table cell only: "1. Экспортер
    # (наименование, адрес, страна)   | № 7401285" numbers the certificate.
    cell_start = max(text.rfind("|", line_start, value_start) + 1, line_start)
    if _ADDRESS_LABEL_RE.search(text, cell_start, value_start):
        return True
    if APPROVAL_LINE_RE.search(text, line_start, value_start):
        return True
    if _approval_wraps_above(context, value_start):
        return True
    if _LEDGER_ROW_PREFIX_RE.search(text, line_start, value_start) and _in_table_row(
        context, line_start, value_start
    ):
        return True
    prefix_patterns = (
        _FORM_CAPTION_RE,
        _PREMISES_PREFIX_RE,
        _CITING_PREFIX_RE,
        _REGISTRATION_PREFIX_RE,
        _ACCOUNT_PREFIX_RE,
        _OPEN_BRACKET_PREFIX_RE,
    )
    return any(
        pattern.search(text, line_start, value_start) is not None
        for pattern in prefix_patterns
    )


def _in_table_row(context: ExtractionContext, window_start: int, position: int) -> bool:
    """Return whether the line around `position` is a table row: a cell rule near
    it, or a column gap and a figure after it, as in "21.01.25  УПД № 117
    286 440,00". A printed page header ("18.03.2025 Счет на оплату № 57 от
    18.03.2025") is not a table row."""
    text = context.text
    end = min(context.document.line_end(position), position + _ROW_REST_CHARS)
    if "|" in text[window_start:end]:
        return True
    return _GAP_THEN_FIGURE_RE.search(text, position, end) is not None


def trim_glued_word(text: str, start: int, end: int) -> int:
    """Return the end of a number without a word glued to its last digit."""
    glued = _GLUED_WORD_RE.search(text, start, end)
    return glued.start() if glued is not None else end
