"""Scores of the benchmark: type accuracy, field precision and recall, and ECE."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

SCALAR_FIELDS = ("number", "date", "total", "currency")
REQUISITE_KINDS = ("inn", "kpp", "bik", "account")
_SCORED_KINDS = frozenset(SCALAR_FIELDS + REQUISITE_KINDS)


def predicted_fields(fields: dict) -> dict[str, str]:
    """Return the scored fields of an extraction as {path: value}.

    Paths are "number", "date", "total", "currency" and "parties.<role>.<kind>" for
    INN, KPP, BIK and account.
    """
    found = {}
    for name in SCALAR_FIELDS:
        if name in fields:
            found[name] = str(fields[name]["value"])
    for role, party in fields.get("parties", {}).items():
        for kind in REQUISITE_KINDS:
            if kind in party:
                found[f"parties.{role}.{kind}"] = str(party[kind]["value"])
    return found


def field_kind(path: str) -> str:
    return path.rsplit(".", 1)[-1]


@dataclass
class FieldCounts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        found = self.tp + self.fp
        return self.tp / found if found else None

    @property
    def recall(self) -> float | None:
        expected = self.tp + self.fn
        return self.tp / expected if expected else None

    @property
    def f1(self) -> float | None:
        precision, recall = self.precision, self.recall
        if not precision or not recall:
            return 0.0 if (precision is not None or recall is not None) else None
        return 2 * precision * recall / (precision + recall)

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class FieldScores:
    """Field counts per kind ("inn") and per role and kind ("seller.inn")."""

    by_kind: dict[str, FieldCounts] = field(
        default_factory=lambda: defaultdict(FieldCounts)
    )
    by_role: dict[str, FieldCounts] = field(
        default_factory=lambda: defaultdict(FieldCounts)
    )
    misses: list[dict] = field(default_factory=list)

    def _count(self, path: str, outcome: str) -> None:
        keys = [field_kind(path)]
        counters = [self.by_kind]
        if path.startswith("parties."):
            keys.append(path.removeprefix("parties."))
            counters.append(self.by_role)
        for counter, key in zip(counters, keys, strict=True):
            counts = counter[key]
            setattr(counts, outcome, getattr(counts, outcome) + 1)

    def add(
        self,
        document_id: str,
        expected: dict[str, str | None],
        predicted: dict[str, str],
        *,
        complete_parties: bool,
    ) -> None:
        """Count one document's fields.

        A path expected as None counts a false positive when found. Found
        requisites at paths that `expected` lacks count as false positives only
        when `complete_parties` states that the document lists every requisite it has.
        Requisites that the engine leaves "unassigned" never count as false
        positives: a labelled one is already a false negative of its role, and
        others, such as counterparties in a statement, are not wrong.
        """
        for path, value in expected.items():
            if field_kind(path) not in _SCORED_KINDS:
                continue  # labelled for reference only, such as an IBAN
            found = predicted.get(path)
            if value is None:
                if found is not None:
                    self._count(path, "fp")
                    self._miss(document_id, path, value, found)
                continue
            if found == value:
                self._count(path, "tp")
                continue
            self._count(path, "fn")
            if found is not None:
                self._count(path, "fp")
            self._miss(document_id, path, value, found)
        if not complete_parties:
            return
        for path, found in predicted.items():
            role = path.split(".")[1] if path.startswith("parties.") else ""
            if role and not role.startswith("unassigned") and path not in expected:
                self._count(path, "fp")
                self._miss(document_id, path, None, found)

    def _miss(self, document_id: str, path: str, expected, found) -> None:
        self.misses.append(
            {
                "document": document_id,
                "path": path,
                "expected": expected,
                "found": found,
            }
        )


@dataclass
class TypeScores:
    """Type predictions: correct counts per expected type and confusions."""

    total: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)
    confusions: Counter = field(default_factory=Counter)
    confidences: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, expected: str, predicted: str, confidence: float) -> None:
        self.total[expected] += 1
        right = expected == predicted
        self.correct[expected] += right
        if not right:
            self.confusions[(expected, predicted)] += 1
        self.confidences.append((confidence, right))

    @property
    def accuracy(self) -> float:
        count = sum(self.total.values())
        return sum(self.correct.values()) / count if count else 0.0


def reliability(
    confidences: list[tuple[float, bool]], bins: int = 10
) -> tuple[float, list[dict]]:
    """Return the expected calibration error and the per-bin table.

    Bins split 0..1 into `bins` equal widths, the last one closed at 1. ECE is the
    mean over documents of |accuracy - mean confidence| of their bin.
    """
    rows = []
    total = len(confidences)
    error = 0.0
    for index in range(bins):
        low, high = index / bins, (index + 1) / bins
        members = [
            (confidence, right)
            for confidence, right in confidences
            if low <= confidence < high or (index == bins - 1 and confidence == 1.0)
        ]
        if not members:
            rows.append({"low": low, "high": high, "count": 0})
            continue
        mean_confidence = sum(c for c, _ in members) / len(members)
        accuracy = sum(r for _, r in members) / len(members)
        error += abs(accuracy - mean_confidence) * len(members) / total
        rows.append(
            {
                "low": low,
                "high": high,
                "count": len(members),
                "confidence": mean_confidence,
                "accuracy": accuracy,
            }
        )
    return error, rows
