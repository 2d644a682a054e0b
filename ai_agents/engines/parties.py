"""Assignment of names and requisites to party roles (seller, buyer, payer, payee ...).

A role label ("Поставщик:", "Bill To:") opens a section that runs to the next label
or for at most 600 characters. Requisites inside a section belong to its role.
Requisites outside every section go to the type's default role: "seller" on
receipts, which carry only the seller's INN, and "unassigned" elsewhere.
"""

import re
from dataclasses import dataclass
from typing import NamedTuple

from .context import ExtractionContext
from .names import name_field, name_run
from .requisites import Requisite, find_requisites, requisite_value
from .text import compile_folded, fold

UNASSIGNED = "unassigned"
_SECTION_MAX_CHARS = 600
_LABEL_CONFIDENCE = 0.85
_UNASSIGNED_CONFIDENCE = 0.6
_NAME_CONFIDENCE = 0.7

_SELLER = (
    r"поставщик|продавец|исполнитель|подрядчик|арендодатель|лицензиар"
    r"|seller|supplier|vendor|"
    r"contractor|service\s+provider|sold\s+by|bill\s+from|from|sprzedawca"
)
_BUYER = (
    r"покупатель|заказчик|арендатор|лицензиат|buyer|customer|client|"
    r"bill(?:ed)?\s+to(?:\s+address)?|sold\s+to|nabywca"
)
_SHIPPER = r"грузоотправитель|shipper|consignor"
_CONSIGNEE = r"грузополучатель|consignee|ship\s+to|deliver\s+to"
_PAYER = r"плательщик|payer|remitter"
_PAYEE = r"получатель|payee|beneficiary|recipient"

# Role words per document type. Bank labels ("Банк получателя") open a section for
# the bank fields of the role they name.
_COMMON_ROLES = (
    (_SELLER, "seller"),
    (_BUYER, "buyer"),
    (_SHIPPER, "shipper"),
    (_CONSIGNEE, "consignee"),
)
_ROLE_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "payment_order": ((_PAYER, "payer"), (_PAYEE, "payee")),
    "power_of_attorney": (
        (r"доверитель|principal", "principal"),
        (r"поверенный|представитель|attorney", "attorney"),
    ),
    "bank_statement": (
        (r"владелец\s+сч[её]та|клиент|account\s+holder", "account_holder"),
    ),
}
_DEFAULT_ROLE_WORDS = (*_COMMON_ROLES, (_PAYER, "buyer"), (_PAYEE, "seller"))
_BANK_OF = {
    "payment_order": {fold("плательщика"): "payer", fold("получателя"): "payee"},
}
_DEFAULT_BANK_OF = {
    fold("плательщика"): "buyer",
    fold("получателя"): "seller",
    fold("поставщика"): "seller",
    fold("покупателя"): "buyer",
}
_DEFAULT_ROLE_BY_TYPE = {"receipt": "seller"}


def _compile_roles(
    words: tuple[tuple[str, str], ...],
) -> list[tuple[re.Pattern[str], str]]:
    """Compile role words into patterns for a label that opens a line."""
    return [
        (compile_folded(rf"(?m)^[\W_]{{0,3}}(?:{pattern})\b"), role)
        for pattern, role in words
    ]


_ROLE_PATTERNS = {code: _compile_roles(words) for code, words in _ROLE_WORDS.items()}
_DEFAULT_ROLE_PATTERNS = _compile_roles(_DEFAULT_ROLE_WORDS)

_BANK_LABEL_RE = compile_folded(
    r"(?m)^[\W_]{0,3}банк\s+(?P<whose>плательщика|получателя|поставщика|покупателя)\b"
)
_LABEL_END_RE = compile_folded(r"(?:\s*\([^)\n]{0,40}\))?\s*(?::|(?=\n)|$)")


class RoleLabel(NamedTuple):
    """A role label in the text, `bank` when it opens the role's bank block."""

    start: int
    end: int
    role: str
    bank: bool


@dataclass(frozen=True)
class Section:
    """A stretch of text that belongs to one role, or to its bank when `bank` is set."""

    role: str
    start: int
    end: int
    bank: bool = False


def find_parties(context: ExtractionContext) -> dict:
    """Return {role: {requisite or name: field}} assembled from role sections."""
    sections = _sections(context)
    parties: dict[str, dict] = {}
    covered = []
    for section in sections:
        fields = parties.setdefault(section.role, {})
        _fill_section(context, section, fields)
        covered.append((section.start, section.end))
    default_role = _DEFAULT_ROLE_BY_TYPE.get(context.document_type, UNASSIGNED)
    outside = [
        requisite
        for requisite in find_requisites(context, 0, len(context.text))
        if not any(start <= requisite.start < end for start, end in covered)
    ]
    # NOTE: a role keeps one value per key, so a second unassigned INN is dropped.
    add_requisites(
        context, parties.setdefault(default_role, {}), outside, _UNASSIGNED_CONFIDENCE
    )
    return {role: fields for role, fields in parties.items() if fields}


def add_requisites(
    context: ExtractionContext,
    fields: dict,
    requisites: list[Requisite],
    confidence: float,
) -> None:
    """Add each requisite to `fields` under its key unless the key is already filled."""
    for requisite in requisites:
        if requisite.key in fields:
            continue
        value = requisite_value(context, requisite)
        fields[requisite.key] = context.build_field(
            requisite.start, requisite.end, value, confidence
        )


def _sections(context: ExtractionContext) -> list[Section]:
    labels = sorted(_role_labels(context) + _bank_labels(context))
    sections = []
    for index, label in enumerate(labels):
        is_last = index + 1 == len(labels)
        next_start = len(context.text) if is_last else labels[index + 1].start
        end = min(next_start, label.end + _SECTION_MAX_CHARS)
        sections.append(Section(label.role, label.end, end, label.bank))
    return sections


# NOTE: a label counts only at the start of a line, so requisite blocks printed in two
# columns ("Исполнитель:   Заказчик:") go entirely to the left-hand role.
def _role_labels(context: ExtractionContext) -> list[RoleLabel]:
    patterns = _ROLE_PATTERNS.get(context.document_type, _DEFAULT_ROLE_PATTERNS)
    labels = []
    for pattern, role in patterns:
        for match in pattern.finditer(context.text):
            label_end = _LABEL_END_RE.match(context.text, match.end())
            if label_end is not None:
                labels.append(RoleLabel(match.start(), label_end.end(), role, False))
    return labels


def _bank_labels(context: ExtractionContext) -> list[RoleLabel]:
    bank_of = _BANK_OF.get(context.document_type, _DEFAULT_BANK_OF)
    labels = []
    for match in _BANK_LABEL_RE.finditer(context.text):
        role = bank_of.get(match.group("whose"))
        if role is not None:
            label_end = _LABEL_END_RE.match(context.text, match.end())
            end = label_end.end() if label_end else match.end()
            labels.append(RoleLabel(match.start(), end, role, True))
    return labels


def _fill_section(context: ExtractionContext, section: Section, fields: dict) -> None:
    add_requisites(
        context,
        fields,
        find_requisites(context, section.start, section.end),
        _LABEL_CONFIDENCE,
    )
    name_key = "bank_name" if section.bank else "name"
    if name_key in fields:
        return
    span = name_run(context, section.start, section.end)
    if span is not None:
        fields[name_key] = name_field(context, span, _NAME_CONFIDENCE)
