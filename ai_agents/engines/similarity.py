"""Similarity of a document to operator example texts, with no model.

Each text becomes two TF-IDF vectors over its folded text: one of words and one of
character 3-grams of those words. Words carry the vocabulary, and 3-grams keep a
word that OCR damaged ("дeклapация", "деклараиия") partly matching. Digits are
dropped, because numbers and dates differ between documents of one type. The
similarity of two texts is the mean of the cosines of the two vector pairs, from 0
to 1. The IDF comes from all example texts of all types, so words that every type's
examples share ("ООО", "ИНН") weigh less than words typical of one type.
"""

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .taxonomy import DocumentType
from .text import NormalizedText, fold

_WORD_RE = re.compile(r"[^\W\d_]{2,}")
# Function words of two or more letters; shorter words are never features.
_STOP_WORD_TEXT = (
    "во на по от до за из со об не но или что как это для при то же ли бы так его "
    "ее их он она они мы вы the of and to in for on at by with from or an is are be "
    "this that as it"
)
_STOP_WORDS = frozenset(fold(word) for word in _STOP_WORD_TEXT.split())
# A long document is also compared by its start, where a type's distinctive header
# usually is, so that pages of tables do not dilute the similarity.
HEAD_CHARS = 4000

Vector = dict[str, float]


def _features(folded: str) -> tuple[Counter[str], Counter[str]]:
    words = Counter(
        word for word in _WORD_RE.findall(folded) if word not in _STOP_WORDS
    )
    grams: Counter[str] = Counter()
    for word, count in words.items():
        padded = f" {word} "
        for index in range(len(padded) - 2):
            grams[padded[index : index + 3]] += count
    return words, grams


class _Idf:
    """Smoothed inverse document frequency over a fixed set of texts."""

    def __init__(self, texts: Iterable[Counter[str]]) -> None:
        frequencies: Counter[str] = Counter()
        count = 0
        for terms in texts:
            frequencies.update(terms.keys())
            count += 1
        self._weights = {
            term: math.log((1 + count) / (1 + frequency)) + 1
            for term, frequency in frequencies.items()
        }
        self._unseen = math.log(1 + count) + 1

    def vector(self, counts: Counter[str]) -> Vector:
        """Return the unit-length TF-IDF vector of `counts`, with sublinear TF."""
        vector = {
            term: (1 + math.log(count)) * self._weights.get(term, self._unseen)
            for term, count in counts.items()
        }
        norm = math.sqrt(sum(weight * weight for weight in vector.values()))
        if norm == 0:
            return {}
        return {term: weight / norm for term, weight in vector.items()}


def _cosine(unit_a: Vector, unit_b: Vector) -> float:
    if len(unit_a) > len(unit_b):
        unit_a, unit_b = unit_b, unit_a
    return sum(weight * unit_b.get(term, 0.0) for term, weight in unit_a.items())


class ExampleIndex:
    """The example texts of document types, vectorized once for repeated lookups."""

    def __init__(self, document_types: Sequence[DocumentType]) -> None:
        examples = [
            (document_type.code, _features(NormalizedText(example).text))
            for document_type in document_types
            for example in document_type.examples
            if example.strip()
        ]
        self._word_idf = _Idf(words for _, (words, _) in examples)
        self._gram_idf = _Idf(grams for _, (_, grams) in examples)
        self._vectors = [
            (code, self._word_idf.vector(words), self._gram_idf.vector(grams))
            for code, (words, grams) in examples
        ]

    def __bool__(self) -> bool:
        return bool(self._vectors)

    @property
    def codes(self) -> frozenset[str]:
        """Codes of the types that have at least one example."""
        return frozenset(code for code, _, _ in self._vectors)

    def best_similarities(self, folded: str) -> dict[str, float]:
        """Return, per type code, the highest similarity of `folded` to its examples.

        `folded` is a document's folded text (`NormalizedText.text`).
        """
        if not self._vectors:
            return {}
        views = [self._document_vectors(folded)]
        if len(folded) > HEAD_CHARS * 1.5:
            views.append(self._document_vectors(folded[:HEAD_CHARS]))
        best: dict[str, float] = {}
        for code, word_vector, gram_vector in self._vectors:
            similarity = max(
                (_cosine(words, word_vector) + _cosine(grams, gram_vector)) / 2
                for words, grams in views
            )
            best[code] = max(best.get(code, 0.0), similarity)
        return best

    def _document_vectors(self, folded: str) -> tuple[Vector, Vector]:
        words, grams = _features(folded)
        return self._word_idf.vector(words), self._gram_idf.vector(grams)
