"""Captions printed in a stack over a stack of their values, as PDF text layers give
the cells of bank forms and two-column invoices.

Every INN, account and BIK below is invented and has valid check digits.
"""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.stacks import find_stacked_cells
from ai_agents.engines.text import NormalizedText

PAYER_INN, PAYER_KPP = "7702620960", "770201001"
PAYEE_INN, PAYEE_KPP = "6312654289", "631201001"
PAYER_BIK, PAYER_ACCOUNT = "044525593", "40702810559665425987"
PAYEE_ACCOUNT = "40702810911024427740"


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


STACKED_PAYMENT_ORDER = f"""Интернет-банк · Документ сформирован 03.03.2026 10:15:40
ПЛАТЕЖНОЕ ПОРУЧЕНИЕ №
Дата
Вид платежа
412
03.03.2026
электронно
Сумма прописью
Сто двадцать тысяч рублей 00 копеек
ИНН плательщика
КПП плательщика
Сумма
{PAYER_INN}
{PAYER_KPP}
120000-00
Плательщик
ООО «Северный Ветер»
Сч. №
{PAYER_ACCOUNT}
Банк плательщика
БИК
ПАО «Пример Банк», г. Москва
{PAYER_BIK}
ИНН получателя
КПП получателя
Сч. №
{PAYEE_INN}
{PAYEE_KPP}
{PAYEE_ACCOUNT}
Получатель
ООО «Логистик Парк»
Назначение платежа
Оплата по счету № 77 от 01.03.2026, в т.ч. НДС (22%) 21639-34
"""


def test_stacked_payment_order_cells(engine):
    fields = engine.extract(STACKED_PAYMENT_ORDER, document_type="payment_order").fields
    parties = fields["parties"]

    assert fields["number"]["value"] == "412"
    assert fields["total"]["value"] == "120000.00"
    assert parties["payer"]["inn"]["value"] == PAYER_INN
    assert parties["payer"]["kpp"]["value"] == PAYER_KPP
    assert parties["payee"]["inn"]["value"] == PAYEE_INN
    assert parties["payee"]["kpp"]["value"] == PAYEE_KPP
    assert parties["payee"]["account"]["value"] == PAYEE_ACCOUNT


def test_stacked_invoice_header_cells(engine):
    text = """Northwind Hosting, Inc.
Austin, TX 78701, USA
                                                                 INVOICE
Invoice #
Invoice date
Due date
NWH-2026-0417
Mar. 3rd, 2026
Apr. 2nd, 2026
BILL TO
Example Trading LLC
Subtotal                 $1,200.00
Total                    $1,200.00
"""

    fields = engine.extract(text, document_type="invoice").fields

    assert fields["number"]["value"] == "NWH-2026-0417"
    assert fields["date"]["value"] == "2026-03-03"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Универсальный передаточный документ\nВсего к оплате\n1 000,00\n2 000,00\n",
            id="title-over-caption",
        ),
        pytest.param(
            "BILL TO\nExample Trading LLC\nAttn: Accounts Payable\n"
            "12 Main Street\nSeattle, WA 98101\nREMIT TO\n",
            id="address-block",
        ),
        pytest.param("Сумма\n1 000,00\nНазначение\n", id="one-caption"),
    ],
)
def test_no_stack_without_cell_captions(text):
    assert find_stacked_cells(NormalizedText(text)) == ()


def test_party_caption_stack_values(engine):
    text = f"""Счет на оплату № 58 от 04 марта 2026 г.

Поставщик
(Исполнитель):
Покупатель
(Заказчик):
Основание:
ООО «Северный Ветер», ИНН {PAYER_INN}, КПП {PAYER_KPP}, 125009, г. Москва,
ул. Тверская, д. 7
АО «Логистик Парк», ИНН {PAYEE_INN}, КПП {PAYEE_KPP}, 443013, г. Самара,
ул. Дачная, д. 2
Договор № 12/26 от 15.01.2026

Итого: 50 000,00
"""

    parties = engine.extract(text, document_type="invoice").fields["parties"]

    assert parties["seller"]["inn"]["value"] == PAYER_INN
    assert parties["seller"]["kpp"]["value"] == PAYER_KPP
    assert parties["buyer"]["inn"]["value"] == PAYEE_INN
    assert parties["buyer"]["name"]["value"] == "АО «Логистик Парк»"


def test_payment_block_payee_not_bank(engine):
    text = f"""ООО «Северный Ветер»              Образец заполнения платежного поручения
Банк получателя
БИК
Сч. №
ИНН
КПП
Сч. №
Получатель
ПАО «Пример Банк», г. Москва
{PAYER_BIK}
30101810200000000593
{PAYER_INN}
{PAYER_KPP}
{PAYER_ACCOUNT}
ООО «Северный Ветер»

Счет на оплату № 59 от 05 марта 2026 г.
Итого: 10 000,00
"""

    seller = engine.extract(text, document_type="invoice").fields["parties"]["seller"]

    assert seller["name"]["value"] == "ООО «Северный Ветер»"
    assert seller["bank_name"]["value"] == "ПАО «Пример Банк»"
    assert seller["account"]["value"] == PAYER_ACCOUNT


def test_upd_cells_date_after_of_line(engine):
    text = """Универсальный передаточный документ
Счет-фактура №
КГ-0302
от
09.04.2026
(1)
К платежно-расчетному документу №
1406 от 03.04.2026
(5)
"""

    fields = engine.extract(text, document_type="upd").fields

    assert fields["number"]["value"] == "КГ-0302"
    assert fields["date"]["value"] == "2026-04-09"


def test_patent_number_line_and_issue_date(engine):
    text = """                      Межрайонная ИФНС России № 18 по Московской области

                                  ПАТЕНТ
              на право применения патентной системы налогообложения
                           № 5024 26 0004410

Дата выдачи патента:            25.12.2025
Срок действия патента:          с 01.01.2026 по 31.12.2026
Патент выдан на основании заявления от 12.12.2025.
"""

    fields = engine.extract(text, document_type="other").fields

    assert fields["number"]["value"] == "5024 26 0004410"
    assert fields["date"]["value"] == "2025-12-25"


def test_empty_cell_in_stack_shifts_nothing(engine):
    # The P.O. cell is empty, so the values do not fit the captions in order.
    text = "P.O. No.\nInvoice #\nDate\nNWH-2026-0417\n03/03/2026\nNet 30\n"

    fields = engine.extract(text, document_type="invoice").fields

    assert fields.get("number", {}).get("value") != "03/03/2026"


@pytest.mark.parametrize(
    ("captions", "first_role", "second_role"),
    [
        pytest.param("Поставщик:\nПокупатель:\n", "seller", "buyer", id="two"),
        pytest.param("Покупатель:\nПоставщик:\n", "buyer", "seller", id="reversed"),
        pytest.param(
            "Исполнитель:\nЗаказчик:\nОснование:\n", "seller", "buyer", id="with-basis"
        ),
    ],
)
def test_party_caption_stack_orders(engine, captions, first_role, second_role):
    text = (
        "Счет на оплату № 60 от 05.03.2026\n"
        + captions
        + f"ООО «Северный Ветер», ИНН {PAYER_INN}, КПП {PAYER_KPP}\n"
        f"АО «Логистик Парк», ИНН {PAYEE_INN}, КПП {PAYEE_KPP}\n"
        "Итого к оплате: 5 000,00\n"
    )

    parties = engine.extract(text, document_type="invoice").fields["parties"]

    assert parties[first_role]["inn"]["value"] == PAYER_INN
    assert parties[second_role]["inn"]["value"] == PAYEE_INN


def test_bank_that_is_the_party_keeps_its_name(engine):
    text = f"""INVOICE No. 2026-15
Seller:
First Example Bank JSC
INN {PAYER_INN} KPP {PAYER_KPP}
BIK {PAYER_BIK}
Moscow Branch
Total: 5 000,00 RUB
"""

    seller = engine.extract(text, document_type="invoice").fields["parties"]["seller"]

    assert seller["name"]["value"] == "First Example Bank JSC"


def test_empty_kpp_cell_gives_no_sum(engine):
    # A sole proprietor's KPP cell is empty, so the stack's values are shifted
    # and the taxpayer number under "Сумма" is not the amount.
    text = f"""ПЛАТЕЖНОЕ ПОРУЧЕНИЕ №
Дата
Вид платежа
412
03.03.2026
электронно
ИНН плательщика
КПП плательщика
Сумма
{PAYER_INN}00
120000-00
Плательщик
ИП Петров Петр Петрович
"""

    fields = engine.extract(text, document_type="payment_order").fields

    assert fields.get("total", {}).get("value") != f"{PAYER_INN}00.00"


def test_bank_block_account_caption_is_no_title(engine):
    text = f"""ООО «Северный Ветер»
Банк получателя
БИК
Счет №
{PAYER_BIK}
{PAYER_ACCOUNT}

СЧЕТ НА ОПЛАТУ
от 04.03.2026
Итого к оплате: 50 000,00
"""

    fields = engine.extract(text, document_type="invoice").fields

    assert fields.get("number", {}).get("value") != PAYER_BIK


def test_invoice_title_caption_in_stack(engine):
    text = (
        "Счет на оплату №\nДата\nСрок оплаты\n318\n12.03.2026\n20.03.2026\n"
        f"Поставщик: ООО «Альфа», ИНН {PAYER_INN}, КПП {PAYER_KPP}\n"
        "Итого к оплате: 12 000,00\n"
    )

    fields = engine.extract(text, document_type="invoice").fields

    assert fields["number"]["value"] == "318"
