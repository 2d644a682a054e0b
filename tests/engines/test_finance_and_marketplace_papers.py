"""Loans, leases, insurance and marketplace reports: whose money is the total, which
accounts are the parties', and which reports are acts."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.classifier import STRUCTURAL_EVIDENCE
from ai_agents.engines.text import NormalizedText

from .form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

LOAN_ACCOUNT = "45206810950092002252"


def payment_structure_score(text: str) -> float:
    """Return the classifier's evidence for a payment order from the text's fields."""
    folded = NormalizedText(text).text
    return sum(evidence(folded) for evidence in STRUCTURAL_EVIDENCE["payment_order"])


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def test_lender_and_borrower_are_seller_and_buyer():
    text = (
        "КРЕДИТНЫЙ ДОГОВОР № 0417-КЛ/26 от 05.02.2026\n"
        f"Кредитор: АО «Банк Приокский», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
        f"Заемщик: ООО «Картонный комбинат», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
    )

    parties = parties_of(text, "contract")

    assert parties["seller"]["inn"] == SELLER_INN
    assert parties["buyer"]["inn"] == BUYER_INN


def test_insurer_and_policyholder_are_seller_and_buyer():
    text = (
        "ПОЛИС СТРАХОВАНИЯ ИМУЩЕСТВА № МГ-26-004187 от 26.01.2026\n"
        f"Страховщик:   АО «СК «Гарант», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
        f"Страхователь: ООО «Дорожная техника», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
    )

    parties = parties_of(text, "contract")

    assert parties["seller"]["kpp"] == SELLER_KPP
    assert parties["buyer"]["kpp"] == BUYER_KPP


def test_insurance_premium_is_the_total():
    text = (
        "ПОЛИС СТРАХОВАНИЯ ИМУЩЕСТВА № МГ-26-004187 от 26.01.2026\n"
        "| Страховая сумма             | 18 600 000,00 руб. |\n"
        "| Страховая премия            | 213 900,00 руб.    |\n"
        "| Порядок уплаты премии       | 1-й взнос 106 950,00 руб. до 02.02.2026 |\n"
    )

    assert value_of(extract(text, "contract"), "total") == "213900.00"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Кредитор открывает Заемщику кредитную линию с лимитом выдачи "
            "45 000 000,00 рублей.",
            id="limit",
        ),
        pytest.param("Сумма кредита: 45 000 000,00 руб.", id="loan-sum"),
    ],
)
def test_loan_agreement_total_is_the_sum_lent(sentence):
    text = (
        "КРЕДИТНЫЙ ДОГОВОР № 0417-КЛ/26 от 05.02.2026\n"
        f"1. {sentence}\n"
        "2. Плата за резервирование: 0,5% от лимита (225 000,00 руб.).\n"
        "| Итого | 45 000 000,00 | 9 235 240,04 | 54 235 240,04 |\n"
    )

    assert value_of(extract(text, "contract"), "total") == "45000000.00"


def test_loan_account_is_no_partys_account():
    text = (
        "КРЕДИТНЫЙ ДОГОВОР № 0417-КЛ/26 от 05.02.2026\n"
        f"Кредитор: АО «Банк», ИНН {SELLER_INN}, БИК {BANK_BIK}\n"
        f"Выдача кредита учитывается на ссудном счете № {LOAN_ACCOUNT}.\n"
        f"Заемщик: ООО «Комбинат», ИНН {BUYER_INN}, р/с {ACCOUNT}\n"
    )

    parties = parties_of(text, "contract")

    assert "account" not in parties["seller"]
    assert parties["buyer"]["account"] == ACCOUNT


def test_lease_total_of_payments_after_a_colon():
    text = (
        "ДОГОВОР ЛИЗИНГА № ВЛ-2026/0142 от 20.01.2026\n"
        "2. Стоимость предмета лизинга: 18 600 000,00 руб.\n"
        "5. Общая сумма лизинговых платежей по договору, включая авансовый платеж и "
        "выкупную цену:\n"
        "   23 108 600,00 (Двадцать три миллиона сто восемь тысяч шестьсот) рублей\n"
    )

    assert value_of(extract(text, "contract"), "total") == "23108600.00"


@pytest.mark.parametrize(
    ("row", "document_type", "total"),
    [
        pytest.param(
            "|    | Итого стоимость предмета лизинга:   |   | 18 600 000,00 |",
            "act",
            "18600000.00",
            id="russian",
        ),
        pytest.param(
            "|   | Total value of the Equipment      |              | 412,000.00 |",
            "act",
            "412000.00",
            id="english",
        ),
    ],
)
def test_total_value_row_with_a_long_caption(row, document_type, total):
    text = (
        "ACCEPTANCE CERTIFICATE No. 3/1\nDate: 04.03.2026\n"
        f"{row}\n"
        "The first monthly rental of EUR 10,950.00 falls due on 25 March 2026.\n"
    )

    assert value_of(extract(text, document_type), "total") == total


def test_zero_amount_due_after_deducted_fees():
    text = (
        "FEE INVOICE No. CW-FEE-2026-0213877\nInvoice date: 2 March 2026\n"
        "Invoice total:                                  EUR 4,975.75\n"
        "Fees deducted from your disbursements:          EUR 4,975.75\n"
        "Amount due:                                     EUR 0.00\n"
    )

    assert value_of(extract(text, "invoice"), "total") == "4975.75"


WEEKLY_REPORT = """\
ООО «Лавка Сто» · Кабинет продавца · Финансовые отчеты

                     ЕЖЕНЕДЕЛЬНЫЙ ОТЧЕТ О ПРОДАЖАХ № 9-2026
Дата формирования: 02.03.2026
Агент:    ООО «Лавка Сто», ИНН 1614656974, КПП 161401001
| Вознаграждение Агента, 17%                     |             |   27 779,70 |
| Итого к перечислению продавцу                  |             |  127 430,20 |
Отчет носит информационный характер и не является актом оказанных услуг: акт и
счет-фактура на вознаграждение Агента формируются по итогам месяца.
"""
MONTHLY_REPORT = """\
                 ОТЧЕТ КОМИССИОНЕРА № ПМ-ОК-2026-02-5521 от 03.03.2026
                 о реализации товаров за период с 01.02.2026 по 28.02.2026
    (является одновременно актом оказанных услуг к Агентскому договору № ПМ-1148)
Комиссионер: ООО «Полкамаркет», ИНН 7777893281, КПП 997750001
| Вознаграждение Комиссионера с НДС 22%          |             |  298 207,50 |
"""
PAYOUT_REPORT = """\
Brindle Pay, Inc. · Payout report

Report No.:       PR-260311-2741
Report date:      March 11, 2026
Gross charges                                   USD 18,420.00
Processing fees                                 USD   -552.60
Net payout                                      USD 17,867.40
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(WEEKLY_REPORT, "other", id="report-that-is-no-act"),
        pytest.param(MONTHLY_REPORT, "act", id="report-that-is-an-act"),
        pytest.param(PAYOUT_REPORT, "other", id="payout-report"),
    ],
)
def test_marketplace_and_payout_reports_classified(engine, text, expected):
    assert engine.classify(text).document_type == expected


MT103_PRINT = """\
Baltic Clearing Bank JSC, St Petersburg        BIK 044030817   SWIFT BCLBRU2P
Outgoing payment confirmation (MT103)            Printed: 03.03.2026 10:17
{1:F01BCLBRU2PAXXX0418273614}{2:I103MBCMCY2LXXXXN}
:20:KTI260302-01
:32A:260302USD28366,67
:50K:/40702840004569238790
KARELIAN TIMBER INDUSTRIES LLC
:59:/CY38002001280000001204718301
AURELIA CREDIT PARTNERS LTD
:70:INTEREST INV ACP-INT-2026-0027 LOAN
AGREEMENT ACP-KTI-2025/11 DD 12.11.2025
:71A:OUR
"""


def test_swift_transfer_print_is_a_payment_order(engine):
    assert engine.classify(MT103_PRINT).document_type == "payment_order"


def test_swift_fields_needed_together():
    without_beneficiary = MT103_PRINT.replace(":59:", "BENEFICIARY ")

    assert payment_structure_score(MT103_PRINT) > payment_structure_score(
        without_beneficiary
    )
