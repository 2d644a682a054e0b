"""Tunisian invoices that mark dinars "DT" and print thousandths without a code,
French, German and Spanish table captions, an issuer named only by its letterhead,
and an IBAN under "Payment:" below the parties."""

from ai_agents.engines.extractor import FieldExtractor
from ai_agents.engines.parsing import parse_amount, thousandths_currency
from ai_agents.engines.text import NormalizedText, fold

from .form_helpers import extract, parties_of, value_of

TUNISIAN_INVOICE = (
    "SOCIETE MEDITERRANEENNE DE DISTRIBUTION SARL\n"
    "Rue de l'Artisanat, Charguia II, 2035 Tunis\n"
    "\n"
    "FACTURE N° 2026/0412\n"
    "Date: 14/04/2026\n"
    "Client: ООО «Альфа»\n"
    "\n"
    "Désignation | Qté | P.U. HT | Montant HT\n"
    "Huile d'olive extra vierge 1L | 120 | 18,500 | 2 220,000\n"
    "Dattes Deglet Nour 5kg | 40 | 32,750 | 1 310,000\n"
    "\n"
    "Total HT: 3 530,000 DT\n"
    "TVA 19%: 670,700 DT\n"
    "Timbre fiscal: 1,000 DT\n"
    "Net à payer: 4 201,700 DT\n"
)

ENGLISH_INVOICE = (
    "Northwind Components Ltd\n"
    "Unit 4, Riverside Park, Leeds LS10 1AB, United Kingdom\n"
    "\n"
    "INVOICE\n"
    "Invoice No: NC-2026-118\n"
    "Invoice date: 12 March 2026\n"
    "\n"
    "Bill to:\n"
    "OOO Vega Trade\n"
    "ul. Lenina 5, Moscow, Russia\n"
    "\n"
    "Item | Description | Qty | Unit price | Amount\n"
    "1 | Hydraulic pump HP-200 | 2 | 1,250.00 | 2,500.00\n"
    "2 | Seal kit SK-14 | 10 | 35.00 | 350.00\n"
    "\n"
    "Total due: GBP 2,850.00\n"
    "\n"
    "Payment: Barclays Bank PLC\n"
    "IBAN: GB33BUKB20201555555555\n"
    "SWIFT: BUKBGB22\n"
)


def _rows(fields: dict) -> list[tuple[str, ...]]:
    return [
        tuple(row[key]["value"] for key in ("quantity", "unit_price", "amount"))
        for row in fields.get("line_items", [])
    ]


def test_dt_marks_dinars_with_thousandths():
    assert parse_amount("4 201,700 DT") == parse_amount("4201.700 TND")
    assert str(parse_amount("1,000 DT")) == "1.000"


def test_tunisian_invoice_reads_total_in_dinars():
    fields = extract(TUNISIAN_INVOICE, "invoice")

    assert value_of(fields, "total") == "4201.700"
    assert value_of(fields, "currency") == "TND"
    assert value_of(fields, "subtotal") == "3530.000"
    assert value_of(fields, "vat") == "670.700"


def test_unmarked_cells_read_in_document_thousandths():
    fields = extract(TUNISIAN_INVOICE, "invoice")

    assert _rows(fields) == [
        ("120", "18.500", "2220.000"),
        ("40", "32.750", "1310.000"),
    ]
    _fields, checks = FieldExtractor().extract(
        NormalizedText(TUNISIAN_INVOICE), "invoice"
    )
    sums = [check for check in checks if check["code"] == "line_items_sum"]
    assert sums and sums[0]["passed"]


def test_thousandths_need_a_marked_amount():
    # A code in a list of accepted currencies gives no amount's currency.
    listed = fold("We accept TND, EUR and USD.\n1 250,500 kg")
    assert thousandths_currency(listed) is None
    assert thousandths_currency(fold("Total: KWD 1,250.500")).code == "KWD"


def test_weights_keep_three_decimals_beside_dinars():
    text = TUNISIAN_INVOICE.replace(
        "Net à payer", "Poids brut: 1 250,500 kg\nNet à payer"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "total") == "4201.700"
    assert "1250.500" not in {row[2] for row in _rows(fields)}


def test_german_and_spanish_captions_head_rows():
    german = (
        "RECHNUNG Nr. 88\nDatum: 03.02.2026\n"
        "Pos. | Bezeichnung | Anzahl | Einzelpreis | Betrag\n"
        "1 | Ventil DN50 | 4 | 125,00 | 500,00\n"
        "2 | Dichtung | 20 | 2,50 | 50,00\n"
        "Gesamtbetrag: EUR 550,00\n"
    )
    spanish = (
        "FACTURA N.º 2026-17\nFecha: 03/02/2026\n"
        "Descripción | Cantidad | Precio | Importe\n"
        "Aceite 5L | 10 | 30,00 | 300,00\n"
        "Vinagre 1L | 20 | 4,00 | 80,00\n"
        "Total: EUR 380,00\n"
    )

    assert _rows(extract(german, "invoice")) == [
        ("4", "125.00", "500.00"),
        ("20", "2.50", "50.00"),
    ]
    assert _rows(extract(spanish, "invoice")) == [
        ("10", "30.00", "300.00"),
        ("20", "4.00", "80.00"),
    ]


def test_letterhead_names_issuer_without_tax_id():
    parties = parties_of(TUNISIAN_INVOICE, "invoice")

    assert parties["seller"]["name"] == "SOCIETE MEDITERRANEENNE DE DISTRIBUTION SARL"
    assert parties["buyer"]["name"] == "ООО «Альфа»"


def test_letterhead_of_addressee_names_no_seller():
    text = "To: Northwind Components Ltd\n" + ENGLISH_INVOICE.split("\n", 1)[1]

    assert "name" not in parties_of(text, "invoice").get("seller", {})


def test_letterhead_name_not_taken_from_buyer():
    text = "OOO Vega Trade\n" + ENGLISH_INVOICE.split("\n", 1)[1]

    assert "name" not in parties_of(text, "invoice").get("seller", {})


def test_iban_under_payment_belongs_to_seller():
    parties = parties_of(ENGLISH_INVOICE, "invoice")

    assert parties["seller"]["name"] == "Northwind Components Ltd"
    assert parties["seller"]["iban"] == "GB33BUKB20201555555555"
    assert parties["seller"]["swift"] == "BUKBGB22"
    assert "iban" not in parties.get("buyer", {})


def test_refund_iban_stays_off_seller():
    text = ENGLISH_INVOICE.replace(
        "Payment: Barclays Bank PLC\n", "Refund to your account:\n"
    ).replace("INVOICE\n", "CREDIT NOTE\n")

    assert "iban" not in parties_of(text, "invoice").get("seller", {})
