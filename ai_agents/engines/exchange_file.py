"""Payment orders in the exchange format of 1C accounting software and bank clients.

Accounting software hands payment orders to a bank client as a text file that opens
with "1CClientBankExchange" and has one KEY=VALUE pair per line. Each document
sits between "СекцияДокумент=Платежное поручение" and "КонецДокумента":

    Номер=418
    Дата=05.12.2025
    Сумма=84600.00
    ПлательщикИНН=5905683610
    ПлательщикРасчСчет=40702810544050008902
    ПолучательБИК=046015288
    НазначениеПлатежа=Оплата по счету ...

The keys name every field, so the first payment order of the file is read from
them instead of from the layout rules.

A bank client exports a statement in the same format: the header gives the period
("ДатаНачала", "ДатаКонца") and a "СекцияРасчСчет" section names the account and
its balances, and every payment of the period follows as a document section. The
statement is dated by the end of its period, and the account holder's INN, KPP and
BIK are read from the payments that debit or credit its account.
"""

import re

from .context import ExtractionContext
from .parsing import format_amount, parse_amount, parse_date
from .text import compile_folded, fold

# OCR of a printed file may double or drop an l: "1CClLientBankExchange".
_HEADER_RE = compile_folded(
    r"\A[^\w]*[1l]c[ \t]*c[li]{1,3}ent[ \t]*bank[ \t]*exchange\b"
)
_SECTION_RE = compile_folded(
    r"(?m)^секциядокумент[ \t]*=[ \t]*пл[ао]т[её]жное\s+поручение"
)
_SECTION_END_RE = compile_folded(r"(?m)^конецдокумента\b")
# A statement's payments may be payment orders, bank orders or collection orders.
_ANY_SECTION_RE = compile_folded(r"(?m)^секциядокумент[ \t]*=")
_ACCOUNT_SECTION_RE = compile_folded(r"(?m)^секциярасчсчет[ \t]*$")
_PERIOD_END_KEY = fold("ДатаКонца")
_STATEMENT_ACCOUNT_KEY = fold("РасчСчет")
_LINE_RE = re.compile(
    r"(?m)^(?P<key>[^\W\d_][\w]*)[ \t]*=[ \t]*(?P<value>[^\n]*?)[ \t]*$"
)
_CONFIDENCE = 0.98

_SCALAR_KEYS = {fold("Номер"): "number", fold("Дата"): "date", fold("Сумма"): "total"}
_PURPOSE_KEY = fold("НазначениеПлатежа")
_ROLES = {fold("Плательщик"): "payer", fold("Получатель"): "payee"}
# The suffixes of a party's keys. "РасчСчет" is the settlement account, and "Счет"
# repeats it or, in older files, is the only account.
_PARTY_SUFFIXES = {
    fold("ИНН"): "inn",
    fold("КПП"): "kpp",
    fold("РасчСчет"): "account",
    fold("Счет"): "account",
    fold("БИК"): "bik",
    fold("Корсчет"): "correspondent_account",
    "1": "name",
    fold("Банк1"): "bank_name",
}
# The folded text has l for a 1 after letters ("Плательщикl"), a repair meant for
# OCR'd words.
_PARTY_SUFFIXES.update(
    {
        suffix[:-1] + "l": key
        for suffix, key in list(_PARTY_SUFFIXES.items())
        if suffix.endswith("1")
    }
)
_DIGIT_KEYS = frozenset({"inn", "kpp", "account", "bik", "correspondent_account"})


def exchange_fields(context: ExtractionContext) -> tuple[dict, dict] | None:
    """Return (fields, parties) of the file's first payment order, or None when the
    text is no exchange file."""
    text = context.text
    if _HEADER_RE.match(text) is None:
        return None
    section = _SECTION_RE.search(text)
    if section is None:
        return None
    end = _SECTION_END_RE.search(text, section.end())
    section_end = end.start() if end else len(text)
    fields: dict = {}
    parties: dict = {}
    for line in _LINE_RE.finditer(text, section.end(), section_end):
        value = line.group("value")
        if not value:
            continue
        _read_line(context, line, fields, parties)
    return fields, parties


def is_exchange_statement(text: str) -> bool:
    """Return whether the text is a statement exported in the exchange format."""
    return (
        _HEADER_RE.match(text) is not None
        and _ACCOUNT_SECTION_RE.search(text) is not None
    )


def exchange_statement_fields(context: ExtractionContext) -> tuple[dict, dict] | None:
    """Return (fields, parties) of a statement in the exchange format, or None.

    The fields contain the date, the end of the period. The parties contain the
    account holder and, as "unassigned", "unassigned_2", ..., the counterparties
    of its payments.
    """
    text = context.text
    if not is_exchange_statement(text):
        return None
    first_section = _ANY_SECTION_RE.search(text)
    header_end = first_section.start() if first_section else len(text)
    fields: dict = {}
    holder: dict = {}
    # A file may cover several accounts of the holder, such as a rouble and a euro
    # account. The first is the holder's account in the result.
    accounts: set[str] = set()
    for line in _LINE_RE.finditer(text, 0, header_end):
        key, value = line.group("key"), line.group("value")
        span = line.span("value")
        if key == _PERIOD_END_KEY and "date" not in fields:
            _read_scalar(context, "date", value, span, fields)
        elif key == _STATEMENT_ACCOUNT_KEY:
            account = _original(context, *span).replace(" ", "")
            accounts.add(account)
            if "account" not in holder:
                holder["account"] = context.build_field(*span, account, _CONFIDENCE)
    if "account" not in holder:
        return (fields, {}) if fields else None
    counterparties: list[dict] = []
    for section in _document_sections(text):
        section_parties: dict = {}
        for line in _LINE_RE.finditer(text, *section):
            if line.group("value"):
                _read_line(context, line, {}, section_parties)
        for party in section_parties.values():
            if party.get("account", {}).get("value") in accounts:
                for key, found in party.items():
                    holder.setdefault(key, found)
            elif party and not any(
                _same_party(party, other) for other in counterparties
            ):
                counterparties.append(party)
    parties = {"account_holder": holder}
    for index, party in enumerate(counterparties, start=1):
        parties["unassigned" if index == 1 else f"unassigned_{index}"] = party
    return fields, parties


def _document_sections(text: str):
    """Yield the (start, end) of every document section of an exchange file."""
    for section in _ANY_SECTION_RE.finditer(text):
        end = _SECTION_END_RE.search(text, section.end())
        yield section.end(), end.start() if end else len(text)


def _same_party(party: dict, other: dict) -> bool:
    return any(
        key in party and party[key]["value"] == other.get(key, {}).get("value")
        for key in ("account", "inn")
    )


def _read_line(
    context: ExtractionContext, line: re.Match[str], fields: dict, parties: dict
) -> None:
    key, value = line.group("key"), line.group("value")
    start, end = line.span("value")
    if key in _SCALAR_KEYS:
        _read_scalar(context, _SCALAR_KEYS[key], value, (start, end), fields)
    elif key == _PURPOSE_KEY:
        fields["purpose"] = context.build_field(
            start, end, _original(context, start, end), _CONFIDENCE
        )
    else:
        for prefix, role in _ROLES.items():
            if key.startswith(prefix):
                _read_party_key(
                    context, role, key[len(prefix) :], (start, end), parties
                )
                return


def _read_scalar(
    context: ExtractionContext,
    name: str,
    value: str,
    span: tuple[int, int],
    fields: dict,
) -> None:
    if name == "number":
        fields["number"] = context.build_field(
            *span, _original(context, *span), _CONFIDENCE
        )
    elif name == "date":
        parsed = parse_date(value)
        if parsed is not None:
            fields["date"] = context.build_field(*span, parsed.iso, _CONFIDENCE)
    else:
        amount = parse_amount(value)
        if amount is not None:
            fields["total"] = context.build_field(
                *span, format_amount(amount), _CONFIDENCE
            )
            # The format carries roubles only.
            fields["currency"] = context.build_field(*span, "RUB", _CONFIDENCE)


def _read_party_key(
    context: ExtractionContext,
    role: str,
    suffix: str,
    span: tuple[int, int],
    parties: dict,
) -> None:
    key = _PARTY_SUFFIXES.get(suffix)
    if key is None:
        return
    fields = parties.setdefault(role, {})
    if key in fields:
        return
    value = _original(context, *span)
    if key in _DIGIT_KEYS:
        value = value.replace(" ", "")
        # A sole proprietor's KPP is written as 0.
        if not value.isdigit() or (key == "kpp" and set(value) == {"0"}):
            return
    fields[key] = context.build_field(*span, value, _CONFIDENCE)


def _original(context: ExtractionContext, start: int, end: int) -> str:
    original_start, original_end = context.document.original_span(start, end)
    return context.document.original[original_start:original_end]
