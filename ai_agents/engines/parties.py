"""Assignment of names and requisites to party roles (seller, buyer, payer, payee ...).

Role labels (`roles`) and the names a contract binds to roles (`defined_roles`) open
sections (`sections`), and the requisites inside a section belong to its role. Two
things override the section: a label that names the owner ("ИНН покупателя", "БИК
банка получателя"), and on payment orders the order of the bank form, where a second
bank inside the payer's section is the payee's bank.

Requisites outside every section go to the seller on receipts, which carry only the
seller's INN, and on invoices and acts when they stand above the first section.
Elsewhere they go to "unassigned".

The result maps a role to its fields: "name", "inn", "kpp", "ogrn", "bik",
"account", "correspondent_account", "bank_name", "iban", "swift" and "vat_id" as
found. Values that no role can take are kept under "unassigned", "unassigned_2", ...
as `party_store` describes.
"""

from .context import ExtractionContext
from .defined_roles import find_defined_parties, name_labels
from .names import has_legal_form, name_part, name_run_in_lines
from .party_store import UNASSIGNED, PartyStore
from .payment_order import fill_payment_order_form, split_payee_bank
from .requisites import BANK_KEYS, Requisite, find_requisites
from .roles import RoleLabel, find_role_labels, owner_role
from .sections import Section, build_sections
from .text import compile_folded

_LABEL_CONFIDENCE = 0.85
_UNASSIGNED_CONFIDENCE = 0.6
_NAME_CONFIDENCE = 0.7
_DEFINED_NAME_CONFIDENCE = 0.6
_TOP_CONFIDENCE = 0.5
_DEFAULT_ROLE_BY_TYPE = {"receipt": "seller"}
_TOP_ROLE_BY_TYPE = {"invoice": "seller", "act": "seller"}
_TITLE_LINE_RE = compile_folded(
    r"[^\w\n]*(?:(?:tax\s+|commercial\s+|proforma\s+)?invoice|сч[её]т|акт|инвойс"
    r"|factuur|facture|rechnung|fattura|factura|faktura)\b"
)

# A bank named after the account ("р/с 4070... в ПАО СБЕРБАНК") or on its own line.
_BANK_AFTER_ACCOUNT_RE = compile_folded(
    r"[ \t,]*(?:в|in)\s+(?:банке\s+)?(?=[^\n]*банк|[^\n]*bank)"
)
_BANK_LINE_RE = compile_folded(
    r"[ \t]*(?:в\s+(?=[^\n]*банк)"
    r"|(?:банк|наименование\s+банка|bank(?:\s+name)?)\s*:\s*)"
)


def find_parties(context: ExtractionContext) -> dict:
    """Return {role: {requisite or name: field}} for the parties of the document."""
    store = PartyStore(context)
    covered = None
    if context.document_type == "payment_order":
        covered = fill_payment_order_form(context, store)
    if covered is None:
        covered = _fill_sections(context, store)
    _add_outside(context, store, covered)
    return store.as_dict()


def _fill_sections(
    context: ExtractionContext, store: PartyStore
) -> list[tuple[int, int]]:
    """Fill the store from role sections and return the pieces they cover."""
    defined = find_defined_parties(context)
    labels = _merged_labels(
        context, find_role_labels(context), name_labels(context, defined)
    )
    sections = split_payee_bank(context, build_sections(context, labels))
    covered = []
    for section in sections:
        _fill_section(context, store, section)
        covered += section.pieces
    for party in defined:
        for requisite in find_requisites(context, *party.clause):
            store.add_requisite(party.role, requisite, _LABEL_CONFIDENCE)
        covered.append(party.clause)
        store.add_name(party.role, "name", party.name_span, _DEFINED_NAME_CONFIDENCE)
    return covered


def _add_outside(
    context: ExtractionContext, store: PartyStore, covered: list[tuple[int, int]]
) -> None:
    """Store the requisites outside every section under their owner or default role.

    On invoices and acts the requisites above the first section are the issuer's
    letterhead or payment block, so they go to the seller. Without any section there
    is no telling a letterhead from a footer, and they stay unassigned.

    On payment orders a bare 20-digit number outside the party blocks is skipped,
    because the budget classification code (КБК) and the payment identifier (УИН)
    have 20 digits too.
    """
    default_role = _DEFAULT_ROLE_BY_TYPE.get(context.document_type, UNASSIGNED)
    top_role = _TOP_ROLE_BY_TYPE.get(context.document_type) if covered else None
    first_start = min((start for start, _ in covered), default=0)
    is_payment_order = context.document_type == "payment_order"
    top: list[Requisite] = []
    for requisite in find_requisites(context, 0, len(context.text)):
        if any(start <= requisite.start < end for start, end in covered):
            continue
        if is_payment_order and not requisite.labeled:
            continue
        owner = owner_role(context.document_type, requisite.owner)
        if owner is not None:
            store.add_requisite(owner, requisite, _LABEL_CONFIDENCE)
        elif top_role is not None and requisite.start < first_start:
            store.add_unplaced(top_role, requisite, _TOP_CONFIDENCE)
            top.append(requisite)
        else:
            store.add_unplaced(default_role, requisite, _UNASSIGNED_CONFIDENCE)
    if top_role is not None and top:
        _add_letterhead_name(context, store, top_role, top[0])


def _add_letterhead_name(
    context: ExtractionContext, store: PartyStore, role: str, first: Requisite
) -> None:
    """Name the role after the first line with a legal form above its requisites."""
    end = context.document.line_end(first.start)
    for line in _lines(context, 0, end):
        if has_legal_form(context, *line) and not _TITLE_LINE_RE.match(
            context.text, *line
        ):
            span = name_part(context, *line)
            if span is not None:
                store.add_name(role, "name", span, _TOP_CONFIDENCE)
            return


def _merged_labels(
    context: ExtractionContext, labels: list[RoleLabel], names: list[RoleLabel]
) -> list[RoleLabel]:
    """Merge role and name labels, dropping a name that only repeats its label.

    "Поставщик:" followed by "ООО «Альфа»" is one block, so a name label goes when
    the label before it has the same role and no requisite lies between them.
    """
    merged = sorted(labels + names)
    kept: list[RoleLabel] = []
    for label in merged:
        previous = kept[-1] if kept else None
        if (
            label.kind == "name"
            and previous is not None
            and previous.role == label.role
            and not find_requisites(context, previous.end, label.start)
        ):
            continue
        if previous is not None and previous.start == label.start:
            continue
        kept.append(label)
    return kept


def _fill_section(
    context: ExtractionContext, store: PartyStore, section: Section
) -> None:
    """Store a section's requisites, its party's name and its bank's name."""
    requisites = [
        requisite
        for start, end in section.pieces
        for requisite in find_requisites(context, start, end)
    ]
    for requisite in requisites:
        role = owner_role(context.document_type, requisite.owner) or section.role
        store.add_requisite(role, requisite, _LABEL_CONFIDENCE)
    lines = list(_section_lines(context, section))
    if section.bank:
        span = name_run_in_lines(context, lines)
        if span is not None:
            store.add_name(section.role, "bank_name", span, _NAME_CONFIDENCE)
        return
    bank_lines = set()
    for line in lines:
        line_requisites = [r for r in requisites if line[0] <= r.start < line[1]]
        bank = _bank_name(context, line, line_requisites)
        if bank is None:
            continue
        is_bank_line, span = bank
        if is_bank_line:
            bank_lines.add(line)
        if span is not None:
            store.add_name(section.role, "bank_name", span, _NAME_CONFIDENCE)
    span = name_run_in_lines(
        context, [line for line in lines if line not in bank_lines]
    )
    if span is not None:
        store.add_name(section.role, "name", span, _NAME_CONFIDENCE)


def _bank_name(
    context: ExtractionContext, line: tuple[int, int], requisites: list[Requisite]
) -> tuple[bool, tuple[int, int] | None] | None:
    """Return whether a line of a party block is a bank line, and the bank's name.

    A line is a bank line when its first requisite is a bank's (BIK, correspondent
    account, SWIFT) or when it starts with "в ... банк" or "Банк:". A bank named
    after an account ("р/с ... в ПАО СБЕРБАНК") leaves the line a party line.
    """
    start, end = line
    if requisites and requisites[0].key in BANK_KEYS:
        return True, name_part(context, start, end)
    bank_line = _BANK_LINE_RE.match(context.text, start, end)
    if bank_line is not None:
        return True, name_part(context, bank_line.end(), end)
    for requisite in requisites:
        if requisite.key != "account":
            continue
        after = _BANK_AFTER_ACCOUNT_RE.match(context.text, requisite.end, end)
        if after is not None:
            return False, name_part(context, after.end(), end)
    return None


def _section_lines(context: ExtractionContext, section: Section):
    for start, end in section.pieces:
        yield from _lines(context, start, end)


def _lines(context: ExtractionContext, start: int, end: int):
    position = start
    while position < end:
        line_end = min(context.document.line_end(position), end)
        yield position, line_end
        position = line_end + 1
