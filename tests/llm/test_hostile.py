"""Hostile servers and replies: non-finite numbers, malformed bodies, redirects,
slow or huge replies, cancellation, secrets in errors and made-up values."""

import json
import math
import time
from http.server import BaseHTTPRequestHandler

import pytest

from ai_agents.engines.taxonomy import DOCUMENT_TYPES
from ai_agents.llm import LLMConfig, LLMEngine, LLMError
from ai_agents.llm.engine import _field_specs
from ai_agents.llm.errors import safe_url
from ai_agents.llm.replies import ReplyParseError, parse_json_reply, strip_reasoning
from ai_agents.llm.schemas import (
    LINE_ITEMS_DESCRIPTION,
    PARTIES_DESCRIPTION,
    classification_model,
    extraction_schema,
)
from ai_agents.llm.verify import (
    MAX_LINE_ITEMS,
    MAX_PARTIES,
    SUPPORTED_CONFIDENCE,
    VALUE_ONLY_CONFIDENCE,
    Verifier,
)

from .helpers import INVOICE_TEXT, classification_reply, invoice_reply, party, row
from .server import RawHTTPServer, Reply, completion_body, fixed_response

CLASSIFICATION = json.dumps(classification_reply("invoice", 0.5))
INVOICE = next(item for item in DOCUMENT_TYPES if item.code == "invoice")


@pytest.fixture
def raw_server():
    """Start RawHTTPServers from a responder; all are closed after the test."""
    servers = []

    def start(respond) -> RawHTTPServer:
        server = RawHTTPServer(respond)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def engine_for(url: str, records: list | None = None, **options) -> LLMEngine:
    config_options = {
        key: options.pop(key)
        for key in ("timeout", "max_reply_bytes")
        if key in options
    }
    config = LLMConfig(
        base_url=url,
        api_key="sk-test-secret-key",
        model="test-model",
        **{"timeout": 5.0, **config_options},
    )
    on_call = records.append if records is not None else None
    return LLMEngine(config=config, on_call=on_call, **options)


# --- Non-finite numbers ------------------------------------------------------

NON_FINITE_CLASSIFICATIONS = [
    '{"document_type": "invoice", "confidence": NaN, "alternatives": []}',
    '{"document_type": "invoice", "confidence": Infinity, "alternatives": []}',
    '{"document_type": "invoice", "confidence": -Infinity, "alternatives": []}',
    '{"document_type": "invoice", "confidence": 1e400, "alternatives": []}',
    '{"document_type": "invoice", "confidence": 0.5, '
    '"alternatives": [{"document_type": "act", "confidence": NaN}]}',
]


@pytest.mark.parametrize("reply", NON_FINITE_CLASSIFICATIONS)
def test_non_finite_reply_invalid(llm_server, llm_config, reply):
    llm_server.script(Reply.text(reply), Reply.text(reply))

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=llm_config).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_output_invalid"
    assert "NaN or Infinity" in caught.value.message
    assert len(llm_server.requests) == 2


def test_non_finite_reply_corrected(llm_server, llm_config):
    llm_server.script(
        Reply.text(NON_FINITE_CLASSIFICATIONS[0]),
        Reply.json(classification_reply("invoice", 0.7)),
    )

    result = LLMEngine(config=llm_config).classify(INVOICE_TEXT)

    assert result.confidence == 0.7
    assert math.isfinite(result.confidence)
    correction = llm_server.bodies()[1]["messages"][-1]["content"]
    assert "NaN or Infinity" in correction


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_parse_rejects_non_finite(token):
    with pytest.raises(ReplyParseError) as caught:
        parse_json_reply(f'Result: {{"a": {token}}}')

    assert "NaN or Infinity" in caught.value.reason


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "NaN", "-inf"])
def test_classification_model_rejects_non_finite(value):
    model = classification_model(("invoice", "other"))
    reply = classification_reply("invoice")
    reply["confidence"] = value

    with pytest.raises(ValueError):
        model.model_validate(reply)


# --- Malformed 200 responses -------------------------------------------------

MALFORMED_BODIES = {
    "html_page": (b"<html><body>proxy login</body></html>", "text/html"),
    "empty_body": (b"", "application/json"),
    "json_list": (b"[1, 2]", "application/json"),
    "no_choices": (b'{"id": "x"}', "application/json"),
    "empty_choices": (b'{"choices": []}', "application/json"),
    "choices_string": (b'{"choices": "x"}', "application/json"),
    "choice_null": (b'{"choices": [null]}', "application/json"),
    "content_number": (completion_body(123), "application/json"),
    "content_object": (completion_body({"document_type": "x"}), "application/json"),
    "invalid_utf8": (b'{"choices": "\xff\xfe"}', "application/json"),
    "deep_nesting": (b"[" * 100_000, "application/json"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED_BODIES))
def test_malformed_200_unavailable(raw_server, name):
    body, content_type = MALFORMED_BODIES[name]
    server = raw_server(fixed_response(body, content_type=content_type))
    records = []

    with pytest.raises(LLMError) as caught:
        engine_for(server.url, records).classify(INVOICE_TEXT)

    error = caught.value
    assert error.code == "llm_unavailable"
    assert error.retryable is True
    assert "not a chat completion" in error.message
    assert "OPENAI_BASE_URL" in error.message
    assert server.url not in error.message
    assert [record.outcome for record in records] == ["llm_unavailable"]
    assert len(server.bodies) == 1


def test_json_as_text_plain_accepted(raw_server):
    body = completion_body(CLASSIFICATION)
    server = raw_server(fixed_response(body, content_type="text/plain"))

    result = engine_for(server.url).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"


# --- Usage numbers -----------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["many", "12", 1e300, 12.0, -1, 2**31, True, None, [1], {"n": 1}]
)
def test_garbage_usage_becomes_none(raw_server, value):
    usage = {"prompt_tokens": value, "completion_tokens": 7, "total_tokens": value}
    server = raw_server(fixed_response(completion_body(CLASSIFICATION, usage)))
    records = []

    engine = engine_for(server.url, records)
    result = engine.classify(INVOICE_TEXT)

    assert result.document_type == "invoice"
    assert records[0].prompt_tokens is None
    assert records[0].total_tokens is None
    assert records[0].completion_tokens == 7
    assert engine.usage()["total_tokens"] == 0


def test_usage_not_an_object_ignored(raw_server):
    server = raw_server(fixed_response(completion_body(CLASSIFICATION, usage="lots")))
    records = []

    engine_for(server.url, records).classify(INVOICE_TEXT)

    assert records[0].outcome == "ok"
    assert records[0].prompt_tokens is None


# --- Redirects ---------------------------------------------------------------


def test_redirect_not_followed(raw_server):
    target = raw_server(fixed_response(completion_body(CLASSIFICATION)))
    location = f"http://localhost:{target.port}/v1/chat/completions"

    def redirect(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(307)
        handler.send_header("location", location)
        handler.send_header("content-length", "0")
        handler.end_headers()

    origin = raw_server(redirect)
    records = []

    with pytest.raises(LLMError) as caught:
        engine_for(origin.url, records).classify(INVOICE_TEXT)

    error = caught.value
    assert target.bodies == []
    assert len(origin.bodies) == 1
    assert error.code == "llm_bad_request"
    assert error.retryable is False
    assert error.status == 307
    assert "redirect" in error.message
    assert "OPENAI_BASE_URL" in error.message
    assert str(target.port) not in error.message
    assert location in error.detail
    assert records[0].outcome == "llm_bad_request"


# --- Total time and size of a call -------------------------------------------


def test_slow_drip_times_out(raw_server):
    body = completion_body(CLASSIFICATION)

    def drip(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(body)))
        handler.end_headers()
        handler.wfile.flush()
        # One byte every 0.2 s: no single read waits as long as the timeout.
        for index in range(len(body)):
            handler.wfile.write(body[index : index + 1])
            handler.wfile.flush()
            time.sleep(0.2)

    server = raw_server(drip)
    records = []

    started = time.monotonic()
    with pytest.raises(LLMError) as caught:
        engine_for(server.url, records, timeout=1.0).classify(INVOICE_TEXT)
    elapsed = time.monotonic() - started

    assert caught.value.code == "llm_timeout"
    assert caught.value.retryable is True
    assert elapsed < 3.0
    assert records[0].outcome == "llm_timeout"


def test_large_reply_invalid(raw_server):
    content = json.dumps({**classification_reply("invoice"), "pad": "x" * 5000})
    server = raw_server(fixed_response(completion_body(content)))
    records = []

    with pytest.raises(LLMError) as caught:
        engine_for(server.url, records, max_reply_bytes=4000).classify(INVOICE_TEXT)

    error = caught.value
    assert error.code == "llm_output_invalid"
    assert error.retryable is False
    assert "4,000 bytes" in error.message
    assert len(server.bodies) == 1
    assert records[0].outcome == "llm_output_invalid"


def test_large_error_body_keeps_status(raw_server):
    server = raw_server(fixed_response(b"x" * 10_000, status=503))

    with pytest.raises(LLMError) as caught:
        engine_for(server.url, max_reply_bytes=4000).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_unavailable"
    assert caught.value.status == 503


def test_max_reply_bytes_positive():
    with pytest.raises(ValueError, match="maximum reply size"):
        LLMConfig(
            base_url="http://127.0.0.1:1/v1", api_key=None, model="m", max_reply_bytes=0
        )


# --- Cancellation ------------------------------------------------------------


def test_cancelled_before_first_call(llm_server, llm_config):
    records = []
    engine = LLMEngine(
        config=llm_config, on_call=records.append, cancelled=lambda: True
    )

    with pytest.raises(LLMError) as caught:
        engine.classify(INVOICE_TEXT)

    assert caught.value.code == "llm_cancelled"
    assert caught.value.retryable is False
    assert llm_server.requests == []
    assert records == []


def test_cancelled_between_chunks(llm_server):
    config = LLMConfig(
        base_url=llm_server.url,
        api_key=None,
        model="m",
        chunk_chars=1500,
        header_chars=400,
    )
    llm_server.responder = lambda body: Reply.json(invoice_reply(line_items=[]))
    engine = LLMEngine(config=config, cancelled=lambda: len(llm_server.requests) >= 1)

    with pytest.raises(LLMError) as caught:
        engine.extract(INVOICE_TEXT * 4, document_type="invoice")

    assert caught.value.code == "llm_cancelled"
    assert len(llm_server.requests) == 1


def test_cancelled_before_correction(llm_server, llm_config):
    llm_server.script(Reply.text("not json"), Reply.json(classification_reply("act")))
    engine = LLMEngine(
        config=llm_config, cancelled=lambda: len(llm_server.requests) >= 1
    )

    with pytest.raises(LLMError) as caught:
        engine.classify(INVOICE_TEXT)

    assert caught.value.code == "llm_cancelled"
    assert len(llm_server.requests) == 1


# --- Bounded parsing and verification ----------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ('<think>a</think>{"a": 1}', '{"a": 1}'),
        ('<THINK>a</think>{"a": 1}', '{"a": 1}'),
        ('<think>a</think>b</think>{"a": 1}', '{"a": 1}'),
        ('<think>x<think>y</think>z</think>{"a": 1}', '{"a": 1}'),
        ('<think>a</reasoning>{"a": 1}', '{"a": 1}'),
        ('<thinking>a</think>{"a": 1}', '{"a": 1}'),
        ('{"a": 1}<think>never closed', '{"a": 1}<think>never closed'),
        ("x<reasoning>r</reasoning>y", "xy"),
    ],
)
def test_strip_reasoning_cases(reply, expected):
    assert strip_reasoning(reply) == expected


def test_unclosed_think_tags_parse():
    reply = "<think>" * 20000 + '{"a": 1}'

    assert parse_json_reply(reply) == {"a": 1}


def test_line_items_capped(caplog):
    rows = [
        row(description=f"Item {index}", quantity="1", amount="1.00")
        for index in range(MAX_LINE_ITEMS + 5)
    ]
    verifier = Verifier(INVOICE_TEXT, "invoice")

    fields = verifier.fields(invoice_reply(line_items=rows), _field_specs(INVOICE))

    assert len(fields["line_items"]) == MAX_LINE_ITEMS
    assert f"verifying the first {MAX_LINE_ITEMS}" in caplog.text


def test_parties_capped():
    parties = [party("other", name=f"Party {index}") for index in range(80)]
    verifier = Verifier(INVOICE_TEXT, "invoice")

    fields = verifier.fields(invoice_reply(parties=parties), _field_specs(INVOICE))

    assert len(fields["parties"]) == MAX_PARTIES


# --- Secrets and internals in messages ---------------------------------------


def test_key_cut_by_truncation_not_shown(llm_server, llm_config):
    key = llm_config.api_key
    long_text = "x" * 1990 + " " + key + " " + "y" * 100
    llm_server.responder = lambda body: Reply.error(401, long_text)
    records = []

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=llm_config, on_call=records.append).classify(INVOICE_TEXT)

    error = caught.value
    assert error.code == "llm_auth"
    assert "HTTP 401" in error.message
    assert "OPENAI_API_KEY" in error.message
    assert "xxxx" not in error.message
    assert llm_server.url not in error.message
    assert len(error.detail) <= 2000
    for start in range(len(key) - 4):
        assert key[start : start + 5] not in error.detail
    assert records[0].error_detail == error.detail


def test_key_echoed_whole_redacted(llm_server, llm_config):
    llm_server.responder = lambda body: Reply.error(
        401, f"Incorrect API key provided: {llm_config.api_key}"
    )

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=llm_config).classify(INVOICE_TEXT)

    assert "[redacted]" in caught.value.detail
    assert llm_config.api_key not in caught.value.detail


def test_url_credentials_not_shown(raw_server):
    # Port 9 on 127.0.0.1 refuses the connection.
    url = "http://proxyuser:proxy-pass-123@127.0.0.1:9/v1"
    records = []

    with pytest.raises(LLMError) as caught:
        engine_for(url, records).classify(INVOICE_TEXT)

    error = caught.value
    assert error.code == "llm_unavailable"
    assert "127.0.0.1" not in error.message
    assert "proxy-pass-123" not in error.detail
    assert "proxyuser" not in error.detail
    assert "http://127.0.0.1:9/v1" in error.detail
    assert "proxy-pass-123" not in records[0].error_detail


def test_safe_url_strips_userinfo_and_query():
    assert safe_url("https://u:p@host:8443/v1?key=s#f") == "https://host:8443/v1"
    assert safe_url("http://127.0.0.1:8000/v1") == "http://127.0.0.1:8000/v1"


# --- The 500 fallback --------------------------------------------------------


def formats(server) -> list:
    return [(body.get("response_format") or {}).get("type") for body in server.bodies()]


def test_500_then_500_stops(llm_server, llm_config):
    llm_server.responder = lambda body: Reply.error(500, "boom")

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=llm_config).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_unavailable"
    assert caught.value.retryable is True
    assert formats(llm_server) == ["json_schema", "json_object"]


def test_500_fallback_not_remembered(llm_server, llm_config, caplog):
    llm_server.script(
        Reply.error(500, "boom"),
        Reply.json(classification_reply("invoice")),
        Reply.json(classification_reply("invoice")),
    )
    engine = LLMEngine(config=llm_config)

    engine.classify(INVOICE_TEXT)
    engine.classify(INVOICE_TEXT)

    assert formats(llm_server) == ["json_schema", "json_object", "json_schema"]
    assert "answered 500 to json_schema; trying json_object" in caplog.text
    assert "rejected" not in caplog.text


def test_500_then_400_reaches_plain_not_remembered(llm_server, llm_config):
    rejects_object = Reply.error(400, "json_object is not supported")
    rejects_object.when = lambda body: "response_format" in body
    llm_server.script(
        Reply.error(500, "boom"),
        rejects_object,
        Reply.json(classification_reply("invoice")),
        Reply.json(classification_reply("invoice")),
    )
    engine = LLMEngine(config=llm_config)

    engine.classify(INVOICE_TEXT)
    engine.classify(INVOICE_TEXT)

    assert formats(llm_server) == ["json_schema", "json_object", None, "json_schema"]


@pytest.mark.parametrize("status", [502, 503, 504])
def test_other_5xx_no_fallback(llm_server, llm_config, status):
    llm_server.script(Reply.error(status, "overloaded"))

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=llm_config).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_unavailable"
    assert formats(llm_server) == ["json_schema"]


# --- Messages ----------------------------------------------------------------


def test_rate_limit_message_names_wait(llm_server, llm_config):
    llm_server.script(Reply.error(429, "slow", headers={"retry-after": "7"}))

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=llm_config).classify(INVOICE_TEXT)

    assert "retry after 7 s" in caught.value.message
    assert "slow" not in caught.value.message


def test_rate_limit_message_without_wait(llm_server, llm_config):
    llm_server.script(Reply.error(429, "slow"))

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=llm_config).classify(INVOICE_TEXT)

    assert "no Retry-After" in caught.value.message


def test_server_failure_message(llm_server, llm_config):
    llm_server.script(Reply.error(503, "internal stack trace"))

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=llm_config).classify(INVOICE_TEXT)

    message = caught.value.message
    assert "HTTP 503" in message
    assert "DocAI retries" in message
    assert "stack trace" not in message
    assert "internal stack trace" in caught.value.detail


def test_output_invalid_message_points_to_admin(llm_server, llm_config):
    llm_server.script(Reply.text("nope"), Reply.text("still nope"))

    with pytest.raises(LLMError) as caught:
        LLMEngine(config=llm_config).classify(INVOICE_TEXT)

    assert "admin under LLM calls" in caught.value.message
    assert "still nope" not in caught.value.message
    assert caught.value.raw_reply == "still nope"


# --- Support by coincidence --------------------------------------------------


def extract_with(server, config, reply):
    server.script(Reply.json(reply))
    return LLMEngine(config=config).extract(INVOICE_TEXT, document_type="invoice")


@pytest.mark.parametrize("value", ["1.00", "2.00", "20.00", "2024.00"])
def test_made_up_amount_unsupported(llm_server, llm_config, value):
    made_up = {"value": value, "quote": f"Итого к оплате: {value}"}

    total = extract_with(llm_server, llm_config, invoice_reply(total=made_up)).fields[
        "total"
    ]

    assert total["supported"] is False, total
    assert "span" not in total


def test_amount_found_elsewhere_value_only(llm_server, llm_config):
    reply = invoice_reply(vat={"value": "1875.15", "quote": "НДС одна тысяча"})

    vat = extract_with(llm_server, llm_config, reply).fields["vat"]

    assert vat["supported"] is True
    assert vat["confidence"] == VALUE_ONLY_CONFIDENCE


def test_amount_found_through_quote_full(llm_server, llm_config):
    vat = extract_with(llm_server, llm_config, invoice_reply()).fields["vat"]

    assert vat["supported"] is True
    assert vat["confidence"] == SUPPORTED_CONFIDENCE


# --- Prompt and schema agree -------------------------------------------------


def test_prompt_describes_schema_shapes(llm_server, llm_config):
    extract_with(llm_server, llm_config, invoice_reply())

    user = llm_server.bodies()[0]["messages"][1]["content"]
    schema = extraction_schema(_field_specs(INVOICE))
    assert PARTIES_DESCRIPTION in user
    assert LINE_ITEMS_DESCRIPTION in user
    assert "Map of party role" not in user
    assert "amount_with_vat" not in user
    assert "OKEI" not in user
    party_keys = schema["properties"]["parties"]["items"]["properties"]
    for key in party_keys:
        assert key in PARTIES_DESCRIPTION, key
    row_keys = schema["properties"]["line_items"]["items"]["properties"]
    for key in row_keys:
        assert key in LINE_ITEMS_DESCRIPTION, key
