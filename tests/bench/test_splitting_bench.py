"""Scores and files of the splitting benchmark (bench.splitting)."""

from types import SimpleNamespace

from bench.splitting import (
    MIN_SPLIT_LINES,
    Bundle,
    SplitScores,
    build_bundles,
    document_pages,
)


def _bundle(*owners: str) -> Bundle:
    return Bundle(pages=tuple(f"page {i}" for i in range(len(owners))), owners=owners)


def test_bundle_true_starts():
    assert _bundle("a", "a", "b", "c", "c").true_starts() == {2, 3}


def test_scores_wrong_split_and_merge():
    scores = SplitScores()
    scores.add(_bundle("a", "a", "b", "c"), [(0, 0), (1, 2), (3, 3)])
    figures = scores.figures()
    assert (scores.tp, scores.fp, scores.fn) == (1, 1, 1)
    assert figures["precision"] == 0.5
    assert figures["recall"] == 0.5
    assert figures["exact_files"] == 0.0


def test_scores_exact_file():
    scores = SplitScores()
    scores.add(_bundle("a", "b"), [(0, 0), (1, 1)])
    scores.add(_bundle("c"), [(0, 0)])
    assert scores.figures() == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "exact_files": 1.0,
    }


def test_document_pages_cut():
    long_page = "\n".join(f"line {n}" for n in range(MIN_SPLIT_LINES + 6))
    cut = document_pages((long_page,), 0)
    assert len(cut) == 2
    assert "\n".join(cut) == long_page
    assert document_pages((long_page,), 1) == (long_page,)
    assert document_pages(("short\npage",), 0) == ("short\npage",)
    assert document_pages(("one", "two"), 0) == ("one", "two")


def test_bundles_keep_every_page():
    documents = [
        SimpleNamespace(id=f"d{n}", page_texts=(f"{n}-1", f"{n}-2")) for n in range(9)
    ]
    bundles = build_bundles(documents)
    owners = [owner for bundle in bundles for owner in bundle.owners]
    assert sorted(set(owners)) == [f"d{n}" for n in range(9)]
    assert len(owners) == 18
    for bundle in bundles:
        assert 1 <= len(set(bundle.owners)) <= 4
        for owner, text in zip(bundle.owners, bundle.pages, strict=True):
            assert text.split("-")[0] == owner[1:]
