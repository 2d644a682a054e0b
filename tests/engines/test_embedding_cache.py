"""Corrupted or hostile files in the embedding disk cache, against classification.

The cache folder is DOCAI_DATA_DIR/embeddings. Every test writes a file where
the cache looks for the vector of a built-in prototype text, starts with an
empty in-memory cache, and expects classification with DOCAI_EMBEDDINGS=auto
to go on: the file is ignored or the signal falls back to the rules.
"""

import zipfile
from collections import OrderedDict

import numpy
import pytest

from ai_agents.engines import EmbeddedEngine, embedding
from ai_agents.engines.embedding import PROTOTYPES, TypeEmbeddings
from ai_agents.engines.taxonomy import DOCUMENT_TYPES

INVOICE = """ООО «Северный ветер»
Счёт на оплату № 318 от 14 марта 2024 г.
Поставщик: ООО «Северный ветер», ИНН 7702123454
Покупатель: ООО «Лютик»
Итого к оплате: 7 000,00 руб., в том числе НДС 1 166,67 руб."""

PROTOTYPE = PROTOTYPES["invoice"][0]


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(embedding._vector_cache, "folder", tmp_path)
    monkeypatch.setattr(embedding._vector_cache, "_items", OrderedDict())
    return tmp_path


def _cache_path(text: str):
    return embedding._vector_cache._path(text)


def _write_array(array) -> None:
    with _cache_path(PROTOTYPE).open("wb") as handle:
        numpy.save(handle, array, allow_pickle=False)


def _classify() -> str:
    engine = EmbeddedEngine(embeddings="auto")
    return engine.classify(INVOICE).document_type


def test_cache_wrong_shape_ignored(cache_folder):
    _write_array(numpy.zeros((2, 384), dtype=numpy.float32))

    assert _classify() == "invoice"


def test_cache_wrong_dtype_ignored(cache_folder):
    _write_array(numpy.array(["x"] * 384))

    assert _classify() == "invoice"


def test_cache_huge_header_ignored(cache_folder):
    # A valid header that claims 2**45 float32 values (128 TiB), with no data.
    path = _cache_path(PROTOTYPE)
    header = {"descr": "<f4", "fortran_order": False, "shape": (2**45,)}
    with path.open("wb") as handle:
        numpy.lib.format.write_array_header_1_0(handle, header)

    assert _classify() == "invoice"


def test_cache_npz_named_npy_ignored(cache_folder):
    path = _cache_path(PROTOTYPE)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("vector.npy", b"not an array")

    assert _classify() == "invoice"


def test_cache_vector_not_unit_rejected(cache_folder):
    # A right-shaped vector with a norm of 50 makes one type's cosine about 50.
    head = embedding.document_head(INVOICE)
    _write_array(50 * embedding._embed([head])[0])
    types = [t for t in DOCUMENT_TYPES if t.code != "other"]

    similarities = TypeEmbeddings(types).similarities(INVOICE, ["invoice", "act"])

    assert similarities["invoice"] <= 1.0001, similarities


def test_cache_nan_vector_rejected(cache_folder):
    _write_array(numpy.full(384, numpy.nan, dtype=numpy.float32))
    types = [t for t in DOCUMENT_TYPES if t.code != "other"]

    similarities = TypeEmbeddings(types).similarities(INVOICE, ["invoice"])

    assert numpy.isfinite(similarities["invoice"]), similarities


@pytest.mark.django_db
def test_classify_api_survives_bad_cache(cache_folder, auth_client, settings):
    settings.DOCAI_EMBEDDINGS = "auto"
    from ai_agents import services

    services._engines.clear()
    _write_array(numpy.zeros((2, 384), dtype=numpy.float32))

    response = auth_client.post(
        "/ai_agents/api/v1/classify/",
        {"ocr_draft": INVOICE, "engine": "embedded"},
        format="json",
    )

    services._engines.clear()
    assert response.status_code == 200, response.content


def test_cache_threads_write_without_errors(cache_folder, caplog):
    # Threads of one process (gunicorn --threads) share one ".<pid>.part" name.
    import threading

    vector = numpy.ones(384, dtype=numpy.float32) / numpy.sqrt(384)
    for index in range(50):
        text = f"example {index}"
        threads = [
            threading.Thread(target=embedding._vector_cache._write, args=(text, vector))
            for _ in range(4)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    failures = [
        record for record in caplog.records if "not written" in record.getMessage()
    ]
    assert failures == []
