"""Labelled real documents from the shared corpus, read the way the service reads them.

The corpus sits beside the project in ../shared/corpus and is never copied into the
repository. Invoice values come from the invoice2data JSON file beside each
invoice. The two payment orders have no upstream labels. Their values below are a
visual reading of the rendered forms, as the corpus's PROVENANCE.md records it.
"""

import json
from dataclasses import dataclass
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
    """A real document's text and labels. Labels list only some requisites."""

    id: str
    document_type: str
    text: str
    expected: dict[str, str | None]


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
        with open_document(path, "image/png", ReadOptions()) as reader:
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


def load_corpus(
    corpus_dir: Path = CORPUS_DIR,
) -> tuple[list[CorpusDocument], list[str]]:
    """Read the labelled corpus documents. Returns them and messages on skipped ones."""
    documents, skipped = [], []
    for name in INVOICE_FILES:
        path = corpus_dir / "invoice2data" / name
        json_path = path.with_suffix(".json")
        if not path.exists() or not json_path.exists():
            skipped.append(f"{name}: not found in {corpus_dir}")
            continue
        try:
            text = (
                path.read_text(encoding="utf-8")
                if path.suffix == ".txt"
                else _pdf_text(path)
            )
        except ImportError:
            skipped.append(f"{name}: pypdfium2 is not installed")
            continue
        documents.append(
            CorpusDocument(name, "invoice", text, invoice_expected(json_path))
        )
    for name, expected in PAYMENT_ORDERS.items():
        path = corpus_dir / "dedoc" / name
        if not path.exists():
            skipped.append(f"{name}: not found in {corpus_dir}")
            continue
        try:
            text = _image_text(path)
        except CorpusUnavailable as error:
            skipped.append(f"{name}: {error}")
            continue
        documents.append(CorpusDocument(name, "payment_order", text, dict(expected)))
    return documents, skipped
