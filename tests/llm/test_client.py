"""Calls through the real openai client: fallbacks, retries and error mapping."""

import time

import pytest

from ai_agents.llm import LLMConfig, LLMEngine, LLMError

from .helpers import INVOICE_TEXT, classification_reply, invoice_reply
from .server import Reply


def make_engine(config: LLMConfig, records: list | None = None, **options):
    on_call = records.append if records is not None else None
    return LLMEngine(config=config, on_call=on_call, **options)


def formats(server) -> list:
    return [(body.get("response_format") or {}).get("type") for body in server.bodies()]


@pytest.mark.parametrize("status", [400, 422])
def test_json_schema_rejected_falls_back(llm_server, llm_config, status):
    llm_server.script(
        Reply.reject_json_schema(status),
        Reply.json(classification_reply("invoice")),
        Reply.json(classification_reply("invoice")),
    )
    engine = make_engine(llm_config)

    first = engine.classify(INVOICE_TEXT)
    second = engine.classify(INVOICE_TEXT)

    assert first.document_type == "invoice"
    assert second.document_type == "invoice"
    assert formats(llm_server) == ["json_schema", "json_object", "json_object"]


def test_plain_mode_after_two_rejections(llm_server, llm_config):
    rejects_format = Reply.error(400, "response_format is not supported")
    rejects_format.when = lambda body: "response_format" in body
    llm_server.script(
        rejects_format,
        Reply.error(400, "json_object is not supported"),
        Reply.prose(classification_reply("act")),
    )
    records = []

    result = make_engine(llm_config, records).classify(INVOICE_TEXT)

    assert result.document_type == "act"
    assert formats(llm_server) == ["json_schema", "json_object", None]
    plain_system = llm_server.bodies()[2]["messages"][0]["content"]
    assert '"document_type"' in plain_system
    assert [record.mode for record in records] == [
        "json_schema",
        "json_object",
        "plain",
    ]
    assert [record.outcome for record in records][-1] == "ok"


@pytest.mark.parametrize(
    "reply",
    [
        Reply.fenced(classification_reply("waybill")),
        Reply.prose(classification_reply("waybill")),
        Reply.text(
            "<think>The {document} looks like a waybill.</think>\n"
            '{"document_type": "waybill", "confidence": 0.7, "alternatives": []}'
        ),
        Reply.text(
            '\ufeff{"document_type": "waybill", "confidence": 0.7, '
            '"alternatives": [], "reasoning": "extra key"}'
        ),
    ],
    ids=["fence", "prose", "think", "bom-extra-key"],
)
def test_tolerant_reply_parsing(llm_server, llm_config, reply):
    llm_server.script(reply)

    result = make_engine(llm_config).classify(INVOICE_TEXT)

    assert result.document_type == "waybill"


def test_invalid_reply_retried_then_fails(llm_server, llm_config):
    wrong = {"type": "invoice", "score": "high"}
    llm_server.script(Reply.json(wrong), Reply.json(wrong))
    records = []

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config, records).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_output_invalid"
    assert caught.value.retryable is False
    assert '"score": "high"' in caught.value.raw_reply
    assert len(llm_server.requests) == 2
    retry_messages = llm_server.bodies()[1]["messages"]
    assert retry_messages[-2]["role"] == "assistant"
    assert "document_type" in retry_messages[-1]["content"]
    assert [record.outcome for record in records] == ["llm_output_invalid"] * 2
    assert all('"score"' in record.raw_reply for record in records)


def test_invalid_reply_retry_succeeds(llm_server, llm_config):
    llm_server.script(
        Reply.text("I cannot tell."), Reply.json(classification_reply("contract"))
    )
    records = []

    result = make_engine(llm_config, records).classify(INVOICE_TEXT)

    assert result.document_type == "contract"
    assert [record.outcome for record in records] == ["llm_output_invalid", "ok"]
    assert records[1].raw_reply is None


def test_finish_reason_length_is_invalid(llm_server, llm_config):
    llm_server.script(Reply.text('{"document_type": "inv', finish_reason="length"))

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_output_invalid"
    assert "DOCAI_LLM_MAX_OUTPUT_TOKENS" in caught.value.message


def test_null_content_and_no_usage(llm_server, llm_config):
    llm_server.script(Reply.text(None), Reply.json(classification_reply("letter")))
    records = []

    engine = make_engine(llm_config, records)
    result = engine.classify(INVOICE_TEXT)

    assert result.document_type == "letter"
    assert records[0].total_tokens is None
    assert engine.usage()["calls"] == 2


def test_usage_sums_records(llm_server, llm_config):
    usage = {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}
    llm_server.script(
        Reply.json(classification_reply("invoice"), usage=usage),
        Reply.json(classification_reply("invoice"), usage=usage),
    )
    engine = make_engine(llm_config)

    engine.classify(INVOICE_TEXT)
    engine.classify(INVOICE_TEXT)

    summary = engine.usage()
    assert summary["calls"] == 2
    assert summary["prompt_tokens"] == 200
    assert summary["total_tokens"] == 240
    assert summary["model"] == "test-model"


ERROR_CASES = [
    (Reply.error(429, "slow down", headers={"retry-after": "7"}), "llm_rate_limited"),
    (
        Reply.error(429, "quota", code="insufficient_quota", type="insufficient_quota"),
        "llm_quota",
    ),
    (Reply.error(401, "Incorrect API key sk-test-secret-key"), "llm_auth"),
    (Reply.error(403, "forbidden"), "llm_auth"),
    (Reply.error(404, "model not found"), "llm_model_not_found"),
    (
        Reply.error(400, "too long", code="context_length_exceeded"),
        "llm_context_too_long",
    ),
    (
        Reply.error(400, "This model's maximum context length is 8192"),
        "llm_context_too_long",
    ),
    (Reply.error(503, "overloaded"), "llm_unavailable"),
    (Reply.error(409, "conflict"), "llm_unavailable"),
    (Reply.error(408, "timeout"), "llm_timeout"),
    (Reply.error(418, "teapot says no"), "llm_bad_request"),
]
RETRYABLE = {"llm_rate_limited", "llm_unavailable", "llm_timeout"}


@pytest.mark.parametrize(("reply", "code"), ERROR_CASES)
def test_error_mapping(llm_server, llm_config, reply, code):
    # Every request gets the same error, so a status that triggers the format
    # fallback is mapped after the plain-prompt request fails too.
    llm_server.responder = lambda body: reply

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config).classify(INVOICE_TEXT)

    error = caught.value
    assert error.code == code
    assert error.retryable is (code in RETRYABLE)
    assert error.status == reply.status
    assert "sk-test-secret-key" not in error.message
    assert "sk-test-secret-key" not in str(error)


def test_rate_limit_retry_after_seconds(llm_server, llm_config):
    llm_server.script(Reply.error(429, "slow", headers={"retry-after": "7"}))

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config).classify(INVOICE_TEXT)

    assert caught.value.retry_after == 7.0


def test_rate_limit_retry_after_ms(llm_server, llm_config):
    llm_server.script(Reply.error(429, "slow", headers={"retry-after-ms": "1500"}))

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config).classify(INVOICE_TEXT)

    assert caught.value.retry_after == 1.5


def test_bad_request_keeps_server_message_in_detail(llm_server, llm_config):
    llm_server.responder = lambda body: Reply.error(400, "temperature out of range")
    records = []

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config, records).classify(INVOICE_TEXT)

    error = caught.value
    assert error.code == "llm_bad_request"
    assert "HTTP 400" in error.message
    assert "temperature out of range" not in error.message
    assert "temperature out of range" in error.detail
    assert "HTTP 400" in error.detail
    assert len(llm_server.requests) == 3
    assert "temperature out of range" in records[-1].error_detail


def test_server_error_stops_after_json_object(llm_server, llm_config):
    records = []

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config, records).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_unavailable"
    assert caught.value.retryable is True
    assert [record.outcome for record in records] == ["llm_unavailable"] * 2
    assert [record.mode for record in records] == ["json_schema", "json_object"]


def test_slow_reply_times_out(llm_server, llm_server_config_fast):
    llm_server.script(Reply.json(classification_reply("invoice"), delay=2.0))
    records = []

    started = time.monotonic()
    with pytest.raises(LLMError) as caught:
        make_engine(llm_server_config_fast, records).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_timeout"
    assert caught.value.retryable is True
    assert time.monotonic() - started < 1.8
    assert records[0].outcome == "llm_timeout"


def test_connection_refused_unavailable(llm_server, llm_config):
    url = llm_server.url
    llm_server.close()
    config = LLMConfig(base_url=url, api_key=None, model="m", timeout=2.0)

    with pytest.raises(LLMError) as caught:
        make_engine(config).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_unavailable"
    assert caught.value.retryable is True
    assert caught.value.status is None


def test_deadline_too_close_raises(llm_server, llm_config):
    engine = make_engine(llm_config, deadline=time.monotonic() + 1.5)

    with pytest.raises(LLMError) as caught:
        engine.classify(INVOICE_TEXT)

    assert caught.value.code == "llm_timeout"
    assert caught.value.retryable is False
    assert llm_server.requests == []


def test_deadline_limits_call_timeout(llm_server, llm_config):
    llm_server.script(Reply.json(classification_reply("invoice"), delay=3.0))
    engine = make_engine(llm_config, deadline=time.monotonic() + 2.5)

    started = time.monotonic()
    with pytest.raises(LLMError) as caught:
        engine.classify(INVOICE_TEXT)

    assert caught.value.code == "llm_timeout"
    assert time.monotonic() - started < 2.5


def test_missing_base_url_not_configured():
    config = LLMConfig(base_url=None, api_key=None, model="m")

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=config)

    assert caught.value.code == "llm_not_configured"
    assert "OPENAI_BASE_URL" in caught.value.message


def test_request_shape(llm_server, llm_config):
    llm_server.script(
        Reply.json(classification_reply("invoice")), Reply.json(invoice_reply())
    )

    make_engine(llm_config).extract(INVOICE_TEXT)

    for recorded in llm_server.requests:
        body = recorded.body
        assert "tools" not in body
        assert "functions" not in body
        assert "tool_choice" not in body
        assert body["model"] == "test-model"
        assert body["temperature"] == 0.0
        assert "max_tokens" not in body
        assert body["messages"][0]["role"] == "system"
        assert "untrusted" in body["messages"][0]["content"]
        assert recorded.headers["authorization"] == "Bearer sk-test-secret-key"
    schema_format = llm_server.bodies()[0]["response_format"]
    assert schema_format["json_schema"]["strict"] is True


def test_empty_key_sends_placeholder(llm_server):
    config = LLMConfig(base_url=llm_server.url, api_key="", model="m")
    llm_server.script(Reply.json(classification_reply("invoice")))

    make_engine(config).classify(INVOICE_TEXT)

    assert llm_server.requests[0].headers["authorization"].startswith("Bearer ")


SUBPROCESS_SCRIPT = """
import sys
from ai_agents.llm import LLMConfig, LLMEngine
config = LLMConfig(base_url=sys.argv[1], api_key=None, model="m", timeout=5.0)
print(LLMEngine(config=config).classify(sys.argv[2]).document_type)
"""


def test_requests_from_subprocess(llm_server):
    import os
    import subprocess
    import sys

    llm_server.script(Reply.json(classification_reply("receipt")))
    environment = {**os.environ, "DJANGO_SECRET_KEY": "x" * 50}

    completed = subprocess.run(
        [sys.executable, "-c", SUBPROCESS_SCRIPT, llm_server.url, INVOICE_TEXT],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "receipt"
    assert len(llm_server.requests) == 1
