"""Checks and text helpers shared by the tests of the held-out benchmark sets.

The check functions assert with a message, because pytest rewrites asserts only in
test modules and would otherwise report a bare failure.
"""

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from bench.formats import MONTHS_EN, MONTHS_RU_GENITIVE
from bench.holdout import (
    ACCOUNT_KEY_WEIGHTS,
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
# Thousands separators include the no-break, narrow no-break and thin spaces.
AMOUNT_SEPARATORS = " \u00a0\u202f\u2009.,'’-"
# Letters read for digits inside amounts. Table rules ("|") are left alone, so a rule
# that touches an amount does not join it to the next figure.
AMOUNT_DIGIT_LOOK_ALIKES = str.maketrans("OОlЗ", "0013")
# Damage that `LOOK_ALIKES` does not undo in some sets: "б" read for the digit 6.
B_AS_SIX = str.maketrans({"б": "6"})
# `AMOUNT_DIGIT_LOOK_ALIKES` with "б" read as 6, for the sets whose scans print it.
AMOUNT_DIGIT_LOOK_ALIKES_WITH_B = str.maketrans("OОlЗб", "00136")
# One amount: thousands grouped by spaces or commas, or not grouped, then a comma, a
# point or a dash before two decimals.
AMOUNT_PATTERN = re.compile(r"(\d{1,3}(?:[ ,]\d{3})*|\d+)[,.-](\d{2})")
# Indian grouping: thousands, then lakhs and crores in groups of two ("4,12,500.00").
INDIAN_AMOUNT_PATTERN = re.compile(r"(?<![\d,])\d{1,2}(?:,\d{2})+,\d{3}\.\d{2}(?!\d)")
# An OGRN (13 digits) or an OGRNIP (15 digits) after its caption.
OGRN_PATTERN = re.compile(r"(?:ОГРНИП|ОГРН|OGRN)\D{0,5}?(\d{15}|\d{13})(?!\d)")
# A two-digit VAT rate after "НДС", also with the Latin look-alikes "HДC".
VAT_RATE_PATTERN = re.compile(r"(?:НДС|HДC)\D{0,12}?(\d{2})\s?%")
# An HS code of 6 to 10 digits in groups: "5208.32", "8413.70.30", "2815 11 000 0".
HS_CODE_PATTERN = re.compile(r"\b\d{4}[ .]\d{2}(?:[ .]\d{1,3}){0,2}\b")
# Clean documents are rendered to page images, so they must fit on one page.
MAX_CLEAN_LINES = 70
MAX_CLEAN_LINE_LENGTH = 110


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


def printed_amounts(text: str, noisy: bool) -> set[str]:
    """Find the amounts of a text, reading a noisy text's look-alikes as digits."""
    amounts = amounts_in_text(text)
    if noisy:
        amounts |= amounts_in_text(text.translate(LOOK_ALIKES))
    return amounts


def amounts_as_printed(text: str, noisy: bool) -> set[str]:
    """Find the amounts of a text as printed, without reading look-alikes as digits."""
    return amounts_in_text(text)


def read_amounts(
    text: str,
    noisy: bool,
    digit_look_alikes: dict[int, int] = AMOUNT_DIGIT_LOOK_ALIKES,
    *,
    mend_doubled_spaces: bool = False,
    mend_lost_spaces: bool = False,
) -> set[str]:
    """Find a text's amounts as `printed_amounts` does, and more in a noisy text."""
    amounts = printed_amounts(text, noisy)
    if not noisy:
        return amounts
    # A noisy text is also read with `digit_look_alikes` mapped to digits.
    # `mend_doubled_spaces` adds a reading with runs of spaces between digits cut to
    # one. `mend_lost_spaces` adds a reading without single spaces between digits, so
    # "1454 360,00", which lost the space after its first digit, reads as 1454360.00.
    digits = text.translate(digit_look_alikes)
    variants = [digits]
    if mend_doubled_spaces:
        variants.append(re.sub(r"(?<=\d)[ \u00a0]{2,}(?=\d)", " ", digits))
    if mend_lost_spaces:
        variants.append(re.sub(r"(?<=\d) (?=\d)", "", digits))
    for variant in variants:
        amounts |= amounts_in_text(variant)
    return amounts


def read_amounts_with_indian_groups(text: str, noisy: bool) -> set[str]:
    """Find the amounts of a text as `printed_amounts` does, plus Indian groupings."""
    amounts = printed_amounts(text, noisy)
    for match in INDIAN_AMOUNT_PATTERN.findall(text):
        amounts.add(match.replace(",", ""))
    return amounts


def amount_value(printed: str) -> Decimal:
    """Read one amount printed as "1 234,56", "1,234.56" or "1234-56" as a Decimal."""
    match = AMOUNT_PATTERN.fullmatch(printed)
    if match is None:
        raise ValueError(f"invalid amount {printed!r}: expected a form like 1 234,56")
    whole = re.sub(r"\D", "", match.group(1))
    return Decimal(f"{whole}.{match.group(2)}")


def lines_with_total(
    document, read_amounts: Callable[[str, bool], set[str]] = printed_amounts
) -> list[str]:
    """Return the lines of a document in which `read_amounts` finds the total label."""
    total = document.expected["total"]
    return [
        line
        for line in document.text.splitlines()
        if total in read_amounts(line, document.noisy)
    ]


def upper_case_month_forms(value: date) -> list[str]:
    """Return the upper-case "13 FEB 2026" form of a date."""
    # Noisy texts need it besides the "13 Feb 2026" of `date_forms`, because the
    # look-alike map reads capitals such as "B" and "M" as Cyrillic letters but leaves
    # their lower-case forms alone.
    return [f"{value:%d} {MONTHS_EN[value.month - 1][:3].upper()} {value.year}"]


def numeric_date(value: date, order: str, separator: str) -> str:
    """Return `value` as digits, day-first or month-first."""
    if order == "day-first":
        return f"{value:%d}{separator}{value:%m}{separator}{value:%Y}"
    return f"{value:%m}{separator}{value:%d}{separator}{value:%Y}"


def swapped(value: date) -> date:
    """Return the date read with its day and month swapped."""
    return date(value.year, value.day, value.month)


def date_forms_with_compact(value: date) -> list[str]:
    """Return `date_forms` and the "20260403" form of camera file names."""
    return [*date_forms(value), f"{value:%Y%m%d}"]


def stamp_date_forms(value: date) -> list[str]:
    """Return the forms in which a camera, a fax or a stamp may print a date:
    `date_forms_with_compact` and `upper_case_month_forms`."""
    return [*date_forms_with_compact(value), *upper_case_month_forms(value)]


def repaired_without_underscores(text: str, noisy: bool) -> str:
    """Return a text as `repaired` does, with underscores dropped.

    Camera file names print a date between underscores ("IMG_20260403_101522").
    """
    return repaired(text.replace("_", ""))


def check_number_label(document, repaired: Callable[[str], str] | None = None) -> None:
    """Check that the number label is printed in the document.

    With `repaired`, a noisy document also passes when the number is found after
    `repaired` is applied to the number and to the text.
    """
    number = document.expected.get("number")
    if number is None:
        return
    text = comparable(document.text, document.noisy)
    printed = comparable(number, document.noisy) in text
    if repaired is not None and document.noisy and not printed:
        printed = repaired(number) in repaired(document.text)
    assert printed, f"number {number} missing"


def check_date_label(
    document,
    extra_forms: Callable[[date], list[str]] | None = None,
    repaired: Callable[[str], str] | None = None,
) -> None:
    """Check that the date label is printed in one of the known forms.

    `extra_forms` adds a set's own forms to `date_forms`. With `repaired`, a noisy
    document also passes when a form is found after `repaired` is applied to the form
    and to the text.
    """
    if document.expected.get("date") is None:
        return
    value = date.fromisoformat(document.expected["date"])
    forms = date_forms(value)
    if extra_forms is not None:
        forms += extra_forms(value)
    text = comparable(document.text, document.noisy)
    printed = [form for form in forms if comparable(form, document.noisy) in text]
    if repaired is not None and document.noisy:
        text = repaired(document.text)
        printed += [form for form in forms if repaired(form) in text]
    assert printed, f"date {value} not printed in any known form"


def check_total_label(
    document,
    read_amounts: Callable[[str, bool], set[str]] = printed_amounts,
    totals_in_words: dict[str, tuple[str, str]] | None = None,
) -> None:
    """Check that the total label has the 1234.56 form and is printed as an amount.

    `read_amounts(text, noisy)` finds the amounts of a text. `totals_in_words` maps
    the id of a document that prints its total only in words to that phrase and to
    the expected label, and such a total must not be printed in figures.
    """
    total = document.expected.get("total")
    if total is None:
        return
    assert re.fullmatch(r"\d+\.\d{2}", total), (
        f"total {total!r} is not in the 1234.56 form"
    )
    amounts = read_amounts(document.text, document.noisy)
    if totals_in_words and document.id in totals_in_words:
        words, figure = totals_in_words[document.id]
        assert words in document.text, "total in words missing"
        assert total == figure, f"total {total} is not {figure}"
        assert total not in amounts, f"total {total} is printed in figures"
        return
    assert total in amounts, f"total {total} not among amounts {sorted(amounts)}"


def check_total_labels_follow_notes(
    document,
    types_without_total: set[str],
    documents_without_total_label: set[str],
) -> None:
    """Check the `total` label against the set's notes.

    Types in `types_without_total` label `total` as None, documents in
    `documents_without_total_label` have no `total` label, every other document
    has one, and a total that is not None comes with a currency.
    """
    expected = document.expected
    if document.document_type in types_without_total:
        assert "total" in expected, "total label missing"
        assert expected["total"] is None, f"total {expected['total']} is not None"
    if document.id in documents_without_total_label:
        assert "total" not in expected, "document has a total label"
    else:
        assert "total" in expected, "total label missing"
    if expected.get("total") is not None:
        assert expected.get("currency") is not None, "total has no currency label"


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


def printed_after_normalising(value: str, text: str, noisy: bool) -> bool:
    """Check that `value` is in `text` when both are read by `comparable`."""
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


def repaired(text: str) -> str:
    """Return a text as `comparable` reads a noisy one, without spaces."""
    return comparable(text, noisy=True)


def repaired_with_b_as_six(text: str) -> str:
    """Return a text as `repaired` does, with "б" read as the digit 6."""
    return comparable(text.translate(B_AS_SIX), noisy=True)


def printed_with_b_as_six(value: str, text: str, noisy: bool) -> bool:
    """Check a requisite with `is_printed`, reading "б" as 6 in a noisy text."""
    return is_printed(value, text, noisy, repair=repaired_with_b_as_six)


def read_with_b_as_six(text: str, noisy: bool) -> str:
    """Return a text as `repaired_with_b_as_six` does, whether noisy or not."""
    return repaired_with_b_as_six(text)


def is_printed(
    value: str, text: str, noisy: bool, repair: Callable[[str], str] = repaired
) -> bool:
    """Check a requisite with `printed_in_groups`, or in a noisy text after `repair`."""
    if printed_in_groups(value, text, noisy):
        return True
    return noisy and repair(value) in repair(text)


def prints_currency_mark(text: str, mark: str, noisy: bool) -> bool:
    """Check that `text` prints a currency mark at the start of a word, in any case."""
    # A code or symbol of up to three characters must also end a word, so "RUB" does
    # not match "RUBBER". A noisy text is also searched after its Latin look-alikes
    # are read as Cyrillic.
    end = r"(?![^\W\d_])" if len(mark) <= 3 else ""
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(mark)}{end}", re.IGNORECASE)
    texts = [text, text.translate(LOOK_ALIKES)] if noisy else [text]
    return any(pattern.search(variant) for variant in texts)


def count_currency_marks(
    text: str, currency: str, currency_marks: dict[str, tuple[str, ...]]
) -> int:
    """Count the places where a mark of `currency` starts in `text`, in any case."""
    # A mark that starts with a letter must not follow a letter, so "руб" is not found
    # in "труба". Marks that start at one place ("руб", "рубл") count once.
    starts = set()
    for mark in currency_marks[currency]:
        boundary = r"(?<![^\W\d_])" if mark[0].isalpha() else ""
        pattern = boundary + re.escape(mark)
        starts.update(
            match.start() for match in re.finditer(pattern, text, re.IGNORECASE)
        )
    return len(starts)


def check_requisites(
    document,
    roles_by_type: dict[str, set[str]],
    is_printed: Callable[[str, str, bool], bool] = printed_after_normalising,
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
        assert paths == [], f"{document.document_type} labels parties {paths}"
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


def check_types_covered_twice(documents: list, roles_by_type: dict) -> None:
    """Check that every type in `roles_by_type` has at least two documents."""
    types = Counter(document.document_type for document in documents)
    for document_type in roles_by_type:
        assert types[document_type] >= 2, document_type


def check_type_counts(documents: list, roles_by_type: dict, main_types: set) -> None:
    """Check that every type has two documents and the main types outnumber the rest."""
    check_types_covered_twice(documents, roles_by_type)
    types = Counter(document.document_type for document in documents)
    min_main_count = min(types[document_type] for document_type in main_types)
    max_other_count = max(
        count
        for document_type, count in types.items()
        if document_type not in main_types
    )
    assert min_main_count > max_other_count, (
        f"main types {min_main_count} documents, others up to {max_other_count}"
    )


def check_set_size_and_languages(
    documents: list, russian_count: int, english_count: int
) -> None:
    """Check the number of documents in each language, Russian documents first."""
    languages = Counter(document.language for document in documents)
    assert languages == {"ru": russian_count, "en": english_count}, (
        f"languages {dict(languages)}"
    )
    leading = [document.language for document in documents[:russian_count]]
    assert leading == ["ru"] * russian_count, "Russian documents are not first"


def check_document_ids_unique(documents: list) -> None:
    ids = Counter(document_ids(documents))
    repeated = sorted(id_ for id_, count in ids.items() if count > 1)
    assert not repeated, f"repeated ids {repeated}"


def check_noisy_documents_present(documents: list, min_noisy_count: int) -> None:
    """Check that at least `min_noisy_count` documents, in both languages, are noisy."""
    noisy = [document for document in documents if document.noisy]
    assert len(noisy) >= min_noisy_count, f"only {len(noisy)} noisy documents"
    languages = {document.language for document in noisy}
    assert languages == {"ru", "en"}, f"noisy documents only in {languages}"


def check_listed_ids_exist(documents: list, *listed_ids: set[str]) -> None:
    """Check that every id in the given sets names a document of the set."""
    ids = set(document_ids(documents))
    for listed in listed_ids:
        unknown = sorted(set(listed) - ids)
        assert not unknown, f"unknown document ids {unknown}"


def check_document_id_and_type(
    document, set_letter: str, roles_by_type: dict[str, set[str]]
) -> None:
    """Check the id prefix ("k-ru-") and that the type is one of `roles_by_type`."""
    prefix = f"{set_letter}-{document.language}-"
    assert document.id.startswith(prefix), f"id does not start with {prefix}"
    assert document.document_type in roles_by_type, document.document_type


def check_noisy_flag(document) -> None:
    """Check that a document is flagged noisy exactly when its text shows OCR damage."""
    damaged = has_ocr_damage(document.text)
    assert damaged == document.noisy, f"OCR damage {damaged}, noisy {document.noisy}"


def check_printed_requisite_counts(
    documents: list,
    min_ibans: int,
    min_correspondent_accounts: int,
    min_settlement_accounts: int | None = None,
) -> None:
    """Check that the documents print at least the given numbers of IBANs and
    accounts, so that `check_printed_requisites` cannot pass by finding nothing
    because of a broken pattern.

    Settlement accounts are counted only when `min_settlement_accounts` is given.
    """
    texts = " ".join(document.text for document in documents)
    ibans = re.findall(r"IBAN:?\s+[A-Z]{2}\d{2}", texts)
    assert len(ibans) >= min_ibans, f"only {len(ibans)} IBANs found"
    correspondent = re.findall(r"(?<!\d)30101\d{15}(?!\d)", texts)
    assert len(correspondent) >= min_correspondent_accounts, (
        f"only {len(correspondent)} correspondent accounts found"
    )
    if min_settlement_accounts is not None:
        settlement = re.findall(r"(?<!\d)40[5-8]\d{17}(?!\d)", texts)
        assert len(settlement) >= min_settlement_accounts, (
            f"only {len(settlement)} settlement accounts found"
        )


def check_amount_read_through_look_alikes(text: str, amount: str) -> None:
    """Check that `printed_amounts` finds `amount` in `text` only when it is noisy."""
    assert amount in printed_amounts(text, noisy=True), f"{amount} not read"
    assert amount not in printed_amounts(text, noisy=False), f"{amount} read as clean"


def check_digit_groups_read(text: str, account: str, inn: str) -> None:
    """Check that `printed_in_groups` finds a grouped account and an INN in `text`,
    but not the INN without its last digit."""
    assert printed_in_groups(account, text, noisy=False), f"{account} not found"
    assert printed_in_groups(inn, text, noisy=False), f"{inn} not found"
    assert not printed_in_groups(inn[:-1], text, noisy=False), f"{inn[:-1]} found"


def account_key_matches(prefix: str, account: str) -> bool:
    """Check an account's control key: the weighted sum of prefix and account."""
    digits = prefix + account
    weights = ACCOUNT_KEY_WEIGHTS[: len(digits)]
    total = sum(
        int(digit) * weight for digit, weight in zip(digits, weights, strict=True)
    )
    return total % 10 == 0


def is_valid_treasury_bik(bik: str) -> bool:
    """Check a TOFK BIK form: 9 digits starting with "0" and not with "04"."""
    return re.fullmatch(r"0[0-35-9]\d{7}", bik) is not None


def without_treasury_labels(document, treasury_biks: dict[str, str]):
    """Return the document without its labels that contain a treasury BIK or account.

    `treasury_biks` maps each treasury (TOFK) BIK to its single treasury account.
    """
    treasury_roles = {
        path.split(".")[1]
        for path, value in document.expected.items()
        if path.endswith(".bik") and value in treasury_biks
    }
    expected = {
        path: value
        for path, value in document.expected.items()
        if not (
            path.startswith("parties.")
            and path.split(".")[1] in treasury_roles
            and path.endswith((".bik", ".account"))
        )
    }
    return dataclasses.replace(document, expected=expected)


def treasury_documents(documents: list, treasury_biks: dict[str, str]) -> list:
    """Return the documents that label a party with a treasury BIK."""
    return [
        document
        for document in documents
        if without_treasury_labels(document, treasury_biks).expected
        != document.expected
    ]


def check_treasury_requisites(document, treasury_biks: dict[str, str]) -> None:
    """Check a treasury party's TOFK BIK, its treasury account and the ЕКС.

    Treasury (TOFK) BIKs start with "0" and a digit other than 4, so `is_valid_bik`
    rejects them, and `treasury_biks` maps each to the single treasury account (ЕКС)
    printed beside it. The treasury account's key uses the last three BIK digits,
    like a settlement account. The ЕКС key uses "0" and BIK digits 5-6, like a
    correspondent account.
    """
    for path, bik in document.expected.items():
        if not (path.endswith(".bik") and bik in treasury_biks):
            continue
        assert is_valid_treasury_bik(bik), path
        assert printed_in_groups(bik, document.text, document.noisy), path
        single_account = treasury_biks[bik]
        assert single_account.startswith("40102"), single_account
        assert account_key_matches("0" + bik[4:6], single_account), single_account
        assert printed_in_groups(single_account, document.text, document.noisy), (
            single_account
        )
        account_path = path.removesuffix(".bik") + ".account"
        account = document.expected[account_path]
        assert re.fullmatch(r"03\d{18}", account), account_path
        assert account_key_matches(bik[-3:], account), account_path
        assert printed_in_groups(account, document.text, document.noisy), account_path


def check_treasury_key_rejection(
    treasury_bik: str, account: str, wrong_account: str, bank_bik: str
) -> None:
    """Check that the treasury checks accept `account` under `treasury_bik`, reject
    `wrong_account` (one digit changed) and reject the bank BIK `bank_bik`."""
    prefix = treasury_bik[-3:]
    assert account_key_matches(prefix, account), account
    assert not account_key_matches(prefix, wrong_account), wrong_account
    assert is_valid_treasury_bik(treasury_bik), treasury_bik
    assert not is_valid_treasury_bik(bank_bik), bank_bik
