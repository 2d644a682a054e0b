"""Tolerant reading of a model's reply into one JSON object.

Real servers wrap the JSON in many ways: a byte order mark, reasoning in
<think>...</think> blocks, Markdown code fences, or prose before and after.
"""

import json
import re

_THINK_BLOCK_RE = re.compile(
    r"<(think|thinking|reasoning)>.*?</\1>", re.DOTALL | re.IGNORECASE
)
# Some servers strip the opening tag and send only "...reasoning</think>{...}".
_THINK_END_RE = re.compile(r"</(?:think|thinking|reasoning)>", re.IGNORECASE)
# Bounds the scan for a balanced object, which is quadratic in the worst case.
_MAX_OBJECT_STARTS = 50
_FENCE_RE = re.compile(r"```[ \t]*(?:json5?|JSON)?[ \t]*\n?(.*?)```", re.DOTALL)


class ReplyParseError(ValueError):
    """Raised when a reply contains no JSON object."""


def parse_json_reply(reply: str) -> dict:
    """Return the first JSON object in `reply`.

    The reply is tried whole, then inside each code fence, then as the first
    balanced {...} in the text whose braces inside strings are skipped. Raises
    ReplyParseError when none of them is a JSON object.
    """
    text = strip_reasoning(reply.lstrip("\ufeff"))
    candidates = [text.strip()]
    candidates += [match.group(1).strip() for match in _FENCE_RE.finditer(text)]
    for candidate in candidates:
        parsed = _loads_object(candidate)
        if parsed is not None:
            return parsed
    for candidate in _balanced_objects(text):
        parsed = _loads_object(candidate)
        if parsed is not None:
            return parsed
    preview = " ".join(text.split())[:200]
    raise ReplyParseError(f"The reply contains no JSON object: {preview!r}")


def strip_reasoning(reply: str) -> str:
    """Remove reasoning blocks, and everything before a lone closing tag."""
    text = _THINK_BLOCK_RE.sub("", reply)
    ends = list(_THINK_END_RE.finditer(text))
    if ends:
        text = text[ends[-1].end() :]
    return text


def _loads_object(candidate: str) -> dict | None:
    if not candidate.startswith("{"):
        return None
    try:
        parsed = json.loads(candidate)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


def _balanced_objects(text: str):
    """Yield each {...} substring whose braces balance outside strings, by start."""
    start = text.find("{")
    for _ in range(_MAX_OBJECT_STARTS):
        if start == -1:
            return
        end = _matching_brace(text, start)
        if end is not None:
            yield text[start : end + 1]
        # The next try starts inside this one, because a brace in prose, as in
        # 'use "{" here', can pair with a brace of the real object.
        start = text.find("{", start + 1)


def _matching_brace(text: str, start: int) -> int | None:
    depth = 0
    in_string = False
    escaped = False
    for index in range(start, len(text)):
        char = text[index]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
    return None
