"""Speed of the embedded engine, as ratios between runs in one process.

Prints how classify + extract time grows in three cases. The first is ten pages
against one, where linear growth gives about 10. The second is fifty operator
types against the built-in ones, and the third the sentence-embedding signal
against none. They are ratios, not seconds, so that they compare across machines.

Then it prints the growth on hostile texts, 300 000 characters (the API's
default limit) against 30 000. Some put one thing on a long line: spaces, spaces
after a title or a caption, digits before a full stop, amounts, dates or number
captions. Others are blank lines after a period's start, repeated party
definitions, a word of capitals and small l, and lines opened by long runs of
blanks. Linear growth gives about 10, and a quadratic rule about 100.

    .venv/bin/python -m bench.speed
"""

import argparse
import time

from ai_agents.engines import EmbeddedEngine
from ai_agents.engines.taxonomy import DocumentType, FieldSpec, merge_types
from bench.synthetic import generate_split

PAGE_CHARS = 3000  # an estimate of the characters on a dense A4 page


HOSTILE_SMALL, HOSTILE_LARGE = 30_000, 300_000
_DEFINITION = "ООО «Альфа», именуемое в дальнейшем «Поставщик», "
_RECONCILIATION = "АКТ СВЕРКИ взаимных расчетов\nООО «Альфа», с одной стороны, и "
HOSTILE_TEXTS = {
    "line of spaces": lambda size: " " * size,
    "spaces after a title": lambda size: "Счет" + " " * size + "x\nИтого 5\n",
    "blank lines after a period's start": lambda size: (
        "Акт с 01.03.2025" + "\n" * size + "x"
    ),
    "digits before a full stop": lambda size: "1" * (size - 1) + ".",
    "amounts on one line": lambda size: "1,00 $ " * (size // 7),
    "total labels on one line": lambda size: "итого 1 " * (size // 8),
    "dates on one line": lambda size: "01/02/2024 " * (size // 11),
    "repeated definitions": lambda size: (
        (_DEFINITION * (size // 2 // 50)) + "\n" + "ООО «Альфа»\n" * (size // 24)
    ),
    "quoted names between the sides of a reconciliation act": lambda size: (
        _RECONCILIATION + "«А» " * (size // 4) + " ООО «Бета», с другой стороны\n"
    ),
    "blank tail of a reconciliation act": lambda size: _RECONCILIATION + " " * size,
    "one amount of endless thousands": lambda size: "Итого 1" + " 000" * (size // 4),
    "thousands read as letters": lambda size: "Итого 1" + " ооо" * (size // 4),
    "number signs on one line": lambda size: "no " * (size // 3),
    "spaces after a role caption": lambda size: (
        "Seller" + " " * size + "INN 7707083893"
    ),
    "spaces after an amount caption": lambda size: "Счет\nСумма" + " " * size + "x\n",
    "number captions in cells": lambda size: "Invoice\n" + "| No " * (size // 5),
    "a word of capitals and small l": lambda size: "AlA" * (size // 3) + "1\n",
    "lines opened by blanks": lambda size: ("|" + " " * 998 + "\n") * (size // 1000),
}


def page_text(pages: int) -> str:
    """Return generated documents joined until they fill `pages` pages."""
    texts = [document.text for document in generate_split("test", 1)]
    text = "\n\n".join(texts)
    copies = pages * PAGE_CHARS // len(text) + 1
    return "\n\n".join([text] * copies)[: pages * PAGE_CHARS]


def operator_types(count: int) -> list[DocumentType]:
    """Return `count` operator types, each with keywords, examples and a field."""
    return [
        DocumentType(
            f"custom_{index}",
            f"Вид {index}",
            f"Kind {index}",
            "",
            keywords=(f"документ вида {index}",),
            examples=(f"Документ вида {index}\nРегистрационный номер {index}-1",),
            fields=(FieldSpec("reg_number", "number", ("Регистрационный номер",)),),
            builtin=False,
        )
        for index in range(count)
    ]


def seconds(engine: EmbeddedEngine, text: str, repeats: int) -> float:
    """Return the best time of `repeats` classify + extract runs on `text`."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        engine.classify(text)
        engine.extract(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    options = parser.parse_args()
    plain = EmbeddedEngine(embeddings="off")
    one_page, ten_pages = page_text(1), page_text(10)
    base = seconds(plain, one_page, options.repeats)
    print(f"reference: one page, built-in types, no embeddings: {base * 1000:.1f} ms")
    many = EmbeddedEngine(
        document_types=merge_types(operator_types(50)), embeddings="off"
    )
    ratios = {
        "ten pages / one page": seconds(plain, ten_pages, options.repeats) / base,
        "fifty operator types / built-in, one page": (
            seconds(many, one_page, options.repeats) / base
        ),
    }
    try:
        embedded = EmbeddedEngine(embeddings="on")
    except RuntimeError as error:
        print(f"embedding signal unavailable: {error}")
    else:
        # Vary the text so that no run reuses a cached vector.
        texts = [f"{index}\n{one_page}" for index in range(options.repeats)]
        best = min(seconds(embedded, text, 1) for text in texts)
        ratios["embeddings on / off, one page"] = best / base
    for name, ratio in ratios.items():
        print(f"{name}: {ratio:.1f}x")
    for name, make in HOSTILE_TEXTS.items():
        small = seconds(plain, make(HOSTILE_SMALL), 1)
        large = seconds(plain, make(HOSTILE_LARGE), 1)
        print(f"hostile {name}, 300k / 30k characters: {large / small:.1f}x")


if __name__ == "__main__":
    main()
