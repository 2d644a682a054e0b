"""Sampling and limit parameters that some models reject, and the adjustments for them.

OpenAI reasoning models (o1, o3, gpt-5 and their Azure deployments) reject a
temperature other than the default and the max_tokens limit with HTTP 400. The
OpenAI body names the parameter in `param`, with the code unsupported_value or
unsupported_parameter, and for max_tokens the message suggests
max_completion_tokens instead. Other servers and proxies name the parameter only
in the message. The client then retries without temperature, or with
max_completion_tokens in place of max_tokens, and remembers that adjustment per
(base_url, model) for the life of the process.
"""

import re
import threading
from collections.abc import Iterable

TEMPERATURE = "temperature"
MAX_TOKENS = "max_tokens"
MAX_COMPLETION_TOKENS = "max_completion_tokens"
# Statuses with which servers reject a request parameter. FastAPI-based servers
# use 422 for a request that fails validation.
_PARAMETER_REJECTED_STATUSES = frozenset({400, 422})
_UNSUPPORTED_CODES = frozenset({"unsupported_value", "unsupported_parameter"})
_UNSUPPORTED_RE = re.compile(
    r"unsupported|not supported|does not support|only the default", re.IGNORECASE
)
_PARAMETER_NAME_RES = {
    TEMPERATURE: re.compile(r"\btemperature\b", re.IGNORECASE),
    MAX_TOKENS: re.compile(r"\bmax_tokens\b", re.IGNORECASE),
}

_adjustments: dict[tuple[str, str], frozenset[str]] = {}
_adjustments_lock = threading.Lock()


def rejected_parameter(
    status: int | None, param: object, code: object, message: str
) -> str | None:
    """Return TEMPERATURE or MAX_TOKENS when an error rejects that parameter, else None.

    `param` and `code` are the fields of an OpenAI error body, None when absent.
    A parameter counts as rejected when the body or the message names it and
    the code or the message reports it as unsupported. A message that names
    max_completion_tokens also counts for max_tokens. Errors about a value out
    of range, such as "max_tokens is too large", do not count.
    """
    if status not in _PARAMETER_REJECTED_STATUSES:
        return None
    for name, name_re in _PARAMETER_NAME_RES.items():
        if param != name and not name_re.search(message):
            continue
        if code in _UNSUPPORTED_CODES or _UNSUPPORTED_RE.search(message):
            return name
        if name == MAX_TOKENS and MAX_COMPLETION_TOKENS in message:
            return name
    return None


def adjust_arguments(arguments: dict, adjustments: Iterable[str]) -> dict:
    """Return a copy of the request `arguments` with the `adjustments` applied.

    TEMPERATURE removes the temperature, and MAX_TOKENS sends its value as
    max_completion_tokens.
    """
    adjusted = dict(arguments)
    for adjustment in adjustments:
        if adjustment == TEMPERATURE:
            adjusted.pop(TEMPERATURE, None)
        elif adjustment == MAX_TOKENS and MAX_TOKENS in adjusted:
            adjusted[MAX_COMPLETION_TOKENS] = adjusted.pop(MAX_TOKENS)
    return adjusted


def remembered_adjustments(base_url: str, model: str) -> frozenset[str]:
    """Return the parameters that this server and model rejected before."""
    with _adjustments_lock:
        return _adjustments.get((base_url, model), frozenset())


def remember_adjustment(base_url: str, model: str, parameter: str) -> None:
    """Store that this server and model reject `parameter`."""
    key = (base_url, model)
    with _adjustments_lock:
        _adjustments[key] = _adjustments.get(key, frozenset()) | {parameter}


def forget_adjustments() -> None:
    """Forget every remembered adjustment."""
    with _adjustments_lock:
        _adjustments.clear()
