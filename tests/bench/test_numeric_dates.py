"""The numeric-dates split: dates written with slashes in the writer's order."""

import re

import pytest

from ai_agents.engines import get_engine
from bench.numeric_dates import (
    evaluate_numeric_dates,
    generate_document,
    generate_numeric_dates,
    is_swappable,
)

_SLASH_DATE_RE = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")


def test_generation_repeatable():
    first = generate_document("invoice", "en", 3)
    second = generate_document("invoice", "en", 3)

    assert first == second


def test_placeholders_all_replaced():
    for document in generate_numeric_dates(2):
        assert "{date:" not in document.text.lower(), document.id


@pytest.mark.parametrize("language", ["ru", "en"])
def test_slashed_dates_in_writer_order(language):
    documents = [
        generate_document(code, language, index)
        for code in ("invoice", "act", "contract")
        for index in range(5)
    ]
    slashed = [document for document in documents if document.slashed]

    assert slashed
    for document in slashed:
        written = set()
        for first, second, year in _SLASH_DATE_RE.findall(document.text):
            month, day = (first, second) if document.order == "mdy" else (second, first)
            written.add(f"{year}-{month}-{day}")
        assert document.slashed <= written, document.id


def test_dollar_documents_month_first():
    orders = {
        (document.language, "$" in document.text or "USD" in document.text): (
            document.order
        )
        for document in generate_numeric_dates(3)
    }

    assert orders.get(("en", True)) == "mdy"
    assert orders.get(("en", False)) == "dmy"
    assert orders.get(("ru", False)) == "dmy"


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("2024-03-04", True),
        ("2024-04-04", False),
        ("2024-04-25", False),
        ("2024-12-11", True),
    ],
)
def test_is_swappable(iso, expected):
    assert is_swappable(iso) is expected


def test_engine_marks_swappable_dates():
    engine = get_engine(embeddings="off")
    documents = [
        generate_document(code, language, index)
        for code in ("invoice", "contract")
        for language in ("ru", "en")
        for index in range(6)
    ]

    figures = evaluate_numeric_dates(documents, engine)

    assert figures["swappable_read"] > 0
    assert figures["swappable_marked"] == figures["swappable_read"]
    assert figures["unswappable_marked"] == 0
    assert figures["date"]["fn"] == 0
