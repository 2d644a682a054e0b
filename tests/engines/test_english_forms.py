"""English forms: buyer and provider captions, Russian requisites in English tables,
contract prices, SWIFT transfers, the order of slash dates, English titles of acts,
agreements and reminders, and powers of attorney with a defined principal."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.ocr_repairs import repair_word_digits
from ai_agents.engines.text import fold
from ai_agents.engines.validators import (
    is_valid_bik,
    is_valid_inn,
    is_valid_settlement_account,
)
from tests.engines.form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

# More invented requisites, beside the shared ones in tests.engines.form_helpers.
# SELLER_INN with its last digit changed, so its check digit fails.
INVALID_INN = "5406128731"
OTHER_BIK = "044525318"


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_invented_requisites_are_valid():
    assert is_valid_inn(SELLER_INN)
    assert is_valid_inn(BUYER_INN)
    assert not is_valid_inn(INVALID_INN)
    assert is_valid_bik(BANK_BIK)
    assert is_valid_bik(OTHER_BIK)
    assert is_valid_settlement_account(ACCOUNT, BANK_BIK)


# "To:" as a buyer caption

INVOICE_TO = """INVOICE No. 118
Date: 3 June 2024
From: Lakeshore Tools Ltd, 12 Mill Road, Leeds
To: Birchwood Fittings GmbH, Hafenstrasse 3, Bremen
Total: 1,200.00 EUR
"""

LETTER_TO = """Lakeshore Tools Ltd
12 Mill Road, Leeds
3 June 2024
To: Birchwood Fittings GmbH
Dear Sirs,
We confirm receipt of your order of 28 May 2024.
Yours faithfully
"""

INVOICE_SHIP_TO = """INVOICE No. 118
Date: 3 June 2024
Seller: Lakeshore Tools Ltd, 12 Mill Road, Leeds
Ship To: Birchwood Warehouse, Dock 4, Bremen
Total: 1,200.00 EUR
"""


def test_invoice_to_heads_buyer():
    parties = parties_of(INVOICE_TO, "invoice")

    assert parties["buyer"]["name"].startswith("Birchwood Fittings GmbH")
    assert parties["seller"]["name"] == "Lakeshore Tools Ltd"


def test_letter_to_is_no_buyer():
    assert "buyer" not in parties_of(LETTER_TO, "letter")


def test_invoice_ship_to_stays_consignee():
    parties = parties_of(INVOICE_SHIP_TO, "invoice")

    assert "buyer" not in parties
    assert parties["consignee"]["name"].startswith("Birchwood Warehouse")


# A Russian party's INN printed as "TIN" in a two-column table


def requisites_table(seller_inn: str, second_row: str) -> str:
    return f"""INVOICE No. 27
Date: 14 May 2024

Seller                                   Buyer
Sibir Instruments LLC                    Nordic Valve Trading LLC
TIN: {seller_inn}                             TIN: {BUYER_INN}
{second_row}
Total: 5,000.00 USD
"""


KPP_ROW = f"KPP: {SELLER_KPP}                           KPP: {BUYER_KPP}"
BIK_ROW = f"BIK: {BANK_BIK}                           BIK: {OTHER_BIK}"


@pytest.mark.parametrize(
    "second_row",
    [pytest.param(KPP_ROW, id="with-kpp"), pytest.param(BIK_ROW, id="with-bik")],
)
def test_tin_of_russian_party_is_inn(second_row):
    parties = parties_of(requisites_table(SELLER_INN, second_row), "invoice")

    assert parties["seller"].get("inn") == SELLER_INN
    assert parties["buyer"].get("inn") == BUYER_INN
    assert "vat_id" not in parties["seller"]
    assert "vat_id" not in parties["buyer"]


def test_tin_without_kpp_or_bik_stays_vat_id():
    parties = parties_of(requisites_table(SELLER_INN, ""), "invoice")

    assert parties["seller"].get("vat_id") == SELLER_INN
    assert "inn" not in parties["seller"]
    assert parties["buyer"].get("vat_id") == BUYER_INN
    assert "inn" not in parties["buyer"]


def test_tin_with_bad_check_digit_stays_vat_id():
    parties = parties_of(requisites_table(INVALID_INN, KPP_ROW), "invoice")

    assert parties["seller"].get("vat_id") == INVALID_INN
    assert "inn" not in parties["seller"]
    assert parties["buyer"].get("inn") == BUYER_INN


# "Provider" as the seller's caption


def invoice_with_seller_caption(caption: str) -> str:
    return f"""INVOICE No. 118
Date: 3 June 2024
{caption}: Lakeshore Tools Ltd, 12 Mill Road, Leeds
Customer: Birchwood Fittings GmbH
Total: 1,200.00 EUR
"""


@pytest.mark.parametrize(
    "caption",
    [
        pytest.param("Provider", id="provider"),
        pytest.param("Service Provider", id="service-provider"),
    ],
)
def test_provider_caption_is_seller(caption):
    parties = parties_of(invoice_with_seller_caption(caption), "invoice")

    assert parties["seller"]["name"] == "Lakeshore Tools Ltd"
    assert parties["buyer"]["name"] == "Birchwood Fittings GmbH"


# A contract price qualified by the services and the term

CONTRACT_HEAD = """SERVICE AGREEMENT No. 2
London, 1 July 2024
Provider: Harbor Lane Analytics Ltd
Client: Quarry Hill Retail Ltd
"""


@pytest.mark.parametrize(
    "price_line",
    [
        pytest.param(
            "3.1. The total price of the Services for the term of this Agreement"
            " is USD 86,400.00.",
            id="services-and-term",
        ),
        pytest.param(
            "3.1. The total price for the term of the Contract is USD 86,400.00.",
            id="term-only",
        ),
    ],
)
def test_contract_price_for_term(price_line):
    fields = extract(CONTRACT_HEAD + price_line + "\n", "contract")

    assert value_of(fields, "total") == "86400.00"
    assert value_of(fields, "currency") == "USD"


def test_contract_parties_under_provider_caption():
    line = "3.1. The total price of the Services is USD 86,400.00.\n"
    parties = parties_of(CONTRACT_HEAD + line, "contract")

    assert parties["seller"]["name"] == "Harbor Lane Analytics Ltd"
    assert parties["buyer"]["name"] == "Quarry Hill Retail Ltd"


@pytest.mark.parametrize(
    "price_line",
    [
        pytest.param(
            "3.1. The price of the Services for the term of this Agreement"
            " is USD 7,200.00 per month.",
            id="monthly-price",
        ),
        pytest.param(
            "3.1. Late payments for the term of this Agreement bear interest"
            " of USD 86,400.00.",
            id="no-price-label",
        ),
    ],
)
def test_contract_term_without_total(price_line):
    fields = extract(CONTRACT_HEAD + price_line + "\n", "contract")

    assert value_of(fields, "total") is None


# "N0" for "No"


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("Invoice N0 : 5", id="colon"),
        pytest.param("Invoice N0. 5", id="dot"),
        pytest.param("Invoice N0 5", id="space"),
    ],
)
def test_invoice_number_after_n_zero(title):
    text = f"{title}\nDate: 3 June 2024\nTotal: 100.00 USD\n"

    assert value_of(extract(text, "invoice"), "number") == "5"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Invoice N0 : 5", "invoice no : 5", id="sign-before-colon"),
        pytest.param("N0 17", "no 17", id="sign-before-digits"),
        pytest.param("N05", "n05", id="code-with-zero"),
        pytest.param("KN0 : 5", "kn0 : 5", id="inside-word"),
        pytest.param("N0 Street", "n0 street", id="before-word"),
    ],
)
def test_n_zero_repair(text, expected):
    assert repair_word_digits(fold(text)) == expected


# SWIFT field tags

SWIFT_TRANSFER = f"""SIBERIAN COMMERCE BANK JSC
APPLICATION FOR TRANSFER IN FOREIGN CURRENCY (PAYMENT ORDER)
No. 63                          Date: 02/07/2024
20: Reference  SI240702-63
32A: Value date / Currency / Amount   240702 USD 48,615.00
50K: Ordering customer (Payer)
     SIBIR INSTRUMENTS LLC
     INN {SELLER_INN}, KPP {SELLER_KPP}
     Krasny prospekt 18, Novosibirsk, Russia
52A: Payer's bank  SIBERIAN COMMERCE BANK JSC, Novosibirsk, BIK {BANK_BIK}
59: Beneficiary (Payee)
     HANSA VALVE TRADING GMBH
     Hafenstrasse 3, Bremen, Germany
70: Remittance information  PAYMENT FOR INVOICE HV-0611 DD 11.06.2024
"""


def test_swift_amount_after_value_date():
    fields = extract(SWIFT_TRANSFER, "payment_order")

    assert value_of(fields, "total") == "48615.00"
    assert value_of(fields, "currency") == "USD"


def test_swift_amount_without_caption():
    text = SWIFT_TRANSFER.replace("Value date / Currency / Amount   ", "")

    assert value_of(extract(text, "payment_order"), "total") == "48615.00"


def test_swift_tags_open_party_labels():
    parties = parties_of(SWIFT_TRANSFER, "payment_order")

    assert parties["payer"]["name"] == "SIBIR INSTRUMENTS LLC"
    assert parties["payer"]["inn"] == SELLER_INN
    assert parties["payer"]["kpp"] == SELLER_KPP
    assert parties["payee"]["name"] == "HANSA VALVE TRADING GMBH"


def test_swift_payer_bank_line():
    payer = parties_of(SWIFT_TRANSFER, "payment_order")["payer"]

    assert payer["bank_name"] == "SIBERIAN COMMERCE BANK JSC, Novosibirsk"
    assert payer["bik"] == BANK_BIK
    assert payer["name"] != payer["bank_name"]


def test_amount_with_fraction_after_currency_kept():
    # The currency code closes its line, so the amount on the next line is a fee.
    text = "INVOICE No. 5\nDate: 3 June 2024\nTotal: 1,500.00 USD\n25.00 fee\n"

    assert value_of(extract(text, "invoice"), "total") == "1500.00"


# The order of slash dates


def invoice_dated(other_line: str, currency: str = "USD") -> str:
    return f"""INVOICE No. 77
Date: 02/07/2024
Seller: Harbor Lane Analytics Ltd
Buyer: Quarry Hill Retail Ltd
{other_line}
Total due: {currency} 1,250.00
"""


@pytest.mark.parametrize(
    ("other_line", "currency", "expected"),
    [
        pytest.param("Order of 11.06.2024", "USD", "2024-07-02", id="dotted-date"),
        pytest.param("Delivered on 25/06/2024", "USD", "2024-07-02", id="day-first"),
        pytest.param("Delivered on 06/25/2024", "EUR", "2024-02-07", id="month-first"),
        pytest.param("Terms: 30 days", "USD", "2024-02-07", id="us-marker"),
        pytest.param("Terms: 30 days", "EUR", "2024-07-02", id="no-us-marker"),
        pytest.param(
            "Delivered on 25/06/2024 and 06/26/2024",
            "USD",
            "2024-02-07",
            id="both-orders-us-marker",
        ),
        pytest.param(
            "Delivered on 2024-06-25", "USD", "2024-02-07", id="iso-date-us-marker"
        ),
    ],
)
def test_slash_date_order(other_line, currency, expected):
    date = extract(invoice_dated(other_line, currency), "invoice")["date"]

    assert date["value"] == expected
    assert date["raw"] == "02/07/2024"
    assert date["ambiguous"] is True


# Titles of English acts, agreements and reminders

WORK_COMPLETION_CERTIFICATE = """WORK COMPLETION CERTIFICATE No. 1
Contract No. HL-QH-2024/07 dated 1 July 2024
London, 31 July 2024
Contractor: Harbor Lane Analytics Ltd
Customer: Quarry Hill Retail Ltd
The Contractor has performed and the Customer has accepted the following works
under the Contract:
1. Data platform set-up, stage 1 - USD 12,000.00
Total: USD 12,000.00
The Customer has no claims regarding the scope, quality and timing of the works.
"""

# The payment clause mentions an invoice, which outweighs the title when only its
# last word "AGREEMENT" counts.
SERVICE_AGREEMENT = """SERVICE AGREEMENT No. 2
London, 1 July 2024
Harbor Lane Analytics Ltd (the "Provider") and Quarry Hill Retail Ltd (the "Client")
have agreed as follows:
1. Subject
1.1. The Provider shall render data analytics services to the Client.
2. Price
2.1. The total price of the Services for the term of this Agreement is USD 86,400.00.
2.2. The Client shall pay USD 7,200.00 a month within 15 days after receipt of the
Provider's monthly invoice.
3. Term
3.1. This Agreement is valid until 30 June 2025.
Provider: ______ Client: ______
"""

PAYMENT_REMINDER = """Harbor Lane Analytics Ltd
12 Mill Road, Leeds LS1 4AB
Quarry Hill Retail Ltd
Accounts Payable Department
15 August 2024
Ref. 2024/418
Payment reminder
Dear Sirs,
Our records show that the following invoices remain unpaid:
Invoice No. 2024-0611 dated 11 June 2024    USD 7,200.00
Invoice No. 2024-0712 dated 12 July 2024    USD 7,200.00
Total outstanding: USD 14,400.00
We kindly ask you to settle the outstanding amount within 7 days.
Yours faithfully,
Jonathan Marsh, Finance Manager
"""

PLAIN_INVOICE = """INVOICE No. 2024-0611
Date: 11 June 2024
Bill to: Quarry Hill Retail Ltd
Data analytics services, June 2024    USD 7,200.00
Total due: USD 7,200.00
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(WORK_COMPLETION_CERTIFICATE, "act", id="work-completion"),
        pytest.param(SERVICE_AGREEMENT, "contract", id="service-agreement"),
        pytest.param(PAYMENT_REMINDER, "letter", id="payment-reminder"),
        pytest.param(PLAIN_INVOICE, "invoice", id="plain-invoice"),
    ],
)
def test_english_title_type(engine, text, expected):
    assert engine.classify(text).document_type == expected


def test_work_completion_certificate_own_number(engine):
    fields = engine.extract(WORK_COMPLETION_CERTIFICATE, document_type="act").fields

    assert value_of(fields, "number") == "1"
    assert value_of(fields, "date") == "2024-07-31"
    assert value_of(fields, "total") == "12000.00"


def test_service_agreement_total(engine):
    fields = engine.extract(SERVICE_AGREEMENT, document_type="contract").fields

    assert value_of(fields, "number") == "2"
    assert value_of(fields, "total") == "86400.00"


# A power of attorney that defines its principal as (the "Principal")

POWER_OF_ATTORNEY = f"""POWER OF ATTORNEY No. 9/2024

Omsk                                                        July 1, 2024

Irtysh Linen Mills LLC, a company registered in the Russian Federation,
Tax ID (INN): {SELLER_INN}
Tax registration reason code (KPP): {SELLER_KPP}
registered address: 7 Lenina St., office 12, Omsk, 644099,
bank account {ACCOUNT} with Siberian Commerce Bank JSC, BIK {BANK_BIK},
represented by General Director Vera S. Kolosova, acting under the Charter (the \
"Principal"),

hereby authorizes Mr. Pavel D. Rudnev, born 04.09.1988, Russian internal passport \
52 10 448210 (the "Attorney"),

to represent the Principal before the customs authorities.

General Director ____________ V. S. Kolosova
"""


def test_poa_principal_name_not_role_word(engine):
    fields = engine.extract(POWER_OF_ATTORNEY, document_type="power_of_attorney")
    principal = fields.fields["parties"]["principal"]

    assert principal["name"]["value"] == "Irtysh Linen Mills LLC"


def test_poa_principal_requisites(engine):
    fields = engine.extract(POWER_OF_ATTORNEY, document_type="power_of_attorney")
    principal = fields.fields["parties"]["principal"]

    assert principal["inn"]["value"] == SELLER_INN
    assert principal["kpp"]["value"] == SELLER_KPP
    assert principal["bik"]["value"] == BANK_BIK
    assert principal["account"]["value"] == ACCOUNT


def test_poa_attorney_after_grant(engine):
    fields = engine.extract(POWER_OF_ATTORNEY, document_type="power_of_attorney")
    attorney = fields.fields["parties"]["attorney"]

    assert attorney["name"]["value"] == "Mr. Pavel D. Rudnev"


def test_reminder_days_not_total():
    text = (
        "Kama Abrasives JSC\n"
        "Subject: Overdue payment - reminder\n"
        "Dear Sirs,\n"
        "Invoice No. 2024-088 of 12 February 2024    USD 8,640.00\n"
        "Invoice No. 2024-102 of 26 February 2024    USD 5,760.00\n"
        "Total outstanding: USD 14,400.00\n"
        "Please settle the outstanding amount within 7 days.\n"
        "Yours sincerely,\n"
    )

    assert value_of(extract(text, "letter"), "amount_due") == "14400.00"


def test_monthly_fee_not_contract_total():
    text = (
        "SERVICE AGREEMENT No. 7\n"
        "3.1 The total price of the Services for the term of this Agreement is "
        "USD 86,400.00.\n"
        "3.2 The monthly fee is USD 7,200.00.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "86400.00"
