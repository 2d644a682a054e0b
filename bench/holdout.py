"""Held-out benchmark documents written by hand, independent of the templates.

The synthetic benchmark generates documents from the project's own templates, so
its figures can overstate accuracy on real documents. These documents imitate the
text that PDF extraction or OCR returns from real Russian and English business
papers. Every company, person, address and requisite in them is invented, and the
requisites carry valid check digits (tests/bench/test_holdout.py checks them).

`expected` uses the paths of `bench.metrics.predicted_fields`: "number", "date"
(ISO), "total" ("12345.67"), "currency" (ISO 4217) and "parties.<role>.<kind>" for
INN, KPP, BIK and settlement account. A path is absent when the document does not
have the field, and None marks a field that the document clearly lacks.

The other sets live in `bench.holdout_<letter>`. Each set's test module,
tests/bench/test_holdout_<letter>.py, contains the checks of that set alone. It
also declares, in `HOLDOUT_SET`, its options for the checks that all sets share,
which run in tests/bench/test_holdout_sets.py. Where a set's notes state that
its test module checks the labels, the shared checks are meant too.
"""

import re
from dataclasses import dataclass

INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
ACCOUNT_KEY_WEIGHTS = (7, 1, 3) * 8


@dataclass(frozen=True)
class HoldoutDocument:
    """One labelled document of the held-out set."""

    id: str
    document_type: str
    language: str
    text: str
    expected: dict[str, str | None]
    noisy: bool = False


def inn_check_digit(digits: str, weights: tuple[int, ...]) -> str:
    """Return the INN check digit of `digits`: the weighted sum mod 11, then mod 10."""
    total = sum(
        int(digit) * weight for digit, weight in zip(digits, weights, strict=True)
    )
    return str(total % 11 % 10)


def is_valid_inn(inn: str) -> bool:
    """Check the length and check digits of a 10-digit (legal) or 12-digit INN."""
    if not inn.isdigit():
        return False
    if len(inn) == 10:
        return inn[9] == inn_check_digit(inn[:9], INN10_WEIGHTS)
    if len(inn) == 12:
        return inn[10] == inn_check_digit(inn[:10], INN12_WEIGHTS_11) and inn[
            11
        ] == inn_check_digit(inn[:11], INN12_WEIGHTS_12)
    return False


def is_valid_kpp(kpp: str) -> bool:
    """Check the KPP form: 4 digits of the tax office, 2 reason characters, 3 digits."""
    return re.fullmatch(r"\d{4}[0-9A-Z]{2}\d{3}", kpp) is not None


def is_valid_bik(bik: str) -> bool:
    """Check the BIK form: 9 digits, starting with the Russian country code 04."""
    return re.fullmatch(r"04\d{7}", bik) is not None


def _account_key_matches(prefix: str, account: str) -> bool:
    digits = prefix + account
    total = sum(
        int(digit) * weight
        for digit, weight in zip(
            digits, ACCOUNT_KEY_WEIGHTS[: len(digits)], strict=True
        )
    )
    return total % 10 == 0


def is_valid_settlement_account(account: str, bik: str) -> bool:
    """Check a 20-digit settlement account's control key against its bank's BIK.

    The key makes the weighted sum (weights 7, 1, 3 repeated) of the last three
    BIK digits followed by the account a multiple of 10.
    """
    if re.fullmatch(r"\d{20}", account) is None or not is_valid_bik(bik):
        return False
    return _account_key_matches(bik[-3:], account)


def is_valid_correspondent_account(account: str, bik: str) -> bool:
    """Check a correspondent account's key: the prefix is "0" and BIK digits 5-6."""
    if re.fullmatch(r"30101\d{15}", account) is None or not is_valid_bik(bik):
        return False
    return _account_key_matches("0" + bik[4:6], account)


def is_valid_iban(iban: str) -> bool:
    """Check an IBAN written without spaces by the ISO 13616 mod-97 rule."""
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban) is None:
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def load_holdout() -> list[HoldoutDocument]:
    """Return the held-out documents, Russian first, in a fixed order."""
    from .holdout_en import ENGLISH_DOCUMENTS
    from .holdout_ru import RUSSIAN_DOCUMENTS

    return [*RUSSIAN_DOCUMENTS, *ENGLISH_DOCUMENTS]
