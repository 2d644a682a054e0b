"""Amendments, warranty and defect acts, carried balances, payment blocks, quotations,
certificates and other papers of the trades: their types, totals, numbers, dates and
parties."""

import pytest

from ai_agents.engines import get_engine

from .form_helpers import (
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

# A second account of the seller at another bank; its key matches SECOND_BIK.
SECOND_BIK = "044525225"
SECOND_ACCOUNT = "40702810938000000001"


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 2\nк Договору подряда № 118-П от 04.06.2025\n"
            "1. Стоимость дополнительных работ по настоящему Соглашению составляет "
            "348 000,00 руб., в т.ч. НДС 20% - 58 000,00 руб.\n"
            "2. Пункт 3.1 Договора изложить в следующей редакции: «3.1. Цена Договора "
            "составляет 1 548 000,00 руб.».\n",
            "348000.00",
            id="supplementary-agreement",
        ),
        pytest.param(
            "ADDENDUM No. 1\nto Supply Contract No. 77/2025-EXP\n"
            "2. The value of the Additional Goods under this Addendum is "
            "USD 96,800.00.\n"
            '3. Clause 3.1 is amended to read: "The total value of the Contract is '
            'USD 412,300.00."\n',
            "96800.00",
            id="addendum",
        ),
        pytest.param(
            "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 3\n"
            "Цена Договора увеличивается на сумму 120 000,00 руб. и составляет "
            "720 000,00 руб.\n",
            "120000.00",
            id="price-increased-by",
        ),
    ],
)
def test_amendment_total_is_added_value(text, expected):
    assert value_of(extract(text, "contract"), "total") == expected


def test_contract_without_amendment_keeps_price():
    text = "ДОГОВОР ПОСТАВКИ № 56/25\n3.1. Цена Договора составляет 1 200 000,00 руб.\n"

    assert value_of(extract(text, "contract"), "total") == "1200000.00"


def test_warranty_act_total_is_payable_column():
    text = (
        "АКТ ВЫПОЛНЕННЫХ РАБОТ № ГР-0093 от 05.12.2025\n(гарантийный ремонт)\n\n"
        "| № | Работы                 | Кол. | Цена по прайсу | К оплате |\n"
        "| 1 | Диагностика            |    1 |       1 500,00 |     0,00 |\n"
        "| 2 | Замена помпы           |    1 |       2 800,00 |     0,00 |\n"
        "|   | Итого                  |      |       4 300,00 |     0,00 |\n"
    )

    assert value_of(extract(text, "act"), "total") == "0.00"


def test_defect_act_has_no_total():
    text = (
        "АКТ О ВЫЯВЛЕННЫХ НЕДОСТАТКАХ ТОВАРА № 7\n(рекламационный акт)\n"
        "| 1 | Стеллаж паллетный СП-3 | 2 с. | деформация стоек | 18 250,00 руб. |\n"
        "Стоимость товара с недостатками (2 секции): 36 500,00 руб.\n"
    )

    assert extract(text, "act").get("total") is None


def test_act_of_works_keeps_unlabeled_total():
    text = "АКТ № 12 от 05.12.2025\nРемонт кофемашины 4 300,00 руб.\n"

    assert value_of(extract(text, "act"), "total") == "4300.00"


def test_balance_brought_forward_stays_out_of_total():
    text = (
        "INVOICE No. SS-EXP-0042\nInvoice date: 2025-03-31\n"
        "Subtotal                                 USD  9,420.00\n"
        "Invoice total                            USD  9,420.00\n"
        "Balance brought forward (invoice SS-EXP-0031, unpaid)   USD  2,150.00\n"
        "Total amount due                         USD 11,570.00\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "total") == "9420.00"
    assert value_of(fields, "amount_due") == "11570.00"


def test_payable_without_carried_balance_is_total():
    text = (
        "INVOICE No. 55\nSubtotal USD 9,420.00\nShipping USD 2,150.00\n"
        "Total amount due USD 11,570.00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "11570.00"


def test_penalty_and_retention_among_clause_numbers():
    text = (
        "ACCEPTANCE CERTIFICATE (ACT) No. 14/2025\n"
        "Total including VAT                          RUB 2,898,000.00\n"
        "Delay of completion: 12 days. Penalty under clause 9.2 (0.1% per day)\n"
        "withheld by the Customer: RUB 34,776.00.\n"
        "Retention of 5% under clause 5.6, released after 12 months: RUB 144,900.00.\n"
        "Amount payable to the Contractor: RUB 2,718,324.00.\n"
    )

    fields = extract(text, "act")

    assert value_of(fields, "total") == "2898000.00"
    assert value_of(fields, "amount_due") == "2718324.00"


def test_payment_block_wins_over_letterhead_bank():
    text = (
        "ООО «Альфа»\n"
        f"Банковские реквизиты: р/с {ACCOUNT} в АО «Банк Север», БИК {BANK_BIK}\n\n"
        f"| АО «Банк Юг»                 | БИК   | {SECOND_BIK}           |\n"
        "| г. Москва                    | Сч. № | 30101810400000000225 |\n"
        "| Банк получателя              |       |                      |\n"
        f"| ИНН {SELLER_INN} | КПП {SELLER_KPP} | Сч. № | {SECOND_ACCOUNT} |\n"
        "| ООО «Альфа»                  |       |                      |\n"
        "| Получатель                   |       |                      |\n\n"
        "Счет на оплату № 872 от 24 ноября 2025 г.\n"
        f"Покупатель: ООО «Бета», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
    )

    seller = parties_of(text, "invoice")["seller"]

    assert seller["bik"] == SECOND_BIK
    assert seller["account"] == SECOND_ACCOUNT


def test_footer_bank_line_of_upd_is_sellers():
    text = (
        "УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ   Статус: 1\n"
        "Счет-фактура № 1428 от 19.12.2025 (1)\n"
        f"ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP} (2б)\n"
        f"ИНН/КПП покупателя: {BUYER_INN}/{BUYER_KPP} (6б)\n"
        "Всего к оплате (9) | 599 000,00 | X | 119 800,00 | 718 800,00 |\n"
        f"р/с {ACCOUNT} в ООО «Банк Север», БИК {BANK_BIK}\n"
    )

    seller = parties_of(text, "upd")["seller"]

    assert seller["account"] == ACCOUNT
    assert seller["bik"] == BANK_BIK


def test_refund_account_of_credit_note_is_not_sellers():
    text = (
        "CREDIT NOTE\nCredit note no.: CN-2025-0081\n"
        f"Customer:\nOOO Beta\nINN {BUYER_INN}, KPP {BUYER_KPP}\n"
        "Total credit: 3.218,40 €\n"
        f"The credit will be refunded within 14 days to your EUR account {ACCOUNT}\n"
        f"with AO Bank Sever, Moscow, BIK {BANK_BIK}.\n"
    )

    assert "account" not in parties_of(text, "invoice").get("seller", {})


def test_inn_kpp_table_row_fills_both_columns():
    text = (
        "АКТ № 1205 от 05.12.2025\nИтого к оплате по акту: 12 000,00 руб.\n\n"
        "| Реквизиты | Исполнитель             | Заказчик                |\n"
        "| Название  | ООО «Альфа»             | АО «Бета»               |\n"
        f"| ИНН / КПП | {SELLER_INN} / {SELLER_KPP}  | {BUYER_INN} / {BUYER_KPP}  |\n"
        f"| Р/с       | {ACCOUNT}    | {SECOND_ACCOUNT}    |\n"
    )

    parties = parties_of(text, "act")

    assert parties["seller"]["inn"] == SELLER_INN
    assert parties["buyer"]["inn"] == BUYER_INN
    assert parties["buyer"]["kpp"] == BUYER_KPP


def test_bik_of_bank_label_is_read():
    text = (
        "Индивидуальный предприниматель Гарипова Алсу Рашитовна\n"
        f"Р/сч {ACCOUNT}\nБанк АО «Банк Север», г. Казань\nБИК банка {BANK_BIK}\n\n"
        "СЧЕТ № 37 от 5 декабря 2025 г.\n"
        f"Заказчик: ООО «Бета», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
    )

    assert parties_of(text, "invoice")["seller"]["bik"] == BANK_BIK


def test_storage_bailor_is_buyer():
    text = (
        "ООО «Элеватор»\n"
        f"ИНН {SELLER_INN} КПП {SELLER_KPP}\n\nСЧЕТ № 118 от 07.04.2025\n\n"
        f"Поклажедатель: ООО «Колос», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
        "Всего к оплате: 813 886,14 руб.\n"
    )

    assert parties_of(text, "invoice")["buyer"]["inn"] == BUYER_INN


def test_english_applicant_is_payer():
    text = (
        "APPLICATION FOR TRANSFER IN FOREIGN CURRENCY No. 18\nDate: 2025-12-04\n\n"
        "Applicant (50K): LLC Siberian Digital Solutions\n"
        f"INN {SELLER_INN}, KPP {SELLER_KPP}\nAccount (USD): 40702840020037788933\n\n"
        "Beneficiary (59): Levan Beridze, Tbilisi, Georgia\n"
    )

    assert parties_of(text, "payment_order")["payer"]["inn"] == SELLER_INN


def test_first_person_english_power_of_attorney():
    text = (
        "POWER OF ATTORNEY No. 2/2025\n\n"
        "I, Individual Entrepreneur Artem Yurievich Gladkikh, INN 660503536508,\n"
        f"holder of settlement account {ACCOUNT} with JSC Bank, BIK {BANK_BIK}\n"
        '(the "Principal"),\n\n'
        "hereby authorise Ksenia Vladimirovna Belykh, born 02.07.1993, "
        'INN 663325137992 (the "Attorney"),\n\nto act on my behalf.\n'
    )

    parties = parties_of(text, "power_of_attorney")

    assert parties["principal"]["inn"] == "660503536508"
    assert parties["principal"]["account"] == ACCOUNT
    assert parties["attorney"]["inn"] == "663325137992"


def test_party_name_wrapping_before_its_bracket():
    text = (
        "FREELANCE SERVICES AGREEMENT No. FSA-2025/07\n\n"
        'Fjordline Analytics AS, Oslo, Norway (the "Client"), and Individual '
        "Entrepreneur Timur\nRinatovich Akhmetzyanov, INN 169139385709, Kazan, Russia\n"
        '(the "Contractor"), agree as follows.\n'
    )

    assert parties_of(text, "contract")["seller"]["inn"] == "169139385709"


def test_place_and_date_line_dates_invoice():
    text = (
        "Aline Brunner Photography\nLorrainestrasse 22, 3013 Bern\n\n"
        "Bern, 21.11.2025\n\nINVOICE No. 2025-118\n\n"
        'Corporate event "Winter Kick-off", Kursaal Bern, 14.11.2025\n'
        "Total CHF 1'240.50\n"
    )

    assert value_of(extract(text, "invoice"), "date") == "2025-11-21"


def test_waybill_number_skips_approval_and_copy():
    text = (
        "                         Приложение № 4 к постановлению Правительства РФ\n"
        "                         от 21.12.2020 № 2200\n"
        "ТРАНСПОРТНАЯ НАКЛАДНАЯ                                        Экземпляр № 1\n"
        "Дата 14.03.2025  № 0314-2         Заказ (заявка)  Дата 13.03.2025  № 96\n"
    )

    fields = extract(text, "waybill")

    assert value_of(fields, "number") == "0314-2"
    assert value_of(fields, "date") == "2025-03-14"


def test_line_opening_number_sign_beats_cited_invoice():
    text = (
        "NINGBO HENGFA HARDWARE CO., LTD.\n\n          PACKING LIST\n\n"
        "No.: NHF-PL-250307                      Date: 07 Mar 2025\n"
        "Invoice No.: NHF-CI-250307 of 07 Mar 2025\n"
    )

    assert value_of(extract(text, "packing_list"), "number") == "NHF-PL-250307"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "SILK RAIL LOGISTICS LLP\nAlmaty, Kazakhstan\n\n"
            "RATE QUOTATION No. Q-25-0390\nDate: March 28, 2025\n"
            "| 1 | Rail freight Xi'an - Moscow | 4,700.00 |\n"
            "Estimate for the 4 containers: USD 28,320.00.\n",
            id="rate-quotation",
        ),
        pytest.param(
            "KESTREL ANALYTICS LTD\nLimassol, Cyprus\n\n        LICENCE CERTIFICATE\n\n"
            "Certificate No.: KA-LC-000318\nIssue date: 2025-04-03\n"
            "Licensee: OblakoDesk LLC (INN 7707131240)\n"
            "Agreement: Software Licence Agreement No. KA-RU-2025/03\n",
            id="licence-certificate",
        ),
        pytest.param(
            "ООО «Тульские отопительные системы»\nг. Тула, ул. Скуратовская, д. 108\n"
            "ИНН 7169850980\n\n                 Директору по закупкам\n"
            "                 ООО «Тульский самоварный двор»\n"
            "                 Ковалевой М. А.\n\n"
            "        КОММЕРЧЕСКОЕ ПРЕДЛОЖЕНИЕ № КП-2025/311 от 06.11.2025\n\n"
            "Уважаемая Марина Андреевна!\nПредлагаем поставку оборудования.\n"
            "| РБ-500/10 | Радиатор биметаллический | шт | 9 860,00 |\n",
            id="numbered-offer-under-addressee",
        ),
        pytest.param(
            "Rhein-Main Fair Services GmbH\n\nEXHIBITOR REGISTRATION CONFIRMATION\n"
            "Confirmation No.: EXH-25-03318\nIssued: October 14, 2025\n"
            "Hall / Stand: 4.1 / B-114\n"
            "This confirmation is not an invoice. The stand rental is invoiced "
            "separately.\n",
            id="not-an-invoice",
        ),
        # A scanned identity card whose title OCR placed far down the page: the
        # zone's code "ID" marks the card.
        pytest.param(
            "КОПИЯ\n\nҚАЗАҚСТАН РЕСПУБЛИКАСЫ             РЕСПУБЛИКА КАЗАХСТАН\n\n"
            "ТЕГІ / ФАМИЛИЯ                            НУРЛАНОВА\n"
            "АТЫ / ИМЯ                                 ДИНАРА\n"
            "ТУҒАН КҮНІ / ДАТА РОЖДЕНИЯ                02.09.1991\n"
            "ТУҒАН ЖЕРІ / МЕСТО РОЖДЕНИЯ               г. ШЫМКЕНТ\n"
            "ЖЫНЫСЫ / ПОЛ                              Ж\n"
            "БЕРГЕН ОРГАН / ОРГАН ВЫДАЧИ               МВД РК\n"
            "БЕРІЛГЕН КҮНІ / ДАТА ВЫДАЧИ               11.02.2021\n"
            "ҚОЛДАНЫЛУ МЕРЗІМІ / СРОК ДЕЙСТВИЯ         10.02.2031\n\n"
            "IDKAZ0519930446910902400318<<<\n"
            "9109024F3102104KAZ<<<<<<<<<<<2\n"
            "NURLANOVA<<DINARA<<<<<<<<<<<<<\n\n\n\n"
            "                                          УДОСТОВЕРЕНИЕ ЛИЧНОСТИ\n"
            "                                          № 051993044\n",
            id="identity-card-zone",
        ),
        pytest.param(
            "ATELIER VOSS\nHauptstrasse 4, 8001 Zurich\n\nQUOTATION\n\n"
            "Quote No.: Q-0442\nDate: 3 March 2026\n"
            "| 1 | Leather covers, 200 pcs | CHF 1,900.00 |\n"
            "Total quoted: CHF 1,900.00\n"
            "This is a quotation, not an invoice.\nKind regards,\nAnna Voss\n",
            id="quotation-heading-alone",
        ),
        pytest.param(
            "Aare Consulting AG | Bahnhofplatz 2, 3011 Bern\n\n"
            "                                   Lindenhof Print GmbH\n\n"
            "STATEMENT OF ACCOUNT\nStatement no. SOA-0302\nDate 28.02.2026\n\n"
            "Date        Document              Debit CHF   Credit CHF  Balance CHF\n"
            "02.02.2026  Invoice RE-2026-0211   2'450.00                 2'450.00\n"
            "20.02.2026  Invoice RE-2026-0240     980.00                 3'430.00\n\n"
            "                                  Balance due      CHF 3'430.00\n"
            "Not yet due: CHF 3'430.00     Overdue 1-30 days: CHF 0.00\n",
            id="statement-of-account-ageing",
        ),
    ],
)
def test_offers_and_confirmations_are_other(engine, text):
    assert engine.classify(text).document_type == "other"


def test_letter_listing_invoices_stays_letter(engine):
    text = (
        "GULF HORIZON TRADING L.L.C.\nDubai, UAE\n\n"
        "To: LLC Baikal Mining Machinery, Irkutsk, Russia\n"
        "Subject: Statement of open invoices under Contract GH-RU-07\n\n"
        "Dear Mr. Nimaev,\n\n"
        "Invoice        Date          Due date       Amount, AED       Open, AED\n"
        "GH-25/1117     14.10.2025    13.11.2025      146,300.00       86,300.00\n\n"
        "Invoice GH-25/1117 is overdue by 25 days. We kindly ask you to settle it.\n\n"
        "Yours sincerely,\nRania Haddad\n"
    )

    assert engine.classify(text).document_type == "letter"


def test_proforma_saying_not_tax_invoice_stays_invoice(engine):
    text = (
        "PROFORMA INVOICE No. PI-25/061\nDate: 03.10.2025\n"
        "Total USD 12,400.00\nThis proforma is not a tax invoice.\n"
    )

    assert engine.classify(text).document_type == "invoice"


CONTRACT = (
    "ДОГОВОР ПОСТАВКИ № 56/25\nг. Москва 10.02.2025\n"
    "3.1. Цена Договора составляет 1 200 000,00 руб., в т.ч. НДС 20%.\n"
)


@pytest.mark.parametrize(
    "clause",
    [
        "3.2. Стоимость дополнительных услуг составляет 15 000,00 руб.\n",
        "3.3. Сумма неустойки по настоящему соглашению составляет 5 000,00 руб.\n",
    ],
)
def test_contract_keeps_price_beside_added_services(clause):
    assert value_of(extract(CONTRACT + clause, "contract"), "total") == "1200000.00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Northwind Traders Ltd\nCOPY INVOICE No. 2231\nTotal due GBP 1,200.00\n",
            "2231",
        ),
        (
            "Экземпляр покупателя. Счет № 118 от 12.03.2025\n"
            "Всего к оплате: 8 000,00\n",
            "118",
        ),
    ],
)
def test_copy_word_before_title_keeps_number(text, expected):
    assert value_of(extract(text, "invoice"), "number") == expected


def test_event_word_line_does_not_date_invoice():
    text = (
        "Northwind Traders Ltd\n12 High Street, Leeds\nShipped, 14.11.2025\n"
        "INVOICE No. INV-2025-0412\nInvoice date: 21.11.2025\nTotal due GBP 1,440.00\n"
    )

    assert value_of(extract(text, "invoice"), "date") == "2025-11-21"


def test_act_citing_inspection_act_keeps_total():
    text = (
        "АКТ № 12 от 31.03.2025\nвыполненных работ по ремонту кровли\n"
        "на основании акта осмотра № 3 от 10.03.2025\n"
        "Работы выполнены в полном объеме на сумму 184 000,00 руб.\n"
    )

    assert value_of(extract(text, "act"), "total") == "184000.00"


def test_payable_column_after_retention_is_not_total():
    text = (
        "АКТ № 7 от 31.03.2025\n"
        "| № | Работы          | Стоимость, руб. | Удержание 5% | К оплате     |\n"
        "| 1 | Монтаж          |  800 000,00     |  40 000,00   | 760 000,00   |\n"
        "|   | Итого           | 1 200 000,00    |  60 000,00   | 1 140 000,00 |\n"
    )

    assert value_of(extract(text, "act"), "total") == "1200000.00"


def test_stage_invoice_keeps_its_own_total():
    text = (
        "INVOICE No. 118-3\nDate: 31.03.2025\nContract total: USD 500,000.00\n"
        "Advance paid (invoice 118-1): USD 100,000.00\n"
        "Paid under invoice 118-2: USD 200,000.00\n"
        "Late payment penalty per clause 9.2: 0.10% per day, waived.\n"
        "Total due for this stage: USD 200,000.00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "200000.00"


@pytest.mark.parametrize(
    "text",
    [
        "AGREEMENT No. 11\n(2) PEMBERTON FOODS PLC, registered in England and Wales "
        "with\n    company number 03371950 whose office is at Mill House, Station\n"
        '    Road, Harrogate HG2 7QP (the "Client").\n',
        "SUPPLY AGREEMENT No. 5\nThis Agreement is made between Northwind Ltd "
        '(the "Seller") and Beta Handels GmbH\nHauptstrasse 5, 10115 Berlin '
        '(the "Buyer").\n',
    ],
)
def test_wrapped_name_stops_at_address_line(text):
    buyer = extract(text, "contract").get("parties", {}).get("buyer", {})

    assert "name" not in buyer


def test_number_under_caption_is_not_documents():
    text = (
        "PACKING LIST No. PL-88\nShipper: Northwind Traders Ltd\nContainer\n"
        "No.: MSKU1234567\nDate: 03.03.2025\n"
    )

    assert value_of(extract(text, "waybill"), "number") == "PL-88"


def test_invoice_with_gift_certificate_row_stays_invoice(engine):
    text = (
        "Bella Spa Ltd                                 INVOICE\n"
        "4 Rose Lane, Bath BA1 1AA          No. 7781  Date: 03.03.2025\n"
        "Bill to: Jane Doe\nQty   Description                         Amount\n"
        "1     Gift certificate #GC-100          50.00\n"
        "1     Massage 60 min                    70.00\nTotal due GBP 120.00\n"
    )

    assert engine.classify(text).document_type == "invoice"


def test_not_a_vat_invoice_note_keeps_invoice(engine):
    text = (
        "ООО «Ромашка»                         СЧЕТ НА ОПЛАТУ № 118 от 12.03.2025\n"
        "Покупатель: ООО «Лютик»\n"
        "| 1 | Консультационные услуги | 1 | усл | 50 000,00 | 50 000,00 |\n"
        "Всего к оплате: 50 000,00 руб.\n"
        "Счет не является счетом-фактурой: Поставщик применяет УСН.\n"
    )

    assert engine.classify(text).document_type == "invoice"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "FIRST AMENDMENT TO SERVICES AGREEMENT\nDate: 01.03.2025\n"
            "1. The Contract price is increased by USD 25,000.00.\n"
            "2. The total contract price is USD 125,000.00.\n",
            "25000.00",
            id="first-amendment",
        ),
        pytest.param(
            "Доп. соглашение № 3\nк договору № 56/25 от 10.02.2025\n"
            "1. Цена договора увеличивается на сумму 150 000,00 руб.\n"
            "2. Цена Договора составляет 1 350 000,00 руб.\n",
            "150000.00",
            id="abbreviated-heading",
        ),
    ],
)
def test_amendment_heading_forms(text, expected):
    assert value_of(extract(text, "contract"), "total") == expected


def test_vat_inside_deducted_advance_is_not_deduction():
    text = (
        "АКТ № 7 от 31.03.2025\nИтого: 1 200 000,00\n"
        "Зачтен аванс: 300 000,00 (в т.ч. НДС 50 000,00)\n"
        "Гарантийное удержание 5%: 60 000,00\nИтого к оплате: 840 000,00\n"
    )

    fields = extract(text, "act")

    assert value_of(fields, "total") == "1200000.00"
    assert value_of(fields, "amount_due") == "840000.00"


def test_total_naming_contract_after_label_is_total():
    text = (
        "INVOICE No. 55\nDate: 31.03.2025\nSubtotal: USD 10,000.00\n"
        "VAT 20%: USD 2,000.00\nTotal (Contract No. 7): USD 12,000.00\n"
        "Less advance paid: USD 2,000.00\nBalance due: USD 10,000.00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "12000.00"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            "Item        Qty     Price     Amount     Discount    Amount due\n"
            "Total       10      120.00    1,200.00   0.00        1,200.00\n",
            "1200.00",
            id="zero-discount",
        ),
        pytest.param(
            "| № | Работы | Стоимость, руб. | Скидка 10% | К оплате  |\n"
            "|   | Итого  | 100 000,00      | 10 000,00  | 90 000,00 |\n",
            "90000.00",
            id="discount-lowers-price",
        ),
    ],
)
def test_payable_column_after_discount(rows, expected):
    text = "INVOICE No. 12 Date: 31.03.2025\n" + rows

    assert value_of(extract(text, "invoice"), "total") == expected


def test_wrapped_name_ending_at_bracket():
    text = (
        "SUPPLY AGREEMENT No. 5\nThis Agreement is made between Northwind Traders "
        'Ltd (the "Seller") and Pacific Rim Industrial\nEquipment Company Limited '
        '(the "Buyer").\n'
    )

    buyer = extract(text, "contract")["parties"]["buyer"]

    assert value_of(buyer, "name") == "Pacific Rim Industrial Equipment Company Limited"


def test_title_line_with_field_cells_stays_title(engine):
    text = (
        "СЧЕТ НА ОПЛАТУ № 118 от 12.03.2025      Страница 1      Экземпляр покупателя\n"
        "Поставщик: ООО «Ромашка»\nПокупатель: ООО «Лютик»\n"
        "Товарная накладная № 45 от 12.03.2025\nВсего к оплате: 50 000,00 руб.\n"
    )

    assert engine.classify(text).document_type == "invoice"


def test_town_name_ending_in_ed_dates_invoice():
    text = (
        "Northwind Traders Ltd\nRed Deer, 14.11.2025\nINVOICE No. 2025-0412\n"
        "Payment due: 14.12.2025\nTotal due CAD 1,440.00\n"
    )

    assert value_of(extract(text, "invoice"), "date") == "2025-11-14"


def test_inspection_heading_beside_company_has_no_total():
    text = (
        "ООО «Ромашка»                          АКТ ОСМОТРА № 3 от 10.03.2025\n"
        "Осмотрено оборудование стоимостью 84 000,00 руб.\n"
    )

    assert extract(text, "act").get("total") is None


def test_plot_number_in_address_is_not_documents():
    text = (
        "SHREE PHARMACHEM PVT. LTD.\n"
        "Plot No. 2417, GIDC Industrial Estate, Ankleshwar - 393002, India\n\n"
        "                    CERTIFICATE OF ANALYSIS\n\n"
        "COA No.: QC/COA/25/0412                Date of Issue: 24-Feb-2025\n"
        "Conclusion: The batch complies with the IP 2022 and Ph. Eur. "
        "specifications.\n"
    )

    fields = extract(text, "other")

    assert value_of(fields, "number") == "QC/COA/25/0412"
    assert fields.get("currency") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Receipt from Harbor Fonts\nReceipt #4410-2231\n\n"
            "AMOUNT PAID       DATE PAID        PAYMENT METHOD\n"
            "$48.00            Mar 2, 2026      Visa - 1881\n\n"
            "Font licence, desktop, 2 seats                     $48.00\n"
            "Subtotal                                           $48.00\n"
            "Total                                              $48.00\n"
            "Amount paid                                        $48.00\n\n"
            "Invoice #HF-26-0091\n",
            "receipt",
            id="receipt-citing-its-invoice",
        ),
        pytest.param(
            "ООО «Речной сувенир»\nИНН 7702620960, КПП 770201001\n\n"
            "Исх. № 14 от 20.12.2025                        Клиентам и партнерам\n\n"
            "                 О применении НДС с 1 января 2026 года\n\n"
            "Уважаемые партнеры!\n\n"
            "С 01.01.2026 Общество исчисляет НДС по ставке 5%. Отгрузки оформляются "
            "УПД со статусом 1 (счет-фактура и передаточный документ).\n"
            "Надеемся на понимание.\n\nГенеральный директор    И. И. Петров\n",
            "letter",
            id="letter-naming-upd",
        ),
        pytest.param(
            "ООО «Витрина»\nИНН 7702620960, КПП 770201001\n\n"
            "              ОТЧЕТ КОМИССИОНЕРА № ОК-2201 от 09.03.2026\n"
            "              (является одновременно актом оказанных услуг)\n\n"
            "Комиссионер: ООО «Витрина»\nКомитент: ИП Орлова А. В.\n"
            "| 1 | Продано покупателям | 120 000,00 |\n"
            "| 2 | Вознаграждение Комиссионера, 15% | 18 000,00 |\n"
            "Стоимость услуг Комиссионера: 18 000,00 руб., в том числе НДС 22%.\n"
            "Услуги оказаны полностью и в срок.\n",
            "act",
            id="commission-report-that-is-an-act",
        ),
        # OCR read the title "PAYMENT ORDER" in Cyrillic look-alikes.
        pytest.param(
            "РАУМЕМТ ОВОЕВ №. 512        Date: 2024-10-21    Payment type: electronic\n"
            "Amount: RUB 64,380.00\n"
            'Payer: LLC "Tolyatti Parts"\nINN 7702620960     KPP 770201001\n'
            'Payer\'s bank: PJSC "Example Bank", Samara\n'
            'Payee: LLC "Kuban Seals"\nINN 6312654289     KPP 631201001\n'
            'Payee\'s bank: JSC "Trade Bank", Krasnodar\n'
            "Operation type: 01     Priority: 5\n"
            "Purpose of payment: Payment under invoice No. 1877 of 15.10.2024\n",
            "payment_order",
            id="scanned-english-payment-order",
        ),
        # OCR read the preposition "о" of the heading as a zero.
        pytest.param(
            "ООО «Маркетплейс»\nОТЧЕТ 0 РЕАЛИЗАЦИИ ТОВАРОВ № 184390212\n"
            "Период: с 01.12.2025 по 07.12.2025\n"
            "Договор: оферта для продавцов, акцептована 14.02.2024\n"
            "| Итого | 305 | 412 860,00 |\n",
            "other",
            id="sales-report-heading-with-zero",
        ),
    ],
)
def test_type_of_paper_citing_another(engine, text, expected):
    assert engine.classify(text).document_type == expected


@pytest.mark.parametrize(
    ("text", "document_type", "total"),
    [
        pytest.param(
            "КОРРЕКТИРОВОЧНЫЙ АКТ № 4-К от 20.01.2026\nк акту № 18 от 30.11.2025\n"
            "| Всего с НДС | 60 000,00 | 48 000,00 | 12 000,00 |\n"
            "Итого уменьшение стоимости услуг с учетом НДС: 12 000,00 руб.\n",
            "act",
            "12000.00",
            id="adjustment-act-decrease",
        ),
        pytest.param(
            "INVOICE No. NW-2026-0118\nDate: 2026-03-02\n"
            "Subtotal                 $1,000.00\n"
            "Sales tax (8%)             $80.00\n"
            "Total                    $1,080.00\n"
            "Account credit applied    -$30.00\n"
            "AMOUNT DUE               $1,050.00\n",
            "invoice",
            "1080.00",
            id="credit-applied-is-a-deduction",
        ),
        pytest.param(
            "ACCEPTANCE CERTIFICATE\nCertificate No. AC-2026-031\n"
            "Phase 2 fee (fixed price)                    S$10,000.00\n"
            "Phase 2 value before GST                     S$10,000.00\n"
            "GST @ 9%                                        S$900.00\n"
            "Phase 2 value including GST                  S$10,900.00\n",
            "act",
            "10900.00",
            id="value-including-gst",
        ),
        pytest.param(
            "ОТЧЕТ КОМИССИОНЕРА № ОК-7 от 09.03.2026\n"
            "| 4 | Вознаграждение Комиссионера, 15% от стр. 3 | 18 000,00 |\n"
            "| 5 | Хранение на складе                         |  2 000,00 |\n"
            "|   | Итого стоимость услуг Комиссионера         | 20 000,00 |\n"
            "| 8 | К перечислению (стр. 3 - итого раздела 2 - стр. 7) | 100 000,00 |\n",
            "act",
            "20000.00",
            id="services-total-not-section-formula",
        ),
    ],
)
def test_total_of_changes_and_credits(text, document_type, total):
    assert value_of(extract(text, document_type), "total") == total


def test_statement_balance_is_amount_due():
    text = (
        "Aare Consulting AG\n\nSTATEMENT OF ACCOUNT\nStatement no. SOA-0302\n"
        "Date 28.02.2026\nCustomer no. 20417\n\n"
        "Date        Document              Debit CHF   Credit CHF  Balance CHF\n"
        "02.02.2026  Invoice RE-2026-0211   2'450.00                 2'450.00\n\n"
        "Balance due      CHF 2'450.00\n"
        "Not yet due: CHF 2'450.00     Overdue 1-30 days: CHF 0.00\n"
    )

    fields = extract(text, "other")

    assert "total" not in fields
    assert fields["amount_due"]["value"] == "2450.00"


def test_quality_certificate_numbered_by_its_heading(engine):
    text = (
        "ООО «Кирпичный завод»\nИНН 7702620960, КПП 770201001\n\n"
        "                 ДОКУМЕНТ О КАЧЕСТВЕ № 318\n"
        "             (паспорт качества партии продукции)\n"
        "                 Дата выдачи: 11.03.2026\n\n"
        "Документ на отгрузку: счет № 0412 от 11.03.2026\n"
        "| Дата изготовления | 02.03.2026–03.03.2026 |\n"
    )

    fields = extract(text, "other")

    assert engine.classify(text).document_type == "other"
    assert value_of(fields, "number") == "318"
    assert value_of(fields, "date") == "2026-03-11"


def test_quotation_numbered_below_its_heading():
    text = (
        "WUXI EXAMPLE CNC CO., LTD.\nNo. 88 Xinhua Road, Wuxi 214028, China\n\n"
        "                         QUOTATION\n"
        "Quotation No.:   JR-QT-260409          Date: April 9, 2026\n"
        "| 1 | Nozzle 260 A | 200 | 9.80 | 1,960.00 |\n"
    )

    assert value_of(extract(text, "other"), "number") == "JR-QT-260409"
