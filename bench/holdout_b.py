"""Second held-out benchmark set, kept for measurement only.

The documents are written independently of the first held-out set
(`bench.holdout`) and of the project's templates, so that accuracy on them
estimates accuracy on documents that no one tuned the engine against. Do not
adjust the engine to this set's misses. The labels follow the conventions of
`bench.holdout`: paths of `bench.metrics.predicted_fields`, None for a field the
document clearly lacks, and "parties.<role>.iban" for foreign accounts, which
are not scored.
"""

from .holdout import HoldoutDocument


def load_holdout_b() -> list[HoldoutDocument]:
    """Return the second held-out set, Russian first, in a fixed order."""
    from .holdout_b_en import ENGLISH_DOCUMENTS
    from .holdout_b_ru import RUSSIAN_DOCUMENTS

    return [*RUSSIAN_DOCUMENTS, *ENGLISH_DOCUMENTS]
