"""Parties named without role blocks: reconciliation acts and letters on payments."""

import pytest

from ai_agents.engines.validators import is_valid_inn

from .form_helpers import parties_of

# Invented INNs whose check digits pass.
SUPPLIER_INN = "6629012347"
CUSTOMER_INN = "6628573011"


def party_inns(text: str) -> dict[str, str]:
    return {
        role: values["inn"]
        for role, values in parties_of(text, "act").items()
        if "inn" in values
    }


def reconciliation_act(first: str, second: str, ledger: str) -> str:
    return f"""АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЕТОВ
за период 01.01.2025 - 31.03.2025
г. Екатеринбург                                          02 апреля 2025 г.

Мы, нижеподписавшиеся, директор {first} в лице Орлова А. В., с одной стороны,
и директор {second} в лице Лаптевой Н. С., с другой стороны, составили
настоящий акт о том, что состояние взаимных расчетов следующее:

{ledger}
"""


ALPHA = f'ООО "Уральский Металл" (ИНН {SUPPLIER_INN}, КПП 662901001)'
BETA = f'ООО "Новоуральский Завод" (ИНН {CUSTOMER_INN}, КПП 662801001)'
LEDGER_SUPPLIER_LEFT = """\
По данным ООО "Уральский Металл" | По данным ООО "Новоуральский Завод"
15.01.2025 Продажа (12) 50 000,00 | 15.01.2025 Приход (12) 50 000,00
20.02.2025 Оплата (77) 50 000,00  | 20.02.2025 Оплата (77) 50 000,00"""
LEDGER_CUSTOMER_LEFT = """\
По данным ООО "Уральский Металл" | По данным ООО "Новоуральский Завод"
15.01.2025 Покупка (12) 50 000,00 | 15.01.2025 Реализация (12) 50 000,00"""
DEBT_ONLY = """На 31.03.2025 задолженность в пользу ООО "Новоуральский Завод"
18 000,00 руб."""


def test_invented_inns_are_valid():
    assert is_valid_inn(SUPPLIER_INN)
    assert is_valid_inn(CUSTOMER_INN)


def test_sale_rows_make_left_party_seller():
    inns = party_inns(reconciliation_act(ALPHA, BETA, LEDGER_SUPPLIER_LEFT))

    assert inns["seller"] == SUPPLIER_INN
    assert inns["buyer"] == CUSTOMER_INN


def test_purchase_rows_make_left_party_buyer():
    inns = party_inns(reconciliation_act(ALPHA, BETA, LEDGER_CUSTOMER_LEFT))

    assert inns["seller"] == CUSTOMER_INN
    assert inns["buyer"] == SUPPLIER_INN


def test_debt_creditor_is_seller_without_rows():
    inns = party_inns(reconciliation_act(ALPHA, BETA, DEBT_ONLY))

    assert inns["seller"] == CUSTOMER_INN
    assert inns["buyer"] == SUPPLIER_INN


def test_act_without_role_evidence_keeps_parties_unassigned():
    inns = party_inns(reconciliation_act(ALPHA, BETA, "Расчеты сведены."))

    assert "seller" not in inns
    assert "buyer" not in inns
    assert set(inns.values()) == {SUPPLIER_INN, CUSTOMER_INN}


# An act that names its parties in the heading ("между ... и ...") and prints
# their requisites side by side at its foot.
SIDE_BY_SIDE_ACT = f"""АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЕТОВ
между ООО "Уральский Металл" и ООО "Новоуральский Завод"
за период 01.01.2025 - 31.03.2025

По данным ООО "Уральский Металл"          | По данным ООО "Новоуральский Завод"
15.01.2025 Продажа (12) 50 000,00         | 15.01.2025 Приход (12) 50 000,00

ООО "Уральский Металл"                    | ООО "Новоуральский Завод"
620014, г. Екатеринбург, ул. Малышева, 5  | 624130, г. Новоуральск, ул. Ленина, 8
ИНН {SUPPLIER_INN} КПП 662901001          | ИНН {CUSTOMER_INN} КПП 662801001
"""


def test_parties_between_with_side_by_side_requisites():
    inns = party_inns(SIDE_BY_SIDE_ACT)

    assert inns["seller"] == SUPPLIER_INN
    assert inns["buyer"] == CUSTOMER_INN


def test_parties_between_swapped_by_purchase_rows():
    text = SIDE_BY_SIDE_ACT.replace("Продажа", "Покупка").replace(
        "Приход", "Реализация"
    )

    inns = party_inns(text)

    assert inns["seller"] == CUSTOMER_INN
    assert inns["buyer"] == SUPPLIER_INN


def test_letter_recipient_of_payments_is_payee():
    text = f"""ООО "Уральский Металл"
Исх. № 41 от 10.11.2025
Об изменении банковских реквизитов
Просим перечислять оплату по следующим реквизитам:
Получатель: ООО "Уральский Металл", ИНН {SUPPLIER_INN}, КПП 662901001
"""
    parties = parties_of(text, "letter")

    assert parties["payee"]["inn"] == SUPPLIER_INN
    assert "seller" not in parties


def signed_footer_act(first_block: str, second_block: str, ledger: str) -> str:
    """An act named "между ... и ..." whose requisites follow signature captions."""
    return f"""АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЕТОВ № 7
за период с 01.10.2025 по 31.10.2025
между ООО «Уральский Металл» и АО «Новоуральский Завод»

{ledger}

{first_block:<40}{second_block}
ИНН {SUPPLIER_INN} КПП 662901001          ИНН {CUSTOMER_INN} КПП 662801001
Директор ________ Орлов А.В.              Директор ________ Лаптева Н.С.
"""


ONE_SIDED_SALES = """Дата       Документ               Дебет        Кредит
05.10.2025 Реализация (12)        150 000,00
20.10.2025 Оплата (331)                        150 000,00"""


@pytest.mark.parametrize(
    ("first_block", "second_block"),
    [
        ("От ООО «Уральский Металл»:", "От АО «Новоуральский Завод»:"),
        ("ООО «Уральский Металл»:", "АО «Новоуральский Завод»:"),
        (
            "От ООО «Уральский Металл»",
            "Акционерное общество «Новоуральский Завод»",
        ),
    ],
)
def test_signature_captions_open_party_blocks(first_block, second_block):
    parties = parties_of(
        signed_footer_act(first_block, second_block, ONE_SIDED_SALES), "act"
    )

    assert parties["seller"]["inn"] == SUPPLIER_INN
    assert parties["buyer"]["inn"] == CUSTOMER_INN
    assert parties["seller"]["name"] == "ООО «Уральский Металл»"
    # The block's own form of the name, short or full, is kept without "От".
    assert parties["buyer"]["name"] == second_block.removeprefix("От ").rstrip(":")


def test_one_sided_receipts_settle_no_roles():
    ledger = ONE_SIDED_SALES.replace("Реализация", "Поступление")

    text = signed_footer_act(
        "От ООО «Уральский Металл»:", "От АО «Новоуральский Завод»:", ledger
    )

    parties = parties_of(text, "act")

    assert "seller" not in parties
    assert "buyer" not in parties


def test_sale_words_in_preamble_are_no_ledger():
    preamble_sale = BETA + " по договору купли-продажи № 5"
    ledger = "20.10.2025 Оплата (331) 150 000,00\n" + DEBT_ONLY

    inns = party_inns(reconciliation_act(ALPHA, preamble_sale, ledger))

    assert inns["seller"] == CUSTOMER_INN
    assert inns["buyer"] == SUPPLIER_INN


def test_contact_line_after_name_is_no_block():
    text = (
        signed_footer_act(
            "ООО «Уральский Металл»:", "АО «Новоуральский Завод»:", ONE_SIDED_SALES
        )
        + "АО «Новоуральский Завод»: Козлов К.К., тел. 8 (343) 555-12-12\n"
    )

    parties = parties_of(text, "act")

    assert parties["buyer"]["name"] == "АО «Новоуральский Завод»"
