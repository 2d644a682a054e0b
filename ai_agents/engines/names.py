"""Party and bank names: the free text beside the requisites."""

import re
from collections.abc import Iterable, Iterator

from .context import ExtractionContext
from .ocr_repairs import repair_cyrillic_words
from .requisites import BIK_LABEL, FORM_ACCOUNT_LABEL, INN_LABEL, KPP_LABEL
from .text import collapse_spaces, compile_folded, fold

# Ends of a name on its line: a requisite or address label, a table rule, a long
# number, or a gap of 3 or more spaces before another column. A form line number
# ("(2)") ends it too, as do an address after a comma (", 125009, г. Москва", ", 10
# Harbour Road") and the signatory of a contract party (", в лице директора ...").
# A label as OCR misreads it ("рик 044525000") counts only before its digits.
_NAME_CUT_RE = compile_folded(
    r"\b(?:инн|кпп|бик|огрн\w*|сч|р/сч?|к/сч?|сумма"
    r"|(?:юридический\s+|почтовый\s+|фактический\s+)?адрес|address|phone|тел|e-?mail"
    r"|iban|swift|bic|vat\s*(?:id|no|number|reg)|tax\s+(?:id|no|number)|tin|btw|nip"
    r"|sort\s+code"
    r"|account\s*(?:no|number|:)|(?:по\s+)?окпо"
    r"|(?:корр?\.?|расч[её]тный|корреспондентский|лицевой)\s*сч[её]т|сч[её]т\b)"
    r"(?![^\W\d_])"
    r"|[|\[·•]|[0-9]{9,}|[0-9]{4,5}(?: [0-9]{4,5}){2,}| {3,}|\([0-9]{1,2}[абв]?\)"
    r"|,\s*[0-9]"
    r"|,\s*(?:г|ул)\.\s|,?\s+в\s+лице\b"
    # A street after a comma: ", Hafenstrasse 12", ", 5 Main Street".
    r"|,\s*[^\W\d_]*(?:(?:strasse|straße|street|road|avenue|allee|platz|weg)\b|str\.)"
    rf"|(?:{INN_LABEL}|{KPP_LABEL}|{BIK_LABEL})[ \t:]*[0-9]|{FORM_ACCOUNT_LABEL}"
)
# A closing quote before a word of 4+ letters, where prose may go on after a name.
_QUOTE_THEN_WORD_RE = re.compile(r"[»\"”](?=[ \t]+[^\W\d_]{4})")
# Captions of the small fields of payment order forms, which end a name.
_STOP_LINE_RE = compile_folded(
    r"[\W_]*(?:вид\s+оп|срок|наз\.?\s*пл|оч[её]р|код\b|рез\.?\s*поле|назначение"
    r"|подписи|отметки|плательщик|получатель|банк\s+(?:плательщика|получателя))"
    # A SWIFT party's account line, "/GB29NWBK60161331926819", and the next field,
    # such as a bank's code in option A, ":57A:SABRRUMM", or ":72:/BNF/...".
    r"|[ \t]*/[a-z]{0,2}[0-9]{2}[a-z0-9]{8,30}[ \t]*$|:[0-9]{2}[a-z]?:"
)
_BIC_LINE_RE = compile_folded(r"[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?[ \t]*")
_INSTITUTION_FIELD_RE = compile_folded(r"[ \t]*:58a:")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_SIGNATURE_BLANK = "___"
_QUOTED_NAME_RE = re.compile(r"[«\"„“]([^«»\"„“”]{2,80})[»\"“”]")
_SHORT_QUOTED_NAME_RE = re.compile(r"[«\"„“][^\W\d_]{2}[»\"”]")
_LEGAL_FORM_RE = compile_folded(
    r"\b(?:ооо|оао|зао|пао|ао|нко|ано|тоо|ип|фгуп|гуп|муп|общество|акционерное"
    r"|индивидуальный\s+предприниматель|llc|ltd|inc|gmbh|plc|corp|limited|sarl"
    r"|[poc]?jsc|llp|sia|uab|oü|kft|srl|sas|spa|pte|pty)\b"
    r"|\b(?:b\.v|s\.a|s\.r\.l|sp\.\s?z\s?o\.o)\."
)
# Short forms that are also words ("ou" is French for "or") count only in capitals
# at the end of the line: "BALTIC BRIDGE FORWARDING OU", "Weber Technik AG".
_CAPITAL_FORM_RE = compile_folded(r"\b(?:ou|ag|oy|oyj|bv|nv|a/s)(?=[ \t]*(?:\n|$))")
# A legal form and its quoted name, which end a Russian company name: the country or
# town after it ('ООО «Северный Лес» Россия', 'ТОО «Астана Трейд», Казахстан', 'ООО
# «Северный Лес» Москва') is the address. A comma, a country or a large town written
# without "г." must follow the closing quote, so a nested quote
# ('ООО "Дом "Альфа""'), a branch ('ПАО «Ростелеком» Макрорегиональный филиал') and
# a town of a bank's name ('АО «АЛЬФА-БАНК» г. Москва') stay. A dash after the quote
# opens the company's trade: 'ООО «СкороКур» — курьерская служба'.
_FORM_AND_QUOTED_NAME_RE = compile_folded(
    r"(?:ооо|оао|зао|пао|ао|нко|ано|тоо|фгуп|гуп|муп|sia|uab|llc|jsc)[ \t]*"
    r"[«\"„“][^«»\"„“”\n]{2,80}"
    r"[»\"“”](?=[ \t]*(?:,|$)|[ \t]+(?:—|–|-)[ \t]|[ \t]+(?:россия|российская|казахстан"
    r"|беларусь"
    r"|республика|узбекистан|кыргызстан|армения|латвия|литва|эстония|германия|китай"
    r"|russia|kazakhstan|belarus|latvia|lithuania|estonia|germany|china"
    r"|москва|санкт-петербург|новосибирск|екатеринбург|казань|самара|омск|уфа"
    r"|челябинск|ростов-на-дону|красноярск|пермь|воронеж|волгоград|краснодар"
    r"|тюмень|иркутск|владивосток|минск|алматы|астана|ташкент)\b)",
    re.MULTILINE,
)
# A foreign legal form closing a name before a comma and the address: "Baltic Timber
# SIA, Brivibas iela 44", "Weber GmbH, Industriestr. 4".
_FOREIGN_FORM_BEFORE_COMMA_RE = compile_folded(
    r"\b(?:gmbh|llc|ltd|inc|plc|corp|limited|sia|uab|oy|oyj|ab|as|bv|nv|ag|kg|sarl"
    r"|srl|spa|s\.a|a\.s|b\.v|n\.v|sp\.\s?z\s?o\.o)\.?(?=[ \t]*,)"
)
_EDGE_JUNK = " \t,;:-—–|/("
# "Attn:" before a name, and the "От" of a signature block ("От ООО «Альфа»:").
# A form's caption before the name: "Организация: ООО «Северный Ветер»".
_LEADING_ATTENTION_RE = compile_folded(
    r"(?:attn|att)\s*[:.]\s*"
    r"|от[ \t]+(?=(?:ооо|оао|зао|пао|ао|ип|общество|акционерное)\b|[«\"„“])"
    r"|(?:организация|компания|наименование|company(?:\s+name)?)[ \t]*:[ \t]*"
)
_MAX_NAME_LINES = 3
_PROSE_WORDS = 3


def name_key(name: str) -> str:
    """Return the quoted part of a company name, folded, or the whole folded name."""
    quoted = _QUOTED_NAME_RE.search(name)
    text = quoted.group(1) if quoted else name
    return " ".join(fold(text).split()).strip(" ,.")


def name_part(
    context: ExtractionContext, line_start: int, line_end: int
) -> tuple[int, int] | None:
    """Return the span of the name at the start of a line, before any requisites."""
    text = context.text
    # A column of a ruled table may start at the table's border: "| ГБУЗ ВО ... |".
    while line_start < line_end and text[line_start] in " \t|":
        line_start += 1
    if _STOP_LINE_RE.match(text, line_start, line_end):
        return None
    if _is_bank_code_line(text, line_start, line_end):
        return None
    if _SIGNATURE_BLANK in text[line_start:line_end]:
        # "For the Licensor ________ M. van der Berg" is a signature line.
        return None
    cut = _NAME_CUT_RE.search(text, line_start, line_end)
    end = _prose_cut(context, line_start, cut.start() if cut else line_end)
    start = line_start
    form_and_name = _FORM_AND_QUOTED_NAME_RE.match(text, start, end)
    if form_and_name is not None:
        end = form_and_name.end()
    foreign_form = _FOREIGN_FORM_BEFORE_COMMA_RE.search(text, start, end)
    if foreign_form is not None:
        end = foreign_form.end()
    attention = _LEADING_ATTENTION_RE.match(text, start, end)
    if attention:
        start = attention.end()
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    if not (_WORD_RE.search(text, start, end) or _is_short_company(text, start, end)):
        return None
    if text[start] == "(":
        return None
    return start, end


def _is_bank_code_line(text: str, line_start: int, line_end: int) -> bool:
    """Return whether a line holds only the SWIFT code under the account line of a
    beneficiary institution ("COBADEFF" under ":58A:/DE89..."). A beneficiary
    customer's one-word name under ":59:/..." stays a name."""
    if line_start == 0 or _BIC_LINE_RE.fullmatch(text, line_start, line_end) is None:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    return _INSTITUTION_FIELD_RE.match(text, previous_start, line_start) is not None


def _is_short_company(text: str, start: int, end: int) -> bool:
    """Return whether the text is a legal form with a short quoted name ("АО «Юг»")."""
    return bool(
        _LEGAL_FORM_RE.search(text, start, end)
        and _SHORT_QUOTED_NAME_RE.search(text, start, end)
    )


def _prose_cut(context: ExtractionContext, start: int, end: int) -> int:
    """Return where a name ends if a lower-case word follows its closing quote.

    'ООО «Альфа» обязуется ...' is a sentence about the party, so the name ends at
    the quote. Capitalized words ('«Альфа» Групп') and short ones ('г.') stay.
    """
    for quote in _QUOTE_THEN_WORD_RE.finditer(context.text, start, end):
        word_start = (
            quote.end()
            + len(context.text[quote.end() : end])
            - len(context.text[quote.end() : end].lstrip())
        )
        original = context.document.original[context.document.to_original(word_start)]
        if original.islower():
            return quote.end()
    return end


def is_prose(context: ExtractionContext, start: int, end: int) -> bool:
    """Return whether `text[start:end]` reads as a sentence, not as a form's cell.

    Three or more lower-case words of 4+ letters make a sentence ("Заказчик вправе
    требовать возврата ..."). Form cells hold names, captions and numbers.
    """
    original_start, original_end = context.document.original_span(start, end)
    words = _WORD_RE.findall(context.document.original, original_start, original_end)
    lower = [word for word in words if len(word) >= 4 and word.islower()]
    return len(lower) >= _PROSE_WORDS


def legal_form_spans(
    context: ExtractionContext, start: int, end: int
) -> list[tuple[int, int]]:
    """Return the spans of the legal forms in `text[start:end]`."""
    spans = [
        match.span() for match in _LEGAL_FORM_RE.finditer(context.text, start, end)
    ]
    return spans + _capital_form_spans(context, start, end)


def last_legal_form(context: ExtractionContext, start: int, end: int) -> int | None:
    """Return where the last legal form in `text[start:end]` starts, or None."""
    spans = legal_form_spans(context, start, end)
    return max(span[0] for span in spans) if spans else None


def has_full_legal_form(context: ExtractionContext, start: int, end: int) -> bool:
    """Return whether `text[start:end]` names a legal form other than the short
    ones that count only in capitals at a line's end: ООО, LLC, GmbH, but not
    "AG" or "OU"."""
    return _LEGAL_FORM_RE.search(context.text, start, end) is not None


def has_legal_form(context: ExtractionContext, start: int, end: int) -> bool:
    """Return whether `text[start:end]` names a legal form: ООО, ИП, LLC, GmbH ..."""
    return _LEGAL_FORM_RE.search(context.text, start, end) is not None or bool(
        _capital_form_spans(context, start, end)
    )


def _capital_form_spans(
    context: ExtractionContext, start: int, end: int
) -> list[tuple[int, int]]:
    spans = []
    for match in _CAPITAL_FORM_RE.finditer(context.text, start, end):
        original_start, original_end = context.document.original_span(*match.span())
        if context.document.original[original_start:original_end].isupper():
            spans.append(match.span())
    return spans


def name_run(
    context: ExtractionContext, start: int, end: int
) -> tuple[int, int] | None:
    """Return the span of the first name in a range.

    A name goes on to the next line only when its line ends with a hyphen or leaves
    a bracket or quote open, because the next line of a party block is usually its
    address. Blank lines are skipped, and a name spans at most 3 lines. The name
    ends at a '/' that starts an address ("Иванов И.И. (ИП) //адрес//").
    """
    return name_run_in_lines(context, _lines(context, start, end))


def name_run_in_lines(
    context: ExtractionContext, lines: Iterable[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the span of the first name in the given (start, end) line pieces.

    The pieces are lines or parts of lines, such as one column of a two-column
    block, and the rules are those of `name_run`.
    """
    found: tuple[int, int] | None = None
    lines_used = 0
    for line_start, line_end in lines:
        if not context.text[line_start:line_end].strip():
            continue
        part = name_part(context, line_start, line_end)
        if part is None:
            if found is not None:
                break
            continue
        found = part if found is None else (found[0], part[1])
        lines_used += 1
        if (
            part[1] < line_start + len(context.text[line_start:line_end].rstrip())
            or lines_used == _MAX_NAME_LINES
            or not _continues(context, line_start, line_end)
        ):
            break
    if found is None:
        return None
    slash = context.text.find("/", found[0], found[1])
    if slash > found[0]:
        found = (found[0], slash)
        while found[1] > found[0] and context.text[found[1] - 1] in _EDGE_JUNK:
            found = (found[0], found[1] - 1)
    return found


def _continues(context: ExtractionContext, line_start: int, line_end: int) -> bool:
    """Return whether a name goes on: its line ends in '-' or leaves a bracket open."""
    line = context.text[line_start:line_end].rstrip()
    if line.endswith("-"):
        return True
    if line.count("(") > line.count(")") or line.count("«") > line.count("»"):
        return True
    return line.count('"') % 2 == 1


def name_field(
    context: ExtractionContext, span: tuple[int, int], confidence: float
) -> dict:
    """Build a name field whose value has its lines joined with single spaces."""
    name = context.build_field(span[0], span[1], "", confidence)
    name["value"] = repair_cyrillic_words(collapse_spaces(name["raw"]))
    return name


def _lines(
    context: ExtractionContext, start: int, end: int
) -> Iterator[tuple[int, int]]:
    position = start
    while position < end:
        line_end = min(context.document.line_end(position), end)
        yield position, line_end
        position = line_end + 1
