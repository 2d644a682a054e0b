"""Project-level endpoints and configuration: schema, docs, settings, compose file."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from docai import env

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.django_db
def test_openapi_schema_lists_endpoints(client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")

    paths = response.json()["paths"]
    assert response.status_code == 200
    for path in (
        "/api/token/",
        "/api/token/refresh/",
        "/documents/api/v1/request/",
        "/documents/api/v1/request/{request_id}/",
        "/ai_agents/api/v1/classify/",
        "/ai_agents/api/v1/extract/",
    ):
        assert path in paths


@pytest.mark.django_db
def test_swagger_ui_uses_local_assets(client):
    response = client.get("/api/docs/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "drf_spectacular_sidecar" in html
    assert "cdn.jsdelivr" not in html
    assert "unpkg.com" not in html


@pytest.mark.django_db
def test_unknown_url_is_json_404(client):
    response = client.get("/no/such/endpoint/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_env_bool_rejects_typos(monkeypatch):
    monkeypatch.setenv("DOCAI_TEST_FLAG", "ture")

    with pytest.raises(ImproperlyConfigured, match="DOCAI_TEST_FLAG"):
        env.env_bool("DOCAI_TEST_FLAG")


def test_env_int_rejects_text(monkeypatch):
    monkeypatch.setenv("DOCAI_TEST_NUMBER", "ten")

    with pytest.raises(ImproperlyConfigured, match="DOCAI_TEST_NUMBER"):
        env.env_int("DOCAI_TEST_NUMBER", 1)


def test_env_str_reads_file_variant(monkeypatch, tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("DOCAI_TEST_SECRET_FILE", str(secret))

    assert env.env_str("DOCAI_TEST_SECRET") == "from-a-file"


def test_settings_require_secret_key_without_debug(tmp_path):
    result = subprocess.run(
        [
            str(Path(__import__("sys").executable)),
            "-c",
            "import django; django.setup()",
        ],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "docai.settings",
            "DOCAI_DATA_DIR": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_docker_compose_file_is_valid():
    compose = shutil.which("docker-compose")
    if compose is None:
        pytest.skip("docker-compose is not installed (Debian package docker-compose)")

    result = subprocess.run(
        [compose, "-f", str(ROOT / "docker-compose.yml"), "config"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    for service in ("web:", "worker:", "redis:", "postgres:"):
        assert service in result.stdout


def test_openapi_schema_has_no_warnings(tmp_path):
    from django.core.management import call_command

    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(tmp_path / "schema.yaml"),
    )

    assert "/ai_agents/api/v1/document-types/" in (tmp_path / "schema.yaml").read_text()


@pytest.mark.django_db
def test_health_endpoint_reports_ok(client):
    response = client.get("/api/health/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_cors_allows_configured_origin(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.com"]

    response = client.options(
        "/documents/api/v1/request/",
        HTTP_ORIGIN="https://app.example.com",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "https://app.example.com"


@pytest.mark.django_db
def test_cors_ignores_unknown_origin(client):
    response = client.get("/api/health/", HTTP_ORIGIN="https://elsewhere.example.com")

    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.django_db
def test_models_match_migrations():
    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def django_setup_output(tmp_path, **env: str) -> subprocess.CompletedProcess:
    """Run django.setup() in a new interpreter with `env`; return the result."""
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "docai.settings",
            "DOCAI_DATA_DIR": str(tmp_path),
            "DJANGO_SECRET_KEY": "x" * 50,
            **env,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"DOCAI_ENGINE": "gpt"}, "DOCAI_ENGINE"),
        ({"DOCAI_LLM_PROFILES": "fast"}, "DOCAI_LLM_PROFILES"),
        ({"DOCAI_LLM_TIMEOUT": "900"}, "DOCAI_LLM_TIMEOUT"),
        ({"DOCAI_LLM_CHUNK_CHARS": "2500"}, "DOCAI_LLM_CHUNK_CHARS"),
    ],
)
def test_invalid_llm_settings_stop_startup(tmp_path, env, named):
    result = django_setup_output(tmp_path, **env)

    assert result.returncode != 0
    assert named in result.stderr


def test_llm_engine_default_without_server_fails_check(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DOCAI_DATA_DIR": str(tmp_path),
            "DJANGO_SECRET_KEY": "x" * 50,
            "DOCAI_ENGINE": "llm",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode != 0
    assert "ai_agents.E001" in result.stderr
    assert "OPENAI_BASE_URL" in result.stderr


def test_manage_without_tables_names_fix(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "createsuperuser", "--noinput"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DOCAI_DATA_DIR": str(tmp_path),
            "DJANGO_SECRET_KEY": "x" * 50,
            "DJANGO_SUPERUSER_PASSWORD": "a-long-password-1",
            "DJANGO_SUPERUSER_EMAIL": "admin@example.com",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(tmp_path / "docai.sqlite3") in result.stderr
    assert "no such table" in result.stderr
    assert "DOCAI_DATA_DIR" in result.stderr
    assert "manage.py migrate" in result.stderr
