"""The embedded engine on real documents from the `corpus` fixture.

Payment orders are rendered images, read here with Tesseract (rus+eng) as the
service would. Invoices have a text layer, read with pypdfium2. Expected invoice
values come from the JSON file stored beside each invoice.
"""

import json
from pathlib import Path

import pytest

from ai_agents.engines import get_engine

pytesseract = pytest.importorskip("pytesseract")
pypdfium2 = pytest.importorskip("pypdfium2")
Image = pytest.importorskip("PIL.Image")


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def ocr_image(path: Path) -> str:
    """Return the Tesseract text of an image, or skip when Tesseract cannot run."""
    try:
        with Image.open(path) as image:
            return pytesseract.image_to_string(image, lang="rus+eng")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError) as error:
        pytest.skip(f"Tesseract with rus+eng data is unavailable: {error}")


def pdf_text(path: Path) -> str:
    """Return the text layer of every page of a PDF, pages joined by newlines."""
    document = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


@pytest.fixture(scope="module")
def payment_order_0(corpus, engine):
    text = ocr_image(corpus / "dedoc" / "plat_por__plat_por_png_0.png")
    return text, engine.classify(text), engine.extract(text)


@pytest.fixture(scope="module")
def payment_order_3(corpus, engine):
    text = ocr_image(corpus / "dedoc" / "plat_por__plat_por_png_3.png")
    return text, engine.classify(text), engine.extract(text)


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
    ),
)
def test_payment_order_scan_header(payment_order_0, path, expected):
    _, _, extraction = payment_order_0

    assert extraction.fields[path]["value"] == expected


@pytest.mark.parametrize(
    ("role", "key", "expected", "valid"),
    (
        ("payee", "inn", "7708034472", True),
        ("payee", "kpp", "770801001", True),
        ("payee", "bik", "044525000", True),
        ("payee", "account", "40101810045250010041", True),
        ("payer", "inn", "1234567891", False),  # a placeholder INN on the sample form
        ("payer", "kpp", "123456789", True),
    ),
)
def test_payment_order_scan_requisites(payment_order_0, role, key, expected, valid):
    _, _, extraction = payment_order_0

    found = extraction.fields["parties"][role][key]

    assert found["value"] == expected
    assert found["valid"] is valid


def test_payment_order_scan_payee_name(payment_order_0):
    _, _, extraction = payment_order_0

    name = extraction.fields["parties"]["payee"]["name"]["value"]

    assert name.startswith("УФК по г. Москве")


def test_payment_order_scan_spans(payment_order_0):
    text, _, extraction = payment_order_0

    payee_inn = extraction.fields["parties"]["payee"]["inn"]
    start, end = payee_inn["span"]

    assert text[start:end] == payee_inn["raw"]


@pytest.mark.parametrize(
    ("path", "expected"),
    (
        ("number", "65"),
        ("date", "2019-04-22"),
        ("total", "15963.00"),
        ("parties.payee.inn", "7814026829"),
        ("parties.payee.kpp", "781401001"),
        ("parties.payer.inn", "781477777777"),
    ),
)
def test_second_payment_order_scan(payment_order_3, path, expected):
    _, classification, extraction = payment_order_3

    found = extraction.fields
    for part in path.split("."):
        found = found[part]

    assert classification.document_type == "payment_order"
    assert found["value"] == expected


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
