"""Tests of the helpers shared by the held-out set tests, run once for all sets."""

import pytest

from tests.bench.holdout_checks import comparable, repaired_with_b_as_six
from tests.bench.holdout_codes import (
    form_check,
    is_valid_foreign_identifier,
    mrz_check_digit,
    td3_errors,
)

# A passport's second MRZ line: number L898902C3, birth date 740812, expiry date
# 120415 and an empty personal number whose check digit is printed as "<".
FILLER_CHECK_TD3_LINE = "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<8"


def test_mrz_check_digit_known_value():
    # The specimen passport number "L898902C3" has check digit 6, and the birth date
    # 740812 has check digit 2.
    assert mrz_check_digit("L898902C3") == "6"
    assert mrz_check_digit("740812") == "2"


def test_td3_filler_check_digit_optional():
    assert td3_errors(FILLER_CHECK_TD3_LINE) == []
    strict_errors = td3_errors(FILLER_CHECK_TD3_LINE, allow_filler_check=False)
    assert strict_errors == ["personal"]
    wrong_birth = FILLER_CHECK_TD3_LINE[:19] + "3" + FILLER_CHECK_TD3_LINE[20:]
    assert td3_errors(wrong_birth) == ["birth", "composite"]


def test_foreign_identifier_checked_by_kind():
    checks = {"ein": form_check(r"\d{2}-\d{7}")}
    assert is_valid_foreign_identifier("23-4718265", "ein", checks)
    assert not is_valid_foreign_identifier("234718265", "ein", checks)
    with pytest.raises(ValueError, match="invalid identifier kind 'vat'"):
        is_valid_foreign_identifier("23-4718265", "vat", checks)


def test_repair_reads_six_from_be():
    damaged = repaired_with_b_as_six("oт 1б мapтa 2O2б г.")
    assert damaged == repaired_with_b_as_six("от 16 марта 2026 г.")
    assert repaired_with_b_as_six("1б") != comparable("1б", noisy=True)
