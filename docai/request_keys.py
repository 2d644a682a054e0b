"""Checks of a JSON body's keys and values shared by the API's serializers.

DRF reports a missing key as "This field is required." and ignores unknown keys.
These checks also name the keys the body has instead, and reject a key that is a
misspelling or another spelling of a field name ("documentType", "ocr_drafts"),
because the value it carries would be lost. Other extra keys are ignored.
"""

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping

from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail

_MAX_KEYS_SHOWN = 5
_MAX_SHOWN_CHARS = 40
# Only the first keys of a body are compared with the field names, so that a body
# of many thousands of keys costs no more than a small one.
_MAX_KEYS_COMPARED = 20
# Other names that clients give to a field.
_ALIASES = {
    "doc_type": "document_type",
    "doctype": "document_type",
    "type": "document_type",
    "candidate_types": "candidates",
    "types": "candidates",
}
_CAMEL_BOUNDARY_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# Unicode categories an error message never repeats as they are: controls, format
# characters such as the right-to-left override, and lone surrogates.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})


def check_body_keys(
    data: Mapping, fields: Iterable[str], required: Mapping[str, str]
) -> None:
    """Raise a ValidationError for missing required keys and misspelled ones.

    `fields` are the names the endpoint reads. `required` maps each required key
    to what it carries, as in "the document's text".
    """
    fields = list(fields)
    unknown = [key for key in data if key not in fields]
    errors = {}
    for key, meaning in required.items():
        if key in data:
            continue
        message = f"This field is required: send {meaning} as {key}."
        if unknown:
            named = ", ".join(preview(other) for other in unknown[:_MAX_KEYS_SHOWN])
            message += f" The body has {named}, which this endpoint does not read."
        errors[key] = [ErrorDetail(message, code="required")]
    for key in unknown[:_MAX_KEYS_COMPARED]:
        meant = _field_meant(str(key)[:_MAX_SHOWN_CHARS], fields)
        if meant is not None and meant not in data:
            message = f"Unknown field {preview(key)}; did you mean {preview(meant)}?"
            errors[printable(str(key))[:_MAX_SHOWN_CHARS]] = [
                ErrorDetail(message, code="unknown_field")
            ]
    if errors:
        raise serializers.ValidationError(errors)


def _field_meant(key: str, fields: list[str]) -> str | None:
    """Return the field that `key` spells another way or misspells, or None."""
    snake = _CAMEL_BOUNDARY_RE.sub("_", key).lower().replace("-", "_").strip()
    if snake in fields:
        return snake
    alias = _ALIASES.get(snake)
    if alias in fields:
        return alias
    for field in fields:
        # One slip in a short name, two in a longer one: "candidate", "ocr_drafts".
        allowed = 1 if len(field) <= 6 else 2
        if len(snake) >= 5 and _edit_distance(snake, field, allowed) <= allowed:
            return field
    return None


def _edit_distance(first: str, second: str, limit: int) -> int:
    """Return the Levenshtein distance of two strings, or `limit + 1` when it is
    larger than `limit`."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, 1):
        current = [row]
        for column, other in enumerate(second, 1):
            current.append(
                min(
                    previous[column] + 1,
                    current[column - 1] + 1,
                    previous[column - 1] + (char != other),
                )
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def printable(text: str) -> str:
    """Return `text` with controls, format characters and lone surrogates written
    as escapes, so that an error message can repeat it safely."""
    return "".join(
        f"\\u{ord(char):04x}"
        if unicodedata.category(char) in _HIDDEN_CATEGORIES
        else char
        for char in text
    )


def _printable_json(value: object) -> str:
    """Return `value` as JSON that an error message can repeat safely."""
    return printable(json.dumps(value, ensure_ascii=False, default=str))


def preview(value: object) -> str:
    """Return `value` as printable JSON, cut to a length an error message can
    repeat."""
    text = _printable_json(value)
    return text if len(text) <= _MAX_SHOWN_CHARS else text[:_MAX_SHOWN_CHARS] + "..."


class StrictCharField(serializers.CharField):
    """A CharField that rejects numbers and booleans instead of converting them."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            raise serializers.ValidationError(
                f"Expected a string, got {json_type(data)} {preview(data)}; "
                "send the value in double quotes.",
                code="invalid",
            )
        if self.max_length is not None and len(data) > self.max_length:
            # Checked here so that the message can give the length that was sent.
            self.fail("max_length", max_length=self.max_length, length=len(data))
        return super().to_internal_value(data)


def json_type(value: object) -> str:
    """Return the JSON name of a parsed value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__
