"""Numbers, currencies, labels and titles as scans and OCR print them."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.ocr_repairs import repair_cyrillic_words


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def field_value(engine, text: str, document_type: str, name: str) -> str | None:
    found = engine.extract(text, document_type=document_type).fields.get(name)
    return None if found is None else found["value"]


@pytest.mark.parametrize(
    ("text", "expected"),
    (
        ("Faktura nr: F 1234K20/1234/12   Data: 2021-01-01", "F 1234K20/1234/12"),
        ("Invoice No. A 17 dated 12/03/2024\nTotal 5.00 USD", "A 17"),
        ("Счёт на оплату № АБ 2024/15 от 12.03.2024", "АБ 2024/15"),
        ("Счёт на оплату № 15 от 12.03.2024", "15"),
    ),
)
def test_number_with_a_letter_series(engine, text, expected):
    assert field_value(engine, text, "invoice", "number") == expected


@pytest.mark.parametrize(
    "text",
    (
        "Счёт на оплату № от 12.03.2024\nИтого 100,00 руб.",
        "Invoice No. of 12/03/2024\nTotal 5.00 USD",
    ),
)
def test_empty_number_sign_takes_no_following_word(engine, text):
    assert field_value(engine, text, "invoice", "number") is None


def test_address_number_not_document_number(engine):
    text = (
        "Retail Invoice\nSold By: WS Retail\n"
        "Warehouse Address: NO. 42/1 & 43, Bangalore\nGrand Total 319.00"
    )

    assert field_value(engine, text, "invoice", "number") is None


@pytest.mark.parametrize(
    "text",
    (
        "PAYMENT RECEIPT\nBooking ID: IBZY2087\nGrand Total Rs 1939",
        "PAYMENT RECEIPT\nBooking ID\nIBZY2087\nGrand Total Rs 1939",
        "PAYMENT RECEIPT\nBooking ID Payment Mode\nIBZY2087 Cash at Hotel\nTotal Rs 19",
    ),
)
def test_receipt_is_numbered_by_its_booking_id(engine, text):
    assert field_value(engine, text, "receipt", "number") == "IBZY2087"


def test_invoice_is_not_numbered_by_its_order_id(engine):
    text = "Retail Invoice\nOrder ID: OD304175096047380001\nGrand Total 319.00"

    assert field_value(engine, text, "invoice", "number") is None


def test_priced_currency_beats_misread_symbol(engine):
    # OCR read the postal code 560067 as $60067.
    text = (
        "Retail Invoice\nWarehouse: Bangalore, India - $60067\n"
        "Price is inclusive of a discount of Rs -40.00\nGrand Total 319.00"
    )

    assert field_value(engine, text, "invoice", "currency") == "INR"


def test_inn_label_read_as_latin_uhh(engine):
    text = "Платежное поручение № 5\nUHH 7814026829 КПП 781401001\nПолучатель"

    extraction = engine.extract(text, document_type="payment_order")

    inns = [
        fields["inn"]["value"]
        for fields in extraction.fields["parties"].values()
        if "inn" in fields
    ]
    assert inns == ["7814026829"]


@pytest.mark.parametrize(
    ("text", "expected"),
    (
        (
            "ove PAYMENT RECEIPT\nGuest Name: Sanjay\nAsk the hotel for an invoice.\n"
            "Grand Total Rs 1939",
            "receipt",
        ),
        ("ove Payment receipt terms\nINVOICE No 12\nTotal due 100.00", "invoice"),
    ),
)
def test_heading_after_logo_word(engine, text, expected):
    assert engine.classify(text).document_type == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    (
        ("УФК no г. Санкт-Петербургу", "УФК по г. Санкт-Петербургу"),
        ("OOO Ромашка", "ООО Ромашка"),
        ("Санкт-Пeтербург", "Санкт-Петербург"),
        ("ООО «Mex» Москва", "ООО «Mex» Москва"),
        ("AO Tinkoff Bank", "AO Tinkoff Bank"),
        ("Smart Tech LLC", "Smart Tech LLC"),
        ("ООО Smart Ромашка Москва", "ООО Smart Ромашка Москва"),
    ),
)
def test_respell_latin_in_russian_names(value, expected):
    assert repair_cyrillic_words(value) == expected


def test_party_name_respelled_raw_kept(engine):
    text = (
        "Платежное поручение № 5\nИНН 7814026829 КПП 781401001\n"
        "УФК no г. Санкт-Петербургу\nПолучатель\nСумма 100-00"
    )

    extraction = engine.extract(text, document_type="payment_order")

    names = [
        fields["name"]
        for fields in extraction.fields["parties"].values()
        if "name" in fields
    ]
    assert [name["value"] for name in names] == ["УФК по г. Санкт-Петербургу"]
    assert names[0]["raw"] == "УФК no г. Санкт-Петербургу"


@pytest.mark.parametrize("label", ("ИННКПП", "ИННИКПП", "ИНН и КПП"))
def test_inn_kpp_pair_with_the_slash_misread(engine, label):
    text = (
        "Счет на оплату № 5\nПродавец: ООО «Ромашка»\n"
        f"{label} продавца: 7707083893/773601001\nИтого: 10,00"
    )

    seller = engine.extract(text, document_type="invoice").fields["parties"]["seller"]

    assert seller["inn"]["value"] == "7707083893"
    assert seller["kpp"]["value"] == "773601001"


@pytest.mark.parametrize(
    ("text", "expected"),
    (
        ("CERTIFICATE OF ACCEPTANCE Мо. 14\nDate: 3 May 2024", "14"),
        ("Contract No, 7-K dated 3 May 2024", "7-K"),
    ),
)
def test_number_sign_as_ocr_reads_it(engine, text, expected):
    assert field_value(engine, text, "contract", "number") == expected
