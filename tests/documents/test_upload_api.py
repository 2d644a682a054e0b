"""Upload and polling endpoints, without a worker: validation and response shapes."""

import io
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from documents.models import Document, DocumentRequest

pytestmark = pytest.mark.django_db

UPLOAD = "/documents/api/v1/request/"


def png_bytes(size=(60, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, format="PNG")
    return buffer.getvalue()


def upload(client, field, *files):
    return client.post(UPLOAD, {field: list(files)}, format="multipart")


def named(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_upload_returns_202_with_poll_url(api_client):
    response = upload(api_client, "files", named("scan.png", png_bytes()))

    body = response.json()
    assert response.status_code == 202
    assert uuid.UUID(body["id"])
    assert body["status"] == "queued"
    assert body["poll_url"].endswith(f"/documents/api/v1/request/{body['id']}/")
    assert response.headers["Location"] == body["poll_url"]
    assert len(body["documents"]) == 1


def test_upload_document_entry_shape(api_client):
    response = upload(api_client, "files", named("scan.png", png_bytes()))

    document = response.json()["documents"][0]
    assert document["file_name"] == "scan.png"
    assert document["mime_type"] == "image/png"
    assert document["status"] == "queued"
    assert document["error"] is None
    assert document["pages"] == []
    assert "id" not in document


def test_upload_single_file_field(api_client):
    response = upload(api_client, "file", named("scan.png", png_bytes()))

    assert response.status_code == 202
    assert len(response.json()["documents"]) == 1


def test_upload_several_files_keeps_order(api_client, corpus):
    pdf = (corpus / "paperless-ngx" / "simple.pdf").read_bytes()

    response = upload(
        api_client,
        "files",
        named("first.png", png_bytes()),
        named("second.pdf", pdf),
        named("third.png", png_bytes()),
    )

    names = [document["file_name"] for document in response.json()["documents"]]
    types = [document["mime_type"] for document in response.json()["documents"]]
    assert names == ["first.png", "second.pdf", "third.png"]
    assert types == ["image/png", "application/pdf", "image/png"]


def test_upload_type_sniffed_not_named(api_client):
    response = upload(
        api_client, "files", named("report.pdf", png_bytes(), "application/pdf")
    )

    assert response.status_code == 202
    assert response.json()["documents"][0]["mime_type"] == "image/png"


@pytest.mark.parametrize(
    "relative",
    [
        "paperless-ngx/simple.zip",
        "paperless-ngx/tika__sample.docx",
        "paperless-ngx/simple.txt",
        "dedoc/docx__broken.docx",
    ],
)
def test_upload_rejects_unsupported_formats(api_client, corpus, relative):
    path = corpus / relative

    response = upload(api_client, "files", named(path.name, path.read_bytes()))

    assert response.status_code == 400
    assert response.json()["code"] == "unsupported_file_type"
    assert path.name in response.json()["detail"]
    assert response.json()["file"] == path.name
    assert not DocumentRequest.objects.exists()


def test_renamed_text_file_is_rejected(api_client):
    response = upload(
        api_client, "files", named("invoice.pdf", b"just some text", "application/pdf")
    )

    assert response.status_code == 400
    assert response.json()["code"] == "unsupported_file_type"
    assert "/ai_agents/api/v1/extract/" in response.json()["detail"]


def test_one_bad_file_stores_nothing(api_client, settings):
    response = upload(
        api_client,
        "files",
        named("good.png", png_bytes()),
        named("bad.txt", b"plain text"),
    )

    assert response.status_code == 400
    assert not DocumentRequest.objects.exists()
    assert not Document.objects.exists()
    assert not list(settings.UPLOAD_DIR.glob("*/*"))


def test_upload_without_files_is_400(api_client):
    response = api_client.post(UPLOAD, {}, format="multipart")

    assert response.status_code == 400
    assert response.json()["code"] == "no_files"


def test_upload_empty_file_is_400(api_client):
    response = upload(api_client, "files", named("empty.pdf", b""))

    assert response.status_code == 400
    assert response.json()["code"] == "empty_file"
    assert "empty.pdf" in response.json()["detail"]
    assert "@" in response.json()["detail"]


def test_upload_json_body_is_415(api_client):
    response = api_client.post(UPLOAD, {"files": "x"}, format="json")

    body = response.json()
    assert response.status_code == 415
    assert body["code"] == "unsupported_media_type"
    assert body["content_type"] == "application/json"
    assert "multipart/form-data" in body["accepted"]
    assert "curl -F" in body["detail"]


def test_file_over_limit_is_413(api_client, settings):
    settings.DOCAI_MAX_FILE_BYTES = 100

    response = upload(api_client, "files", named("big.png", png_bytes((400, 400))))

    assert response.status_code == 413
    assert response.json()["code"] == "file_too_large"
    assert "big.png" in response.json()["detail"]
    assert "DOCAI_MAX_FILE_MB" in response.json()["detail"]
    assert not DocumentRequest.objects.exists()


def test_request_over_limit_is_413(api_client, settings):
    settings.DOCAI_MAX_REQUEST_BYTES = 1000
    content = png_bytes((200, 200))

    response = upload(
        api_client, "files", *[named(f"p{i}.png", content) for i in range(3)]
    )

    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"


def test_too_many_files_is_400(api_client, settings):
    settings.DOCAI_MAX_FILES_PER_REQUEST = 2

    response = upload(
        api_client, "files", *[named(f"p{i}.png", png_bytes()) for i in range(3)]
    )

    assert response.status_code == 400
    assert response.json()["code"] == "too_many_files"
    assert "DOCAI_MAX_FILES_PER_REQUEST" in response.json()["detail"]


def test_upload_with_token_links_user(auth_client, user):
    response = upload(auth_client, "files", named("scan.png", png_bytes()))

    request = DocumentRequest.objects.get(public_id=response.json()["id"])
    assert request.user == user


def test_anonymous_upload_has_no_user(api_client):
    response = upload(api_client, "files", named("scan.png", png_bytes()))

    request = DocumentRequest.objects.get(public_id=response.json()["id"])
    assert request.user is None


def test_upload_with_invalid_token_is_401(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Bearer not.a.token")

    response = upload(api_client, "files", named("scan.png", png_bytes()))

    assert response.status_code == 401
    assert response.json()["code"] == "token_not_valid"


def test_upload_stores_file_under_data_dir(api_client, settings):
    content = png_bytes()

    response = upload(api_client, "files", named("../../etc/passwd.png", content))

    document = Document.objects.get(request__public_id=response.json()["id"])
    stored = settings.DATA_DIR / document.storage_path
    assert stored.read_bytes() == content
    assert stored.is_relative_to(settings.UPLOAD_DIR)
    assert document.original_name == "passwd.png"


def test_poll_returns_request(api_client):
    created = upload(api_client, "files", named("scan.png", png_bytes())).json()

    response = api_client.get(created["poll_url"])

    body = response.json()
    assert response.status_code == 200
    assert body["id"] == created["id"]
    assert body["status"] == "queued"
    assert body["progress"]["pages_done"] == 0
    assert body["progress"]["pages_total"] is None
    assert body["documents"][0]["ocr_draft"] is None


def test_poll_unknown_and_malformed_ids_match(api_client):
    unknown = api_client.get(f"{UPLOAD}{uuid.uuid4()}/")
    malformed = api_client.get(f"{UPLOAD}12345/")

    assert unknown.status_code == 404
    assert malformed.status_code == 404
    assert unknown.json() == malformed.json()
    assert unknown.json()["code"] == "not_found"


def test_poll_by_integer_pk_is_404(api_client):
    upload(api_client, "files", named("scan.png", png_bytes()))
    pk = DocumentRequest.objects.get().pk

    response = api_client.get(f"{UPLOAD}{pk}/")

    assert response.status_code == 404


@pytest.fixture
def strict_throttles():
    """Lower the upload and poll rates to two a minute for one test."""
    from rest_framework.throttling import ScopedRateThrottle

    saved = ScopedRateThrottle.THROTTLE_RATES
    ScopedRateThrottle.THROTTLE_RATES = {**saved, "upload": "2/minute", "poll": "2/min"}
    yield
    ScopedRateThrottle.THROTTLE_RATES = saved


def test_upload_throttle_returns_429(api_client, strict_throttles):
    accepted = [
        upload(api_client, "files", named("s.png", png_bytes())).status_code
        for _ in range(2)
    ]

    throttled = upload(api_client, "files", named("s.png", png_bytes()))

    assert accepted == [202, 202]
    assert throttled.status_code == 429
    assert throttled.json()["code"] == "throttled"
    assert "Retry-After" in throttled.headers


def test_poll_throttle_returns_429(api_client, strict_throttles):
    url = f"{UPLOAD}{uuid.uuid4()}/"
    for _ in range(2):
        api_client.get(url)

    throttled = api_client.get(url)

    assert throttled.status_code == 429
    assert throttled.json()["code"] == "throttled"


def test_non_ascii_content_length_is_not_500(api_client):
    api_client.raise_request_exception = False

    response = api_client.post(UPLOAD, {}, CONTENT_LENGTH="\u00b2")

    assert response.status_code == 400


def test_file_in_other_field_is_named(api_client):
    response = upload(api_client, "document", named("scan.png", png_bytes()))

    body = response.json()
    assert response.status_code == 400
    assert body["code"] == "no_files"
    assert "the form has files in 'document'" in body["detail"]
    assert "-F files=@scan.pdf" in body["detail"]


@pytest.mark.parametrize(
    ("content", "detected"),
    [
        (b"just some text", "plain text"),
        (
            b"PK\x03\x04\x14\x00\x06\x00",
            "a ZIP archive (a .docx, .xlsx or .odt file is one)",
        ),
        (b"<!DOCTYPE html><html><body>", "an HTML or XML page"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", "a HEIC photo (save it as JPEG)"),
        (b"\x00\x9f\x92\x96\xff\xfe" * 20, "binary data of an unknown format"),
    ],
)
def test_rejected_file_names_its_content(api_client, content, detected):
    response = upload(api_client, "files", named("invoice.pdf", content))

    body = response.json()
    assert response.status_code == 400
    assert body["detected"] == detected
    assert f"its content is {detected}" in body["detail"]


@pytest.mark.parametrize(
    ("content", "detected"),
    [
        ("Счет на оплату".encode("cp1251"), "text in an 8-bit encoding"),
        ("Invoice".encode("utf-16"), "UTF-16 text"),
        (b"\x00" * 64, "binary data of an unknown format"),
    ],
)
def test_text_encodings_are_named(api_client, content, detected):
    response = upload(api_client, "files", named("invoice.pdf", content))

    assert response.json()["detected"].startswith(detected)


def test_long_field_names_are_cut(api_client):
    response = upload(api_client, "x" * 900, named("scan.png", png_bytes()))

    detail = response.json()["detail"]
    assert response.json()["code"] == "no_files"
    assert "x" * 40 in detail
    assert "x" * 41 not in detail


def test_truncated_multipart_body_is_parse_error(api_client):
    body = (
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="files"; filename="scan.png"\r\n'
        b"Content-Type: image/png\r\n\r\n" + png_bytes()[:40]
    )

    response = api_client.generic(
        "POST", UPLOAD, body, content_type="multipart/form-data; boundary=XyZ"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert "cut off" in response.json()["detail"]


def test_complete_empty_multipart_body_is_no_files(api_client):
    response = api_client.generic(
        "POST", UPLOAD, b"--XyZ--\r\n", content_type="multipart/form-data; boundary=XyZ"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "no_files"
