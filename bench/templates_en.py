"""English templates, one function per document type.

Parties of invoices, contracts, acts, UPDs, waybills and payment orders are partners
of Russian companies, so those documents print INN, KPP, BIC and account numbers
with English labels.
"""

import random
from decimal import Decimal

from . import values
from .draft import Draft, doc_number, items, total_of
from .formats import date_en, money_en, number_en
from .parties import company_en, person_en
from .values import Company

_GOODS = (
    "Stainless hinge 90 mm",
    "Hydraulic hose 1/2 in",
    "LED panel 600x600",
    "Thermal paper roll 80 mm",
    "Safety goggles, clear",
    "Pallet wrap film 23 mic",
    "Ball valve DN25",
    "Cable tie 300 mm, pack",
    "Toner cartridge TN-2420",
)
_SERVICES = (
    "Network audit",
    "On-site maintenance visit",
    "Translation of technical manual",
    "Cloud hosting, monthly plan",
    "Freight forwarding",
    "Software license renewal",
)
_CURRENCIES = ("USD", "USD", "EUR", "GBP", "RUB")


def _tax_ids(rng: random.Random, company: Company) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"INN {company.inn}, KPP {company.kpp}"
    if style == 1:
        return f"INN/KPP: {company.inn}/{company.kpp}"
    return f"TIN (INN): {company.inn}   KPP: {company.kpp}"


def _bank_lines(rng: random.Random, company: Company) -> list[str]:
    bank = company.bank
    if rng.randrange(2):
        return [
            f"Bank: {bank.name}",
            f"BIC: {bank.bik}",
            f"Account No.: {company.account}",
            f"Correspondent account: {bank.correspondent_account}",
        ]
    return [f"Account {company.account} with {bank.name}, BIK {bank.bik}"]


def _party_block(
    draft: Draft, word: str, company: Company, *, bank: bool, address: bool = True
) -> None:
    rng = draft.rng
    lines = [f"{word}: {company.name}"]
    if address:
        lines.append(company.address)
    lines.append(_tax_ids(rng, company))
    if bank:
        lines.extend(_bank_lines(rng, company))
    draft.add(*lines)


def _table(draft: Draft, goods: list, currency: str) -> None:
    rng = draft.rng
    draft.add(
        rng.choice(
            ("Description  Qty  Unit price  Amount", "Item  Quantity  Price  Total")
        )
    )
    for item in goods:
        draft.add(
            f"{item.name}  {item.quantity}  {number_en(rng, item.price)}  "
            f"{number_en(rng, item.amount)}"
        )
    draft.expect_items(goods)


def _money_setup(draft: Draft, goods: list) -> tuple[Decimal, str]:
    rng = draft.rng
    currency = rng.choice(_CURRENCIES)
    total = total_of(goods)
    return total, currency


def invoice(draft: Draft) -> None:
    rng = draft.rng
    goods = items(rng, _GOODS + _SERVICES, rng.randint(1, 4))
    total, currency = _money_setup(draft, goods)
    seller, buyer = company_en(rng, currency), company_en(rng, currency)
    number, day = doc_number(rng, True), values.random_date(rng)
    draft.header(number, day)
    draft.money(total, currency)
    draft.requisites("seller", seller, bank=True)
    draft.requisites("buyer", buyer, bank=False)

    draft.add(seller.name, seller.address)
    draft.blank()
    draft.add(draft.title(rng.choice(("Invoice", "Tax invoice", "Commercial invoice"))))
    header = [
        f"{rng.choice(('Invoice No.', 'Invoice number:', 'Invoice #'))} {number}",
        f"{rng.choice(('Invoice date:', 'Date:', 'Date of issue:'))} "
        f"{date_en(rng, day)}",
        f"Due date: {date_en(rng, values.random_date(rng))}"
        if rng.randrange(2)
        else "",
    ]
    rng.shuffle(header)
    draft.add(*(line for line in header if line))
    draft.blank()
    draft.add(_tax_ids(rng, seller))
    _party_block(
        draft, rng.choice(("Bill to", "Billed to", "Customer")), buyer, bank=False
    )
    draft.blank()
    _table(draft, goods, currency)
    if rng.randrange(2):
        draft.add(f"Subtotal: {number_en(rng, total)}", "VAT 0%: 0.00")
    draft.add(
        f"{rng.choice(('Total due', 'Amount due', 'Total'))}: "
        f"{money_en(rng, total, currency)}"
    )
    draft.blank()
    draft.add(rng.choice(("Payment details", "Bank details")))
    draft.add(*_bank_lines(rng, seller))
    draft.add(
        rng.choice(("Please pay within 30 days.", "Thank you for your business."))
    )


def contract(draft: Draft) -> None:
    rng = draft.rng
    currency = rng.choice(_CURRENCIES)
    total = values.random_amount(rng, 5_000, 2_000_000)
    seller, buyer = company_en(rng, currency), company_en(rng, currency)
    number, day = doc_number(rng, True), values.random_date(rng)
    seller_word, buyer_word = rng.choice(
        (("Supplier", "Buyer"), ("Contractor", "Customer"), ("Seller", "Buyer"))
    )
    draft.header(number, day)
    draft.money(total, currency)
    draft.requisites("seller", seller, bank=True)
    draft.requisites("buyer", buyer, bank=True)

    kind = rng.choice(("Supply Agreement", "Services Agreement", "Contract"))
    draft.add(draft.title(f"{kind} No. {number}"), f"Dated {date_en(rng, day)}")
    draft.blank()
    draft.add(
        f"This agreement is made between {seller.name} (hereinafter the "
        f'"{seller_word}") and {buyer.name} (hereinafter the "{buyer_word}"), '
        "together the Parties.",
        f"1. The {seller_word} shall deliver the goods listed in Annex 1.",
        f"2. The total price under this agreement is {money_en(rng, total, currency)}.",
        f"3. The {buyer_word} shall pay within {rng.randint(5, 45)} days of delivery.",
        "4. This agreement is governed by the laws of England and Wales.",
    )
    draft.blank()
    draft.add("Signatures and details of the parties")
    for word, company in ((seller_word, seller), (buyer_word, buyer)):
        _party_block(draft, word, company, bank=True)
        draft.add(f"Signed: ____________ {company.director}")
        draft.blank()


def act(draft: Draft) -> None:
    rng = draft.rng
    work = items(rng, _SERVICES, rng.randint(1, 3))
    total, currency = _money_setup(draft, work)
    seller, buyer = company_en(rng, currency), company_en(rng, currency)
    number, day = doc_number(rng, True), values.random_date(rng)
    draft.header(number, day)
    draft.money(total, currency)
    draft.requisites("seller", seller, bank=False)
    draft.requisites("buyer", buyer, bank=False)

    title = rng.choice(("Certificate of Completion", "Acceptance Certificate", "Act"))
    draft.add(draft.title(f"{title} No. {number}"), f"Date: {date_en(rng, day)}")
    draft.blank()
    _party_block(draft, "Contractor", seller, bank=False, address=False)
    _party_block(draft, "Customer", buyer, bank=False, address=False)
    draft.blank()
    _table(draft, work, currency)
    draft.add(f"Total: {money_en(rng, total, currency)}")
    draft.add(
        "The services have been rendered in full and on time.",
        "The Customer has no claims regarding scope or quality.",
    )


def upd(draft: Draft) -> None:
    rng = draft.rng
    goods = items(rng, _GOODS, rng.randint(1, 4))
    total = total_of(goods)
    seller, buyer = company_en(rng, "RUB"), company_en(rng, "RUB")
    number, day = doc_number(rng, True), values.random_date(rng)
    draft.header(number, day)
    draft.money(total, "RUB")
    draft.requisites("seller", seller, bank=False)
    draft.requisites("buyer", buyer, bank=False)

    draft.add(
        draft.title("Universal transfer document (UPD)"),
        f"Status: {rng.choice('12')}",
        f"VAT invoice No. {number} dated {date_en(rng, day)}",
    )
    _party_block(draft, "Seller", seller, bank=False)
    _party_block(draft, "Buyer", buyer, bank=False)
    draft.add("Currency: Russian rouble, 643")
    _table(draft, goods, "RUB")
    draft.add(f"Total payable: {money_en(rng, total, 'RUB')}")


def waybill(draft: Draft) -> None:
    rng = draft.rng
    goods = items(rng, _GOODS, rng.randint(1, 4))
    total, currency = _money_setup(draft, goods)
    shipper, consignee = company_en(rng, currency), company_en(rng, currency)
    number, day = doc_number(rng, True), values.random_date(rng)
    draft.header(number, day)
    draft.money(total, currency)
    draft.requisites("shipper", shipper, bank=False)
    draft.requisites("consignee", consignee, bank=False)

    title = rng.choice(("Waybill", "Consignment note", "Delivery note"))
    draft.add(draft.title(f"{title} No. {number}"), f"Date: {date_en(rng, day)}")
    draft.blank()
    blocks = [("Shipper", shipper), ("Consignee", consignee)]
    if rng.randrange(3) == 0:
        blocks.reverse()
    for word, company in blocks:
        _party_block(draft, word, company, bank=False)
    draft.add(
        f"Carrier: {rng.choice(('Rapid Haul', 'Crossway Freight'))} Ltd, "
        f"truck {rng.randint(100, 999)}"
    )
    draft.blank()
    _table(draft, goods, currency)
    draft.add(f"Total value: {money_en(rng, total, currency)}")
    draft.add("Received in good order and condition.")


def packing_list(draft: Draft) -> None:
    rng = draft.rng
    shipper, consignee = company_en(rng), company_en(rng)
    number, day = doc_number(rng, True), values.random_date(rng)
    draft.header(number, day)
    draft.money(None, None)
    draft.requisites("shipper", shipper, bank=False)
    draft.requisites("consignee", consignee, bank=False)

    draft.add(draft.title(rng.choice(("Packing list", "Packing slip"))))
    draft.add(f"No. {number}", f"Date: {date_en(rng, day)}")
    _party_block(draft, "Shipper", shipper, bank=False)
    _party_block(draft, "Consignee", consignee, bank=False)
    draft.add("Carton  Contents  Net weight, kg  Gross weight, kg")
    cartons = rng.randint(1, 6)
    for carton in range(1, cartons + 1):
        net = Decimal(rng.randint(10, 900)) / 10
        draft.add(f"{carton}  {rng.choice(_GOODS)}  {net}  {net + 1}")
    draft.add(f"Number of packages: {cartons}")


def payment_order(draft: Draft) -> None:
    rng = draft.rng
    total = values.random_amount(rng, 100, 900_000)
    currency = rng.choice(("RUB", "USD", "EUR"))
    payer, payee = company_en(rng, currency), company_en(rng, currency)
    number, day = str(rng.randint(1, 9999)), values.random_date(rng)
    draft.header(number, day)
    draft.money(total, currency)
    draft.requisites("payer", payer, bank=True)
    draft.requisites("payee", payee, bank=True)

    draft.add(
        draft.title(f"Payment order No. {number}"),
        f"Date: {date_en(rng, day)}",
        f"Amount: {money_en(rng, total, currency)}",
    )
    draft.blank()
    for word, bank_word, company in (
        (rng.choice(("Payer", "Remitter")), "Payer's bank", payer),
        (rng.choice(("Payee", "Beneficiary")), "Beneficiary's bank", payee),
    ):
        draft.add(
            f"{word}: {company.name}",
            _tax_ids(rng, company),
            f"Account: {company.account}",
            f"{bank_word}: {company.bank.name}, BIC {company.bank.bik}",
        )
    draft.add(f"Purpose of payment: payment for invoice {doc_number(rng, True)}")


def bank_statement(draft: Draft) -> None:
    rng = draft.rng
    holder = company_en(rng, "USD")
    day = values.random_date(rng)
    draft.expected["date"] = day.isoformat()
    draft.requisites("account_holder", holder, bank=True, kpp=False)

    draft.add(
        draft.title(rng.choice(("Bank statement", "Statement of account"))),
        f"Statement date: {date_en(rng, day)}",
        f"Account holder: {holder.name}, INN {holder.inn}",
        f"Account: {holder.account}",
        f"Bank: {holder.bank.name}, BIC {holder.bank.bik}",
    )
    opening = values.random_amount(rng, 1000, 500_000)
    draft.add(
        f"Opening balance: {number_en(rng, opening)}",
        "Date  Description  Debit  Credit",
    )
    balance = opening
    for _ in range(rng.randint(2, 6)):
        amount = values.random_amount(rng, 10, 20_000)
        debit = rng.randrange(2) == 0
        balance += -amount if debit else amount
        draft.add(
            f"{day:%d/%m}  {rng.choice(('Card payment', 'Transfer in', 'Fee'))}  "
            f"{number_en(rng, amount) if debit else ''}  "
            f"{'' if debit else number_en(rng, amount)}"
        )
    draft.add(f"Closing balance: {number_en(rng, balance)}")


def receipt(draft: Draft) -> None:
    rng = draft.rng
    goods = items(rng, _GOODS, rng.randint(1, 5))
    total, currency = _money_setup(draft, goods)
    store = company_en(rng, currency)
    number, day = str(rng.randint(1, 99999)), values.random_date(rng)
    draft.header(number, day)
    draft.money(total, currency)

    draft.add(
        store.name,
        draft.title(rng.choice(("Sales receipt", "Receipt", "Cash receipt"))),
        f"Receipt No. {number}",
        f"{date_en(rng, day)} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
    )
    for item in goods:
        draft.add(f"{item.name} x{item.quantity}  {number_en(rng, item.amount)}")
    draft.add(
        f"TOTAL  {money_en(rng, total, currency)}",
        f"Paid by {rng.choice(('card', 'cash'))}",
        f"Cashier: {person_en(rng).split()[0]}",
        "Thank you for shopping with us!",
    )


def passport(draft: Draft) -> None:
    rng = draft.rng
    first, last = person_en(rng).split()
    issued = values.random_date(rng)
    born = issued.replace(year=issued.year - rng.randint(20, 60))
    number = f"{rng.randint(100000000, 999999999)}"
    draft.header(number, issued)
    draft.money(None, None)

    country = rng.choice(("GBR", "IRL", "USA"))
    draft.add(
        draft.title("Passport"),
        f"Type P   Code {country}   Passport No. {number}",
        f"Surname {last.upper()}",
        f"Given names {first.upper()}",
        "Nationality "
        + {"GBR": "BRITISH CITIZEN", "IRL": "IRISH", "USA": "UNITED STATES"}[country],
        f"Date of birth {born.day:02d} {born:%b} {born.year}".upper(),
        f"Place of birth {rng.choice(('LEEDS', 'CORK', 'BOSTON'))}",
        f"Date of issue {issued.day:02d} {issued:%b} {issued.year}".upper(),
        f"Date of expiry {issued.day:02d} {issued:%b} {issued.year + 10}".upper(),
        f"P<{country}{last.upper()}<<{first.upper()}".ljust(44, "<"),
    )


def power_of_attorney(draft: Draft) -> None:
    rng = draft.rng
    principal = company_en(rng)
    agent = person_en(rng)
    number, day = doc_number(rng, True), values.random_date(rng)
    draft.header(number, day)
    draft.money(None, None)
    draft.requisites("principal", principal, bank=False)

    draft.add(
        draft.title(f"Power of attorney No. {number}"), f"Date: {date_en(rng, day)}"
    )
    draft.blank()
    draft.add(
        f"{principal.name}, {_tax_ids(rng, principal)}, represented by its director "
        f"{principal.director}, hereby {rng.choice(('appoints', 'authorises'))} "
        f"{agent} to sign customs declarations and collect shipments on its behalf.",
        "This power of attorney is valid for "
        f"{rng.choice(('one year', 'six months'))}.",
        f"Director ____________ {principal.director}",
    )


def letter(draft: Draft) -> None:
    rng = draft.rng
    sender = company_en(rng)
    number = f"{rng.randint(1, 999)}/{rng.choice(('LG', 'SL', 'HR'))}"
    day = values.random_date(rng)
    draft.header(number, day)
    draft.money(None, None)

    name = person_en(rng)
    draft.add(
        sender.name,
        sender.address,
        f"Our ref. {number}",
        date_en(rng, day),
    )
    draft.blank()
    draft.add(f"Dear {rng.choice(('Mr', 'Ms', 'Dr'))} {name.split()[1]},")
    draft.add(
        rng.choice(
            (
                "We are writing to let you know that our warehouse moves next month.",
                "Thank you for your enquiry about the spring catalogue.",
                "I am writing to confirm the meeting agreed on the phone.",
            )
        ),
        "Please contact us if you have any questions.",
    )
    draft.blank()
    draft.add(
        rng.choice(("Yours sincerely,", "Kind regards,", "Best regards,")),
        sender.director,
    )


_OTHER_TOPICS = (
    (
        "Meeting minutes",
        "Attendees: team leads.",
        "Agenda: office move and parking.",
        "Facilities will circulate the floor plan by Friday.",
        "The next meeting is in two weeks.",
        "Team leads to collect desk requests.",
    ),
    (
        "Quick start guide",
        "Unpack the device and charge it for two hours.",
        "Hold the power button until the light turns green.",
        "Pair the device from the settings menu of your phone.",
        "Keep the device away from water and heat.",
    ),
    (
        "Notice to residents",
        "The lifts will be serviced on Saturday morning.",
        "Please use the stairs between 9 and 11 am.",
        "Bicycles left in the hallway will be moved to the basement.",
        "The courtyard gate code changes next week.",
    ),
    (
        "Lentil soup",
        "Rinse the lentils and simmer them with carrots and onion.",
        "Season with cumin and a squeeze of lemon.",
        "Blend half of the soup for a creamier texture.",
        "Serve with warm bread.",
    ),
    (
        "Release notes",
        "Fixed the crash on start-up when the cache folder is missing.",
        "Improved search speed on large folders.",
        "Added a dark theme to the settings page.",
        "Removed the legacy import wizard.",
    ),
)


def other(draft: Draft) -> None:
    rng = draft.rng
    title, *pool = rng.choice(_OTHER_TOPICS)
    draft.add(draft.title(title))
    draft.blank()
    draft.add(*rng.sample(pool, rng.randint(2, len(pool))))
    if rng.randrange(2):
        draft.add(f"Date: {date_en(rng, values.random_date(rng))}")
    draft.add(
        rng.choice(("Prepared by", "Contact", "Posted by")) + ": " + person_en(rng)
    )


TEMPLATES = {
    "invoice": invoice,
    "contract": contract,
    "act": act,
    "upd": upd,
    "waybill": waybill,
    "packing_list": packing_list,
    "payment_order": payment_order,
    "bank_statement": bank_statement,
    "receipt": receipt,
    "passport": passport,
    "power_of_attorney": power_of_attorney,
    "letter": letter,
    "other": other,
}
