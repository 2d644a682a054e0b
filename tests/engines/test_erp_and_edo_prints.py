"""Prints of ERP systems and electronic document operators: SAP captions,
machine-readable powers of attorney, credit memos and signature stamps."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.ocr_repairs import repair_number_digits

from .form_helpers import (
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

GUID = "1a432f0a-7daa-49f0-80b6-fce2de53790a"
PERSON_INN = "501151759540"

MCHD = f"""\
                       ДОВЕРЕННОСТЬ В МАШИНОЧИТАЕМОЙ ФОРМЕ (МЧД)
Единый регистрационный номер доверенности:  {GUID}
Внутренний номер доверенности:              52/ЭД-01
Дата выдачи доверенности:                   19.01.2026
Передоверие:                                без права передоверия

СВЕДЕНИЯ О ДОВЕРИТЕЛЕ
Российское юридическое лицо: ООО «Электросети-сервис»
ИНН: {SELLER_INN}        КПП: {SELLER_KPP}

СВЕДЕНИЯ О ПРЕДСТАВИТЕЛЕ
Физическое лицо: Ершова Дарья Олеговна, начальник отдела снабжения
   ИНН: {PERSON_INN}, дата рождения: 12.05.1991
   Паспорт гражданина РФ: 46 19 274581, выдан 30.05.2019, код подразделения 500-087
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_machine_readable_power_numbered_by_its_registration():
    assert value_of(extract(MCHD, "power_of_attorney"), "number") == GUID


def test_section_headings_name_principal_and_attorney():
    parties = parties_of(MCHD, "power_of_attorney")

    assert parties["principal"]["inn"] == SELLER_INN
    assert parties["principal"]["kpp"] == SELLER_KPP
    assert parties["attorney"]["inn"] == PERSON_INN


def test_passport_caption_does_not_make_a_passport(engine):
    assert engine.classify(MCHD).document_type == "power_of_attorney"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param(
            "5738811d-7Oc2-4O3f-ba8d-O3aa782a65eO",
            "5738811d-70c2-403f-ba8d-03aa782a65e0",
            id="o-for-zero",
        ),
        pytest.param(
            "40a26c60-0d27-4659-b72a-da9b2f3275le",
            "40a26c60-0d27-4659-b72a-da9b2f32751e",
            id="l-for-one",
        ),
    ],
)
def test_guid_digits_repaired(number, expected):
    assert repair_number_digits(number) == expected


def test_sap_invoice_numbered_by_its_billing_document():
    text = (
        "Inya Pump Company LLC                        INVOICE\n"
        "Attn. Procurement Dept.                      Billing document   90004127\n"
        "ul. Stantsionnaya 60/1                       Invoice date       10.02.2026\n"
        "630071 Novosibirsk                           Your PO No.        4500018273"
        " of 12.01.2026\n"
        "                                             Invoice total EUR 47,622.50\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "number") == "90004127"
    assert value_of(fields, "date") == "2026-02-10"


def test_sap_delivery_note_numbered_by_its_delivery():
    text = (
        "LINDQVIST FORDERTECHNIK GMBH   Hafenweg 41   44147 Dortmund   Germany\n"
        "                                                 DELIVERY NOTE\n"
        "Ship-to / Consignee:                             Delivery           80012734\n"
        "Inya Pump Company LLC                        Delivery note date 03.02.2026\n"
        "Forwarder: Rhein-Oder Spedition GmbH, truck DO-RS 418 / trailer DO-RT 77\n"
    )

    fields = extract(text, "waybill")

    assert value_of(fields, "number") == "80012734"
    assert value_of(fields, "currency") is None


def test_payment_advice_numbered_and_dated_by_its_payment():
    text = (
        "HOOGLAND FOODS B.V. · Nijverheidsweg 18 · 3534 AM Utrecht\n"
        "                     PAYMENT ADVICE\n"
        "Payment document   2000014471           Payment date   27.02.2026\n"
        "Payment run        20260227-F1 / HF01   Vendor         200731\n"
        "Total payment EUR                                      8,057.14\n"
    )

    fields = extract(text, "other")

    assert value_of(fields, "number") == "2000014471"
    assert value_of(fields, "date") == "2026-02-27"


def test_credit_memo_numbered_by_its_caption():
    text = (
        "TECHA FILTER WORKS JSC                  CREDIT MEMO\n"
        "Chelyabinsk, Russia                     Credit Memo Number   CM-2026-00318\n"
        "                                        Credit Memo Date     12-FEB-2026\n"
        "                Credit Memo Total  USD            (2,150.40)\n"
    )

    assert value_of(extract(text, "invoice"), "number") == "CM-2026-00318"


def test_receipt_payment_date_and_payer():
    text = (
        "CONVENTIO EVENTS OU · Narva mnt 71, Tallinn, Estonia\n"
        "                 PAYMENT RECEIPT\n"
        "Receipt No.      R-26-00417\n"
        "Payment date     09 Mar 2026, 16:48 EET\n"
        "Received from    Okhta Cable Yard LLC\n"
        f"                 INN {BUYER_INN} / KPP {BUYER_KPP}\n"
        "For              ERP Forum 2026, Tallinn, 18-19 March 2026\n"
        "TOTAL PAID                           EUR 1,190.00\n"
    )

    fields = extract(text, "receipt")
    parties = parties_of(text, "receipt")

    assert value_of(fields, "date") == "2026-03-09"
    assert parties["buyer"]["inn"] == BUYER_INN


def test_rupee_mark_in_lower_case_kept():
    text = "TAX INVOICE No. 7\nDate: 12.02.2026\nTotal: Rs. 12,400.00\n"

    assert value_of(extract(text, "invoice"), "currency") == "INR"


def test_n2_sign_before_letter_prefix():
    text = "CЧET HA OПЛATУ N2 ПX-OO871 oт 24.O2.2O26\nИтого к оплате: 1 000,00\n"

    fields = extract(text, "invoice")

    assert value_of(fields, "number") == "ПХ-00871"
    assert value_of(fields, "date") == "2026-02-24"


def test_kpp_with_ze_and_letters_for_digits():
    text = (
        "OOO «Химический дистрибьютор»\n"
        f"ИHH/KПП {SELLER_INN}/540ЗOlOOl   p/c 40702810113725281453\n"
        "CЧET HA OПЛATУ № 871 oт 24.O2.2O26\n"
        f"Покупатель: OOO «Завод», ИHH {BUYER_INN}, KПП {BUYER_KPP}\n"
    )

    assert parties_of(text, "invoice")["seller"]["kpp"] == "540301001"


def test_dash_and_space_inside_a_number_joined():
    text = "INVOICE                 Invoice No.:    CRS- INV-260418\nDate: 18.03.2026\n"

    assert value_of(extract(text, "invoice"), "number") == "CRS-INV-260418"


def test_rupees_in_a_capital_column_caption():
    text = (
        "TAX INVOICE\nINVOICE NO: SGT/2025-26/0417        DATE: 14/03/2026\n"
        "SR  DESCRIPTION          HSN     QTY    RATE        AMOUNT (RS.)\n"
        "1   MS ANGLE 50X50X5     7216    1200   62.50       75,000.00\n"
        "GRAND TOTAL                                         75,000.00\n"
    )

    assert value_of(extract(text, "invoice"), "currency") == "INR"


def test_delivery_caption_before_a_postcode_is_no_number():
    text = (
        "DELIVERY NOTE\n\nShipper:   Caspian Steel Trading LLP\n"
        "Consignee: Uralmash Service LLC\n"
        "Delivery   620012, Yekaterinburg, Kultury St. 1\n"
        "Date of dispatch: 02.04.2026\n"
    )

    assert value_of(extract(text, "waybill"), "number") is None


def test_company_registration_number_is_no_power_number():
    text = (
        "POWER OF ATTORNEY\n\nBerlin, 3 March 2026\n"
        "Nordwerk Maschinenbau GmbH\nRegistration number: HRB 187342 B\n"
        "hereby appoints Mr. Ivan Petrov to sign delivery documents.\n"
    )

    assert value_of(extract(text, "power_of_attorney"), "number") is None


def test_attorneys_passport_number_is_no_power_number():
    text = (
        "ДОВЕРЕННОСТЬ\n\nг. Казань                         10 марта 2026 г.\n"
        "ООО «Волгатехснаб» доверяет Хабибуллину Айрату Маратовичу\n"
        "Паспорт гражданина РФ\nСерия: 92 14\nНомер: 583021\n"
        "получать товарно-материальные ценности.\n"
    )

    assert value_of(extract(text, "power_of_attorney"), "number") != "583021"


def test_billing_document_column_numbers_no_statement():
    text = (
        "STATEMENT OF ACCOUNT\nStatement date: 31.03.2026\n\n"
        "Billing document    Date          Due date      Amount, INR\n"
        "90044127            04.03.2026    03.04.2026    1,46,084.00\n"
    )

    fields = extract(text, "bank_statement")

    assert value_of(fields, "number") is None
    assert value_of(fields, "date") == "2026-03-31"
