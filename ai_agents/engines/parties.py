"""Assignment of names and requisites to party roles (seller, buyer, payer, payee ...).

Role labels (`roles`) and the names a contract binds to roles (`defined_roles`) open
sections (`sections`), and the requisites inside a section belong to its role. Two
things override the section: a label that names the owner ("ИНН покупателя", "БИК
банка получателя"), and on payment orders the order of the bank form, where a second
bank inside the payer's section is the payee's bank.

Requisites outside every section go to the seller on receipts, which carry only the
seller's INN, and on invoices and acts when they stand above the first section.
Above the first section of other documents they go to the party whose block repeats
the letterhead's name. On bank statements the requisites above the operations table
go to the account holder, and on a power of attorney an account or bank outside the
party paragraphs goes to the principal. Elsewhere they go to "unassigned".

The result maps a role to its fields: "name", "inn", "kpp", "ogrn", "bik",
"account", "correspondent_account", "bank_name", "iban", "swift" and "vat_id" as
found. Values that no role can take are kept under "unassigned", "unassigned_2", ...
as `party_store` describes.
"""

import itertools
import re
from dataclasses import replace

from .context import ExtractionContext
from .defined_roles import GRANT_RE, find_defined_parties, name_labels
from .names import (
    has_full_legal_form,
    has_legal_form,
    last_legal_form,
    legal_form_spans,
    name_key,
    name_part,
    name_run_in_lines,
)
from .party_store import SAME_AS, UNASSIGNED, PartyStore
from .payment_order import fill_payment_order_form, split_payee_bank
from .reconciliation import find_reconciliation_parties
from .requisites import BANK_KEYS, Requisite, find_requisites
from .roles import RoleLabel, find_role_labels, on_transmission_line, owner_role
from .sections import Section, build_sections
from .text import CELL_GAP_RE, compile_folded
from .validators import is_valid_inn

_LABEL_CONFIDENCE = 0.85
_UNASSIGNED_CONFIDENCE = 0.6
_NAME_CONFIDENCE = 0.7
_DEFINED_NAME_CONFIDENCE = 0.6
_TOP_CONFIDENCE = 0.5
_DEFAULT_ROLE_BY_TYPE = {"receipt": "seller"}
# How far after an account of a named owner its bank's BIK may stand, within the
# same sentence: a full stop at a line end or a clause number ends it.
_OWNED_BANK_CHARS = 160
# A full stop after a digit or a word of five letters ends a sentence; "г.", "ул."
# or "корр." at a line end do not.
_CLAUSE_END_RE = re.compile(r"(?:[0-9]|[^\W\d_]{5})\.[ \t]*\n|\n[ \t]*[0-9]+\.")
_TOP_ROLE_BY_TYPE = {"invoice": "seller", "act": "seller"}
_BILL_TYPES = frozenset({"invoice", "act", "upd"})
# A credit note refunds to the customer's account ("to your EUR account ...").
_REFUND_BEFORE_RE = compile_folded(r"\b(?:your|ваш\w*|refund\w*|возвра\w*)\b")
_REFUND_CHARS = 160
# Bank keys and the account that a power of attorney gives outside its party
# paragraphs ("распоряжаться расчетным счетом № ... в банке ..., БИК ...") belong to
# the principal, because a power of attorney grants rights over the principal's own
# account.
_ACCOUNT_KEYS = frozenset({"account", "bik", "correspondent_account"})
_PAYEE_KEYS = _ACCOUNT_KEYS | {"iban", "swift"}
# A statement's table header with a column of counterparties' tax ids.
_INN_COLUMN_RE = compile_folded(r"(?:^|[ \t|])(?:инн|inn)(?=[ \t|]|$)", re.MULTILINE)
# The turnover or closing balance lines under the operations.
_TABLE_TOTAL_RE = compile_folded(
    r"[ \t|]*(?:обороты|итого|исходящий|остаток\s+на\s+конец|total|closing)"
)
_MONEY_COLUMN_RE = compile_folded(r"\b(?:дебет|кредит|debit|credit|сумма|amount)")
# How far a value's start may lie from its caption's in a table set by spaces.
_COLUMN_SLACK = 6
# How far below the start of the operations their table header may stand.
_HEADER_CHARS = 600
_BARE_INN_RE = re.compile(r"(?<![0-9])(?:[0-9]{12}|[0-9]{10})(?![0-9])")
_TAX_ID_KEYS = frozenset({"inn", "kpp", "ogrn", "ogrnip"})
# A German-style letterhead prints the sender's return address on one line above
# the window address ("Firma GmbH · Hafenstr. 4 · 28217 Bremen"), so the block
# below that line is the recipient's.
_RETURN_ADDRESS_RE = re.compile(
    r"(?m)^[ \t]*[^\n·•]{2,80}(?:[ \t][·•][ \t][^\n·•]{2,80}){2,}$"
)
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
# A carrier that names its trade on its letterhead's first line: "ООО «СкороКур» —
# курьерская служба". A shop "с курьерской доставкой" sells, it does not carry.
_CARRIER_LETTERHEAD_RE = compile_folded(
    r"\b(?:курьерская\s+служба|служба\s+доставки|транспортная\s+компания"
    r"|courier\s+(?:service|company)|express\s+courier)\b"
)
# A line that opens with requisites or contacts, which follow an issuer's letterhead.
_OWN_DETAILS_LINE_RE = compile_folded(
    r"[ \t]*(?:инн|кпп|огрн\w*|inn|kpp|tin|р\s*/\s*с|бик|bik|тел\w*|tel\w*|phone)\b"
)
_WINDOW_ROLE_BY_TYPE = {"invoice": "buyer", "act": "buyer"}
# A receipt's top lines that are no store name: greetings, titles, copies.
_RECEIPT_HEADING_RE = compile_folded(
    r"[^\w\n]*(?:добро\s+пожаловать|welcome|спасибо|thank|кассовый|товарный|чек\b"
    r"|(?:sales\s+|payment\s+|cash\s+|official\s+)?receipt|приход|продажа|копия|copy|дубликат|duplicate|возврат"
    r"|оплата|кассир|cashier|(?:merchant|customer)\s+copy|slip|слип)\b"
    r"|[^\w\n]*(?:терминал|terminal)\s*(?:№|#|id\b|:)"
)
# A store name without a legal form: a few words of letters and digits, with no
# comma, colon or other mark that an address, a date or a label would carry.
_STORE_LINE_RE = re.compile(
    r"[ \t*]*[^\W\d_][^\W_]*+(?:[ \t'’&.\-«»\"]++[^\W_]++){0,5}[ \t.!*]*"
)
_STORE_NAME_LINES = 3
_TITLE_WORDS = (
    r"(?:(?:tax\s+|commercial\s+|proforma\s+)?invoice|сч[её]т|акт|инвойс"
    r"|factuur|facture|rechnung|fattura|factura|faktura)\b"
)
_TITLE_LINE_RE = compile_folded(rf"[^\w\n]*{_TITLE_WORDS}")
# A bank's name ("ПАО Сбербанк", "Банк ВТБ"), not a banquet hall's.
_BANK_WORD_RE = compile_folded(r"банк(?!ет)|\bbank\b")
_TAX_ID_RE = compile_folded(r"\b(?:инн|inn|tin|vat)(?![^\W\d_])")
# A line that opens with the title, outside any ruled box: "INVOICE", "СЧЕТ № 5".
_TITLE_OPENING_LINE_RE = compile_folded(rf"(?m)^[ \t]*{_TITLE_WORDS}[^|\n]*$")

# A bank named after the account ("р/с 4070... в ПАО СБЕРБАНК") or on its own line.
# The account's currency may stand between them: "account 4070... (EUR) with ...".
_BANK_AFTER_ACCOUNT_RE = compile_folded(
    r"[ \t,]*(?:\([^()\n]{1,12}\)[ \t,]*)?(?:открыт\w*\s+)?(?:в|in|with|at)\s+"
    r"(?:банке\s+)?"
    # The bank's name may wrap before its word "Bank": "with PJSC "Stolichny Credit".
    r"(?=[^\n]*банк|[^\n]*bank|(?:пао|ао|pjsc|jsc)\b)"
)
# A SWIFT field tag may open the line: "52A: Payer's bank MEZHREGIONALNY BANK".
_BANK_LINE_RE = compile_folded(
    r"[ \t]*(?:[0-9]{2}[a-z]?:[ \t]*)?(?:в\s+(?=[^\n]*банк)"
    r"|(?:банк|наименование\s+банка|bank(?:\s+name)?)\s*:\s*"
    r"|(?:payer|payee|beneficiary|remitter|ordering\s+customer)(?:'s)?\s+bank\s*:?\s*)"
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
    if context.operations_start:
        _add_counterparty_column(context, store)
    _name_issuer_from_letterhead(context, store, covered)
    _name_unassigned(context, store)
    _name_banks(context, store)
    if context.document_type == "power_of_attorney":
        store.name_in_nominative("attorney")
    if context.document_type == "contract" and _CARRIAGE_TITLE_RE.search(
        context.text, 0, context.top_end
    ):
        # A contract of carriage names the carrier, who sells the carriage.
        store.rename_role("carrier", "seller")
    store.copy_same_requisites()
    store.name_same_as("shipper", "seller")
    store.move_russian_tax_ids()
    store.share_bank_details()
    return store.as_dict()


_BANK_NAMED_BY = ("account", "iban", "bik", "swift", "correspondent_account")


def _name_banks(context: ExtractionContext, store: PartyStore) -> None:
    """Name the bank of a role whose bank details lie outside a bank block.

    A letterhead or a payment line prints the bank on the line of its details:
    "р/с 4070... в ПАО Сбербанк, БИК ...", "Bank: Deutsche Bank AG, IBAN ...".
    """
    unnamed = {
        role: fields
        for role, fields in store.as_dict().items()
        if "bank_name" not in fields
        and not role.startswith(UNASSIGNED)
        and any(key in fields for key in _BANK_NAMED_BY)
    }
    if not unnamed:
        return
    requisites = find_requisites(context, 0, len(context.text))
    # The stored fields give spans in the original text, the requisites in the
    # folded one.
    by_span = {
        (
            requisite.key,
            context.document.original_span(requisite.start, requisite.end),
        ): requisite
        for requisite in requisites
        if requisite.key in _BANK_NAMED_BY
    }
    for role, fields in unnamed.items():
        for key in _BANK_NAMED_BY:
            found = fields.get(key)
            if found is None:
                continue
            requisite = by_span.get((key, tuple(found.get("span", ()))))
            if requisite is None:
                continue
            line = _cell_of(context, requisite.start)
            on_line = [
                other for other in requisites if line[0] <= other.start < line[1]
            ]
            bank = _bank_name(context, line, on_line)
            span = None if bank is None else _bank_word_span(context, bank[1])
            if span is not None:
                store.add_name(role, "bank_name", span, _TOP_CONFIDENCE)
                break


def _cell_of(context: ExtractionContext, position: int) -> tuple[int, int]:
    """Return the span of the table cell at `position`, or of its line outside a
    ruled table: a line of two parties' columns names each party's bank in its own
    cell."""
    text = context.text
    line_start = context.document.line_start(position)
    line_end = context.document.line_end(position)
    start = text.rfind("|", line_start, position) + 1 or line_start
    end = text.find("|", position, line_end)
    return start, line_end if end < 0 else end


# Outside a bank block only a name with a bank word names a bank ("ПАО Сбербанк",
# "Ege Ticaret Bankası"). A city or a caption beside the details does not. A label
# or a preposition before it is not part of it: "To: JSC Bank ...", "with ...".
_BANK_IN_NAME_RE = compile_folded(r"банк|bank")
# A caption of the details ("Банковские реквизиты", "Bank details", "bank charges
# for the payer") names no bank.
_BANK_CAPTION_RE = compile_folded(
    r"[ \t(]*(?:банковск\w+\s+реквизит|bank(?:ing)?\s+(?:details|charges|account)"
    r"|реквизит)"
)
# A printed SWIFT tag may stand before the label: "57A: Банк бенефициара: ...".
_BANK_NAME_PREFIX_RE = compile_folded(
    r"(?:(?:[^:\n]{0,30}:[ \t]*){1,2}|(?:to|with|at|in|в|во)[ \t]+)"
)


def _bank_word_span(
    context: ExtractionContext, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    if span is None or _BANK_IN_NAME_RE.search(context.text, *span) is None:
        return None
    start, end = span
    prefix = _BANK_NAME_PREFIX_RE.match(context.text, start, end)
    if prefix is not None:
        start = prefix.end()
    if _BANK_IN_NAME_RE.search(context.text, start, end) is None:
        return None
    if _BANK_CAPTION_RE.match(context.text, start, end):
        return None
    return start, end


def _fill_sections(
    context: ExtractionContext, store: PartyStore
) -> list[tuple[int, int]]:
    """Fill the store from role sections and return the pieces they cover."""
    defined = find_defined_parties(context)
    if not defined and context.document_type == "act":
        defined = find_reconciliation_parties(context)
    labels = _merged_labels(
        context, find_role_labels(context), name_labels(context, defined)
    )
    sections = split_payee_bank(context, build_sections(context, labels))
    header_end = context.operations_start
    if header_end:
        sections = [_clipped(section, header_end) for section in sections]
    covered = []
    # A payment block gives the account to pay to, so its bank details go first and
    # win over other accounts of the same party, such as one in the letterhead.
    for section in sorted(sections, key=lambda section: not section.below):
        _fill_section(context, store, section)
        covered += section.pieces
    for party in defined:
        for requisite in find_requisites(context, *party.clause):
            store.add_requisite(party.role, requisite, _LABEL_CONFIDENCE)
        covered.append(party.clause)
        store.add_name(party.role, "name", party.name_span, _DEFINED_NAME_CONFIDENCE)
    return covered


def _clipped(section: Section, header_end: int) -> Section:
    """Return a section of a statement's header without the operations below it.

    "Владелец счета:" heads the holder's block, and the table's rows name
    counterparties, whose accounts and bank codes are not the holder's.
    """
    if not section.pieces or section.pieces[0][0] >= header_end:
        return section
    pieces = tuple(
        (start, min(end, header_end))
        for start, end in section.pieces
        if start < header_end
    )
    return replace(section, pieces=pieces)


def _add_outside(
    context: ExtractionContext, store: PartyStore, covered: list[tuple[int, int]]
) -> None:
    """Store the requisites outside every section under their owner or default role.

    On invoices and acts the requisites above the first section are the issuer's
    letterhead or payment block, so they go to the seller. On other documents they
    go to the party whose block repeats the letterhead's name. Without any section
    there is no telling a letterhead from a footer, and they stay unassigned.

    On payment orders a bare 20-digit number outside the party blocks is skipped,
    because the budget classification code (КБК) and the payment identifier (УИН)
    have 20 digits too.
    """
    code = context.document_type
    default_role = _DEFAULT_ROLE_BY_TYPE.get(code, UNASSIGNED)
    first_start = min((start for start, _ in covered), default=0)
    header_end = context.operations_start
    window = None
    if code in _WINDOW_ROLE_BY_TYPE:
        window = _window_address(context)
        if window is None and not covered:
            window = _recipient_block(context)
    grant = _grant_start(context) if code == "power_of_attorney" else None
    top: list[Requisite] = []
    rest: list[Requisite] = []
    owned_account: tuple[str, int] | None = None
    first_principal: Requisite | None = None
    for requisite in find_requisites(context, 0, len(context.text)):
        if any(start <= requisite.start < end for start, end in covered):
            continue
        if code == "payment_order" and not requisite.labeled:
            continue
        owner = owner_role(context.role_scheme, requisite.owner)
        if owner is None and requisite.key in BANK_KEYS and owned_account:
            # "на счет продавца № 4070... в ПАО «Банк», БИК ...": the bank of an
            # account whose owner is named is that owner's.
            role, account_end = owned_account
            if requisite.start - account_end <= _OWNED_BANK_CHARS and not (
                _CLAUSE_END_RE.search(context.text, account_end, requisite.start)
            ):
                owner = role
        if requisite.key == "account":
            owned_account = (owner, requisite.end) if owner is not None else None
        if owner is not None:
            store.add_requisite(owner, requisite, _LABEL_CONFIDENCE)
        elif window is not None and window[0] <= requisite.start < window[1]:
            store.add_unplaced(
                _WINDOW_ROLE_BY_TYPE[code], requisite, _UNASSIGNED_CONFIDENCE
            )
        elif grant is not None:
            role = _grant_role(context, requisite, grant)
            store.add_unplaced(role, requisite, _TOP_CONFIDENCE)
            if role == "principal" and first_principal is None:
                first_principal = requisite
            if role == "seller" and "name" not in store.fields(role):
                _name_supplier(context, store, requisite.start)
        elif requisite.start < header_end:
            store.add_unplaced("account_holder", requisite, _TOP_CONFIDENCE)
        elif covered and requisite.start < first_start:
            top.append(requisite)
        else:
            rest.append(requisite)
    type_top_role = _TOP_ROLE_BY_TYPE.get(code)
    top_role = type_top_role
    if top and top_role is None:
        top_role = _letterhead_role(context, store, top[0])
    # A courier's or a haulier's own waybill prints the carrier's letterhead.
    if (
        top
        and top_role is None
        and code == "waybill"
        and _CARRIER_LETTERHEAD_RE.search(context.text, 0, _first_line_end(context))
    ):
        top_role = "carrier"
    for requisite in top:
        role = top_role or default_role
        if code == "payment_order" and requisite.key in BANK_KEYS:
            # An application for a transfer is addressed to the payer's bank.
            role = "payer"
        store.add_unplaced(role, requisite, _TOP_CONFIDENCE)
    if top and (type_top_role is not None or top_role == "carrier"):
        _add_letterhead_name(context, store, top_role, top[0])
    # The form M-2 prints its principal as a letterhead above the title.
    if first_principal is not None and "name" not in store.fields("principal"):
        _add_letterhead_name(context, store, "principal", first_principal)
    if code == "receipt" and "name" not in store.fields("seller"):
        _add_store_name(context, store)
    principal = code == "power_of_attorney" and bool(store.fields("principal"))
    # A bill's bank details under every party block are where to pay: the seller's,
    # unless the seller already has an account.
    # An IBAN and a SWIFT code under "Payment:" are where to pay as well.
    seller_fields = store.fields("seller")
    payee = code in _BILL_TYPES and not (
        "account" in seller_fields or "iban" in seller_fields
    )
    for requisite in rest:
        if principal and requisite.key in _ACCOUNT_KEYS:
            store.add_unplaced("principal", requisite, _TOP_CONFIDENCE)
        elif (
            payee
            and requisite.key in _PAYEE_KEYS
            and not _REFUND_BEFORE_RE.search(
                context.text, max(0, requisite.start - _REFUND_CHARS), requisite.start
            )
        ):
            store.add_unplaced("seller", requisite, _UNASSIGNED_CONFIDENCE)
        else:
            store.add_unplaced(default_role, requisite, _UNASSIGNED_CONFIDENCE)


def _add_counterparty_column(context: ExtractionContext, store: PartyStore) -> None:
    """Store the counterparties of a statement's rows under a column headed "ИНН".

    "03.04.2025  512  ООО «Северный Ветер»  7728143600  43 200,00" prints the
    counterparty's INN bare in its column, so no label marks it. A number in that
    column counts when its check digits are right: the same cell between rules,
    or the header's place on the line give or take _COLUMN_SLACK characters. An
    INN in the purpose of payment, or a phone number, is in another column. The
    company named in a cell of its row before it becomes the party's name.
    """
    text = context.text
    header = None
    header_search_end = min(len(text), context.operations_start + _HEADER_CHARS)
    for line in _lines(context, context.operations_start, header_search_end):
        caption = _INN_COLUMN_RE.search(text, *line)
        if caption is not None and _MONEY_COLUMN_RE.search(text, *line):
            header = (line, caption)
            break
    if header is None:
        return
    (header_start, header_end), caption = header
    # The column is the header's cell between rules, or its place on the line.
    cell_index = text.count("|", header_start, caption.start())
    ruled = "|" in text[header_start:header_end]
    column = caption.start() - header_start
    for row in _lines(context, header_end + 1, len(text)):
        if _TABLE_TOTAL_RE.match(text, *row):
            break
        for number in _BARE_INN_RE.finditer(text, *row):
            if ruled:
                in_column = text.count("|", row[0], number.start()) == cell_index
            else:
                in_column = abs(number.start() - row[0] - column) <= _COLUMN_SLACK
            if not in_column or not is_valid_inn(number.group(0)):
                continue
            requisite = Requisite("inn", number.start(), number.end(), labeled=False)
            store.add_unplaced(UNASSIGNED, requisite, _UNASSIGNED_CONFIDENCE)
            role = store.role_with("inn", number.group(0))
            if role is not None and role.startswith(UNASSIGNED):
                _name_from_row_cells(context, store, role, row[0], number.start())


def _name_from_row_cells(
    context: ExtractionContext, store: PartyStore, role: str, start: int, end: int
) -> None:
    """Name `role` after the last cell in text[start:end] that names a company
    other than the account holder.

    A row with payer and payee columns names the holder in one of them, and the
    counterparty in the other ("ООО «Северный Ветер» | ООО «Вектор» | 7876317063").
    """
    holder = store.fields("account_holder").get("name")
    holder_key = name_key(holder["value"]) if holder else None
    found = None
    position = start
    for gap in [*CELL_GAP_RE.finditer(context.text, start, end), None]:
        cell_end = gap.start() if gap is not None else end
        if cell_end > position and has_legal_form(context, position, cell_end):
            span = name_part(context, position, cell_end)
            if span is not None and (
                name_key(context.text[span[0] : span[1]]) != holder_key
            ):
                found = span
        if gap is not None:
            position = gap.end()
    if found is not None:
        store.add_name(role, "name", found, _UNASSIGNED_CONFIDENCE)


def _name_issuer_from_letterhead(
    context: ExtractionContext, store: PartyStore, covered: list[tuple[int, int]]
) -> None:
    """Name the issuer of an invoice or an act after its letterhead when nothing
    else named it.

    "SOCIETE MEDITERRANEENNE DE DISTRIBUTION SARL" on the first line, above the
    buyer's block and with no tax id under it, is the seller. The first line must
    stand above every party block, hold only a company's name (see
    `_name_line_span`) and be neither a bank nor a title, and its name must be no
    other party's.
    """
    role = _TOP_ROLE_BY_TYPE.get(context.document_type)
    if role is None or "name" in store.fields(role):
        return
    text = context.text
    start = len(text) - len(text.lstrip())
    end = context.document.line_end(start)
    if any(block_start <= end for block_start, _ in covered):
        return
    if _BANK_WORD_RE.search(text, start, end) or _TITLE_LINE_RE.match(text, start, end):
        return
    if _APPROVAL_RE.search(text, 0, context.document.top_end(_APPROVAL_LINES)):
        return  # the customer's name over its "УТВЕРЖДАЮ" stamp
    span = _name_line_span(context, start, end)
    if span is None:
        return
    key = name_key(context.text[span[0] : span[1]])
    if _issuer_named_below(context, end, key):
        return  # a recipient's address block over the title, as German bills open
    for fields in store.as_dict().values():
        name = fields.get("name")
        if name is not None and _same_name(name_key(name["value"]), key):
            return
    store.add_name(role, "name", span, _TOP_CONFIDENCE)


def _issuer_named_below(context: ExtractionContext, start: int, key: str) -> bool:
    """Return whether a line below `start` holds only another company's name and a
    tax id or an IBAN follows it within three lines, as an issuer's footer does."""
    text = context.text
    for line_start, line_end in _lines(context, start + 1, len(text)):
        # A footer may go on after the name: "Kestrel GmbH · Industriestr. 12".
        span = name_part(context, line_start, line_end)
        if span is None or name_key(text[span[0] : span[1]]) == key:
            continue
        if _name_line_span(context, span[0], span[1]) is None:
            continue
        window_end = line_end
        for _ in range(_FOOTER_LINES):
            window_end = context.document.line_end(min(window_end + 1, len(text)))
        if _FOOTER_ID_RE.search(text, line_start, window_end):
            return True
    return False


# An approval stamp at the top of an act, which the customer signs.
_APPROVAL_RE = compile_folded(r"\b(?:утверждаю|согласовано|approved)\b")
_APPROVAL_LINES = 5
# A tax id or an IBAN under a company's name in a footer.
_FOOTER_ID_RE = compile_folded(
    r"\b(?:инн|inn|vat|ust|steuer|iban|tax\s+id|tin)\b|\b[a-z]{2}[0-9]{2}[a-z0-9]{10,}"
)
_FOOTER_LINES = 3


def _name_unassigned(context: ExtractionContext, store: PartyStore) -> None:
    """Name an unassigned party after the company on the line of its first tax id,
    behind a caption that names no role: "От: ООО «Ромашка», ИНН 5001007329"."""
    for role, fields in store.as_dict().items():
        if not role.startswith(UNASSIGNED) or "name" in fields:
            continue
        first = min(
            (field["span"][0] for field in fields.values() if "span" in field),
            default=None,
        )
        if first is None:
            continue
        span = _unassigned_name_span(context, first)
        if span is not None:
            store.add_name(role, "name", span, _UNASSIGNED_CONFIDENCE)


def _unassigned_name_span(
    context: ExtractionContext, first: int
) -> tuple[int, int] | None:
    """Return the span of the company that owns the tax id at `first`.

    The company follows a caption that names no role ("От: ООО «Ромашка», ИНН
    5001007329"), precedes the tax id in brackets ("ООО «Уральские Технологии»
    (ИНН 6634021788)"), or is alone on the line above a line that opens with the
    tax id, as a letterhead prints it.
    """
    text = context.text
    line_start = context.document.line_start(first)
    caption = _OTHER_CAPTION_RE.match(text, line_start, first)
    if caption is not None and has_legal_form(context, caption.end(), first):
        return name_part(context, caption.end(), first)
    label = _TAX_LABEL_END_RE.search(text, line_start, first)
    label_start = label.start() if label is not None else first
    if _BRACKET_BEFORE_RE.search(text, line_start, label_start):
        form = last_legal_form(context, line_start, label_start)
        if form is not None:
            return name_part(context, form, label_start)
    if line_start > 0 and not text[line_start:label_start].strip():
        above = context.document.line_start(line_start - 1)
        if not _BANK_WORD_RE.search(text, above, line_start - 1):
            return _name_line_span(context, above, line_start - 1)
    return None


def _name_line_span(
    context: ExtractionContext, start: int, end: int
) -> tuple[int, int] | None:
    """Return the span of a line that holds only a company's name, or None.

    The legal form must open or close the line ("ООО «Кубань Агро»", "Northwind
    Components Ltd"), and nothing but the name may stand on it: no caption ("Copy
    for: ..."), no addressee ("Генеральному директору ООО «Бета»") and no sentence
    ("Поставка по договору с ООО «Техноимпорт» № 15").
    """
    text = context.text
    line = text[start:end]
    stripped = line.strip()
    if not stripped or ":" in stripped:
        return None
    first = start + len(line) - len(line.lstrip())
    last = start + len(line.rstrip(" \t,;."))
    forms = legal_form_spans(context, first, last)
    opens = any(form_start == first for form_start, _ in forms)
    closes = any(form_end == last for _, form_end in forms)
    if not opens and not (closes and _capitalized_words(context, first, last)):
        return None
    span = name_part(context, first, last)
    if span is None or text[span[1] : last].strip(" \t,;."):
        return None
    return span


def _capitalized_words(context: ExtractionContext, start: int, end: int) -> bool:
    """Return whether every word of text[start:end] but a name's particles ("de",
    "van", "and") opens with a capital, as in "Northwind Components Ltd" and not
    in "Authorised distributor of Weber Technik AG"."""
    original_start, original_end = context.document.original_span(start, end)
    words = _WORD_RE.findall(context.document.original[original_start:original_end])
    return all(word[0].isupper() or word in _NAME_PARTICLES for word in words)


_WORD_RE = re.compile(r"[^\W\d_]+")
_NAME_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "van", "von", "der", "den", "and", "und", "et"}
)
# The label of a tax id, which ends the text before its value.
_TAX_LABEL_END_RE = compile_folded(
    r"\b(?:инн|inn|tin)(?:[ \t]*/[ \t]*кпп)?[ \t]*[:№]?[ \t]*\Z"
)
# The title of a contract of carriage: "ДОГОВОР-ЗАЯВКА ... на перевозку груза".
_CARRIAGE_TITLE_RE = compile_folded(
    r"\b(?:перевозк\w*|договор-заявк\w*|заявк\w*\s+на\s+перевозку"
    r"|(?:contract|agreement)\s+of\s+carriage|transport\s+order|haulage)"
)
# The bracket that opens before a tax id: "ООО «Бета» (ИНН 6634021788)".
_BRACKET_BEFORE_RE = re.compile(r"[»\"”][ \t]*\([ \t]*\Z")


# A short caption that opens a line and ends in a colon: "От:", "Кому:", "To:".
_OTHER_CAPTION_RE = compile_folded(r"[ \t]*[^\W\d_]{2,20}[ \t]*:[ \t]*")


def _add_store_name(context: ExtractionContext, store: PartyStore) -> None:
    """Name a receipt's seller after the store name printed at its top.

    A receipt prints the shop's name without a label over its address and
    requisites ("ООО «Продукты у дома»", "GREENLEAF MARKET"). Greetings and titles
    ("Добро пожаловать", "КАССОВЫЙ ЧЕК", "SALES RECEIPT") are passed over, and the
    search ends at the first line that is neither, such as an address or a date.
    """
    text = context.text
    seen = 0
    for start, end in _lines(context, 0, len(text)):
        if not text[start:end].strip():
            continue
        seen += 1
        if seen > _STORE_NAME_LINES:
            return
        if _RECEIPT_HEADING_RE.match(text, start, end):
            continue
        if has_legal_form(context, start, end) or _STORE_LINE_RE.fullmatch(
            text, start, end
        ):
            span = name_part(context, start, end)
            if span is not None:
                store.add_name("seller", "name", span, _TOP_CONFIDENCE)
        return


def _grant_start(context: ExtractionContext) -> int | None:
    """Return where a power of attorney grants its powers ("доверяет", "hereby
    authorises", or the form M-2's line "Доверенность выдана:"), or None."""
    starts = [
        match.start()
        for pattern in (GRANT_RE, _FORM_GRANT_RE)
        if (match := pattern.search(context.text)) is not None
    ]
    return min(starts, default=None)


# The line of the form M-2 that names the attorney, under the principal's blocks:
# "Доверенность выдана", or "Выдана:" under the title.
_FORM_GRANT_RE = compile_folded(r"(?m)^[ \t]*(?:доверенность\s+выдана\b|выдана[ \t]*:)")


def _first_line_end(context: ExtractionContext) -> int:
    """Return where the first line with text ends."""
    start = len(context.text) - len(context.text.lstrip())
    return context.document.line_end(start)


def _grant_role(context: ExtractionContext, requisite: Requisite, grant: int) -> str:
    """Return the role of a requisite of a power of attorney without party labels.

    The requisites above the grant are the principal's, who issues the power. The
    tax ids after it (INN, KPP, OGRN) are the attorney's, a person or a company
    such as a customs representative, unless they follow the supplier that the
    attorney collects goods from ("получить от ООО «Ромашка» (ИНН ...)"). Accounts
    and bank codes stay the principal's, because the power concerns the
    principal's own accounts.
    """
    if requisite.start < grant or requisite.key not in _TAX_ID_KEYS:
        return "principal"
    window_start = max(grant, requisite.start - _SUPPLIER_WINDOW_CHARS)
    if _SUPPLIER_BEFORE_RE.search(context.text, window_start, requisite.start):
        return "seller"
    receiving = _RECEIVING_RE.search(context.text, grant, requisite.start)
    if receiving is not None and _PLACE_WORD_RE.search(
        context.text, receiving.end(), requisite.start
    ):
        # A company named in the power to take goods ("получить от ИП ... на ООО
        # «Элеватор» (ИНН ...)") is where the attorney acts, not who acts. A
        # company after the powers without such a word ("уполномочивает получить
        # ценности ... общество «ТрансЛогистик» (ИНН ...)") is the attorney.
        return UNASSIGNED
    return "attorney"


def _name_supplier(context: ExtractionContext, store: PartyStore, end: int) -> None:
    """Name the supplier that a power of attorney collects goods from: the last
    company after the word "от" or "from" and before its tax id ("получать от ООО
    «Уральские Технологии» (ИНН 6634021788)")."""
    start = max(0, end - _SUPPLIER_WINDOW_CHARS)
    words = list(_FROM_WORD_RE.finditer(context.text, start, end))
    # "получать от имени ООО «Альфа» у поставщика ООО «Бета» (ИНН ...)": the
    # company right before the tax id is the supplier.
    form = last_legal_form(context, words[-1].end(), end) if words else None
    if form is None:
        return
    span = name_part(context, form, end)
    if span is not None:
        store.add_name("seller", "name", span, _TOP_CONFIDENCE)


_FROM_WORD_RE = compile_folded(r"\b(?:от|from)\b")
# The powers to take goods or papers, which name where the attorney takes them.
# "to represent ..., as its customs representative, Baltic LLC, INN ..." may still
# name the attorney after its verb.
_PLACE_WORD_RE = compile_folded(r"\b(?:от|на|у|со?\s+склада|from|at)\b")
_RECEIVING_RE = compile_folded(
    r"\b(?:получить|получать|принять|принимать|to\s+(?:collect|receive))\b"
)


# The supplier that a power of attorney lets the attorney collect goods from,
# before the supplier's name and requisites, in one clause.
_SUPPLIER_BEFORE_RE = compile_folded(
    r"\b(?:получить|получать|получения|на\s+получение"
    r"|(?:collect|receive)(?:\s+\w+){0,4}?)\s+(?:от|from)\b[^.;:\n]{0,80}\Z"
)
_SUPPLIER_WINDOW_CHARS = 120


def _window_address(context: ExtractionContext) -> tuple[int, int] | None:
    """Return the span of the address block under a one-line return address, or None.

    The return address must be the first line with text, and the block ends at the
    first blank line. An issuer's own letterhead ("ООО «Альфа» · Москва · тел.")
    looks the same, but the lines under it give the issuer's requisites or repeat
    its name, so such a block is not taken.
    """
    text = context.text
    first = len(text) - len(text.lstrip())
    line = _RETURN_ADDRESS_RE.match(text, context.document.line_start(first))
    if line is None or line.start() > first:
        return None
    start = line.end()
    block = start + len(text[start:]) - len(text[start:].lstrip())
    if _OWN_DETAILS_LINE_RE.match(text, block):
        return None
    sender = re.split(r"[ \t][·•][ \t]", line.group(0).strip(), maxsplit=1)[0]
    recipient = text[block : context.document.line_end(block)]
    if name_key(sender) == name_key(recipient):
        return None
    blank = _BLANK_LINE_RE.search(text, block)
    return start, blank.start() if blank else len(text)


def _recipient_block(context: ExtractionContext) -> tuple[int, int] | None:
    """Return the span of an unlabelled addressee block above the title, or None.

    An invoice without role labels prints the issuer's letterhead first and the
    customer's name and requisites as a later block above its title ("Baltic
    Agrotechnika LLC" over "INN 3958239732, KPP 395801001" over "INVOICE"). The
    block must open with a company name other than the letterhead's and no bank's,
    and give a tax id.
    """
    text = context.text
    title = _TITLE_OPENING_LINE_RE.search(text)
    if title is None:
        return None
    blocks = [
        (start, end)
        for start, end in _blocks(text, 0, context.document.line_start(title.start()))
        if text[start:end].strip()
    ]
    if len(blocks) < 2:
        return None
    letterhead = name_key(text[blocks[0][0] : context.document.line_end(blocks[0][0])])
    for start, end in blocks[1:]:
        line_end = context.document.line_end(start)
        if not has_legal_form(context, start, line_end):
            continue
        if _BANK_WORD_RE.search(text, start, line_end) or not _TAX_ID_RE.search(
            text, start, end
        ):
            continue  # a bank's block ("ПАО «Сибирский Банк»" over its BIK)
        span = name_part(context, start, line_end)
        if span is not None and name_key(text[span[0] : span[1]]) != letterhead:
            return start, end
    return None


def _blocks(text: str, start: int, end: int):
    """Yield the spans of the paragraphs between blank lines in text[start:end]."""
    position = start
    for blank in _BLANK_LINE_RE.finditer(text, start, end):
        yield position, blank.start()
        position = blank.end()
    yield position, end


def _letterhead_role(
    context: ExtractionContext, store: PartyStore, first: Requisite
) -> str | None:
    """Return the role whose party has the name of the letterhead above `first`.

    A letterhead ("АО «Альфа»" over its INN) and a party block below it
    ("Отправитель: АО «Альфа», склад ...") that share a name are one company.
    """
    end = context.document.line_end(first.start)
    for line in _lines(context, 0, end):
        if not has_legal_form(context, *line) or on_transmission_line(context, line[0]):
            continue
        span = name_part(context, *line)
        if span is None:
            return None
        key = name_key(context.document.original[span[0] : span[1]])
        for role, fields in store.as_dict().items():
            name = fields.get("name")
            if name is not None and key and _same_name(name_key(name["value"]), key):
                return role
        return None
    return None


def _same_name(party_key: str, letterhead_key: str) -> bool:
    """Return whether a party's name is the letterhead's, perhaps followed by the
    town the block adds ("Arkhangelsk Sawn Timber JSC, Arkhangelsk, Russia")."""
    return party_key == letterhead_key or (
        " " in letterhead_key and party_key.startswith(letterhead_key + ",")
    )


def _add_letterhead_name(
    context: ExtractionContext, store: PartyStore, role: str, first: Requisite
) -> None:
    """Name the role after the first line with a legal form above its requisites.

    A short form in capitals ("AG", "OU") names the line's company only when the
    line is the name alone, so "Authorised distributor of Weber Technik AG" over
    the dealer's own name is passed over.
    """
    end = context.document.line_end(first.start)
    for line in _lines(context, 0, end):
        if (
            not has_legal_form(context, *line)
            or _TITLE_LINE_RE.match(context.text, *line)
            or on_transmission_line(context, line[0])
        ):
            continue
        if has_full_legal_form(context, *line):
            span = name_part(context, *line)
        else:
            span = _name_line_span(context, *line)
            if span is None:
                continue
        if span is not None:
            store.add_name(role, "name", span, _TOP_CONFIDENCE)
        return


def _merged_labels(
    context: ExtractionContext, labels: list[RoleLabel], names: list[RoleLabel]
) -> list[RoleLabel]:
    """Merge role and name labels, dropping a name that only repeats its label.

    "Поставщик:" followed by "ООО «Альфа»" is one block, so a name label goes when
    the last label of the same role comes before it with no requisite between
    them. That label may stand beside others ("Исполнитель:    Заказчик:" above
    "ИП Гусев    ООО «Бета»"), where the columns already part the blocks.
    """
    merged = sorted(labels + names)
    kept: list[RoleLabel] = []
    for label in merged:
        previous = kept[-1] if kept else None
        if label.kind == "name" and _repeats_label(context, kept, label):
            continue
        if previous is not None and previous.start == label.start:
            continue
        kept.append(label)
    return kept


def _repeats_label(
    context: ExtractionContext, kept: list[RoleLabel], name: RoleLabel
) -> bool:
    same_role = next(
        (earlier for earlier in reversed(kept) if earlier.role == name.role), None
    )
    return same_role is not None and not find_requisites(
        context, same_role.end, name.start
    )


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
        owner = owner_role(context.role_scheme, requisite.owner)
        store.add_requisite(owner or section.role, requisite, _LABEL_CONFIDENCE)
        if section.second and owner is None:
            store.add_requisite(section.second, requisite, _LABEL_CONFIDENCE)
    lines = list(_section_lines(context, section))
    if section.bank:
        # A "Bank: ..." line names the bank better than the block's first words,
        # which may be a label such as "Account (EUR):".
        span = (
            next(
                (
                    name_part(context, match.end(), end)
                    for start, end in lines
                    if (match := _BANK_LINE_RE.match(context.text, start, end))
                ),
                None,
            )
            or next(
                (
                    name_part(context, bank_start, line[1])
                    for line in lines
                    if (bank_start := _account_bank_start(context, line, requisites))
                    is not None
                ),
                None,
            )
            or name_run_in_lines(context, lines)
        )
        # A SWIFT tag before the name ("57A: Банк бенефициара: COBADEFFXXX") gives
        # the bank by its code in option A, and a print's caption names no bank.
        if span is not None and not _SWIFT_CAPTION_RE.search(
            context.text, section.pieces[0][0], span[1]
        ):
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
    above_bik = _bank_line_above_bik(context, lines, requisites)
    if above_bik is not None:
        line, span = above_bik
        bank_lines.add(line)
        store.add_name(section.role, "bank_name", span, _NAME_CONFIDENCE)
    party_lines = [line for line in lines if line not in bank_lines]
    span = name_run_in_lines(context, party_lines)
    if span is None and section.role == "shipper":
        span = _same_as_span(context, lines)
    if span is not None and _is_bank_name(context, span, requisites):
        # A stacked payment block prints the bank's name ("ПАО «Столичный Кредитный
        # Банк», г. Москва") right above its BIK and the payee's name last.
        rest = [line for line in party_lines if line[0] > span[1]]
        other = name_run_in_lines(context, rest)
        if other is not None:
            store.add_name(section.role, "bank_name", span, _NAME_CONFIDENCE)
            span = other
    if span is not None and not _is_swift_code(context, span):
        store.add_name(section.role, "name", span, _NAME_CONFIDENCE)
        if section.second:
            store.add_name(section.second, "name", span, _NAME_CONFIDENCE)


_BANK_WORD_RE = compile_folded(r"\b(?:банк|bank)\b")
# A printed SWIFT tag's caption ("52A: Ordering Institution - BIC") names no bank.
_SWIFT_CAPTION_RE = re.compile(r"[0-9]{2}[a-z]?:")
# A bank's SWIFT code alone names no party: the header of a transfer's print names
# the receiving bank so ("Получатель: COBADEFFXXX"). Only a code with a digit in its
# location or branch, or with the head office's "XXX", counts, because a one-word
# name such as "BRIDGESTONE" has a code's shape.
_SWIFT_CODE_RE = re.compile(
    r"[A-Z]{6}(?:[A-Z]{2}XXX|(?=[A-Z]{0,4}[0-9])[A-Z0-9]{2}(?:[A-Z0-9]{3})?)"
)
# "Грузоотправитель и его адрес: он же (3)": the party is the one named before,
# which PartyStore.name_same_as names.
_SAME_AS_NAME_RE = compile_folded(rf"[ \t]*(?P<name>{SAME_AS})\b")


def _same_as_span(
    context: ExtractionContext, lines: list[tuple[int, int]]
) -> tuple[int, int] | None:
    if not lines:
        return None
    found = _SAME_AS_NAME_RE.match(context.text, *lines[0])
    return None if found is None else found.span("name")


def _is_swift_code(context: ExtractionContext, span: tuple[int, int]) -> bool:
    if context.role_scheme != "payment_order":
        return False
    start, end = context.document.original_span(*span)
    return _SWIFT_CODE_RE.fullmatch(context.document.original[start:end]) is not None


def _is_bank_name(
    context: ExtractionContext, span: tuple[int, int], requisites: list[Requisite]
) -> bool:
    """Return whether a name names the bank of the block's BIK: it has the word
    "банк" and the next line opens with that BIK. A bank that is the party itself
    prints its INN and KPP under its name instead."""
    if _BANK_WORD_RE.search(context.text, *span) is None:
        return False
    next_start = context.document.line_end(span[1]) + 1
    following = [r for r in requisites if r.start >= next_start]
    if not following or following[0].key != "bik":
        return False
    return not context.text[next_start : following[0].start].strip()


_BIK_OPENING_RE = compile_folded(r"[ \t|]*бик(?:[ \t]+банка)?[ \t.:№]*")


def _bank_line_above_bik(
    context: ExtractionContext,
    lines: list[tuple[int, int]],
    requisites: list[Requisite],
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Return a line of a party's block that names a bank right above the line
    that opens with its BIK, and the bank's name: "Омское отделение № 8634 ПАО
    Сбербанк" over "БИК 045209673" in a column of a ruled requisites table."""
    for line, following in itertools.pairwise(lines):
        if any(line[0] <= r.start < line[1] for r in requisites):
            continue
        if _BANK_IN_NAME_RE.search(context.text, *line) is None:
            continue
        opening = [r for r in requisites if following[0] <= r.start < following[1]]
        if not opening or opening[0].key != "bik":
            continue
        if not _BIK_OPENING_RE.fullmatch(context.text, following[0], opening[0].start):
            continue
        span = _bank_word_span(context, name_part(context, *line))
        if span is not None:
            return line, span
    return None


def _account_bank_start(
    context: ExtractionContext, line: tuple[int, int], requisites: list[Requisite]
) -> int | None:
    """Return where a bank named after an account on the line starts ("р/с 4070...
    в ПАО СБЕРБАНК", "account 4070... with PJSC "Bank""), or None."""
    start, end = line
    for requisite in requisites:
        if requisite.key != "account" or not start <= requisite.start < end:
            continue
        after = _BANK_AFTER_ACCOUNT_RE.match(context.text, requisite.end, end)
        if after is not None:
            return after.end()
    return None


def _bank_name(
    context: ExtractionContext, line: tuple[int, int], requisites: list[Requisite]
) -> tuple[bool, tuple[int, int] | None] | None:
    """Return whether a line of a party block is a bank line, and the bank's name.

    A line is a bank line when its first requisite is a bank's (BIK, correspondent
    account, SWIFT) or when it starts with "в ... банк" or "Банк:". A bank named
    after an account ("р/с ... в ПАО СБЕРБАНК") leaves the line a party line.
    """
    start, end = line
    bank_line = _BANK_LINE_RE.match(context.text, start, end)
    if bank_line is not None:
        return True, name_part(context, bank_line.end(), end)
    if requisites and requisites[0].key in BANK_KEYS:
        # The bank's name may follow its BIK: "БИК 044646207 АО «Банк»".
        after = name_part(context, requisites[-1].end, end)
        return True, name_part(context, start, end) or after
    bank_start = _account_bank_start(context, line, requisites)
    if bank_start is not None:
        return False, name_part(context, bank_start, end)
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
