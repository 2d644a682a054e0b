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
    text = "Invoice No. 52 dated 19 December 2025\nSeller: Acme Ltd\nTotal: 100.00 EUR\n"

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
    text = "Счет-фактура / Invoice\nInvoice No. KM-0087 dated 22.12.2025\nИтого 100,00\n"

    number = engine.extract(text, document_type="invoice").fields["number"]

    assert number["value"] == "KM-0087"
