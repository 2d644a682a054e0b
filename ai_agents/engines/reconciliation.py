"""The seller and buyer of a reconciliation act, whose preamble names no roles.

An act of reconciliation of mutual settlements (акт сверки взаимных расчетов) names
its two parties in prose: "ООО «Альфа» (ИНН ..., КПП ...) в лице ..., с одной
стороны, и ООО «Бета» (ИНН ...) ..., с другой стороны". Which of them supplied the
other shows in the ledger below: the supplier's half of each row records a sale
("Продажа", "Реализация", "Отгрузка") where the customer's half records a receipt
("Приход", "Поступление", "Покупка"), and a ledger of sales alone is its owner's
(the first party's unless a column names another). Without such rows the party the
closing debt is owed to ("задолженность в пользу ООО «Альфа»") is taken as the
supplier, because a customer's debt for supplies is the usual balance of such an act.
"""

import re
from dataclasses import replace

from .context import ExtractionContext
from .defined_roles import DefinedParty, party_before, quoted_name_pattern
from .names import name_key
from .text import compile_folded, fold_pattern

# A company's legal form and quoted name, which may nest one quote: "ООО «Логистический
# центр «Прибрежный»»".
_NAME = (
    r"(?:ооо|оао|зао|пао|ао|тоо|ип)[ \t]*[«\"„“]"
    r"(?:[^«»\"„“”\n]|[«\"„“][^«»\"„“”\n]{1,60}[»\"“”]){1,80}[»\"“”]"
)
_TITLE_RE = compile_folded(r"\bакт\w*\s+сверки\b")
_FIRST_SIDE_RE = compile_folded(r"\bс\s+одной\s+стороны\b")
_SECOND_SIDE_RE = compile_folded(r"\bс\s+другой\s+стороны\b")
_CLAUSE_CHARS = 300
_SALE_RE = compile_folded(r"\b(?:продаж|реализац|отгрузк)\w*")
_PURCHASE_RE = compile_folded(r"\b(?:приход|поступлени|покупк|закупк)\w*")
# The first ledger column names its owner: "По данным ООО «Альфа», руб.". The
# preamble's "по данным учета" names no one, so the name must be quoted.
_LEDGER_OWNER_RE = compile_folded(
    r"\bпо\s+данным\s+(?P<name>[^\n|,«\"„“]{0,40}[«\"„“][^\n|]{1,80})"
)
# "между ООО «Альфа» и АО «Бета»" in the heading of an act without "с одной стороны".
_BETWEEN_RE = compile_folded(rf"\bмежду\s+(?P<first>{_NAME})\s+и\s+(?P<second>{_NAME})")
_BETWEEN_CHARS = 600
# The opening of a party block by its name: a line start, a column gap or a rule,
# and the "От" of a signature block ("От ООО «Альфа»:").
_BLOCK_OPENING = r"(?m)(?:^[ \t]*|(?<=[ \t]{3})|(?<=\|)[ \t]*)"
_SIGNATURE_FROM = fold_pattern(r"(?:от[ \t]+)?")
_QUOTED_RE = re.compile(r"[«\"„“]([^«»\"„“”\n]{1,80})[»\"“”]")
# The tax ids in a bracket after a name: "ООО «Альфа» (ИНН 6316410942, КПП ...)".
# The closing quote of an outer name may follow: "ООО «ЛЦ «Прибрежный»» (ИНН ...)".
_BRACKETED_TAX_IDS = fold_pattern(r"[»\"“”]?\s*\((?=[^()]{0,10}инн)[^()]{1,120}\)")
# A ledger row opens with its date: "05.10.2025 Реализация (12) 150 000,00".
_LEDGER_ROW_RE = re.compile(r"[ \t|]*[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}\b")
_CREDITOR_RE = compile_folded(r"\bв\s+пользу\s+(?P<name>[^\n|,]{3,120})")


def is_reconciliation_act(context: ExtractionContext) -> bool:
    """Return whether the act is one of reconciliation (акт сверки)."""
    return _TITLE_RE.search(context.text, 0, context.top_end) is not None


def find_reconciliation_parties(context: ExtractionContext) -> list[DefinedParty]:
    """Return the seller and the buyer of a reconciliation act, or an empty list."""
    text = context.text
    if _TITLE_RE.search(text) is None:
        return []
    sides = _sides(context)
    if sides is None:
        return []
    first, second = (_opening_blocks(text, party) for party in sides[:2])
    preamble_end = sides[2]
    first_key = name_key(text[first.name_span[0] : first.name_span[1]])
    second_key = name_key(text[second.name_span[0] : second.name_span[1]])
    supplier = _supplier_key(text, preamble_end, first_key, second_key)
    if supplier is None:
        return []
    if supplier == second_key:
        first, second = replace(second, role="seller"), replace(first, role="buyer")
    return [first, second]


def _sides(
    context: ExtractionContext,
) -> tuple[DefinedParty, DefinedParty, int] | None:
    """Return the two parties in the preamble's order and where the preamble ends."""
    text = context.text
    first_side = _FIRST_SIDE_RE.search(text)
    second_side = _SECOND_SIDE_RE.search(text, first_side.end()) if first_side else None
    if first_side is None or second_side is None:
        return _parties_between(context)
    first = party_before(
        context, "seller", max(0, first_side.start() - _CLAUSE_CHARS), first_side
    )
    second_start = max(first_side.end(), second_side.start() - _CLAUSE_CHARS)
    second = party_before(context, "buyer", second_start, second_side)
    if first is None or second is None:
        return None
    return first, second, second_side.end()


def _opening_blocks(text: str, party: DefinedParty) -> DefinedParty:
    """Return the party with its name found where it opens a requisites block.

    The requisites of an act of reconciliation stand under the names at its foot,
    side by side and after "От": "От ООО «Альфа»:      От ООО «Бета»:".
    """
    quoted = _QUOTED_RE.search(text, *party.name_span)
    if quoted is None:
        return party
    name = quoted_name_pattern(quoted.group(1))
    pattern = rf"{_BLOCK_OPENING}(?P<name>{_SIGNATURE_FROM}{name})"
    party = replace(party, line_pattern=re.compile(pattern))
    if party.requisites_span is None:
        # "Мы, нижеподписавшиеся, ... ООО «Альфа» (ИНН ..., КПП ...) ... и ..."
        bracket = re.search(rf"{name}{_BRACKETED_TAX_IDS}", text)
        if bracket is not None:
            party = replace(party, requisites_span=bracket.span())
    return party


def _parties_between(
    context: ExtractionContext,
) -> tuple[DefinedParty, DefinedParty, int] | None:
    """Return the parties of a heading "между ООО «Альфа» и АО «Бета»".

    Such an act gives the requisites under the two names, often side by side at
    its foot, so a name also opens a block after a column gap or a table rule.
    """
    between = _BETWEEN_RE.search(context.text, 0, _BETWEEN_CHARS)
    if between is None:
        return None
    # The block pattern of each name is set by _opening_blocks, so none is set here.
    parties = [
        DefinedParty(role, between.span(group), re.compile("(?!)"), between.span())
        for role, group in (("seller", "first"), ("buyer", "second"))
    ]
    return parties[0], parties[1], between.end()


def _supplier_key(text: str, start: int, first: str, second: str) -> str | None:
    """Return the quoted name of the supplier, found from the ledger or the debt."""
    owner = _LEDGER_OWNER_RE.search(text, start)
    left = name_key(owner.group("name")) if owner else first
    right = second if left == first else first
    sold = False
    for line in text[start:].splitlines():
        sale = _SALE_RE.search(line)
        purchase = _PURCHASE_RE.search(line)
        if sale is not None and purchase is not None:
            return left if sale.start() < purchase.start() else right
        sold = sold or (sale is not None and _LEDGER_ROW_RE.match(line) is not None)
    creditor = _CREDITOR_RE.search(text, start)
    if creditor is not None:
        key = name_key(creditor.group("name"))
        if key in (first, second):
            return key
    # A one-sided ledger of sales only ("05.10.2025 Реализация (12)") is its
    # owner's record of what it supplied. Receipts alone may be payments received,
    # so they settle nothing.
    if sold and _PURCHASE_RE.search(text, start) is None:
        return left
    return None
