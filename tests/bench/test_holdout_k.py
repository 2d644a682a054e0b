"""Form and consistency of the set K benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import pytest

from bench.holdout_k import load_holdout_k
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    comparable,
    document_ids,
    printed_in_groups,
)
from tests.bench.holdout_sets import HoldoutSet

# Powers of attorney label their representative "attorney", as sets F to I do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# Set K prices goods in the currencies of the countries Russian importers buy from,
# and its translated documents name the "Russian rouble".
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble"),
    "TRY": ("TRY", "₺"),
    "KZT": ("KZT", "тенге", "₸"),
    "AED": ("AED", "Dirham"),
    "BYN": ("BYN", "белорусск"),
}
# The cash register receipt of the temporary storage warehouse prints no currency mark.
UNMARKED_ROUBLE_DOCUMENTS = {"k-ru-receipt-temporary-storage-warehouse-scan"}
# Types labelled with `total` None. The letters and the bank control statement name
# sums but are not payment documents, and the others print no amount.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements and the CMRs.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "k-ru-bank-statement-usd-account",
    "k-en-bank-statement-cny-account-scan",
    "k-ru-waybill-cmr-belarus-scan",
    "k-en-waybill-cmr-germany",
}
# Registration numbers of foreign parties, printed in the documents under their own
# names (УНП, BIN, TRN, USCI, USt-IdNr., Steuernummer, Vergi No, VKN, GSTIN, IEC).
# Several have 10 or 12 digits like an INN, and none of them may be labelled.
FOREIGN_REGISTRATION_NUMBERS = {
    "290456712": "Belarusian УНП of the Brest seller",
    "191408527": "Belarusian УНП of the Brest carrier",
    "190540012347": "Kazakh BIN of the lentil exporter",
    "170840023319": "Kazakh BIN of the rail forwarder",
    "100234567800003": "UAE TRN of the Dubai seller",
    "91330206MA2H7K3X5Q": "Chinese USCI of the Ningbo seller",
    "91440101MA5CQ8LW2R": "Chinese USCI of the Guangzhou seller",
    "DE287654319": "German USt-IdNr. of the Stuttgart seller",
    "99015/12345": "German Steuernummer of the Stuttgart seller",
    "DE318402756": "German VAT No. of the Cologne sender",
    "9870123456": "Turkish Vergi No of the Bursa seller",
    "0680412397": "Turkish Vergi No of the Mersin seller",
    "1804627395": "Turkish VKN of the Istanbul hotel",
    "24AAJCS4821K1Z7": "Indian GSTIN of the Ahmedabad seller",
    "0815012345": "Indian IEC of the Ahmedabad seller",
}
# The types that the set has the most of.
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 22
ENGLISH_COUNT = 22
MIN_NOISY_COUNT = 14
DOCUMENTS = load_holdout_k()


HOLDOUT_SET = HoldoutSet(
    name="k",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    min_noisy_count=MIN_NOISY_COUNT,
    requisite_counts=(6, 12, 15),
    requisite_printed=printed_in_groups,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    noisy_amount_sample=("TRY l.323.lOO,OO", "1323100.00"),
)


@pytest.mark.parametrize("document", DOCUMENTS, ids=document_ids(DOCUMENTS))
def test_foreign_numbers_not_labelled(document):
    labelled = set(document.expected.values())
    for number, owner in FOREIGN_REGISTRATION_NUMBERS.items():
        assert number not in labelled, f"{owner} {number} is labelled"


@pytest.mark.parametrize("number", sorted(FOREIGN_REGISTRATION_NUMBERS))
def test_foreign_number_printed(number):
    printed = [
        document.id
        for document in DOCUMENTS
        if comparable(number, document.noisy)
        in comparable(document.text, document.noisy)
    ]
    assert printed, f"{FOREIGN_REGISTRATION_NUMBERS[number]} {number} not printed"
