"""Cases from a fresh-clone trial of parties, codes and VAT.

They cover counterparties under a statement's INN column, companies named only by
a letterhead or before a bracketed tax id, and the supplier a power of attorney
collects from. HS codes in groups, VAT after a bracketed note and table captions
on two lines follow."""

import pytest

from ai_agents.engines.ocr_repairs import repair_cyrillic_words

from .form_helpers import extract, parties_of, value_of

STATEMENT = (
    "ПАО Сбербанк, БИК 044030653\n"
    "ВЫПИСКА ПО СЧЕТУ № 114\n"
    "за период с 01.04.2025 по 30.04.2025\n"
    "Счет: 40702810155000098765   Валюта: RUB\n"
    "Владелец счета: АО «Нева Логистик», ИНН 7816032458, КПП 781601001\n"
    "\n"
    "Входящий остаток на 01.04.2025: 1 204 350,17\n"
    "\n"
    "Дата        № док.  Контрагент              ИНН контрагента  Дебет     Кредит\n"
    "03.04.2025  512     ООО «Северный Ветер»    7728143600                 43 200,00\n"
    "10.04.2025  77      ООО «Ромашка Ритейл»    7719034562       18 600,00\n"
    "21.04.2025  519     ООО «Кубань Агро»       2310098769                 96 000,00\n"
    "\n"
    "Обороты за период:                                         18 600,00  139 200,00\n"
    "Исходящий остаток на 30.04.2025: 1 324 950,17\n"
)


def test_statement_inn_column_gives_counterparties():
    parties = parties_of(STATEMENT, "bank_statement")

    assert parties["account_holder"]["inn"] == "7816032458"
    counterparties = {
        fields["inn"]: fields.get("name")
        for role, fields in parties.items()
        if role.startswith("unassigned")
    }
    assert counterparties == {
        "7728143600": "ООО «Северный Ветер»",
        "7719034562": "ООО «Ромашка Ритейл»",
        "2310098769": "ООО «Кубань Агро»",
    }


def test_statement_column_skips_numbers_failing_inn_check():
    text = STATEMENT.replace("7719034562", "7719034561")

    inns = {
        fields.get("inn")
        for role, fields in parties_of(text, "bank_statement").items()
        if role.startswith("unassigned")
    }
    assert "7719034561" not in inns


def test_claim_letter_names_letterhead_and_bracketed_company():
    text = (
        "ООО «Кубань Агро»\n"
        "ИНН 2310098769, КПП 231001001\n"
        "Исх. № 214 от 15.07.2025\n\n"
        "ПРЕТЕНЗИЯ\n\n"
        "По УПД № 112 от 05.05.2025 ООО «Уральские Технологии» (ИНН 6634021788) "
        "поставило датчики на сумму 30 000,00 руб.\n"
    )

    names = {
        fields["inn"]: fields.get("name")
        for fields in parties_of(text, "letter").values()
    }

    assert names == {
        "2310098769": "ООО «Кубань Агро»",
        "6634021788": "ООО «Уральские Технологии»",
    }


def test_supplier_of_power_of_attorney_named():
    text = (
        "ДОВЕРЕННОСТЬ № 24/Д\n\n"
        "ООО «Северный Ветер», ИНН 7728143600, КПП 772801001, в лице директора "
        "Смирнова Алексея Викторовича, уполномочивает\n\n"
        "Петрова Ивана Сергеевича, паспорт 45 19 623481,\n\n"
        "получать от ООО «Уральские Технологии» (ИНН 6634021788) товарно-"
        "материальные ценности по счету-фактуре № 112.\n"
    )

    seller = parties_of(text, "power_of_attorney")["seller"]

    assert seller == {"inn": "6634021788", "name": "ООО «Уральские Технологии»"}


def test_estonian_form_at_line_end_names_seller():
    text = (
        "BALTIC BRIDGE FORWARDING OU\n"
        "Sadama 25, 10111 Tallinn, Estonia\n"
        "VAT Reg. No. EE101234567\n\n"
        "FREIGHT INVOICE\nInvoice number: BBF/25/03311\n"
        "Customer: Kraftwerk Maschinenbau GmbH, Stuttgart\n"
        "Total: USD 3,710.00\n"
    )

    assert parties_of(text, "invoice")["seller"]["name"] == (
        "BALTIC BRIDGE FORWARDING OU"
    )


def test_french_or_is_no_legal_form():
    text = (
        "Paiement par virement ou\n"
        "cheque a l'ordre du vendeur\n\n"
        "FACTURE N° 7\nClient: ООО «Альфа»\nNet à payer: 100,000 DT\n"
    )

    assert "name" not in parties_of(text, "invoice").get("seller", {})


def test_hs_code_in_groups_leaves_description():
    text = (
        "COMMERCIAL INVOICE No. KM-1\n"
        "Pos  Description            HS code      Qty   Unit   Unit price   Amount\n"
        "1    Hydraulic pump HP-220  8413 50 40    2    pcs    3,150.00     6,300.00\n"
        "2    Seal kit SK-220        8484 90 00   10    pcs       42.50       425.00\n"
        "Total amount due  EUR 6,725.00\n"
    )

    rows = extract(text, "invoice")["line_items"]

    assert [(row["description"]["value"], row["hs_code"]["value"]) for row in rows] == [
        ("Hydraulic pump HP-220", "84135040"),
        ("Seal kit SK-220", "84849000"),
    ]


def test_vat_after_bracketed_note():
    russian = (
        "СЧЕТ № ТБ-0912 от 19.06.2025\n"
        "Итого: 18 430,00\n"
        "В том числе НДС 20% (на услуги по п. 1-3): 1 650,00\n"
        "Всего к оплате: 18 430,00\n"
    )
    english = (
        "INVOICE No. 5\nSubtotal  EUR 8,000.00\n"
        "VAT 0% (export delivery, tax-exempt under § 4 No. 1a UStG)  EUR 0.00\n"
        "Total amount due  EUR 8,000.00\n"
    )

    assert value_of(extract(russian, "invoice"), "vat") == "1650.00"
    assert value_of(extract(english, "invoice"), "vat") == "0.00"


def test_caption_line_under_header_joins_no_row():
    text = (
        "Счет-фактура № 112 от 05.05.2025\n"
        "№  Наименование товара     Код  Ед.   Кол-во  Цена        Стоимость без"
        "   Ставка  Сумма НДС   Стоимость с\n"
        "                                изм.                      налога"
        "                              налогом\n"
        "1  Датчик давления ДД-100  796  шт.   10      2 500,00    25 000,00"
        "       20%     5 000,00    30 000,00\n"
        "2  Контроллер КП-3         796  шт.    2      15 000,00   30 000,00"
        "       20%     6 000,00    36 000,00\n"
        "   Всего к оплате                                         55 000,00"
        "               11 000,00   66 000,00\n"
    )

    rows = extract(text, "upd")["line_items"]

    assert [row["description"]["value"] for row in rows] == [
        "Датчик давления ДД-100",
        "Контроллер КП-3",
    ]


def test_transliterated_form_read_as_zeros():
    text = (
        "INVOICE No. KM-1\nBill to:\n000 Uralskie Tekhnologii\nul. Lenina 5\n"
        "INN 6634021788 / KPP 663401001\nTotal: EUR 100.00\n"
    )

    buyer = parties_of(text, "invoice")["buyer"]

    assert buyer["name"] == "OOO Uralskie Tekhnologii"


@pytest.mark.parametrize(
    "value", ["000 units of Large Boxes", "000 Uralskie", "1 000 Large Boxes"]
)
def test_zeros_without_a_name_stay_digits(value):
    assert repair_cyrillic_words(value) == value


@pytest.mark.parametrize(
    ("address", "iso"),
    [
        ("Sadama 25, 10111 Tallinn, Estonia", "2025-06-11"),
        ("1200 Peachtree St, Atlanta, Georgia 30309, USA", "2025-11-06"),
        ("500 Main St, Austin, TX 78701", "2025-11-06"),
    ],
)
def test_issuer_country_orders_dollar_dates(address, iso):
    text = (
        f"BALTIC BRIDGE FORWARDING OU\n{address}\n\n"
        "FREIGHT INVOICE\nInvoice number: BBF/25/03311\n"
        "Date of issue: 11/06/2025\nTotal: USD 3,710.00\n"
    )

    assert value_of(extract(text, "invoice"), "date") == iso
