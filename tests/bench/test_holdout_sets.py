"""Checks that the held-out benchmark sets C to AP share, run over every set.

Each set's module describes the set in its HOLDOUT_SET, and a check runs only for
the sets whose options turn it on. A test id names the set and then the document or
the sample, as in "z/z-ru-invoice-metal-fax" or "ab/is_valid_snils-6". Checks that
only one set runs, or that a set runs in its own way, stay in that set's module.
"""

import importlib
import re
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from bench.formats import amount_words_ru
from bench.holdout import is_valid_inn
from tests.bench.holdout_checks import (
    MAX_CLEAN_LINE_LENGTH,
    MAX_CLEAN_LINES,
    amount_value,
    check_amount_read_through_look_alikes,
    check_currency_mark,
    check_date_label,
    check_digit_groups_read,
    check_document_id_and_type,
    check_document_ids_unique,
    check_listed_ids_exist,
    check_noisy_documents_present,
    check_noisy_flag,
    check_number_label,
    check_party_labels,
    check_printed_requisite_counts,
    check_printed_requisites,
    check_requisites,
    check_set_size_and_languages,
    check_total_label,
    check_total_labels_follow_notes,
    check_treasury_key_rejection,
    check_treasury_requisites,
    check_type_counts,
    check_types_covered_twice,
    comparable,
    date_forms,
    lines_with_total,
    numeric_date,
    prints_currency_mark,
    repaired,
    swapped,
    treasury_documents,
    without_treasury_labels,
)
from tests.bench.holdout_codes import (
    is_valid_foreign_identifier,
    is_valid_ogrn,
    mrz_lines,
)
from tests.bench.holdout_sets import HoldoutSet

# The sets whose modules declare a HOLDOUT_SET, in the order of their letters.
SET_NAMES = (
    *"cdefghijklmnopqrstuvwxyz",
    *(f"a{letter}" for letter in "abcdefghijklmnopqr"),
)
# The registry: each set's name mapped to its documents and the options of its
# checks, which the set's own module declares.
SETS: dict[str, HoldoutSet] = {
    name: importlib.import_module(f"tests.bench.test_holdout_{name}").HOLDOUT_SET
    for name in SET_NAMES
}


def sets_where(applies) -> list:
    """Return a parameter for each set for which `applies(holdout_set)` is true."""
    return [
        pytest.param(holdout_set, id=name)
        for name, holdout_set in SETS.items()
        if applies(holdout_set)
    ]


def documents_where(applies, documents=lambda holdout_set: holdout_set.documents):
    """Return a (set, document) parameter for each of `documents(holdout_set)` in the
    sets for which `applies(holdout_set)` is true."""
    return [
        pytest.param(holdout_set, document, id=f"{name}/{document.id}")
        for name, holdout_set in SETS.items()
        if applies(holdout_set)
        for document in documents(holdout_set)
    ]


def document_entries(table) -> list:
    """Return a (set, document, entry) parameter for each entry of `table(set)`, a
    table keyed by document id, in every set."""
    return [
        pytest.param(
            holdout_set,
            holdout_set.documents_by_id[document_id],
            entry,
            id=f"{name}/{document_id}",
        )
        for name, holdout_set in SETS.items()
        for document_id, entry in sorted(table(holdout_set).items())
    ]


def listed_documents(ids) -> list:
    """Return a (set, document) parameter for each document that `ids(set)` lists."""
    return [
        pytest.param(
            holdout_set,
            holdout_set.documents_by_id[document_id],
            id=f"{name}/{document_id}",
        )
        for name, holdout_set in SETS.items()
        for document_id in sorted(ids(holdout_set))
    ]


def samples(table, label=lambda sample: "sample") -> list:
    """Return a (set, *sample) parameter for each sample of `table(set)`, with an id
    of the set, `label(sample)` and the sample's number."""
    return [
        pytest.param(holdout_set, *sample, id=f"{name}/{label(sample)}-{number}")
        for name, holdout_set in SETS.items()
        for number, sample in enumerate(table(holdout_set), start=1)
    ]


# Checks of a whole set.


@pytest.mark.parametrize("holdout_set", sets_where(lambda holdout_set: True))
def test_set_size_and_languages(holdout_set):
    check_set_size_and_languages(
        holdout_set.documents, holdout_set.russian_count, holdout_set.english_count
    )


@pytest.mark.parametrize("holdout_set", sets_where(lambda holdout_set: True))
def test_document_ids_unique(holdout_set):
    check_document_ids_unique(holdout_set.documents)


@pytest.mark.parametrize(
    "holdout_set", sets_where(lambda holdout_set: holdout_set.checks_type_coverage)
)
def test_type_counts(holdout_set):
    if holdout_set.main_types is None:
        check_types_covered_twice(holdout_set.documents, holdout_set.roles_by_type)
    else:
        check_type_counts(
            holdout_set.documents, holdout_set.roles_by_type, holdout_set.main_types
        )


@pytest.mark.parametrize(
    "holdout_set", sets_where(lambda holdout_set: holdout_set.types_in_both_languages)
)
def test_types_in_both_languages(holdout_set):
    for document_type in holdout_set.roles_by_type:
        languages = Counter(
            document.language
            for document in holdout_set.documents
            if document.document_type == document_type
        )
        assert languages["ru"] >= 1, f"no Russian {document_type}"
        if document_type in holdout_set.russian_only_types:
            assert languages["en"] == 0, f"English {document_type}"
            assert languages["ru"] >= 2, f"fewer than two {document_type}"
        else:
            assert languages["en"] >= 1, f"no English {document_type}"


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.min_noisy_count is not None),
)
def test_noisy_documents_present(holdout_set):
    check_noisy_documents_present(holdout_set.documents, holdout_set.min_noisy_count)


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.max_noisy_count is not None),
)
def test_noisy_count_within_limit(holdout_set):
    noisy_count = len(holdout_set.noisy_documents)
    assert noisy_count <= holdout_set.max_noisy_count, f"{noisy_count} noisy documents"


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.noisy_document_ids is not None),
)
def test_noisy_flags_match_notes(holdout_set):
    flagged = {document.id for document in holdout_set.noisy_documents}
    listed = set(holdout_set.noisy_document_ids)
    assert flagged == listed, sorted(flagged ^ listed)


@pytest.mark.parametrize(
    "holdout_set", sets_where(lambda holdout_set: holdout_set.checks_listed_ids)
)
def test_listed_ids_exist(holdout_set):
    check_listed_ids_exist(holdout_set.documents, *holdout_set.noted_ids())


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.requisite_counts is not None),
)
def test_requisite_checks_find_ibans_and_accounts(holdout_set):
    min_ibans, min_correspondent, min_settlement = holdout_set.requisite_counts
    check_printed_requisite_counts(
        holdout_set.clean_documents,
        min_ibans=min_ibans,
        min_correspondent_accounts=min_correspondent,
        min_settlement_accounts=min_settlement,
    )


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.min_ogrn_found is not None),
)
def test_ogrn_pattern_finds_numbers(holdout_set):
    texts = " ".join(document.text for document in holdout_set.clean_documents)
    found = holdout_set.ogrn_pattern.findall(texts)
    assert len(found) >= holdout_set.min_ogrn_found, f"only {len(found)} OGRN found"
    if holdout_set.ogrnip_required:
        assert any(len(ogrn) == 15 for ogrn in found), "no OGRNIP found"


@pytest.mark.parametrize(
    "holdout_set", sets_where(lambda holdout_set: holdout_set.vat is not None)
)
def test_vat_rate_pattern_finds_rates(holdout_set):
    vat = holdout_set.vat
    texts = " ".join(
        document.text for document in holdout_set.documents if document.language == "ru"
    )
    rates = Counter(vat.pattern.findall(texts.translate(vat.look_alikes)))
    for rate, minimum in vat.minimum_counts.items():
        assert rates[rate] >= minimum, f"only {rates[rate]} rates of {rate}% found"


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.treasury_document_ids is not None),
)
def test_treasury_documents_found(holdout_set):
    found = {
        document.id
        for document in treasury_documents(
            holdout_set.documents, holdout_set.treasury_biks
        )
    }
    listed = set(holdout_set.treasury_document_ids)
    assert found == listed, sorted(found ^ listed)


# Checks of each document.


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.checks_id_and_type),
)
def test_document_id_and_type(holdout_set, document):
    check_document_id_and_type(document, holdout_set.name, holdout_set.roles_by_type)


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.checks_noisy_flag),
)
def test_noisy_flag_matches_damage(holdout_set, document):
    if holdout_set.noisy_flag_view is not None:
        document = holdout_set.noisy_flag_view(document)
    check_noisy_flag(document)


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.checks_number_and_date_labels),
)
def test_number_and_date_labelled(holdout_set, document):
    assert document.expected.get("date"), "no date label"
    if document.id in holdout_set.documents_without_number_label:
        assert "number" not in document.expected, "numberless document has a number"
    elif holdout_set.number_label_may_be_none:
        assert "number" in document.expected, "no number label"
    else:
        assert document.expected.get("number"), "no number label"


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.checks_labels_printed),
)
def test_number_label_printed(holdout_set, document):
    check_number_label(document, repaired=holdout_set.repaired)


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.checks_labels_printed),
)
def test_date_label_printed(holdout_set, document):
    check_date_label(
        document,
        extra_forms=holdout_set.extra_date_forms,
        repaired=holdout_set.repaired,
    )


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.checks_labels_printed),
)
def test_total_label_printed(holdout_set, document):
    check_total_label(
        document,
        read_amounts=holdout_set.read_amounts,
        totals_in_words=holdout_set.totals_only_in_words,
    )


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.types_without_total is not None),
)
def test_total_labels_follow_notes(holdout_set, document):
    check_total_labels_follow_notes(
        document,
        holdout_set.types_without_total,
        holdout_set.documents_without_total_label,
    )


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.currency_marks is not None),
)
def test_currency_matches_printed_mark(holdout_set, document):
    if document.id in holdout_set.currency_by_account_only:
        return
    check_currency_mark(
        document, holdout_set.currency_marks, holdout_set.unmarked_rouble_documents
    )


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.checks_unlabelled_currency),
)
def test_document_without_currency_prints_no_mark(holdout_set, document):
    if "currency" not in document.expected or document.expected["currency"]:
        return
    for currency, marks in holdout_set.currency_marks.items():
        for mark in marks:
            printed = prints_currency_mark(document.text, mark, document.noisy)
            assert not printed, f"{currency} mark {mark!r} printed"


@pytest.mark.parametrize(
    ("holdout_set", "document"), documents_where(lambda holdout_set: True)
)
def test_document_requisites_valid(holdout_set, document):
    """Check the requisite labels. Treasury BIKs and accounts are left to
    `test_treasury_requisites_valid`, because `is_valid_bik` accepts bank BIKs only."""
    if holdout_set.treasury_biks is not None:
        document = without_treasury_labels(document, holdout_set.treasury_biks)
    check_requisites(
        document, holdout_set.roles_by_type, is_printed=holdout_set.requisite_printed
    )


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(
        lambda holdout_set: holdout_set.treasury_biks is not None,
        lambda holdout_set: treasury_documents(
            holdout_set.documents, holdout_set.treasury_biks
        ),
    ),
)
def test_treasury_requisites_valid(holdout_set, document):
    check_treasury_requisites(document, holdout_set.treasury_biks)


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.checks_party_labels),
)
def test_party_labels_follow_notes(holdout_set, document):
    check_party_labels(document)


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(
        lambda holdout_set: holdout_set.checks_printed_requisites,
        lambda holdout_set: holdout_set.clean_documents,
    ),
)
def test_printed_requisites_valid(holdout_set, document):
    check_printed_requisites(document)


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(
        lambda holdout_set: holdout_set.ogrn_pattern is not None,
        lambda holdout_set: holdout_set.clean_documents,
    ),
)
def test_printed_ogrn_valid(holdout_set, document):
    for ogrn in holdout_set.ogrn_pattern.findall(document.text):
        assert is_valid_ogrn(ogrn), f"OGRN {ogrn} has a wrong key"


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(
        lambda holdout_set: holdout_set.requisite_repair is not None,
        lambda holdout_set: holdout_set.noisy_documents,
    ),
)
def test_noisy_requisite_labels_repaired_from_text(holdout_set, document):
    """Check that a noisy document's requisite labels are printed, damaged or not."""
    repair = holdout_set.requisite_repair
    text = repair(document.text)
    for path, value in document.expected.items():
        if path.startswith("parties.") and value is not None:
            assert repair(value) in text, f"{path} {value} not readable"


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(
        lambda holdout_set: holdout_set.checks_inn_labels_russian,
    ),
)
def test_inn_labels_are_russian(holdout_set, document):
    """Check that no INN label is one of the foreign codes the document prints, as
    printed or by its digits alone."""
    printed = set(holdout_set.foreign_identifiers.get(document.id, {}))
    foreign = printed | {re.sub(r"\D", "", value) for value in printed}
    for path, value in document.expected.items():
        if path.endswith(".inn"):
            assert value not in foreign, f"{path} is a foreign code"
            assert len(value) in (10, 12), f"{path} has {len(value)} digits"


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(
        lambda holdout_set: holdout_set.clean_documents_fit_a_page,
        lambda holdout_set: [
            document
            for document in holdout_set.clean_documents
            if document.id not in holdout_set.multi_page_documents
        ],
    ),
)
def test_clean_document_fits_a_page(holdout_set, document):
    lines = document.text.splitlines()
    assert len(lines) <= MAX_CLEAN_LINES, f"{len(lines)} lines"
    longest = max(len(line) for line in lines)
    assert longest <= MAX_CLEAN_LINE_LENGTH, f"line of {longest} characters"


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    documents_where(lambda holdout_set: holdout_set.vat is not None),
)
def test_russian_vat_rates_of_2026(holdout_set, document):
    if document.language != "ru" or not document.expected["date"].startswith("2026"):
        return
    vat = holdout_set.vat
    text = document.text.translate(vat.look_alikes)
    allowed = vat.rates_2026
    if document.id in vat.simplified_tax_documents:
        allowed = {"5"}
        assert "УСН" in text, "a 5% rate without the simplified tax system"
    for rate in vat.pattern.findall(text):
        assert rate in allowed, f"VAT {rate}% in a 2026 document"
    assert not vat.forbidden.search(text), f"{vat.forbidden.pattern!r} is printed"


# Checks of the documents that a set's notes list.


@pytest.mark.parametrize(
    ("holdout_set", "document", "dates"),
    document_entries(lambda holdout_set: holdout_set.other_dates),
)
def test_other_dates_printed_not_labelled(holdout_set, document, dates):
    read = holdout_set.other_date_reading
    for printed, iso in dates:
        assert printed in document.text, f"{printed!r} not printed"
        assert iso != document.expected["date"], f"{printed!r} is the date label"
        if holdout_set.other_date_forms is None:
            continue
        forms = holdout_set.other_date_forms(date.fromisoformat(iso))
        text = read(printed, document.noisy)
        stated = [form for form in forms if read(form, document.noisy) in text]
        assert stated, f"{printed!r} does not state {iso}"


@pytest.mark.parametrize(
    ("holdout_set", "document", "values"),
    document_entries(lambda holdout_set: holdout_set.other_date_values),
)
def test_other_date_values_printed_not_labelled(holdout_set, document, values):
    """Check other dates in the known forms, also in upper case, because a noisy text
    reads "NOV" as "N0V" but leaves "Nov" alone."""
    text = comparable(document.text, document.noisy)
    for other in values:
        assert other != document.expected["date"], f"{other} is the date label"
        value = date.fromisoformat(other)
        forms = date_forms(value)
        if holdout_set.extra_date_forms is not None:
            forms += holdout_set.extra_date_forms(value)
        forms += [form.upper() for form in forms]
        printed = any(comparable(form, document.noisy) in text for form in forms)
        assert printed, f"{other} not printed"


@pytest.mark.parametrize(
    ("holdout_set", "document", "amounts"),
    document_entries(lambda holdout_set: holdout_set.competing_amounts),
)
def test_competing_amounts_printed_not_total(holdout_set, document, amounts):
    printed = holdout_set.read_amounts(document.text, document.noisy)
    for amount in amounts:
        assert amount in printed, f"{amount} not printed"
        assert amount != document.expected.get("total"), f"{amount} is the total"


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    listed_documents(lambda holdout_set: holdout_set.totals_in_words),
)
def test_total_in_words_spells_label(holdout_set, document):
    read = holdout_set.total_words_reading
    words = amount_words_ru(Decimal(document.expected["total"]))
    text = read(document.text, document.noisy)
    assert read(words, document.noisy) in text, f"{words!r} not printed"


@pytest.mark.parametrize(
    ("holdout_set", "document", "printed"),
    document_entries(lambda holdout_set: holdout_set.number_sign_misreads),
)
def test_number_sign_read_as_n2(holdout_set, document, printed):
    assert document.noisy, "the document is not noisy"
    assert printed in document.text, f"{printed!r} not printed"
    number = printed.split(" ", 1)[1]
    assert repaired(number) == repaired(document.expected["number"])


@pytest.mark.parametrize(
    ("holdout_set", "document", "inns"),
    document_entries(lambda holdout_set: holdout_set.inns_without_role),
)
def test_inn_without_role_not_labelled(holdout_set, document, inns):
    for inn in inns:
        assert is_valid_inn(inn), f"INN {inn} has a wrong key"
        printed = holdout_set.requisite_printed(inn, document.text, document.noisy)
        assert printed, f"{inn} not printed"
        assert inn not in document.expected.values(), f"{inn} is a label"


@pytest.mark.parametrize(
    ("holdout_set", "document", "identifiers"),
    document_entries(lambda holdout_set: holdout_set.foreign_identifiers),
)
def test_foreign_identifiers_printed_not_labelled(holdout_set, document, identifiers):
    """Check each foreign code as printed and, with its spaces removed, against the
    labels and its check."""
    is_printed = holdout_set.foreign_identifier_printed or holdout_set.requisite_printed
    checks = holdout_set.foreign_identifier_checks
    labels = {value for value in document.expected.values() if value is not None}
    for value, kind in identifiers.items():
        assert is_printed(value, document.text, document.noisy), f"{value} missing"
        compact = re.sub(r"\s", "", value)
        assert value not in labels, f"{kind} {value} is a label"
        assert compact not in labels, f"{kind} {compact} is a label"
        valid = is_valid_foreign_identifier(compact, kind, checks)
        assert valid, f"{kind} {value} invalid"


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    listed_documents(lambda holdout_set: holdout_set.mrz_documents),
)
def test_machine_readable_zone_valid(holdout_set, document):
    lines = mrz_lines(document.text, 44)
    assert len(lines) == 2, f"{len(lines)} MRZ lines"
    number = lines[1][0:9].rstrip("<")
    assert number == document.expected["number"], "MRZ number is not the label"
    errors = holdout_set.mrz_line_errors(lines[1])
    assert errors == [], errors


@pytest.mark.parametrize(
    ("holdout_set", "document", "cited_ids"),
    document_entries(lambda holdout_set: holdout_set.citations),
)
def test_citations_print_cited_numbers(holdout_set, document, cited_ids):
    text = repaired(document.text)
    for cited_id in cited_ids:
        number = holdout_set.documents_by_id[cited_id].expected["number"]
        assert repaired(number) in text, f"number {number} of {cited_id} missing"


@pytest.mark.parametrize(
    ("holdout_set", "statement", "paid_ids"),
    document_entries(lambda holdout_set: holdout_set.statement_payments),
)
def test_statement_lines_move_document_totals(holdout_set, statement, paid_ids):
    amounts = holdout_set.read_amounts(statement.text, statement.noisy)
    for paid_id in paid_ids:
        total = holdout_set.documents_by_id[paid_id].expected["total"]
        assert total in amounts, f"total {total} of {paid_id} not in the statement"


@pytest.mark.parametrize(
    ("holdout_set", "statement", "turnover"),
    document_entries(lambda holdout_set: holdout_set.statement_turnovers),
)
def test_statement_balances_add_up(holdout_set, statement, turnover):
    opening, credits, debits, closing = turnover
    for printed in (opening, *credits, *debits, closing):
        assert printed in statement.text, f"{printed!r} not printed"
    assert credits, "no incoming line"
    assert debits, "no outgoing line"
    incoming = sum(amount_value(printed) for printed in credits)
    outgoing = sum(amount_value(printed) for printed in debits)
    expected_closing = amount_value(opening) + incoming - outgoing
    assert expected_closing == amount_value(closing), f"closing {expected_closing}"


@pytest.mark.parametrize(
    ("holdout_set", "document", "series"),
    document_entries(lambda holdout_set: holdout_set.passport_series),
)
def test_passport_number_without_series(holdout_set, document, series):
    number = document.expected["number"]
    assert re.fullmatch(r"\d{6}", number), f"number {number} is not six digits"
    assert repaired(f"{series} {number}") in repaired(document.text), "series missing"


@pytest.mark.parametrize(
    ("holdout_set", "document", "numbers"),
    document_entries(lambda holdout_set: holdout_set.other_numbers),
)
def test_other_numbers_printed_not_number(holdout_set, document, numbers):
    label = repaired(document.expected["number"])
    for number in numbers:
        printed = holdout_set.requisite_printed(number, document.text, document.noisy)
        assert printed, f"{number} missing"
        assert repaired(number) != label, f"{number} is the number label"
        assert number not in document.expected.values(), f"{number} is a label"


@pytest.mark.parametrize(
    ("holdout_set", "document", "reading"),
    document_entries(lambda holdout_set: holdout_set.swappable_dates),
)
def test_swappable_date_settled_by_other_date(holdout_set, document, reading):
    order, separator, other_iso, days = reading
    text = comparable(document.text, document.noisy)
    label = date.fromisoformat(document.expected["date"])
    other = date.fromisoformat(other_iso)
    printed = comparable(numeric_date(label, order, separator), document.noisy)
    assert printed in text, "date not printed in the stated order"
    assert swapped(label) != label, "day and month are equal"
    other_printed = comparable(numeric_date(other, order, separator), document.noisy)
    assert other_printed in text, f"{other_iso} not printed in the stated order"
    if days is None:
        assert other.day > 12, f"{other_iso} can be read in the other order"
        return
    assert (other - label).days == days, "dates not the stated days apart"
    assert (swapped(other) - swapped(label)).days != days, "other order fits as well"


@pytest.mark.parametrize(
    ("holdout_set", "document", "lines"),
    document_entries(lambda holdout_set: holdout_set.upd_lines),
)
def test_upd_lines_make_total(holdout_set, document, lines):
    total = Decimal(0)
    for quantity, price, without_vat, rate, vat, with_vat in lines:
        for printed in (price, without_vat, vat, with_vat):
            assert printed in document.text, f"{printed!r} not printed"
        assert f"{rate}%" in document.text, f"rate {rate}% not printed"
        assert int(quantity) * amount_value(price) == amount_value(without_vat)
        expected_vat = amount_value(without_vat) * Decimal(rate) / 100
        assert expected_vat == amount_value(vat), f"VAT of {without_vat}"
        line_total = amount_value(without_vat) + amount_value(vat)
        assert line_total == amount_value(with_vat), with_vat
        total += amount_value(with_vat)
    assert total == Decimal(document.expected["total"]), f"lines make {total}"


@pytest.mark.parametrize(
    ("holdout_set", "document", "field"),
    document_entries(lambda holdout_set: holdout_set.mt103_fields),
)
def test_mt103_field_32a_matches_labels(holdout_set, document, field):
    assert f":32A:{field}" in document.text, f"{field!r} not printed"
    match = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([A-Z]{3})(\d+),(\d{2})", field)
    assert match, f"{field!r} is not a 32A value"
    year, month, day, currency, whole, cents = match.groups()
    assert f"20{year}-{month}-{day}" == document.expected["date"], "value date"
    assert currency == document.expected["currency"], "currency"
    assert f"{whole}.{cents}" == document.expected["total"], "amount"


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    listed_documents(lambda holdout_set: holdout_set.totals_printed_twice),
)
def test_total_printed_twice(holdout_set, document):
    lines = lines_with_total(document, holdout_set.read_amounts)
    assert len(lines) >= 2, f"total printed on {len(lines)} line"


@pytest.mark.parametrize(
    ("holdout_set", "document", "words"),
    document_entries(lambda holdout_set: holdout_set.totals_also_in_words),
)
def test_total_printed_in_words_and_figures(holdout_set, document, words):
    assert words in document.text, "total in words missing"
    lines = lines_with_total(document, holdout_set.read_amounts)
    assert lines, "total in figures missing"


@pytest.mark.parametrize(
    ("holdout_set", "document", "terms"),
    document_entries(lambda holdout_set: holdout_set.total_terms),
)
def test_printed_terms_add_up_to_total(holdout_set, document, terms):
    amounts = holdout_set.read_amounts(document.text, document.noisy)
    for term in terms:
        assert term.lstrip("-") in amounts, f"term {term} not printed"
    total = sum(Decimal(term) for term in terms)
    assert f"{total:.2f}" == document.expected["total"], f"terms add up to {total}"


@pytest.mark.parametrize(
    ("holdout_set", "document"),
    listed_documents(
        lambda holdout_set: (
            holdout_set.trade_terms.documents if holdout_set.trade_terms else ()
        )
    ),
)
def test_trade_terms_printed(holdout_set, document):
    terms = holdout_set.trade_terms
    text = document.text
    assert terms.incoterms.search(text), "no Incoterms rule with a place"
    assert terms.edition.search(text), "Incoterms edition not named"
    assert terms.hs_caption.search(text), "no HS code caption"
    digits = text.translate(terms.hs_code_look_alikes)
    assert terms.hs_code.search(digits), "no HS code"
    assert terms.origin.search(text), "no country of origin"


# Checks of the shared helpers on samples from each set's texts.


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.noisy_amount_sample is not None),
)
def test_noisy_amounts_read_look_alikes(holdout_set):
    check_amount_read_through_look_alikes(*holdout_set.noisy_amount_sample)


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.look_alike_sample is not None),
)
def test_noisy_text_compares_through_look_alikes(holdout_set):
    damaged, clean = holdout_set.look_alike_sample
    assert comparable(damaged, True) == comparable(clean, True)


@pytest.mark.parametrize(
    ("holdout_set", "check", "valid", "invalid"),
    samples(
        lambda holdout_set: holdout_set.check_digit_samples,
        lambda sample: sample[0].__name__,
    ),
)
def test_check_digit_rejects_wrong_key(holdout_set, check, valid, invalid):
    assert check(valid), f"{check.__name__} rejects {valid}"
    assert not check(invalid), f"{check.__name__} accepts {invalid}"


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.treasury_key_sample is not None),
)
def test_treasury_key_rejects_changed_digit(holdout_set):
    check_treasury_key_rejection(*holdout_set.treasury_key_sample)


@pytest.mark.parametrize(
    ("holdout_set", "printed", "value"),
    samples(lambda holdout_set: holdout_set.amount_value_samples.items()),
)
def test_amount_value_reads_printed_forms(holdout_set, printed, value):
    assert amount_value(printed) == Decimal(value)


@pytest.mark.parametrize(
    ("holdout_set", "text", "mark", "noisy", "found"),
    samples(
        lambda holdout_set: holdout_set.currency_mark_samples,
        lambda sample: sample[1],
    ),
)
def test_currency_mark_search_needs_word_start(holdout_set, text, mark, noisy, found):
    assert prints_currency_mark(text, mark, noisy=noisy) is found


@pytest.mark.parametrize(
    ("holdout_set", "text", "noisy", "amount", "found"),
    samples(lambda holdout_set: holdout_set.amount_reader_samples),
)
def test_amount_reader_mends_damage(holdout_set, text, noisy, amount, found):
    assert (amount in holdout_set.read_amounts(text, noisy=noisy)) is found


@pytest.mark.parametrize(
    "holdout_set",
    sets_where(lambda holdout_set: holdout_set.digit_group_sample is not None),
)
def test_requisite_match_reads_digit_groups(holdout_set):
    text, account, inn = holdout_set.digit_group_sample
    check_digit_groups_read(text, account=account, inn=inn)
