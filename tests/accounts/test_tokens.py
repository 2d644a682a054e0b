"""Token issue, refresh and the error bodies of the authentication contract."""

from datetime import timedelta

import pytest
from django.conf import settings
from freezegun import freeze_time

from accounts.models import User
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

CLASSIFY = "/ai_agents/api/v1/classify/"
INVALID_TOKEN = "Given token not valid for any token type"


def login(api_client, email, password=PASSWORD):
    return api_client.post(
        "/api/token/", {"email": email, "password": password}, format="json"
    )


def classify_with(api_client, token):
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return api_client.post(CLASSIFY, {"ocr_draft": "Счет на оплату № 1"}, format="json")


def test_login_returns_access_and_refresh(api_client, user):
    response = login(api_client, user.email)

    assert response.status_code == 200
    assert set(response.json()) == {"access", "refresh"}


def test_login_email_is_case_insensitive(api_client, user):
    response = login(api_client, "  Owner@EXAMPLE.com ")

    assert response.status_code == 200


def test_login_wrong_password_is_401(api_client, user):
    response = login(api_client, user.email, "wrong-password")

    assert response.status_code == 401
    assert response.json()["code"] == "no_active_account"
    assert response.json()["detail"]
    assert "password" in response.json()["hint"]


def test_login_unknown_email_is_401(api_client, db):
    response = login(api_client, "nobody@example.com")

    assert response.status_code == 401
    assert response.json()["code"] == "no_active_account"


def test_login_inactive_user_is_401(api_client, user):
    user.is_active = False
    user.save()

    response = login(api_client, user.email)

    assert response.status_code == 401
    assert response.json()["code"] == "no_active_account"


def test_login_missing_fields_is_400(api_client, db):
    response = api_client.post("/api/token/", {}, format="json")

    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"email", "password", "detail", "code", "errors"}
    assert body["code"] == "validation_error"
    assert {error["field"] for error in body["errors"]} == {"email", "password"}
    assert {error["code"] for error in body["errors"]} == {"required"}


def test_refresh_returns_new_access(api_client, tokens):
    response = api_client.post(
        "/api/token/refresh/", {"refresh": tokens["refresh"]}, format="json"
    )

    assert response.status_code == 200
    assert set(response.json()) == {"access"}
    assert classify_with(api_client, response.json()["access"]).status_code == 200


def test_refresh_without_token_is_400(api_client, db):
    response = api_client.post("/api/token/refresh/", {}, format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["refresh", "detail", "code", "errors"]


def test_refresh_number_is_400(api_client, db):
    response = api_client.post("/api/token/refresh/", {"refresh": 123}, format="json")

    body = response.json()
    assert response.status_code == 400
    assert body["code"] == "validation_error"
    assert "got a number 123" in body["refresh"][0]


def test_refresh_with_garbage_is_401(api_client, db):
    response = api_client.post(
        "/api/token/refresh/", {"refresh": "not-a-token"}, format="json"
    )

    assert response.status_code == 401
    assert response.json()["code"] == "token_not_valid"


def test_refresh_for_deactivated_user_is_401(api_client, user, tokens):
    user.is_active = False
    user.save()

    response = api_client.post(
        "/api/token/refresh/", {"refresh": tokens["refresh"]}, format="json"
    )

    assert response.status_code == 401
    assert response.json()["code"] == "no_active_account"


def test_refresh_for_deleted_user_is_401(api_client, user, tokens):
    user.delete()

    response = api_client.post(
        "/api/token/refresh/", {"refresh": tokens["refresh"]}, format="json"
    )

    assert response.status_code == 401
    assert response.json()["code"] == "no_active_account"


def test_password_change_revokes_old_tokens(api_client, user, tokens):
    user.set_password("a-new-long-password-2026")
    user.save()

    refresh = api_client.post(
        "/api/token/refresh/", {"refresh": tokens["refresh"]}, format="json"
    )
    access = classify_with(api_client, tokens["access"])
    relogin = login(api_client, user.email, "a-new-long-password-2026")

    assert refresh.status_code == 401
    assert access.status_code == 401
    assert relogin.status_code == 200


def test_deleted_user_access_token_is_401(api_client, user, tokens):
    user.delete()

    response = classify_with(api_client, tokens["access"])

    assert response.status_code == 401


def test_deactivated_user_access_token_is_401(api_client, user, tokens):
    user.is_active = False
    user.save()

    response = classify_with(api_client, tokens["access"])

    assert response.status_code == 401


def test_token_lifetimes_default_to_contract():
    jwt = settings.SIMPLE_JWT

    assert jwt["ACCESS_TOKEN_LIFETIME"] == timedelta(days=30)
    assert jwt["REFRESH_TOKEN_LIFETIME"] == timedelta(days=60)


def test_access_token_expires_after_30_days(api_client, user):
    with freeze_time("2026-01-01 12:00:00"):
        tokens = login(api_client, user.email).json()
    with freeze_time("2026-01-31 11:59:00"):
        fresh = classify_with(api_client, tokens["access"])
    with freeze_time("2026-01-31 12:01:00"):
        expired = classify_with(api_client, tokens["access"])

    assert fresh.status_code == 200
    assert expired.status_code == 401
    assert expired.json()["detail"] == INVALID_TOKEN
    assert expired.json()["code"] == "token_not_valid"


def test_refresh_token_expires_after_60_days(api_client, user):
    with freeze_time("2026-01-01 12:00:00"):
        tokens = login(api_client, user.email).json()
    with freeze_time("2026-03-02 11:59:00"):
        fresh = api_client.post(
            "/api/token/refresh/", {"refresh": tokens["refresh"]}, format="json"
        )
    with freeze_time("2026-03-02 12:01:00"):
        expired = api_client.post(
            "/api/token/refresh/", {"refresh": tokens["refresh"]}, format="json"
        )

    assert fresh.status_code == 200
    assert expired.status_code == 401
    assert expired.json()["code"] == "token_not_valid"


def test_missing_header_is_403_with_contract_body(api_client, db):
    response = api_client.post(CLASSIFY, {"ocr_draft": "text"}, format="json")

    assert response.status_code == 403
    assert response.json() == {
        "detail": "Authentication credentials were not provided."
    }


def test_invalid_token_is_401_with_contract_body(api_client, db):
    response = classify_with(api_client, "abc.def.ghi")

    assert response.status_code == 401
    assert response.json()["detail"] == INVALID_TOKEN
    assert response.json()["code"] == "token_not_valid"


def test_refresh_token_as_access_is_401(api_client, tokens):
    response = classify_with(api_client, tokens["refresh"])

    assert response.status_code == 401
    assert response.json()["detail"] == INVALID_TOKEN
    assert response.json()["code"] == "token_not_valid"


def test_create_user_normalizes_email(db):
    user = User.objects.create_user("  Mixed.Case@Example.COM ", PASSWORD)

    assert user.email == "mixed.case@example.com"


def test_duplicate_email_any_case_is_rejected(user):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        User.objects.create_user("OWNER@example.com", PASSWORD)


def test_throttled_login_names_the_setting(api_client, user, monkeypatch):
    from django.core.cache import cache
    from rest_framework.throttling import ScopedRateThrottle

    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"auth": "1/minute"})
    cache.clear()
    try:
        login(api_client, user.email, "wrong-password")
        response = login(api_client, user.email, "wrong-password")
    finally:
        cache.clear()

    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert "DOCAI_AUTH_THROTTLE_RATE" in response.json()["detail"]
