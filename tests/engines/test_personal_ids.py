"""SNILS and passport series and number: validation and extraction."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.validators import (
    is_valid_passport_number,
    is_valid_passport_series,
    is_valid_snils,
)


@pytest.mark.parametrize("value", ["11223344595", "08765430300", "00100199800"])
def test_valid_snils_accepted(value):
    assert is_valid_snils(value)


@pytest.mark.parametrize(
    "value", ["11223344594", "1122334459", "112233445950", "1122334459a", ""]
)
def test_invalid_snils_rejected(value):
    assert not is_valid_snils(value)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("92000000300", "weighted sum 100 gives control 00"),
        ("92000000400", "weighted sum 101 gives control 00"),
        ("99999999901", "weighted sum 405 gives 405 mod 101 = 1"),
    ],
)
def test_snils_control_edge_sums(value, why):
    assert is_valid_snils(value), why


@pytest.mark.parametrize(
    ("series", "number", "series_ok", "number_ok"),
    [("4509", "123456", True, True), ("450", "12345", False, False)],
)
def test_passport_formats(series, number, series_ok, number_ok):
    assert is_valid_passport_series(series) is series_ok
    assert is_valid_passport_number(number) is number_ok


def test_snils_extracted_with_check():
    text = "Заявление\nФИО: Петров Пётр Петрович\nСНИЛС: 112-233-445 95\n"

    extraction = get_engine().extract(text, document_type="letter")

    snils = extraction.fields["snils"]
    start, end = snils["span"]
    codes = {check["code"]: check["passed"] for check in extraction.checks}
    assert snils["value"] == "11223344595"
    assert snils["valid"] is True
    assert text[start:end] == snils["raw"]
    assert codes["snils_checksum"] is True


def test_wrong_snils_kept_and_marked():
    text = "СНИЛС 112-233-445 94"

    extraction = get_engine().extract(text, document_type="other")

    assert extraction.fields["snils"]["value"] == "11223344594"
    assert extraction.fields["snils"]["valid"] is False


def test_travel_passport_number_keeps_series():
    text = (
        "ПАСПОРТ\nНомер паспорта / Passport No. 75 1234567\nФамилия / Surname ИВАНОВ\n"
    )

    fields = get_engine(embeddings="off").extract(text, document_type="passport").fields

    assert fields["number"]["value"] == "751234567"
    assert fields["number"]["raw"] == "75 1234567"
