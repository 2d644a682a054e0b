"""Form and consistency of the set AN benchmark documents.

The checks that the sets share run in test_holdout_sets.py with the options in
HOLDOUT_SET.
"""

import re
from decimal import Decimal

import pytest

from bench.holdout import is_valid_iban
from bench.holdout_an import load_holdout_an
from tests.bench import holdout_checks
from tests.bench.holdout_checks import (
    AMOUNT_DIGIT_LOOK_ALIKES,
    OGRN_PATTERN,
    amount_value,
    date_forms_with_compact,
    is_printed,
    read_amounts,
    repaired,
    repaired_without_underscores,
)
from tests.bench.holdout_codes import (
    form_check,
    is_valid_gs1_number,
    is_valid_ogrn,
    is_valid_usci,
    strict_td3_errors,
)
from tests.bench.holdout_sets import HoldoutSet, VatRules

# Powers of attorney label their representative "attorney", as sets F to AL do.
ROLES_BY_TYPE = {
    **holdout_checks.ROLES_BY_TYPE,
    "power_of_attorney": {"principal", "attorney"},
}
# The shared marks, widened by the words of this set's documents and by the
# currencies of its Belarusian and Uzbek partners. "рубл" covers "рубль", "рубля" and
# "рублей", and "белорусск" the Belarusian rouble.
CURRENCY_MARKS = {
    **holdout_checks.CURRENCY_MARKS,
    "RUB": (*holdout_checks.CURRENCY_MARKS["RUB"], "rouble", "рубл"),
    "USD": (*holdout_checks.CURRENCY_MARKS["USD"], "dollar"),
    "EUR": (*holdout_checks.CURRENCY_MARKS["EUR"], "euro"),
    "CNY": (*holdout_checks.CURRENCY_MARKS["CNY"], "yuan"),
    "BYN": ("BYN", "белорусск"),
    "UZS": ("UZS", "soum"),
}
# The shop's cash receipt prints no currency mark, as Russian cash receipts do.
UNMARKED_ROUBLE_DOCUMENTS = {"an-ru-receipt-franchise-shop-photo"}
# Types labelled with `total` None. None of their documents states a document value.
TYPES_WITHOUT_TOTAL = {
    "passport",
    "power_of_attorney",
    "letter",
    "packing_list",
    "other",
}
# Documents with no `total` label at all: the statements, whose balances are states of
# account, and the CMR, which names no money.
DOCUMENTS_WITHOUT_TOTAL_LABEL = {
    "an-ru-bank-statement-factory-march",
    "an-en-bank-statement-factory-usd",
    "an-en-waybill-cmr-denim-scan",
}
# The documents that imitate OCR of scans, faxes and phone photos.
NOISY_DOCUMENTS = {
    "an-ru-invoice-footwear-fax",
    "an-ru-invoice-belarus-knitwear-scan",
    "an-ru-act-sewing-give-and-take-scan",
    "an-ru-act-dry-cleaning-photo",
    "an-ru-upd-marking-operator-scan",
    "an-ru-upd-franchisee-return-photo",
    "an-ru-payment-order-marking-codes-scan",
    "an-ru-waybill-torg12-fabric-scan",
    "an-ru-receipt-franchise-shop-photo",
    "an-ru-passport-shop-assistant-scan",
    "an-en-invoice-uzbek-jersey-fax",
    "an-en-waybill-cmr-denim-scan",
    "an-en-packing-list-knitwear-cartons-photo",
    "an-en-receipt-tashkent-hotel-photo",
    "an-en-passport-uzbek-seamstress-scan",
}
# Russian documents that spell their rouble total in words, checked against
# `amount_words_ru` after the look-alike repair. The Belarusian invoice spells
# Belarusian roubles and is left out.
TOTALS_IN_WORDS = {
    "an-ru-invoice-fabric-shuya",
    "an-ru-invoice-marking-codes",
    "an-ru-invoice-footwear-fax",
    "an-ru-invoice-trade-fair-stand",
    "an-ru-act-sewing-give-and-take-scan",
    "an-ru-act-dry-cleaning-photo",
    "an-ru-act-franchise-royalty",
    "an-ru-act-trade-fair-stand",
    "an-ru-payment-order-fabric-advance",
    "an-ru-payment-order-marking-codes-scan",
    "an-ru-payment-order-distributor-footwear",
    "an-ru-payment-order-sewing-workshop",
    "an-ru-contract-give-and-take-sewing",
    "an-ru-waybill-torg12-fabric-scan",
}
# Dates printed by a fax, a camera, a bank, an export, a stamp or a translator, with
# the day each one states. Other dates of the same paper are listed too: the contracts,
# invoices and acts it cites, due dates, validity, receipt, manufacture and birth. None
# of them is the document's date.
OTHER_DATES = {
    "an-ru-invoice-fabric-shuya": [
        ("действителен до 20.02.2026", "2026-02-20"),
        ("№ П-14/26 от 02.02.2026", "2026-02-02"),
    ],
    "an-ru-invoice-marking-codes": [("№ ЛК-37-0021584 от 14.09.2020", "2020-09-14")],
    "an-ru-invoice-footwear-fax": [
        ("O2/03/2026 09:17", "2026-03-02"),
        ("Оплата l00% до 06.03.2026", "2026-03-06"),
    ],
    "an-ru-invoice-trade-fair-stand": [
        ("до 27.02.2026", "2026-02-27"),
        ("№ 0417/ЛМЭ-26 от 09.02.2026", "2026-02-09"),
    ],
    "an-ru-invoice-belarus-knitwear-scan": [
        ("НТ-РФ/2026-04 от 22.0l.2026", "2026-01-22")
    ],
    "an-ru-act-sewing-give-and-take-scan": [
        ("№ 7 от 26.03.2026", "2026-03-26"),
        ("Д-03/26 от 09.02.2026", "2026-02-09"),
    ],
    "an-ru-act-dry-cleaning-photo": [
        ("IMG_20260323_101544", "2026-03-23"),
        ("0044l9 от l6.03.2026", "2026-03-16"),
    ],
    "an-ru-act-franchise-royalty": [
        ("до 10.04.2026", "2026-04-10"),
        ("франчайзи 02.04.2026", "2026-04-02"),
    ],
    "an-ru-act-trade-fair-stand": [
        ("счет № ЭЛ-0264 от 12.02.2026", "2026-02-12"),
        ("до 28.04.2026", "2026-04-28"),
    ],
    "an-ru-upd-factory-garments-marking": [
        ("Дата получения (приемки): 20.03.2026", "2026-03-20")
    ],
    "an-ru-upd-marking-operator-scan": [
        ("N2 34l от 03.03.2026", "2026-03-03"),
        ("Кудрявцева О. П., 03.04.2026", "2026-04-03"),
    ],
    "an-ru-upd-franchisee-return-photo": [
        ("IMG_20260407_112908", "2026-04-07"),
        ("Дата получения (приемки): 08.04.2026", "2026-04-08"),
    ],
    "an-ru-upd-distributor-footwear-to-chain": [
        ("Дата получения (приемки): 19.03.2026", "2026-03-19")
    ],
    "an-ru-payment-order-fabric-advance": [("№ ШМ-000187 от 16.02.2026", "2026-02-16")],
    "an-ru-payment-order-marking-codes-scan": [
        ("№ ЦМ-26-OO4ll87 от O2.O3.2O26", "2026-03-02")
    ],
    "an-ru-payment-order-distributor-footwear": [
        ("Выгружено: 05.03.2026 09:02", "2026-03-05")
    ],
    "an-ru-payment-order-sewing-workshop": [("№ 14 от 27.03.2026", "2026-03-27")],
    "an-ru-contract-fabric-supply": [
        ("до 06.03.2026", "2026-03-06"),
        ("до 31.12.2026", "2026-12-31"),
    ],
    "an-ru-contract-give-and-take-sewing": [("до 31.03.2026", "2026-03-31")],
    "an-ru-other-inventory-shop": [("№ 19-И от 27.03.2026", "2026-03-27")],
    "an-ru-other-fabric-quality-certificate": [
        ("от 14.08.2025", "2025-08-14"),
        ("26-0211   | 11.02.2026", "2026-02-11"),
    ],
    "an-ru-waybill-torg12-fabric-scan": [("№ 22 от O2.O3.2O26", "2026-03-02")],
    "an-ru-packing-list-garments-cartons": [
        ("«Честный ЗНАК» 17.03.2026", "2026-03-17")
    ],
    "an-ru-bank-statement-factory-march": [
        ("сформирована 01.04.2026 09:12", "2026-04-01")
    ],
    "an-ru-receipt-franchise-shop-photo": [("IMG_20260405_093317", "2026-04-05")],
    "an-ru-passport-shop-assistant-scan": [
        ("O3.O8.2OOO", "2000-08-03"),
        ("l2.Ol.2O26", "2026-01-12"),
    ],
    "an-ru-power-of-attorney-receive-fabric": [
        ("«31» марта 2026", "2026-03-31"),
        ("г. Иваново 11.06.2015", "2015-06-11"),
    ],
    "an-ru-letter-claim-footwear-defects": [("№ 5 от 02.04.2026", "2026-04-02")],
    "an-en-invoice-turkish-denim-usd": [
        ("dated 20.01.2026", "2026-01-20"),
        ("received 20.02.2026", "2026-02-20"),
    ],
    "an-en-invoice-chinese-knitwear-cny": [
        ("January 28, 2026", "2026-01-28"),
        ("received on 02.02.2026", "2026-02-02"),
    ],
    "an-en-invoice-uzbek-jersey-fax": [("of l9.O3.2O26", "2026-03-19")],
    "an-en-act-tashkent-fair-stand": [
        ("26 January 2026", "2026-01-26"),
        ("5 March 2026", "2026-03-05"),
    ],
    "an-en-upd-footwear-translation": [
        ("Moscow, April 2, 2026", "2026-04-02"),
        ("Date of receipt: 13.03.2026", "2026-03-13"),
    ],
    "an-en-payment-order-mt103-turkish-balance": [
        ("Printed: 13.03.2026 10:22", "2026-03-13")
    ],
    "an-en-contract-turkish-denim-supply": [
        ("6 March 2026", "2026-03-06"),
        ("31 December 2026", "2026-12-31"),
    ],
    "an-en-waybill-cmr-denim-scan": [
        ("Ivanovo, ll.O3.2O26", "2026-03-11"),
        ("of 27.O2.2O26", "2026-02-27"),
    ],
    "an-en-packing-list-denim-rolls": [("from 2 March 2026", "2026-03-02")],
    "an-en-packing-list-knitwear-cartons-photo": [
        ("IMG_20260319_184406", "2026-03-19")
    ],
    "an-en-bank-statement-factory-usd": [("on 01.04.2026 at 08:40", "2026-04-01")],
    "an-en-receipt-tashkent-hotel-photo": [
        ("IMG_2O26O32O_O7l5l2", "2026-03-20"),
        ("Arrival: l5.O3.2O26", "2026-03-15"),
    ],
    "an-en-passport-uzbek-seamstress-scan": [
        ("22.O5.l996", "1996-05-22"),
        ("O8.ll.2O3l", "2031-11-08"),
    ],
    "an-en-power-of-attorney-forwarder-denim": [("until 31 March 2026", "2026-03-31")],
    "an-en-letter-claim-knitwear-defects": [
        ("on April 3, 2026", "2026-04-03"),
        ("of April 6, 2026", "2026-04-06"),
    ],
    "an-en-other-denim-test-report": [("23 February 2026 from", "2026-02-23")],
}
# "№" read as "N2" in front of a number, with the number as printed.
NUMBER_SIGN_READ_AS_N2 = {
    "an-ru-invoice-footwear-fax": "N2 BШ-0227",
    "an-ru-payment-order-marking-codes-scan": "N2 34l",
}
# Codes of foreign parties, printed and never labelled: the IBANs and Vergi numbers of
# the Turkish mill and forwarder, the Belarusian mill's IBAN and УНП, the Uzbek TINs
# and the Chinese maker's USCI.
FOREIGN_IDENTIFIERS = {
    "an-ru-invoice-belarus-knitwear-scan": {
        "BY78NMTB30120723862551184873": "iban",
        "590618437": "unp",
    },
    "an-en-invoice-turkish-denim-usd": {
        "TR510006704533314789328804": "iban",
        "3250417861": "vergi",
    },
    "an-en-contract-turkish-denim-supply": {
        "TR510006704533314789328804": "iban",
        "3250417861": "vergi",
    },
    "an-en-payment-order-mt103-turkish-balance": {"TR510006704533314789328804": "iban"},
    "an-en-bank-statement-factory-usd": {"TR510006704533314789328804": "iban"},
    "an-en-power-of-attorney-forwarder-denim": {"0710528347": "vergi"},
    "an-en-invoice-chinese-knitwear-cny": {"91330603MA2BX47K8U": "usci"},
    "an-en-invoice-uzbek-jersey-fax": {"305842617": "stir"},
    "an-en-act-tashkent-fair-stand": {"307418259": "stir"},
}
# INNs printed for a company or person with no role in the document. They belong to
# the supplier named in the power of attorney and the parties of the quality document.
# Others belong to the owner of the inventoried shop, the senders of the claims and
# the counterparties of the statement.
INNS_WITHOUT_ROLE = {
    "an-ru-power-of-attorney-receive-fabric": ("3706168970",),
    "an-ru-other-fabric-quality-certificate": ("3706168970", "3702158812"),
    "an-ru-other-inventory-shop": ("7604205998",),
    "an-ru-letter-claim-footwear-defects": ("7604205998",),
    "an-en-letter-claim-knitwear-defects": ("7722784727",),
    "an-ru-bank-statement-factory-march": (
        "7731002976",
        "7722784727",
        "3706168970",
        "370277992238",
    ),
}
# Amounts printed beside the total that are not the total. They are advances,
# balances and rests, sums without VAT and VAT, and line sums. Others are the value of
# customer-supplied cut parts, the revenue a royalty is charged on, an advance on a
# personal account and its rest, and claims.
COMPETING_AMOUNTS = {
    "an-ru-invoice-fabric-shuya": ["676419.85", "1108885.00", "243954.70"],
    "an-ru-invoice-marking-codes": ["19200.00", "4224.00"],
    "an-ru-invoice-footwear-fax": ["1983400.00", "340428.00", "43600.00"],
    "an-ru-invoice-trade-fair-stand": ["314699.00", "515900.00", "113498.00"],
    "an-ru-invoice-belarus-knitwear-scan": ["5232.00", "7056.00"],
    "an-ru-act-sewing-give-and-take-scan": [
        "411000.00",
        "252000.00",
        "159000.00",
        "100800.00",
    ],
    "an-ru-act-dry-cleaning-photo": ["22500.00", "15360.00"],
    "an-ru-act-franchise-royalty": [
        "2184600.00",
        "109230.00",
        "124230.00",
        "27330.60",
    ],
    "an-ru-act-trade-fair-stand": ["629398.00", "7320.00", "521900.00", "114818.00"],
    "an-ru-upd-factory-garments-marking": ["1154400.00", "220848.00", "27600.00"],
    "an-ru-upd-marking-operator-scan": ["23424.00", "907.68", "18456.00", "4060.32"],
    "an-ru-upd-franchisee-return-photo": ["15372.00", "6540.00"],
    "an-ru-upd-distributor-footwear-to-chain": [
        "899200.00",
        "170080.00",
        "461160.00",
    ],
    "an-ru-payment-order-fabric-advance": ["121977.35"],
    "an-ru-payment-order-marking-codes-scan": ["4224.00"],
    "an-ru-payment-order-distributor-footwear": ["340428.00", "43600.00"],
    "an-ru-contract-fabric-supply": ["676419.85", "243954.70", "1108885.00"],
    "an-ru-contract-give-and-take-sewing": ["411000.00", "252000.00", "108000.00"],
    "an-ru-other-inventory-shop": ["647598.00", "659580.00"],
    "an-ru-waybill-torg12-fabric-scan": ["1108885.00", "243954.70", "460672.00"],
    "an-ru-letter-claim-footwear-defects": ["134139.00", "107604.00"],
    "an-en-invoice-turkish-denim-usd": ["18135.00", "42315.00", "29100.00"],
    "an-en-invoice-chinese-knitwear-cny": ["57636.00", "134484.00", "82200.00"],
    "an-en-invoice-uzbek-jersey-fax": ["16966.00", "12480.00"],
    "an-en-act-tashkent-fair-stand": ["4680.00", "1710.00", "747.86"],
    "an-en-upd-footwear-translation": ["1983400.00", "384028.00", "1065060.00"],
    "an-en-payment-order-mt103-turkish-balance": ["45.00"],
    "an-en-contract-turkish-denim-supply": ["58200.00", "40800.00", "21900.00"],
    "an-en-receipt-tashkent-hotel-photo": ["4600000.00", "272000.00", "96000.00"],
    "an-en-letter-claim-knitwear-defects": ["21696.00", "15120.00"],
}
# Numbers that are neither a label nor part of one, with the document that prints
# each. They are personal accounts and offers of the marking system, SSCC, GTINs,
# other contracts and UPD, transport waybills and shade lots. Others are a declaration
# of conformity, an aggregation document, an attorney's passport, a trademark
# registration, a currency control number and a personal number.
OTHER_NUMBERS = {
    "an-ru-invoice-marking-codes": ("ЛС-3702158812-01", "ЛК-37-0021584"),
    "an-ru-upd-factory-garments-marking": (
        "146071830003180019",
        "04607183945805",
        "21/Д-25",
    ),
    "an-ru-upd-franchisee-return-photo": ("ЛХ-387l", "04603715515904"),
    "an-ru-upd-distributor-footwear-to-chain": ("ЛХ-П/2025-118", "МР-Т-0317"),
    "an-ru-payment-order-marking-codes-scan": ("ЛС-37O2l588l2-Ol",),
    "an-ru-act-franchise-royalty": ("КК-07/2024", "РД0471862"),
    "an-ru-other-fabric-quality-certificate": ("Д-RU.РА02.В.48217/25", "26-0211"),
    "an-ru-other-inventory-shop": ("19-И",),
    "an-ru-packing-list-garments-cartons": ("8841277", "146071830003180446"),
    "an-ru-power-of-attorney-receive-fabric": ("308472",),
    "an-en-payment-order-mt103-turkish-balance": ("26020017/0718/0042/2/1",),
    "an-en-packing-list-denim-rolls": ("26-0218-A", "26-0220-B"),
    "an-en-other-denim-test-report": ("26-0218-A",),
    "an-en-letter-claim-knitwear-defects": ("HR-MR-2026-011",),
    "an-en-passport-uzbek-seamstress-scan": ("42205966510023",),
}
# Documents of one deal mapped to the documents whose numbers they print.
CITATIONS = {
    "an-ru-invoice-fabric-shuya": ("an-ru-contract-fabric-supply",),
    "an-ru-payment-order-fabric-advance": (
        "an-ru-invoice-fabric-shuya",
        "an-ru-contract-fabric-supply",
    ),
    "an-ru-power-of-attorney-receive-fabric": (
        "an-ru-contract-fabric-supply",
        "an-ru-invoice-fabric-shuya",
    ),
    "an-ru-other-fabric-quality-certificate": (
        "an-ru-contract-fabric-supply",
        "an-ru-invoice-fabric-shuya",
    ),
    "an-ru-waybill-torg12-fabric-scan": (
        "an-ru-contract-fabric-supply",
        "an-ru-other-fabric-quality-certificate",
    ),
    "an-ru-payment-order-marking-codes-scan": ("an-ru-invoice-marking-codes",),
    "an-ru-upd-marking-operator-scan": (
        "an-ru-invoice-marking-codes",
        "an-ru-payment-order-marking-codes-scan",
    ),
    "an-ru-upd-factory-garments-marking": ("an-ru-packing-list-garments-cartons",),
    "an-ru-packing-list-garments-cartons": ("an-ru-upd-factory-garments-marking",),
    "an-ru-act-sewing-give-and-take-scan": ("an-ru-contract-give-and-take-sewing",),
    "an-ru-payment-order-sewing-workshop": (
        "an-ru-act-sewing-give-and-take-scan",
        "an-ru-contract-give-and-take-sewing",
    ),
    "an-ru-bank-statement-factory-march": (
        "an-ru-invoice-marking-codes",
        "an-ru-invoice-fabric-shuya",
        "an-ru-waybill-torg12-fabric-scan",
        "an-ru-upd-factory-garments-marking",
        "an-ru-payment-order-marking-codes-scan",
        "an-ru-payment-order-sewing-workshop",
    ),
    "an-ru-payment-order-distributor-footwear": ("an-ru-invoice-footwear-fax",),
    "an-en-upd-footwear-translation": ("an-ru-payment-order-distributor-footwear",),
    "an-ru-letter-claim-footwear-defects": ("an-ru-upd-distributor-footwear-to-chain",),
    "an-ru-act-trade-fair-stand": ("an-ru-invoice-trade-fair-stand",),
    "an-en-invoice-turkish-denim-usd": (
        "an-en-contract-turkish-denim-supply",
        "an-en-packing-list-denim-rolls",
    ),
    "an-en-packing-list-denim-rolls": (
        "an-en-invoice-turkish-denim-usd",
        "an-en-contract-turkish-denim-supply",
    ),
    "an-en-waybill-cmr-denim-scan": (
        "an-en-invoice-turkish-denim-usd",
        "an-en-packing-list-denim-rolls",
        "an-en-other-denim-test-report",
    ),
    "an-en-payment-order-mt103-turkish-balance": (
        "an-en-invoice-turkish-denim-usd",
        "an-en-contract-turkish-denim-supply",
    ),
    "an-en-bank-statement-factory-usd": (
        "an-en-payment-order-mt103-turkish-balance",
        "an-en-invoice-turkish-denim-usd",
        "an-en-invoice-uzbek-jersey-fax",
    ),
    "an-en-power-of-attorney-forwarder-denim": (
        "an-en-contract-turkish-denim-supply",
        "an-en-invoice-turkish-denim-usd",
        "an-en-packing-list-denim-rolls",
    ),
    "an-en-other-denim-test-report": ("an-en-contract-turkish-denim-supply",),
    "an-en-invoice-chinese-knitwear-cny": (
        "an-en-packing-list-knitwear-cartons-photo",
    ),
    "an-en-packing-list-knitwear-cartons-photo": (
        "an-en-invoice-chinese-knitwear-cny",
    ),
    "an-en-letter-claim-knitwear-defects": ("an-en-invoice-chinese-knitwear-cny",),
}
# Statements mapped to the documents whose total one of their lines moves.
STATEMENT_PAYMENTS = {
    "an-ru-bank-statement-factory-march": (
        "an-ru-payment-order-marking-codes-scan",
        "an-ru-upd-factory-garments-marking",
        "an-ru-payment-order-sewing-workshop",
        "an-ru-act-sewing-give-and-take-scan",
    ),
    "an-en-bank-statement-factory-usd": ("an-en-payment-order-mt103-turkish-balance",),
}
# Statements mapped to their opening balance, incoming and outgoing lines and closing
# balance, as printed.
STATEMENT_TURNOVERS = {
    "an-ru-bank-statement-factory-march": (
        "4 318 960,12",
        ("1 184 300,00", "1 375 248,00"),
        (
            "23 424,00",
            "3 888 540,00",
            "676 419,85",
            "1 719 460,00",
            "173 600,00",
            "2 450,00",
        ),
        "394 614,27",
    ),
    "an-en-bank-statement-factory-usd": (
        "12,418.60",
        ("45,000.00", "20,000.00"),
        ("6,980.00", "42,315.00", "45.00", "16,966.00", "30.00"),
        "11,082.60",
    ),
}
# Purchases of dollars. The rouble statement debits the dollar amount at the rate it
# prints, and the dollar statement credits that amount. Each entry lists the dollars
# as each statement prints them, the rate and the roubles debited.
CURRENCY_PURCHASES = (
    "an-ru-bank-statement-factory-march",
    "an-en-bank-statement-factory-usd",
    (
        ("45 000,00", "45,000.00", "86,4120", "3 888 540,00"),
        ("20 000,00", "20,000.00", "85,9730", "1 719 460,00"),
    ),
)
# UPD mapped to their item lines (quantity, price, value without VAT, VAT rate, VAT,
# value with VAT) as printed.
UPD_LINES = {
    "an-ru-upd-factory-garments-marking": (
        ("240", "1 450,00", "348 000,00", "22", "76 560,00", "424 560,00"),
        ("300", "1 120,00", "336 000,00", "22", "73 920,00", "409 920,00"),
        ("400", "690,00", "276 000,00", "10", "27 600,00", "303 600,00"),
        ("360", "540,00", "194 400,00", "22", "42 768,00", "237 168,00"),
    ),
    "an-ru-upd-distributor-footwear-to-chain": (
        ("60", "6 300,00", "378 000,00", "22", "83 160,00", "461 160,00"),
        ("40", "7 250,00", "290 000,00", "22", "63 800,00", "353 800,00"),
        ("80", "2 890,00", "231 200,00", "10", "23 120,00", "254 320,00"),
    ),
    "an-en-upd-footwear-translation": (
        ("180", "4,850.00", "873,000.00", "22", "192,060.00", "1,065,060.00"),
        ("120", "5,620.00", "674,400.00", "22", "148,368.00", "822,768.00"),
        ("200", "2,180.00", "436,000.00", "10", "43,600.00", "479,600.00"),
    ),
}
# The factory's packing list: per group of cartons, the sizes and pieces in a carton,
# the pieces per carton, the cartons and the pieces, as printed. The UPD states the
# pieces of each line and the number of cartons.
PACKING_ROWS = {
    "an-ru-packing-list-garments-cartons": (
        ("44:2 46:4 48:5 50:5 52:4", "20", "12", "240"),
        ("48:5 50:7 52:8 54:6 56:4", "30", "10", "300"),
        ("98:8 104:8 110:8 116:6 122:5 128:5", "40", "10", "400"),
        ("46:5 48:6 50:6 52:6 54:4 56:3", "30", "12", "360"),
    ),
}
PACKED_UPD = (
    "an-ru-packing-list-garments-cartons",
    "an-ru-upd-factory-garments-marking",
)
# The denim packing list: rolls, metres per roll, metres, net and gross kilograms per
# article, as printed. Every roll adds 1.2 kg of tube and polybag to the net weight.
DENIM_ROLLS = {
    "an-en-packing-list-denim-rolls": (
        ("60", "100", "6,000", "3,204.00", "3,276.00"),
        ("40", "100", "4,000", "2,524.00", "2,572.00"),
        ("30", "100", "3,000", "1,219.50", "1,255.50"),
    ),
}
PACKING_PER_ROLL = Decimal("1.2")
# The sewing act: pieces sewn, rate and sum per line as printed, and the cut parts
# received, used and returned per line.
SEWING_ACT = (
    "an-ru-act-sewing-give-and-take-scan",
    "an-ru-contract-give-and-take-sewing",
    (
        ("560", "180,00", "100 800,00", 600, 40),
        ("280", "260,00", "72 800,00", 300, 20),
    ),
)
# The royalty act: the shop revenue, the royalty rate, the royalty, the fixed fee and
# the VAT, as printed.
ROYALTY = (
    "an-ru-act-franchise-royalty",
    ("2 184 600,00", Decimal("0.05"), "109 230,00", "15 000,00", "27 330,60"),
)
# The marking operator's invoice and UPD: codes, price per code and the VAT, as
# printed, and the rest of the advance that the UPD leaves on the personal account.
CODE_PRICE = Decimal("0.50")
MARKING_INVOICE = ("an-ru-invoice-marking-codes", ("30 000", "8 400"), "4 224,00")
MARKING_UPD = ("an-ru-upd-marking-operator-scan", "36 9l2", "4 060,32", "907,68")
# Marking codes printed as "(01)" and a GTIN-14, then "(21)" and a serial of 13
# characters. SSCC of cartons: an extension digit and 17 digits with a GS1 check digit.
MARKING_CODE_PATTERN = re.compile(r"\(01\)(\d{14})\(21\)([0-9A-Za-z]{13})")
SSCC_PATTERN = re.compile(r"(?<!\d)(1\d{17})(?!\d)")
# The Russian passport mapped to the series printed before its six-digit number.
PASSPORT_SERIES = {"an-ru-passport-shop-assistant-scan": "78 20"}
# The passport whose machine-readable zone (TD3, two lines of 44 characters) repeats
# its number.
MRZ_DOCUMENTS = {"an-en-passport-uzbek-seamstress-scan"}
# The MT103 print mapped to its field 32A: value date, currency and amount.
MT103_FIELDS = {"an-en-payment-order-mt103-turkish-balance": "260312USD42315,00"}
MAIN_TYPES = {"invoice", "act", "upd", "payment_order"}
RUSSIAN_COUNT = 28
ENGLISH_COUNT = 16
DOCUMENTS = load_holdout_an()

DOCUMENTS_BY_ID = {document.id: document for document in DOCUMENTS}


def count_value(printed: str) -> int:
    """Return a whole count printed with space or comma groups ("36 912", "6,000")."""
    digits = printed.translate(AMOUNT_DIGIT_LOOK_ALIKES).replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", digits) is None:
        raise ValueError(f"invalid count {printed!r}: expected a form like 6,000")
    return int(digits.replace(",", ""))


# The check for each kind of code in FOREIGN_IDENTIFIERS. IBANs and the USCI are checked
# by their check digits. The Turkish Vergi No (10 digits), the Belarusian УНП and the
# Uzbek TIN (9 digits each) are checked by form only.
FOREIGN_IDENTIFIER_CHECKS = {
    "iban": is_valid_iban,
    "usci": is_valid_usci,
    "vergi": form_check(r"\d{10}"),
    "unp": form_check(r"\d{9}"),
    "stir": form_check(r"\d{9}"),
}


HOLDOUT_SET = HoldoutSet(
    name="an",
    documents=DOCUMENTS,
    roles_by_type=ROLES_BY_TYPE,
    russian_count=RUSSIAN_COUNT,
    english_count=ENGLISH_COUNT,
    main_types=MAIN_TYPES,
    types_in_both_languages=True,
    min_noisy_count=len(NOISY_DOCUMENTS),
    noisy_document_ids=NOISY_DOCUMENTS,
    listed_ids=(
        set(CURRENCY_PURCHASES[:2]),
        set(PACKING_ROWS),
        set(PACKED_UPD),
        set(DENIM_ROLLS),
        set(SEWING_ACT[:2]),
        {ROYALTY[0], MARKING_INVOICE[0], MARKING_UPD[0]},
        set(MT103_FIELDS),
    ),
    requisite_counts=(2, 15, 25),
    ogrn_pattern=OGRN_PATTERN,
    min_ogrn_found=8,
    requisite_printed=is_printed,
    repaired=repaired,
    read_amounts=read_amounts,
    types_without_total=TYPES_WITHOUT_TOTAL,
    documents_without_total_label=DOCUMENTS_WITHOUT_TOTAL_LABEL,
    currency_marks=CURRENCY_MARKS,
    unmarked_rouble_documents=UNMARKED_ROUBLE_DOCUMENTS,
    checks_unlabelled_currency=True,
    requisite_repair=repaired,
    checks_number_and_date_labels=True,
    clean_documents_fit_a_page=True,
    # Russian documents dated 2026 that charge VAT print the 2026 base rate of 22%
    # or the reduced rate of 10% of children's goods, never the 20% of 2025.
    vat=VatRules(minimum_counts={"22": 10, "10": 2}),
    other_dates=OTHER_DATES,
    other_date_forms=date_forms_with_compact,
    other_date_reading=repaired_without_underscores,
    competing_amounts=COMPETING_AMOUNTS,
    totals_in_words=TOTALS_IN_WORDS,
    number_sign_misreads=NUMBER_SIGN_READ_AS_N2,
    inns_without_role=INNS_WITHOUT_ROLE,
    foreign_identifiers=FOREIGN_IDENTIFIERS,
    foreign_identifier_checks=FOREIGN_IDENTIFIER_CHECKS,
    checks_inn_labels_russian=True,
    mrz_documents=MRZ_DOCUMENTS,
    mrz_line_errors=strict_td3_errors,
    citations=CITATIONS,
    statement_payments=STATEMENT_PAYMENTS,
    statement_turnovers=STATEMENT_TURNOVERS,
    passport_series=PASSPORT_SERIES,
    other_numbers=OTHER_NUMBERS,
    upd_lines=UPD_LINES,
    noisy_amount_sample=("Всего к оплате: 48 54O,OO pyб.", "48540.00"),
    look_alike_sample=("ИHH 37O2l588l2", "ИНН 3702158812"),
    check_digit_samples=(
        (is_valid_ogrn, "1023700091140", "1023700091141"),
        (is_valid_ogrn, "318370206032082", "318370206032083"),
        (is_valid_usci, "91330603MA2BX47K8U", "91330603MA2BX47K8Y"),
        (is_valid_iban, "TR510006704533314789328804", "TR510006704533314789328805"),
        (is_valid_iban, "BY78NMTB30120723862551184873", "BY78NMTB30120723862551184874"),
        (is_valid_gs1_number, "04607183945805", "04607183945806"),
        (is_valid_gs1_number, "146071830003180019", "146071830003180010"),
    ),
    amount_value_samples={
        "4 318 960,12": "4318960.12",
        "676419-85": "676419.85",
        "11,082.60": "11082.60",
    },
)


def test_statement_turnovers_printed():
    """Check the rouble statement's printed turnovers against its lines."""
    _, credits, debits, _ = STATEMENT_TURNOVERS["an-ru-bank-statement-factory-march"]
    text = DOCUMENTS_BY_ID["an-ru-bank-statement-factory-march"].text
    outgoing = sum(amount_value(printed) for printed in debits)
    incoming = sum(amount_value(printed) for printed in credits)
    assert outgoing == Decimal("6483893.85"), f"debits {outgoing}"
    assert incoming == Decimal("2559548.00"), f"credits {incoming}"
    assert "6 483 893,85   2 559 548,00" in text, "turnovers not printed"


def test_currency_purchases_match_both_statements():
    rouble_id, dollar_id, purchases = CURRENCY_PURCHASES
    rouble_text = DOCUMENTS_BY_ID[rouble_id].text
    dollar_text = DOCUMENTS_BY_ID[dollar_id].text
    for dollars, dollars_en, rate, roubles in purchases:
        assert f"Покупка {dollars} USD по курсу {rate}" in rouble_text, dollars
        assert roubles in rouble_text, f"{roubles!r} not printed"
        assert f"Purchase of USD {dollars_en} at" in dollar_text, dollars_en
        rate_value = Decimal(rate.replace(",", "."))
        assert amount_value(dollars) * rate_value == amount_value(roubles), roubles
        assert amount_value(dollars) == amount_value(dollars_en), dollars_en


@pytest.mark.parametrize(
    ("document_id", "rows"), sorted(PACKING_ROWS.items()), ids=sorted(PACKING_ROWS)
)
def test_packing_rows_add_up(document_id, rows):
    text = DOCUMENTS_BY_ID[document_id].text
    for sizes, per_carton, cartons, pieces in rows:
        row = re.compile(
            rf"{sizes}\s+\|\s+{per_carton}\s+\|\s+{cartons}\s+\|\s+{pieces}\s+\|"
        )
        assert row.search(text), f"row {sizes} not printed"
        in_carton = sum(int(size.split(":")[1]) for size in sizes.split())
        assert in_carton == int(per_carton), f"sizes of {sizes} make {in_carton}"
        assert int(per_carton) * int(cartons) == int(pieces), f"row {sizes}"


def test_packing_list_matches_upd():
    packing_id, upd_id = PACKED_UPD
    rows = PACKING_ROWS[packing_id]
    upd_quantities = [int(line[0]) for line in UPD_LINES[upd_id]]
    assert [int(row[3]) for row in rows] == upd_quantities, "pieces differ"
    cartons = sum(int(row[2]) for row in rows)
    upd_text = DOCUMENTS_BY_ID[upd_id].text
    assert f"{sum(upd_quantities):,}".replace(",", " ") + " КИ" in upd_text
    assert f"в {cartons} коробах" in upd_text, f"{cartons} cartons not in the UPD"


def test_sscc_ranges_count_cartons():
    """Check that each group's first and last SSCC are as far apart as its cartons."""
    packing_id, _ = PACKED_UPD
    text = DOCUMENTS_BY_ID[packing_id].text
    pairs = re.findall(r"\|\s+(\d+)-(\d+)\s+\|\s+(\d{18})\s+\|\s+(\d{18})\s+\|", text)
    assert len(pairs) == 4, f"{len(pairs)} SSCC rows"
    for first_carton, last_carton, first, last in pairs:
        cartons = int(last_carton) - int(first_carton)
        assert int(last[8:17]) - int(first[8:17]) == cartons, f"cartons {first_carton}"


@pytest.mark.parametrize(
    ("document_id", "rows"), sorted(DENIM_ROLLS.items()), ids=sorted(DENIM_ROLLS)
)
def test_denim_rolls_add_up(document_id, rows):
    text = DOCUMENTS_BY_ID[document_id].text
    metres = 0
    for rolls, per_roll, total_metres, net, gross in rows:
        for printed in (total_metres, net, gross):
            assert printed in text, f"{printed!r} not printed"
        assert int(rolls) * int(per_roll) == count_value(total_metres), total_metres
        packing = int(rolls) * PACKING_PER_ROLL
        assert amount_value(net) + packing == amount_value(gross), gross
        metres += count_value(total_metres)
    invoice = DOCUMENTS_BY_ID["an-en-invoice-turkish-denim-usd"].text
    assert f"| {metres:,} |" in invoice, f"{metres} m not in the invoice"


def test_sewing_act_and_contract_make_totals():
    act_id, contract_id, lines = SEWING_ACT
    act = DOCUMENTS_BY_ID[act_id]
    contract = DOCUMENTS_BY_ID[contract_id]
    text = act.text.translate(AMOUNT_DIGIT_LOOK_ALIKES)
    total = Decimal(0)
    for pieces, rate, amount, received, returned in lines:
        for printed in (rate, amount):
            assert printed in text, f"{printed!r} not printed"
        assert int(pieces) * amount_value(rate) == amount_value(amount), amount
        assert received - int(pieces) == returned, f"cut parts of {pieces} pieces"
        total += amount_value(amount)
    assert total == Decimal(act.expected["total"]), f"act lines make {total}"
    assert Decimal(contract.expected["total"]) > total, "act exceeds the contract"
    assert "411 000,00" in contract.text, "material value not in the contract"
    assert act.expected["parties.seller.inn"] == contract.expected["parties.seller.inn"]


def test_royalty_act_adds_up():
    document_id, (revenue, rate, royalty, fee, vat) = ROYALTY
    document = DOCUMENTS_BY_ID[document_id]
    for printed in (revenue, royalty, fee, vat):
        assert printed in document.text, f"{printed!r} not printed"
    assert amount_value(revenue) * rate == amount_value(royalty), "royalty rate"
    base = amount_value(royalty) + amount_value(fee)
    assert base * Decimal("0.22") == amount_value(vat), "VAT is not 22%"
    assert base + amount_value(vat) == Decimal(document.expected["total"])


def test_marking_codes_priced_per_code():
    invoice_id, counts, invoice_vat = MARKING_INVOICE
    invoice = DOCUMENTS_BY_ID[invoice_id]
    codes = sum(count_value(count) for count in counts)
    net = codes * CODE_PRICE
    assert invoice_vat in invoice.text, f"{invoice_vat!r} not printed"
    assert net * Decimal("0.22") == amount_value(invoice_vat), "invoice VAT"
    invoice_total = net + amount_value(invoice_vat)
    assert invoice_total == Decimal(invoice.expected["total"]), f"{invoice_total}"
    upd_id, used, upd_vat, rest = MARKING_UPD
    upd = DOCUMENTS_BY_ID[upd_id]
    for printed in (used, upd_vat, rest):
        assert printed in upd.text, f"{printed!r} not printed"
    upd_net = count_value(used) * CODE_PRICE
    assert (upd_net * Decimal("0.22")).quantize(Decimal("0.01")) == amount_value(
        upd_vat
    ), "UPD VAT"
    upd_total = upd_net + amount_value(upd_vat)
    assert upd_total == Decimal(upd.expected["total"]), f"UPD total {upd_total}"
    assert invoice_total - upd_total == amount_value(rest), "rest of the advance"


def test_marking_codes_carry_valid_gtins():
    found = 0
    for document in DOCUMENTS:
        for gtin, _ in MARKING_CODE_PATTERN.findall(document.text):
            assert is_valid_gs1_number(gtin), f"GTIN {gtin} in {document.id}"
            found += 1
    assert found >= 15, f"only {found} marking codes found"


def test_returned_codes_use_known_gtins():
    """Check that the return UPD's codes use the GTINs the other papers print."""
    returned = DOCUMENTS_BY_ID["an-ru-upd-franchisee-return-photo"].text
    codes = MARKING_CODE_PATTERN.findall(returned)
    assert len(codes) == 7, f"{len(codes)} codes for 7 returned units"
    serials = [serial for _, serial in codes]
    assert len(set(serials)) == len(serials), "a serial repeats"
    others = " ".join(
        document.text
        for document in DOCUMENTS
        if document.id != "an-ru-upd-franchisee-return-photo"
    )
    for gtin in {gtin for gtin, _ in codes}:
        assert f"(01){gtin}" in others, f"GTIN {gtin} printed nowhere else"


@pytest.mark.parametrize(
    ("document_id", "field"), sorted(MT103_FIELDS.items()), ids=sorted(MT103_FIELDS)
)
def test_mt103_field_32a_matches_labels(document_id, field):
    document = DOCUMENTS_BY_ID[document_id]
    assert ":32A:" in document.text, "field 32A missing"
    assert field in document.text, f"{field!r} not printed"
    match = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([A-Z]{3})(\d+),(\d{2})", field)
    assert match, f"{field!r} is not a 32A value"
    year, month, day, currency, whole, cents = match.groups()
    assert f"20{year}-{month}-{day}" == document.expected["date"], "value date"
    assert currency == document.expected["currency"], "currency"
    assert f"{whole}.{cents}" == document.expected["total"], "amount"


def test_sscc_carry_valid_check_digits():
    text = DOCUMENTS_BY_ID[PACKED_UPD[0]].text
    found = SSCC_PATTERN.findall(text)
    assert len(found) == 8, f"{len(found)} SSCC found"
    for sscc in found:
        assert is_valid_gs1_number(sscc), f"SSCC {sscc} has a wrong check digit"


def test_count_value_reads_printed_forms():
    assert count_value("36 9l2") == 36912
    assert count_value("6,000") == 6000
    with pytest.raises(ValueError, match="invalid count"):
        count_value("6,00")
