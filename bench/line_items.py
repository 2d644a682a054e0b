"""Line-item benchmark: the rows of goods and services tables.

Expected rows come from the synthetic templates that print a goods or services table
(invoices, acts, UPDs and waybills in both languages) and from the corpus invoices
whose invoice2data labels list rows with an amount. Receipts list their goods
without a table header and packing lists print no prices, so neither has expected
rows.

A predicted row matches an expected row when their amounts are equal and every
word of the expected description is a word of the predicted one, compared without
case and after collapsing spaces. Each expected row matches at most one predicted
row. Unmatched predicted rows are false positives and unmatched expected rows are
false negatives. For matched rows the benchmark also scores the quantity and unit
price (equal as numbers) and the description (equal after collapsing spaces).

Run it through `python -m bench.accuracy`, or alone with `python -m bench.line_items`.
"""

from collections import defaultdict
from decimal import Decimal, InvalidOperation

from .metrics import FieldCounts

# Columns scored on matched rows, in the order they are printed.
SCORED_COLUMNS = ("quantity", "unit_price", "description")
_NUMERIC_COLUMNS = frozenset({"quantity", "unit_price", "amount"})


def normalize_spaces(text: str) -> str:
    return " ".join(text.split())


def _decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def predicted_rows(fields: dict) -> list[dict[str, str]]:
    """Return the engine's line items as {column: value} with string values."""
    return [
        {column: str(cell["value"]) for column, cell in row.items()}
        for row in fields.get("line_items", [])
    ]


def amounts_equal(expected: dict, predicted: dict) -> bool:
    expected_amount = _decimal(expected.get("amount"))
    predicted_amount = _decimal(predicted.get("amount"))
    return expected_amount is not None and expected_amount == predicted_amount


def has_description_words(expected: dict, predicted: dict) -> bool:
    """Return whether every word of the expected description is a predicted word."""
    predicted_words = set(
        normalize_spaces(predicted.get("description", "")).lower().split()
    )
    expected_words = normalize_spaces(expected["description"]).lower().split()
    return all(word in predicted_words for word in expected_words)


def rows_match(expected: dict, predicted: dict) -> bool:
    """Return whether a predicted row has the expected amount and description words."""
    return amounts_equal(expected, predicted) and has_description_words(
        expected, predicted
    )


def match_rows(
    expected_rows: list[dict], found_rows: list[dict]
) -> list[tuple[int, int]]:
    """Pair each expected row with at most one predicted row, as index pairs.

    Returns (expected index, predicted index) tuples. Rows are paired greedily in
    the order of the predicted rows, so of two equal expected rows the first
    matching predicted row takes the first one.
    """
    pairs = []
    used_expected: set[int] = set()
    for found_index, found in enumerate(found_rows):
        for expected_index, expected in enumerate(expected_rows):
            if expected_index not in used_expected and rows_match(expected, found):
                used_expected.add(expected_index)
                pairs.append((expected_index, found_index))
                break
    return pairs


def column_correct(column: str, expected: dict, predicted: dict) -> bool:
    """Return whether a matched row's column contains the expected value."""
    if column in _NUMERIC_COLUMNS:
        value = _decimal(predicted.get(column))
        return value is not None and value == _decimal(expected[column])
    return normalize_spaces(predicted.get(column, "")) == normalize_spaces(
        expected[column]
    )


def _unmatched_kind(expected: dict, found_rows: list[dict]) -> str:
    if any(amounts_equal(expected, found) for found in found_rows):
        return "description_words_missing"
    return "no_row_with_amount"


def _subset(document) -> str:
    noise = "noisy" if getattr(document, "noisy", False) else "clean"
    return f"{getattr(document, 'language', 'corpus')} {noise}"


def evaluate_line_items(documents, engine) -> dict:
    """Extract each document with its true type and score its line items.

    `documents` are synthetic or corpus documents with `expected_items`. A document
    without expected rows still counts the rows the engine finds as false positives,
    so pass only documents whose tables are labelled.
    """
    rows = FieldCounts()
    by_type: dict[str, FieldCounts] = defaultdict(FieldCounts)
    by_subset: dict[str, FieldCounts] = defaultdict(FieldCounts)
    columns = {column: {"correct": 0, "total": 0} for column in SCORED_COLUMNS}
    misses = []
    for document in documents:
        extraction = engine.extract(document.text, document_type=document.document_type)
        expected_rows = document.expected_items
        found_rows = predicted_rows(extraction.fields)
        pairs = match_rows(expected_rows, found_rows)
        tp = len(pairs)
        fp = len(found_rows) - tp
        fn = len(expected_rows) - tp
        for counts in (
            rows,
            by_type[document.document_type],
            by_subset[_subset(document)],
        ):
            counts.tp += tp
            counts.fp += fp
            counts.fn += fn

        for expected_index, found_index in pairs:
            expected, found = expected_rows[expected_index], found_rows[found_index]
            for column in SCORED_COLUMNS:
                if column not in expected:
                    continue
                columns[column]["total"] += 1
                if column_correct(column, expected, found):
                    columns[column]["correct"] += 1
                else:
                    misses.append(
                        {
                            "document": document.id,
                            "kind": f"{column}_wrong",
                            "expected": expected,
                            "predicted": found,
                        }
                    )

        matched_expected = {expected_index for expected_index, _ in pairs}
        matched_found = {found_index for _, found_index in pairs}
        for index, expected in enumerate(expected_rows):
            if index not in matched_expected:
                misses.append(
                    {
                        "document": document.id,
                        "kind": _unmatched_kind(expected, found_rows),
                        "expected": expected,
                        "predicted": None,
                    }
                )
        for index, found in enumerate(found_rows):
            if index not in matched_found:
                misses.append(
                    {
                        "document": document.id,
                        "kind": "extra_row",
                        "expected": None,
                        "predicted": found,
                    }
                )

    return {
        "documents": len(documents),
        "rows": rows.as_dict(),
        "rows_by_type": {code: by_type[code].as_dict() for code in sorted(by_type)},
        "rows_by_subset": {
            name: by_subset[name].as_dict() for name in sorted(by_subset)
        },
        "columns": {
            column: {
                **counts,
                "accuracy": counts["correct"] / counts["total"]
                if counts["total"]
                else None,
            }
            for column, counts in columns.items()
        },
        "misses": misses,
    }


def _figure(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _row_line(name: str, counts: dict) -> str:
    return (
        f"  {name:<14} {_figure(counts['precision'])}  {_figure(counts['recall'])}"
        f"  {_figure(counts['f1'])}  {counts['tp']:>4} {counts['fp']:>4}"
        f" {counts['fn']:>4}"
    )


def print_line_items(figures: dict, name: str = "line_items") -> None:
    """Print the figures of `evaluate_line_items` under the heading `name`."""
    counts = figures["rows"]
    print(f"\n## {name}: {figures['documents']} documents")
    print(
        f"Rows P {_figure(counts['precision'])}  R {_figure(counts['recall'])}"
        f"  F1 {_figure(counts['f1'])}  (TP {counts['tp']}, FP {counts['fp']},"
        f" FN {counts['fn']})"
    )
    print("Rows by type     P      R      F1     TP   FP   FN")
    for code, type_counts in figures["rows_by_type"].items():
        print(_row_line(code, type_counts))
    print("Rows by text     P      R      F1     TP   FP   FN")
    for subset, subset_counts in figures["rows_by_subset"].items():
        print(_row_line(subset, subset_counts))
    print("Matched rows     accuracy  correct/total")
    for column, column_counts in figures["columns"].items():
        print(
            f"  {column:<14} {_figure(column_counts['accuracy'])}"
            f"     {column_counts['correct']}/{column_counts['total']}"
        )


def main() -> None:
    from ai_agents.engines import get_engine

    from .corpus import load_corpus
    from .synthetic import generate_split

    engine = get_engine(embeddings="off")
    synthetic = [
        document for document in generate_split("test") if document.expected_items
    ]
    corpus, _skipped = load_corpus()
    sets = {
        "line_items synthetic_test": synthetic,
        "line_items corpus": [
            document for document in corpus if document.expected_items
        ],
    }
    for name, documents in sets.items():
        figures = evaluate_line_items(documents, engine)
        print_line_items(figures, name)
        for miss in figures["misses"][:20]:
            print(f"  miss {miss}")


if __name__ == "__main__":
    main()
