"""UPD titles, date spellings, power of attorney parties, number cells and OCR noise."""

from decimal import Decimal

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.parsing import parse_amount, parse_date
from ai_agents.engines.text import NormalizedText

from .test_extraction import field_at


@pytest.fixture(scope="module")
def engine():
    return get_engine()


UPD_TEXTS = (
    pytest.param(
        "Universal Transfer Document (UPD)\nStatus: 2\n"
        "VAT invoice No. 88 of 4 June 2024\nSeller: Orion Parts LLC\n"
        "Item  Qty  Price\nGear  2  100.00\nTotal: 200.00 RUB\n",
        id="english-title",
    ),
    pytest.param(
        "Status: 1\nVAT invoice No. 91 of 5 June 2024\n"
        "UNIVERSAL TRANSFER DOCUMENT\nTotal: 10.00 RUB\n",
        id="english-title-below-invoice-line",
    ),
    pytest.param(
        "Статус: 1\nСчёт-фактура № 77 от 5 июня 2024 г.\n"
        "Универсальный передаточныйдокумент\nИтого: 10,00 руб.\n",
        id="russian-glued-words",
    ),
)


@pytest.mark.parametrize("text", UPD_TEXTS)
def test_upd_beats_vat_invoice(engine, text):
    assert engine.classify(text).document_type == "upd"


def test_plain_vat_invoice_stays_invoice(engine):
    text = "VAT INVOICE No. 15\nDate: 3 May 2024\nBill to: Orion Parts LLC\nTotal: 5.00"

    assert engine.classify(text).document_type == "invoice"


NEW_DATE_FORMS = (
    ("7-Feb-2023", "2023-02-07"),
    ("07-FEB-2023", "2023-02-07"),
    ("28-sep-2019", "2019-09-28"),
    ("Feb 7th, 2023", "2023-02-07"),
    ("7th February 2023", "2023-02-07"),
    ("2023/02/07", "2023-02-07"),
    ("2023.2.7", "2023-02-07"),
)


@pytest.mark.parametrize(("raw", "expected"), NEW_DATE_FORMS)
def test_date_form_parsed(raw, expected):
    parsed = parse_date(raw)

    assert parsed is not None
    assert parsed.iso == expected


@pytest.mark.parametrize("raw", ("30-Feb-2023", "2023/14/02", "2023/02-07"))
def test_invalid_date_form_rejected(raw):
    assert parse_date(raw) is None


def test_dashed_date_in_document(engine):
    text = "INVOICE No. 7\nIssued on 9-Oct-2022\nTotal: 10.00 EUR\n"

    fields = engine.extract(text, document_type="invoice").fields

    assert fields["date"]["value"] == "2022-10-09"


ATTORNEY_RU = """ДОВЕРЕННОСТЬ № 4
г. Самара, 11 апреля 2024 года
ООО «Речной Порт» (ИНН 6315000000, КПП 631501001), в лице директора Лебедева К.Н.,
действующего на основании Устава, доверяет Кузнецову Олегу Игоревичу, паспорт
36 10 № 555111, получить груз на складе перевозчика.
"""

ATTORNEY_EN = """POWER OF ATTORNEY No. 12
Kazan, 3 May 2024
Kazan Glass LLC (INN 1655000000, KPP 165501001), acting through its director
Ilya Frolov, hereby authorizes Maria Sokolova, passport 92 05 123456, to sign
delivery notes on its behalf.
"""


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    (
        (ATTORNEY_RU, "parties.principal.inn", "6315000000"),
        (ATTORNEY_RU, "parties.principal.kpp", "631501001"),
        (ATTORNEY_RU, "parties.principal.name", "ООО «Речной Порт»"),
        (ATTORNEY_RU, "parties.attorney.name", "Кузнецов Олег Игоревич"),
        (ATTORNEY_EN, "parties.principal.inn", "1655000000"),
        (ATTORNEY_EN, "parties.principal.kpp", "165501001"),
        (ATTORNEY_EN, "parties.principal.name", "Kazan Glass LLC"),
        (ATTORNEY_EN, "parties.attorney.name", "Maria Sokolova"),
    ),
)
def test_attorney_parties(engine, text, path, expected):
    fields = engine.extract(text, document_type="power_of_attorney").fields

    found = field_at(fields, path)

    assert found is not None, f"{path} missing"
    assert found["value"] == expected


def test_attorney_lowercase_words_skipped(engine):
    text = "ДОВЕРЕННОСТЬ № 5\nООО «Свет» доверяет получение груза водителю.\n"

    fields = engine.extract(text, document_type="power_of_attorney").fields

    assert field_at(fields, "parties.attorney") is None


WAYBILL_SAME_LINE = """Унифицированная форма № ТОРГ-12
Форма по ОКУД 0330212
Грузоотправитель: ООО «Север»
Основание: договор № 17-С
ТОВАРНАЯ НАКЛАДНАЯ
Номер документа 812/4   Дата составления 19.02.2024
"""

WAYBILL_CELLS_BELOW = """Унифицированная форма № ТОРГ-12
Основание: договор поставки № 44/Д от 01.01.2024
ТОВАРНАЯ НАКЛАДНАЯ
Номер документа    Дата составления
Н-0931             21.03.2024
"""


@pytest.mark.parametrize(
    ("text", "number", "date"),
    (
        (WAYBILL_SAME_LINE, "812/4", "2024-02-19"),
        (WAYBILL_CELLS_BELOW, "Н-0931", "2024-03-21"),
    ),
)
def test_waybill_header_cells(engine, text, number, date):
    fields = engine.extract(text, document_type="waybill").fields

    assert fields["number"]["value"] == number
    assert fields["date"]["value"] == date


def test_basis_number_not_document_number(engine):
    text = "НАКЛАДНАЯ\nОснование: договор № 17-С от 01.02.2024\nГруз: трубы\n"

    fields = engine.extract(text, document_type="waybill").fields

    assert fields.get("number") is None


LETTER_NUMBERS = (
    pytest.param(
        "Dear Mr Hill,\nOur ref. 512/FIN\nYour ref. Q-77\nWe confirm the order.\n",
        "512/FIN",
        id="our-ref",
    ),
    pytest.param(
        "Dear Ms Young,\nYour ref. Q-78\nWe confirm the order.\n", "Q-78", id="your-ref"
    ),
    pytest.param(
        "Reference: LT-2024-9\nDear Sir,\nPlease find enclosed the report.\n",
        "LT-2024-9",
        id="reference-label",
    ),
    pytest.param(
        "Исх. № 45/7 от 12.03.2024\nУважаемый Иван Петрович!\nСообщаем о поставке.\n",
        "45/7",
        id="russian-outgoing",
    ),
)


@pytest.mark.parametrize(("text", "expected"), LETTER_NUMBERS)
def test_letter_reference_number(engine, text, expected):
    fields = engine.extract(text, document_type="letter").fields

    assert fields["number"]["value"] == expected


def test_reference_has_low_confidence(engine):
    text = "Dear Mr Hill,\nOur ref. 512/FIN\nWe confirm the order.\n"

    fields = engine.extract(text, document_type="letter").fields

    assert fields["number"]["confidence"] <= 0.5


def test_reference_without_digits_skipped(engine):
    text = "Dear Mr Hill,\nRef: catalogue\nWe confirm the order.\n"

    fields = engine.extract(text, document_type="letter").fields

    assert fields.get("number") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    (
        ("АКТ № 2210от 05.04.2024", "2210"),
        ("Invoice No. 7781dated 5 April 2024", "7781"),
        ("Счёт № Б-310ОТ 05.04.2024", "Б-310"),
    ),
)
def test_glued_word_cut_from_number(engine, text, expected):
    fields = engine.extract(text + "\nИтого: 5,00\n", document_type="invoice").fields

    assert fields["number"]["value"] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    (
        ("2 405  118,40", Decimal("2405118.40")),
        ("12 000 500  300,00", Decimal("12000500300.00")),
    ),
)
def test_doubled_group_space_read(raw, expected):
    assert parse_amount(raw) == expected


@pytest.mark.parametrize("raw", ("500  250,00", "1 500  250", "3  000"))
def test_doubled_space_not_guessed(raw):
    assert parse_amount(raw) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    (
        ("INVOICE No. 4\nTotal: $2,O45,110.75\n", "2045110.75"),
        ("Счёт № 4\nИтого к оплате: 3 5O0 000,00 руб.\n", "3500000.00"),
    ),
)
def test_letter_o_in_amount(engine, text, expected):
    fields = engine.extract(text, document_type="invoice").fields

    assert fields["total"]["value"] == expected


def test_letter_o_in_code_not_total(engine):
    # A token of digits and O is read as digits for matching, and stays no total.
    text = "INVOICE No. 4\nPart: 2O4-B\nTotal: $10.00\n"

    fields = engine.extract(text, document_type="invoice").fields

    assert fields["total"]["value"] == "10.00"
    assert "204-b" in NormalizedText(text).text


def test_number_sign_read_as_ne(engine):
    text = "СЧЕТ НА ОПЛАТУ Ne B-12О7 от О3.О7.2025г.\nИтого: 84 6ОО,ОО\n"

    number = engine.extract(text, document_type="invoice").fields["number"]

    # The Latin B of the scan is the Cyrillic В of a Russian document's number.
    assert number["value"] == "В-1207"


def test_ledger_row_reference_is_not_the_number(engine):
    text = (
        "Акт сверки взаимных расчетов\n"
        "г. Пермь                                   07.07.2025\n"
        "Дата         Документ                       Дебет\n"
        "03.02.2025   Продажа (УПД № 58 от 03.02.2025)  248 400,00\n"
    )

    fields = engine.extract(text, document_type="act").fields

    assert "number" not in fields
    assert fields["date"]["value"] == "2025-07-07"


def test_letter_reference_line_numbers_letter(engine):
    text = (
        "QINGDAO PACKAGING CO., LTD.\n"
        "No. 21 Huanghe East Road, Qingdao 266555, China\n\n"
        "Ref.: BOP/2025/118\n"
        "Date: 2 September 2025\n\n"
        "Dear Mr. Orlov,\nwe have to adjust our prices.\n"
    )

    number = engine.extract(text, document_type="letter").fields["number"]

    assert number["value"] == "BOP/2025/118"
