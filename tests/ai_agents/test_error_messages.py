"""Error bodies that name the value at fault and the request that fixes it."""

import pytest
from freezegun import freeze_time

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

CLASSIFY = "/ai_agents/api/v1/classify/"
EXTRACT = "/ai_agents/api/v1/extract/"
REFRESH = "/api/token/refresh/"
INVALID_TOKEN = "Given token not valid for any token type"
TEXT = "Счет на оплату № 12 от 03.02.2025"


def post_json(client, url, raw: str):
    return client.post(url, data=raw, content_type="application/json")


def test_bad_json_names_line_column_and_fix(auth_client):
    response = post_json(auth_client, CLASSIFY, '{"ocr_draft": "a" "b"}')

    body = response.json()
    assert response.status_code == 400
    assert body["code"] == "parse_error"
    assert (body["line"], body["column"]) == (1, 19)
    assert "line 1, column 19" in body["detail"]
    assert "single quotes" in body["detail"]


def test_body_not_utf8_names_the_byte(auth_client):
    raw = '{"ocr_draft": "Счет"}'.encode("cp1251")

    response = auth_client.post(CLASSIFY, data=raw, content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert "byte 15 is not UTF-8" in response.json()["detail"]


@pytest.mark.parametrize("url", [CLASSIFY, EXTRACT])
def test_text_under_another_key_names_that_key(auth_client, url):
    response = auth_client.post(url, {"text": TEXT}, format="json")

    body = response.json()
    assert response.status_code == 400
    assert body["errors"] == [
        {"field": "ocr_draft", "code": "required", "message": body["ocr_draft"][0]}
    ]
    assert "send the document's text as ocr_draft" in body["detail"]
    assert 'The body has "text"' in body["detail"]


def test_array_body_names_json_type(auth_client):
    response = auth_client.post(CLASSIFY, [TEXT], format="json")

    body = response.json()
    assert response.status_code == 400
    assert body["detail"] == (
        'Expected a JSON object such as {"ocr_draft": "..."}, got an array.'
    )


def test_string_body_names_json_type(auth_client):
    response = auth_client.post(CLASSIFY, TEXT, format="json")

    body = response.json()
    assert response.status_code == 400
    assert body["detail"] == (
        'Expected a JSON object such as {"ocr_draft": "..."}, got a string.'
    )


def test_huge_number_body_names_digit_limit(auth_client):
    response = auth_client.generic(
        "POST", CLASSIFY, data=b"9" * 5000, content_type="application/json"
    )

    body = response.json()
    assert response.status_code == 400
    assert body["code"] == "parse_error"
    assert "more than 4300 digits" in body["detail"]
    assert "sys." not in body["detail"]


def test_candidates_string_shows_array_form(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": TEXT, "candidates": "invoice"}, format="json"
    )

    body = response.json()
    assert response.status_code == 400
    assert body["errors"][0]["code"] == "not_a_list"
    assert body["detail"].endswith('send ["invoice"].')


def test_candidates_nested_list_asks_for_flat_array(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": TEXT, "candidates": [["invoice"]]}, format="json"
    )

    detail = response.json()["detail"]
    assert response.status_code == 400
    assert 'got an array ["invoice"]' in detail
    assert 'Send a flat array: ["invoice", "act"].' in detail
    assert "double quotes" in detail


def test_candidates_number_names_json_type(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": TEXT, "candidates": 3}, format="json"
    )

    assert response.status_code == 400
    assert "got a number" in response.json()["detail"]
    assert "int" not in response.json()["detail"]


@pytest.mark.parametrize(
    ("sent", "meant"),
    [
        ("Invoice", "invoice"),
        ("PAYMENT-ORDER", "payment_order"),
        ("invoise", "invoice"),
    ],
)
def test_unknown_candidate_suggests_code(auth_client, sent, meant):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": TEXT, "candidates": [sent]}, format="json"
    )

    detail = response.json()["detail"]
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "unknown_document_type"
    assert f"Did you mean {meant!r}?" in detail


def test_case_hint_only_for_case_typos(auth_client):
    def detail(code):
        response = auth_client.post(
            CLASSIFY, {"ocr_draft": TEXT, "candidates": [code]}, format="json"
        )
        return response.json()["detail"]

    assert "lower case" in detail("Invoice")
    assert "lower case" not in detail("invoise")


def test_null_body_names_json_type(auth_client):
    response = auth_client.post(CLASSIFY, "null", content_type="application/json")

    assert response.status_code == 400
    assert response.json()["detail"] == (
        'Expected a JSON object such as {"ocr_draft": "..."}, got null.'
    )


def test_unrelated_type_has_no_suggestion(auth_client):
    response = auth_client.post(
        EXTRACT, {"ocr_draft": TEXT, "document_type": "zebra"}, format="json"
    )

    assert response.status_code == 400
    assert "Did you mean" not in response.json()["detail"]


def test_expired_access_token_points_at_refresh(api_client, user):
    with freeze_time("2026-01-01 12:00:00"):
        tokens = api_client.post(
            "/api/token/", {"email": user.email, "password": PASSWORD}, format="json"
        ).json()
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access']}")
    with freeze_time("2026-02-15 12:00:00"):
        response = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json")

    body = response.json()
    assert response.status_code == 401
    assert (body["detail"], body["code"]) == (INVALID_TOKEN, "token_not_valid")
    assert body["reason"] == "expired"
    assert "POST /api/token/refresh/" in body["hint"]


def test_refresh_token_as_access_says_which_token(api_client, tokens):
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['refresh']}")

    body = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json").json()

    assert (body["detail"], body["code"]) == (INVALID_TOKEN, "token_not_valid")
    assert body["reason"] == "wrong_type"
    assert body["hint"].startswith("This is a refresh token.")


def test_damaged_token_says_invalid(api_client, tokens):
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access'][:-4]}")

    body = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json").json()

    assert body["code"] == "token_not_valid"
    assert body["reason"] == "invalid"


def test_access_token_to_refresh_is_wrong_type(api_client, tokens):
    response = api_client.post(REFRESH, {"refresh": tokens["access"]}, format="json")

    body = response.json()
    assert response.status_code == 401
    assert body["code"] == "token_not_valid"
    assert body["reason"] == "wrong_type"
    assert body["hint"].startswith("This is an access token.")


def test_changed_password_asks_to_log_in_again(api_client, user, tokens):
    user.set_password("another-long-password-2026")
    user.save()
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access']}")

    body = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json").json()

    assert body["code"] == "password_changed"
    assert "Log in again with POST /api/token/" in body["hint"]


@pytest.mark.parametrize("scheme", ["bearer", "BEARER", "Bearer "])
def test_bearer_scheme_in_any_case_is_read(api_client, tokens, scheme):
    api_client.credentials(HTTP_AUTHORIZATION=f"{scheme} {tokens['access']}")

    response = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json")

    assert response.status_code == 200


@pytest.mark.parametrize("scheme", ["Token", "JWT", "Basic"])
def test_other_scheme_keeps_403_and_names_the_scheme(api_client, tokens, scheme):
    api_client.credentials(HTTP_AUTHORIZATION=f"{scheme} {tokens['access']}")

    response = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json")

    body = response.json()
    assert response.status_code == 403
    assert body["detail"] == "Authentication credentials were not provided."
    assert body["code"] == "unsupported_authorization_scheme"
    assert f'uses the scheme "{scheme}"' in body["hint"]
    assert tokens["access"] not in body["hint"]


def test_token_without_scheme_asks_for_bearer(api_client, tokens):
    api_client.credentials(HTTP_AUTHORIZATION=tokens["access"])

    body = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json").json()

    assert body["code"] == "unsupported_authorization_scheme"
    assert "without a scheme" in body["hint"]


def test_other_scheme_on_public_upload_is_ignored(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Basic dXNlcjpwYXNz")

    response = api_client.post("/documents/api/v1/request/", {}, format="multipart")

    assert response.status_code == 400
    assert response.json()["code"] != "unsupported_authorization_scheme"


def test_raw_newline_in_string_names_escape(auth_client):
    response = post_json(auth_client, CLASSIFY, '{"ocr_draft": "line1\nline2"}')

    detail = response.json()["detail"]
    assert response.status_code == 400
    assert "at at" not in detail
    assert "Invalid control character at line 1, column 21" in detail
    assert "write a line break inside a string as \\n" in detail


def test_comma_separated_candidates_split(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": TEXT, "candidates": "invoice, act"}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["detail"].endswith('send ["invoice", "act"].')


@pytest.mark.parametrize("header", ["Bearer", "Bearer a b"])
def test_malformed_bearer_header_has_hint(api_client, header):
    api_client.credentials(HTTP_AUTHORIZATION=header)

    response = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json")

    body = response.json()
    assert response.status_code == 401
    assert body["code"] == "bad_authorization_header"
    assert "ErrorDetail" not in body["detail"]
    assert "Authorization: Bearer <access token>" in body["hint"]


def test_wrong_method_names_allowed_one(auth_client):
    response = auth_client.get(CLASSIFY)

    body = response.json()
    assert response.status_code == 405
    assert body["code"] == "method_not_allowed"
    assert body["allowed"] == ["POST"]
    assert body["detail"].endswith("Use POST.")


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty_or_null_text_asks_for_text(auth_client, value):
    response = auth_client.post(CLASSIFY, {"ocr_draft": value}, format="json")

    detail = response.json()["detail"]
    assert response.status_code == 400
    assert detail.startswith("ocr_draft: The text is ")
    assert "send the document's text" in detail


def test_null_candidates_says_leave_out(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": TEXT, "candidates": None}, format="json"
    )

    assert response.status_code == 400
    assert "Leave candidates out" in response.json()["detail"]


def test_misspelled_key_suggests_field(auth_client):
    response = auth_client.post(
        EXTRACT, {"ocr_draft": TEXT, "doc_type": "invoice"}, format="json"
    )

    body = response.json()
    assert response.status_code == 400
    assert body["errors"] == [
        {
            "field": "doc_type",
            "code": "unknown_field",
            "message": 'Unknown field "doc_type"; did you mean "document_type"?',
        }
    ]


@pytest.mark.parametrize("key", ["document_type", "doc_type", "type"])
def test_type_sent_to_classify_points_to_candidates(auth_client, key):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": TEXT, key: "invoice"}, format="json"
    )

    body = response.json()
    assert response.status_code == 400
    assert body["errors"][0]["field"] == key
    assert body["errors"][0]["code"] == "unknown_field"
    assert '"candidates"' in body["errors"][0]["message"]
    assert "/ai_agents/api/v1/extract/" in body["errors"][0]["message"]


def test_null_type_sent_to_classify_is_ignored(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": TEXT, "document_type": None}, format="json"
    )

    assert response.status_code == 200


def test_unrelated_extra_key_is_ignored(auth_client):
    response = auth_client.post(
        CLASSIFY, {"ocr_draft": TEXT, "metadata": {"source": "mail"}}, format="json"
    )

    assert response.status_code == 200


def test_login_with_username_names_it(api_client, user):
    response = api_client.post(
        "/api/token/", {"username": user.email, "password": PASSWORD}, format="json"
    )

    detail = response.json()["detail"]
    assert response.status_code == 400
    assert detail.startswith("email: This field is required: send the account's")
    assert 'The body has "username"' in detail


def test_refresh_with_token_key_names_it(api_client, tokens):
    response = api_client.post(REFRESH, {"token": tokens["refresh"]}, format="json")

    detail = response.json()["detail"]
    assert response.status_code == 400
    assert "send the refresh token from POST /api/token/ as refresh" in detail
    assert 'The body has "token"' in detail


@pytest.mark.parametrize(
    ("url", "raw"),
    [
        (CLASSIFY, '{"ocr_draft": ["\\ud800"]}'),
        (CLASSIFY, '{"ocr_draft": "Invoice 1", "candidates": "\\ud800"}'),
        (CLASSIFY, '{"ocr_draft": "Invoice 1", "candidates": [["\\ud800"]]}'),
        (CLASSIFY, '{"\\ud800": 1}'),
        (EXTRACT, '{"text\\udc80": "x"}'),
    ],
)
def test_lone_surrogate_in_body_is_400(auth_client, url, raw):
    response = post_json(auth_client, url, raw)

    assert response.status_code == 400
    assert response.json()["code"] == "validation_error"


@pytest.mark.parametrize(
    "header", ["sk_live_51HzXq9SuperSecretApiKey000", "hunter2", "s3cr3t!value x"]
)
def test_value_without_scheme_is_not_repeated(api_client, header):
    api_client.credentials(HTTP_AUTHORIZATION=header)

    response = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json")

    assert response.status_code == 403
    assert header.split()[0][:6] not in response.content.decode()


@pytest.mark.parametrize(
    "key", ["mime_type", "document_id", "engine_version", "model_name", "mode"]
)
def test_plausible_extra_keys_are_ignored(auth_client, key):
    response = auth_client.post(EXTRACT, {"ocr_draft": TEXT, key: "x"}, format="json")

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("key", "meant"),
    [
        ("documentType", "document_type"),
        ("document-type", "document_type"),
        ("documnet_type", "document_type"),
        ("type", "document_type"),
    ],
)
def test_other_spellings_of_fields_are_named(auth_client, key, meant):
    response = auth_client.post(
        EXTRACT, {"ocr_draft": TEXT, key: "invoice"}, format="json"
    )

    assert response.status_code == 400
    assert f'did you mean "{meant}"' in response.json()["detail"]


def test_many_unknown_keys_answer_quickly(auth_client):
    body = {"ocr_draft": TEXT, **{f"key{index}": 1 for index in range(50_000)}}

    response = auth_client.post(EXTRACT, body, format="json")

    assert response.status_code == 200


def test_refresh_key_hint_skips_output_field(api_client, tokens):
    response = api_client.post(
        REFRESH, {"access_token": tokens["refresh"]}, format="json"
    )

    detail = response.json()["detail"]
    assert response.status_code == 400
    assert "did you mean" not in detail
    assert 'The body has "access_token"' in detail


def test_right_to_left_override_in_key_is_escaped(auth_client):
    response = auth_client.post(EXTRACT, {"doc\u202etype": 1}, format="json")

    assert "\u202e" not in response.content.decode()
    assert "\\u202e" in response.json()["detail"]


def test_bearer_with_no_break_space_says_so(api_client, tokens):
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer\u00a0{tokens['access']}")

    response = api_client.post(CLASSIFY, {"ocr_draft": TEXT}, format="json")

    assert response.status_code == 403
    assert "one ASCII space" in response.json()["hint"]


def test_blank_document_type_says_to_omit_it(auth_client):
    response = auth_client.post(
        EXTRACT,
        {"ocr_draft": "Счет № 5 от 12.03.2026", "document_type": ""},
        format="json",
    )

    assert response.status_code == 400
    detail = str(response.json())
    assert "omit it" in detail
    assert "/ai_agents/api/v1/document-types/" in detail
