"""SNILS, the Russian individual insurance account number, after its label."""

import re

from . import validators
from .context import ExtractionContext
from .text import compile_folded

_SNILS_RE = compile_folded(
    r"\bснилс\b[\s:№#]{0,6}(?P<value>[0-9]{3}[- ]?[0-9]{3}[- ]?[0-9]{3}[- ]?[0-9]{2})"
    r"(?![0-9])"
)


def find_snils(context: ExtractionContext) -> tuple[dict, dict] | None:
    """Find the first labelled SNILS; return the field and its checksum check."""
    match = _SNILS_RE.search(context.text)
    if match is None:
        return None
    digits = re.sub(r"[^0-9]", "", match.group("value"))
    passed = validators.is_valid_snils(digits)
    field = context.build_field(
        match.start("value"), match.end("value"), digits, 0.85, valid=passed
    )
    outcome = "has valid" if passed else "has invalid"
    check = {
        "code": "snils_checksum",
        "fields": ["snils"],
        "passed": passed,
        "message": f"SNILS {digits} {outcome} control digits.",
    }
    return field, check
