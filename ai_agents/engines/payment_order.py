"""Parties of the Russian payment order form 0401060, read in its printed layout.

On the form each block's caption sits below its content, so text read top to bottom
(OCR or a text layer) gives, in order:

    payer INN/KPP, payer name, payer account            then the caption "Плательщик"
    payer's bank name, BIK, correspondent account       then "Банк плательщика"
    payee's bank name, BIK, correspondent account       then "Банк получателя"
    payee INN/KPP, payee account, payee name            then "Получатель"

When all four captions appear in that order, the blocks between them are assigned by
position. Otherwise `find_payment_order_parties` returns None and the label-based
reader in `parties` runs instead.
"""

from dataclasses import dataclass

from .context import ExtractionContext
from .names import name_field, name_run
from .parties import add_requisites
from .requisites import Requisite, find_bare_nine_digits, find_requisites
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


def find_payment_order_parties(context: ExtractionContext) -> dict | None:
    """Return the payer and payee read from the form layout, or None without it."""
    blocks = _blocks(context)
    if blocks is None:
        return None
    parties: dict[str, dict] = {"payer": {}, "payee": {}}
    for block in blocks:
        _fill_block(context, block, parties[block.role])
    return {role: fields for role, fields in parties.items() if fields}


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


def _fill_block(context: ExtractionContext, block: Block, fields: dict) -> None:
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
    add_requisites(context, fields, labeled, _LABELED_CONFIDENCE)
    add_requisites(context, fields, positional, _POSITIONAL_CONFIDENCE)
    name_start = (
        block.start
        if block.bank
        else _first_requisite_line_end(context, block, requisites)
    )
    span = name_run(context, name_start, block.end)
    if span is not None:
        fields["bank_name" if block.bank else "name"] = name_field(
            context, span, _NAME_CONFIDENCE
        )


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
