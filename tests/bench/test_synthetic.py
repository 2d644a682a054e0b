"""The benchmark's synthetic document generator and its scores."""

# ruff: noqa: S311 -- seeded generators make the cases reproducible; nothing is secret.

import random
from collections import Counter
from decimal import Decimal

import pytest

from ai_agents.engines.taxonomy import document_type_codes
from ai_agents.engines.validators import (
    is_valid_bik,
    is_valid_correspondent_account,
    is_valid_inn,
    is_valid_kpp,
    is_valid_ogrn,
    is_valid_settlement_account,
)
from bench import values
from bench.formats import amount_words_ru
from bench.metrics import FieldScores, reliability
from bench.synthetic import (
    DOCUMENT_TYPES,
    LANGUAGES,
    PER_TYPE_AND_LANGUAGE,
    add_ocr_noise,
    generate_document,
    generate_split,
)

SEEDS = range(300)


@pytest.fixture(scope="module")
def test_split():
    return generate_split("test")


def test_generator_deterministic():
    first = generate_document("test", "payment_order", "ru", 7)
    second = generate_document("test", "payment_order", "ru", 7)

    assert first == second


def test_splits_share_no_text(test_split):
    calibration = {document.text for document in generate_split("calibration")}

    assert calibration.isdisjoint(document.text for document in test_split)


def test_split_covers_every_type(test_split):
    counts = Counter((d.document_type, d.language) for d in test_split)

    assert set(DOCUMENT_TYPES) == set(document_type_codes())
    for document_type in DOCUMENT_TYPES:
        for language in LANGUAGES:
            assert counts[(document_type, language)] == PER_TYPE_AND_LANGUAGE


def test_unknown_split_rejected():
    with pytest.raises(ValueError, match="Unknown split"):
        generate_document("train", "invoice", "ru", 0)


def test_expected_requisites_valid(test_split):
    for document in test_split:
        expected = document.expected
        for path, value in expected.items():
            if value is None:
                continue
            kind = path.rsplit(".", 1)[-1]
            if kind == "inn":
                assert is_valid_inn(value), (document.id, path, value)
            elif kind == "kpp":
                assert is_valid_kpp(value), (document.id, path, value)
            elif kind == "bik":
                assert is_valid_bik(value), (document.id, path, value)
            elif kind == "account":
                bik = expected[path.rsplit(".", 1)[0] + ".bik"]
                assert is_valid_settlement_account(value, bik), (document.id, value)


@pytest.mark.parametrize("seed", SEEDS)
def test_company_requisites_valid(seed):
    rng = random.Random(seed)
    region = values.region_code(rng)
    bik = values.bank_bik(rng, region)
    treasury = values.treasury_bik(rng, region)

    assert is_valid_inn(values.company_inn(rng, region))
    assert is_valid_inn(values.person_inn(rng, region))
    assert is_valid_ogrn(values.company_ogrn(rng, region))
    assert is_valid_ogrn(values.person_ogrnip(rng, region))
    assert is_valid_bik(bik)
    assert is_valid_correspondent_account(values.correspondent_account(rng, bik), bik)
    assert is_valid_settlement_account(values.settlement_account(rng, bik), bik)
    assert is_valid_settlement_account(values.treasury_account(rng, treasury), treasury)


def test_settlement_account_currency_code():
    rng = random.Random(1)
    bik = values.bank_bik(rng, "77")

    assert values.settlement_account(rng, bik, "USD")[5:8] == "840"
    assert values.settlement_account(rng, bik, "RUB")[5:8] == "810"


def test_ocr_noise_zero_rate_unchanged():
    text = "Счёт № 10\nИНН 7702123454\n"

    assert add_ocr_noise(text, random.Random(3), rate=0.0) == text


def test_ocr_noise_keeps_lines():
    text = "Сумма 1 000,00 руб.\nИНН 7702123454 КПП 770201001\n" * 20
    noisy = add_ocr_noise(text, random.Random(3), rate=0.2)

    assert noisy != text
    assert noisy.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("amount", "words"),
    (
        ("21.01", "Двадцать один рубль 01 копейка"),
        ("1011.11", "Одна тысяча одиннадцать рублей 11 копеек"),
        ("2000000.22", "Два миллиона рублей 22 копейки"),
        ("0.05", "Ноль рублей 05 копеек"),
    ),
)
def test_amount_words_ru(amount, words):
    assert amount_words_ru(Decimal(amount)) == words


def test_field_scores_counts():
    scores = FieldScores()
    expected = {"total": "10.00", "date": None, "parties.seller.inn": "7702123454"}
    found = {
        "total": "11.00",
        "date": "2024-01-01",
        "parties.buyer.inn": "7810000001",
        "parties.unassigned.inn": "7702123454",
    }

    scores.add("doc", expected, found, complete_parties=True)

    assert (scores.by_kind["total"].fp, scores.by_kind["total"].fn) == (1, 1)
    assert scores.by_kind["date"].fp == 1
    assert scores.by_kind["inn"].fn == 1
    assert scores.by_kind["inn"].fp == 1
    assert scores.by_role["buyer.inn"].fp == 1
    assert "unassigned.inn" not in scores.by_role


def test_field_scores_incomplete_parties():
    scores = FieldScores()

    scores.add("doc", {}, {"parties.buyer.inn": "7810000001"}, complete_parties=False)

    assert scores.by_kind["inn"].fp == 0


def test_reliability_perfect_calibration():
    confidences = [(0.75, True)] * 3 + [(0.75, False)]

    error, rows = reliability(confidences)

    assert error == pytest.approx(0.0)
    assert rows[7]["count"] == 4


def test_reliability_overconfident():
    error, _ = reliability([(1.0, False), (1.0, True)])

    assert error == pytest.approx(0.5)
