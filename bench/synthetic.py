"""Labelled synthetic documents for the benchmark, in Russian and English.

Every built-in document type has its own template per language (`templates_ru`,
`templates_en`), filled with random but valid values: INN, KPP, OGRN, BIK and
accounts with correct check digits, dates and amounts in several spellings. A
share of the documents gets OCR-like noise. Generation is deterministic: a
document's random state depends only on its split, type, language and index.

Run `python -m bench.synthetic --split test --type invoice --language ru` to
print documents with their expected values.
"""

import argparse
import random
from dataclasses import dataclass, field

from . import templates_en, templates_ru
from .draft import Draft

DOCUMENT_TYPES = tuple(templates_ru.TEMPLATES)
LANGUAGES = ("ru", "en")
# The calibration split fits the confidence temperature, and the test split is
# only measured. Their seeds differ, so no document is in both.
SPLIT_SEEDS = {"calibration": 1, "test": 2}
PER_TYPE_AND_LANGUAGE = 40
NOISY_SHARE = 0.3
NOISE_RATE = 0.02

_TEMPLATES = {"ru": templates_ru.TEMPLATES, "en": templates_en.TEMPLATES}

# Letters that OCR confuses between scripts, in both directions.
_LOOKALIKES = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX", strict=True))
_LOOKALIKES.update({latin: cyrillic for cyrillic, latin in _LOOKALIKES.items()})
_GLYPH_SWAPS = {"0": "O", "O": "0", "1": "l", "l": "1", "о": "0"}


@dataclass(frozen=True)
class SyntheticDocument:
    """A generated document with its type and the field values it contains.

    `expected` maps a field path ("total", "parties.payer.bik") to its value in the
    engine's output form, or to None when the document has no such field.
    `expected_items` lists the rows of its goods or services table, as recorded by
    `Draft.expect_items`. Noise changes the text but not these rows.
    """

    id: str
    split: str
    document_type: str
    language: str
    noisy: bool
    text: str
    expected: dict[str, str | None]
    expected_items: list[dict[str, str]] = field(default_factory=list)


def add_ocr_noise(text: str, rng: random.Random, rate: float = NOISE_RATE) -> str:
    """Return `text` with OCR-like errors at about `rate` per eligible character.

    Errors are look-alike letters of the other script, 0/O and 1/l swaps, dropped
    spaces and doubled spaces. Line breaks are kept.
    """
    output = []
    for char in text:
        roll = rng.random()
        if char == " ":
            if roll < rate:
                continue
            if roll < 2 * rate:
                output.append("  ")
                continue
        elif char in _LOOKALIKES and roll < rate:
            output.append(_LOOKALIKES[char])
            continue
        elif char in _GLYPH_SWAPS and roll < rate / 2:
            output.append(_GLYPH_SWAPS[char])
            continue
        output.append(char)
    return "".join(output)


def generate_document(
    split: str, document_type: str, language: str, index: int
) -> SyntheticDocument:
    """Generate one document. The same arguments always give the same document."""
    if split not in SPLIT_SEEDS:
        raise ValueError(f"Unknown split {split!r}. Use one of {sorted(SPLIT_SEEDS)}.")
    seed = f"{SPLIT_SEEDS[split]}:{document_type}:{language}:{index}"
    # A seeded generator makes the splits reproducible; nothing here is secret.
    rng = random.Random(seed)  # noqa: S311
    draft = Draft(rng)
    _TEMPLATES[language][document_type](draft)
    text = draft.text()
    noisy = rng.random() < NOISY_SHARE
    if noisy:
        text = add_ocr_noise(text, rng)
    return SyntheticDocument(
        id=f"{split}/{language}/{document_type}/{index}",
        split=split,
        document_type=document_type,
        language=language,
        noisy=noisy,
        text=text,
        expected=dict(draft.expected),
        expected_items=list(draft.expected_items),
    )


def generate_split(
    split: str, per_type_and_language: int = PER_TYPE_AND_LANGUAGE
) -> list[SyntheticDocument]:
    """Generate `per_type_and_language` documents of every type in both languages."""
    return [
        generate_document(split, document_type, language, index)
        for document_type in DOCUMENT_TYPES
        for language in LANGUAGES
        for index in range(per_type_and_language)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=sorted(SPLIT_SEEDS), default="test")
    parser.add_argument("--type", choices=DOCUMENT_TYPES, default="invoice")
    parser.add_argument("--language", choices=LANGUAGES, default="ru")
    parser.add_argument("--count", type=int, default=2, help="documents to print")
    parser.add_argument("--start", type=int, default=0, help="index of the first one")
    args = parser.parse_args()
    for index in range(args.start, args.start + args.count):
        document = generate_document(args.split, args.type, args.language, index)
        print(f"=== {document.id} noisy={document.noisy}")
        print(document.text)
        for path, value in sorted(document.expected.items()):
            print(f"  {path} = {value!r}")
        for row in document.expected_items:
            print(f"  line item {row}")
        print()


if __name__ == "__main__":
    main()
