"""Parties of the Russian payment order form 0401060, read in its printed layout.

On the form each block's caption sits below its content, so text read top to bottom
(OCR or a text layer) gives, in order:

    payer INN/KPP, payer name, payer account            then the caption "Плательщик"
    payer's bank name, BIK, correspondent account       then "Банк плательщика"
    payee's bank name, BIK, correspondent account       then "Банк получателя"
    payee INN/KPP, payee account, payee name            then "Получатель"

When all four captions appear in that order and requisites stand above the first,
the blocks between them are assigned by position. Otherwise
`fill_payment_order_form` returns None and the label-based reader in `parties` runs
instead, with `split_payee_bank` to keep the form's order of the two banks.
"""

from dataclasses import dataclass

from .context import ExtractionContext
from .names import name_part, name_run
from .party_store import PartyStore
from .requisites import Requisite, find_bare_nine_digits, find_requisites
from .sections import Section
from .text import compile_folded

_PAYER_CAPTION_RE = compile_folded(r"(?m)^[\W_]*плательщик[\W_]*$")
_PAYER_BANK_CAPTION_RE = compile_folded(r"(?m)^[\W_]*банк\s+плательщика\b.*$")
_PAYEE_BANK_CAPTION_RE = compile_folded(r"(?m)^[\W_]*банк\s+получателя\b.*$")
_PAYEE_CAPTION_RE = compile_folded(r"(?m)^[\W_]*получатель\b")
_INN_RE = compile_folded(r"\bинн\b")

_PAYER_BLOCK_CHARS = (
    400  # how far above the "Плательщик" caption to look when no INN is found
)
_LABELED_CONFIDENCE = 0.9
_POSITIONAL_CONFIDENCE = 0.7
_NAME_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Block:
    """A block of the form: the role it belongs to and whether it is the role's bank."""

    role: str
    start: int
    end: int
    bank: bool


def fill_payment_order_form(
    context: ExtractionContext, store: PartyStore
) -> list[tuple[int, int]] | None:
    """Store the payer and payee read from the form layout, or return None without it.

    Returns the (start, end) spans of the form's blocks.
    """
    blocks = _blocks(context)
    if blocks is None or not find_requisites(context, blocks[0].start, blocks[0].end):
        return None
    for block in blocks:
        _fill_block(context, block, store)
    return [(block.start, block.end) for block in blocks]


def _blocks(context: ExtractionContext) -> list[Block] | None:
    text = context.text
    payer = _PAYER_CAPTION_RE.search(text)
    payer_bank = payer and _PAYER_BANK_CAPTION_RE.search(text, payer.end())
    payee_bank = payer_bank and _PAYEE_BANK_CAPTION_RE.search(text, payer_bank.end())
    payee = payee_bank and _PAYEE_CAPTION_RE.search(text, payee_bank.end())
    if not (payer and payer_bank and payee_bank and payee):
        return None
    return [
        Block(
            "payer",
            _payer_block_start(context, payer.start()),
            payer.start(),
            bank=False,
        ),
        Block("payer", payer.end(), payer_bank.start(), bank=True),
        Block("payee", payer_bank.end(), payee_bank.start(), bank=True),
        Block("payee", payee_bank.end(), payee.start(), bank=False),
    ]


def _payer_block_start(context: ExtractionContext, caption_start: int) -> int:
    """Return the start of the line with the payer's INN, the block's first line."""
    inn = _INN_RE.search(context.text, 0, caption_start)
    if inn is None:
        return max(0, caption_start - _PAYER_BLOCK_CHARS)
    return context.document.line_start(inn.start())


def _fill_block(context: ExtractionContext, block: Block, store: PartyStore) -> None:
    requisites = find_requisites(context, block.start, block.end)
    if block.bank:
        requisites = [_as_correspondent(requisite) for requisite in requisites]
        if not any(requisite.key == "bik" for requisite in requisites):
            requisites += find_bare_nine_digits(
                context, "bik", block.start, block.end, requisites
            )
    else:
        requisites += _kpp_beside_inn(context, requisites)
    labeled = [requisite for requisite in requisites if requisite.labeled]
    positional = [requisite for requisite in requisites if not requisite.labeled]
    for requisite in labeled:
        store.add_requisite(block.role, requisite, _LABELED_CONFIDENCE)
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
