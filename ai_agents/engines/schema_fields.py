"""Fields that an operator's schema defines by label, parsed by the field's kind.

A value follows one of its labels on the same line, after optional words ending in
a colon ("Регистрационный номер ДТ: ...") and separators such as ':', '-' or '№'.
When the rest of the line is empty or contains no value of the field's kind, the
value is read from the next non-empty line, with a lower confidence.
"""

import re
from collections.abc import Callable, Iterable

from .checks import single_check
from .context import ExtractionContext
from .parsing import currency_code, format_amount
from .taxonomy import FieldSpec
from .text import compile_phrase
from .validators import is_valid_settlement_account

_SAME_LINE_CONFIDENCE = 0.85
_NEXT_LINE_CONFIDENCE = 0.7
# Words between a label and its colon, such as "ДТ" in "Номер ДТ: 123".
_LABEL_TAIL_RE = re.compile(r"(?:[ \t]+[^\s:0-9]{1,15}){0,2}[ \t]*:")
_SEPARATORS_RE = re.compile(r"(?:[ \t]*(?:[:\-№#]|no\b\.?))*[ \t]*")
_LINE_PREFIX_RE = re.compile(r"[\W_]{0,6}")
_NEXT_LINE_RE = re.compile(r"\n[ \t]*(?=\S)")

_NUMBER_TOKEN_RE = re.compile(r"[^\s,;]*[0-9][^\s,;]*")
_CURRENCY_TOKEN_RE = re.compile(r"[$€£₽₹¥₸₩₺]|zł|[^\W\d_]+\.?")
_DIGIT_PATTERNS = {
    "inn": re.compile(r"(?<![0-9])(?:[0-9]{12}|[0-9]{10})(?![0-9])"),
    "kpp": re.compile(r"(?<![0-9a-z])[0-9]{4}[0-9a-z]{2}[0-9]{3}(?![0-9a-z])"),
    "ogrn": re.compile(r"(?<![0-9])(?:[0-9]{15}|[0-9]{13})(?![0-9])"),
    "bik": re.compile(r"(?<![0-9])[0-9]{9}(?![0-9])"),
    "account": re.compile(r"(?<![0-9])[0-9](?:[ ]?[0-9]){19}(?![0-9])"),
    "iban": re.compile(
        r"(?<![a-z0-9])[a-z]{2}[0-9]{2}(?:[ ]{0,2}[a-z0-9]){10,30}(?![a-z0-9])"
    ),
}

# A finder returns (start, end, normalized value) for the first value of its kind
# within text[start:end], or None.
Finder = Callable[[ExtractionContext, int, int], tuple[int, int, str] | None]


def schema_fields(
    context: ExtractionContext, specs: Iterable[FieldSpec], found: dict
) -> tuple[dict, list[dict]]:
    """Return the labeled fields of `specs` and the checks run on them.

    Specs without labels are skipped, and so is a spec whose name is already in
    `found`, because the built-in extractor's value wins.
    """
    fields: dict = {}
    for spec in specs:
        if not spec.labels or spec.name in found or spec.name in fields:
            continue
        field = _find_labeled(context, spec)
        if field is not None:
            fields[spec.name] = field
    return fields, requisite_checks(specs, fields)


def _find_labeled(context: ExtractionContext, spec: FieldSpec) -> dict | None:
    for value_start in _label_ends(context.text, spec.labels):
        line_end = context.document.line_end(value_start)
        hit = _FINDERS[spec.kind](context, value_start, line_end)
        confidence = _SAME_LINE_CONFIDENCE
        if hit is None:
            next_line = _next_line(context.text, line_end)
            if next_line is None:
                continue
            hit = _FINDERS[spec.kind](context, *next_line)
            confidence = _NEXT_LINE_CONFIDENCE
        if hit is not None:
            start, end, value = hit
            return context.build_field(start, end, value, confidence)
    return None


def _label_ends(text: str, labels: tuple[str, ...]) -> list[int]:
    """Return where values may start after each label, best placed labels first.

    A label that opens a line or is followed by a colon comes before one inside a
    sentence, and earlier labels before later ones.
    """
    ranked = []
    for label in labels:
        pattern = compile_phrase(label)
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            end = match.end()
            tail = _LABEL_TAIL_RE.match(text, end)
            if tail:
                end = tail.end()
            end = _SEPARATORS_RE.match(text, end).end()
            line_start = text.rfind("\n", 0, match.start()) + 1
            opens_line = _LINE_PREFIX_RE.fullmatch(text[line_start : match.start()])
            prominent = bool(opens_line) or tail is not None
            ranked.append((not prominent, match.start(), end))
    return [end for _, _, end in sorted(ranked)]


def _next_line(text: str, line_end: int) -> tuple[int, int] | None:
    """Return the bounds of the first non-empty line after `line_end`, if any."""
    match = _NEXT_LINE_RE.search(text, line_end)
    if match is None or text.count("\n", line_end, match.end()) > 2:
        return None
    end = text.find("\n", match.end())
    return match.end(), len(text) if end == -1 else end


def _find_text(context: ExtractionContext, start: int, end: int):
    value = context.text[start:end]
    stripped = value.strip(" \t,;")
    if not stripped:
        return None
    start += len(value) - len(value.lstrip(" \t,;"))
    end = start + len(stripped)
    original_start, original_end = context.document.original_span(start, end)
    return start, end, context.document.original[original_start:original_end]


def _find_number(context: ExtractionContext, start: int, end: int):
    match = _NUMBER_TOKEN_RE.search(context.text, start, end)
    if match is None:
        return None
    token_end = match.start() + len(match.group(0).rstrip(".:"))
    return _find_text(context, match.start(), token_end)


def _find_date(context: ExtractionContext, start: int, end: int):
    for hit in context.dates:
        if start <= hit.start and hit.end <= end:
            return hit.start, hit.end, hit.parsed.iso
    return None


def _find_amount(context: ExtractionContext, start: int, end: int):
    for hit in context.amounts:
        if start <= hit.start and hit.end <= end:
            return hit.start, hit.end, format_amount(hit.value)
    return None


def _find_currency(context: ExtractionContext, start: int, end: int):
    for match in _CURRENCY_TOKEN_RE.finditer(context.text, start, end):
        code = currency_code(match.group(0))
        if code:
            return match.start(), match.end(), code
    return None


def _digits_finder(kind: str) -> Finder:
    pattern = _DIGIT_PATTERNS[kind]

    def find(context: ExtractionContext, start: int, end: int):
        match = pattern.search(context.text, start, end)
        if match is None:
            return None
        value = re.sub(r"\s", "", match.group(0)).upper()
        return match.start(), match.end(), value

    return find


_FINDERS: dict[str, Finder] = {
    "text": _find_text,
    "number": _find_number,
    "date": _find_date,
    "amount": _find_amount,
    "currency": _find_currency,
    **{kind: _digits_finder(kind) for kind in _DIGIT_PATTERNS},
}


def requisite_checks(specs: Iterable[FieldSpec], fields: dict) -> list[dict]:
    """Validate requisite fields, set their "valid" flags and return the checks.

    An account is checked against the control key of the first BIK field of the
    same schema. NOTE: without a BIK field an account gets no "valid" flag, because
    its control key depends on the bank.
    """
    kinds = {spec.name: spec.kind for spec in specs if spec.name in fields}
    checks = []
    for name, kind in kinds.items():
        result = single_check(kind, fields[name]["value"], name)
        if result is not None:
            fields[name]["valid"] = result["passed"]
            checks.append(result)
    bik_name = next((name for name, kind in kinds.items() if kind == "bik"), None)
    if bik_name is None:
        return checks
    bik = fields[bik_name]["value"]
    for name, kind in kinds.items():
        if kind != "account":
            continue
        account = fields[name]["value"]
        passed = is_valid_settlement_account(account, bik)
        fields[name]["valid"] = passed
        outcome = "matches" if passed else "does not match"
        message = f"Account {account} {outcome} the control key for BIK {bik}."
        checks.append(
            {
                "code": "bik_account_key",
                "fields": [name, bik_name],
                "passed": passed,
                "message": message,
            }
        )
    return checks
