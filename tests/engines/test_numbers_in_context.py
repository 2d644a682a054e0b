"""Document numbers and titles read in their context: cited papers, spaced numbers
and the script of a bilingual document's number."""

import pytest

from ai_agents.engines import get_engine

CERTIFICATE = """1. Exporter                                      No. A 2025 0418733
   Yildiz Makina A.S.
   Nilufer OSB, 16140 Bursa, Turkey             CERTIFICATE OF ORIGIN
2. Consignee                                     3. Country of origin
   JSC Uraltekhsnab, Yekaterinburg                  TURKIYE
6. Description of goods                           7. Quantity
   1  CNC press brake YMP 135-3100                 3 units
8. Bursa Chamber of Commerce and Industry
   Bursa, 22 December 2025
9. Invoice No. YM-EXP-2025-1217 dated 19 December 2025
"""

BILINGUAL_UPD = """Универсальный передаточный документ / Universal Transfer Document
Статус / Status: 2
Счет-фактура № ВК-1251 от 22.12.2025 / Invoice No. ВК-1251 dated 22.12.2025
Seller: Volga-Cargo Expedition LLC, INN/KPP 5266131868/526601001
Buyer: Kazanskiy Pishchevoy Import LLC, INN/KPP 1678657973/167801001
Total payable 286 000,00
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def test_cited_invoice_does_not_make_invoice(engine):
    assert engine.classify(CERTIFICATE).document_type == "other"


def test_cited_invoice_number_not_own(engine):
    number = engine.extract(CERTIFICATE, document_type="other").fields["number"]

    assert number["value"] == "A 2025 0418733"


def test_invoice_title_with_number_still_counts(engine):
    text = (
        "Invoice No. 52 dated 19 December 2025\nSeller: Acme Ltd\nTotal: 100.00 EUR\n"
    )

    assert engine.classify(text).document_type == "invoice"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Certificate No. A 2025 0418733", "A 2025 0418733"),
        ("Счет № СЧ 2025 00417 от 03.12.2025", "СЧ 2025 00417"),
        ("Счет № АБ 1234 2025 г.", "АБ 1234"),
    ],
)
def test_spaced_number_groups(engine, line, expected):
    fields = engine.extract(line + "\n", document_type="invoice").fields

    assert fields["number"]["value"] == expected


def test_bilingual_number_keeps_label_script(engine):
    number = engine.extract(BILINGUAL_UPD, document_type="upd").fields["number"]

    assert number["value"] == "ВК-1251"


def test_english_label_reads_latin_number(engine):
    text = (
        "Счет-фактура / Invoice\nInvoice No. KM-0087 dated 22.12.2025\nИтого 100,00\n"
    )

    number = engine.extract(text, document_type="invoice").fields["number"]

    assert number["value"] == "KM-0087"


def fields_of(text: str, document_type: str) -> dict:
    fields = engine_fields(text, document_type)
    return {key: found["value"] for key, found in fields.items() if "value" in found}


def engine_fields(text: str, document_type: str) -> dict:
    return get_engine().extract(text, document_type=document_type).fields


FORM_UNDER_CITED_WAYBILL = """Унифицированная форма № ТОРГ-12
Утверждена постановлением Госкомстата России
от 25.12.98 № 132
                                      Транспортная накладная
                                      номер      1193-ТН
                                      дата       25.03.2025
                       +-----------------+------------------+
                       | Номер документа | Дата составления |
    ТОВАРНАЯ НАКЛАДНАЯ +-----------------+------------------+
                       | СК-001193       | 24.03.2025       |
"""

REGISTER = """РЕЕСТР № РД-0009
передачи первичных документов за март 2025 г.
Дата составления: 31.03.2025
| № | Вид документа  | Номер документа | Дата документа | Сумма, руб. |
| 1 | УПД (статус 1) | MSK-0219        | 21.03.2025     | 384 360,00  |
| 2 | Счет на оплату | MSK-S-0231      | 28.03.2025     |  92 400,00  |
| 3 | Акт сверки взаиморасчетов | б/н  | 31.03.2025     |   -         |
"""


def test_form_cell_numbers_form():
    found = fields_of(FORM_UNDER_CITED_WAYBILL, "waybill")

    assert found["number"] == "СК-001193"
    assert found["date"] == "2025-03-24"


def test_register_column_not_number():
    found = fields_of(REGISTER, "other")

    assert found["number"] == "РД-0009"
    assert found["date"] == "2025-03-31"


def test_register_is_other(engine):
    assert engine.classify(REGISTER).document_type == "other"


def test_value_below_table_rule():
    text = (
        "Исполнитель: ООО «Сервис»\n"
        "     +-----------------+------------------+\n"
        "     | Номер документа | Дата составления |\n"
        "     +-----------------+------------------+\n"
        " АКТ | АВ-0037         | 02.04.2025       |\n"
    )

    assert fields_of(text, "act")["number"] == "АВ-0037"


def test_ne_read_for_number_sign():
    text = "ИП Стрельцова А. В.\nСЧЕТ Ne CT.25.OO41\nот «18» марта 2025 г.\n"

    assert fields_of(text, "invoice")["number"] == "СТ.25.0041"


@pytest.mark.parametrize(
    ("title", "expected"),
    [("INVOICE 2025-0847", "2025-0847"), ("INVOICE 2025-03-15", None)],
)
def test_title_code_opening_with_digit(title, expected):
    found = fields_of(f"{title}\nBuyer: JSC Ufa Steel\nTotal: 100.00 USD\n", "invoice")

    assert found.get("number") == expected


def test_period_dates_not_document_date():
    text = (
        "АКТ № 58\nИсполнитель оказал услуги за период с 01.03.2025 по\n"
        "31.03.2025:\nИтого: 148 400,00 руб.\n"
        "_____________ /Д. О. Латышев/\n«02» апреля 2025 г.   М.П.\n"
    )

    assert fields_of(text, "act")["date"] == "2025-04-02"


def test_cited_code_without_sign():
    text = (
        "CERTIFICATE OF ORIGIN\nNo. A 2025 0907341\n"
        "4 Transport details: delivery note LS-80011472 of 21.03.2025\n"
        "5 Remarks: commercial invoice RE 2025 00388 of 25.03.2025\n"
        "Koeln, 27.03.2025\n"
    )

    found = fields_of(text, "other")
    assert found["number"] == "A 2025 0907341"
    assert found["date"] == "2025-03-27"


def test_letter_dated_under_signature():
    text = (
        "Our Ref.: RK/VK/2025-044\nYour Ref.: KP-114 of 10.03.2025\n"
        "Dear Mr. Zakirov,\nthe first batch was shipped on 21.03.2025.\n"
        "Yours sincerely,\nVolker Krause, Sales Manager\nKoeln, 26 March 2025\n"
    )

    assert fields_of(text, "letter")["date"] == "2025-03-26"


def test_lowercase_title_word_is_no_title(engine):
    text = (
        "EUROPEAN UNION                    CERTIFICATE OF ORIGIN\n"
        "                                  No. A 2025 0907341\n"
        "1 Consignor: Rheinmann GmbH, Koeln\n"
        "2 Consignee: LLC Kama Polymer, Naberezhnye Chelny\n"
        "4 Transport details: by road,\n"
        "  delivery note LS-80011472 of 21.03.2025, CMR No. 0318772\n"
        "5 Remarks: commercial invoice RE 2025 00388 of 25.03.2025\n"
    )

    assert engine.classify(text).document_type == "other"


def test_title_citing_paper_after_own_title(engine):
    text = (
        "ООО «Сибирский лес»\n"
        "                УПАКОВОЧНЫЙ ЛИСТ № УЛ-25/0344\n"
        "К УПД № ТД00-000512 от 20.03.2025\n"
        "Транспортная накладная № 512 от 20.03.2025, автомобиль Камаз\n"
        "Грузоотправитель: ООО «Сибирский лес»\n"
        "Грузополучатель: ООО «Барнаульская мебельная фабрика»\n"
        "Место 1: доска обрезная, 42 шт., масса брутто 612 кг\n"
    )

    assert engine.classify(text).document_type == "packing_list"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("AЧ-OO187", "АЧ-00187"), ("KM-0087", "КМ-0087"), ("ЧS-1", "ЧS-1")],
)
def test_number_letters_follow_their_script(raw, expected):
    text = f"Счет-фактура № {raw} от 25.03.2025\nИтого: 100,00\n"

    assert fields_of(text, "upd")["number"] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Счет-фактура № М$К-0219 от 21.03.2025", "MSK-0219"),
        ("Invoice No.:         GB- 25/0318", "GB-25/0318"),
    ],
)
def test_ocr_marks_inside_number(line, expected):
    assert fields_of(line + "\nИтого: 100,00\n", "invoice")["number"] == expected


def test_empty_form_cell_not_numbered_by_inn():
    text = (
        "Унифицированная форма № ТОРГ-12\nТОВАРНАЯ НАКЛАДНАЯ № 125 от 12.03.2025\n"
        "| Номер документа | Дата составления |\n"
        "|                 |                  |\n"
        '| Поставщик | ООО "Ромашка", ИНН 7707083893 |\nИтого: 12 000,00\n'
    )

    assert fields_of(text, "waybill")["number"] == "125"


def test_other_field_caption_with_slash():
    text = (
        "INVOICE No. 4471\nNorthwind Ltd, London\n12 March 2025\n"
        "| Customer ref.   | Order No./Date   | Terms  |\n"
        "| CT-881          | 05.03.2025       | Net 30 |\nTotal due: EUR 1,200.00\n"
    )

    assert fields_of(text, "invoice")["date"] == "2025-03-12"


def test_weekday_in_wrapped_sentence_is_no_place():
    text = (
        "Northwind Ltd\n12 Baker Street, London\n26 March 2025\n\nDear Ms Novak,\n"
        "as discussed on the phone last\nFriday, 21 March 2025, we will deliver "
        "the goods.\n"
    )

    assert fields_of(text, "letter")["date"] == "2025-03-26"


def test_from_date_to_agreement_is_no_period():
    text = (
        "INVOICE\nInvoice No. 125 from 12.03.2025 to Agreement No. 7\n"
        "Goods shipped 14.03.2025\nTotal: EUR 1,200.00\n"
    )

    assert fields_of(text, "invoice")["date"] == "2025-03-12"


def test_register_number_of_contract_is_no_register(engine):
    text = (
        "Реестровый номер контракта: 2770123456725000012\n"
        "ГОСУДАРСТВЕННЫЙ КОНТРАКТ № 12-ЭА/25\n"
        "г. Москва                                   10 марта 2025 г.\n"
        'ГБУ "Школа № 5", именуемое в дальнейшем "Заказчик", и ООО "Ромашка",\n'
        'именуемое в дальнейшем "Поставщик", заключили настоящий контракт.\n'
        "1.1. Поставщик обязуется поставить товар.\n"
        "2.1. Цена контракта составляет 150 000,00 руб.\n"
        "3.1. Заказчик обязуется оплатить товар.\n"
    )

    assert engine.classify(text).document_type == "contract"


def test_street_ordinal_is_no_number():
    text = (
        "INVOICE                 Cascade Supply Co., 1200 NE 45th St, Seattle\n"
        "Invoice number: 4471\nDate: 12 March 2025\nTotal due: USD 1,200.00\n"
    )

    assert fields_of(text, "invoice")["number"] == "4471"
