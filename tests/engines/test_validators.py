"""Check digits and formats of Russian requisites."""

import pytest

from ai_agents.engines import validators

# Values were computed with the check-digit algorithms. The first INN, the first
# OGRN, BIK 044525225 and its correspondent account belong to Sberbank in Moscow.
VALID_INNS = ("7707083893", "7702123454", "7810000001", "500100732259")
INVALID_INNS = (
    "7707083894",  # last check digit changed
    "500100732258",  # second check digit of a 12-digit INN changed
    "500100732269",  # first check digit of a 12-digit INN changed
    "770708389",  # 9 digits
    "77070838930",  # 11 digits
    "770708389A",
    "７７０７０８３８９３",  # full-width digits
    "",
)


@pytest.mark.parametrize("value", VALID_INNS)
def test_inn_valid_check_digits(value):
    result = validators.is_valid_inn(value)

    assert result is True


@pytest.mark.parametrize("value", INVALID_INNS)
def test_inn_invalid_values_rejected(value):
    result = validators.is_valid_inn(value)

    assert result is False


@pytest.mark.parametrize("value", ("773601001", "770201001", "7701AB001", "7701Z1001"))
def test_kpp_valid_formats(value):
    result = validators.is_valid_kpp(value)

    assert result is True


@pytest.mark.parametrize(
    "value", ("77360100", "7736010011", "7701ab001", "77A101001", "770101001 ")
)
def test_kpp_invalid_formats_rejected(value):
    result = validators.is_valid_kpp(value)

    assert result is False


@pytest.mark.parametrize("value", ("1027700132195", "1225000000015", "304500116000157"))
def test_ogrn_valid_check_digit(value):
    result = validators.is_valid_ogrn(value)

    assert result is True


@pytest.mark.parametrize(
    "value",
    (
        "1027700132196",
        "304500116000158",
        "102770013219",
        "30450011600015",
        "10277001321X5",
    ),
)
def test_ogrn_invalid_values_rejected(value):
    result = validators.is_valid_ogrn(value)

    assert result is False


@pytest.mark.parametrize("value", ("044525225", "044030653", "044525000"))
def test_bik_valid_format(value):
    result = validators.is_valid_bik(value)

    assert result is True


@pytest.mark.parametrize(
    "value", ("123456789", "244030001", "04452522", "0445252250", "04452522A")
)
def test_bik_invalid_format_rejected(value):
    result = validators.is_valid_bik(value)

    assert result is False


@pytest.mark.parametrize(
    ("account", "bik"),
    (
        ("40702816000000012345", "044525225"),
        ("40802811500000054321", "044030653"),
        ("40101816845250010041", "044525000"),  # settlement centre: BIK ends in 000
    ),
)
def test_settlement_account_key_matches(account, bik):
    result = validators.is_valid_settlement_account(account, bik)

    assert result is True


@pytest.mark.parametrize(
    ("account", "bik"),
    (
        ("40702816000000012346", "044525225"),  # last digit changed
        ("40702816000000012345", "044030653"),  # account of another bank
        ("40101816845250010041", "044525225"),
        ("4070281600000001234", "044525225"),  # 19 digits
        ("40702816000000012345", "04452522"),  # 8-digit BIK
        ("4070281600000001234A", "044525225"),
    ),
)
def test_settlement_account_key_mismatch(account, bik):
    result = validators.is_valid_settlement_account(account, bik)

    assert result is False


@pytest.mark.parametrize(
    ("account", "bik"),
    (
        ("30101810400000000225", "044525225"),
        ("30101810500000000653", "044030653"),
    ),
)
def test_correspondent_account_key_matches(account, bik):
    result = validators.is_valid_correspondent_account(account, bik)

    assert result is True


@pytest.mark.parametrize(
    ("account", "bik"),
    (
        ("30101810400000000226", "044525225"),
        ("30101810400000000225", "044030653"),
        ("3010181040000000022", "044525225"),
    ),
)
def test_correspondent_account_key_mismatch(account, bik):
    result = validators.is_valid_correspondent_account(account, bik)

    assert result is False


@pytest.mark.parametrize(
    ("value", "expected"), (("770-001", True), ("770001", False), ("77-0001", False))
)
def test_division_code_format(value, expected):
    result = validators.is_valid_division_code(value)

    assert result is expected


# Example IBANs of four countries with different lengths, each passing mod 97.
VALID_IBANS = (
    "DE89370400440532013000",
    "GB29NWBK60161331926819",
    "NL50INGB0683251309",
    "FR7610107002450061705231739",
)
INVALID_IBANS = (
    "DE89370400440532013001",  # last digit changed
    "DE88370400440532013000",  # check digits changed
    "de89370400440532013000",  # lower case
    "DE89 3704 0044 0532 0130 00",  # spaces
    "DE8937040044",  # too short for any country
    "",
)


@pytest.mark.parametrize("value", VALID_IBANS)
def test_iban_valid_check_digits(value):
    result = validators.is_valid_iban(value)

    assert result is True


@pytest.mark.parametrize("value", INVALID_IBANS)
def test_iban_invalid_values_rejected(value):
    result = validators.is_valid_iban(value)

    assert result is False
