"""The embedded engine on real documents from the `corpus` fixture.

Payment orders are rendered images, read here by the service's own reading pipeline
(`documents.processing`: Tesseract word boxes with the lines rebuilt), so the tests
see the text that the service extracts from. Invoices have a text layer, read with
pypdfium2. Expected invoice values come from the JSON file stored beside each
invoice.
"""

import json
from pathlib import Path

import pytest

from ai_agents.engines import get_engine
from documents.processing.errors import ProcessingError
from documents.processing.reader import ReadOptions, open_document

from .test_extraction import field_at, scalar_fields

pypdfium2 = pytest.importorskip("pypdfium2")


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def service_text(path: Path) -> str:
    """Return the text that the service reads from a PNG, pages joined by blank lines.

    Skips when Tesseract or its rus+eng data is missing.
    """
    try:
        with open_document(path, "image/png", ReadOptions()) as reader:
            return "\n\n".join(page.text for page in reader.pages())
    except ProcessingError as error:
        if error.code != "ocr_failed":
            raise
        pytest.skip(f"Tesseract with rus+eng data is unavailable: {error}")


def pdf_text(path: Path) -> str:
    """Return the text layer of every page of a PDF, pages joined by newlines."""
    document = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


def read_payment_order(corpus: Path, engine, name: str):
    text = service_text(corpus / "dedoc" / name)
    return text, engine.classify(text), engine.extract(text)


@pytest.fixture(scope="module")
def payment_order_0(corpus, engine):
    return read_payment_order(corpus, engine, "plat_por__plat_por_png_0.png")


@pytest.fixture(scope="module")
def payment_order_3(corpus, engine):
    return read_payment_order(corpus, engine, "plat_por__plat_por_png_3.png")


def test_payment_order_scan_type(payment_order_0):
    _, classification, extraction = payment_order_0

    assert classification.document_type == "payment_order"
    assert extraction.document_type == "payment_order"


@pytest.mark.parametrize(
    ("path", "expected"),
    (
        ("number", "1105"),
        ("date", "2019-07-12"),
        ("total", "5250.90"),
        ("currency", "RUB"),
        ("total_in_words", "5250.90"),
        ("kbk", "18210102010012100110"),
        ("oktmo", "45338000"),
    ),
)
def test_payment_order_scan_header(payment_order_0, path, expected):
    _, _, extraction = payment_order_0

    assert extraction.fields[path]["value"] == expected


def test_payment_order_scan_total_matches_words(payment_order_0):
    _, _, extraction = payment_order_0

    check = next(
        check for check in extraction.checks if check["code"] == "total_matches_words"
    )

    assert check["passed"] is True, check["message"]


# The payer's requisites on this sample form are placeholders, so some fail checks.
@pytest.mark.parametrize(
    ("role", "key", "expected", "valid"),
    (
        ("payer", "inn", "1234567891", False),
        ("payer", "kpp", "123456789", True),
        ("payer", "account", "12345678987654321234", False),
        ("payer", "bik", "123456789", False),
        ("payer", "correspondent_account", "12345678987654321234", False),
        ("payee", "bik", "044525000", True),
        ("payee", "inn", "7708034472", True),
        ("payee", "kpp", "770801001", True),
        ("payee", "account", "40101810045250010041", True),
    ),
)
def test_payment_order_scan_requisites(payment_order_0, role, key, expected, valid):
    _, _, extraction = payment_order_0

    found = extraction.fields["parties"][role][key]

    assert found["value"] == expected
    assert found["valid"] is valid


def test_payment_order_scan_names(payment_order_0):
    _, _, extraction = payment_order_0
    payer = extraction.fields["parties"]["payer"]
    payee = extraction.fields["parties"]["payee"]

    # OCR misreads the first word of the payer, ГБОУ.
    assert payer["name"]["value"].endswith('ДОД СДЮСШОР "АЛЛЮР"')
    assert payer["bank_name"]["value"] == "АКБ «Надежный»"
    assert payee["bank_name"]["value"] == "ГУ Банка России по ЦФО"
    assert payee["name"]["value"].startswith("УФК")
    assert "Москве (ИФНС России № 8" in payee["name"]["value"]


def test_payment_order_scan_nothing_unassigned(payment_order_0):
    _, _, extraction = payment_order_0

    roles = set(extraction.fields["parties"])

    assert roles == {"payer", "payee"}


def test_payment_order_scan_purpose(payment_order_0):
    _, _, extraction = payment_order_0

    purpose = extraction.fields["purpose"]["value"]

    assert purpose.endswith("по НДФЛ по требованию от 01.07.2019 № 15689")


@pytest.mark.parametrize("fixture", ("payment_order_0", "payment_order_3"))
def test_payment_order_scan_spans(request, fixture):
    text, _, extraction = request.getfixturevalue(fixture)

    for path, found in scalar_fields(extraction.fields):
        start, end = found["span"]
        assert text[start:end] == found["raw"], path


@pytest.mark.parametrize(
    ("path", "expected"),
    (
        ("number", "65"),
        ("date", "2019-04-22"),
        ("total", "15963.00"),
        ("total_in_words", "15963.00"),
        ("kbk", "18210501021011000110"),
        ("oktmo", "40325000"),
        (
            "purpose",
            "Налог при упрощенной системе налогообложения за 1 квартал 2019 года",
        ),
        ("parties.payer.inn", "781477777777"),
        ("parties.payee.inn", "7814026829"),
        ("parties.payee.kpp", "781401001"),
    ),
)
def test_second_payment_order_scan(payment_order_3, path, expected):
    _, classification, extraction = payment_order_3

    found = field_at(extraction.fields, path)

    assert classification.document_type == "payment_order"
    assert found["value"] == expected


# OCR reads a leading 0 of these BIKs as 2 and the 4 of the account as 1. A misread
# value is still returned, marked invalid.
@pytest.mark.parametrize(
    ("path", "expected"),
    (
        ("parties.payer.bik", "044030783"),
        ("parties.payee.bik", "044030001"),
        ("parties.payee.account", "40101810200000010001"),
    ),
)
def test_second_payment_order_scan_misread(payment_order_3, path, expected):
    _, _, extraction = payment_order_3

    found = field_at(extraction.fields, path)

    assert found["value"][1:] == expected[1:]
    assert found["valid"] is (found["value"] == expected)


def test_second_payment_order_scan_names(payment_order_3):
    _, _, extraction = payment_order_3
    payer = extraction.fields["parties"]["payer"]
    payee = extraction.fields["parties"]["payee"]

    assert "Друвина" in payer["name"]["value"]
    assert "СМП БАНК" in payer["bank_name"]["value"]
    assert "СЕВЕРО-ЗАПАДНОЕ ГУ БАНКА РОССИИ" in payee["bank_name"]["value"]
    assert payee["name"]["value"].startswith("УФК по г. Санкт-Петербургу")
    assert set(extraction.fields["parties"]) == {"payer", "payee"}


@pytest.fixture(scope="module")
def aws_invoice(corpus, engine):
    text = pdf_text(corpus / "invoice2data" / "AmazonWebServices.pdf")
    return engine.classify(text), engine.extract(text)


def test_aws_invoice_type(aws_invoice):
    classification, _ = aws_invoice

    assert classification.document_type == "invoice"


@pytest.mark.parametrize(
    ("path", "expected"),
    (
        ("total", "4.11"),
        ("currency", "USD"),
        ("date", "2014-08-03"),
        ("number", "42183017"),
    ),
)
def test_aws_invoice_fields(aws_invoice, path, expected):
    _, extraction = aws_invoice

    assert extraction.fields[path]["value"] == expected


# Known misses run as strict xfails, so a fix shows up as an unexpected pass.
KNOWN_TYPE_MISSES = {
    "oyo.pdf": "titled PAYMENT RECEIPT, so the engine reads a receipt, not an invoice",
}
KNOWN_FIELD_MISSES = {
    ("oyo.pdf", "invoice_number"): "the number is labeled Booking ID",
    ("Orlen.txt", "invoice_number"): "the number 'F' has no digit, which numbers need",
}
INVOICE_DOCUMENTS = (
    "AmazonWebServices.pdf",
    "FlipkartInvoice.pdf",
    "NetpresseInvoice.pdf",
    "SammyMaystoneLinesTest.pdf",
    "coolblue1.pdf",
    "oyo.pdf",
    "Orlen.txt",
)
# invoice2data JSON key -> our field name
FIELD_NAMES = {
    "amount": "total",
    "date": "date",
    "currency": "currency",
    "invoice_number": "number",
}


def _known_miss(reason: str | None):
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def invoice_text(corpus: Path, name: str) -> str:
    path = corpus / "invoice2data" / name
    return path.read_text(encoding="utf-8") if path.suffix == ".txt" else pdf_text(path)


def expected_values(corpus: Path, name: str) -> dict:
    stem = name.rsplit(".", 1)[0]
    path = corpus / "invoice2data" / f"{stem}.json"
    return json.loads(path.read_text(encoding="utf-8"))[0]


def normalize_expected(key: str, value: object) -> str:
    """Return an invoice2data value in our output form."""
    if key == "amount":
        return f"{value:.2f}"
    if key == "invoice_number":
        return str(value).lstrip("#")
    return str(value)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=_known_miss(KNOWN_TYPE_MISSES.get(name)))
        for name in INVOICE_DOCUMENTS
    ],
)
def test_corpus_invoice_classified(corpus, engine, name):
    classification = engine.classify(invoice_text(corpus, name))

    assert classification.document_type == "invoice"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        pytest.param(name, key, marks=_known_miss(KNOWN_FIELD_MISSES.get((name, key))))
        for name in INVOICE_DOCUMENTS
        for key in FIELD_NAMES
    ],
)
def test_corpus_invoice_field(corpus, engine, name, key):
    expected = expected_values(corpus, name)
    if key not in expected:
        pytest.skip(f"{name} has no expected {key}")

    extraction = engine.extract(invoice_text(corpus, name), document_type="invoice")

    found = extraction.fields.get(FIELD_NAMES[key])
    assert found is not None, f"{FIELD_NAMES[key]} missing"
    assert found["value"] == normalize_expected(key, expected[key])
