"""Hostile requests: oversized or deep bodies, forged claims, spoofed addresses."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken

from docai.exceptions import _validation_body
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

CLASSIFY = "/ai_agents/api/v1/classify/"
UPLOAD = "/documents/api/v1/request/"


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buffer, format="PNG")
    return SimpleUploadedFile("p.png", buffer.getvalue())


def test_oversized_json_body_is_413(auth_client, settings):
    settings.DOCAI_MAX_JSON_BYTES = 1000

    response = auth_client.post(CLASSIFY, {"ocr_draft": "x" * 5000}, format="json")

    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"


def test_oversized_login_body_is_413(api_client, settings):
    settings.DOCAI_MAX_JSON_BYTES = 1000

    response = api_client.post(
        "/api/token/", {"email": "a@example.com", "password": "p" * 5000}, format="json"
    )

    assert response.status_code == 413


def test_deeply_nested_json_is_400(auth_client):
    body = "[" * 100_000 + "]" * 100_000

    response = auth_client.post(CLASSIFY, data=body, content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_very_long_email_is_400(api_client):
    response = api_client.post(
        "/api/token/",
        {"email": "a" * 100_000 + "@example.com", "password": "x"},
        format="json",
    )

    assert response.status_code == 400
    assert "email" in response.json()


def test_text_of_wrong_type_is_400(auth_client):
    response = auth_client.post(CLASSIFY, {"ocr_draft": 123}, format="json")

    body = response.json()
    assert response.status_code == 400
    assert "ocr_draft" in body
    assert body["errors"] == [
        {
            "field": "ocr_draft",
            "code": "invalid",
            "message": "Expected a string, got a number 123; "
            "send the value in double quotes.",
        }
    ]


def test_array_body_is_400_with_code(auth_client):
    response = auth_client.post(CLASSIFY, [{"ocr_draft": "x"}], format="json")

    body = response.json()
    assert response.status_code == 400
    assert body["code"] == "validation_error"
    assert body["errors"][0]["field"] == ""
    assert "Expected a JSON object" in body["detail"]


def test_bad_candidate_entry_names_its_position(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": "text", "candidates": ["invoice", ""]}, format="json"
    )

    body = response.json()
    assert response.status_code == 400
    assert body["errors"] == [
        {
            "field": "candidates.1",
            "code": "blank",
            "message": body["errors"][0]["message"],
        }
    ]
    assert body["detail"].startswith("candidates.1: ")


@pytest.mark.parametrize("user_id", [["1"], {"a": 1}, "abc"])
def test_forged_user_id_is_401(api_client, user, user_id):
    access = AccessToken.for_user(user)
    access["user_id"] = user_id
    refresh = RefreshToken.for_user(user)
    refresh["user_id"] = user_id
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")

    protected = api_client.post(CLASSIFY, {"ocr_draft": "text"}, format="json")
    refreshed = api_client.post(
        "/api/token/refresh/", {"refresh": str(refresh)}, format="json"
    )

    assert protected.status_code == 401
    assert refreshed.status_code == 401


def test_token_endpoint_is_throttled(api_client, user, settings):
    from rest_framework.throttling import ScopedRateThrottle

    saved = ScopedRateThrottle.THROTTLE_RATES
    ScopedRateThrottle.THROTTLE_RATES = {**saved, "auth": "3/minute"}
    try:
        codes = [
            api_client.post(
                "/api/token/",
                {"email": user.email, "password": "wrong-password"},
                format="json",
            ).status_code
            for _ in range(4)
        ]
    finally:
        ScopedRateThrottle.THROTTLE_RATES = saved

    assert codes[:3] == [401, 401, 401]
    assert codes[3] == 429


def test_forwarded_for_does_not_reset_throttle(api_client, user):
    from rest_framework.throttling import ScopedRateThrottle

    saved = ScopedRateThrottle.THROTTLE_RATES
    ScopedRateThrottle.THROTTLE_RATES = {**saved, "auth": "1/minute"}
    credentials = {"email": user.email, "password": PASSWORD}
    try:
        api_client.post("/api/token/", credentials, format="json")
        spoofed = api_client.post(
            "/api/token/",
            credentials,
            format="json",
            HTTP_X_FORWARDED_FOR="198.51.100.7",
        )
    finally:
        ScopedRateThrottle.THROTTLE_RATES = saved

    assert spoofed.status_code == 429


@pytest.mark.parametrize(
    "form",
    [
        "urn:uuid:{id}",
        "{{{id}}}",
        "{hex}",
    ],
)
def test_noncanonical_poll_id_is_404(api_client, form):
    created = api_client.post(UPLOAD, {"files": [png()]}, format="multipart").json()
    request_id = created["id"]

    response = api_client.get(
        f"{UPLOAD}{form.format(id=request_id, hex=request_id.replace('-', ''))}/"
    )

    assert response.status_code == 404


def test_uppercase_poll_id_is_found(api_client):
    created = api_client.post(UPLOAD, {"files": [png()]}, format="multipart").json()

    response = api_client.get(f"{UPLOAD}{created['id'].upper()}/")

    assert response.status_code == 200


def test_chunked_upload_is_411(api_client):
    response = api_client.generic(
        "POST",
        UPLOAD,
        data=b"",
        content_type="multipart/form-data; boundary=x",
        HTTP_TRANSFER_ENCODING="chunked",
    )

    assert response.status_code == 411
    assert response.json()["code"] == "length_required"


def test_far_too_many_files_is_400(api_client, settings):
    settings.DOCAI_MAX_FILES_PER_REQUEST = 2
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 3

    response = api_client.post(
        UPLOAD, {"files": [png() for _ in range(6)]}, format="multipart"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "too_many_files"
    assert "DOCAI_MAX_FILES_PER_REQUEST" in response.json()["detail"]


def test_unknown_host_named_in_error(api_client, settings):
    settings.ALLOWED_HOSTS = ["localhost"]

    response = api_client.get("/api/health/", HTTP_HOST="docai.example.test")

    assert response.status_code == 400
    assert response.json()["code"] == "disallowed_host"
    assert "docai.example.test" in response.json()["detail"]


def test_full_storage_is_507(api_client, settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the upload folder should be")
    settings.UPLOAD_DIR = blocker

    response = api_client.post(UPLOAD, {"files": [png()]}, format="multipart")

    assert response.status_code == 507
    assert response.json()["code"] == "storage_unavailable"
    assert json.dumps(response.json()).count("Traceback") == 0


def test_validation_body_nests_fields_named_like_envelope_keys():
    body = _validation_body({"code": ["Bad code."]}, {"code": ["invalid"]})

    assert body == {
        "detail": "code: Bad code.",
        "code": "validation_error",
        "errors": [{"field": "code", "code": "invalid", "message": "Bad code."}],
        "fields": {"code": ["Bad code."]},
    }


def test_json_charset_parameter_ignored_for_utf8(auth_client):
    text = (
        "Счет на оплату № 5 от 01.02.2025\nПоставщик: ООО «Альфа»\n"
        "Покупатель: ООО «Бета»\nИтого к оплате: 1 000,00 руб.\n"
    )
    body = json.dumps({"ocr_draft": text}, ensure_ascii=False)

    response = auth_client.post(
        CLASSIFY,
        data=body.encode("utf-8"),
        content_type="application/json; charset=latin-1",
    )

    assert response.status_code == 200
    assert response.json()["document_type"] == "invoice"


def test_format_query_parameter_ignored(auth_client):
    response = auth_client.get("/ai_agents/api/v1/document-types/?format=xml")

    assert response.status_code == 200
    assert isinstance(response.json(), list)


def test_number_as_candidate_is_400(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": "text", "candidates": [1]}, format="json"
    )

    body = response.json()
    assert response.status_code == 400
    assert body["errors"][0]["field"] == "candidates.0"
    assert body["errors"][0]["code"] == "invalid"


def test_repeated_engine_form_field_is_400(api_client):
    response = api_client.post(
        UPLOAD,
        {"files": [png()], "engine": ["embedded", "llm"]},
        format="multipart",
    )

    body = response.json()
    assert response.status_code == 400
    assert body["code"] == "invalid_form_field"
    assert body["field"] == "engine"


def test_json_body_over_django_limit_names_fix(auth_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000

    response = auth_client.post(CLASSIFY, {"ocr_draft": "x" * 5000}, format="json")

    body = response.json()
    assert response.status_code == 413
    assert body["code"] == "request_too_large"
    assert "1000 bytes" in body["detail"]
    assert "DOCAI_TEXT_MAX_CHARS" in body["detail"]


def test_json_limit_covers_text_limit():
    from django.conf import settings

    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE >= settings.DOCAI_MAX_JSON_BYTES


def test_overlong_file_name_is_400(api_client):
    # Written by hand: the test client cuts file names to 255 characters.
    name = "scan-" + "a" * 1200 + ".png"
    body = (
        b"--x\r\n"
        + f'Content-Disposition: form-data; name="files"; filename="{name}"'.encode()
        + b"\r\nContent-Type: image/png\r\n\r\n"
        + png().read()
        + b"\r\n--x--\r\n"
    )

    response = api_client.generic(
        "POST", UPLOAD, data=body, content_type="multipart/form-data; boundary=x"
    )

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "part_headers_too_large"
    assert body["limit"] == 1024
    assert "file name" in body["detail"]
    assert "Rename the file" in body["detail"]


def test_multipart_without_boundary_is_400(api_client):
    response = api_client.generic(
        "POST",
        UPLOAD,
        data=b"--x\r\n\r\nbody",
        content_type="multipart/form-data; boundary=",
    )

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "parse_error"
    assert "has no boundary" in body["detail"]
    assert "None" not in body["detail"]
    assert "curl -F" in body["detail"]
