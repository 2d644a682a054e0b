"""Real documents through upload, a real Celery worker, Tesseract and polling."""

import difflib

import pytest
from rest_framework.test import APIClient

from documents.models import DocumentRequest
from tests.integration.conftest import wait_until_finished

# The django_db mark makes pytest-django create the test database that the
# module fixture and the worker share; the tests only read the fetched JSON.
pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.django_db]

UPLOAD = "/documents/api/v1/request/"

FILES = [
    "tesseract-test/phototest.tif",
    "invoice2data/AmazonWebServices.pdf",
    "paperless-ngx/tesseract__multi-page-images.tiff",
    "paperless-ngx/tesseract__multi-page-mixed.pdf",
    "dedoc/plat_por__plat_por_png_0.png",
    "pillow/hopper_orientation_6.jpg",
    "dedoc/scanned__scan_orient_1.jpg",
    "tesseract-test/phototest-rotated-L.png",
    "pillow/reallybig.bmp",
    "paperless-ngx/password-is-test.pdf",
    "pillow/broken.png",
]


@pytest.fixture(scope="module")
def results(corpus, celery_worker, worker_data_dir, django_db_blocker):
    """Upload every file in one request and wait for the worker to finish it."""
    from django.conf import settings

    client = APIClient()
    saved = settings.DATA_DIR, settings.UPLOAD_DIR
    settings.DATA_DIR = worker_data_dir
    settings.UPLOAD_DIR = worker_data_dir / "uploads"
    handles = [(corpus / name).open("rb") for name in FILES]
    try:
        with django_db_blocker.unblock():
            created = client.post(UPLOAD, {"files": handles}, format="multipart")
            assert created.status_code == 202, created.content
            body = wait_until_finished(client, created.json()["poll_url"])
            by_name = dict(zip(FILES, body["documents"], strict=True))
            yield {"request": body, **by_name}
            DocumentRequest.objects.filter(public_id=body["id"]).delete()
    finally:
        for handle in handles:
            handle.close()
        settings.DATA_DIR, settings.UPLOAD_DIR = saved


def page_texts(document: dict) -> list[str]:
    return [page["text"] for page in document["pages"]]


def test_phototest_text_matches_ground_truth(results, corpus):
    document = results["tesseract-test/phototest.tif"]
    expected = (corpus / "tesseract-test" / "phototest.txt").read_text()

    ratio = difflib.SequenceMatcher(
        None, " ".join(document["ocr_draft"].split()), " ".join(expected.split())
    ).ratio()

    assert document["status"] == "done"
    assert document["pages"][0]["source"] == "ocr"
    assert 0 < document["pages"][0]["confidence"] <= 1
    assert ratio >= 0.9


def test_aws_invoice_from_text_layer(results):
    document = results["invoice2data/AmazonWebServices.pdf"]
    fields = document["extraction"]["fields"]

    assert document["status"] == "done"
    assert document["pages"][0]["source"] == "text_layer"
    assert document["pages"][0]["confidence"] is None
    assert document["classification"]["document_type"] == "invoice"
    assert fields["total"]["value"] == "4.11"
    assert fields["currency"]["value"] == "USD"
    assert fields["date"]["value"] == "2014-08-03"
    assert fields["total"]["page"] == 1
    assert len(fields["total"]["bbox"]) == 4


def test_multipage_tiff_pages_in_order(results):
    document = results["paperless-ngx/tesseract__multi-page-images.tiff"]

    texts = [text.lower() for text in page_texts(document)]

    assert document["status"] == "done"
    assert document["page_count"] == 3
    assert [page["number"] for page in document["pages"]] == [1, 2, 3]
    for number, text in enumerate(texts, start=1):
        assert f"page {number}" in text


def test_mixed_pdf_sources_per_page(results):
    document = results["paperless-ngx/tesseract__multi-page-mixed.pdf"]

    sources = [page["source"] for page in document["pages"]]
    texts = [text.lower() for text in page_texts(document)]

    assert document["status"] == "done"
    assert sources == ["ocr"] * 3 + ["text_layer"] * 3
    for number, text in enumerate(texts, start=1):
        assert f"page {number}" in text


def test_sideways_scan_turned_upright(results, corpus):
    document = results["tesseract-test/phototest-rotated-L.png"]
    page = document["pages"][0]
    expected = (corpus / "tesseract-test" / "phototest.txt").read_text()

    ratio = difflib.SequenceMatcher(
        None, " ".join(page["text"].split()), " ".join(expected.split())
    ).ratio()

    assert document["status"] == "done"
    assert page["rotation"] == 90
    assert ratio >= 0.85


def test_russian_payment_order_fields(results):
    document = results["dedoc/plat_por__plat_por_png_0.png"]
    fields = document["extraction"]["fields"]

    assert document["status"] == "done"
    assert document["classification"]["document_type"] == "payment_order"
    assert fields["number"]["value"] == "1105"
    assert fields["date"]["value"] == "2019-07-12"
    assert fields["total"]["value"] == "5250.90"
    assert fields["parties"]["payee"]["inn"]["value"] == "7708034472"


def test_payment_order_fields_have_evidence(results):
    document = results["dedoc/plat_por__plat_por_png_0.png"]
    inn = document["extraction"]["fields"]["parties"]["payee"]["inn"]
    page = document["pages"][0]
    left, top, right, bottom = inn["bbox"]

    start, end = inn["span"]
    assert document["ocr_draft"][start:end] == inn["raw"]
    assert inn["page"] == 1
    assert 0 <= left < right <= page["width"]
    assert 0 <= top < bottom <= page["height"]


def test_exif_rotated_photo_is_read(results):
    document = results["pillow/hopper_orientation_6.jpg"]

    assert document["status"] == "done"
    assert document["pages"][0]["source"] == "ocr"


def test_exif_rotated_scan_is_upright(results):
    document = results["dedoc/scanned__scan_orient_1.jpg"]
    page = document["pages"][0]

    # Stored as 898x1128 with EXIF orientation 6, which is wrong for this scan:
    # turned by EXIF it lies sideways, so orientation detection turns it back.
    assert document["status"] == "done"
    assert (page["width"], page["height"]) == (898, 1128)
    assert page["rotation"] == 270
    assert "Стороны освобождаются от ответственности" in page["text"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("pillow/reallybig.bmp", "image_too_large"),
        ("paperless-ngx/password-is-test.pdf", "encrypted_pdf"),
        ("pillow/broken.png", "invalid_file"),
    ],
)
def test_bad_files_fail_with_codes(results, name, code):
    document = results[name]

    assert document["status"] == "failed"
    assert document["error"]["code"] == code
    assert document["error"]["message"]
    assert document["ocr_draft"] is None


def test_request_done_with_failed_documents(results):
    request = results["request"]

    assert request["status"] == "done"
    assert request["progress"]["documents_failed"] == 3
    assert request["progress"]["documents_done"] == len(FILES) - 3
    assert request["progress"]["pages_done"] == request["progress"]["pages_total"]
    assert request["finished_at"] is not None


def test_zip_rejected_at_upload(corpus, worker_settings):
    client = APIClient()

    with (corpus / "paperless-ngx" / "simple.zip").open("rb") as handle:
        response = client.post(UPLOAD, {"files": [handle]}, format="multipart")

    assert response.status_code == 400
    assert response.json()["code"] == "unsupported_file_type"
    assert response.json()["file"] == "simple.zip"
