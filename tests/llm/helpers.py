"""Reply builders shared by the LLM tests."""

from ai_agents.llm.schemas import LINE_ITEM_KEYS, PARTY_KEYS
from tests.engines.samples_ru import INVOICE_RU

INVOICE_TEXT = INVOICE_RU.text
INVOICE_SCALARS = (
    "number",
    "date",
    "total",
    "amount_due",
    "currency",
    "vat",
    "total_in_words",
    "subtotal",
)


def scalar(value: str | None, quote: str | None = None) -> dict:
    return {"value": value, "quote": quote if quote is not None else value}


def party(role: str, **values: str) -> dict:
    return {"role": role, **{key: values.get(key) for key in PARTY_KEYS}}


def row(**values: str) -> dict:
    return {key: values.get(key) for key in LINE_ITEM_KEYS}


def invoice_reply(**overrides) -> dict:
    """Return a correct extraction reply for INVOICE_RU, with `overrides` applied."""
    reply = {name: None for name in INVOICE_SCALARS}
    reply.update(
        number=scalar("123"),
        date=scalar("2024-03-15", "15 марта 2024 г."),
        total=scalar("11250.90", "11 250,90 руб."),
        currency=scalar("RUB", "руб."),
        vat=scalar("1875.15", "1 875,15"),
        subtotal=scalar("11250.90", "11 250,90"),
        parties=[
            party(
                "seller",
                name="ООО «Ромашка»",
                inn="7702123454",
                kpp="770201001",
                bik="044525225",
                account="40702816000000012345",
                correspondent_account="30101810400000000225",
            ),
            party("buyer", name="ООО «Лютик»", inn="7810000001", kpp="781001001"),
        ],
        line_items=[
            row(
                description="Бумага офисная А4, 500 листов",
                quantity="20",
                unit="пач.",
                unit_price="350.00",
                amount="7000.00",
            ),
            row(
                description="Картридж лазерный",
                quantity="2",
                unit="шт.",
                unit_price="2125.45",
                amount="4250.90",
            ),
        ],
    )
    reply.update(overrides)
    return reply


def classification_reply(code: str, confidence: float = 0.8, **extra) -> dict:
    return {
        "document_type": code,
        "confidence": confidence,
        "alternatives": [],
        **extra,
    }


# The invoice2data corpus invoice that the upload tests send.
AWS_INVOICE = "invoice2data/AmazonWebServices.pdf"


def aws_invoice_reply(**overrides) -> dict:
    """Return a correct extraction reply for the AWS invoice of the corpus."""
    reply = {name: None for name in INVOICE_SCALARS}
    reply.update(
        number=scalar("42183017", "Invoice Number: 42183017"),
        date=scalar("2014-08-03", "August 3 , 2014"),
        total=scalar("4.11", "$4.11"),
        currency=scalar("USD", "US Dollars"),
        parties=[],
        line_items=[],
    )
    reply.update(overrides)
    return reply
