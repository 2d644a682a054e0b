"""Options of a held-out benchmark set for the checks that the sets share.

Each set's test module describes its set with one `HoldoutSet`, and
test_holdout_sets.py runs the shared checks over every set. A check runs for a set
only when the set turns it on: a table or option that is None or empty, or a flag
that is False, leaves the check out for that set.
"""

import dataclasses
import re
from collections.abc import Callable, Collection, Mapping
from datetime import date
from functools import cached_property

from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    HS_CODE_PATTERN,
    VAT_RATE_PATTERN,
    comparable,
    printed_after_normalising,
    printed_amounts,
)
from tests.bench.holdout_codes import td3_errors

# A reader of the amounts printed in a text: `read_amounts(text, noisy)`.
AmountReader = Callable[[str, bool], set[str]]
# A test of whether a value is printed in a text: `is_printed(value, text, noisy)`.
PrintedTest = Callable[[str, str, bool], bool]
# The form in which a text is compared: `reading(text, noisy)`.
Reading = Callable[[str, bool], str]


def _empty_table() -> dict:
    return {}


@dataclasses.dataclass(frozen=True)
class VatRules:
    """The VAT rates that a set's Russian documents of 2026 may print."""

    # The minimum count of each rate ("22" → 10) in the Russian documents, so that a
    # broken pattern cannot pass by finding nothing.
    minimum_counts: Mapping[str, int]
    pattern: re.Pattern[str] = VAT_RATE_PATTERN
    # Letters that are read as digits before the rates are searched.
    look_alikes: Mapping[int, int] = dataclasses.field(
        default_factory=lambda: AMOUNT_DIGIT_LOOK_ALIKES
    )
    rates_2026: frozenset[str] = frozenset({"22", "10"})
    # A print of the 2025 rate that no document of 2026 may carry.
    forbidden: re.Pattern[str] = re.compile(r"(?<![\d,.])20\s?%")
    # Documents of a seller on the simplified tax system (УСН), which charges 5% only.
    simplified_tax_documents: Collection[str] = frozenset()


@dataclasses.dataclass(frozen=True)
class TradeTerms:
    """The documents that print an Incoterms rule, an HS code and the origin."""

    documents: Collection[str]
    incoterms: re.Pattern[str]
    hs_caption: re.Pattern[str]
    hs_code: re.Pattern[str] = HS_CODE_PATTERN
    edition: re.Pattern[str] = re.compile("Incoterms")
    origin: re.Pattern[str] = re.compile("[Oo]rigin")
    # Letters that are read as digits before the HS code is searched.
    hs_code_look_alikes: Mapping[int, int] = dataclasses.field(
        default_factory=_empty_table
    )


@dataclasses.dataclass(frozen=True)
class HoldoutSet:
    """A held-out set, its documents and the options of its shared checks.

    The tables keyed by document id list the documents that a listed-document check
    reads. The flags that default to True turn on checks that every set from H on
    runs.
    """

    # The set's letters, as in its document ids ("z-ru-…") and its test ids.
    name: str
    documents: list
    roles_by_type: Mapping[str, Collection[str]]
    russian_count: int
    english_count: int

    # Checks of the whole set.
    checks_type_coverage: bool = True
    # Types that must outnumber every other type. None checks only that every type
    # has two documents.
    main_types: Collection[str] | None = None
    types_in_both_languages: bool = False
    # Types that have Russian documents only, at least two of them.
    russian_only_types: Collection[str] = frozenset()
    min_noisy_count: int | None = None
    max_noisy_count: int | None = None
    # The ids of the noisy documents, as the set's notes list them.
    noisy_document_ids: Collection[str] | None = None
    # Whether every id that the set's notes list must name a document of the set:
    # the ids of the options below and of `listed_ids`.
    checks_listed_ids: bool = True
    # The id collections of the notes that only the set's own tests read.
    listed_ids: tuple[Collection[str], ...] = ()
    # The minimum numbers of IBANs, correspondent accounts and settlement accounts
    # that the clean documents print. None leaves settlement accounts uncounted.
    requisite_counts: tuple[int, int, int | None] | None = None
    # The caption pattern of OGRN and OGRNIP, checked in clean documents.
    ogrn_pattern: re.Pattern[str] | None = None
    # The minimum number of OGRN that the pattern finds in the clean documents.
    min_ogrn_found: int | None = None
    ogrnip_required: bool = False

    # Checks of each document.
    checks_id_and_type: bool = True
    checks_party_labels: bool = True
    checks_noisy_flag: bool = True
    # The document as `check_noisy_flag` reads it, where a set prints marks that
    # look like OCR damage on purpose.
    noisy_flag_view: Callable | None = None
    checks_printed_requisites: bool = True
    # How a requisite label is found in the text.
    requisite_printed: PrintedTest = printed_after_normalising
    # Each treasury (TOFK) BIK of the set mapped to its single treasury account.
    treasury_biks: Mapping[str, str] | None = None
    # The ids of the documents that label a treasury party.
    treasury_document_ids: Collection[str] | None = None
    # Whether the number, date and total labels are checked against the text.
    checks_labels_printed: bool = True
    # The repair under which a noisy document's number and date are also found.
    repaired: Callable[[str], str] | None = None
    extra_date_forms: Callable[[date], list[str]] | None = None
    read_amounts: AmountReader = printed_amounts
    # Documents whose total is printed only in words, for `check_total_label`.
    totals_only_in_words: Mapping[str, tuple[str, str]] | None = None
    types_without_total: Collection[str] | None = None
    documents_without_total_label: Collection[str] = frozenset()
    currency_marks: Mapping[str, tuple[str, ...]] | None = None
    unmarked_rouble_documents: Collection[str] = frozenset()
    # Documents that state their currency only by an account number.
    currency_by_account_only: Collection[str] = frozenset()
    # Whether a document whose currency label is None must print no currency mark.
    checks_unlabelled_currency: bool = False
    # The repair under which a noisy document's requisite labels are all found.
    requisite_repair: Callable[[str], str] | None = None
    checks_number_and_date_labels: bool = False
    documents_without_number_label: Collection[str] = frozenset()
    # Whether the number label may be None. It must still be present.
    number_label_may_be_none: bool = False
    clean_documents_fit_a_page: bool = False
    # Clean documents that may run over several pages.
    multi_page_documents: Collection[str] = frozenset()
    vat: VatRules | None = None

    # Listed documents, each table keyed by document id.
    # Dates printed beside the document's date: (as printed, ISO date) pairs.
    other_dates: Mapping[str, list[tuple[str, str]]] = dataclasses.field(
        default_factory=_empty_table
    )
    # The forms in which a date of `other_dates` may state its day. None leaves the
    # day unchecked.
    other_date_forms: Callable[[date], list[str]] | None = None
    other_date_reading: Reading = comparable
    # ISO dates printed beside the document's date in a form of `date_forms` or of
    # `extra_date_forms`, in any case.
    other_date_values: Mapping[str, list[str]] = dataclasses.field(
        default_factory=_empty_table
    )
    competing_amounts: Mapping[str, list[str]] = dataclasses.field(
        default_factory=_empty_table
    )
    # Russian documents that spell their total in words, as `amount_words_ru` does.
    totals_in_words: Collection[str] = frozenset()
    total_words_reading: Reading = comparable
    # "№" read as "N2" or "Ne" in front of the number, with the number as printed.
    number_sign_misreads: Mapping[str, str] = dataclasses.field(
        default_factory=_empty_table
    )
    # INNs printed for companies with no role in the document.
    inns_without_role: Mapping[str, list[str]] = dataclasses.field(
        default_factory=_empty_table
    )
    # Foreign codes printed and never labelled, each mapped to its kind.
    foreign_identifiers: Mapping[str, Mapping[str, str]] = dataclasses.field(
        default_factory=_empty_table
    )
    foreign_identifier_checks: Mapping[str, Callable[[str], bool]] = dataclasses.field(
        default_factory=_empty_table
    )
    # How a foreign code is found in the text. None uses `requisite_printed`.
    foreign_identifier_printed: PrintedTest | None = None
    # Whether INN labels must have 10 or 12 digits and differ from the foreign codes.
    checks_inn_labels_russian: bool = False
    # Passports with a machine-readable zone (TD3) that repeats the number.
    mrz_documents: Collection[str] = frozenset()
    # The fields of a TD3 second line whose check digit is wrong.
    mrz_line_errors: Callable[[str], list[str]] = td3_errors
    # Documents mapped to the documents whose numbers they cite.
    citations: Mapping[str, list[str]] = dataclasses.field(default_factory=_empty_table)
    # Statements mapped to the documents whose totals their lines move.
    statement_payments: Mapping[str, list[str]] = dataclasses.field(
        default_factory=_empty_table
    )
    # Statements mapped to (opening, credits, debits, closing) as printed.
    statement_turnovers: Mapping[str, tuple] = dataclasses.field(
        default_factory=_empty_table
    )
    # Russian passports mapped to the series printed before the number label.
    passport_series: Mapping[str, str] = dataclasses.field(default_factory=_empty_table)
    # Numbers printed in a document that are neither its number nor a label.
    other_numbers: Mapping[str, Collection[str]] = dataclasses.field(
        default_factory=_empty_table
    )
    # Documents whose numeric date reads in either order, mapped to (order,
    # separator, ISO date of another printed date, days between or None).
    swappable_dates: Mapping[str, tuple] = dataclasses.field(
        default_factory=_empty_table
    )
    # UPDs mapped to their lines: (quantity, price, amount without VAT, rate, VAT,
    # amount with VAT), as printed.
    upd_lines: Mapping[str, list[tuple]] = dataclasses.field(
        default_factory=_empty_table
    )
    # SWIFT MT103 messages mapped to the value of their field 32A.
    mt103_fields: Mapping[str, str] = dataclasses.field(default_factory=_empty_table)
    # Documents that print the total on two lines or more.
    totals_printed_twice: Collection[str] = frozenset()
    # Documents that print the total in words as well as in figures, with the words.
    totals_also_in_words: Mapping[str, str] = dataclasses.field(
        default_factory=_empty_table
    )
    # Printed amounts that add up to the total, each with the sign it takes in the sum.
    total_terms: Mapping[str, list[str]] = dataclasses.field(
        default_factory=_empty_table
    )
    trade_terms: TradeTerms | None = None

    # Samples from the set's texts for the shared helpers.
    # A noisy amount as printed and the amount that it states.
    noisy_amount_sample: tuple[str, str] | None = None
    # A noisy text and its clean form, which `comparable` must read alike.
    look_alike_sample: tuple[str, str] | None = None
    # (check, valid code, the code with a wrong check digit) triples.
    check_digit_samples: tuple[tuple[Callable[[str], bool], str, str], ...] = ()
    # The arguments of `check_treasury_key_rejection`.
    treasury_key_sample: tuple[str, str, str, str] | None = None
    # Amounts as printed mapped to the values `amount_value` must read.
    amount_value_samples: Mapping[str, str] = dataclasses.field(
        default_factory=_empty_table
    )
    # (text, mark, noisy, found) cases of `prints_currency_mark`.
    currency_mark_samples: tuple[tuple[str, str, bool, bool], ...] = ()
    # (text, noisy, amount, found) cases of the set's `read_amounts`.
    amount_reader_samples: tuple[tuple[str, bool, str, bool], ...] = ()
    # The arguments of `check_digit_groups_read`: a text, an account and an INN.
    digit_group_sample: tuple[str, str, str] | None = None

    def noted_ids(self) -> list[set[str]]:
        """Return every collection of document ids in the set's options, as sets.

        A table keyed by document id gives its keys. The citations and the statement
        payments also give the ids of the documents they name.
        """
        collections = [
            self.unmarked_rouble_documents,
            self.currency_by_account_only,
            self.documents_without_total_label,
            self.documents_without_number_label,
            self.multi_page_documents,
            self.totals_in_words,
            self.mrz_documents,
            self.totals_printed_twice,
            self.other_dates,
            self.other_date_values,
            self.competing_amounts,
            self.number_sign_misreads,
            self.inns_without_role,
            self.foreign_identifiers,
            self.citations,
            self.statement_payments,
            self.statement_turnovers,
            self.passport_series,
            self.other_numbers,
            self.swappable_dates,
            self.upd_lines,
            self.mt103_fields,
            self.totals_also_in_words,
            self.total_terms,
            *self.listed_ids,
        ]
        optional = (
            self.noisy_document_ids,
            self.treasury_document_ids,
            self.totals_only_in_words,
        )
        collections += [collection for collection in optional if collection]
        if self.vat is not None:
            collections.append(self.vat.simplified_tax_documents)
        if self.trade_terms is not None:
            collections.append(self.trade_terms.documents)
        for table in (self.citations, self.statement_payments):
            collections.append({named for ids in table.values() for named in ids})
        return [set(collection) for collection in collections]

    @cached_property
    def documents_by_id(self) -> dict:
        return {document.id: document for document in self.documents}

    @cached_property
    def clean_documents(self) -> list:
        return [document for document in self.documents if not document.noisy]

    @cached_property
    def noisy_documents(self) -> list:
        return [document for document in self.documents if document.noisy]
