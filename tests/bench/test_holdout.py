"""Form and consistency of the hand-written held-out benchmark set."""

import re
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from bench.formats import MONTHS_EN, MONTHS_RU_GENITIVE
from bench.holdout import (
    is_valid_bik,
    is_valid_correspondent_account,
    is_valid_iban,
    is_valid_inn,
    is_valid_kpp,
    is_valid_settlement_account,
    load_holdout,
)
from bench.holdout_b import load_holdout_b

DOCUMENT_TYPES = {
    "invoice",
    "contract",
    "act",
    "upd",
    "waybill",
    "packing_list",
    "payment_order",
    "bank_statement",
    "receipt",
    "passport",
    "power_of_attorney",
    "letter",
    "other",
}
TRADE_ROLES = {"seller", "buyer"}
ROLES_BY_TYPE = {
    "invoice": TRADE_ROLES,
    "contract": TRADE_ROLES,
    "act": TRADE_ROLES,
    "upd": TRADE_ROLES,
    "receipt": TRADE_ROLES,
    "waybill": TRADE_ROLES | {"shipper", "consignee"},
    "packing_list": TRADE_ROLES | {"shipper", "consignee"},
    "payment_order": {"payer", "payee"},
    "bank_statement": {"account_holder"},
    "power_of_attorney": {"principal", "attorney"},
    "passport": set(),
    "letter": set(),
    "other": set(),
}
SCALAR_PATHS = {"number", "date", "total", "currency"}
REQUISITE_KINDS = {"inn", "kpp", "bik", "account", "iban"}
CURRENCY_MARKS = {
    "RUB": ("руб", "₽", "RUB", "RUR", "рубл", "roubles", "rouble"),
    "USD": ("USD", "$", "US dollars"),
    "EUR": ("EUR", "euro"),
    "GBP": ("GBP", "£", "pounds sterling"),
}
MINIMUM_PER_TYPE = {"ru": 3, "en": 2}

DOCUMENTS = load_holdout()
DOCUMENTS_B = load_holdout_b()
# The checks of value forms and printing hold for the second set too.
BOTH_SETS = DOCUMENTS + DOCUMENTS_B
# Each hand-written set mapped to its documents and to the part of its ids that
# follows the language: "ru-invoice-…" in set A, "ru-b-invoice-…" in set B.
HAND_WRITTEN_SETS = {"a": (DOCUMENTS, ""), "b": (DOCUMENTS_B, "b-")}


def _ids(documents):
    return [document.id for document in documents]


def _date_forms(value: date) -> set[str]:
    day, month, year = value.day, value.month, value.year
    ru_month = MONTHS_RU_GENITIVE[month - 1]
    en_month = MONTHS_EN[month - 1]
    abbreviation = en_month[:3]
    return {
        f"{day:02d}.{month:02d}.{year}",
        f"{day:02d}.{month:02d}.{year % 100:02d}",
        value.isoformat(),
        f"{month:02d}/{day:02d}/{year}",
        f"{day:02d} {ru_month} {year}",
        f"{day} {ru_month} {year}",
        f"«{day:02d}» {ru_month} {year}",
        f"«{day}» {ru_month} {year}",
        f"{en_month} {day}, {year}",
        f"{day} {en_month} {year}",
        f"{day:02d} {abbreviation} {year}",
        f"{day:02d} {abbreviation.upper()} {year}",
        f"{day:02d} {abbreviation.upper()} {year % 100:02d}",
        f"{day}th day of {en_month}, {year}",
    }


def _amount_forms(value: str) -> set[str]:
    units, cents = value.split(".")
    groups = []
    rest = units
    while rest:
        groups.insert(0, rest[-3:])
        rest = rest[:-3]
    forms = set()
    for separator in ("", " ", ",", "\u00a0"):
        grouped = separator.join(groups)
        for decimal_mark in (",", ".", "-"):
            forms.add(f"{grouped}{decimal_mark}{cents}")
        if cents == "00":
            forms.add(f"{grouped}=")
            forms.add(f"{grouped} (")
    return forms


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _printed(document) -> str:
    # Bilingual passports print the French month after a slash: "12 JUN /JUIN 19".
    return re.sub(r" /[A-ZÉÛ]+ ", " ", document.text)


def _requisites_of_role(document, role: str) -> dict[str, str]:
    prefix = f"parties.{role}."
    return {
        path.removeprefix(prefix): value
        for path, value in document.expected.items()
        if path.startswith(prefix) and value is not None
    }


@pytest.mark.parametrize("set_name", sorted(HAND_WRITTEN_SETS))
def test_holdout_ids_unique(set_name):
    documents, _ = HAND_WRITTEN_SETS[set_name]
    counts = Counter(_ids(documents))
    assert [name for name, count in counts.items() if count > 1] == []


@pytest.mark.parametrize("set_name", sorted(HAND_WRITTEN_SETS))
def test_holdout_ids_name_language(set_name):
    documents, infix = HAND_WRITTEN_SETS[set_name]
    for document in documents:
        prefix = f"{document.language}-{infix}"
        assert document.id.startswith(prefix), document.id


@pytest.mark.parametrize("set_name", sorted(HAND_WRITTEN_SETS))
def test_holdout_type_codes_known(set_name):
    documents, _ = HAND_WRITTEN_SETS[set_name]
    for document in documents:
        assert document.document_type in DOCUMENT_TYPES, document.id


def test_holdout_languages_and_noise():
    for document in DOCUMENTS:
        assert document.language in MINIMUM_PER_TYPE, document.id
        assert document.noisy is False, document.id


@pytest.mark.parametrize("language", sorted(MINIMUM_PER_TYPE))
def test_holdout_covers_every_type(language):
    counts = Counter(
        document.document_type
        for document in DOCUMENTS
        if document.language == language
    )
    missing = {
        code: counts[code]
        for code in DOCUMENT_TYPES
        if counts[code] < MINIMUM_PER_TYPE[language]
    }
    assert missing == {}


@pytest.mark.parametrize("set_name", sorted(HAND_WRITTEN_SETS))
def test_holdout_document_length(set_name):
    documents, _ = HAND_WRITTEN_SETS[set_name]
    for document in documents:
        lines = document.text.splitlines()
        assert 15 <= len(lines) <= 80, (document.id, len(lines))
        assert lines[0].strip(), document.id
        assert lines[-1].strip(), document.id


@pytest.mark.parametrize("document", BOTH_SETS, ids=_ids(BOTH_SETS))
def test_holdout_paths_allowed(document):
    roles = ROLES_BY_TYPE[document.document_type]
    for path in document.expected:
        if path in SCALAR_PATHS:
            continue
        parts = path.split(".")
        assert len(parts) == 3, path
        assert parts[0] == "parties", path
        assert parts[1] in roles, path
        assert parts[2] in REQUISITE_KINDS, path


@pytest.mark.parametrize("document", BOTH_SETS, ids=_ids(BOTH_SETS))
def test_holdout_scalar_forms(document):
    expected = document.expected
    if expected.get("number") is not None:
        assert expected["number"].strip() == expected["number"]
        assert "№" not in expected["number"]
    if expected.get("date") is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", expected["date"])
        assert 2000 <= date.fromisoformat(expected["date"]).year <= 2030
    if expected.get("total") is not None:
        assert re.fullmatch(r"\d+\.\d{2}", expected["total"]), expected["total"]
        assert Decimal(expected["total"]) > 0
    if expected.get("currency") is not None:
        assert expected["currency"] in CURRENCY_MARKS


@pytest.mark.parametrize("document", BOTH_SETS, ids=_ids(BOTH_SETS))
def test_holdout_requisite_forms(document):
    roles = {path.split(".")[1] for path in document.expected if "." in path}
    for role in roles:
        requisites = _requisites_of_role(document, role)
        if "inn" in requisites:
            assert is_valid_inn(requisites["inn"]), (role, requisites["inn"])
        if "kpp" in requisites:
            assert is_valid_kpp(requisites["kpp"]), (role, requisites["kpp"])
            assert len(requisites.get("inn", "")) == 10, "a KPP needs a legal INN"
        if "bik" in requisites:
            assert is_valid_bik(requisites["bik"]), (role, requisites["bik"])
        if "iban" in requisites:
            assert is_valid_iban(requisites["iban"]), (role, requisites["iban"])
        account = requisites.get("account")
        if account is None:
            continue
        # "account" is a Russian settlement account; foreign ones are labelled iban.
        assert re.fullmatch(r"\d{20}", account), (role, account)
        assert "bik" in requisites, (role, "a Russian account needs its BIK")
        assert is_valid_settlement_account(account, requisites["bik"])
        assert not account.startswith("30101"), "not a correspondent account"


@pytest.mark.parametrize("document", BOTH_SETS, ids=_ids(BOTH_SETS))
def test_holdout_values_printed(document):
    text = _printed(document)
    squeezed = _squeeze(text)
    for path, value in document.expected.items():
        if value is None:
            continue
        if path == "date":
            forms = _date_forms(date.fromisoformat(value))
            assert any(form in text for form in forms), (path, value)
        elif path == "total":
            forms = _amount_forms(value)
            assert any(form in text for form in forms), (path, value)
        elif path == "currency":
            assert any(mark in text for mark in CURRENCY_MARKS[value]), value
        elif path.endswith((".account", ".iban")):
            assert value in squeezed, (path, value)
        else:
            assert value in text, (path, value)


@pytest.mark.parametrize("document", BOTH_SETS, ids=_ids(BOTH_SETS))
def test_holdout_correspondent_accounts_match_banks(document):
    # Every printed 30101 account must belong to a BIK printed in the same text.
    biks = set(re.findall(r"\b04\d{7}\b", document.text))
    for account in re.findall(r"\b30101\d{15}\b", document.text):
        owners = [bik for bik in biks if is_valid_correspondent_account(account, bik)]
        assert owners, account
        assert any(account.endswith(bik[-3:]) for bik in owners), account


@pytest.mark.parametrize("document", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_holdout_printed_inns_valid(document):
    for inn in re.findall(r"ИНН(?:/КПП)?[^\d\n]{0,20}(\d{10,12})\b", document.text):
        assert is_valid_inn(inn), inn


def test_holdout_passports_have_no_total():
    for document in DOCUMENTS:
        if document.document_type == "passport":
            assert document.expected.get("total", "missing") is None, document.id


def test_check_digit_helpers_reject_bad_values():
    assert is_valid_inn("7718435265")
    assert not is_valid_inn("7718435266")
    assert is_valid_inn("772406148510")
    assert not is_valid_inn("772406148501")
    assert not is_valid_kpp("77180100")
    assert not is_valid_bik("144525871")
    assert is_valid_settlement_account("40702810001815908301", "044525871")
    assert not is_valid_settlement_account("40702810101815908301", "044525871")
    assert is_valid_correspondent_account("30101810100000000871", "044525871")
    assert not is_valid_correspondent_account("30101810200000000871", "044525871")
    assert is_valid_iban("GB65ELMB40221755830142")
    assert not is_valid_iban("GB66ELMB40221755830142")
