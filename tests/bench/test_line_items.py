"""The line-item benchmark: expected rows, the matching rule and the figures."""

import json
from decimal import Decimal
from unittest import mock

import pytest

from ai_agents.engines import get_engine
from bench.corpus import invoice_line_items
from bench.draft import Draft
from bench.line_items import (
    SCORED_COLUMNS,
    evaluate_line_items,
    match_rows,
    predicted_rows,
    rows_match,
)
from bench.synthetic import generate_document, generate_split

_EXPECTED = {
    "description": "Клапан обратный Ду50",
    "quantity": "15",
    "unit_price": "67480.00",
    "amount": "1012200.00",
}
_TABLE_TYPES = ("invoice", "act", "upd", "waybill")


@pytest.mark.parametrize(
    "predicted",
    [
        {"description": "Клапан обратный Ду50", "amount": "1012200.00"},
        {"description": "клапан  ОБРАТНЫЙ ду50", "amount": "1012200.00"},
        {"description": "1 Клапан обратный Ду50 шт", "amount": "1012200.0"},
    ],
)
def test_rows_match_same_amount_and_words(predicted):
    assert rows_match(_EXPECTED, predicted)


@pytest.mark.parametrize(
    "predicted",
    [
        {"description": "Клапан обратный Ду50", "amount": "67480.00"},
        {"description": "Клапан обратный Ду50"},
        {"description": "Клапан обратный Ду50", "amount": "n/a"},
    ],
)
def test_rows_match_wrong_amount(predicted):
    assert not rows_match(_EXPECTED, predicted)


@pytest.mark.parametrize(
    "predicted",
    [
        {"description": "Клапан обратный", "amount": "1012200.00"},
        {"description": "Клапан обратный Дy50", "amount": "1012200.00"},
        {"description": "Клапан обратныйДу50", "amount": "1012200.00"},
        {"amount": "1012200.00"},
    ],
)
def test_rows_match_missing_words(predicted):
    assert not rows_match(_EXPECTED, predicted)


def test_match_rows_uses_each_row_once():
    expected = [
        {"description": "Bolt", "amount": "10.00"},
        {"description": "Bolt", "amount": "10.00"},
        {"description": "Nut", "amount": "5.00"},
    ]
    predicted = [
        {"description": "Nut", "amount": "5.00"},
        {"description": "Bolt", "amount": "10.00"},
        {"description": "Bolt", "amount": "10.00"},
        {"description": "Bolt", "amount": "10.00"},
    ]

    assert match_rows(expected, predicted) == [(2, 0), (0, 1), (1, 2)]


def test_predicted_rows_take_values():
    fields = {
        "line_items": [
            {
                "description": {"value": "Bolt", "raw": "Bolt"},
                "amount": {"value": "10.00", "raw": "10,00"},
            }
        ]
    }

    assert predicted_rows(fields) == [{"description": "Bolt", "amount": "10.00"}]
    assert predicted_rows({}) == []


def _documents_without_recording(split, count):
    with mock.patch.object(Draft, "expect_items", lambda self, goods: None):
        return [
            generate_document(split, code, language, index)
            for code in _TABLE_TYPES
            for language in ("ru", "en")
            for index in range(count)
        ]


@pytest.mark.parametrize("split", ["test", "calibration"])
def test_recording_keeps_text_unchanged(split):
    unrecorded = _documents_without_recording(split, 4)
    for before in unrecorded:
        code, index = before.document_type, int(before.id.rsplit("/", 1)[1])
        after = generate_document(split, code, before.language, index)

        assert before.expected_items == [], before.id
        assert after.expected_items, after.id
        assert after.text == before.text, after.id
        assert after.expected == before.expected, after.id
        assert after.noisy == before.noisy, after.id


def test_expected_rows_add_up_to_total():
    for code in _TABLE_TYPES:
        for language in ("ru", "en"):
            for index in range(10):
                document = generate_document("test", code, language, index)
                rows = document.expected_items
                total = sum((Decimal(row["amount"]) for row in rows), Decimal(0))

                assert rows, document.id
                assert f"{total:.2f}" == document.expected["total"], document.id
                for row in rows:
                    product = Decimal(row["quantity"]) * Decimal(row["unit_price"])
                    assert product == Decimal(row["amount"]), document.id
                    if not document.noisy:
                        assert row["description"] in document.text, document.id


def test_noisy_documents_keep_rows():
    noisy = [
        document
        for document in generate_split("test", 6)
        if document.noisy and document.document_type in _TABLE_TYPES
    ]

    assert noisy
    for document in noisy:
        assert document.expected_items, document.id


def test_documents_without_table_have_no_rows():
    for code in ("contract", "packing_list", "receipt", "letter", "other"):
        document = generate_document("test", code, "ru", 0)

        assert document.expected_items == [], document.id


def test_corpus_rows_need_amount(tmp_path):
    json_path = tmp_path / "sample.json"
    record = {
        "lines": [
            {"name": "Desk lamp", "qty": 2, "price_unit": 12.5, "price_subtotal": 25},
            {"line_note": "Serial: 0001"},
            {"name": "Hosting", "price_unit": "3.10"},
            {"name": "Recycling fee", "qty": 1, "price_subtotal": 0.4},
        ]
    }
    json_path.write_text(json.dumps([record]), encoding="utf-8")

    assert invoice_line_items(json_path) == [
        {
            "description": "Desk lamp",
            "amount": "25.00",
            "quantity": "2",
            "unit_price": "12.50",
        },
        {"description": "Recycling fee", "amount": "0.40", "quantity": "1"},
    ]


def test_corpus_rows_of_coolblue(corpus):
    folder = corpus / "invoice2data"
    rows = invoice_line_items(folder / "coolblue1.json")

    assert len(rows) == 6
    assert rows[0]["description"] == "Apple iPad Air Wifi 16 GB Zilver"
    assert rows[0]["amount"] == "399.00"
    assert "unit_price" not in rows[-1]
    assert invoice_line_items(folder / "AmazonWebServices.json") == []


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_engine_figures_add_up(engine):
    documents = [
        document for document in generate_split("test", 2) if document.expected_items
    ]
    expected_count = sum(len(document.expected_items) for document in documents)
    predicted_count = sum(
        len(
            predicted_rows(
                engine.extract(
                    document.text, document_type=document.document_type
                ).fields
            )
        )
        for document in documents
    )

    figures = evaluate_line_items(documents, engine)
    rows = figures["rows"]

    assert figures["documents"] == len(documents)
    assert rows["tp"] + rows["fn"] == expected_count
    assert rows["tp"] + rows["fp"] == predicted_count
    for key in ("tp", "fp", "fn"):
        by_type = sum(counts[key] for counts in figures["rows_by_type"].values())
        by_subset = sum(counts[key] for counts in figures["rows_by_subset"].values())
        assert by_type == rows[key], key
        assert by_subset == rows[key], key
    for column in SCORED_COLUMNS:
        counts = figures["columns"][column]
        assert counts["total"] == rows["tp"], column
        assert 0 <= counts["correct"] <= counts["total"], column
    wrong_cells = sum(
        counts["total"] - counts["correct"] for counts in figures["columns"].values()
    )
    assert len(figures["misses"]) == rows["fp"] + rows["fn"] + wrong_cells
