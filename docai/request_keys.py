"""Checks of a JSON body's keys shared by the API's serializers.

DRF reports a missing key as "This field is required." and ignores unknown keys.
These checks also name the keys the body has instead, and reject a key that looks
like a misspelled field name, because the value it carries would be lost.
"""

import difflib
import json
from collections.abc import Iterable, Mapping

from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail

# The similarity (difflib's ratio) at which a key counts as a misspelled field name.
_TYPO_CUTOFF = 0.6
_MAX_KEYS_SHOWN = 5
_MAX_KEY_CHARS = 40


def check_body_keys(
    data: Mapping, fields: Iterable[str], required: Mapping[str, str]
) -> None:
    """Raise a ValidationError for missing required keys and misspelled ones.

    `required` maps each required key to what it carries, as in "the document's
    text".
    """
    fields = list(fields)
    unknown = [key for key in data if key not in fields]
    errors = {}
    for key, meaning in required.items():
        if key in data:
            continue
        message = f"This field is required: send {meaning} as {key}."
        if unknown:
            named = ", ".join(_shown(other) for other in unknown[:_MAX_KEYS_SHOWN])
            message += f" The body has {named}, which this endpoint does not read."
        errors[key] = [ErrorDetail(message, code="required")]
    for key in unknown:
        guess = difflib.get_close_matches(
            str(key).lower(), fields, n=1, cutoff=_TYPO_CUTOFF
        )
        if guess and guess[0] not in data:
            message = f"Unknown field {_shown(key)}; did you mean {_shown(guess[0])}?"
            printable_key = str(key).encode("utf-8", "backslashreplace").decode()
            errors[printable_key] = [ErrorDetail(message, code="unknown_field")]
    if errors:
        raise serializers.ValidationError(errors)


def printable_json(value: object) -> str:
    """Return `value` as JSON that an error message can repeat: a lone surrogate,
    which JSON decoding lets through, is written as an escape."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _shown(key: object) -> str:
    text = printable_json(key)
    return text if len(text) <= _MAX_KEY_CHARS else text[:_MAX_KEY_CHARS] + '..."'
