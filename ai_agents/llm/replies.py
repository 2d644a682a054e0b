"""Tolerant reading of a model's reply into one JSON object.

Real servers wrap the JSON in many ways: a byte order mark, reasoning in
<think>...</think> blocks, Markdown code fences, or prose before and after.
Weaker models also leave a trailing comma before } or ], or wrap the object in
an array of one element. Those two are repaired only when no strict reading
finds an object. An array of several elements, or of anything but one object,
is rejected, because picking one of its elements would be a guess. NaN,
Infinity, -Infinity and numbers too large for a float are rejected, because
strict JSON has no such values and they cannot be stored.

Every step is linear in the reply's length except the search for an object in
prose, which decodes, and when repairing also rescans, from at most
_MAX_OBJECT_STARTS opening braces.
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
    each opening brace in turn. When none of them is a JSON object, the same
    steps run again with trailing commas removed and with an array of one
    object accepted as that object. Raises ReplyParseError when that fails too,
    when the reply or a fence is an array of anything but one object, or when
    the object contains a non-finite number.
    """
    text = strip_reasoning(reply.lstrip("\ufeff"))
    search = _Search(text)
    # Whole candidates come before any search from a brace, because that search
    # would return an inner object of a candidate that needs repair.
    for find in (
        search.find_candidate,
        search.find_repaired_candidate,
        search.find_from_brace,
        search.find_repaired_from_brace,
    ):
        parsed = find()
        if parsed is not None:
            return parsed
    raise ReplyParseError(search.failure(), " ".join(text[:1000].split())[:200])


class _Search:
    """One search for a JSON object in a reply, remembering why candidates failed."""

    def __init__(self, text: str) -> None:
        self.text = text
        fences = [match.group(1).strip() for match in _FENCE_RE.finditer(text)]
        self.candidates = [text.strip(), *fences]
        self.non_finite = False
        self.array_length: int | None = None

    def find_candidate(self) -> dict | None:
        """Return the object that the whole reply or a whole fence is, if any."""
        return self._find_candidate(repair=False)

    def find_repaired_candidate(self) -> dict | None:
        """Return the same after removing trailing commas."""
        return self._find_candidate(repair=True)

    def find_from_brace(self) -> dict | None:
        """Return the first object that decodes from an opening brace in prose."""
        return self._find_from_brace(self.text)

    def find_repaired_from_brace(self) -> dict | None:
        """Return the same in the text without trailing commas, repaired once."""
        return self._find_from_brace(remove_trailing_commas(self.text))

    def _find_candidate(self, *, repair: bool) -> dict | None:
        for candidate in self.candidates:
            if repair:
                candidate = remove_trailing_commas(candidate)
            parsed = self._decode_candidate(candidate, repair=repair)
            if parsed is not None:
                return parsed
        return None

    def _find_from_brace(self, text: str) -> dict | None:
        if self.array_length is not None:
            # The objects inside an array of several are not searched one by one.
            # NOTE: this applies only to an array that is the whole reply or a
            # whole fence. Inside prose, the first object of an array is returned.
            return None
        start = text.find("{")
        for _ in range(_MAX_OBJECT_STARTS):
            if start == -1:
                break
            try:
                parsed, _end = _DECODER.raw_decode(text, start)
            except _NonFiniteNumber:
                self.non_finite = True
            except (ValueError, RecursionError):
                pass
            else:
                if isinstance(parsed, dict):
                    return parsed
            # The next try starts inside this one, because a brace in prose, as
            # in 'use "{" here', comes before the real object.
            start = text.find("{", start + 1)
        return None

    def failure(self) -> str:
        """Return the reason that no object was found."""
        if self.non_finite:
            return _NON_FINITE_REASON
        if self.array_length is not None:
            elements = "element" if self.array_length == 1 else "elements"
            return (
                f"the reply is a JSON array of {self.array_length} {elements}, not "
                "a single JSON object"
            )
        return "the reply contains no JSON object"

    def _decode_candidate(self, candidate: str, *, repair: bool) -> dict | None:
        """Decode a whole candidate as an object, or with `repair` as an array of
        one object. Records an array of anything else as the failure reason."""
        if not candidate.startswith(("{", "[")):
            return None
        try:
            parsed = _DECODER.decode(candidate)
        except _NonFiniteNumber:
            self.non_finite = True
            return None
        except (ValueError, RecursionError):
            return None
        if isinstance(parsed, dict):
            return parsed
        if not isinstance(parsed, list):
            return None
        if len(parsed) == 1 and isinstance(parsed[0], dict):
            return parsed[0] if repair else None
        self.array_length = len(parsed)
        return None


def remove_trailing_commas(text: str) -> str:
    """Return `text` without the commas that directly precede a } or ].

    Whitespace may separate the comma from the bracket. Commas inside JSON
    strings stay, and so does a comma after an opening bracket or another comma,
    because removing it would hide a missing value. The scan assumes that
    `text` begins outside a string.
    """
    pieces: list[str] = []
    in_string = False
    escaped = False
    last_kept = ""
    pending_comma = -1
    for index, character in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
            pending_comma = -1
        elif character == "," and last_kept not in ("", "{", "[", ","):
            pending_comma = index
        elif character in "}]" and pending_comma != -1:
            pieces[pending_comma] = ""
            pending_comma = -1
        elif not character.isspace():
            pending_comma = -1
        pieces.append(character)
        if not character.isspace():
            last_kept = character
    return "".join(pieces)


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
