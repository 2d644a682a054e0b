"""Goods rows with a weight column and a rate cell, weight totals, currency
captions over a table, and the dates, names and banks of SWIFT transfers."""

from .form_helpers import BUYER_INN, SELLER_INN, extract, parties_of, value_of


def _rows(text: str, document_type: str) -> list[dict[str, str]]:
    return [
        {key: cell["value"] for key, cell in row.items()}
        for row in extract(text, document_type)["line_items"]
    ]


def test_weight_column_and_rate_cell():
    text = (
        "ТОВАРНАЯ НАКЛАДНАЯ № 318 от 15.04.2024\n"
        f"Поставщик: ООО «Ромашка», ИНН {SELLER_INN}\n\n"
        "№  Товар                 Ед. изм.  Кол-во  Масса брутто  Цена     "
        "Сумма без НДС  Ставка НДС  Сумма НДС  Сумма с НДС\n"
        "1  Кирпич облицовочный   шт        1000    2500          25,00    "
        "25 000,00      20%         5 000,00   30 000,00\n"
        "2  Раствор кладочный     мешок     40      1000          250,00   "
        "10 000,00      20%         2 000,00   12 000,00\n"
        "Итого                              1040    3500                   "
        "35 000,00                  7 000,00   42 000,00\n"
    )

    rows = _rows(text, "waybill")

    assert [(row["quantity"], row["unit_price"], row["amount"]) for row in rows] == [
        ("1000", "25.00", "25000.00"),
        ("40", "250.00", "10000.00"),
    ]
    assert [row["unit"] for row in rows] == ["шт", "мешок"]
    assert [row["vat_amount"] for row in rows] == ["5000.00", "2000.00"]
    assert [row["description"] for row in rows] == [
        "Кирпич облицовочный",
        "Раствор кладочный",
    ]


WEIGHT_INVOICE = (
    "COMMERCIAL INVOICE No. 5531\n"
    "Date: 14 June 2024\n"
    "Seller: Baltic Timber OU\n\n"
    "No. Description        Qty   Net weight, kg   Unit price, EUR   VAT %   "
    "Amount, EUR\n"
    "1   Pine boards 50x150 120   1800             12.50             20%     1500.00\n"
    "2   Spruce beams       40    1400             30.00             20%     1200.00\n"
    "Total net weight: 3200 kg\n"
    "Subtotal: 2700.00\n"
    "VAT 20%: 540.00\n"
    "Total: EUR 3240.00\n"
)


def test_rate_cell_before_amount():
    rows = _rows(WEIGHT_INVOICE, "invoice")

    assert [(row["quantity"], row["unit_price"], row["amount"]) for row in rows] == [
        ("120", "12.50", "1500.00"),
        ("40", "30.00", "1200.00"),
    ]


def test_net_weight_is_no_subtotal():
    assert value_of(extract(WEIGHT_INVOICE, "invoice"), "subtotal") == "2700.00"


def test_currency_caption_over_row_is_no_vat():
    fields = extract(WEIGHT_INVOICE, "invoice")

    assert value_of(fields, "vat") == "540.00"
    assert "\n" not in fields["vat"]["raw"]


def test_unit_after_quantity_in_row():
    text = (
        "INVOICE No. INV-2024-0117\n"
        "Item  Description          Qty  Unit  Weight (kg)  Unit price  Amount\n"
        "1     Steel bolts M8       500  pcs   25.0         0.40        200.00\n"
        "2     Copper wire 2.5mm    10   rolls 120.0        35.00       350.00\n"
        "Total: USD 550.00\n"
    )

    rows = _rows(text, "invoice")

    assert [(row["quantity"], row["unit"], row["amount"]) for row in rows] == [
        ("500", "pcs", "200.00"),
        ("10", "rolls", "350.00"),
    ]


SWIFT_TRANSFER = (
    "MT103 Single Customer Credit Transfer\n"
    ":20:TRN0098812\n"
    ":32A:240620USD25000,00\n"
    ":50K:/GB29NWBK60161331926819\n"
    "ACME TRADING LTD\n"
    "LONDON\n"
    ":52A:NWBKGB2LXXX\n"
    ":57A:SABRRUMM\n"
    ":59:/40702840500000001234\n"
    "OOO VEKTOR\n"
    "MOSCOW\n"
    ":70:INV 5531\n"
)


def test_swift_value_date_alone():
    assert value_of(extract(SWIFT_TRANSFER, "payment_order"), "date") == "2024-06-20"


def test_swift_account_line_is_no_name():
    parties = parties_of(SWIFT_TRANSFER, "payment_order")

    assert parties["payer"]["name"] == "ACME TRADING LTD"
    assert parties["payer"]["iban"] == "GB29NWBK60161331926819"


def test_swift_banks_of_both_parties():
    parties = parties_of(SWIFT_TRANSFER, "payment_order")

    assert parties["payer"]["swift"] == "NWBKGB2LXXX"
    assert parties["payee"]["swift"] == "SABRRUMM"
    assert parties["payee"]["name"] == "OOO VEKTOR"
    assert "bank_name" not in parties["payee"]


def test_attorney_collects_from_supplier():
    text = (
        "ДОВЕРЕННОСТЬ № 14\n"
        "г. Москва, 25.04.2024\n"
        f"Общество с ограниченной ответственностью «Ромашка» (ИНН {SELLER_INN}), в "
        "лице генерального директора Иванова И. И.,\n"
        "доверяет Кузнецову Сергею Петровичу, паспорт серии 4512 № 654321,\n"
        f"получать от ООО «Вектор» (ИНН {BUYER_INN}) товарно-материальные ценности.\n"
        "Доверенность действительна до 31.12.2024.\n"
    )

    parties = parties_of(text, "power_of_attorney")

    assert parties["principal"]["inn"] == SELLER_INN
    assert parties["seller"]["inn"] == BUYER_INN
    assert "inn" not in parties["attorney"]


def test_currency_alone_above_total():
    text = "INVOICE No. 12\nTotal amount due\nEUR\n12,500.00\n"

    fields = extract(text, "invoice")

    assert value_of(fields, "total") == "12500.00"
    assert value_of(fields, "currency") == "EUR"


def test_swift_bank_by_name_and_address():
    text = (
        "MT103 Single Customer Credit Transfer\n"
        ":20:TRN0098812\n"
        ":32A:240620USD25000,00\n"
        ":50K:/DE89370400440532013000\n"
        "ACME TRADING LTD\n"
        ":52A:DEUTDEFF\n"
        ":57D:BANK OF THE WEST\n"
        "SAN FRANCISCO\n"
        ":59:/40702840500000001234\n"
        "OOO VEKTOR\n"
    )

    parties = parties_of(text, "payment_order")

    assert parties["payer"]["swift"] == "DEUTDEFF"
    assert "bank_name" not in parties["payer"]
    assert parties["payee"]["bank_name"] == "BANK OF THE WEST"


def test_comma_separated_rows_keep_blanks():
    text = (
        "INVOICE No. 7\n"
        "Description, Qty, Amount\n"
        "Steel bolts, 2, 300.00\n"
        "Nuts, 1, 150.00\n"
        "Total: 450.00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "450.00"


def test_closing_row_gross_is_total():
    text = (
        "TAX INVOICE\n"
        "Invoice No: ANM-INV-25-0917\n"
        "| Sl | Description  | Qty | Unit price | Taxable amt | VAT 5%   | Amount |\n"
        "| 1  | Trawl net | 2 | 38,500.00 | 77,000.00 | 3,850.00 | 80,850.00 |\n"
        "| 2  | Rope      | 3 | 14,800.00 | 44,400.00 | 2,220.00 | 46,620.00 |\n"
        "|    |              |     |            | 121,400.00  | 6,070.00 | "
        "127,470.00 |\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "127470.00"
