"""Requisite codes damaged by OCR: look-alike letters, split INNs, dashes and SWIFT."""

import pytest

from ai_agents.engines.extractor import FieldExtractor
from ai_agents.engines.ocr_repairs import repair_digit_tokens
from ai_agents.engines.text import NormalizedText
from ai_agents.engines.validators import is_valid_inn

# INNs whose check digits pass, computed with bench.holdout.inn_check_digit.
LEGAL_INN = "5409126731"
PERSON_INN = "360676112908"


def extract(text: str, document_type: str) -> dict:
    fields, _checks = FieldExtractor().extract(NormalizedText(text), document_type)
    return fields


def party_values(text: str, document_type: str, role: str) -> dict[str, str]:
    party = extract(text, document_type).get("parties", {}).get(role, {})
    return {key: found["value"] for key, found in party.items()}


def swift_values(fields: dict) -> list[str]:
    return [
        party["swift"]["value"]
        for party in fields.get("parties", {}).values()
        if "swift" in party
    ]


REPAIRED_CODES = [
    pytest.param("КПП 02050100l", "КПП 020501001", id="kpp-9-l"),
    pytest.param("x 12345678o", "x 123456780", id="9-o"),
    pytest.param("12345678з", "123456783", id="9-ze"),
    pytest.param("инн 77o8453o24", "инн 7708453024", id="inn-10-two-o"),
    pytest.param("12345678901l", "123456789011", id="inn-12-l"),
    pytest.param("123456789012o", "1234567890120", id="ogrn-13-o"),
    pytest.param("12345678901234l", "123456789012341", id="ogrnip-15-l"),
    pytest.param(
        "р/с 4070281o000000000012", "р/с 40702810000000000012", id="account-20-o"
    ),
    pytest.param("4070281o00000000l012", "40702810000000001012", id="account-20-two"),
    pytest.param("(02050100l)", "(020501001)", id="in-brackets"),
    pytest.param("инн 5o27b99o63", "инн 5027899063", id="inn-b-for-8"),
    pytest.param("бик o4452s593", "бик 044525593", id="bik-s-for-5"),
    pytest.param("i4 mar 2o22", "14 mar 2022", id="day-i-for-1"),
    pytest.param("итого i2 000,00", "итого 12 000,00", id="amount-i-for-1"),
]

# Tokens of digits are repaired whatever their length and letter count, so these
# runs, which are no requisite, are read as digits too.
REPAIRED_TOKENS = [
    pytest.param("1234567o", "12345670", id="length-8"),
    pytest.param("1234567890o", "12345678900", id="length-11"),
    pytest.param("1234567890123o", "12345678901230", id="length-14"),
    pytest.param("р/с 4070281o00000000012", "р/с 4070281000000000012", id="length-19"),
    pytest.param(
        "р/с 4070281o0000000000012", "р/с 407028100000000000012", id="length-21"
    ),
    pytest.param("0ll234567o", "0112345670", id="three-letters"),
    pytest.param("o12345678", "012345678", id="starts-with-letter"),
    pytest.param("12345678l-x", "123456781-x", id="dash-after"),
    pytest.param("a.12345678l", "a.123456781", id="dot-before"),
]

UNCHANGED_CODES = [
    pytest.param("word12345678l", id="glued-to-word"),
    pytest.param("12345678lx", id="letter-after"),
    pytest.param("хлопок", id="russian-word"),
    pytest.param("lollollol", id="latin-letters-only"),
    pytest.param("123456789", id="digits-only"),
    pytest.param("sb12345678", id="letter-prefix-code"),
    pytest.param("b1234567", id="b-outside-code-length"),
    pytest.param("intel i5 processor", id="model-name"),
]


@pytest.mark.parametrize(("text", "expected"), REPAIRED_CODES + REPAIRED_TOKENS)
def test_code_letters_read_as_digits(text, expected):
    assert repair_digit_tokens(text) == expected


@pytest.mark.parametrize("text", UNCHANGED_CODES)
def test_code_letters_unchanged(text):
    assert repair_digit_tokens(text) == text


@pytest.mark.parametrize(
    "text",
    [param.values[0] for param in REPAIRED_CODES + REPAIRED_TOKENS]
    + [param.values[0] for param in UNCHANGED_CODES],
)
def test_code_letters_keep_length(text):
    assert len(repair_digit_tokens(text)) == len(text)


def test_invented_inns_are_valid():
    assert is_valid_inn(LEGAL_INN)
    assert is_valid_inn(PERSON_INN)


def test_kpp_ending_in_letter_l():
    text = (
        "Счет-фактура № 5 от 01.03.2025\n"
        "Продавец: ООО «Уфимский Кирпич»\n"
        "ИНН/КПП 0205021668/02050100l\n"
    )

    seller = party_values(text, "invoice", "seller")

    assert seller.get("inn") == "0205021668"
    assert seller.get("kpp") == "020501001"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        pytest.param("36067611 2908", PERSON_INN, id="12-digits"),
        pytest.param("54091 26731", LEGAL_INN, id="10-digits"),
    ],
)
def test_inn_split_by_space(printed, expected):
    text = f"Счет на оплату № 5 от 01.03.2025\nПоставщик: ООО «Уфа», ИНН {printed}\n"

    seller = party_values(text, "invoice", "seller")

    assert seller.get("inn") == expected


@pytest.mark.parametrize(
    "printed",
    [
        pytest.param("36067611 2907", id="12-digits"),
        pytest.param("54091 26732", id="10-digits"),
    ],
)
def test_inn_split_with_bad_check_digits(printed):
    assert not is_valid_inn(printed.replace(" ", ""))
    text = f"Счет на оплату № 5 от 01.03.2025\nПоставщик: ООО «Уфа», ИНН {printed}\n"

    seller = party_values(text, "invoice", "seller")

    assert "inn" not in seller


def test_inn_kpp_with_dash_for_kpp():
    text = (
        "Счет-фактура № 5 от 01.03.2025\n"
        "Продавец: ИП Карпов Денис Юрьевич\n"
        "ИНН/КПП продавца: 380170218525/—\n"
    )

    seller = party_values(text, "invoice", "seller")

    assert seller.get("inn") == "380170218525"
    assert "kpp" not in seller


STATEMENT_HEADER = """STATEMENT OF ACCOUNT No. 7
Statement date: 02 Sep 2024
Account holder: LLC "Volga Rope", INN 7718453024
Account No.: 40702840909865026560
"""


def test_swift_label_before_sender_name():
    text = (
        STATEMENT_HEADER
        + "22 Aug 2024  FT0688  Incoming SWIFT: Tashkent Lift Service  -  6,250.00\n"
    )

    fields = extract(text, "bank_statement")

    assert swift_values(fields) == []


def test_swift_code_in_capitals():
    fields = extract(STATEMENT_HEADER + "SWIFT: DEUTDEFF\n", "bank_statement")

    assert swift_values(fields) == ["DEUTDEFF"]
