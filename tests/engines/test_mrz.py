"""Passport machine-readable zones: check digits and the fields they confirm."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.mrz import check_digit

# The specimen second line of ICAO Doc 9303 part 4 (Utopia, Anna Maria Eriksson).
SPECIMEN_LINE = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def passport(number_printed: str, second_line: str) -> str:
    return f"""PASSPORT
Type P  Code UTO  Passport No. {number_printed}
Surname ERIKSSON
Given names ANNA MARIA
Date of issue 16.04.2002
P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
{second_line}
"""


@pytest.mark.parametrize(
    ("field", "digit"),
    [("L898902C3", 6), ("740812", 2), ("120415", 9), ("ZE184226B<<<<<", 1)],
)
def test_check_digit_of_specimen(field, digit):
    assert check_digit(field) == digit


def test_composite_check_of_specimen():
    line = SPECIMEN_LINE
    composite = line[0:10] + line[13:20] + line[21:43]

    assert check_digit(composite) == int(line[43])


def test_number_read_from_zone(engine):
    fields = engine.extract(
        passport("L898902C3", SPECIMEN_LINE), document_type="passport"
    ).fields

    assert fields["number"]["value"] == "L898902C3"
    assert fields["number"]["raw"] == "L898902C3"
    assert fields["nationality"]["value"] == "UTO"
    assert fields["expiry_date"]["value"] == "2012-04-15"


def test_printed_lookalikes_repaired_by_zone(engine):
    extraction = engine.extract(
        passport("L8989O2C3", SPECIMEN_LINE), document_type="passport"
    )

    number = extraction.fields["number"]
    assert number["value"] == "L898902C3"
    assert number["raw"] == "L8989O2C3"
    checks = [
        check for check in extraction.checks if check["code"] == "mrz_check_digits"
    ]
    assert [check["passed"] for check in checks] == [True]


def test_birth_date_of_last_century(engine):
    fields = engine.extract(
        passport("L898902C3", SPECIMEN_LINE), document_type="passport"
    ).fields

    assert fields["birth_date"]["value"] == "1974-08-12"


def test_zone_with_wrong_check_digit_not_used(engine):
    broken = SPECIMEN_LINE.replace("L898902C36", "L898902C37")

    extraction = engine.extract(passport("L898902C3", broken), document_type="passport")

    checks = [
        check for check in extraction.checks if check["code"] == "mrz_check_digits"
    ]
    assert [check["passed"] for check in checks] == [False]
    assert "expiry_date" in extraction.fields
    assert extraction.fields["number"]["raw"] == "L898902C3"


def test_zone_digits_read_as_letters(engine):
    misread = SPECIMEN_LINE.replace("7408122", "74O8l22")

    fields = engine.extract(
        passport("L898902C3", misread), document_type="passport"
    ).fields

    assert fields["birth_date"]["value"] == "1974-08-12"


def test_line_of_44_letters_is_no_zone(engine):
    text = passport("L898902C3", "A" * 44)

    extraction = engine.extract(text, document_type="passport")

    assert "expiry_date" not in extraction.fields
    assert not [c for c in extraction.checks if c["code"] == "mrz_check_digits"]


def test_line_of_44_zeros_is_no_zone(engine):
    extraction = engine.extract(
        passport("L898902C3", "0" * 44), document_type="passport"
    )

    assert "nationality" not in extraction.fields


def test_birth_date_is_not_passport_date(engine):
    text = passport("L898902C3", SPECIMEN_LINE).replace(
        "Date of issue 16.04.2002", "Date of birth 12.08.1974"
    )

    fields = engine.extract(text, document_type="passport").fields

    assert "date" not in fields
    assert fields["birth_date"]["value"] == "1974-08-12"


def zone_line(number: str) -> str:
    """Return the specimen's second line for another document number, with its
    check digits computed."""
    head = number + str(check_digit(number))
    body = head + SPECIMEN_LINE[10:43]
    composite = head + body[13:20] + body[21:43]
    return body + str(check_digit(composite))


def test_zone_number_letter_read_as_digit(engine):
    line = zone_line("L898902C3").replace("L898902", "L8989O2", 1)

    fields = engine.extract(
        passport("L8989O2C3", line), document_type="passport"
    ).fields

    assert fields["number"]["value"] == "L898902C3"


def test_lowercase_l_in_zone_is_digit(engine):
    line = zone_line("U18427306").replace("U1", "Ul", 1)

    fields = engine.extract(
        passport("Ul8427306", line), document_type="passport"
    ).fields

    assert fields["number"]["value"] == "U18427306"


def test_uppercase_l_in_zone_stays_letter(engine):
    fields = engine.extract(
        passport("L898902C3", SPECIMEN_LINE), document_type="passport"
    ).fields

    assert fields["number"]["value"] == "L898902C3"


def test_russian_zone_keeps_printed_number(engine):
    number = "362731859"
    head = number + str(check_digit(number))
    birth, expiry = "8711038", "<<<<<<<"
    optional = "1210615630004<"
    body = f"{head}RUS{birth}M{expiry}{optional}{check_digit(optional)}"
    composite = head + body[13:20] + body[21:43]
    line = body + str(check_digit(composite))
    text = (
        "РОССИЙСКАЯ ФЕДЕРАЦИЯ\nПаспорт выдан ГУ МВД РОССИИ ПО САМАРСКОЙ ОБЛАСТИ\n"
        "Дата выдачи 15.06.2021\n                 36 21 731859\n"
        "PNRUSZAHAROV<<IGOR<VALENTINOVICH<<<<<<<<<<<<\n"
        f"{line}\n"
    )

    fields = engine.extract(text, document_type="passport").fields

    assert len(line) == 44
    assert fields["number"]["value"] == "731859"
    assert fields["series"]["value"] == "3621"


def test_mixed_case_zone_keeps_nationality(engine):
    text = (
        "PASZPORT / PASSPORT\nNumer paszportu / Passport No.: EK1234567\n"
        "P<POLKOWALSKA<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
        "EK12345676PoL8503150F320101585031512345<<<96\n"
    )

    fields = engine.extract(text, document_type="passport").fields

    assert fields["nationality"]["value"] == "POL"
    assert fields["birth_date"]["value"] == "1985-03-15"
