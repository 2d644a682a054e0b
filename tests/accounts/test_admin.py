"""User management through the Django admin and createsuperuser."""

import pytest
from django.core.management import call_command

from accounts.models import User
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user(db):
    return User.objects.create_superuser("admin@example.com", PASSWORD)


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def test_createsuperuser_noinput_reads_env(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)

    call_command("createsuperuser", email="Root@Example.com", interactive=False)

    root = User.objects.get(email="root@example.com")
    assert root.is_superuser
    assert root.is_staff
    assert root.check_password(PASSWORD)


def test_admin_lists_and_searches_by_email(admin_client, user):
    response = admin_client.get("/admin/accounts/user/", {"q": "owner@"})

    emails = [found.email for found in response.context["cl"].result_list]
    assert response.status_code == 200
    assert emails == ["owner@example.com"]


def test_admin_creates_user_with_password(admin_client, api_client):
    response = admin_client.post(
        "/admin/accounts/user/add/",
        {
            "email": "New.User@example.com",
            "usable_password": "true",
            "password1": "a-fresh-long-password",
            "password2": "a-fresh-long-password",
        },
    )

    assert response.status_code == 302
    created = User.objects.get(email="new.user@example.com")
    assert created.check_password("a-fresh-long-password")
    login = api_client.post(
        "/api/token/",
        {"email": "new.user@example.com", "password": "a-fresh-long-password"},
        format="json",
    )
    assert login.status_code == 200


def test_admin_changes_password(admin_client, user):
    response = admin_client.post(
        f"/admin/accounts/user/{user.pk}/password/",
        {"password1": "another-long-password", "password2": "another-long-password"},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("another-long-password")


def test_admin_deactivate_action(admin_client, user, api_client):
    response = admin_client.post(
        "/admin/accounts/user/",
        {"action": "deactivate_users", "_selected_action": [user.pk]},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert not user.is_active
    login = api_client.post(
        "/api/token/", {"email": user.email, "password": PASSWORD}, format="json"
    )
    assert login.status_code == 401


def test_admin_activate_action(admin_client, user):
    user.is_active = False
    user.save()

    admin_client.post(
        "/admin/accounts/user/",
        {"action": "activate_users", "_selected_action": [user.pk]},
    )

    user.refresh_from_db()
    assert user.is_active


def test_admin_sets_staff_and_superuser(admin_client, user):
    response = admin_client.post(
        f"/admin/accounts/user/{user.pk}/change/",
        {
            "email": user.email,
            "full_name": "Owner",
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "00:00:00",
        },
    )

    assert response.status_code == 302, response.content[:2000]
    user.refresh_from_db()
    assert user.is_staff
    assert user.is_superuser


def test_ensure_demo_user_keeps_tokens_valid(monkeypatch, api_client):
    monkeypatch.setenv("DOCAI_DEMO_PASSWORD", PASSWORD)
    call_command("ensure_demo_user", email="demo@example.com")
    tokens = api_client.post(
        "/api/token/",
        {"email": "demo@example.com", "password": PASSWORD},
        format="json",
    ).json()

    call_command("ensure_demo_user", email="demo@example.com")

    refresh = api_client.post(
        "/api/token/refresh/", {"refresh": tokens["refresh"]}, format="json"
    )
    assert refresh.status_code == 200
    assert User.objects.get(email="demo@example.com").is_superuser


def test_ensure_demo_user_resets_changed_password(monkeypatch):
    User.objects.create_user("demo@example.com", "an-older-password-123")
    monkeypatch.setenv("DOCAI_DEMO_PASSWORD", PASSWORD)

    call_command("ensure_demo_user", email="demo@example.com")

    demo = User.objects.get(email="demo@example.com")
    assert demo.check_password(PASSWORD)
    assert demo.is_staff
