"""The embedded engine on real documents from the `corpus` fixture.

Payment orders are rendered images, read here by the service's own reading pipeline
(`documents.processing`: Tesseract word boxes with the lines rebuilt), so the tests
see the text that the service extracts from. Invoices have a text layer, read with
pypdfium2, and four of them also as PNG rasters read by OCR. Expected invoice
values come from the JSON file stored beside each invoice, with the corrections
that bench/corpus.py gives reasons for.
"""

import json
from pathlib import Path

import pytest

from ai_agents.engines import get_engine
from bench.corpus import (
    FIELD_CORRECTIONS,
    INVOICE_FILES,
    OTHER_DOCUMENTS,
    RASTER_INVOICES,
    TYPE_CORRECTIONS,
)
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


# At its 72 dpi size OCR read the leading 0 of these BIKs as 2 and the 4 of the
# account as 1 or #. The page is now read enlarged and in grey, which reads them.
@pytest.mark.parametrize(
    ("path", "expected"),
    (
        ("parties.payer.bik", "044030783"),
        ("parties.payee.bik", "044030001"),
        ("parties.payee.account", "40101810200000010001"),
    ),
)
def test_second_payment_order_scan_small_digits(payment_order_3, path, expected):
    _, _, extraction = payment_order_3

    found = field_at(extraction.fields, path)

    assert found["value"] == expected
    assert found["valid"] is True


def test_second_payment_order_scan_names(payment_order_3):
    _, _, extraction = payment_order_3
    payer = extraction.fields["parties"]["payer"]
    payee = extraction.fields["parties"]["payee"]

    assert "Друвина" in payer["name"]["value"]
    assert "СМП БАНК" in payer["bank_name"]["value"]
    # The enlarged read loses the space in "СЕВЕРО-ЗАПАДНОЕ ГУ".
    assert "СЕВЕРО-ЗАПАДНОЕ" in payee["bank_name"]["value"]
    assert "ГУ БАНКА РОССИИ" in payee["bank_name"]["value"]
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


INVOICE_DOCUMENTS = (*INVOICE_FILES, *RASTER_INVOICES)
# invoice2data JSON key -> our field name
FIELD_NAMES = {
    "amount": "total",
    "date": "date",
    "currency": "currency",
    "invoice_number": "number",
}


def invoice_text(corpus: Path, name: str) -> str:
    path = corpus / "invoice2data" / name
    if path.suffix == ".png":
        return service_text(path)
    return path.read_text(encoding="utf-8") if path.suffix == ".txt" else pdf_text(path)


def labelled_type(name: str) -> str:
    return TYPE_CORRECTIONS.get(name.rsplit(".", 1)[0], "invoice")


def expected_values(corpus: Path, name: str) -> dict:
    """Return the invoice2data record in our output forms, with bench's corrections."""
    stem = name.rsplit(".", 1)[0]
    path = corpus / "invoice2data" / f"{stem}.json"
    record = json.loads(path.read_text(encoding="utf-8"))[0]
    expected = {
        FIELD_NAMES[key]: normalize_expected(key, value)
        for key, value in record.items()
        if key in FIELD_NAMES
    }
    return {**expected, **FIELD_CORRECTIONS.get(stem, {})}


def normalize_expected(key: str, value: object) -> str:
    """Return an invoice2data value in our output form."""
    if key == "amount":
        return f"{value:.2f}"
    if key == "invoice_number":
        return str(value).lstrip("#")
    return str(value)


@pytest.fixture(scope="module")
def invoice_texts(corpus):
    """Texts of the corpus invoices, read once for the module: OCR takes seconds."""
    return {name: invoice_text(corpus, name) for name in INVOICE_DOCUMENTS}


@pytest.mark.parametrize("name", INVOICE_DOCUMENTS)
def test_corpus_invoice_classified(invoice_texts, engine, name):
    classification = engine.classify(invoice_texts[name])

    assert classification.document_type == labelled_type(name)


@pytest.mark.parametrize(
    ("name", "field"),
    [(name, field) for name in INVOICE_DOCUMENTS for field in FIELD_NAMES.values()],
)
def test_corpus_invoice_field(corpus, invoice_texts, engine, name, field):
    expected = expected_values(corpus, name)
    if field not in expected:
        pytest.skip(f"{name} has no expected {field}")

    extraction = engine.extract(invoice_texts[name], document_type=labelled_type(name))

    found = extraction.fields.get(field)
    assert found is not None, f"{field} missing"
    assert found["value"] == expected[field]


@pytest.mark.parametrize("name", OTHER_DOCUMENTS)
def test_corpus_document_of_no_business_type_is_other(corpus, engine, name):
    path = corpus / name
    if path.suffix == ".png":
        text = service_text(path)
    elif path.suffix == ".pdf":
        text = pdf_text(path)
    else:
        text = path.read_text(encoding="utf-8")

    assert engine.classify(text).document_type == "other"
