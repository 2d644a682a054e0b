"""Tolerant reading of a model's reply into one JSON object.

Real servers wrap the JSON in many ways: a byte order mark, reasoning in
<think>...</think> blocks, Markdown code fences, or prose before and after.
NaN, Infinity, -Infinity and numbers too large for a float are rejected, because
strict JSON has no such values and they cannot be stored.

Every step is linear in the reply's length except the search for an object in
prose, which decodes from at most _MAX_OBJECT_STARTS opening braces.
"""

import json
import math
import re
from collections import deque

_REASONING_TAG_RE = re.compile(r"<(/?)(think|thinking|reasoning)>", re.IGNORECASE)
_MAX_OBJECT_STARTS = 50
_FENCE_RE = re.compile(r"```[ \t]*(?:json5?|JSON)?[ \t]*\n?(.*?)```", re.DOTALL)
_NON_FINITE_REASON = "the reply contains NaN or Infinity, which JSON does not allow"


class ReplyParseError(ValueError):
    """Raised when a reply contains no JSON object.

    `reason` gives the cause without quoting the reply, and the message adds the
    reply's first characters.
    """

    def __init__(self, reason: str, preview: str) -> None:
        super().__init__(f"{reason}: {preview!r}")
        self.reason = reason


class _NonFiniteNumber(ValueError):
    pass


def _reject_constant(name: str) -> float:
    raise _NonFiniteNumber(name)


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _NonFiniteNumber(text)
    return number


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)


def parse_json_reply(reply: str) -> dict:
    """Return the first JSON object in `reply`.

    The reply is tried whole, then inside each code fence, then decoded from
    each opening brace in turn. Raises ReplyParseError when none of them is a
    JSON object with finite numbers only.
    """
    text = strip_reasoning(reply.lstrip("\ufeff"))
    non_finite = False
    candidates = [text.strip()]
    candidates += [match.group(1).strip() for match in _FENCE_RE.finditer(text)]
    for candidate in candidates:
        try:
            parsed = _loads_object(candidate)
        except _NonFiniteNumber:
            non_finite = True
            continue
        if parsed is not None:
            return parsed
    start = text.find("{")
    for _ in range(_MAX_OBJECT_STARTS):
        if start == -1:
            break
        try:
            parsed, _end = _DECODER.raw_decode(text, start)
        except _NonFiniteNumber:
            non_finite = True
        except (ValueError, RecursionError):
            pass
        else:
            if isinstance(parsed, dict):
                return parsed
        # The next try starts inside this one, because a brace in prose, as in
        # 'use "{" here', comes before the real object.
        start = text.find("{", start + 1)
    reason = _NON_FINITE_REASON if non_finite else "the reply contains no JSON object"
    raise ReplyParseError(reason, " ".join(text[:1000].split())[:200])


def strip_reasoning(reply: str) -> str:
    """Remove reasoning blocks, and everything before a lone closing tag.

    A block runs from an opening tag to the next closing tag of the same name,
    in any letter case. An opening tag without one stays in the text. Each tag
    is visited once, so unclosed tags cost linear time.
    """
    tags = list(_REASONING_TAG_RE.finditer(reply))
    closing_tags: dict[str, deque[re.Match[str]]] = {}
    for tag in tags:
        if tag.group(1):
            closing_tags.setdefault(tag.group(2).lower(), deque()).append(tag)
    pieces: list[str] = []
    position = 0
    for tag in tags:
        if tag.start() < position:
            continue
        if tag.group(1):
            # A closing tag outside a block ends reasoning whose opening tag
            # the server stripped, as in "...reasoning</think>{...}".
            pieces = []
            position = tag.end()
            continue
        closings = closing_tags.get(tag.group(2).lower(), deque())
        while closings and closings[0].start() < tag.end():
            closings.popleft()
        if not closings:
            continue
        pieces.append(reply[position : tag.start()])
        position = closings.popleft().end()
    pieces.append(reply[position:])
    return "".join(pieces)


def _loads_object(candidate: str) -> dict | None:
    """Decode `candidate` as a JSON object, or return None.

    Raises _NonFiniteNumber for NaN, Infinity or a float that overflows.
    """
    if not candidate.startswith("{"):
        return None
    try:
        parsed = _DECODER.decode(candidate)
    except _NonFiniteNumber:
        raise
    except (ValueError, RecursionError):
        return None
    return parsed if isinstance(parsed, dict) else None
