"""Reply parsing, schemas, chunking and Retry-After parsing without a server."""

import email.utils
import time

import pytest
from pydantic import ValidationError

from ai_agents.engines.taxonomy import DOCUMENT_TYPES
from ai_agents.llm.chunks import split_chunks
from ai_agents.llm.errors import parse_retry_after
from ai_agents.llm.replies import ReplyParseError, parse_json_reply
from ai_agents.llm.schemas import extraction_model, extraction_schema

from .helpers import invoice_reply

INVOICE_FIELDS = DOCUMENT_TYPES[0].fields


@pytest.mark.parametrize(
    "reply",
    [
        '{"a": 1}',
        '\ufeff{"a": 1}',
        '```json\n{"a": 1}\n```',
        '```\n{"a": 1}\n```',
        'Result: {"a": 1}. Done {not json}',
        '<think>maybe {"a": 2}?</think>{"a": 1}',
        'thinking about {"a": 2}</think>\n{"a": 1}',
        'Text with "{" quote first {"a": 1}',
        '{"a": 1, "s": "brace } in string"}',
        '{"a": 1,}',
        '{"a": 1, "b": [1, 2,\n],\n}',
        'Result: {"a": 1, "b": {"c": 2,},} Done.',
        '[{"a": 1}]',
        '[\n  {"a": 1,},\n]',
        '```json\n[{"a": 1, "b": [3,],}]\n```',
    ],
)
def test_parse_json_reply_variants(reply):
    assert parse_json_reply(reply)["a"] == 1


def test_trailing_comma_in_string_kept():
    parsed = parse_json_reply('{"a": 1, "s": "x, ]", "t": "q\\",}",}')

    assert parsed["s"] == "x, ]"
    assert parsed["t"] == 'q",}'


@pytest.mark.parametrize(
    "reply",
    [
        "",
        "no json here",
        "[1, 2]",
        '{"a": ',
        '{"a": 1,,}',
        '{"a": [,]}',
        '{,"a": 1}',
        "{'a': 1}",
        "{a: 1}",
        '[{"a": 1}, {"a": 2}]',
        "[]",
        '["a"]',
    ],
)
def test_parse_json_reply_rejects(reply):
    with pytest.raises(ReplyParseError):
        parse_json_reply(reply)


def test_parse_json_reply_names_array():
    with pytest.raises(ReplyParseError) as caught:
        parse_json_reply('[{"a": 1}, {"a": 2}]')

    assert caught.value.reason == (
        "the reply is a JSON array of 2 elements, not a single JSON object"
    )


def walk_objects(schema):
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            yield schema
        for value in schema.values():
            yield from walk_objects(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from walk_objects(value)


def test_schema_is_strict_compatible():
    schema = extraction_schema(INVOICE_FIELDS)

    objects = list(walk_objects(schema))
    assert len(objects) >= 4
    for item in objects:
        assert item["additionalProperties"] is False
        assert item["required"] == list(item["properties"])


def test_model_rejects_missing_keys():
    model = extraction_model(INVOICE_FIELDS)
    reply = invoice_reply()
    del reply["date"]

    with pytest.raises(ValidationError):
        model.model_validate(reply)


def test_model_rejects_wrong_types():
    model = extraction_model(INVOICE_FIELDS)

    with pytest.raises(ValidationError):
        model.model_validate(invoice_reply(parties={"seller": "x"}))
    with pytest.raises(ValidationError):
        model.model_validate(invoice_reply(total={"value": ["1"], "quote": None}))


def test_split_chunks_keeps_offsets():
    text = "".join(f"line {index:03d}\n" for index in range(200))

    chunks = split_chunks(text, 500, 100)

    assert len(chunks) > 3
    assert chunks[0].header == ""
    for chunk in chunks:
        assert text[chunk.offset : chunk.offset + len(chunk.text)] == chunk.text
        assert len(chunk.text) + len(chunk.header) <= 500
        assert chunk.text.endswith("\n")
    header = chunks[1].header
    assert header == text[: len(header)]
    assert 0 < len(header) <= 100
    assert header.endswith("\n")
    assert "".join(chunk.text for chunk in chunks) == text


def test_retry_after_http_date():
    when = email.utils.formatdate(time.time() + 30, usegmt=True)

    seconds = parse_retry_after({"retry-after": when})

    assert 25 <= seconds <= 31


def test_retry_after_absent_or_bad():
    assert parse_retry_after({}) is None
    assert parse_retry_after({"retry-after": "soon"}) is None
