"""Benchmark split of numeric dates whose day and month could be swapped.

The synthetic templates write dates in forms that cannot be misread ("March 4,
2024", "04.03.2024"). This split rewrites every date of the same documents with
slashes, in the order their writers use: month first in English documents priced
in US dollars, day first in other English documents and in Russian ones. It
scores the document date, counts the swappable dates ("03/04/2024") that the
engine marks `ambiguous`, and counts the dates that cannot be swapped
("25/04/2024", "04/04/2024") but are marked anyway.

Run it through `python -m bench.accuracy`, or alone with
`python -m bench.numeric_dates`.
"""

import random
import re
from dataclasses import dataclass
from datetime import date
from unittest import mock

from . import templates_en, templates_ru
from .draft import Draft
from .metrics import FieldScores

PER_TYPE_AND_LANGUAGE = 10
_SEED = "numeric-dates"
# A date is written as this placeholder first (upper-cased in some titles), because
# the order of its numbers depends on the currency that the template picks later.
_PLACEHOLDER_RE = re.compile(r"\{date:(\d{4})-(\d{2})-(\d{2})\}", re.IGNORECASE)
_US_DOLLAR_RE = re.compile(r"\$|\bUSD\b")
_TEMPLATES = {"ru": templates_ru, "en": templates_en}


@dataclass(frozen=True)
class NumericDateDocument:
    """A synthetic document whose dates are written with slashes."""

    id: str
    document_type: str
    language: str
    order: str
    text: str
    expected: dict[str, str | None]
    slashed: frozenset[str]  # ISO dates that the text writes with slashes


def _placeholder(_rng: random.Random, day: date) -> str:
    return f"{{date:{day.isoformat()}}}"


def _writer_order(language: str, text: str) -> str:
    """Return "mdy" for an English document priced in US dollars, else "dmy"."""
    if language == "en" and _US_DOLLAR_RE.search(text):
        return "mdy"
    return "dmy"


def _write_dates(text: str, order: str) -> str:
    def numeric(match: re.Match[str]) -> str:
        year, month, day = match.groups()
        if order == "mdy":
            return f"{month}/{day}/{year}"
        return f"{day}/{month}/{year}"

    return _PLACEHOLDER_RE.sub(numeric, text)


def generate_document(
    document_type: str, language: str, index: int
) -> NumericDateDocument:
    """Generate one document. The same arguments always give the same document."""
    module = _TEMPLATES[language]
    # A seeded generator makes the split reproducible; nothing here is secret.
    rng = random.Random(f"{_SEED}:{document_type}:{language}:{index}")  # noqa: S311
    draft = Draft(rng)
    with (
        mock.patch.object(templates_ru, "date_ru", _placeholder),
        mock.patch.object(templates_en, "date_en", _placeholder),
    ):
        module.TEMPLATES[document_type](draft)
    text = draft.text()
    order = _writer_order(language, text)
    slashed = frozenset(
        "-".join(match.groups()) for match in _PLACEHOLDER_RE.finditer(text)
    )
    return NumericDateDocument(
        id=f"numeric-dates/{language}/{document_type}/{index}",
        document_type=document_type,
        language=language,
        order=order,
        text=_write_dates(text, order),
        expected=dict(draft.expected),
        slashed=slashed,
    )


def generate_numeric_dates(
    per_type_and_language: int = PER_TYPE_AND_LANGUAGE,
) -> list[NumericDateDocument]:
    """Generate `per_type_and_language` documents of every type in both languages."""
    return [
        generate_document(document_type, language, index)
        for document_type in templates_ru.TEMPLATES
        for language in _TEMPLATES
        for index in range(per_type_and_language)
    ]


def is_swappable(iso: str) -> bool:
    """Return whether the day and month of an ISO date could be read either way."""
    day = date.fromisoformat(iso)
    return day.day <= 12 and day.day != day.month


def evaluate_numeric_dates(documents: list[NumericDateDocument], engine) -> dict:
    """Extract each document with its true type and score its date and marks."""
    scores = FieldScores()
    swappable = marked = unswappable = wrongly_marked = 0
    for document in documents:
        extraction = engine.extract(document.text, document_type=document.document_type)
        found = extraction.fields.get("date")
        expected = {"date": document.expected.get("date")}
        if expected["date"] is None:
            continue
        predicted = {} if found is None else {"date": str(found["value"])}
        scores.add(document.id, expected, predicted, complete_parties=False)
        # Some templates print a date in a fixed form, which has nothing to mark.
        if expected["date"] not in document.slashed:
            continue
        if found is None or predicted["date"] != expected["date"]:
            continue
        if is_swappable(expected["date"]):
            swappable += 1
            marked += bool(found.get("ambiguous"))
        else:
            unswappable += 1
            wrongly_marked += bool(found.get("ambiguous"))
    return {
        "documents": len(documents),
        "date": scores.by_kind["date"].as_dict(),
        "swappable_read": swappable,
        "swappable_marked": marked,
        "unswappable_read": unswappable,
        "unswappable_marked": wrongly_marked,
        "misses": scores.misses,
    }


def print_numeric_dates(figures: dict) -> None:
    """Print the figures of `evaluate_numeric_dates`."""
    counts = figures["date"]
    print(f"\n## numeric_dates: {figures['documents']} documents")
    print(
        f"Date P {counts['precision']:.3f}  R {counts['recall']:.3f}"
        f"  F1 {counts['f1']:.3f}  (TP {counts['tp']}, FP {counts['fp']},"
        f" FN {counts['fn']})"
    )
    print(
        f"Swappable dates read right and marked ambiguous: "
        f"{figures['swappable_marked']}/{figures['swappable_read']}"
    )
    print(
        f"Unswappable dates marked ambiguous: "
        f"{figures['unswappable_marked']}/{figures['unswappable_read']}"
    )


def main() -> None:
    from ai_agents.engines import get_engine

    engine = get_engine(embeddings="off")
    figures = evaluate_numeric_dates(generate_numeric_dates(), engine)
    print_numeric_dates(figures)
    for miss in figures["misses"][:20]:
        print(f"  miss {miss}")


if __name__ == "__main__":
    main()
