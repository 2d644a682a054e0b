"""Speed of the embedded engine on a long document."""

import time

from ai_agents.engines import get_engine

from .samples import SAMPLES

PAGE_CHARS = 3000  # an estimate of the characters on a dense A4 page


def ten_page_text() -> str:
    text = "\n\n".join(sample.text for sample in SAMPLES)
    copies = 10 * PAGE_CHARS // len(text) + 1
    return "\n\n".join([text] * copies)


def test_ten_pages_under_one_second():
    engine = get_engine()
    text = ten_page_text()

    started = time.perf_counter()
    engine.classify(text)
    engine.extract(text)
    elapsed = time.perf_counter() - started

    assert len(text) >= 10 * PAGE_CHARS
    assert elapsed < 1.0, f"classify + extract took {elapsed:.2f} s"


def elapsed_seconds(text: str) -> float:
    engine = get_engine()
    started = time.perf_counter()
    engine.classify(text)
    engine.extract(text)
    return time.perf_counter() - started


def test_repeated_number_words_stay_linear():
    # A search that backtracks over every run of number words is quadratic:
    # 4,000 words took 2 s and 60,000 words over 300 s before the bound.
    short = elapsed_seconds("сто " * 5000)

    long = elapsed_seconds("сто " * 50000)

    assert long < 30 * short + 1.0, f"{short:.2f} s then {long:.2f} s"
