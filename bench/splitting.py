"""Accuracy of dividing a multi-document upload into its documents.

The upload pipeline reads a file page by page and starts a new part where a new
document begins (`documents.services.splitting`). This benchmark builds such files
from the clean held-out documents of sets A and C to N as the scanned benchmark
prints and reads them (`bench.scanned`, with its OCR cache), so every page is real
Tesseract output. Every other document of at least MIN_SPLIT_LINES lines that fits
on one page is cut into two pages at 60% of its lines, as when a document runs
onto a second page with no page marker. The documents are shuffled with a fixed
seed and dealt into files of one to four documents, so two documents of one type
often follow each other.

It prints, for the splitter as shipped and for other values of its two confidence
limits (MIN_TYPE_CONFIDENCE and MIN_RUNNER_UP_CONFIDENCE):

- boundary precision, recall and F1, where a boundary is the first page of every
  document but the first of its file;
- the share of files divided exactly right;
- with `--misses N`, the first N wrong splits (a document cut in two) and merges
  (two documents left in one part).

Each page is classified and extracted once; the limits are then applied to the
same analyses. Run it with the settings module's environment, as the tests do:

    DJANGO_SECRET_KEY=x .venv/bin/python -m bench.splitting --misses 10
"""

import argparse
import logging
import os
import random
from dataclasses import dataclass
from functools import lru_cache

SEED = 20261205
MIN_SPLIT_LINES = 24
SPLIT_AT = 0.6
FILE_SIZES = (1, 2, 2, 3, 3, 4)
TYPE_LIMITS = (0.6, 0.7, 0.8, 0.9, 0.95)
RUNNER_UP_LIMITS = (0.0001, 0.001, 0.01)


@dataclass(frozen=True)
class Bundle:
    """One built file: its page texts and the id of the document of each page."""

    pages: tuple[str, ...]
    owners: tuple[str, ...]

    def true_starts(self) -> set[int]:
        return {
            index
            for index in range(1, len(self.owners))
            if self.owners[index] != self.owners[index - 1]
        }


@dataclass
class SplitScores:
    """Boundary counts and exact files over a run of the splitter."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    files: int = 0

    def add(self, bundle: Bundle, ranges: list[tuple[int, int]]) -> None:
        expected = bundle.true_starts()
        found = {first for first, _ in ranges if first > 0}
        self.tp += len(expected & found)
        self.fp += len(found - expected)
        self.fn += len(expected - found)
        self.files += 1
        self.exact += expected == found

    def figures(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        total = precision + recall
        return {
            "precision": precision,
            "recall": recall,
            "f1": 2 * precision * recall / total if total else 0.0,
            "exact_files": self.exact / self.files if self.files else 1.0,
        }


def document_pages(page_texts: tuple[str, ...], index: int) -> tuple[str, ...]:
    """Return a document's pages, cutting every other one-page document in two."""
    if len(page_texts) != 1 or index % 2:
        return page_texts
    lines = page_texts[0].splitlines()
    if sum(1 for line in lines if line.strip()) < MIN_SPLIT_LINES:
        return page_texts
    cut = int(len(lines) * SPLIT_AT)
    return ("\n".join(lines[:cut]), "\n".join(lines[cut:]))


def build_bundles(documents) -> list[Bundle]:
    """Deal scanned documents into files of one to four, in a fixed order."""
    pages = [
        (document.id, document_pages(document.page_texts, index))
        for index, document in enumerate(documents)
    ]
    rng = random.Random(SEED)  # noqa: S311
    rng.shuffle(pages)
    bundles = []
    while pages:
        size = rng.choice(FILE_SIZES)
        chosen, pages = pages[:size], pages[size:]
        bundles.append(
            Bundle(
                pages=tuple(text for _, texts in chosen for text in texts),
                owners=tuple(owner for owner, texts in chosen for _ in texts),
            )
        )
    return bundles


class MemoEngine:
    """The engine with its classify and extract results kept per text.

    Every limit is tried on the same pages, so each page is read only once.
    """

    def __init__(self, engine):
        self._engine = engine
        self.classify = lru_cache(maxsize=None)(self._classify)
        self.extract = lru_cache(maxsize=None)(self._extract)

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def _classify(self, text, candidates=None):
        return self._engine.classify(text, candidates=candidates)

    def _extract(self, text, document_type=None):
        return self._engine.extract(text, document_type=document_type)


def run(bundles, engine, splitting, misses: list | None = None) -> dict:
    """Split every bundle with the splitter's current limits and score it."""
    scores = SplitScores()
    for number, bundle in enumerate(bundles):
        ranges = splitting.page_ranges(number, list(bundle.pages), engine=engine)
        scores.add(bundle, ranges)
        if misses is not None:
            misses.extend(_misses(bundle, ranges))
    return scores.figures()


def _misses(bundle: Bundle, ranges) -> list[str]:
    found = {first for first, _ in ranges if first > 0}
    expected = bundle.true_starts()
    owners = bundle.owners
    lines = [
        f"split inside {owners[index]} before its page"
        f" {owners[:index].count(owners[index]) + 1}"
        for index in sorted(found - expected)
    ]
    lines += [
        f"merged {owners[index - 1]} with {owners[index]}"
        for index in sorted(expected - found)
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="wrong splits to print")
    parser.add_argument(
        "--ocr-workers", type=int, default=2, help="OCR processes for uncached pages"
    )
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docai.settings")
    import django

    django.setup()
    # The service logs a line per page, which would bury the figures.
    for name in ("ai_agents", "documents"):
        logging.getLogger(name).setLevel(logging.WARNING)
    from ai_agents.engines import get_engine
    from documents.services import splitting

    from .accuracy import tuned_holdout_documents
    from .scanned import scan_documents

    clean = [d for d in tuned_holdout_documents() if not d.noisy]
    documents = scan_documents(clean, workers=args.ocr_workers)
    bundles = build_bundles(documents)
    pages = sum(len(bundle.pages) for bundle in bundles)
    boundaries = sum(len(bundle.true_starts()) for bundle in bundles)
    print(
        f"# Splitting: {len(bundles)} files, {len(documents)} documents, {pages} pages,"
        f" {boundaries} boundaries"
    )
    engine = MemoEngine(get_engine())
    shipped = (splitting.MIN_TYPE_CONFIDENCE, splitting.MIN_RUNNER_UP_CONFIDENCE)
    misses: list[str] = []
    figures = run(bundles, engine, splitting, misses)
    print("type limit  runner-up limit  precision  recall  F1     exact files")
    _print_row(shipped, figures, "  (as shipped)")
    for type_limit in TYPE_LIMITS:
        for runner_up_limit in RUNNER_UP_LIMITS:
            if (type_limit, runner_up_limit) == shipped:
                continue
            splitting.MIN_TYPE_CONFIDENCE = type_limit
            splitting.MIN_RUNNER_UP_CONFIDENCE = runner_up_limit
            _print_row((type_limit, runner_up_limit), run(bundles, engine, splitting))
    splitting.MIN_TYPE_CONFIDENCE, splitting.MIN_RUNNER_UP_CONFIDENCE = shipped
    for line in misses[: args.misses]:
        print(f"  {line}")


def _print_row(limits, figures: dict, suffix: str = "") -> None:
    print(
        f"{limits[0]:<10}  {limits[1]:<15}  {figures['precision']:.3f}      "
        f"{figures['recall']:.3f}   {figures['f1']:.3f}  {figures['exact_files']:.3f}"
        f"{suffix}"
    )


if __name__ == "__main__":
    main()
