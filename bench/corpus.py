"""Labelled real documents from the shared corpus, read the way the service reads them.

The corpus sits beside the project in ../shared/corpus and is never copied into the
repository. Invoice values come from the invoice2data JSON file beside each
invoice, and four of the invoices are read twice: from the PDF's text layer and,
by OCR, from the PNG raster beside it. The two payment orders have no upstream
labels; their values below are a visual reading of the rendered forms, as the
corpus's PROVENANCE.md records it. Five documents of no business type (a law, a
brochure, a decree appendix, sample pages) check that the classifier returns
`other` for them; only their type is labelled. Line items are labelled where the
invoice2data file lists rows with an amount, which only coolblue1 does.
"""

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# invoice2data PDFs with a text layer, plus the pre-extracted Orlen text.
INVOICE_FILES = (
    "AmazonWebServices.pdf",
    "FlipkartInvoice.pdf",
    "NetpresseInvoice.pdf",
    "SammyMaystoneLinesTest.pdf",
    "coolblue1.pdf",
    "oyo.pdf",
    "Orlen.txt",
)

# Rasters of four of those invoices, read by OCR like a scan. They share the
# labels of the PDF beside them.
RASTER_INVOICES = (
    "AmazonWebServices.png",
    "FlipkartInvoice.png",
    "SammyMaystoneLinesTest.png",
    "oyo.png",
)
# Corrections of upstream labels that do not match the document. invoice2data
# files every test document as an invoice, but oyo is titled PAYMENT RECEIPT,
# states that the payment was received and directs the guest to the hotel for the
# invoice. Its Orlen template captures only the "F" of the printed number
# "F 1234K20/1234/12".
TYPE_CORRECTIONS = {"oyo": "receipt"}
FIELD_CORRECTIONS = {"Orlen": {"number": "F 1234K20/1234/12"}}

# Real documents of no business type, to check that nothing is forced onto them.
# Only their type is labelled.
OTHER_DOCUMENTS = (
    "dedoc/laws__ukodeksrf.pdf",
    "dedoc/pdf_with_text_layer__english_doc.pdf",
    "dedoc/scanned__example.png",
    "dedoc/scanned__orient_3.png",
    "ocrmypdf/linn.txt",
)
_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".tif": "image/tiff"}

# PROVENANCE.md, dedoc section: values read by eye from the rendered forms.
PAYMENT_ORDERS = {
    "plat_por__plat_por_png_0.png": {
        "number": "1105",
        "date": "2019-07-12",
        "total": "5250.90",
        "currency": "RUB",
        "parties.payer.inn": "1234567891",
        "parties.payer.kpp": "123456789",
        "parties.payee.inn": "7708034472",
        "parties.payee.kpp": "770801001",
        "parties.payee.bik": "044525000",
        "parties.payee.account": "40101810045250010041",
    },
    "plat_por__plat_por_png_3.png": {
        "number": "65",
        "date": "2019-04-22",
        "total": "15963.00",
        "currency": "RUB",
        "parties.payer.inn": "781477777777",
        "parties.payer.bik": "044030783",
        "parties.payee.inn": "7814026829",
        "parties.payee.kpp": "781401001",
        "parties.payee.bik": "044030001",
        "parties.payee.account": "40101810200000010001",
    },
}


@dataclass(frozen=True)
class CorpusDocument:
    """A real document's text and labels. Labels list only some requisites.

    `expected_items` has the same keys as `SyntheticDocument.expected_items`.
    """

    id: str
    document_type: str
    text: str
    expected: dict[str, str | None]
    expected_items: list[dict[str, str]] = field(default_factory=list)


class CorpusUnavailable(Exception):
    """Raised when a corpus file or a tool to read it is missing."""


def _pdf_text(path: Path) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_bounded() for page in document)
    finally:
        document.close()


def _image_text(path: Path) -> str:
    """Return the text the service's reader gets from an image, via Tesseract."""
    from documents.processing.errors import ProcessingError
    from documents.processing.reader import ReadOptions, open_document

    try:
        with open_document(path, _IMAGE_TYPES[path.suffix], ReadOptions()) as reader:
            return "\n\n".join(page.text for page in reader.pages())
    except ProcessingError as error:
        if error.code != "ocr_failed":
            raise
        raise CorpusUnavailable(
            f"Tesseract with rus+eng data failed: {error}"
        ) from error


def invoice_expected(json_path: Path) -> dict[str, str]:
    """Map an invoice2data JSON file to our field paths and output forms.

    A leading "#" of the invoice number is dropped because it is a number sign.
    """
    record = json.loads(json_path.read_text(encoding="utf-8"))[0]
    expected = {}
    if "invoice_number" in record:
        expected["number"] = str(record["invoice_number"]).lstrip("#")
    if "date" in record:
        expected["date"] = str(record["date"])
    if "amount" in record:
        expected["total"] = f"{record['amount']:.2f}"
    if "currency" in record:
        expected["currency"] = str(record["currency"])
    return expected


def invoice_line_items(json_path: Path) -> list[dict[str, str]]:
    """Map the "lines" of an invoice2data JSON file to expected line-item rows.

    Only rows with an amount ("price_subtotal") are kept, because the line-item
    benchmark matches rows by amount. This drops "line_note" rows and the cloud
    charges of AmazonWebServices, which list only "price_unit".
    """
    record = json.loads(json_path.read_text(encoding="utf-8"))[0]
    rows = []
    for line in record.get("lines", []):
        if "price_subtotal" not in line:
            continue
        row = {
            "description": str(line["name"]),
            "amount": f"{Decimal(str(line['price_subtotal'])):.2f}",
        }
        if "qty" in line:
            row["quantity"] = str(line["qty"])
        if "price_unit" in line:
            row["unit_price"] = f"{Decimal(str(line['price_unit'])):.2f}"
        rows.append(row)
    return rows


def _read_text(path: Path) -> str:
    """Return the text of a .txt file, a PDF's text layer or an image's OCR text."""
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        try:
            return _pdf_text(path)
        except ImportError as error:
            raise CorpusUnavailable("pypdfium2 is not installed") from error
    return _image_text(path)


def _labelled_invoices(corpus_dir: Path) -> list[tuple[Path, str, dict, list]]:
    labelled = []
    for name in (*INVOICE_FILES, *RASTER_INVOICES):
        path = corpus_dir / "invoice2data" / name
        stem = path.stem
        expected, rows = {}, []
        json_path = path.with_suffix(".json")
        if json_path.exists():
            expected = {
                **invoice_expected(json_path),
                **FIELD_CORRECTIONS.get(stem, {}),
            }
            rows = invoice_line_items(json_path)
        document_type = TYPE_CORRECTIONS.get(stem, "invoice")
        labelled.append((path, document_type, expected, rows))
    return labelled


def load_corpus(
    corpus_dir: Path = CORPUS_DIR,
) -> tuple[list[CorpusDocument], list[str]]:
    """Read the labelled corpus documents. Returns them and messages on skipped ones."""
    labelled = _labelled_invoices(corpus_dir)
    labelled += [
        (corpus_dir / "dedoc" / name, "payment_order", dict(expected), [])
        for name, expected in PAYMENT_ORDERS.items()
    ]
    labelled += [(corpus_dir / name, "other", {}, []) for name in OTHER_DOCUMENTS]
    documents, skipped = [], []
    for path, document_type, expected, rows in labelled:
        if not path.exists() or (document_type != "other" and not expected):
            skipped.append(f"{path.name}: not found in {corpus_dir}")
            continue
        try:
            text = _read_text(path)
        except CorpusUnavailable as error:
            skipped.append(f"{path.name}: {error}")
            continue
        documents.append(CorpusDocument(path.name, document_type, text, expected, rows))
    return documents, skipped
