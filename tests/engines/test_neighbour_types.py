"""Papers that look like a neighbouring type: proformas, standalone VAT invoices,
specifications, memos, orders, remittance advices, supplier statements and
official receipts, and the signed totals of credit papers."""

import pytest

from ai_agents.engines import get_engine

from .form_helpers import BUYER_INN, BUYER_KPP, SELLER_INN, SELLER_KPP, extract

LETTERHEAD = "ООО «Альфа»\n620102, г. Екатеринбург, ул. Посадская, д. 44\n"
ENGLISH_LETTERHEAD = "Scandi Dent Clinic LLC\n21 Profsoyuznaya St., Moscow 117292\n"


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            f"{LETTERHEAD}ИНН {SELLER_INN}\n\nСЧЕТ-ПРОФОРМА № ПФ-25/061\n"
            "Дата: 03.10.2025\nИтого с НДС 825 000,00\n"
            "После отгрузки Поставщик оформляет УПД;\n"
            "товарная накладная не оформляется.\n",
            "invoice",
            id="proforma",
        ),
        pytest.param(
            f"СЧЕТ-ФАКТУРА № 1187 от 29 октября 2025 г. (1)\n"
            f"ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP} (2б)\n"
            "Всего к оплате | 301 300,00 | X | 60 260,00 | 361 560,00 |\n",
            "upd",
            id="standalone-vat-invoice",
        ),
        pytest.param(
            "СПЕЦИФИКАЦИЯ № 3\nк Договору поставки № 56/25 от 12 марта 2025 г.\n"
            "Итого по Спецификации 1 122 000,00\nв т.ч. НДС 20% 187 000,00\n",
            "contract",
            id="specification",
        ),
        pytest.param(
            f"{LETTERHEAD}Отдел ИТ\n\nСЛУЖЕБНАЯ ЗАПИСКА № 37\nот 15.10.2025\n"
            "Прошу согласовать оплату счета № ИС-00418 от 14.10.2025 на сумму "
            "97 380,00 руб., в т.ч. НДС 20%.\n",
            "other",
            id="memo",
        ),
        pytest.param(
            f"{ENGLISH_LETTERHEAD}INN {BUYER_INN}, KPP {BUYER_KPP}\n\n"
            "PURCHASE ORDER No. PO-4471\nDate: 2025-10-20\n"
            "| Item | Description | Qty | Unit price, RUB | Amount, RUB |\n"
            "| 1 | Autoclave class B | 1 | 96,420.00 | 96,420.00 |\n"
            "Order total, RUB: 96,420.00\nPlease confirm and send your invoice.\n",
            "other",
            id="purchase-order",
        ),
        pytest.param(
            f"{ENGLISH_LETTERHEAD}INN {BUYER_INN}\n\nREMITTANCE ADVICE No. RA-0088\n"
            "Date: 21 October 2025\nTransfer: our application No. 88 of 20.10.2025\n"
            "Amount remitted: USD 30,940.00, all charges for our account (OUR)\n",
            "other",
            id="remittance-advice",
        ),
        pytest.param(
            "TREVOSE PRINT & PAPER LTD\nUnit 6, Kernick Business Park, Penryn\n\n"
            "STATEMENT OF ACCOUNT\nStatement date: 30/11/2025\n"
            "To: Kettle & Crumb Cafe\n"
            "| Date | Reference | Description | Debit | Credit | Balance |\n"
            "| 01/11/2025 | | Balance brought forward | | | £ 210.40 |\n"
            "| 04/11/2025 | INV-3311 | Menus | £ 96.00 | | £ 306.40 |\n"
            "Balance at 30/11/2025: £ 306.40\nAgeing: Current £ 306.40\n"
            "Please remit the balance by 15/12/2025.\n",
            "other",
            id="supplier-statement",
        ),
        pytest.param(
            "ELMBRIDGE BANK PLC\nSort code 40-11-62\n\nSTATEMENT OF ACCOUNT\n"
            "Statement date: 30/11/2025\nOpening balance £ 210.40\n"
            "04/11/2025 Card payment INV-3311 Trevose Print £ 96.00\n"
            "Closing balance £ 114.40\nPlease report any discrepancy within 30 days.\n",
            "bank_statement",
            id="bank-statement-citing-invoice",
        ),
        pytest.param(
            "NORTHGATE CARD SERVICES\n\nSTATEMENT\nStatement date: 30/11/2025\n"
            "Opening balance £ 210.40\n02/11 ACME SUPPLIES LTD INV 4512 £ 96.00\n"
            "Closing balance £ 306.40\n"
            "Minimum payment £ 25.00   Balance due £ 306.40\n",
            "bank_statement",
            id="card-statement-with-balance-due",
        ),
        pytest.param(
            "GULF EXPO EVENTS L.L.C.\nSheikh Zayed Road, Dubai\n\nOFFICIAL RECEIPT\n"
            "Receipt No.: R-25-00962   Date: 3 November 2025\n"
            "Received from: JSC Rusexport Machinery, Moscow\n"
            "The sum of: AED 18,375.00\n"
            "Being payment of: Invoice No. EXP-INV-25-0448 dated 15 September 2025\n"
            "This receipt confirms payment only. It is not a tax invoice.\n",
            "receipt",
            id="official-receipt",
        ),
        pytest.param(
            "VAN DER HOEK B.V.\nZwartelaan 14, Lisse\n"
            "lNVOICE\nlnvoice no.: VDH-2025-1204\n"
            "TOTAL EUR 12 840.00\n",
            "invoice",
            id="ocr-l-for-capital-i",
        ),
        pytest.param(
            f"{LETTERHEAD}ИНН {SELLER_INN}\n\nСЧЕТ № ЦМ-26-0041187\n"
            "Дата: 02.03.2026\n"
            + "".join(
                f"| {row} | Коды маркировки, группа {row} | 1 000 | 0,50 | 500,00 |\n"
                for row in range(1, 21)
            )
            + "Итого к оплате: 23 424,00 руб.\n"
            "Коды маркировки эмитируются в пределах оплаченного количества.\n"
            "Универсальный передаточный документ за месяц направляется через\n"
            "оператора ЭДО до 5-го числа следующего месяца.\n",
            "invoice",
            id="invoice-naming-the-upd-to-follow",
        ),
    ],
)
def test_type_of_neighbouring_papers(engine, text, expected):
    assert engine.classify(text).document_type == expected


def test_receipt_payer_received_from_is_buyer():
    text = (
        "PAYMENT RECEIPT\nReceipt No.: R-2025-08814   Date: 10 Dec 2025\n"
        f"Received from:\nSteklo-Design LLC\nINN {BUYER_INN}, KPP {BUYER_KPP}\n"
        f"Received by: Amur Fish Yard LLC, INN/KPP {SELLER_INN}/{SELLER_KPP}\n"
        "Net amount EUR 6,870.00\n"
    )

    parties = extract(text, "receipt")["parties"]

    assert parties["buyer"]["inn"]["value"] == BUYER_INN
    assert parties["seller"]["inn"]["value"] == SELLER_INN


def test_negative_total_returned_unsigned_and_marked():
    text = (
        "CREDIT NOTE No. CN-2025-0042\nDate: 14.11.2025\n"
        "Subtotal EUR -4,050.00\nVAT 20% EUR -810.00\nTotal credit EUR -4,860.00\n"
    )

    fields = extract(text, "invoice")

    assert fields["total"]["value"] == "4860.00"
    assert fields["total"]["negative"] is True
    assert "-4,860.00" in fields["total"]["raw"]


def test_positive_total_has_no_sign_mark():
    fields = extract("INVOICE No. 5\nTotal EUR 4,860.00\n", "invoice")

    assert "negative" not in fields["total"]


@pytest.mark.parametrize(
    ("text", "document_type", "number"),
    [
        (
            "ООО «Альфа»\nОтдел ИТ\n\nСЛУЖЕБНАЯ ЗАПИСКА № 37\nот 15.10.2025\n"
            "Прошу согласовать оплату счета № ИС-00418 от 14.10.2025.\n",
            "other",
            "37",
        ),
        (
            "REMITTANCE ADVICE No. RA-0088\nDate: 21 October 2025\n"
            "Transfer: our application No. 88 of 20 October 2025\n",
            "other",
            "RA-0088",
        ),
        (
            "АО «Банк Невский альянс»     БИК 044030681\n\nВЫПИСКА ПО СЧЕТУ № 204\n"
            "за 22 октября 2025 г.\nСчет: 40702810346100330766\n",
            "bank_statement",
            "204",
        ),
        (
            "РОССИЙСКАЯ ФЕДЕРАЦИЯ\n"
            "Дата выдачи 17.04.2021     Код подразделения 540-004\n"
            "                 50 21\n                 638214\nФамилия ГАЛИЧЕВА\n",
            "passport",
            "638214",
        ),
    ],
)
def test_number_under_own_heading(text, document_type, number):
    assert extract(text, document_type)["number"]["value"] == number


def test_invoice_cited_by_account_words_still_cited():
    text = "АКТ № 12 от 01.11.2025\nОснование: оплата по счету № 204 от 20.10.2025\n"

    assert extract(text, "act")["number"]["value"] == "12"


@pytest.mark.parametrize(
    "clause",
    [
        "Общая сумма арендной платы за срок аренды составляет 605 000 (Шестьсот "
        "пять тысяч) рублей 00 копеек.",
        "Общая сумма вознаграждения за срок действия договора (12 месяцев) "
        "составляет 605 000 (шестьсот пять тысяч) рублей 00 копеек.",
    ],
)
def test_contract_total_for_its_term(clause):
    text = (
        "ДОГОВОР № 14\nг. Москва 01.10.2025\n"
        f"3. Плата - 55 000 руб. в месяц. {clause}\n"
    )

    assert extract(text, "contract")["total"]["value"] == "605000.00"


def test_shipper_and_its_address_caption():
    text = (
        "UNIVERSAL TRANSFER DOCUMENT\nInvoice No. 22 dated 22.12.2025\n"
        f"Shipper and its address: Podolsk Terminal LLC, INN/KPP {SELLER_INN}/"
        f"{SELLER_KPP},\n142103, Podolsk\n"
    )

    assert extract(text, "upd")["parties"]["shipper"]["inn"]["value"] == SELLER_INN


@pytest.mark.parametrize(
    "line",
    ["Memo: staff lunch", "Purchase order: PO-4471", "Date    Memo    Amount"],
)
def test_caption_words_are_no_foreign_heading(engine, line):
    text = (
        f"ООО «Продукты у дома»\nКАССОВЫЙ ЧЕК № 57\n15.11.2025\n{line}\n"
        "Хлеб 1 x 48,00\nИТОГ =48,00\nФН 7281440500123456 ФД 4471 ФПД 3302447190\n"
    )

    assert engine.classify(text).document_type == "receipt"


def test_addressee_person_is_no_invoice_buyer():
    text = (
        "СЧЕТ НА ОПЛАТУ № 45 от 12.11.2025\n"
        "Кому: главному бухгалтеру Петровой А.С.\n"
        f"Покупатель: ООО «Бета», ИНН {BUYER_INN}\n"
    )

    buyer = extract(text, "invoice")["parties"]["buyer"]

    assert buyer["name"]["value"] == "ООО «Бета»"
    assert buyer["inn"]["value"] == BUYER_INN


def test_received_from_outside_receipts_is_no_buyer():
    text = (
        "АКТ № 12 от 01.11.2025\n"
        f"Получено от: ООО «Альфа», ИНН {SELLER_INN}\n"
        f"Покупатель: ООО «Бета», ИНН {BUYER_INN}\n"
    )

    parties = extract(text, "act")["parties"]

    assert parties["buyer"]["inn"]["value"] == BUYER_INN
