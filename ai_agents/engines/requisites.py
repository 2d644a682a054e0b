"""Russian company and bank requisites: INN, KPP, OGRN, BIK and account numbers."""

import re
from dataclasses import dataclass

from .context import ExtractionContext
from .text import compile_folded, fold

# KPP letters are Latin capitals, which folded text has in lower case.
_LABELED_PATTERNS = (
    ("inn", compile_folded(r"\bинн\b\s*[:№]?\s*(?P<value>\d{12}|\d{10})(?!\d)")),
    ("kpp", compile_folded(r"\bкпп\s*[:№]?\s*(?P<value>\d{4}[\da-z]{2}\d{3})(?!\w)")),
    (
        "ogrn",
        compile_folded(r"\bогрн(?:ип)?\b\s*[:№]?\s*(?P<value>\d{15}|\d{13})(?!\d)"),
    ),
    ("bik", compile_folded(r"\bбик\b\s*[:№]?\s*(?P<value>\d{9})(?!\d)")),
    (
        "correspondent_account",
        compile_folded(
            r"(?:\bк/сч?|\bкорр?\.?\s*(?:сч[её]?т?|/с)\.?"
            r"|\bкорреспондентский\s+сч[её]т|"
            r"\bcorr(?:espondent)?\.?\s+account)\s*[:№]?\s*(?P<value>\d{20})(?!\d)"
        ),
    ),
    (
        "account",
        compile_folded(
            r"(?:\bр/сч?|\bрасч[её]тный\s+сч[её]т|\bсч[её]т\s+получателя|\bсч[её]т"
            r"|\bсч\b\.?|"
            r"\baccount(?:\s+(?:no\.?|number))?)\s*[:№]?\s*(?P<value>\d{20})(?!\d)"
        ),
    ),
)
_INN_KPP_PAIR_RE = compile_folded(
    r"\bинн\s*/\s*кпп(?:\s+[^\W\d_]+)?\s*[:№]?\s*"
    r"(?P<inn>\d{12}|\d{10})\s*/\s*(?P<kpp>\d{4}[\da-z]{2}\d{3})(?!\w)"
)
# NOTE: accounts written in groups ("4070 2810 ...") are not recognized.
_UNLABELED_ACCOUNT_RE = re.compile(r"(?<!\d)\d{20}(?!\d)")
_NINE_DIGITS_RE = re.compile(r"(?<!\d)\d{9}(?!\d)")
CORRESPONDENT_PREFIX = (
    "30101"  # every Russian correspondent account at the Bank of Russia
)


@dataclass(frozen=True)
class Requisite:
    """A requisite value found in the normalized text."""

    key: str
    start: int
    end: int
    labeled: bool


def find_requisites(
    context: ExtractionContext, start: int, end: int
) -> list[Requisite]:
    """Return the requisites in `text[start:end]`: labeled ones and bare accounts.

    A bare 20-digit number is a correspondent account when it starts with 30101 and a
    settlement account otherwise. Every value is a run of digits that starts after a
    non-digit, so two finds of one value share their start offset, and the first
    pattern to find it wins. The list is in text order.
    """
    text = context.text
    found: dict[int, Requisite] = {}
    for match in _INN_KPP_PAIR_RE.finditer(text, start, end):
        found[match.start("inn")] = Requisite("inn", *match.span("inn"), labeled=True)
        found[match.start("kpp")] = Requisite("kpp", *match.span("kpp"), labeled=True)
    for key, pattern in _LABELED_PATTERNS:
        for match in pattern.finditer(text, start, end):
            found.setdefault(
                match.start("value"), Requisite(key, *match.span("value"), labeled=True)
            )
    for match in _UNLABELED_ACCOUNT_RE.finditer(text, start, end):
        key = (
            "correspondent_account"
            if match.group(0).startswith(CORRESPONDENT_PREFIX)
            else "account"
        )
        found.setdefault(match.start(), Requisite(key, *match.span(), labeled=False))
    return sorted(found.values(), key=lambda requisite: requisite.start)


def find_bare_nine_digits(
    context: ExtractionContext, key: str, start: int, end: int, taken: list[Requisite]
) -> list[Requisite]:
    """Return unlabeled 9-digit numbers in a range as requisites under `key`.

    The caller knows from the layout what they are: BIKs in a bank block, or the KPP
    after an INN.
    """
    taken_starts = {requisite.start for requisite in taken}
    return [
        Requisite(key, *match.span(), labeled=False)
        for match in _NINE_DIGITS_RE.finditer(context.text, start, end)
        if match.start() not in taken_starts
    ]


def requisite_value(context: ExtractionContext, requisite: Requisite) -> str:
    """Return the normalized value: digits, with a KPP's letters as Latin capitals."""
    start, end = context.document.original_span(requisite.start, requisite.end)
    raw = context.document.original[start:end]
    return fold(raw).upper() if requisite.key == "kpp" else raw
