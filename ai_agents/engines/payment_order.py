"""Parties of the Russian payment order form 0401060, read in its printed layout.

`payment_form` finds the form's blocks by their order, and here each block's
requisites and name go to its role. A 20-digit number in a bank block is the bank's
correspondent account, and a bare 9-digit number there is its BIK. A bare 9-digit
number after the INN on its line is the KPP. When the text does not follow the form,
`fill_payment_order_form` returns None and the label-based reader in `parties` runs
instead, with `split_payee_bank` to keep the form's order of the two banks.
"""

from .context import ExtractionContext
from .names import name_part, name_run
from .party_store import PartyStore
from .payment_form import Block, find_form_blocks
from .requisites import Requisite, find_bare_nine_digits, find_requisites
from .roles import owner_role
from .sections import Section

_LABELED_CONFIDENCE = 0.9
_POSITIONAL_CONFIDENCE = 0.7
_SETTLEMENT_PREFIX = "40"
# The single treasury account (ЕКС) of a treasury's bank, printed as its "Сч. №".
_TREASURY_PREFIX = "40102"
_NAME_CONFIDENCE = 0.6


def fill_payment_order_form(
    context: ExtractionContext, store: PartyStore
) -> list[tuple[int, int]] | None:
    """Store the payer and payee read from the form layout, or return None without it.

    Returns the (start, end) spans of the form's blocks.
    """
    blocks = find_form_blocks(context)
    if blocks is None:
        return None
    for block in blocks:
        if block.accounts_only:
            _fill_accounts(context, block, store)
        else:
            _fill_block(context, block, store)
    return [(block.start, block.end) for block in blocks]


def _fill_accounts(context: ExtractionContext, block: Block, store: PartyStore) -> None:
    """Store a labeled account of the block's role, unless the role has one."""
    if "account" in store.fields(block.role):
        return
    for requisite in find_requisites(context, block.start, block.end):
        if requisite.key == "account" and requisite.labeled:
            store.add_requisite(block.role, requisite, _LABELED_CONFIDENCE)
            return


def _fill_block(context: ExtractionContext, block: Block, store: PartyStore) -> None:
    """Store a block's requisites and name, a label's owner word winning its role."""
    requisites = find_requisites(context, block.start, block.end)
    if block.bank:
        party_account = _store_party_account(context, block, requisites, store)
        requisites = [
            _as_correspondent(requisite)
            for requisite in requisites
            if requisite is not party_account
        ]
        if not any(requisite.key == "bik" for requisite in requisites):
            requisites += find_bare_nine_digits(
                context, "bik", block.start, block.end, requisites
            )
    else:
        requisites += _kpp_beside_inn(context, requisites)
    labeled = [requisite for requisite in requisites if requisite.labeled]
    positional = [requisite for requisite in requisites if not requisite.labeled]
    for requisite in labeled:
        role = owner_role(context.document_type, requisite.owner) or block.role
        store.add_requisite(role, requisite, _LABELED_CONFIDENCE)
    for requisite in positional:
        store.add_requisite(block.role, requisite, _POSITIONAL_CONFIDENCE)
    name_start = (
        block.start
        if block.bank
        else _first_requisite_line_end(context, block, requisites)
    )
    span = name_run(context, name_start, block.end)
    if span is not None:
        key = "bank_name" if block.bank else "name"
        store.add_name(block.role, key, span, _NAME_CONFIDENCE)


def _kpp_beside_inn(
    context: ExtractionContext, requisites: list[Requisite]
) -> list[Requisite]:
    """Return a bare 9-digit number after the INN on its line as the KPP.

    The form prints "ИНН ... КПП ..." on one line, and OCR often garbles the short
    KPP label ("kan"), leaving the number.
    """
    if any(requisite.key == "kpp" for requisite in requisites):
        return []
    inn = next((requisite for requisite in requisites if requisite.key == "inn"), None)
    if inn is None:
        return []
    line_end = context.document.line_end(inn.end)
    found = find_bare_nine_digits(context, "kpp", inn.end, line_end, requisites)
    return found[:1]


def _is_party_account(context: ExtractionContext, requisite: Requisite) -> bool:
    """Return whether a number in a bank block reads as a settlement account.

    A correspondent account opens with 30101, a settlement account with 40. A
    text layer that prints the form cell by cell puts the payer's "Сч. №" after
    the caption "Плательщик", in the stretch of the payer's bank.
    """
    if requisite.key != "account":
        return False
    text = context.text
    return text.startswith(_SETTLEMENT_PREFIX, requisite.start) and not (
        text.startswith(_TREASURY_PREFIX, requisite.start)
    )


def _store_party_account(
    context: ExtractionContext,
    block: Block,
    requisites: list[Requisite],
    store: PartyStore,
) -> Requisite | None:
    """Store a settlement account found in a bank block as the party's own, when
    the party has none yet; return the requisite stored."""
    # Only the payer's block comes before its bank's; the payee's account follows
    # its bank's block in the payee's own.
    if block.role != "payer" or "account" in store.fields(block.role):
        return None
    for requisite in requisites:
        if _is_party_account(context, requisite):
            store.add_requisite(block.role, requisite, _POSITIONAL_CONFIDENCE)
            return requisite
    return None


def _as_correspondent(requisite: Requisite) -> Requisite:
    """Treat a 20-digit number in a bank block as the bank's correspondent account."""
    if requisite.key != "account":
        return requisite
    return Requisite(
        "correspondent_account", requisite.start, requisite.end, requisite.labeled
    )


def _first_requisite_line_end(
    context: ExtractionContext, block: Block, requisites: list[Requisite]
) -> int:
    """Return where the name search starts: after the first requisite's line."""
    if not requisites:
        return block.start
    return min(context.document.line_end(requisites[0].start) + 1, block.end)


def split_payee_bank(
    context: ExtractionContext, sections: list[Section]
) -> list[Section]:
    """Give the payee the second bank in a payer's section on a payment order.

    Text in the order of the bank form runs payer, payer's bank, payee's bank, payee.
    With no bank captions both banks fall into the payer's section, and the second
    one, from the line of its BIK, belongs to the payee's bank.
    """
    if context.document_type != "payment_order":
        return sections
    result = []
    for index, section in enumerate(sections):
        following = sections[index + 1] if index + 1 < len(sections) else None
        split = None
        if (
            section.role == "payer"
            and not section.bank
            and len(section.pieces) == 1
            and following is not None
            and following.role == "payee"
        ):
            split = _second_bank_start(context, *section.pieces[0])
        if split is None:
            result.append(section)
            continue
        start, end = section.pieces[0]
        result.append(Section("payer", ((start, split),)))
        result.append(Section("payee", ((split, end),), bank=True))
    return result


def _second_bank_start(context: ExtractionContext, start: int, end: int) -> int | None:
    biks = [r for r in find_requisites(context, start, end) if r.key == "bik"]
    document = context.document
    lines = []
    for bik in biks:
        line_start = document.line_start(bik.start)
        if line_start not in lines:
            lines.append(line_start)
    if len(lines) < 2:
        return None
    line_start = lines[1]
    previous_start = document.line_start(line_start - 1)
    previous_line = (previous_start, line_start - 1)
    if (
        previous_start > lines[0]
        and not find_requisites(context, *previous_line)
        and name_part(context, *previous_line)
    ):
        return previous_start
    return line_start
