"""Reply schemas: a strict JSON Schema for `response_format`, and the pydantic model
that validates every reply against the same shape.

A scalar field is {"value", "quote"}: the normalized value and the exact text it was
read from. "parties" is a list of parties with a role, and "line_items" a list of
table rows, whose values are strings or null. Every property is required and no
other property is allowed, as OpenAI's strict structured output requires.
"""

from collections.abc import Sequence
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from ai_agents.engines.taxonomy import FieldSpec

PARTY_ROLES = (
    "seller",
    "buyer",
    "payer",
    "payee",
    "principal",
    "agent",
    "carrier",
    "other",
)
PARTY_KEYS = (
    "name",
    "inn",
    "kpp",
    "ogrn",
    "address",
    "bank_name",
    "bik",
    "account",
    "correspondent_account",
    "swift",
    "iban",
    "vat_id",
)
LINE_ITEM_KEYS = (
    "description",
    "quantity",
    "unit",
    "unit_price",
    "amount",
    "vat_rate",
    "vat_amount",
    "hs_code",
    "country_of_origin",
)
# Fields whose kind is "text" in the taxonomy but whose value is structured.
PARTIES = "parties"
LINE_ITEMS = "line_items"

_NULLABLE_STRING = {"type": ["string", "null"]}
# A confidence that JSON Schema and pydantic both require to be a finite number.
_Confidence = Annotated[float, Field(allow_inf_nan=False)]

# The descriptions of the structured fields, sent in the prompt and the schema.
# They replace the taxonomy's descriptions, which describe the embedded engine's
# output (parties as a map by role) rather than the reply asked for here.
PARTIES_DESCRIPTION = (
    "List of the document's parties, one object per party. Each object has "
    f"role, one of {', '.join(PARTY_ROLES)}, and {', '.join(PARTY_KEYS)}, each a "
    "string copied from the document or null."
)
LINE_ITEMS_DESCRIPTION = (
    "List of the document's table rows in document order, one object per row, "
    "and an empty list when there is no table. Each object has "
    f"{', '.join(LINE_ITEM_KEYS)}, each a string or null."
)


class _Reply(BaseModel):
    # Unknown keys are dropped so that the output shape never changes. Numbers are
    # accepted where strings are expected, because models often write amounts as
    # JSON numbers outside strict mode.
    model_config = ConfigDict(
        extra="ignore", coerce_numbers_to_str=True, populate_by_name=False
    )


class ScalarReply(_Reply):
    """A scalar field: its normalized value and the document text it came from."""

    value: str | None
    quote: str | None


def _object_schema(properties: dict[str, Any]) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


_SCALAR_SCHEMA = _object_schema(
    {
        "value": {**_NULLABLE_STRING, "description": "Normalized value, or null."},
        "quote": {
            **_NULLABLE_STRING,
            "description": "The value's text copied verbatim from the document.",
        },
    }
)


def _strings_model(name: str, keys: Sequence[str], extra: dict) -> type[BaseModel]:
    fields: dict[str, Any] = {key: (str | None, ...) for key in keys}
    return create_model(name, __base__=_Reply, **extra, **fields)


PartyReply = _strings_model(
    "PartyReply", PARTY_KEYS, {"role": (Literal[PARTY_ROLES], ...)}
)
LineItemReply = _strings_model("LineItemReply", LINE_ITEM_KEYS, {})

_PARTY_SCHEMA = _object_schema(
    {
        "role": {"type": "string", "enum": list(PARTY_ROLES)},
        **{key: dict(_NULLABLE_STRING) for key in PARTY_KEYS},
    }
)
_LINE_ITEM_SCHEMA = _object_schema(
    {key: dict(_NULLABLE_STRING) for key in LINE_ITEM_KEYS}
)


def field_schema(spec: FieldSpec) -> dict:
    """Return the JSON Schema of one field's reply."""
    if spec.name == PARTIES:
        return {
            "type": "array",
            "description": PARTIES_DESCRIPTION,
            "items": _PARTY_SCHEMA,
        }
    if spec.name == LINE_ITEMS:
        return {
            "type": "array",
            "description": LINE_ITEMS_DESCRIPTION,
            "items": _LINE_ITEM_SCHEMA,
        }
    return _SCALAR_SCHEMA


def field_prompt_line(spec: FieldSpec) -> str:
    """Return the prompt line that describes one field, as its schema has it."""
    if spec.name == PARTIES:
        return f"- {PARTIES} (list of objects): {PARTIES_DESCRIPTION}"
    if spec.name == LINE_ITEMS:
        return f"- {LINE_ITEMS} (list of objects): {LINE_ITEMS_DESCRIPTION}"
    return f"- {spec.name} ({spec.kind}): {spec.description}"


def extraction_schema(specs: Sequence[FieldSpec]) -> dict:
    """Return the strict JSON Schema of an extraction reply for `specs`."""
    return _object_schema({spec.name: field_schema(spec) for spec in specs})


def extraction_model(specs: Sequence[FieldSpec]) -> type[BaseModel]:
    """Return the pydantic model that validates an extraction reply for `specs`.

    Field names go through aliases, because a schema may name a field like a
    BaseModel attribute ("json", "copy"). Dump with `by_alias=True`. A scalar
    field may be null as a whole, which reads as an absent value.
    """
    fields: dict[str, Any] = {}
    for index, spec in enumerate(specs):
        if spec.name == PARTIES:
            annotation: Any = list[PartyReply]
        elif spec.name == LINE_ITEMS:
            annotation = list[LineItemReply]
        else:
            annotation = ScalarReply | None
        fields[f"field_{index}"] = (annotation, Field(..., alias=spec.name))
    return create_model("ExtractionReply", __base__=_Reply, **fields)


def classification_schema(codes: Sequence[str]) -> dict:
    """Return the strict JSON Schema of a classification reply among `codes`."""
    code_schema = {"type": "string", "enum": list(codes)}
    alternative = _object_schema(
        {"document_type": code_schema, "confidence": {"type": "number"}}
    )
    return _object_schema(
        {
            "document_type": code_schema,
            "confidence": {"type": "number"},
            "alternatives": {"type": "array", "items": alternative},
        }
    )


def classification_model(codes: Sequence[str]) -> type[BaseModel]:
    """Return the pydantic model that validates a classification reply."""
    code_type: Any = Literal[tuple(codes)]
    alternative = create_model(
        "AlternativeReply",
        __base__=_Reply,
        document_type=(code_type, ...),
        confidence=(_Confidence, ...),
    )
    return create_model(
        "ClassificationReply",
        __base__=_Reply,
        document_type=(code_type, ...),
        confidence=(_Confidence, ...),
        alternatives=(list[alternative], ...),
    )
