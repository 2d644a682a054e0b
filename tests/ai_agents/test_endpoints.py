"""classify and extract endpoints: auth, validation and response shapes."""

import pytest

pytestmark = pytest.mark.django_db

CLASSIFY = "/ai_agents/api/v1/classify/"
EXTRACT = "/ai_agents/api/v1/extract/"

PAYMENT_ORDER = """ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 57 от 14.02.2024
Сумма 12 500-00
Плательщик ООО "Ромашка" ИНН 7707083893 КПП 773601001
Сч. № 40702810938000000001
ПАО СБЕРБАНК г. Москва БИК 044525225 Сч. № 30101810400000000225
Получатель ИНН 7708034472 КПП 770801001
Назначение платежа: оплата по счету № 12
"""


@pytest.mark.parametrize("url", [CLASSIFY, EXTRACT])
def test_missing_token_is_403(api_client, url):
    response = api_client.post(url, {"ocr_draft": "text"}, format="json")

    assert response.status_code == 403
    assert response.json() == {
        "detail": "Authentication credentials were not provided."
    }


@pytest.mark.parametrize("url", [CLASSIFY, EXTRACT])
@pytest.mark.parametrize("body", [{}, {"ocr_draft": ""}, {"ocr_draft": "   "}])
def test_missing_or_empty_text_is_400(auth_client, url, body):
    response = auth_client.post(url, body, format="json")

    body = response.json()
    assert response.status_code == 400
    assert set(body) == {"ocr_draft", "detail", "code", "errors"}
    assert isinstance(body["ocr_draft"], list)
    assert body["code"] == "validation_error"
    assert body["detail"].startswith("ocr_draft: ")
    assert [error["field"] for error in body["errors"]] == ["ocr_draft"]
    assert body["errors"][0]["code"] in {"required", "blank"}


def test_classify_returns_type_and_alternatives(auth_client):
    response = auth_client.post(CLASSIFY, {"ocr_draft": PAYMENT_ORDER}, format="json")

    body = response.json()
    assert response.status_code == 200
    assert body["document_type"] == "payment_order"
    assert 0 <= body["confidence"] <= 1
    assert isinstance(body["alternatives"], list)
    for alternative in body["alternatives"]:
        assert set(alternative) == {"document_type", "confidence"}
        assert 0 <= alternative["confidence"] <= 1


def test_classify_candidates_restrict_choice(auth_client):
    response = auth_client.post(
        CLASSIFY,
        {"ocr_draft": PAYMENT_ORDER, "candidates": ["invoice", "contract"]},
        format="json",
    )

    assert response.status_code == 200
    assert response.json()["document_type"] in {"invoice", "contract", "other"}


def test_classify_unknown_candidate_is_400(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": PAYMENT_ORDER, "candidates": ["nope"]}, format="json"
    )

    body = response.json()
    assert response.status_code == 400
    assert "candidates" in body
    assert body["errors"][0]["field"] == "candidates"
    assert body["errors"][0]["code"] == "unknown_document_type"
    assert "'nope'" in body["detail"]


def test_extract_returns_fields(auth_client):
    response = auth_client.post(EXTRACT, {"ocr_draft": PAYMENT_ORDER}, format="json")

    body = response.json()
    fields = body["fields"]
    assert response.status_code == 200
    assert body["document_type"] == "payment_order"
    assert fields["number"]["value"] == "57"
    assert fields["date"]["value"] == "2024-02-14"
    assert fields["total"]["value"] == "12500.00"
    assert fields["parties"]["payee"]["inn"]["value"] == "7708034472"


def test_extract_with_given_type(auth_client):
    response = auth_client.post(
        EXTRACT,
        {"ocr_draft": PAYMENT_ORDER, "document_type": "invoice"},
        format="json",
    )

    assert response.status_code == 200
    assert response.json()["document_type"] == "invoice"


def test_extract_unknown_type_is_400(auth_client):
    response = auth_client.post(
        EXTRACT, {"ocr_draft": PAYMENT_ORDER, "document_type": "nope"}, format="json"
    )

    body = response.json()
    assert response.status_code == 400
    assert "document_type" in body
    assert body["code"] == "validation_error"
    assert body["errors"] == [
        {
            "field": "document_type",
            "code": "unknown_document_type",
            "message": body["document_type"][0],
        }
    ]


def test_extract_span_points_into_text(auth_client):
    response = auth_client.post(EXTRACT, {"ocr_draft": PAYMENT_ORDER}, format="json")

    number = response.json()["fields"]["number"]
    start, end = number["span"]
    assert PAYMENT_ORDER[start:end] == number["raw"]


def test_get_method_is_405(auth_client):
    response = auth_client.get(CLASSIFY)

    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


def test_malformed_json_is_400(auth_client):
    response = auth_client.post(
        CLASSIFY, data="{not json", content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_plain_text_body_is_415_naming_json(auth_client):
    response = auth_client.post(CLASSIFY, data=PAYMENT_ORDER, content_type="text/plain")

    body = response.json()
    assert response.status_code == 415
    assert body["code"] == "unsupported_media_type"
    assert body["content_type"] == "text/plain"
    assert "application/json" in body["accepted"]
    assert "Content-Type: application/json" in body["detail"]


def test_text_over_limit_is_400_naming_setting(auth_client, settings):
    limit = settings.DOCAI_TEXT_MAX_CHARS
    text = PAYMENT_ORDER + "x" * limit

    response = auth_client.post(CLASSIFY, {"ocr_draft": text}, format="json")

    body = response.json()
    assert response.status_code == 400
    assert body["errors"][0]["field"] == "ocr_draft"
    assert body["errors"][0]["code"] == "max_length"
    assert f"{limit} characters" in body["detail"]
    assert f"has {len(text)} characters" in body["detail"]
    assert "DOCAI_TEXT_MAX_CHARS" in body["detail"]
