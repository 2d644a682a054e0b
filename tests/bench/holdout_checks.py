"""Checks shared by the tests of the held-out benchmark sets D, E, F and G.

The check functions assert with a message, because pytest rewrites asserts only in
test modules and would otherwise report a bare failure.
"""

import re
from collections import Counter
from collections.abc import Callable
from datetime import date

import pytest

from bench.formats import MONTHS_EN, MONTHS_RU_GENITIVE
from bench.holdout import (
    is_valid_bik,
    is_valid_correspondent_account,
    is_valid_iban,
    is_valid_inn,
    is_valid_kpp,
    is_valid_settlement_account,
)

# Party roles that each document type may label. A set may widen a type's roles.
ROLES_BY_TYPE = {
    "invoice": {"seller", "buyer"},
    "act": {"seller", "buyer"},
    "upd": {"seller", "buyer", "shipper", "consignee"},
    "contract": {"seller", "buyer", "principal", "agent"},
    "receipt": {"seller", "buyer"},
    "waybill": {"seller", "buyer", "shipper", "consignee", "carrier"},
    "packing_list": {"seller", "buyer", "shipper", "consignee"},
    "payment_order": {"payer", "payee"},
    "bank_statement": {"account_holder"},
    "power_of_attorney": {"principal", "agent"},
    "passport": set(),
    "letter": set(),
    "other": set(),
}
SCALAR_PATHS = {"number", "date", "total", "currency"}
CURRENCY_MARKS = {
    "RUB": ("руб", "₽", "RUB", "roubles"),
    "USD": ("USD", "$"),
    "EUR": ("EUR", "€"),
    "CNY": ("CNY", "¥"),
}
# Passports print the month twice, in English and in French: "12 JAN /JANV 21".
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


def document_ids(documents: list) -> list[str]:
    return [document.id for document in documents]


def comparable(text: str, noisy: bool) -> str:
    """Casefold the text and collapse spaces, and undo OCR damage in noisy documents.

    In a noisy document look-alike letters are mapped to one form and all spaces
    are removed, so "ИHH 36067611 2908" matches the label "360676112908".
    """
    if noisy:
        return re.sub(r"\s+", "", text.translate(LOOK_ALIKES)).casefold()
    return re.sub(r"\s+", " ", text).casefold()


def amounts_in_text(text: str) -> set[str]:
    """Find every amount in the text and normalise it to the "12345.67" form.

    Thousands may be separated by spaces, non-breaking spaces, dots, commas or
    apostrophes, and kopecks or cents by a dot, a comma or a dash ("154800-00").
    "62 845 руб. 80 коп." and whole amounts ("1 836 000 (Один миллион ...)") count
    too.
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


def date_forms(value: date) -> list[str]:
    """Return the printed forms of a date that the documents use."""
    day, month, year = value.day, value.month, value.year
    english = MONTHS_EN[month - 1]
    russian = MONTHS_RU_GENITIVE[month - 1]
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


def check_scalar_labels(document, *, total_in_repaired_text: bool = False) -> None:
    """Check that the number, date and total labels are printed in the document.

    With `total_in_repaired_text`, amounts in a noisy document are also read after
    look-alike letters are mapped back to digits.
    """
    text = comparable(document.text, document.noisy)
    expected = document.expected
    if expected.get("number") is not None:
        number = expected["number"]
        assert comparable(number, document.noisy) in text, f"number {number} missing"
    if expected.get("date") is not None:
        forms = date_forms(date.fromisoformat(expected["date"]))
        printed = [form for form in forms if comparable(form, document.noisy) in text]
        assert printed, f"date {expected['date']} not printed in any known form"
    if expected.get("total") is not None:
        total = expected["total"]
        assert re.fullmatch(r"\d+\.\d{2}", total), (
            f"total {total!r} is not in the 1234.56 form"
        )
        amounts = amounts_in_text(document.text)
        if total_in_repaired_text and document.noisy:
            amounts |= amounts_in_text(document.text.translate(LOOK_ALIKES))
        assert total in amounts, f"total {total} not among amounts {sorted(amounts)}"


def check_currency_mark(
    document, currency_marks: dict[str, tuple[str, ...]], unmarked: set[str]
) -> None:
    """Check that the currency label matches a printed mark.

    Documents in `unmarked` are rouble documents that print no mark at all.
    """
    currency = document.expected.get("currency")
    if currency is None:
        return
    assert currency in currency_marks, f"unexpected currency {currency}"
    text = comparable(document.text, document.noisy)
    marks = currency_marks[currency]
    marked = any(comparable(mark, document.noisy) in text for mark in marks)
    if document.id in unmarked:
        assert currency == "RUB", f"unmarked document labelled {currency}"
        assert not marked, f"document prints a {currency} mark"
    else:
        assert marked, f"no mark of {currency} printed"


def _printed_after_normalising(value: str, text: str, noisy: bool) -> bool:
    return comparable(value, noisy) in comparable(text, noisy)


def printed_in_groups(value: str, text: str, noisy: bool) -> bool:
    """Check that a requisite is printed whole, possibly in digit groups.

    Accounts are often printed in groups of four or five digits ("4080 2810 ..."), so
    one space may separate any two characters. The value must not run on into more
    digits, so an INN does not match inside a longer number. Noisy documents are
    compared with all spaces removed, as `comparable` does.
    """
    if noisy:
        return comparable(value, True) in comparable(text, True)
    pattern = "[ \u00a0]?".join(re.escape(char) for char in value)
    return re.search(rf"(?<!\d){pattern}(?!\d)", text) is not None


def check_requisites(
    document,
    roles_by_type: dict[str, set[str]],
    is_printed: Callable[[str, str, bool], bool] = _printed_after_normalising,
) -> None:
    """Check that every party requisite label is printed and passes its checksum.

    `is_printed(value, text, noisy)` decides whether a value is printed in the text.
    """
    roles = roles_by_type[document.document_type]
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
        assert is_printed(value, document.text, document.noisy), path
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


def check_party_labels(document) -> None:
    """Check that letters, `other` documents and passports have no party labels, and
    that a labelled KPP has a 10-digit INN beside it."""
    paths = [path for path in document.expected if path.startswith("parties.")]
    if document.document_type in {"letter", "other", "passport"}:
        assert paths == []
    for path in paths:
        if path.endswith(".kpp") and document.expected[path] is not None:
            inn = document.expected.get(path.removesuffix(".kpp") + ".inn")
            assert inn is not None, f"{path} has no INN beside it"
            assert len(inn) == 10, f"{path} labelled for a 12-digit INN"


def check_printed_requisites(document) -> None:
    """Check every INN printed after "ИНН" or "INN", every 20-digit account against
    one of the BIKs the text prints, and every IBAN, labelled or not."""
    text = document.text
    for match in re.finditer(r"(?:ИНН|INN)\D{0,20}?(\d{12}|\d{10})(?!\d)", text):
        assert is_valid_inn(match.group(1)), match.group(1)
    biks = re.findall(r"(?<!\d)04\d{7}(?!\d)", text)
    assert all(is_valid_bik(bik) for bik in biks)
    for account in re.findall(r"(?<!\d)(?:30101|40[5-8])\d{15,17}(?!\d)", text):
        assert len(account) == 20, account
        if account.startswith("30101"):
            matches = [b for b in biks if is_valid_correspondent_account(account, b)]
        else:
            matches = [b for b in biks if is_valid_settlement_account(account, b)]
        assert matches, f"account {account} matches no BIK in the text"
    for iban in re.findall(r"IBAN:?\s+([A-Z]{2}\d{2}[A-Z0-9]{10,30})\b", text):
        assert is_valid_iban(iban), iban


def has_ocr_damage(text: str) -> bool:
    """Check for a digit next to a look-alike letter, or a word mixing two scripts."""
    if re.search(r"\d[OОlЗ]|[OОlЗ]\d", text):
        return True
    words = re.findall(r"[A-Za-zА-Яа-яЁё]+", text)
    return any(
        re.search(r"[A-Za-z]", word) and re.search(r"[А-Яа-яЁё]", word)
        for word in words
    )


def check_type_counts(documents: list, roles_by_type: dict, main_types: set) -> None:
    """Check that every type has two documents and the main types outnumber the rest."""
    types = Counter(document.document_type for document in documents)
    for document_type in roles_by_type:
        assert types[document_type] >= 2, document_type
    min_main_count = min(types[document_type] for document_type in main_types)
    max_other_count = max(
        count
        for document_type, count in types.items()
        if document_type not in main_types
    )
    assert min_main_count > max_other_count
