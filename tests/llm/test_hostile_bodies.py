"""Hostile LLM server bodies and model replies.

Servers run on 127.0.0.1 only. Each test names the behaviour a fix should give.
"""

import gzip
import json
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler

import pytest
from pydantic import BaseModel

from ai_agents.llm import LLMConfig, LLMError
from ai_agents.llm.client import LLMClient
from ai_agents.llm.replies import ReplyParseError, parse_json_reply
from ai_agents.llm.responses import ErrorBody, parse_completion
from tests.llm.helpers import INVOICE_TEXT
from tests.llm.test_hostile_server import LLM_CODES, RawServer, fixed_body

pytestmark = pytest.mark.django_db

CLASSIFY = "/ai_agents/api/v1/classify/"


def status_body(status: int, data: bytes, headers: dict | None = None):
    def handle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(data)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    return handle


def _classify_through(raw_client, settings, handle):
    server = RawServer(handle)
    settings.OPENAI_BASE_URL = server.url
    try:
        return raw_client.post(
            CLASSIFY, {"ocr_draft": INVOICE_TEXT, "engine": "llm"}, format="json"
        )
    finally:
        server.close()


# --- 200 with an error body ---------------------------------------------------


def test_error_body_superscript_code_is_error_body():
    # "²".isdigit() is True, but int("²") raises ValueError.
    body = json.dumps({"error": {"code": "²", "message": "upstream failed"}})

    with pytest.raises(ErrorBody):
        parse_completion(body.encode())


def test_error_body_superscript_code_not_500(raw_client, llm, settings):
    body = json.dumps({"error": {"code": "²", "message": "upstream failed"}})

    response = _classify_through(raw_client, settings, fixed_body(body.encode()))

    assert response.status_code != 500, response.content
    assert response.json()["code"] in LLM_CODES


# --- Parameter rejection with an odd error code ------------------------------


def test_object_error_code_not_500(raw_client, llm, settings):
    # rejected_parameter raises TypeError when called with a dict code, so this
    # checks that the openai error path never passes one to it.
    body = json.dumps(
        {"error": {"message": "temperature is not supported", "code": {"id": 7}}}
    )

    response = _classify_through(raw_client, settings, status_body(400, body.encode()))

    assert response.status_code != 500, response.content
    assert response.json()["code"] in LLM_CODES


# --- Size cap on compressed error bodies -------------------------------------


class _Empty(BaseModel):
    pass


def test_gzip_error_body_respects_size_cap():
    limit = 100_000
    expanded = b'{"error": {"message": "' + b"a" * 60_000_000 + b'"}}'
    compressed = gzip.compress(expanded, compresslevel=9)
    assert len(compressed) < limit
    server = RawServer(status_body(500, compressed, {"content-encoding": "gzip"}))
    config = LLMConfig(
        base_url=server.url,
        api_key=None,
        model="m",
        timeout=10,
        max_reply_bytes=limit,
    )
    client = LLMClient(config)
    tracemalloc.start()
    try:
        with pytest.raises(LLMError):
            client.request(
                [{"role": "system", "content": "x"}, {"role": "user", "content": "y"}],
                schema_name="empty",
                schema={"type": "object"},
                model=_Empty,
                purpose="classify",
                chunk=0,
                timeout=lambda: 10.0,
            )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        client.close()
        server.close()

    assert peak < 20 * limit, f"peak {peak:,} bytes for a {limit:,}-byte cap"


# --- Reply repair --------------------------------------------------------------


def test_trailing_comma_repairs_outer_object():
    reply = '{"number": {"value": "1", "quote": "1"}, "total": null,}'

    parsed = parse_json_reply(reply)

    assert set(parsed) == {"number", "total"}, parsed


def test_trailing_comma_in_fence_repairs_outer_object():
    reply = 'Result:\n```json\n{"a": {"b": 1}, "c": [1, 2,],}\n```'

    parsed = parse_json_reply(reply)

    assert parsed == {"a": {"b": 1}, "c": [1, 2]}, parsed


def test_brace_heavy_reply_parses_fast():
    # Under the default 2,000,000-byte reply cap: 50 braces, then filler.
    reply = "{" * 50 + "a" * 1_950_000

    started = time.monotonic()
    with pytest.raises(ReplyParseError):
        parse_json_reply(reply)
    elapsed = time.monotonic() - started

    assert elapsed < 5.0, f"{elapsed:.1f} s"
