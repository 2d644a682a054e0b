"""Classification of synthetic documents, with and without OCR noise."""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.classifier import ClassifierSettings
from ai_agents.engines.embedded import EmbeddedEngine

from .samples import INVOICE_RU, PAYMENT_ORDER_RU, SAMPLES


@pytest.fixture(scope="module")
def engine():
    return get_engine()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: sample.id)
def test_sample_classified_as_its_type(engine, sample):
    classification = engine.classify(sample.text)

    assert classification.document_type == sample.document_type


@pytest.mark.parametrize(
    "sample",
    [sample for sample in SAMPLES if sample.document_type != "other"],
    ids=lambda sample: sample.id,
)
def test_known_type_confidence_above_half(engine, sample):
    classification = engine.classify(sample.text)

    assert classification.confidence > 0.5


@pytest.mark.parametrize(
    ("title", "expected"),
    (
        ("CЧЕТ НА ОПЛАТУ № 12 от 01.03.2024", "invoice"),  # Latin C
        ("С Ч Е Т   Н А   О П Л А Т У  № 12", "invoice"),
        # A VAT invoice printed alone is the tax half of a UPD.
        ("СЧЁТ-ФАКТУРА № 12 от 01.03.2024", "upd"),
        ("AKT № 7 выполненных работ", "act"),  # Latin A, K, T
        ("Акт сдачи-прие-\nмки оказанных услуг № 7", "act"),
        ("ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № 5", "payment_order"),
        ("ДОГОВОР ПОСТАВКИ № 3", "contract"),
        ("TOВАРНАЯ НАКЛАДНАЯ № 9", "waybill"),  # Latin T
        ("КАССОВЫЙ ЧЕК № 77", "receipt"),
        ("ДОВЕРЕННОСТЬ № 18", "power_of_attorney"),
        ("УПАКОВОЧНЫЙ ЛИСТ № 4", "packing_list"),
        ("ВЫПИСКА ПО СЧЁТУ 40702816000000012345", "bank_statement"),
        ("ПАСПОРТ ГРАЖДАНИНА РОССИЙСКОЙ ФЕДЕРАЦИИ", "passport"),
        ("УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ", "upd"),
        ("I N V O I C E  No. 12", "invoice"),
        ("BILL OF LADING No. 5", "waybill"),
        ("POWER OF ATTORNEY", "power_of_attorney"),
    ),
)
def test_noisy_title_classified(engine, title, expected):
    text = f"{title}\nООО «Ромашка», г. Москва, ул. Тверская, д. 7\nСтраница 1 из 1\n"

    classification = engine.classify(text)

    assert classification.document_type == expected


def test_payment_order_without_title_recognized(engine):
    text = PAYMENT_ORDER_RU.text.replace("ПЛАТЕЖНОЕ ПОРУЧЕНИЕ", "")

    classification = engine.classify(text)

    assert classification.document_type == "payment_order"


def test_letter_mentioning_contract_stays_letter(engine):
    text = (
        "Уважаемый Иван Петрович!\nНаправляем вам проект договора поставки.\n"
        "С уважением,\nИ.И. Иванов"
    )

    classification = engine.classify(text)

    assert classification.document_type == "letter"


def test_unrelated_text_classified_other(engine):
    text = "The meeting room on the third floor is closed for painting until Friday."

    classification = engine.classify(text)

    assert classification.document_type == "other"
    assert classification.confidence > 0.5
    assert classification.alternatives == ()


def test_other_offers_weak_alternatives(engine):
    text = "Пожалуйста, принесите накладную завтра утром, мы все проверим на складе."

    classification = engine.classify(text)

    assert classification.document_type == "other"
    assert [item.document_type for item in classification.alternatives] == ["waybill"]


def test_confidence_rises_with_evidence(engine):
    weak = "Счет № 5\nза услуги связи, оплатить в течение недели, спасибо за работу"
    strong = (
        weak
        + "\nПоставщик: ООО «Ромашка»\nПокупатель: ООО «Лютик»\nВсего к оплате: 100,00"
    )

    weak_confidence = engine.classify(weak, candidates=["invoice"]).confidence
    strong_confidence = engine.classify(strong, candidates=["invoice"]).confidence

    assert strong_confidence > weak_confidence


def test_candidates_exclude_true_type(engine):
    classification = engine.classify(INVOICE_RU.text, candidates=["passport", "letter"])

    assert classification.document_type == "other"


def test_candidates_without_evidence_are_listed(engine):
    classification = engine.classify(INVOICE_RU.text, candidates=["passport", "letter"])

    listed = {candidate.document_type for candidate in classification.alternatives}
    assert listed == {"passport", "letter"}
    assert all(candidate.confidence < 0.01 for candidate in classification.alternatives)


def test_unrestricted_alternatives_need_evidence(engine):
    classification = engine.classify(INVOICE_RU.text)

    assert "passport" not in {
        candidate.document_type for candidate in classification.alternatives
    }


def test_higher_threshold_gives_other():
    settings = ClassifierSettings(threshold=100.0, temperature=50.0)
    engine = EmbeddedEngine(classifier_settings=settings)

    classification = engine.classify(INVOICE_RU.text)

    assert classification.document_type == "other"
    assert classification.alternatives[0].document_type == "invoice"
