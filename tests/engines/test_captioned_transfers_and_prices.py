"""SWIFT prints with values under their captions, prices stated net and with VAT,
totals repeated in a second currency, and an invoice's "Payment to" details."""

import pytest

from ai_agents.engines import get_engine

from .form_helpers import ACCOUNT, SELLER_INN, SELLER_KPP, extract, parties_of, value_of

BENEFICIARY_IBAN = "DE89370400440532013000"

CAPTIONED_TRANSFER = f"""\
SWIFT MESSAGE MT103 SINGLE CUSTOMER CREDIT TRANSFER
Sender: ALFARUMMXXX
Receiver: DEUTDEFFXXX
:20: Sender's Reference
TRF-2026-00412
:23B: Bank Operation Code
CRED
:32A: Value Date/Currency/Interbank Settled Amount
260315USD12500,00
:50K: Ordering Customer
/{ACCOUNT}
OOO ROMASHKA
MOSCOW RUSSIA
:57A: Account With Institution
DEUTDEFF
:59: Beneficiary Customer
/{BENEFICIARY_IBAN}
ACME GMBH
BERLIN GERMANY
:70: Remittance Information
PAYMENT FOR INVOICE 2026-117 DD 01.03.2026
:71A: Details of Charges
SHA
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_captioned_transfer_is_a_payment_order(engine):
    assert engine.classify(CAPTIONED_TRANSFER).document_type == "payment_order"


def test_captioned_transfer_fields_under_captions():
    fields = extract(CAPTIONED_TRANSFER, "payment_order")

    assert value_of(fields, "number") == "TRF-2026-00412"
    assert value_of(fields, "date") == "2026-03-15"
    assert value_of(fields, "total") == "12500.00"
    assert value_of(fields, "currency") == "USD"


def test_captioned_transfer_parties():
    parties = parties_of(CAPTIONED_TRANSFER, "payment_order")

    assert parties["payer"]["account"] == ACCOUNT
    assert parties["payer"]["name"] == "OOO ROMASHKA"
    assert parties["payee"]["iban"] == BENEFICIARY_IBAN
    assert parties["payee"]["name"] == "ACME GMBH"


def test_uncaptioned_beneficiary_iban_read():
    text = (
        ":20:TT260402-7781\n:32A:260402EUR9800,00\n"
        f":50K:/{ACCOUNT}\nSEVERNY KEDR LLC\n"
        f":59:/{BENEFICIARY_IBAN}\nBERGHOLZ GMBH\n:71A:SHA\n"
    )

    assert parties_of(text, "payment_order")["payee"]["iban"] == BENEFICIARY_IBAN


def test_slash_line_failing_mod97_is_no_iban():
    text = (
        ":20:TT260402-7781\n:32A:260402EUR9800,00\n"
        f":50K:/{ACCOUNT}\nSEVERNY KEDR LLC\n"
        ":59:/DE89370400440532013001\nBERGHOLZ GMBH\n:71A:SHA\n"
    )

    payee = parties_of(text, "payment_order").get("payee", {})

    assert "iban" not in payee


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "The price of the services is EUR 94,000.00 excluding VAT, and "
            "EUR 115,620.00 including VAT at 23%.",
            "115620.00",
        ),
        (
            "Цена договора составляет 1 000 000,00 руб. без учета НДС,\n"
            "1 220 000,00 руб. с учетом НДС 22%.",
            "1220000.00",
        ),
        (
            "The Contract Price is USD 50,000.00 net of VAT\n"
            "(USD 60,000.00 inclusive of VAT).",
            "60000.00",
        ),
        (
            "Цена договора составляет 500 000,00 руб. без НДС. НДС не облагается.",
            "500000.00",
        ),
    ],
)
def test_contract_price_with_vat_after_net(statement, expected):
    text = (
        "ДОГОВОР № 17/26\nг. Казань 02.03.2026\n"
        f"ООО «Агроснаб», ИНН {SELLER_INN}, КПП {SELLER_KPP}, Поставщик.\n"
        f"2.1. {statement}\n2.2. Аванс 30% оплачивается в течение 5 дней.\n"
    )

    assert value_of(extract(text, "contract"), "total") == expected


def test_vat_amount_after_net_price_not_total():
    text = (
        "ДОГОВОР № 18/26 от 03.03.2026\n"
        "2.1. Цена договора составляет 1 000 000,00 руб. без учета НДС, "
        "кроме того НДС 22% 220 000,00 руб.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "1000000.00"


def test_reference_conversion_not_the_total():
    text = (
        "СЧЁТ НА ОПЛАТУ № 45 от 10 марта 2026 г.\n"
        "INVOICE No. 45 dated March 10, 2026\n"
        f'Поставщик / Supplier: ООО "Вектор", ИНН {SELLER_INN}, КПП {SELLER_KPP}\n'
        "Покупатель / Buyer: Nordic Trade Oy\n"
        "| № | Наименование / Description | Кол-во | Цена | Сумма |\n"
        "| 1 | Консультационные услуги / Consulting services | 1 | 12 000,00 "
        "| 12 000,00 |\n"
        "Итого: 12 000,00 руб.\nБез НДС\n"
        "Всего к оплате: 12 000,00 руб. (Двенадцать тысяч рублей 00 копеек)\n"
        "Total due: USD 130.00\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "total") == "12000.00"
    assert value_of(fields, "currency") == "RUB"


def test_equally_marked_currencies_keep_last_total():
    text = (
        "INVOICE No. 46 dated March 11, 2026\n"
        "Total due: RUB 12,000.00\n"
        "Total due: USD 130.00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "130.00"


def test_payment_to_details_are_sellers():
    text = (
        "INVOICE No. INV-2026-031\nDate: 14 March 2026\n\n"
        "From: Thames Design Ltd, 12 Baker Street, London W1U 3BW\n"
        'Bill to: OOO "Vector", Moscow\n\n'
        "Total due: GBP 1,200.00\n"
        "Payment to: IBAN GB29 NWBK 6016 1331 9268 19, SWIFT NWBKGB2L\n"
    )

    parties = parties_of(text, "invoice")

    assert parties["seller"]["iban"] == "GB29NWBK60161331926819"
    assert parties["seller"]["swift"] == "NWBKGB2L"
    assert "unassigned" not in parties
