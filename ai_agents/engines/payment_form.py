"""Blocks of the Russian bank form 0401060 (payment order), found by their order.

The form prints its blocks in a fixed order, each caption under its block, so text
read top to bottom (OCR or a text layer) gives:

    payer INN, KPP, amount; payer name; payer account   caption "Плательщик"
    payer's bank name, BIK; its correspondent account   caption "Банк плательщика"
    payee's bank name, BIK; its correspondent account   caption "Банк получателя"
    payee INN, KPP, account; payee name                 caption "Получатель"
    tax row (КБК, ОКТМО, ...); purpose                  caption "Назначение платежа"

OCR loses and garbles captions, so the requisites set the blocks: the first INN
label opens the payer's block, the first BIK after it the payer's bank, the next
BIK on a later line the payee's bank, and the next INN label the payee's block. A
caption found where it belongs moves the boundary to the end of its line, since the
account column may share that line.

The layout is assumed only when no role label stands before the payer's INN and no
label with content ("Получатель: ООО ...") stands inside the form. Exports that put
each label before its content go to the label-based reader instead.
"""

from dataclasses import dataclass

from .context import ExtractionContext
from .names import name_part
from .payment_fields import FIELD_CAPTION_RE, PURPOSE_CAPTION_RE, TAX_ROW_RE
from .requisites import FORM_ACCOUNT_LABEL, INN_LABEL, Requisite, find_requisites
from .roles import find_role_labels
from .text import compile_folded

_INN_RE = compile_folded(INN_LABEL)
# A caption may share its line with the account column ("Плательщик   Сч. № ...").
_ACCOUNT_AFTER = rf"[ \t]*(?:{FORM_ACCOUNT_LABEL}|сч\b)"
_ACCOUNT_AFTER_RE = compile_folded(_ACCOUNT_AFTER)
_PAYER_CAPTION_RE = compile_folded(
    rf"(?m)^[^\w\n]*плательщик\b(?:[^\w\n]*$|{_ACCOUNT_AFTER})"
)
_PAYER_BANK_CAPTION_RE = compile_folded(r"(?m)^[^\w\n]*банк\s+плательщика\b")
_PAYEE_BANK_CAPTION_RE = compile_folded(r"(?m)^[^\w\n]*банк\s+получателя\b")
_SIGNATURE_CAPTION_RE = compile_folded(r"(?m)^[^\w\n]*(?:подписи|отметки\s+банка)")
_BARE_BIK_RE = compile_folded(r"(?<![0-9])04[0-9]{7}(?![0-9])")
_ACCOUNT_KEYS = frozenset({"account", "correspondent_account"})


@dataclass(frozen=True)
class Block:
    """A block of the form: its role, its span and whether it is the role's bank.

    A block with `accounts_only` set is the stretch after the payee's block, from
    the small captions to the tax row, where only a labeled account is the payee's.
    """

    role: str
    start: int
    end: int
    bank: bool = False
    accounts_only: bool = False


def find_form_blocks(context: ExtractionContext) -> list[Block] | None:
    """Return the party and bank blocks of the form in text order, or None.

    None means the text does not follow the form's layout.
    """
    payer_inn = _INN_RE.search(context.text)
    if payer_inn is None:
        return None
    payer_start = context.document.line_start(payer_inn.start())
    payer_line_end = context.document.line_end(payer_inn.end())
    form_end = _form_end(context, payer_line_end)
    if _has_content_labels(context, payer_inn.start(), form_end):
        return None
    biks = _bank_biks(context, payer_line_end, form_end)
    if not biks:
        return None
    payee = _payee_start(context, biks[0].end, form_end)
    if payee is None:
        return None
    payee_start, banks_end = payee
    banks_start = _banks_start(context, payer_line_end, biks[0])
    blocks = [Block("payer", payer_start, banks_start)]
    blocks += _bank_blocks(context, biks, banks_start, banks_end)
    blocks += _payee_blocks(context, payee_start, form_end)
    return blocks


def _payee_start(
    context: ExtractionContext, start: int, form_end: int
) -> tuple[int, int] | None:
    """Return where the payee's block starts and where the banks end, or None.

    The payee's INN line starts the block. Without an INN label the caption "Банк
    получателя" ends the banks, and the payee's block follows it.
    """
    document = context.document
    payee_inn = _INN_RE.search(context.text, start, form_end)
    end = document.line_start(payee_inn.start()) if payee_inn else form_end
    caption = _PAYEE_BANK_CAPTION_RE.search(context.text, start, end)
    if caption is None:
        return None if payee_inn is None else (end, end)
    caption_end = document.line_end(caption.start())
    if payee_inn is None:
        return caption_end, caption_end
    # A caption printed before its BIK, cell by cell, leaves the bank below it.
    if _bank_biks(context, caption_end, end):
        return end, end
    return end, caption_end


def _banks_start(context: ExtractionContext, start: int, first_bik: Requisite) -> int:
    """Return where the payer's bank starts, which ends the payer's block.

    That is after the caption "Плательщик", else at the first BIK's bank. When the
    caption "Банк плательщика" comes before the first BIK, the payer's bank lost
    its BIK, and its block starts after the line of the payer's account.
    """
    document = context.document
    bik_line = document.line_start(first_bik.start)
    caption = _PAYER_CAPTION_RE.search(context.text, start, bik_line)
    if caption is not None:
        return document.line_end(caption.start())
    bank_caption = _PAYER_BANK_CAPTION_RE.search(context.text, start, bik_line)
    if bank_caption is None:
        return _bank_start(context, first_bik)
    accounts = [
        requisite
        for requisite in find_requisites(context, start, bank_caption.start())
        if requisite.key in _ACCOUNT_KEYS
    ]
    if not accounts:
        return document.line_start(bank_caption.start())
    return document.line_end(accounts[0].start)


def _form_end(context: ExtractionContext, start: int) -> int:
    """Return where the party blocks end: the tax row, purpose or signatures."""
    ends = [len(context.text)]
    for pattern in (TAX_ROW_RE, PURPOSE_CAPTION_RE, _SIGNATURE_CAPTION_RE):
        match = pattern.search(context.text, start)
        if match is not None:
            ends.append(context.document.line_start(match.start()))
    return min(ends)


def _has_content_labels(context: ExtractionContext, payer_inn: int, end: int) -> bool:
    """Return whether role labels show a layout that puts labels before content.

    A caption followed by the account column ("Плательщик   Сч. № ...") reads as
    an inline label but is the form's caption.
    """
    for label in find_role_labels(context):
        if label.start >= end:
            break
        if label.start < payer_inn:
            return True
        if label.kind == "colon" or (
            label.kind == "inline"
            and _ACCOUNT_AFTER_RE.match(context.text, label.end) is None
        ):
            return True
    return False


def _bank_biks(context: ExtractionContext, start: int, end: int) -> list[Requisite]:
    """Return the BIKs in a range: labeled ones, and bare 9-digit numbers from 04.

    A bare number counts when no other requisite starts there, so an OCR'd label
    that no pattern reads ("BMK 044525225") still leaves its BIK.
    """
    requisites = find_requisites(context, start, end)
    requisite_starts = {requisite.start for requisite in requisites}
    biks = [requisite for requisite in requisites if requisite.key == "bik"]
    biks += [
        Requisite("bik", *match.span(), labeled=False)
        for match in _BARE_BIK_RE.finditer(context.text, start, end)
        if match.start() not in requisite_starts
    ]
    return sorted(biks, key=lambda requisite: requisite.start)


def _bank_blocks(
    context: ExtractionContext, biks: list[Requisite], start: int, end: int
) -> list[Block]:
    """Split the stretch between the payer and the payee into the two banks.

    The line of the caption "Банк плательщика" ends the payer's bank, or else the
    payee's bank starts at the line of the first BIK after the first BIK's line.
    With one BIK and no caption the stretch is the payer's bank.
    """
    caption = _PAYER_BANK_CAPTION_RE.search(context.text, start, end)
    payee_caption = _PAYEE_BANK_CAPTION_RE.search(context.text, start, end)
    if (
        caption is not None
        and payee_caption is not None
        and caption.start() < biks[0].start < payee_caption.start()
    ):
        # A text layer that prints the form cell by cell puts each bank's caption
        # after its name and before its BIK.
        split_at = _captioned_bank_start(context, payee_caption.start())
    elif caption is not None:
        split_at = context.document.line_end(caption.start())
    else:
        first_line = context.document.line_start(biks[0].start)
        second = next(
            (
                bik
                for bik in biks
                if context.document.line_start(bik.start) > first_line
                and bik.start < end
            ),
            None,
        )
        if second is None:
            return [Block("payer", start, end, bank=True)]
        split_at = _bank_start(context, second)
    return [
        Block("payer", start, split_at, bank=True),
        Block("payee", split_at, end, bank=True),
    ]


def _captioned_bank_start(context: ExtractionContext, caption: int) -> int:
    """Return where a bank whose caption precedes its BIK starts: at its name on
    the line above the caption, or at the caption."""
    document = context.document
    line_start = document.line_start(caption)
    if line_start == 0:
        return line_start
    above = document.line_start(line_start - 1)
    if find_requisites(context, above, line_start - 1):
        return line_start
    if name_part(context, above, line_start - 1) is None:
        return line_start
    return above


def _bank_start(context: ExtractionContext, bik: Requisite) -> int:
    """Return where a bank's block starts: its BIK's line or the name line above.

    The bank's name shares the line with its BIK, unless the BIK opens its line and
    the line above contains a name and no requisite.
    """
    document = context.document
    line_start = document.line_start(bik.start)
    if line_start == 0 or name_part(context, line_start, bik.start) is not None:
        return line_start
    above = document.line_start(line_start - 1)
    if find_requisites(context, above, line_start - 1):
        return line_start
    if name_part(context, above, line_start - 1) is None:
        return line_start
    return above


def _payee_blocks(context: ExtractionContext, start: int, form_end: int) -> list[Block]:
    """Return the payee's block, up to the small captions, and the rest of the form.

    The payee's account may follow the small captions ("Вид оп.", "Срок плат."),
    so the stretch from them to the tax row is kept for a labeled account.
    """
    first_line_end = context.document.line_end(start)
    caption = FIELD_CAPTION_RE.search(context.text, first_line_end, form_end)
    if caption is None:
        return [Block("payee", start, form_end)]
    end = context.document.line_start(caption.start())
    return [
        Block("payee", start, end),
        Block("payee", end, form_end, accounts_only=True),
    ]
