"""Line items: the rows of the goods or services table of invoices and delivery notes.

A table starts at a header line that names a description column and at least two of
the quantity, unit, price and amount columns. Headers of Russian forms span several
lines, so lines that only name columns extend the header. Each row is read from the
right, because descriptions vary in length while the numbers at the end of a row
follow the column order. The same reading works for text layers, where columns are
set apart by runs of spaces or tabs, and for OCR text, where they collapse into
single spaces. A line that starts with a totals label ("Итого", "Total") ends the
table. Lines of text without numbers next to a row continue its wrapped description,
and other lines that carry no amount are skipped. In the numbers, the letters that OCR
prints for digits (O for 0, l for 1, З for 3) are read as digits.
"""

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from itertools import product

from .amount_words import AMOUNT_WORDS_RE
from .context import ExtractionContext
from .ocr_repairs import CODE_DIGIT_LOOKALIKES
from .parsing import format_amount
from .text import CELL_GAP_RE, collapse_spaces, compile_folded, count_letters, fold

# Header words of each column. They match folded text, so Cyrillic is written plainly.
_DESCRIPTION_RE = compile_folded(
    r"\b(?:товар|наименовани|описани|description|item|artikel|service|product|goods"
    r"|работ|услуг|omschrijving|d[ée]signation|libell[ée]|beschreibung|bezeichnung"
    r"|descripci[óo]n|concepto)"
)
_COLUMN_RES = {
    "quantity": compile_folded(
        r"\b(?:кол-?\s?во|колич|кол\.|qty|quantity|aantal|menge|qt[ée]|quantit[ée]"
        r"|anzahl|cantidad)"
    ),
    "unit": compile_folded(
        r"\b(?:ед\.|ед\s+изм|единиц|unit\b(?!\s*price)|uom\b|eenheid)"
    ),
    # "P.U. HT" and "Prix unitaire" in French, "Einzelpreis", "Precio".
    "unit_price": compile_folded(
        r"\b(?:цена|price|rate\b|prijs\s+per|tarif|p\.\s?u\.|prix|einzelpreis|precio)"
    ),
    "amount": compile_folded(
        r"\b(?:сумма|стоимость|amount|total\b|prijs\b|bedrag|montant|betrag|importe)"
    ),
    "vat_rate": compile_folded(
        r"\b(?:ставка|btw\b|vat\s*%|tax\s+rate|ндс\b|tva\b|mwst\b|ust\b|iva\b)"
    ),
    "hs_code": compile_folded(
        r"\b(?:тн\s*вэд|код\s+вида\s+товара|hs\s*-?\s*code|h\.s\.|tariff\s+code)"
    ),
    "country_of_origin": compile_folded(
        r"\b(?:страна\s+происхождения|country\s+of\s+origin|origin\b)"
    ),
    # A product's code in a column of its own before the name: the UPD's column
    # 1а "Код товара/работ, услуг", "Артикул", "Part No.", "SKU".
    "product_code": compile_folded(
        r"\b(?:код\s+товара|артикул|part\s*(?:no\b|number)|sku\b|item\s+code"
        r"|product\s+code)"
    ),
    # OCR may glue "№" to the next column's name: "№Товар". "Item" before another
    # description caption ("Item | Description") heads the row numbers.
    "row_number": compile_folded(
        r"(?:^|\s)(?:№|(?:n\s+п/п|no\.?|#|pos\.?|s\.\s?no\.?)(?=\s|$))"
        r"|номер\s+по\s+порядку"
        r"|^[\s|]*(?:item|line)[\s|]+(?:description|product|goods|service)"
    ),
}
_MONEY_COLUMNS = ("quantity", "unit", "unit_price", "amount")
# A numbered list of services with an amount each and no quantities, as acts
# print it: "| № | Наименование услуги | Сумма, руб. |".
_AMOUNT_LIST_COLUMNS = frozenset({"row_number", "description", "amount"})
# A line that contains only "Detail" heads the per-service amounts of cloud bills.
_DETAIL_HEADER_RE = compile_folded(r"^\s*(?:details?|детализация)\s*:?\s*$")
_MAX_HEADER_LINES = 8

# Rows never start with these: totals end the table, and the others are notes or
# charge breakdowns printed under a row. A totals row may open with a cell rule:
# "| Всего к оплате |".
_TABLE_END_WORDS = (
    r"(?:итого|итог\b|всего|к\s+оплате|сумма\s+(?:без|ндс|к\s+оплате)"
    r"|total|sub-?\s?total|totaal|subtotaal|grand\s+total|balance|amount\s+due"
    r"|net\s+(?:amount|total)|exclusief|summe|gesamt"
    # German, French and Spanish totals under a table of those captions.
    r"|nettobetrag|mwst\b|ust\b|rechnungsbetrag|zwischensumme|tva\b"
    r"|net\s+(?:à|a)\s+payer|timbre|iva\b|importe\s+total|base\s+imponible)"
)
# After a cell rule the word must end its cell or lead a total's words, so that
# "| Total station Leica |" and "| Итоговая аттестация |" stay rows.
_TABLE_END_RE = compile_folded(
    rf"^\s*{_TABLE_END_WORDS}"
    rf"|^[\s|]*\|[\s|]*{_TABLE_END_WORDS}\b"
    r"(?=[ \t]*(?:[:(|]|к\s+оплате|с\s+ндс|без\s+ндс|по\b|$"
    # "| Итого, руб. |", "| Total USD |": one short word or a currency may follow.
    r"|,?[ \t]*(?:[^\W\d_]{1,4}|руб\w*)\.?[ \t]*(?:[:|]|$)))"
)
_SKIPPED_LINE_RE = compile_folded(
    r"^\s*(?:ндс|в\s+т(?:ом)?\.?\s*ч|vat\b|tax\b|btw\b|charges?\b|credits?\b"
    r"|discount|скидка|shipping|доставка|notes?\b|описание|description\s*:)"
)

# Lines that never continue a wrapped description. A section header that has no
# keyword and no colon, such as a bare "Услуги" between rows, is still joined to a
# row as wrapped text.
_SECTION_RE = compile_folded(
    r"(?:раздел|глава|часть|группа|категория|section|part|group|category|chapter)\b"
)
_LABEL_RE = compile_folded(r"[^\W\d_][^:]{0,40}:\s")
# Page footers and the header a document repeats on its next page: "Page 1 of 2",
# "Страница 2", "Invoice No. 2025-118 (continued)".
_PAGE_BREAK_RE = compile_folded(
    r"\b(?:page|страница|стр\.|лист)\s*[0-9]+(?:\s*(?:of|из|/)\s*[0-9]+)?\b"
    r"|\((?:continued|cont\.|продолжение)\)|^(?:invoice|сч[её]т|акт|упд|накладная)\b"
    r"[^\n]{0,20}?(?:№|\bno\b|#)"
)
_SIGNATURE_RE = compile_folded(
    r"_{3,}|подпис|signature|signed\b|м\.\s?п\.|руководител|бухгалтер"
    r"|(?:отпустил|получил|принял|сдал|передал|выдал)\b|отпуск\s+груза"
    r"|(?:approved|authori[sz]ed|received|issued|prepared|shipped)\s+by\b"
)
_AMOUNT_IN_WORDS_RE = compile_folded(
    r"прописью|in\s+words|\b(?:рубл|копе[ейк]|dollars?\b|cents?\b|euros?\b)"
)
# A sentence: five or more words and a final full stop. It matches folded text, so
# capital letters cannot mark its start.
_SENTENCE_RE = re.compile(r"\S+(?:\s+\S+){4,}\.")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# At most two text lines join the line with the numbers, an estimate of how far a
# name cell wraps. Longer runs of text, and lines over 80 characters, are taken for
# notes and join no row.
_MAX_WRAPPED_LINES = 2
_MAX_WRAPPED_LINE_LENGTH = 80

_UNIT_WORDS = """шт штук штука пач пачка упак уп кор коробка кг г гр т тн л м м2 м3
пм км компл комплект кмп ед усл услуга час ч мес рул рулон лист пар пара набор
мешок меш бут бутылка флакон банка канистра бухта тонна тонн рейс сут чел
pcs pc ea each kg g gr lb lbs t m m2 m3 l h hr hrs hour hours unit units set
sets box boxes pack pkg pair pairs roll rolls stuk st btl btls bottle bottles ctn
ctns carton cartons bag bags drum drums kit kits tube tubes ton tons tonne tonnes
litre litres liter liters pallet pallets"""
_UNITS = frozenset(fold(unit) for unit in _UNIT_WORDS.split())
# Units that are also nouns of goods, read as units only in a unit column or after
# the quantity.
_NOUN_UNITS = frozenset(
    fold(unit)
    for unit in [
        "bottle",
        "bottles",
        "bag",
        "bags",
        "kit",
        "kits",
        "tube",
        "tubes",
        "drum",
        "drums",
        "carton",
        "cartons",
        "pallet",
        "pallets",
    ]
)
_COUNTRY_WORDS = """россия рф китай германия италия франция турция беларусь казахстан
индия япония корея вьетнам сша польша узбекистан армения киргизия кыргызстан
china germany italy france turkey india japan korea vietnam usa poland russia
netherlands spain taiwan malaysia thailand"""
_COUNTRIES = frozenset(fold(country) for country in _COUNTRY_WORDS.split())
_CURRENCY_WORDS = "$ € £ ₽ ¥ руб руб. р. rub usd eur gbp cny"
_CURRENCY_MARKERS = frozenset(fold(marker) for marker in _CURRENCY_WORDS.split())
_WITHOUT = fold("без")
_VAT_WORD = fold("ндс")
_EXCISE_WORD = fold("акциза")
_EMPTY_CELLS = frozenset({"-", "--", "---", "x", fold("х")})

_ATOM_RE = re.compile(r"[^\s|]+")
_NUMBER_ATOM_RE = compile_folded(
    r"(?P<prefix>[$€£₽¥])?(?P<minus>-)?(?P<number>[0-9]+(?:[.,][0-9]+)*)"
    r"(?P<suffix>[$€£₽¥]|руб\.?|р\.)?"
)
# Letters that OCR reads for the digits 0, 1 and 3, as they appear in folded text.
_DIGIT_LOOKALIKES = frozenset("olз")
_LOOKALIKE_NUMBER_RE = re.compile(r"[olз]{1,3}")
_PERCENT_RE = re.compile(r"(?P<rate>[0-9]{1,2}(?:[.,][0-9]{1,2})?)%")
_CUSTOMS_RE = re.compile(r"[0-9]{8}/[0-9]{6}/[0-9]{7}(?:/[0-9]{1,3})?")
_GROUP_RE = re.compile(r"[0-9]{3}(?:[.,][0-9]{1,2})?")
_LEADING_NUMBER_RE = re.compile(r"[\s|]*[0-9]{1,4}[.)]?(?:\s*\|\s*|\s+)(?=[^\W\d_])")
_CELL_KINDS = frozenset({"number", "percent", "empty", "currency"})
# A unit cell's word of no known unit: "ream", "lic.", "чел.-ч", "м²".
_UNIT_WORD_RE = re.compile(r"[^\W\d_]{1,8}\.?(?:-[^\W\d_]{1,3}\.?)?²?")
_LATIN_RE = re.compile(r"[A-Za-z]")
_CYRILLIC_RE = re.compile(r"[А-Яа-яЁё]")

_ROW_CONFIDENCE = 0.7
_CHECKED_ROW_CONFIDENCE = 0.85
_MAX_SEGMENTATIONS = 64
_MAX_BASE_NUMBERS = 3


@dataclass
class _Atom:
    """A run of non-space characters of a row, classified by what it can be."""

    start: int
    end: int
    text: str
    kind: str  # "number", "percent", "unit", "country", "customs", "empty", "word"
    digits: str = ""
    number_start: int = 0
    number_end: int = 0
    marked: bool = False


@dataclass
class _Number:
    """A number made of one or more atoms, "2 500,00" being two."""

    start: int
    end: int
    value: Decimal
    has_fraction: bool
    marked: bool
    digits: str


@dataclass
class _Header:
    """The columns a table header names and where the header ends."""

    end: int
    columns: set[str] = field(default_factory=set)


@dataclass
class _Row:
    """A row read from the line with its numbers, before wrapped lines join it.

    Spans index the folded text. `description` is None when the line has no
    description of its own, and such a row is kept only if lines above give it one.
    """

    fields: dict
    confidence: float
    checked: bool
    description: tuple[int, int] | None
    before: list[tuple[int, int]] = field(default_factory=list)
    after: list[tuple[int, int]] = field(default_factory=list)


def find_line_items(context: ExtractionContext, *, strict: bool = False) -> list[dict]:
    """Find the rows of every goods table in the document.

    `strict` requires a clearly tabular header and, for a single row, a quantity
    times price that equals the amount. It suits documents of unknown type.
    """
    # Tunisian papers written in French put a comma before the dinar's
    # thousandths: "18,500" is eighteen and a half dinars.
    dinars = context.thousandths_currency
    latin_decimal_commas = _uses_grouping_commas(context.document.original) and not (
        dinars is not None and dinars.decimal_comma
    )
    rows: list[dict] = []
    position = 0
    while True:
        header = _next_header(context, position, strict=strict)
        if header is None:
            return rows
        table_rows, position = _read_table(context, header, latin_decimal_commas)
        if strict and not _is_clear_table(table_rows):
            continue
        rows += table_rows


def _uses_grouping_commas(text: str) -> bool:
    """Return whether commas group thousands (1,250.00), as in Latin-script text."""
    return len(_LATIN_RE.findall(text)) > 2 * len(_CYRILLIC_RE.findall(text))


def _next_header(
    context: ExtractionContext, position: int, *, strict: bool
) -> _Header | None:
    text = context.text
    for match in _DESCRIPTION_RE.finditer(text, position):
        line_start = context.document.line_start(match.start())
        header = _header_at(context, line_start)
        needed = 3 if strict else 2
        if header is not None and (
            len(header.columns & set(_MONEY_COLUMNS)) >= needed
            or (not strict and header.columns == _AMOUNT_LIST_COLUMNS)
        ):
            return header
    if strict:
        return None
    for match in re.finditer(r"(?m)^.*$", text[position:]):
        if _DETAIL_HEADER_RE.match(match.group(0)):
            end = position + match.end()
            return _Header(end, {"amount"})
    return None


def _header_at(context: ExtractionContext, line_start: int) -> _Header | None:
    """Collect the columns named on the header's lines, stopping at the first row."""
    document = context.document
    header = _Header(line_start)
    start = line_start
    for _ in range(_MAX_HEADER_LINES):
        if start >= len(context.text):
            break
        end = document.line_end(start)
        line = context.text[start:end]
        columns = {
            name for name, pattern in _COLUMN_RES.items() if pattern.search(line)
        }
        if _DESCRIPTION_RE.search(line):
            columns.add("description")
        if not columns and header.columns and _continues_captions(line):
            header.end = end
            start = end + 1
            continue
        if not columns or _has_amount(line) or _TABLE_END_RE.match(line):
            break
        header.columns |= columns
        header.end = end
        start = end + 1
    return header if "description" in header.columns else None


def _continues_captions(line: str) -> bool:
    """Return whether a line without column names goes on with the captions above
    it: words without figures in two or more cells, such as "изм.  налога
    налогом" under "Ед. | Стоимость без | Стоимость с"."""
    if re.search(r"[0-9]", line):
        return False
    cells = [cell for cell in CELL_GAP_RE.split(line.strip()) if cell]
    return len(cells) >= 2 and all(len(cell.split()) <= 2 for cell in cells)


def _has_amount(line: str) -> bool:
    return re.search(r"[0-9][.,][0-9]{2}(?![0-9])", line) is not None


def _read_table(
    context: ExtractionContext, header: _Header, grouping_commas: bool
) -> tuple[list[dict], int]:
    """Read the rows below a header. Returns them and the offset where reading ended.

    Short text lines without numbers next to rows are read as parts of wrapped
    descriptions (see `_is_wrapped_text`).
    They join the row above, or the row below when no row above is open for them
    or the row below has no description of its own. Text lines above the first row
    show that the table starts names above their numbers, so lines between two
    rows then join the row below too.
    """
    document = context.document
    wraps = "description" in header.columns
    rows: list[_Row] = []
    open_row: _Row | None = None
    pending: list[tuple[int, int]] = []
    names_above = False
    start = header.end + 1
    stop = len(context.text)
    while start < len(context.text):
        end = document.line_end(start)
        line = context.text[start:end]
        if _TABLE_END_RE.match(line):
            stop = end
            break
        if _starts_new_header(line):
            stop = start
            break
        row = None
        if not _SKIPPED_LINE_RE.match(line):
            row = _read_row(context, start, end, header, grouping_commas)
        if row is not None and (
            row.description is not None or _takes_name(row, pending)
        ):
            if not rows and pending:
                names_above = True
            _place_wrapped_lines(open_row, row, pending, names_above=names_above)
            rows.append(row)
            open_row, pending = row, []
        elif wraps and _is_wrapped_text(line):
            if _starts_with_row_number(context, start, end, header):
                _place_wrapped_lines(open_row, None, pending)
                open_row, pending = None, []
            pending.append(_wrapped_span(context, start, end, header))
        else:
            _place_wrapped_lines(open_row, None, pending)
            open_row, pending = None, []
        start = end + 1
    _place_wrapped_lines(open_row, None, pending)
    finished = (_finish_row(context, row) for row in rows)
    return [row for row in finished if row is not None], stop


def _takes_name(row: _Row, lines: list[tuple[int, int]]) -> bool:
    """Return whether a row without a description can take its name from `lines`.

    It needs a quantity and an amount, so stray numbers under a row do not turn
    into a row of their own.
    """
    return bool(lines) and {"quantity", "amount"} <= row.fields.keys()


def _place_wrapped_lines(
    above: _Row | None,
    below: _Row | None,
    lines: list[tuple[int, int]],
    *,
    names_above: bool = False,
) -> None:
    """Give the text lines found between two rows to one of them.

    The lines continue the row above unless no row is open above them, the row
    below has no description on its own line, or the table starts names above
    their numbers. More lines than a wrapped cell takes are left out.
    """
    # NOTE: a name set both above and below its numbers, as when a cell centres
    # its numbers vertically, is split between the neighbouring rows.
    if not lines or len(lines) > _MAX_WRAPPED_LINES:
        return
    starts_below = above is None or names_above
    if below is not None and (starts_below or below.description is None):
        below.before = lines
    elif above is not None:
        above.after = lines


def _is_wrapped_text(line: str) -> bool:
    """Return whether a line without numbers can be part of a wrapped description.

    Section headers, signatures, labelled values, amounts in words, sentences and
    long lines are not.
    """
    stripped = line.strip(" |")
    if not _WORD_RE.search(stripped) or _has_amount(stripped):
        return False
    if len(stripped) > _MAX_WRAPPED_LINE_LENGTH or re.search(r"\s\|\s", stripped):
        return False
    if stripped.endswith((":", "!")) or _SENTENCE_RE.fullmatch(stripped):
        return False
    if _SECTION_RE.match(stripped) or _LABEL_RE.match(stripped):
        return False
    if _PAGE_BREAK_RE.search(stripped):
        return False
    if _SIGNATURE_RE.search(stripped) or _AMOUNT_IN_WORDS_RE.search(stripped):
        return False
    return AMOUNT_WORDS_RE.search(stripped) is None


def _starts_with_row_number(
    context: ExtractionContext, start: int, end: int, header: _Header
) -> bool:
    if "row_number" not in header.columns:
        return False
    return _LEADING_NUMBER_RE.match(context.text, start, end) is not None


def _wrapped_span(
    context: ExtractionContext, start: int, end: int, header: _Header
) -> tuple[int, int]:
    """Return the span of a wrapped line's text, without a leading row number."""
    if _starts_with_row_number(context, start, end, header):
        start = _LEADING_NUMBER_RE.match(context.text, start, end).end()
    while end > start and context.text[end - 1] in " \t|":
        end -= 1
    return _trim_start(context.text, start, end), end


def _starts_new_header(line: str) -> bool:
    if not _DESCRIPTION_RE.search(line) or _has_amount(line):
        return False
    named = sum(1 for name in _MONEY_COLUMNS if _COLUMN_RES[name].search(line))
    return named >= 2


def _is_clear_table(rows: list[dict]) -> bool:
    if len(rows) >= 2:
        return True
    return any(row.get("_checked") for row in rows)


def _read_row(
    context: ExtractionContext,
    start: int,
    end: int,
    header: _Header,
    grouping_commas: bool,
) -> _Row | None:
    atoms = _atoms(context, start, end)
    found = _read_cells(context, atoms, header, grouping_commas)
    if found is None or not found[0].checked:
        # A quantity printed as a lone look-alike letter ("l" for 1, "З" for 3).
        converted = _with_lookalike_numbers(atoms)
        retry = None
        if converted is not None:
            retry = _read_cells(context, converted, header, grouping_commas)
        if retry is not None and retry[0].checked:
            found = retry
    if found is None:
        return None
    reading, first_cell = found
    description_start = start
    if "row_number" in header.columns:
        leading = _LEADING_NUMBER_RE.match(context.text, start, end)
        if leading:
            description_start = leading.end()
    description_end = atoms[first_cell].start if first_cell < len(atoms) else end
    description_end = _trim_end(context.text, description_start, description_end)
    description_start = _trim_start(context.text, description_start, description_end)
    confidence = _CHECKED_ROW_CONFIDENCE if reading.checked else _ROW_CONFIDENCE
    fields = reading.fields(context, confidence)
    code = (
        _CODE_CELL_RE.match(context.text, description_start, description_end)
        if "product_code" in header.columns
        else None
    )
    if code is not None:
        # "ТР-108 | Труба стальная ...": the code's cell opens the row's text.
        product_code = context.build_field(*code.span("code"), "", confidence)
        fields["product_code"] = {**product_code, "value": product_code["raw"]}
        description_start = code.end()
    description = context.text[description_start:description_end]
    return _Row(
        fields=fields,
        confidence=confidence,
        checked=reading.checked,
        description=(
            (description_start, description_end)
            if count_letters(description) >= 2
            else None
        ),
    )


# A code's cell: one token with a digit, or up to three short tokens with a digit
# and no run of four letters ("ЛГ 10", "AB 123 45"), then a cell rule and the
# name's letters.
_CODE_CELL_RE = re.compile(
    r"(?P<code>[^\s|]{0,19}[0-9][^\s|]{0,19}"
    r"|(?=[^|\n]{0,30}?[0-9])(?![^|\n]*?[^\W\d_]{4})[^\s|]{1,8}(?: [^\s|]{1,8}){1,2})"
    r"[ \t]*\|[ \t]*(?=[^\W\d_])"
)


def _with_lookalike_numbers(atoms: list[_Atom]) -> list[_Atom] | None:
    """Return copies of `atoms` with each atom of one to three look-alike letters read
    as a number ("l" as 1, "з" as 3), or None when the row has no such atom.

    A lone "l" is also the litre unit and "o" may be a word, so callers accept a
    reading of these atoms only when its quantity times price equals its amount.
    """
    converted = []
    changed = False
    for atom in atoms:
        atom = replace(atom)
        if _LOOKALIKE_NUMBER_RE.fullmatch(atom.text):
            atom.kind = "number"
            atom.digits = atom.text.translate(CODE_DIGIT_LOOKALIKES)
            atom.number_start, atom.number_end = atom.start, atom.end
            atom.marked = False
            changed = True
        converted.append(atom)
    return converted if changed else None


def _keep_line_commas(
    text: str, pieces: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Extend each line of a wrapped name over its final comma, except the last line.

    The last line is trimmed of trailing punctuation like a one-line description.
    """
    adjusted = []
    for index, (start, end) in enumerate(pieces):
        if index == len(pieces) - 1:
            end = _trim_end(text, start, end)
        else:
            while end < len(text) and text[end] in ",;":
                end += 1
        adjusted.append((start, end))
    return adjusted


def _finish_row(context: ExtractionContext, row: _Row) -> dict | None:
    """Build the row's fields, its description joined from all of its lines.

    The description's span runs from its first to its last line in the original
    text. So for a name that goes on below its numbers, `raw` contains the numbers.
    """
    own = [row.description] if row.description is not None else []
    pieces = _keep_line_commas(context.text, row.before + own + row.after)
    if not pieces:
        return None
    described = context.build_field(pieces[0][0], pieces[-1][1], "", row.confidence)
    original = context.document.original
    words = []
    for start, end in pieces:
        original_start, original_end = context.document.original_span(start, end)
        words.append(collapse_spaces(original[original_start:original_end]))
    described["value"] = " ".join(word for word in words if word)
    if count_letters(described["value"]) < 2:
        return None
    finished = {"description": described, **row.fields}
    if row.checked:
        finished["_checked"] = True
    return finished


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t|,;:":
        end -= 1
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t|,;:":
        start += 1
    return start


def _atoms(context: ExtractionContext, start: int, end: int) -> list[_Atom]:
    atoms = []
    for match in _ATOM_RE.finditer(context.text, start, end):
        atoms.append(_classify(match))
    return atoms


def _classify(match: re.Match[str]) -> _Atom:
    text = match.group(0)
    start, end = match.span()
    bare = text.rstrip(".,;:")
    if _CUSTOMS_RE.fullmatch(text):
        return _Atom(start, end, text, "customs")
    if bare in _EMPTY_CELLS or text in _EMPTY_CELLS:
        return _Atom(start, end, text, "empty")
    if text in _CURRENCY_MARKERS:
        return _Atom(start, end, text, "currency")
    percent = _PERCENT_RE.fullmatch(text)
    if percent:
        return _Atom(start, end, text, "percent", digits=percent.group("rate"))
    if bare in _UNITS or text in _UNITS:
        return _Atom(start, end, text, "unit")
    if bare in _COUNTRIES:
        return _Atom(start, end, text, "country")
    number = _NUMBER_ATOM_RE.fullmatch(text) or _lookalike_number(text)
    if number:
        marked = bool(number.group("prefix") or number.group("suffix"))
        number_start = start + number.start(
            "minus" if number.group("minus") else "number"
        )
        return _Atom(
            start,
            end,
            text,
            "number",
            digits=(number.group("minus") or "") + number.group("number"),
            number_start=number_start,
            number_end=start + number.end("number"),
            marked=marked,
        )
    return _Atom(start, end, text, "word")


def _lookalike_number(text: str) -> re.Match[str] | None:
    """Match a number in which OCR read some digits as o, l or з: "5,ooo.00",
    "l,250.00", "o.50". At least one real digit must be there, so words stay words.

    The folded text already reads these letters as digits inside a run of digits,
    but not in a digit group made only of letters.
    """
    if not _DIGIT_LOOKALIKES & set(text) or not any(char.isdigit() for char in text):
        return None
    return _NUMBER_ATOM_RE.fullmatch(text.translate(CODE_DIGIT_LOOKALIKES))


def _tail_start(atoms: list[_Atom]) -> int:
    """Return the index of the first atom of the row's trailing run of cells.

    The run contains numbers, rates, units, countries and empty cells. "Без НДС" and
    "без акциза" count as cells.
    """
    index = len(atoms)
    while index > 0:
        atom = atoms[index - 1]
        if atom.kind == "word":
            if index >= 2 and _is_without_phrase(atoms[index - 2], atom):
                is_vat = atom.text.startswith(_VAT_WORD)
                atom.kind = "no_vat" if is_vat else "empty"
                atom.number_start = atoms[index - 2].start
                atoms[index - 2].kind = "empty"
                index -= 2
                continue
            break
        index -= 1
    # A comma joins a unit word to the name before it: "Cable tie 300 mm, pack 22".
    after_comma = 0 < index < len(atoms) and atoms[index - 1].text.endswith(",")
    if after_comma and atoms[index].kind == "unit":
        index += 1
    return index


def _is_without_phrase(first: _Atom, second: _Atom) -> bool:
    return first.text == _WITHOUT and second.text.rstrip(".,") in (
        _VAT_WORD,
        _EXCISE_WORD,
    )


@dataclass
class _Reading:
    """One reading of a row's trailing cells as column values."""

    numbers: dict[str, _Number] = field(default_factory=dict)
    unit: _Atom | None = None
    unit_start: int = 0
    unit_code: _Number | None = None
    rate: _Atom | None = None
    country: _Atom | None = None
    country_code: _Number | None = None
    checked: bool = False

    def fields(self, context: ExtractionContext, confidence: float) -> dict:
        """Build the row's scalar fields from this reading."""
        found: dict = {}
        for name in ("hs_code",):
            if name in self.numbers:
                number = self.numbers[name]
                found[name] = context.build_field(
                    number.start, number.end, number.digits, confidence
                )
        if "quantity" in self.numbers:
            found["quantity"] = _number_field(
                context, self.numbers["quantity"], confidence, money=False
            )
        if self.unit is not None:
            unit = context.build_field(self.unit_start, self.unit.end, "", confidence)
            unit["value"] = unit["raw"]
            if self.unit_code is not None:
                unit["code"] = self.unit_code.digits
            found["unit"] = unit
        for name in ("unit_price", "amount"):
            if name in self.numbers:
                found[name] = _number_field(context, self.numbers[name], confidence)
        if self.rate is not None:
            found["vat_rate"] = _rate_field(context, self.rate, confidence)
        for name in ("vat_amount", "amount_with_vat"):
            if name in self.numbers:
                found[name] = _number_field(context, self.numbers[name], confidence)
        if self.country is not None:
            country = context.build_field(
                self.country.start, self.country.end, "", confidence
            )
            country["value"] = country["raw"].rstrip(".,;")
            if self.country_code is not None:
                country["code"] = self.country_code.digits
            found["country_of_origin"] = country
        return found


def _number_field(
    context: ExtractionContext,
    number: _Number,
    confidence: float,
    *,
    money: bool = True,
) -> dict:
    value = format_amount(number.value) if money else _plain_decimal(number.value)
    return context.build_field(number.start, number.end, value, confidence)


def _plain_decimal(value: Decimal) -> str:
    """Return a quantity without trailing zeros of its fraction: "10", "1.5"."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _rate_field(context: ExtractionContext, atom: _Atom, confidence: float) -> dict:
    if atom.kind == "no_vat":
        return context.build_field(
            atom.number_start, atom.end, "0", confidence, no_vat=True
        )
    percent = _PERCENT_RE.search(context.text, atom.start, atom.end)
    value = _plain_decimal(Decimal(percent.group("rate").replace(",", ".")))
    return context.build_field(atom.start, atom.end, value, confidence)


def _read_cells(
    context: ExtractionContext,
    atoms: list[_Atom],
    header: _Header,
    grouping_commas: bool,
) -> tuple[_Reading, int] | None:
    """Read the row's trailing cells. Returns the reading and the index of the first
    atom it used, which is where the description ends."""
    if "unit" in header.columns:
        _mark_unit_cell(context.text, atoms)
    tail_start = _tail_start(atoms)
    tail = atoms[tail_start:]
    if not any(atom.kind == "number" for atom in tail):
        return None
    best = _best_reading(context, tail, header, grouping_commas)
    if best is None:
        return None
    reading, used_from = best
    return reading, tail_start + used_from


def _mark_unit_cell(text: str, atoms: list[_Atom]) -> None:
    """Mark as a unit the word right before a row's numbers when it fills a cell
    of its own under a header with a unit column: after the quantity ("Widget |
    40 | ream | 18.50") or before it ("| Монтаж | чел.-ч | 12 | 1 500,00 |")."""
    index = len(atoms)
    while index > 0 and atoms[index - 1].kind in _CELL_KINDS:
        index -= 1
    if index < 2 or index == len(atoms):
        return
    word, before, after = atoms[index - 1], atoms[index - 2], atoms[index]
    if word.kind != "word" or not _UNIT_WORD_RE.fullmatch(word.text):
        return
    own_cell = CELL_GAP_RE.fullmatch(
        text, before.end, word.start
    ) and CELL_GAP_RE.fullmatch(text, word.end, after.start)
    # A row number before a one-word description ("| 1 | Монтаж | | 1 |") is no
    # quantity, and a number inside a name ("iPhone 15 Pro") shares its cell.
    if own_cell and (before.kind != "number" or index - 2 > 0):
        word.kind = "unit"


def _best_reading(
    context: ExtractionContext,
    tail: list[_Atom],
    header: _Header,
    grouping_commas: bool,
) -> tuple[_Reading, int] | None:
    """Read the tail in each way its space-grouped numbers can split, keep the best.

    "10 250,00 2 500,00" is 10 × 250,00 = 2 500,00 or 10 250,00 and 2 500,00. The
    reading whose quantity times price equals its amount wins, else the one that
    joins the most digit groups. When no reading adds up, the tail is read again
    with the digit groups of one number joined across a gap that OCR widened or
    closed ("1  057 565,08", "1 299760.00"), and such a reading counts only if it
    adds up.
    """
    segmentations = _segmentations(context, tail, grouping_commas)
    best = _pick_reading(segmentations, header)
    if best is not None and best[0].checked:
        return best
    for index in reversed(_broken_group_gaps(context, tail)):
        repaired = _pick_reading(
            _segmentations(context, tail, grouping_commas, forced=index), header
        )
        if repaired is not None and repaired[0].checked:
            return repaired
    spread = _spread_reading(segmentations, header)
    return spread if spread is not None else best


def _spread_reading(
    segmentations: list[list[tuple[int, object]]], header: _Header
) -> tuple[_Reading, int] | None:
    """Read a row whose quantity and price stand apart.

    "шт 500 1 250,500 20,00 10 000,00 1 000,00 11 000,00" under "Кол-во | Масса
    нетто | Цена | Сумма без НДС | НДС 10% | Сумма с НДС", or "120 1800 12.50 20%
    1500.00" under "Qty | Net weight | Unit price | VAT % | Amount": up to
    _MAX_SKIPPED_NUMBERS cells, such as a weight, stand between the quantity and
    the price. The reading must add up: quantity × price = amount, and the VAT and
    the gross amount after it must match the amount (see `_spread_tails`). The
    skipped cells join no column.
    """
    if not {"quantity", "unit_price"} <= header.columns:
        return None
    for items in segmentations:
        numbers = [
            position
            for position, (_, item) in enumerate(items)
            if isinstance(item, _Number)
        ]
        if not numbers or any(
            isinstance(item, _Atom) and item.kind not in ("unit", "empty")
            for _, item in items[numbers[-1] + 1 :]
        ):
            continue
        rate_position = _rate_position(items, len(items))
        for amount_at, tail in _spread_tails(items, numbers, rate_position):
            found = _spread_numbers(items, numbers, amount_at, tail)
            if found is not None:
                if rate_position is not None:
                    found[0].rate = items[rate_position][1]
                return found
    return None


_MAX_SKIPPED_NUMBERS = 2


def _spread_tails(
    items: list[tuple[int, object]], numbers: list[int], rate_position: int | None
) -> list[tuple[int, dict[str, _Number]]]:
    """Return where the amount may stand among `numbers`, with the VAT and gross
    numbers after it that fit it.

    Without a rate cell the amount is the last number, or the third from last when
    the two after it are a VAT and a gross amount that add up. With a rate cell the
    amount is the number before it, with one or two numbers after the rate that
    match it, or the one number after the rate.
    """
    values = [items[position][1] for position in numbers]
    if rate_position is None:
        tails = [(len(values) - 1, {})]
        if len(values) >= 5 and _adds_up(values[-3], values[-2], values[-1]):
            tails.insert(0, (len(values) - 3, {"vat_amount": values[-2]}))
            tails[0][1]["amount_with_vat"] = values[-1]
        # A rate printed without "%" under a "НДС, %" caption: "45 000,00  20
        # 9 000,00  54 000,00".
        elif (
            len(values) >= 6
            and _adds_up(values[-4], values[-2], values[-1])
            and _is_rate_of(values[-3], values[-4], values[-2])
        ):
            tails.insert(0, (len(values) - 4, {"vat_amount": values[-2]}))
            tails[0][1]["amount_with_vat"] = values[-1]
        return tails
    left = sum(position < rate_position for position in numbers)
    right = values[left:]
    if left == 0 or len(right) > 2:
        return []
    amount = values[left - 1]
    rate = _rate_value(items[rate_position][1])
    if len(right) == 2:
        if not _adds_up(amount, *right):
            return []
        return [(left - 1, {"vat_amount": right[0], "amount_with_vat": right[1]})]
    if len(right) == 1:
        tails = [(left, {})]
        vat = amount.value * rate / 100
        if abs(vat - right[0].value) <= Decimal("0.01"):
            tails.append((left - 1, {"vat_amount": right[0]}))
        elif abs(amount.value + vat - right[0].value) <= Decimal("0.01"):
            tails.append((left - 1, {"amount_with_vat": right[0]}))
        return tails
    return [(left - 1, {})]


def _is_rate_of(rate: _Number, amount: _Number, vat: _Number) -> bool:
    """Return whether a bare number is the VAT rate that makes `vat` of `amount`."""
    if not 0 < rate.value <= _MAX_RATE or rate.value != rate.value.to_integral_value():
        return False
    return abs(amount.value * rate.value / 100 - vat.value) <= Decimal("0.01")


_MAX_RATE = 30


def _adds_up(amount: _Number, vat: _Number, gross: _Number) -> bool:
    return 0 < vat.value < amount.value and (
        abs(amount.value + vat.value - gross.value) <= Decimal("0.01")
    )


def _spread_numbers(
    items: list[tuple[int, object]],
    numbers: list[int],
    amount_at: int,
    tail: dict[str, _Number],
) -> tuple[_Reading, int] | None:
    """Return the reading whose amount is the number at `amount_at`, whose price is
    the number before it and whose quantity is up to _MAX_SKIPPED_NUMBERS
    numbers before the price, or None."""
    values = [items[position][1] for position in numbers]
    if amount_at < 2 or amount_at >= len(values):
        return None
    amount, price = values[amount_at], values[amount_at - 1]
    if _is_group_fragment(amount) or _is_group_fragment(price):
        return None
    for skipped in range(_MAX_SKIPPED_NUMBERS + 1):
        quantity_index = amount_at - 2 - skipped
        if quantity_index < 0:
            break
        quantity = values[quantity_index]
        if quantity.marked or quantity.value <= 0:
            continue
        if _is_group_fragment(values[quantity_index + 1]):
            continue  # the quantity would be the head of a longer number
        if abs(quantity.value * price.value - amount.value) > Decimal("0.01"):
            continue
        reading = _Reading(checked=True)
        reading.numbers.update(
            quantity=quantity, unit_price=price, amount=amount, **tail
        )
        position = numbers[quantity_index]
        # A unit printed after the quantity: "500 pcs 25.0 0.40 200.00".
        for _, item in items[position + 1 : numbers[amount_at - 1]]:
            if isinstance(item, _Atom) and item.kind == "unit":
                _take_unit(reading, item)
                break
        position = _take_unit_and_codes(
            items, position, reading, _Header(0, {"unit"}), [quantity, price, amount]
        )
        first_atom = items[position][0] if position < len(items) else len(items)
        return reading, first_atom
    return None


def _pick_reading(
    segmentations: list[list[tuple[int, object]]], header: _Header
) -> tuple[_Reading, int] | None:
    best: tuple[int, _Reading, int] | None = None
    for items in segmentations:
        result = _assign(items, header)
        if result is None:
            continue
        reading, used_from = result
        score = (100 if reading.checked else 0) - len(items)
        if best is None or score > best[0]:
            best = (score, reading, used_from)
    if best is None:
        return None
    return best[1], best[2]


def _segmentations(
    context: ExtractionContext,
    tail: list[_Atom],
    grouping_commas: bool,
    forced: int | None = None,
) -> list[list[tuple[int, object]]]:
    """Return the ways to read the tail's atoms as items, each with its atom index.

    Only atoms set apart by a single space join into one number, and only when the
    later atom is a group of three digits. The atom at index `forced` + 1 always
    joins the one before it.
    """
    joinable = []
    for index in range(1, len(tail)):
        previous, atom = tail[index - 1], tail[index]
        joinable.append(_can_join(context, previous, atom))
    choices = [i for i, can in enumerate(joinable) if can and i != forced]
    if 2 ** len(choices) > _MAX_SEGMENTATIONS:
        choices = []
        options = [[True]]
    else:
        options = list(product((True, False), repeat=len(choices)))
    readings = []
    for option in options:
        joins = [False] * len(joinable)
        for index, join in zip(choices, option, strict=False):
            joins[index] = join
        if not choices:
            joins = list(joinable)
        if forced is not None:
            joins[forced] = True
        readings.append(_items(tail, joins, grouping_commas))
    return readings


def _broken_group_gaps(context: ExtractionContext, tail: list[_Atom]) -> list[int]:
    """Return the gaps between tail atoms that may split one number's digit groups.

    Index i is the gap between atoms i and i + 1. The left atom is a bare group of
    one to three digits, and only spaces set the two atoms apart. `_can_join` rejects
    these gaps, because the gap is wider than one space or the right atom is not a
    group of three digits.
    """
    gaps = []
    for index in range(len(tail) - 1):
        previous, atom = tail[index], tail[index + 1]
        if previous.kind != "number" or atom.kind != "number":
            continue
        if previous.marked or not re.fullmatch(r"[0-9]{1,3}", previous.digits):
            continue
        if atom.marked and context.text[atom.start] in "$€£₽¥":
            continue
        gap = context.text[previous.end : atom.start]
        if gap.strip(" ") or context.document.has_tab(previous.end, atom.start):
            continue
        if not _can_join(context, previous, atom):
            gaps.append(index)
    return gaps


def _can_join(context: ExtractionContext, previous: _Atom, atom: _Atom) -> bool:
    if previous.kind != "number" or atom.kind != "number":
        return False
    if atom.marked and context.text[atom.start] in "$€£₽¥":
        return False
    if context.text[previous.end : atom.start] != " ":
        return False
    if context.document.has_tab(previous.end, atom.start):
        return False
    if not re.fullmatch(r"-?[0-9]{1,3}", previous.digits.lstrip("-")[-3:]) or re.search(
        r"[.,]", previous.digits
    ):
        return False
    return _GROUP_RE.fullmatch(atom.digits) is not None


def _items(
    tail: list[_Atom], joins: list[bool], grouping_commas: bool
) -> list[tuple[int, object]]:
    items: list[tuple[int, object]] = []
    index = 0
    while index < len(tail):
        atom = tail[index]
        if atom.kind != "number":
            items.append((index, atom))
            index += 1
            continue
        parts = [atom]
        while index < len(joins) and joins[index] and tail[index + 1].kind == "number":
            index += 1
            parts.append(tail[index])
        number = _number(parts, grouping_commas)
        if number is not None:
            items.append((index - len(parts) + 1, number))
        index += 1
    return items


def _number(parts: list[_Atom], grouping_commas: bool) -> _Number | None:
    digits = "".join(part.digits for part in parts)
    value = _parse_number(digits, grouping_commas, len(parts) > 1)
    if value is None:
        return None
    return _Number(
        parts[0].number_start,
        parts[-1].number_end,
        value,
        re.search(r"[.,][0-9]{1,2}$", digits) is not None,
        any(part.marked for part in parts),
        digits,
    )


def _parse_number(digits: str, grouping_commas: bool, grouped: bool) -> Decimal | None:
    compact = digits
    last_comma, last_dot = compact.rfind(","), compact.rfind(".")
    if last_comma != -1 and last_dot != -1:
        decimal_mark = compact[max(last_comma, last_dot)]
        grouping = "." if decimal_mark == "," else ","
        compact = compact.replace(grouping, "").replace(decimal_mark, ".")
    elif last_comma != -1:
        single = compact.count(",") == 1
        is_decimal = single and not (
            grouping_commas and len(compact) - last_comma - 1 == 3 and not grouped
        )
        compact = compact.replace(",", ".") if is_decimal else compact.replace(",", "")
    elif compact.count(".") > 1:
        compact = compact.replace(".", "")
    try:
        return Decimal(compact)
    except InvalidOperation:
        return None


def _assign(
    items: list[tuple[int, object]], header: _Header
) -> tuple[_Reading, int] | None:
    """Assign the tail's items to columns from the right.

    Returns the reading and the index of the first tail atom it used. Atoms left of
    it belong to the description.
    """
    reading = _Reading()
    position = len(items)

    def peek() -> tuple[int, object] | None:
        return items[position - 1] if position > 0 else None

    # Customs declaration numbers, countries and empty cells close UPD rows.
    while peek() is not None:
        _, item = peek()
        if isinstance(item, _Atom) and item.kind in ("customs", "empty", "currency"):
            position -= 1
        elif (
            isinstance(item, _Atom)
            and item.kind == "country"
            and reading.country is None
        ):
            reading.country = item
            position -= 1
            previous = peek()
            if previous and _is_code(previous[1], 3):
                reading.country_code = previous[1]
                position -= 1
        else:
            break
    right: list[_Number] = []
    rate_position = _rate_position(items, position)
    if rate_position is not None:
        for _, item in items[rate_position + 1 : position]:
            if isinstance(item, _Number):
                right.append(item)
        reading.rate = items[rate_position][1]
        position = rate_position
    base: list[_Number] = []
    # Packing lists and the like have a quantity column but no prices.
    priced = bool(header.columns & {"unit_price", "amount"})
    # A list of amounts has one number per row.
    listed = header.columns == _AMOUNT_LIST_COLUMNS
    max_base = _MAX_BASE_NUMBERS if priced and not listed else 1
    while position > 0 and len(base) < max_base:
        _, item = items[position - 1]
        if isinstance(item, _Number):
            if _ends_description(item, base, right):
                break
            base.insert(0, item)
        elif item.kind == "unit" and _take_unit(reading, item):
            pass
        elif item.kind not in ("empty", "currency"):
            break
        position -= 1
    position = _take_unit_and_codes(items, position, reading, header, base)
    used_from = position
    if not base and not right:
        return None
    if len(right) > 2:
        return None
    if not priced:
        if right or not base:
            return None
        reading.numbers["quantity"] = base[0]
        first_atom = items[used_from][0] if used_from < len(items) else len(items)
        return reading, first_atom
    _name_numbers(reading, base, right, header)
    if "amount" not in reading.numbers and "amount_with_vat" not in reading.numbers:
        return None
    if not _plausible(reading):
        return None
    first_atom = items[used_from][0] if used_from < len(items) else len(items)
    return reading, first_atom


def _ends_description(item: _Number, base: list[_Number], right: list[_Number]) -> bool:
    """Return whether a price-like number left of a lone quantity is description.

    In "Thuiskopie €3.50 1 21% € 4,24" the row has a quantity and an amount but no
    price, and "€3.50" is part of the description. A price never precedes the
    quantity, so a marked or fractional number there is description text.
    """
    if len(right) != 1 or len(base) != 1:
        return False
    quantity = base[0]
    is_quantity = not quantity.has_fraction and not quantity.marked
    return is_quantity and (item.marked or item.has_fraction)


def _take_unit(reading: _Reading, atom: _Atom) -> bool:
    """Take a unit atom, or widen the unit taken last to "усл. ед." and the like."""
    if reading.unit is None:
        reading.unit = atom
        reading.unit_start = atom.start
        return True
    if reading.unit_code is None and atom.end < reading.unit_start <= atom.end + 1:
        reading.unit_start = atom.start
        return True
    return False


def _rate_position(items: list[tuple[int, object]], end: int) -> int | None:
    for index in range(end - 1, -1, -1):
        item = items[index][1]
        if isinstance(item, _Atom) and item.kind in ("percent", "no_vat"):
            return index
    return None


def _is_code(item: object, length: int) -> bool:
    return (
        isinstance(item, _Number)
        and item.digits.isdigit()
        and len(item.digits) == length
    )


def _take_unit_and_codes(
    items: list[tuple[int, object]],
    position: int,
    reading: _Reading,
    header: _Header,
    base: list[_Number],
) -> int:
    """Take the unit, its OKEI code and the HS code left of the row's numbers.

    UPD rows put the OKEI code before the unit ("796 шт 10"), TORG-12 rows after
    it ("шт 796"). An HS (ТН ВЭД) code, 4 to 10 digits, comes before both and is
    taken only under a header that names it. Without a unit column, a measure or
    a noun such as "kit" here ends the description (see `_unit_in_description`).
    """
    for _ in range(3):
        if position == 0:
            break
        _, item = items[position - 1]
        if isinstance(item, _Atom) and item.kind == "empty":
            position -= 1
            continue
        if (
            isinstance(item, _Atom)
            and item.kind == "unit"
            and not _unit_in_description(items, position - 1, header)
            and _take_unit(reading, item)
        ):
            position -= 1
            continue
        if (
            reading.unit is not None
            and reading.unit_code is None
            and _is_code(item, 3)
            and len(base) == _MAX_BASE_NUMBERS
        ):
            reading.unit_code = item
            position -= 1
            continue
        break
    if position > 0 and "hs_code" in header.columns:
        spaced = _spaced_hs_code(items, position)
        _, item = items[position - 1]
        if spaced is not None:
            reading.numbers["hs_code"], position = spaced
        elif (
            isinstance(item, _Number)
            and item.digits.isdigit()
            and 4 <= len(item.digits) <= 10
        ):
            reading.numbers["hs_code"] = item
            position -= 1
    return position


def _spaced_hs_code(
    items: list[tuple[int, object]], position: int
) -> tuple[_Number, int] | None:
    """Return an HS code printed in groups, "8413 50 40", that ends left of
    `position`, with the position of its first group, or None.

    The heading of four figures comes first and pairs of figures follow, up to ten
    figures in all.
    """
    pairs: list[_Number] = []
    index = position - 1
    while index >= 0 and len(pairs) < 3:
        item = items[index][1]
        if not (isinstance(item, _Number) and item.digits.isdigit()):
            return None
        if len(item.digits) == 4 and pairs:
            groups = [item, *reversed(pairs)]
            digits = "".join(group.digits for group in groups)
            code = _Number(
                item.start, groups[-1].end, Decimal(digits), False, False, digits
            )
            return code, index
        if len(item.digits) != 2:
            return None
        pairs.append(item)
        index -= 1
    return None


def _unit_in_description(
    items: list[tuple[int, object]], index: int, header: _Header
) -> bool:
    """Return whether a unit word left of the row's numbers belongs to the
    description under a header without a unit column: after a number, as a
    measure ("Air compressor 50 L"), or as a noun that names the goods ("First
    aid kit", "Water bottle")."""
    if "unit" in header.columns:
        return False
    _, atom = items[index]
    if fold(atom.text.rstrip(".,")) in _NOUN_UNITS:
        return True
    return index > 0 and isinstance(items[index - 1][1], _Number)


def _name_numbers(
    reading: _Reading, base: list[_Number], right: list[_Number], header: _Header
) -> None:
    """Name the numbers left and right of the VAT rate after their column."""
    numbers = reading.numbers
    if len(right) == 1 and len(base) < _MAX_BASE_NUMBERS:
        # "1 € 399,00 21% € 399,00": quantity and price, then the amount.
        _name_base(numbers, base + right, header)
        return
    _name_base(numbers, base, header)
    if len(right) == 2:
        numbers["vat_amount"], numbers["amount_with_vat"] = right
    elif len(right) == 1:
        _name_single_right(reading, right[0])


def _name_base(numbers: dict, base: list[_Number], header: _Header) -> None:
    if len(base) >= _MAX_BASE_NUMBERS:
        numbers["quantity"], numbers["unit_price"], numbers["amount"] = base[-3:]
    elif len(base) == 2:
        first, last = base
        name = "quantity" if _looks_like_quantity(first, header) else "unit_price"
        numbers[name] = first
        numbers["amount"] = last
    elif len(base) == 1:
        numbers["amount"] = base[0]


def _looks_like_quantity(number: _Number, header: _Header) -> bool:
    if "unit_price" in header.columns and "quantity" not in header.columns:
        return False
    return not number.has_fraction and not number.marked


def _name_single_right(reading: _Reading, number: _Number) -> None:
    """Decide whether the one number after the rate is the VAT or the gross amount."""
    amount = reading.numbers.get("amount")
    rate = _rate_value(reading.rate)
    if amount is not None and rate is not None:
        vat = amount.value * rate / 100
        if abs(vat - number.value) <= Decimal("0.01"):
            reading.numbers["vat_amount"] = number
            return
        if abs(amount.value + vat - number.value) <= Decimal("0.01"):
            reading.numbers["amount_with_vat"] = number
            return
    if amount is not None and number.value >= amount.value:
        reading.numbers["amount_with_vat"] = number
    else:
        reading.numbers["vat_amount"] = number


def _rate_value(atom: _Atom | None) -> Decimal | None:
    if atom is None:
        return None
    if atom.kind == "no_vat":
        return Decimal(0)
    return Decimal(atom.digits.replace(",", "."))


def _plausible(reading: _Reading) -> bool:
    """Reject readings made only of whole numbers without a currency, such as the
    column numbers "1 2 3 4 5" under a header, unless quantity × price = amount."""
    numbers = [number for name, number in reading.numbers.items() if name != "hs_code"]
    if any(_is_group_fragment(number) for number in numbers):
        return False
    reading.checked = _product_matches(reading)
    if reading.checked:
        return True
    return any(number.has_fraction or number.marked for number in numbers)


def _is_group_fragment(number: _Number) -> bool:
    """Return whether the number is a digit group cut from the one before it: the
    "000,00" of "10 000,00" read apart."""
    return re.match(r"-?0[0-9]", number.digits) is not None


def _product_matches(reading: _Reading) -> bool:
    numbers = reading.numbers
    if not {"quantity", "unit_price", "amount"} <= numbers.keys():
        return False
    product_value = numbers["quantity"].value * numbers["unit_price"].value
    return abs(product_value - numbers["amount"].value) <= Decimal("0.01")


def strip_private_keys(rows: list[dict]) -> list[dict]:
    """Drop the keys that only guided the search, such as "_checked"."""
    for row in rows:
        row.pop("_checked", None)
    return rows
