"""Form and consistency of the set H benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

from datetime import date
from functools import partial

from bench.formats import MONTHS_EN, MONTHS_RU_GENITIVE
from bench.holdout_h import load_holdout_h
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    LOOK_ALIKES,
    amounts_in_text,
    comparable,
)
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F and G do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# Set H also has pound, franc and Singapore dollar invoices.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "GBP": ("GBP", "£"),
    "CHF": ("CHF",),
    "SGD": ("SGD",),
}
# Every rouble document of set H prints a currency mark.
UNMARKED_ROUBLE_DOCUMENTS: set[str] = set()
# Types labelled with `total` None. Their documents print no amount, except the letters,
# which name sums but are not payment documents.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements and the CMR, which prints no
# money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "h-ru-bank-statement-four-operations",
    "h-en-bank-statement-cny-account",
    "h-en-cmr-scan",
}
# The types that the set has the most of.
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 29
ENGLISH_COUNT = 17
MIN_NOISY_COUNT = 13
# OCR misreads of digits that the shared look-alike table does not map: set H's noisy
# documents also print B for 8, S for 5 and I for 1.
DIGIT_LOOK_ALIKES = str.maketrans({"B": "8", "S": "5", "I": "1"})
ENGLISH_ORDINAL_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
DOCUMENTS = load_holdout_h()


def repaired(text: str) -> str:
    """Map the digit look-alikes, then compare as a noisy text (see `comparable`)."""
    return comparable(text.translate(DIGIT_LOOK_ALIKES), noisy=True)


# Requisites in noisy documents are also found after `repaired` reads this set's
# DIGIT_LOOK_ALIKES as digits.
is_printed = partial(holdout_checks.is_printed, repair=repaired)


def extra_date_forms(value: date) -> list[str]:
    """Return the date forms of set H that `holdout_checks.date_forms` lacks.

    The forms are "9 дек. 2025", "8.12.25", "December 5th, 2025" and "2025.12.05".
    """
    day, month, year = value.day, value.month, value.year
    russian_short = MONTHS_RU_GENITIVE[month - 1][:3] + "."
    suffix = "th" if 11 <= day <= 13 else ENGLISH_ORDINAL_SUFFIXES.get(day % 10, "th")
    return [
        f"{day} {russian_short} {year}",
        f"{day}.{month:02}.{year % 100:02}",
        f"{MONTHS_EN[month - 1]} {day}{suffix}, {year}",
        f"{year}.{month:02}.{day:02}",
    ]


def printed_amounts(text: str, noisy: bool) -> set[str]:
    """Find the amounts of a text, with thin spaces read as spaces.

    In a noisy text the amounts are also read after look-alike letters are mapped to
    digits, by the shared table alone and after `DIGIT_LOOK_ALIKES`.
    """
    text = text.replace("\u2009", " ")
    amounts = holdout_checks.printed_amounts(text, noisy)
    if noisy:
        amounts |= amounts_in_text(
            text.translate(DIGIT_LOOK_ALIKES).translate(LOOK_ALIKES)
        )
    return amounts


HOLDOUT_SET = HoldoutSet(
    name="h",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    requisite_counts=(2, 15, None),
    requisite_printed=is_printed,
    repaired=repaired,
    extra_date_forms=extra_date_forms,
    read_amounts=printed_amounts,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
)


def test_repair_reads_digit_look_alikes():
    assert is_printed("0482117", "No. O4B2117", noisy=True)
    assert not is_printed("0482117", "No. O4B2117", noisy=False)
    assert "12480.00" in printed_amounts("Total CHF l2'48O.OO", noisy=True)
    assert "978196.00" in printed_amounts("Итого 978\u2009196,00", noisy=False)


def test_extra_date_forms():
    forms = extra_date_forms(date(2025, 12, 5))
    assert "5 дек. 2025" in forms
    assert "5.12.25" in forms
    assert "December 5th, 2025" in forms
    assert "2025.12.05" in forms
