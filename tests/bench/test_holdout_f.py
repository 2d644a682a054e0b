"""Form and consistency of the set F benchmark documents."""

import re
from collections import Counter
from datetime import date

import pytest

from bench.holdout import (
    is_valid_bik,
    is_valid_inn,
    is_valid_kpp,
    is_valid_settlement_account,
)
from bench.holdout_f import load_holdout_f

ROLES_BY_TYPE = {
    "invoice": {"seller", "buyer", "consignee"},
    "act": {"seller", "buyer"},
    "upd": {"seller", "buyer", "shipper", "consignee"},
    "contract": {"seller", "buyer", "principal", "agent"},
    "receipt": {"seller", "buyer"},
    "waybill": {"seller", "buyer", "shipper", "consignee", "carrier"},
    "packing_list": {"seller", "buyer", "shipper", "consignee"},
    "payment_order": {"payer", "payee"},
    "bank_statement": {"account_holder"},
    "power_of_attorney": {"principal", "attorney"},
    "passport": set(),
    "letter": set(),
    "other": set(),
}
SCALAR_PATHS = {"number", "date", "total", "currency"}
CURRENCY_MARKS = {
    "RUB": ("руб", "₽", "RUB", "roubles"),
    "USD": ("USD", "$"),
    "EUR": ("EUR", "€"),
}
# Rouble documents that print no currency mark at all (see bench.holdout_f).
UNMARKED_ROUBLE_DOCUMENTS = {"f-ru-cash-register-receipt-scan-ocr"}
# Types whose set F documents print no price or amount, so `total` is None.
TYPES_WITHOUT_TOTAL = {"passport", "power_of_attorney", "letter", "packing_list"}
RUSSIAN_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Passports print the month twice, in English and in French: "14 MAR /MARS 22".
FRENCH_MONTHS = [
    "JANV",
    "FÉVR",
    "MARS",
    "AVR",
    "MAI",
    "JUIN",
    "JUIL",
    "AOÛT",
    "SEPT",
    "OCT",
    "NOV",
    "DÉC",
]
# OCR look-alikes: Latin letters that read as Cyrillic, and letters read as digits.
LOOK_ALIKES = str.maketrans(
    "aeopcxyABEKMHOPCTXОЗl|",
    "аеорсхуАВЕКМН0РСТХ0311",
)
AMOUNT_SEPARATORS = " \u00a0\u202f.,'’-"
DOCUMENTS = load_holdout_f()


def _comparable(text: str, noisy: bool) -> str:
    """Casefold the text and collapse spaces, and undo OCR damage in noisy documents.

    In a noisy document look-alike letters are mapped to one form and all spaces
    are removed, so "ИHH 6З16035280" matches the label "6316035280".
    """
    if noisy:
        return re.sub(r"\s+", "", text.translate(LOOK_ALIKES)).casefold()
    return re.sub(r"\s+", " ", text).casefold()


def _requisite_printed(value: str, text: str, noisy: bool) -> bool:
    """Check that a requisite is printed whole, possibly in digit groups.

    Accounts are often printed in groups of four or five digits ("4080 2810 ..."), so
    one space may separate any two characters. The value must not run on into more
    digits, so an INN does not match inside a longer number. Noisy documents are
    compared with all spaces removed, as `_comparable` does.
    """
    if noisy:
        return _comparable(value, True) in _comparable(text, True)
    pattern = "[ \u00a0]?".join(re.escape(char) for char in value)
    return re.search(rf"(?<!\d){pattern}(?!\d)", text) is not None


def _amounts_in_text(text: str) -> set[str]:
    """Find every amount in the text and normalise it to the "12345.67" form.

    Thousands may be separated by spaces, non-breaking spaces, dots, commas or
    apostrophes, and kopecks or cents by a dot, a comma or a dash ("139 500-00").
    "7 860 руб. 00 коп." and whole amounts ("2 376 000 (Два миллиона ...)") count too.
    """
    amounts = set()
    separator_class = re.escape(AMOUNT_SEPARATORS)
    pattern = rf"\d+(?:[{separator_class}]\d+)*"
    for match in re.finditer(pattern, text):
        parts = re.split(rf"([{separator_class}])", match.group())
        numbers, separators = parts[0::2], parts[1::2]
        for start in range(len(numbers)):
            for end in range(start + 1, len(numbers) + 1):
                amounts.update(_read_amount(numbers[start:end], separators[start:]))
    kopeck_form = r"(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s*руб\.?\s*(\d{2})\s*коп"
    for whole, kopecks in re.findall(kopeck_form, text):
        amounts.add(re.sub(r"\D", "", whole) + "." + kopecks)
    return amounts


def _read_amount(numbers: list[str], separators: list[str]) -> set[str]:
    """Read one run of digit groups as a whole amount and, if it fits, with cents."""
    found = set()
    if _is_grouped_whole(numbers, separators[: len(numbers) - 1]):
        found.add("".join(numbers) + ".00")
    if len(numbers) >= 2 and len(numbers[-1]) == 2:
        decimal_separator = separators[len(numbers) - 2]
        whole = numbers[:-1]
        if decimal_separator in ".,-" and _is_grouped_whole(
            whole, separators[: len(whole) - 1]
        ):
            found.add("".join(whole) + "." + numbers[-1])
    return found


def _is_grouped_whole(numbers: list[str], separators: list[str]) -> bool:
    """Check that digit groups form one number, with groups of three after the first."""
    if len(numbers) == 1:
        return True
    if len(set(separators)) != 1 or separators[0] == "-":
        return False
    return len(numbers[0]) <= 3 and all(len(group) == 3 for group in numbers[1:])


def _date_forms(value: date) -> list[str]:
    """Return the printed forms of a date that the documents use."""
    day, month, year = value.day, value.month, value.year
    english = ENGLISH_MONTHS[month - 1]
    russian = RUSSIAN_MONTHS[month - 1]
    forms = [
        value.isoformat(),
        f"{day:02}.{month:02}.{year}",
        f"{day:02}.{month:02}.{year % 100:02}",
        f"{day:02}/{month:02}/{year}",
        f"{month:02}/{day:02}/{year}",
        f"{english} {day}, {year}",
        f"{english[:3]} {day}, {year}",
        f"{day:02} {english[:3].upper()} /{FRENCH_MONTHS[month - 1]} {year % 100:02}",
    ]
    for printed_day in {f"{day}", f"{day:02}"}:
        forms += [
            f"«{printed_day}» {russian} {year}",
            f"{printed_day} {russian} {year}",
            f"{printed_day} {english} {year}",
            f"{printed_day} {english[:3]} {year}",
            f"{printed_day}-{english[:3]}-{year}",
        ]
    return forms


def _document_ids() -> list[str]:
    return [document.id for document in DOCUMENTS]


def test_set_size_and_languages():
    languages = Counter(document.language for document in DOCUMENTS)
    assert languages == {"ru": 24, "en": 16}
    assert [document.language for document in DOCUMENTS[:24]] == ["ru"] * 24


def test_document_ids_unique():
    ids = _document_ids()
    assert len(ids) == len(set(ids))


def test_every_type_covered_twice():
    types = Counter(document.document_type for document in DOCUMENTS)
    for document_type in ROLES_BY_TYPE:
        assert types[document_type] >= 2, document_type


def test_noisy_documents_present():
    noisy = [document for document in DOCUMENTS if document.noisy]
    assert len(noisy) >= 8
    assert {document.language for document in noisy} == {"ru", "en"}


@pytest.mark.parametrize("document", DOCUMENTS, ids=_document_ids())
def test_document_id_and_type(document):
    assert document.id.startswith(f"f-{document.language}-")
    assert document.document_type in ROLES_BY_TYPE


@pytest.mark.parametrize("document", DOCUMENTS, ids=_document_ids())
def test_scalar_labels_in_text(document):
    text = _comparable(document.text, document.noisy)
    expected = document.expected
    if expected.get("number") is not None:
        assert _comparable(expected["number"], document.noisy) in text
    if expected.get("date") is not None:
        forms = _date_forms(date.fromisoformat(expected["date"]))
        printed = [form for form in forms if _comparable(form, document.noisy) in text]
        assert printed, f"date {expected['date']} not printed in any known form"
    if expected.get("total") is not None:
        assert re.fullmatch(r"\d+\.\d{2}", expected["total"])
        amounts = _amounts_in_text(document.text)
        if document.noisy:
            amounts |= _amounts_in_text(document.text.translate(LOOK_ALIKES))
        assert expected["total"] in amounts


@pytest.mark.parametrize("document", DOCUMENTS, ids=_document_ids())
def test_total_labels_follow_notes(document):
    expected = document.expected
    if document.document_type in TYPES_WITHOUT_TOTAL:
        assert "total" in expected
        assert expected["total"] is None
    if document.document_type == "bank_statement" or "reconciliation" in document.id:
        assert "total" not in expected
    if expected.get("total") is not None:
        assert expected.get("currency") is not None


@pytest.mark.parametrize("document", DOCUMENTS, ids=_document_ids())
def test_currency_matches_printed_mark(document):
    currency = document.expected.get("currency")
    if currency is None:
        return
    assert currency in CURRENCY_MARKS
    text = _comparable(document.text, document.noisy)
    marks = CURRENCY_MARKS[currency]
    marked = any(_comparable(mark, document.noisy) in text for mark in marks)
    if document.id in UNMARKED_ROUBLE_DOCUMENTS:
        assert currency == "RUB"
        assert not marked
    else:
        assert marked


@pytest.mark.parametrize("document", DOCUMENTS, ids=_document_ids())
def test_document_requisites_valid(document):
    roles = ROLES_BY_TYPE[document.document_type]
    for path, value in document.expected.items():
        if path in SCALAR_PATHS:
            continue
        prefix, role, kind = path.split(".")
        assert prefix == "parties", path
        assert role in roles, path
        if value is None:
            # Only a sole proprietor, whose INN has 12 digits, lacks a KPP.
            assert kind == "kpp", path
            inn = document.expected.get(f"parties.{role}.inn")
            assert inn is not None, path
            assert len(inn) == 12, path
            continue
        assert _requisite_printed(value, document.text, document.noisy), path
        if kind == "inn":
            assert is_valid_inn(value), path
        elif kind == "kpp":
            assert is_valid_kpp(value), path
        elif kind == "bik":
            assert is_valid_bik(value), path
        elif kind == "account":
            bik = document.expected[f"parties.{role}.bik"]
            assert is_valid_settlement_account(value, bik), path
        else:
            pytest.fail(f"unknown requisite kind in {path}")


def test_requisite_match_reads_digit_groups():
    text = "р/с 4080 2810 6989 2107 5240, ИНН 7703705134"
    assert _requisite_printed("40802810698921075240", text, noisy=False)
    assert _requisite_printed("7703705134", text, noisy=False)
    assert not _requisite_printed("770370513", text, noisy=False)
