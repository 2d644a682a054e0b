"""Fixtures of the LLM engine tests: the fake server and engines bound to it."""

import pytest

from ai_agents.llm import LLMConfig, forget_modes

from .server import FakeLLMServer


@pytest.fixture
def llm_server():
    """Start a fake OpenAI-compatible server on 127.0.0.1, closed after the test."""
    forget_modes()
    server = FakeLLMServer()
    yield server
    server.close()
    forget_modes()


@pytest.fixture
def llm_config(llm_server) -> LLMConfig:
    """Return a config that points at the fake server, with a short timeout."""
    return LLMConfig(
        base_url=llm_server.url,
        api_key="sk-test-secret-key",
        model="test-model",
        timeout=5.0,
    )


@pytest.fixture
def llm_server_config_fast(llm_server) -> LLMConfig:
    """Return a config with a one-second timeout, for the slow-reply tests."""
    return LLMConfig(
        base_url=llm_server.url, api_key=None, model="test-model", timeout=1.0
    )


@pytest.fixture
def llm(configured_llm, settings):
    """The configured test server, with the Celery retries of LLM jobs off."""
    settings.DOCAI_LLM_MAX_RETRIES = 0
    return configured_llm


@pytest.fixture
def raw_client(auth_client):
    """An API client that returns a 500 response instead of raising."""
    auth_client.raise_request_exception = False
    return auth_client
