"""Shared fixtures: the corpus of real documents that sits beside the project."""

from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """Return ../shared/corpus, or skip when this checkout has none beside it."""
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"the document corpus is absent: {CORPUS_DIR} does not exist")
    return CORPUS_DIR


PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def api_client():
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture
def user(db):
    from accounts.models import User

    return User.objects.create_user("owner@example.com", PASSWORD)


@pytest.fixture
def tokens(api_client, user) -> dict:
    response = api_client.post(
        "/api/token/", {"email": user.email, "password": PASSWORD}, format="json"
    )
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def auth_client(tokens):
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access']}")
    return client


@pytest.fixture(scope="session")
def worker_data_dir(tmp_path_factory) -> Path:
    """Return the data folder shared with the Celery worker of the integration tests."""
    return tmp_path_factory.mktemp("worker-data")


@pytest.fixture
def shared_data_dir(settings, worker_data_dir) -> Path:
    """Store this test's uploads where a running test worker can read them."""
    settings.DATA_DIR = worker_data_dir
    settings.UPLOAD_DIR = worker_data_dir / "uploads"
    return worker_data_dir


@pytest.fixture(autouse=True)
def _isolated_data_dir(settings, tmp_path):
    """Give every test its own upload folder and its own throttle cache.

    The cache is in memory so that clearing it never touches the Redis database
    that the broker uses.
    """
    settings.DATA_DIR = tmp_path / "data"
    settings.UPLOAD_DIR = settings.DATA_DIR / "uploads"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": str(tmp_path),
        }
    }


@pytest.fixture
def configured_llm(settings):
    """Point the LLM settings at a fresh OpenAI-compatible test server on
    127.0.0.1 and run Celery tasks in this process; yield the server."""
    from celery import current_app

    from ai_agents.llm import forget_modes
    from tests.llm.server import FakeLLMServer

    forget_modes()
    server = FakeLLMServer()
    settings.OPENAI_BASE_URL = server.url
    settings.OPENAI_API_KEY = "sk-test-key-never-shown"
    settings.DOCAI_LLM_MODEL = "test-model"
    settings.DOCAI_LLM_PROFILES = {"fast": "small-model", "quality": "large-model"}
    settings.DOCAI_LLM_TIMEOUT = 5.0
    settings.DOCAI_LLM_RETRY_BASE_SECONDS = 0.0
    settings.DOCAI_LLM_RETRY_CAP_SECONDS = 0.0
    eager = current_app.conf.task_always_eager
    current_app.conf.task_always_eager = True
    yield server
    current_app.conf.task_always_eager = eager
    server.close()
    forget_modes()
