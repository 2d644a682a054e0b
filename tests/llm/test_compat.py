"""Behaviours of real OpenAI-compatible servers that the client must tolerate:
rejected sampling parameters, content parts, LM Studio's response formats,
errors sent with HTTP 200, refusals and detailed usage."""

import json
import logging

import pytest

from ai_agents.llm import LLMConfig, LLMEngine, LLMError, forget_modes

from .helpers import INVOICE_TEXT, classification_reply
from .server import Reply

CLASSIFICATION = classification_reply("invoice")
CLASSIFICATION_TEXT = json.dumps(CLASSIFICATION)
# The messages with which OpenAI and Azure OpenAI reject these parameters for
# reasoning models (o1, o3-mini, gpt-5), as users of those APIs quote them.
TEMPERATURE_UNSUPPORTED_VALUE = (
    "Unsupported value: 'temperature' does not support 0 with this model. Only "
    "the default (1) value is supported."
)
TEMPERATURE_UNSUPPORTED = (
    "Unsupported parameter: 'temperature' is not supported with this model."
)
MAX_TOKENS_UNSUPPORTED = (
    "Unsupported parameter: 'max_tokens' is not supported with this model. Use "
    "'max_completion_tokens' instead."
)
# LM Studio's 400 for json_object, as its bug tracker quotes it. The error is a
# string, not an object.
LM_STUDIO_FORMAT_ERROR = "'response_format.type' must be 'json_schema' or 'text'"


def make_engine(config: LLMConfig, records: list | None = None) -> LLMEngine:
    on_call = records.append if records is not None else None
    return LLMEngine(config=config, on_call=on_call)


def formats(server) -> list:
    return [(body.get("response_format") or {}).get("type") for body in server.bodies()]


def with_max_tokens(config: LLMConfig, model: str | None = None) -> LLMConfig:
    return LLMConfig(
        base_url=config.base_url,
        api_key=config.api_key,
        model=model or config.model,
        timeout=config.timeout,
        max_output_tokens=500,
    )


# --- Rejected temperature and max_tokens -------------------------------------

TEMPERATURE_REJECTIONS = [
    Reply.reject_parameter(
        "temperature",
        TEMPERATURE_UNSUPPORTED_VALUE,
        param="temperature",
        code="unsupported_value",
    ),
    Reply.reject_parameter(
        "temperature",
        TEMPERATURE_UNSUPPORTED,
        param="temperature",
        code="unsupported_parameter",
    ),
    Reply.reject_parameter("temperature", "temperature is not supported by o3-mini"),
]


@pytest.mark.parametrize(
    "rejection", TEMPERATURE_REJECTIONS, ids=["value", "parameter", "message-only"]
)
def test_temperature_rejected_retried_without(
    llm_server, llm_config, rejection, caplog
):
    llm_server.script(rejection, Reply.json(CLASSIFICATION))
    records = []

    with caplog.at_level(logging.WARNING, logger="ai_agents.llm.client"):
        result = make_engine(llm_config, records).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"
    first, second = llm_server.bodies()
    assert first["temperature"] == 0.0
    assert "temperature" not in second
    assert formats(llm_server) == ["json_schema", "json_schema"]
    assert [record.outcome for record in records] == ["llm_bad_request", "ok"]
    assert "rejected parameter temperature" in caplog.text


def test_temperature_adjustment_remembered(llm_server, llm_config):
    llm_server.script(TEMPERATURE_REJECTIONS[0])
    llm_server.responder = lambda body: Reply.json(CLASSIFICATION)
    engine = make_engine(llm_config)

    engine.classify(INVOICE_TEXT)
    engine.classify(INVOICE_TEXT)

    bodies = llm_server.bodies()
    assert len(bodies) == 3
    assert "temperature" not in bodies[2]


def test_adjustment_is_per_model(llm_server, llm_config):
    llm_server.script(TEMPERATURE_REJECTIONS[0])
    llm_server.responder = lambda body: Reply.json(CLASSIFICATION)
    other_model = LLMConfig(base_url=llm_server.url, api_key=None, model="other")

    make_engine(llm_config).classify(INVOICE_TEXT)
    make_engine(other_model).classify(INVOICE_TEXT)

    last = llm_server.bodies()[-1]
    assert last["model"] == "other"
    assert last["temperature"] == 0.0


def test_forget_modes_forgets_adjustments(llm_server, llm_config):
    llm_server.script(TEMPERATURE_REJECTIONS[0])
    llm_server.responder = lambda body: Reply.json(CLASSIFICATION)
    make_engine(llm_config).classify(INVOICE_TEXT)

    forget_modes()
    make_engine(llm_config).classify(INVOICE_TEXT)

    assert llm_server.bodies()[-1]["temperature"] == 0.0


@pytest.mark.parametrize(
    ("param", "code"),
    [("max_tokens", "unsupported_parameter"), (None, None)],
    ids=["openai", "message-only"],
)
def test_max_tokens_replaced_when_rejected(llm_server, llm_config, param, code):
    llm_server.script(
        Reply.reject_parameter(
            "max_tokens", MAX_TOKENS_UNSUPPORTED, param=param, code=code
        ),
        Reply.json(CLASSIFICATION),
        Reply.json(CLASSIFICATION),
    )
    engine = make_engine(with_max_tokens(llm_config))

    engine.classify(INVOICE_TEXT)
    engine.classify(INVOICE_TEXT)

    first, second, third = llm_server.bodies()
    assert first["max_tokens"] == 500
    assert "max_completion_tokens" not in first
    assert "max_tokens" not in second
    assert second["max_completion_tokens"] == 500
    assert second["temperature"] == 0.0
    assert third["max_completion_tokens"] == 500
    assert formats(llm_server) == ["json_schema"] * 3


def test_both_parameters_rejected_in_turn(llm_server, llm_config):
    llm_server.script(
        Reply.reject_parameter(
            "max_tokens",
            MAX_TOKENS_UNSUPPORTED,
            param="max_tokens",
            code="unsupported_parameter",
        ),
        TEMPERATURE_REJECTIONS[0],
        Reply.json(CLASSIFICATION),
    )
    records = []

    result = make_engine(with_max_tokens(llm_config), records).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"
    last = llm_server.bodies()[-1]
    assert "temperature" not in last
    assert "max_tokens" not in last
    assert last["max_completion_tokens"] == 500
    assert formats(llm_server) == ["json_schema"] * 3
    assert [record.outcome for record in records][-1] == "ok"


def test_max_tokens_too_large_not_adjusted(llm_server, llm_config):
    too_large = Reply.error(
        400,
        "max_tokens is too large: 100000. This model supports at most 16384 "
        "completion tokens, whereas you provided 100000.",
        param="max_tokens",
        code="invalid_value",
    )
    llm_server.responder = lambda body: too_large

    with pytest.raises(LLMError) as caught:
        make_engine(with_max_tokens(llm_config)).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_bad_request"
    bodies = llm_server.bodies()
    assert all(body["max_tokens"] == 500 for body in bodies)
    assert formats(llm_server) == ["json_schema", "json_object", None]


def test_parameter_not_sent_not_adjusted(llm_server):
    config = LLMConfig(
        base_url=llm_server.url, api_key=None, model="m", temperature=None
    )
    rejection = Reply.error(400, TEMPERATURE_UNSUPPORTED, param="temperature")
    llm_server.responder = lambda body: rejection

    with pytest.raises(LLMError) as caught:
        make_engine(config).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_bad_request"
    assert formats(llm_server) == ["json_schema", "json_object", None]


def test_parameter_rejected_in_200_error_body(llm_server, llm_config):
    llm_server.script(
        Reply.error_with_200(
            {
                "message": TEMPERATURE_UNSUPPORTED,
                "code": 400,
                "param": "temperature",
            }
        ),
        Reply.json(CLASSIFICATION),
    )

    result = make_engine(llm_config).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"
    assert "temperature" not in llm_server.bodies()[1]
    assert formats(llm_server) == ["json_schema", "json_schema"]


# --- Content as a list of parts ----------------------------------------------


def test_content_parts_joined(llm_server, llm_config):
    middle = len(CLASSIFICATION_TEXT) // 2
    parts = [
        {"type": "text", "text": CLASSIFICATION_TEXT[:middle]},
        {"type": "text", "text": CLASSIFICATION_TEXT[middle:]},
    ]
    llm_server.script(Reply.text(parts))

    result = make_engine(llm_config).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"


def test_content_thinking_part_skipped(llm_server, llm_config):
    # Mistral's reasoning models send a "thinking" part before the text part.
    thinking = [{"type": "text", "text": 'Maybe {"document_type": "act"}?'}]
    parts = [
        {"type": "thinking", "thinking": thinking},
        {"type": "text", "text": CLASSIFICATION_TEXT},
    ]
    llm_server.script(Reply.text(parts))

    result = make_engine(llm_config).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"


@pytest.mark.parametrize(
    "parts",
    [[CLASSIFICATION_TEXT], [{"type": "text"}], [{"type": "text", "text": 5}]],
    ids=["string-part", "no-text", "number-text"],
)
def test_malformed_content_parts_unavailable(llm_server, llm_config, parts):
    llm_server.script(Reply.text(parts))

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_unavailable"
    assert "not a chat completion" in caught.value.message
    assert "content part" in caught.value.message


def test_content_parts_without_text_empty(llm_server, llm_config):
    llm_server.script(
        Reply.text([{"type": "image_url", "image_url": {"url": "x"}}]),
        Reply.json(CLASSIFICATION),
    )
    records = []

    result = make_engine(llm_config, records).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"
    assert records[0].outcome == "llm_output_invalid"
    assert records[0].error_detail == "the reply is empty"


# --- Trailing commas and arrays of one object --------------------------------


def test_trailing_commas_accepted(llm_server, llm_config):
    llm_server.script(
        Reply.text(
            '```json\n{"document_type": "invoice", "confidence": 0.8,\n'
            '  "alternatives": [{"document_type": "act", "confidence": 0.1,},],\n}\n```'
        )
    )
    records = []

    result = make_engine(llm_config, records).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"
    assert result.alternatives[0].document_type == "act"
    assert [record.outcome for record in records] == ["ok"]


def test_single_element_array_accepted(llm_server, llm_config):
    llm_server.script(Reply.text(f"[\n  {CLASSIFICATION_TEXT}\n]"))

    result = make_engine(llm_config).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"


def test_array_of_two_objects_invalid(llm_server, llm_config):
    reply = f"[{CLASSIFICATION_TEXT}, {CLASSIFICATION_TEXT}]"
    llm_server.script(Reply.text(reply), Reply.text(reply))

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_output_invalid"
    assert "array of 2 elements" in caught.value.message


# --- Servers that ignore or restrict response_format -------------------------


def test_server_ignoring_response_format(llm_server, llm_config):
    llm_server.responder = lambda body: Reply.prose(CLASSIFICATION)
    engine = make_engine(llm_config)

    engine.classify(INVOICE_TEXT)
    engine.classify(INVOICE_TEXT)

    assert formats(llm_server) == ["json_schema", "json_schema"]


def lm_studio_rejects_json_object() -> Reply:
    reply = Reply(status=400, body={"error": LM_STUDIO_FORMAT_ERROR})
    reply.when = lambda body: (
        (body.get("response_format") or {}).get("type") == ("json_object")
    )
    return reply


def test_lm_studio_reaches_plain_prompt(llm_server, llm_config):
    # json_schema fails here for another reason, a schema keyword that the
    # server's grammar cannot compile.
    schema_rejected = Reply.reject_json_schema()
    schema_rejected.body = {"error": "Invalid schema: 'minItems' is not supported"}
    llm_server.script(schema_rejected, lm_studio_rejects_json_object())
    llm_server.responder = lambda body: Reply.prose(CLASSIFICATION)
    records = []
    engine = make_engine(llm_config, records)

    first = engine.classify(INVOICE_TEXT)
    second = engine.classify(INVOICE_TEXT)

    assert first.document_type == "invoice"
    assert second.document_type == "invoice"
    assert formats(llm_server) == ["json_schema", "json_object", None, None]
    assert [record.outcome for record in records] == [
        "llm_bad_request",
        "llm_bad_request",
        "ok",
        "ok",
    ]
    assert LM_STUDIO_FORMAT_ERROR in records[1].error_detail


def test_temperature_rejection_keeps_json_schema(llm_server, llm_config):
    # Without the parameter check, this 400 would send the call to json_object,
    # which LM Studio rejects, and then to the plain prompt.
    llm_server.script(TEMPERATURE_REJECTIONS[2], lm_studio_rejects_json_object())
    llm_server.responder = lambda body: Reply.json(CLASSIFICATION)

    make_engine(llm_config).classify(INVOICE_TEXT)

    assert formats(llm_server) == ["json_schema", "json_schema"]


# --- Errors sent with HTTP 200 -----------------------------------------------

ERRORS_WITH_200 = [
    ({"message": "Upstream error: worker limit reached", "code": 502}, 502),
    ({"message": "Provider is rate-limited", "code": 429}, 429),
    ({"message": "Invalid API key", "code": "401"}, 401),
    ({"message": "No endpoints found", "status": 503}, 503),
    ({"message": "Upstream failed", "type": "server_error"}, 200),
    ("Upstream failed", 200),
]
ERROR_CODES = {
    502: "llm_unavailable",
    503: "llm_unavailable",
    429: "llm_rate_limited",
    401: "llm_auth",
    200: "llm_unavailable",
}


@pytest.mark.parametrize(("error", "status"), ERRORS_WITH_200)
def test_error_with_200_uses_named_status(llm_server, llm_config, error, status):
    llm_server.responder = lambda body: Reply.error_with_200(error)
    records = []

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config, records).classify(INVOICE_TEXT)

    mapped = caught.value
    assert mapped.code == ERROR_CODES[status]
    assert mapped.status == status
    assert "Upstream" not in mapped.message
    assert "sent with HTTP 200" in mapped.detail
    assert records[0].outcome == ERROR_CODES[status]


def test_error_with_200_context_too_long(llm_server, llm_config):
    llm_server.script(
        Reply.error_with_200(
            {"message": "This model's maximum context length is 8192", "code": 400}
        )
    )

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config).classify(INVOICE_TEXT)

    assert caught.value.code == "llm_context_too_long"
    assert len(llm_server.requests) == 1


def test_error_with_200_retry_after_kept(llm_server, llm_config):
    reply = Reply.error_with_200({"message": "slow down", "code": 429})
    reply.headers = {"retry-after": "3"}
    llm_server.script(reply)

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config).classify(INVOICE_TEXT)

    assert caught.value.retry_after == 3.0


def test_null_error_beside_choices_accepted(llm_server, llm_config):
    # Some servers send "error": null next to a normal completion.
    message = {"role": "assistant", "content": CLASSIFICATION_TEXT}
    body = {
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "error": None,
    }
    llm_server.script(Reply(body=body))

    result = make_engine(llm_config).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"


# --- Refusals and usage details ----------------------------------------------

REFUSAL_TEXT = "I'm sorry, but I can't help with that request."


@pytest.mark.parametrize(
    "reply",
    [
        Reply.text(None, message_fields={"refusal": REFUSAL_TEXT}),
        Reply.text([{"type": "refusal", "refusal": REFUSAL_TEXT}]),
    ],
    ids=["refusal-field", "refusal-part"],
)
def test_refusal_is_output_invalid(llm_server, llm_config, reply):
    llm_server.script(reply, Reply.json(CLASSIFICATION))
    records = []

    with pytest.raises(LLMError) as caught:
        make_engine(llm_config, records).classify(INVOICE_TEXT)

    error = caught.value
    assert error.code == "llm_output_invalid"
    assert error.retryable is False
    assert "refused" in error.message
    assert REFUSAL_TEXT not in error.message
    assert error.raw_reply == REFUSAL_TEXT
    assert len(llm_server.requests) == 1
    assert records[0].outcome == "llm_output_invalid"
    assert records[0].raw_reply == REFUSAL_TEXT
    assert REFUSAL_TEXT in records[0].error_detail


def test_null_refusal_ignored(llm_server, llm_config):
    llm_server.script(Reply.json(CLASSIFICATION, message_fields={"refusal": None}))

    result = make_engine(llm_config).classify(INVOICE_TEXT)

    assert result.document_type == "invoice"


@pytest.mark.parametrize(
    "details",
    [
        {
            "prompt_tokens_details": {"cached_tokens": 64, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 12,
                "accepted_prediction_tokens": 0,
            },
        },
        {"prompt_tokens_details": None, "completion_tokens_details": None},
        {"queue_time": 0.01, "prompt_time": 0.2},
    ],
    ids=["openai-details", "null-details", "extra-numbers"],
)
def test_usage_with_extra_fields(llm_server, llm_config, details):
    usage = {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}
    llm_server.script(Reply.json(CLASSIFICATION, usage={**usage, **details}))
    records = []

    make_engine(llm_config, records).classify(INVOICE_TEXT)

    assert records[0].prompt_tokens == 100
    assert records[0].completion_tokens == 20
    assert records[0].total_tokens == 120
