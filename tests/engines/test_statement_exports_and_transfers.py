"""Statement exports, SWIFT prints, bank letters and scanned requisites: the type,
the date and whose requisites they are."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.text import NormalizedText

from .form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

OTHER_ACCOUNT = "40702810900000004321"

STATEMENT_EXPORT = f"""\
1CClientBankExchange
ВерсияФормата=1.03
Кодировка=Windows
ДатаСоздания=18.05.2026
ДатаНачала=15.05.2026
ДатаКонца=17.05.2026
РасчСчет={ACCOUNT}
СекцияРасчСчет
ДатаНачала=15.05.2026
ДатаКонца=17.05.2026
РасчСчет={ACCOUNT}
НачальныйОстаток=120000.00
КонечныйОстаток=95000.00
КонецРасчСчет
СекцияДокумент=Платежное поручение
Номер=71
Дата=16.05.2026
Сумма=25000.00
ПлательщикСчет={ACCOUNT}
ПлательщикИНН={SELLER_INN}
ПлательщикКПП={SELLER_KPP}
ПлательщикБИК={BANK_BIK}
ПолучательСчет={OTHER_ACCOUNT}
ПолучательИНН={BUYER_INN}
ПолучательБИК={BANK_BIK}
НазначениеПлатежа=Оплата по счету № 12 от 10.05.2026
КонецДокумента
КонецФайла
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_statement_export_is_a_bank_statement(engine):
    assert engine.classify(STATEMENT_EXPORT).document_type == "bank_statement"


def test_payment_order_export_stays_a_payment_order(engine):
    orders_only = STATEMENT_EXPORT.replace("СекцияРасчСчет\n", "")

    assert engine.classify(orders_only).document_type == "payment_order"


def test_statement_export_dated_by_its_period_end():
    assert value_of(extract(STATEMENT_EXPORT, "bank_statement"), "date") == (
        "2026-05-17"
    )


def test_statement_export_holder_read_from_its_payments():
    parties = parties_of(STATEMENT_EXPORT, "bank_statement")

    assert parties["account_holder"] == {
        "account": ACCOUNT,
        "inn": SELLER_INN,
        "kpp": SELLER_KPP,
        "bik": BANK_BIK,
    }
    assert parties["unassigned"]["inn"] == BUYER_INN


@pytest.mark.parametrize(
    "period",
    [
        "за период с 01.03.2026 по 31.03.2026",
        "Период: 01.03.2026 - 31.03.2026",
        "Period: 01/03/2026 - 31/03/2026",
    ],
)
def test_period_statement_dated_by_last_day(period):
    text = (
        "ВЫПИСКА ПО СЧЕТУ КОРПОРАТИВНОЙ КАРТЫ\n"
        f"{period}        Дата формирования: 01.04.2026\n"
        f"Клиент: ООО «Лакокрасочный завод», ИНН {SELLER_INN}\n"
    )

    assert value_of(extract(text, "bank_statement"), "date") == "2026-03-31"


def test_statement_export_second_account_stays_the_holders():
    second = "40702978400000000212"
    text = STATEMENT_EXPORT.replace(
        f"РасчСчет={ACCOUNT}\nСекцияРасчСчет",
        f"РасчСчет={ACCOUNT}\nРасчСчет={second}\nСекцияРасчСчет",
    ).replace(f"ПлательщикСчет={ACCOUNT}", f"ПлательщикСчет={second}")

    parties = parties_of(text, "bank_statement")

    assert parties["account_holder"]["account"] == ACCOUNT
    assert parties["account_holder"]["inn"] == SELLER_INN
    assert all(party.get("account") != second for party in parties.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FAIRWAY MARINE BROKERS LTD\n"
            "                    DEBIT NOTE\n"
            "Debit Note No.: DN-26/0415\nDate: 17 March 2026\n"
            "Client: Volga Shipping JSC\n"
            "Gross annual premium    USD 48,750.00\n",
            "invoice",
        ),
        (
            "АО «Банк Северный»\nИсх. № 07-115/2026-0412 от 12.03.2026\n"
            "Генеральному директору ООО «Альфа»\n\n"
            "Запрос о представлении документов и сведений\n\n"
            "Банк просит представить договоры лизинга № ВЛ-2026/0142 и "
            "договор купли-продажи № 14, акты приема-передачи.\n",
            "letter",
        ),
    ],
    ids=["debit-note", "bank-request"],
)
def test_bank_and_broker_papers_classified(engine, text, expected):
    assert engine.classify(text).document_type == expected


def invoice_score(engine, text: str) -> float:
    return engine.classifier.score(NormalizedText(text), ("invoice",))["invoice"]


def test_statement_credit_memo_row_adds_no_title(engine):
    statement = (
        "CUSTOMER STATEMENT\nAccount: Hoogland Foods B.V.\n"
        "14-Feb-2026   {row}    CM-2026-00318    (2,150.40)  16,269.60\n"
        "Balance due                                            16,269.60\n"
    )

    assert invoice_score(engine, statement.format(row="Credit memo")) == (
        invoice_score(engine, statement.format(row="Adjustment "))
    )


@pytest.mark.parametrize(
    "row",
    [
        "14/03/2026  Credit note No. KP-CN-0091          310.00",
        "Less credit note No. KP-CN-0091   -310.00",
    ],
)
def test_credit_note_row_adds_no_title(engine, row):
    paper = "REMITTANCE ADVICE\nWe have paid the following items:\n{row}\n"

    assert invoice_score(engine, paper.format(row=row)) == invoice_score(
        engine,
        paper.format(
            row=row.replace("Credit note", "Adjustment").replace(
                "credit note", "adjustment"
            )
        ),
    )


def test_credit_note_heading_is_an_invoice(engine):
    text = (
        "Fenwick IT Services Ltd                     CREDIT NOTE\n"
        "Credit note No. CN-2026-014    Date: 02.03.2026\n"
        "Refund of the unused licences    GBP -420.00\n"
    )

    assert engine.classify(text).document_type == "invoice"


def test_maturity_date_does_not_date_an_agreement():
    text = (
        "USD 3,000,000.00\nTERM LOAN FACILITY AGREEMENT No. ACP-2025/11\n\n"
        "dated 12 November 2025\n\nbetween the Lender and the Borrower.\n"
        "6. Repayment: 8 quarterly instalments; Final Maturity Date 31 March 2028.\n"
    )

    assert value_of(extract(text, "contract"), "date") == "2025-11-12"


def test_client_line_of_bank_details_is_the_buyers():
    text = (
        "АКТ № ФК-26/031 от 31 марта 2026 г.\n"
        f"Фактор: ООО «Оборотный Капитал», ИНН {SELLER_INN}\n"
        f"Клиент: ООО «Лакокрасочный завод», ИНН {BUYER_INN}\n\n"
        "Банковские реквизиты сторон:\n"
        f"Фактор: р/с {OTHER_ACCOUNT} в АО «Банк», БИК {BANK_BIK}\n"
        f"Клиент: р/с {ACCOUNT} в АО «Банк», БИК {BANK_BIK}\n"
    )

    parties = parties_of(text, "act")

    assert parties["buyer"]["account"] == ACCOUNT
    assert parties["buyer"]["bik"] == BANK_BIK


def test_swift_print_without_captions_gives_the_payer():
    text = (
        f"Baltic Bank JSC        BIK {BANK_BIK}   SWIFT BCLBRU2P\n"
        "Outgoing payment confirmation (MT103)\n"
        ":20:KTI260302-01\n:32A:260302USD28366,67\n"
        f":50K:/{ACCOUNT}\nKARELIAN TIMBER LLC\n"
        f"INN {SELLER_INN} KPP {SELLER_KPP}\n"
        ":59:/CY38002001280000001204718301\nAURELIA CREDIT LTD\n:71A:OUR\n"
    )

    fields = extract(text, "payment_order")
    payer = parties_of(text, "payment_order")["payer"]

    assert value_of(fields, "number") == "KTI260302-01"
    assert (payer["account"], payer["inn"], payer["kpp"], payer["bik"]) == (
        ACCOUNT,
        SELLER_INN,
        SELLER_KPP,
        BANK_BIK,
    )


def test_swift_value_date_beats_remittance_date():
    text = (
        "MT103 SINGLE CUSTOMER CREDIT TRANSFER\n:20:TK260318-55\n"
        ":32A:260318USD12500,00\n:50K:/40702840100000007788\nTRANSKAMA LLC\n"
        ":59:/AT611904300234573201\nALPENHOLZ HANDELS GMBH\n"
        ":70:/INV/AH-7781 DD 01.03.2026\n:71A:OUR\n"
    )

    assert value_of(extract(text, "payment_order"), "date") == "2026-03-18"


@pytest.mark.parametrize(
    ("payer", "payee"),
    [
        (
            ":50F:/40702978100000009911\n1/OOO SEVERNY KEDR",
            ":59:/DE89370400440532013000\nBERGHOLZ GMBH",
        ),
        (
            ":50K:/40702978100000009911\nSEVERNY KEDR LLC",
            ":59A:/DE89370400440532013000\nCOBADEFF",
        ),
    ],
)
def test_swift_bank_code_options_name_no_party(payer, payee):
    text = f":20:TT260402-7781\n:32A:260402EUR9800,00\n{payer}\n{payee}\n:71A:SHA\n"

    names = {party.get("name") for party in parties_of(text, "payment_order").values()}

    assert "1" not in names
    assert "COBADEFF" not in names


def test_certificate_ignores_listed_papers():
    text = (
        "СПРАВКА О ПОДТВЕРЖДАЮЩИХ ДОКУМЕНТАХ\n"
        "Дата представления справки: 11.03.2026\n\n"
        "| № | Номер документа         | Дата       | Сумма      |\n"
        "| 1 | 10012020/020326/3041877 | 02.03.2026 | 186 420,00 |\n"
        "| 2 | INV-2026-0211           | 11.02.2026 |  11 850,00 |\n"
    )

    fields = extract(text, "other")

    assert value_of(fields, "date") == "2026-03-11"
    assert value_of(fields, "number") is None


def test_scanned_account_and_kpp_with_b_for_six():
    text = (
        "ТОВАРНАЯ НАКЛАДНАЯ № 218 от 11.02.2026\n"
        "Поставщик: OOO «УралСпецМаш», ИНН 5406128730, KПП 54O6OlOOl,\n"
        "   р/с 4O7O28lO544OOOOlб385, БИК 045004774\n"
    )

    seller = parties_of(text, "waybill")["seller"]

    assert seller["account"] == ACCOUNT
    assert seller["kpp"] == SELLER_KPP


def test_kpp_half_read_as_letters_after_b():
    text = "Поставщик: ООО «Техника», ИНН 5406128730, KПП б640Ol0Ol\n"

    assert parties_of(text, "invoice")["seller"]["kpp"] == "664001001"


def test_letterhead_requisites_to_repeating_party():
    text = (
        "ARKHANGELSK TIMBER JSC\n163000, Arkhangelsk, Russia\n"
        f"INN {SELLER_INN}, KPP {SELLER_KPP}\n\n"
        "PACKING LIST No. PL-26/017                  Date: 27 April 2026\n\n"
        "Seller:   Arkhangelsk Timber JSC, Arkhangelsk, Russia\n"
        "Buyer:    Delta Wood Trading Co., Alexandria, Egypt\n"
    )

    assert parties_of(text, "packing_list")["seller"]["inn"] == SELLER_INN


def test_lease_schedule_total_of_rentals_with_inclusions():
    text = (
        "LEASE SCHEDULE No. 3\nDate of this Schedule: 9 February 2026\n"
        "2. Equipment cost: EUR 412,000.00.\n"
        "5. Total of rentals under this Schedule, including the advance rental and "
        "the purchase\n   option price: EUR 460,120.00 (four hundred sixty thousand "
        "one hundred twenty euros).\n"
        "6. Stipulated loss value in month 1: EUR 398,300.00.\n"
    )

    assert value_of(extract(text, "contract"), "total") == "460120.00"


def test_date_line_beats_print_stamp():
    text = (
        "Интернет-банк · Платежные поручения · Печать от 10.03.2026 11:26\n\n"
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 64\n"
        "Дата: 06.03.2026                  Вид платежа: электронно\n"
    )

    assert value_of(extract(text, "payment_order"), "date") == "2026-03-06"


def test_month_first_date_with_letters_for_digits():
    text = (
        "lNVOlCE\nInvoice No.:  BP-INV-26O2-OO4l8\n"
        "Invoice date:    March l, 2O26\n"
        "Statement period: February l - February 28, 2O26\n"
    )

    assert value_of(extract(text, "invoice"), "date") == "2026-03-01"


def test_spaced_consignment_number_keeps_its_last_group():
    text = (
        "          DOMESTIC CONSIGNMENT NOTE\n"
        "AWB No.: SG 773l O482 l9                 Date: l2-Mar-2O26\n"
        "Shipper: Dune Trading FZE, Dubai\n"
    )

    assert value_of(extract(text, "waybill"), "number") == "SG 7731 0482 19"
