"""Hybrid mode: the LLM proposes, the embedded engine checks and fills gaps.

Each field is compared with the embedded engine's field of the same name. Equal
values get source "both" and AGREEMENT_CONFIDENCE. A field only one engine found
keeps that engine as its source. Different values keep the LLM value when the
document supports it, else the embedded one, and carry a "disagreement" key with
both values.
"""

import copy
from dataclasses import dataclass

from ai_agents.engines.base import Candidate, Classification
from ai_agents.engines.text import fold

from .schemas import LINE_ITEMS, PARTIES

AGREEMENT_CONFIDENCE = 0.97


@dataclass(frozen=True)
class HybridClassification(Classification):
    """A classification that records a disagreement between the two engines.

    `disagreement` is {"embedded": code, "llm": code} when the engines chose
    different types, else None. The type not chosen is the first alternative.
    """

    disagreement: dict | None = None

    def as_dict(self) -> dict:
        """Return the classification as a JSON-ready dict, with any disagreement."""
        result = super().as_dict()
        if self.disagreement is not None:
            result["disagreement"] = dict(self.disagreement)
        return result


def combine_classifications(
    llm: Classification, embedded: Classification
) -> HybridClassification:
    """Combine the two engines' classifications.

    On agreement the confidence is the chance that at least one engine is right,
    1 - (1 - a)(1 - b), capped at AGREEMENT_CONFIDENCE. On disagreement the more
    confident engine wins with its own confidence.
    """
    if llm.document_type == embedded.document_type:
        joint = 1 - (1 - llm.confidence) * (1 - embedded.confidence)
        confidence = min(AGREEMENT_CONFIDENCE, max(joint, llm.confidence))
        alternatives = _merge_alternatives(
            llm.document_type, llm.alternatives + embedded.alternatives
        )
        return HybridClassification(
            llm.document_type, round(confidence, 4), alternatives
        )
    chosen, other = (llm, embedded)
    if embedded.confidence > llm.confidence:
        chosen, other = embedded, llm
    loser = Candidate(other.document_type, other.confidence)
    rest = _merge_alternatives(
        chosen.document_type, chosen.alternatives + other.alternatives
    )
    alternatives = (loser, *(c for c in rest if c.document_type != loser.document_type))
    return HybridClassification(
        chosen.document_type,
        chosen.confidence,
        alternatives[:3],
        {"embedded": embedded.document_type, "llm": llm.document_type},
    )


def _merge_alternatives(
    chosen: str, candidates: tuple[Candidate, ...]
) -> tuple[Candidate, ...]:
    best: dict[str, Candidate] = {}
    for candidate in candidates:
        if candidate.document_type == chosen:
            continue
        current = best.get(candidate.document_type)
        if current is None or candidate.confidence > current.confidence:
            best[candidate.document_type] = candidate
    ranked = sorted(best.values(), key=lambda item: -item.confidence)
    return tuple(ranked[:3])


def combine_fields(llm: dict, embedded: dict) -> dict:
    """Combine the LLM's verified fields with the embedded engine's fields.

    The "valid" flags are dropped, because the checks run again on the result.
    """
    embedded = copy.deepcopy(embedded)
    combined: dict = {}
    for name in dict.fromkeys([*llm, *embedded]):
        if name == PARTIES:
            combined[name] = _combine_parties(llm.get(name, {}), embedded.get(name, {}))
        elif name == LINE_ITEMS:
            combined[name] = _combine_rows(llm.get(name, []), embedded.get(name, []))
        else:
            combined[name] = combine_field(llm.get(name), embedded.get(name))
    return combined


def combine_field(llm: dict | None, embedded: dict | None) -> dict:
    """Combine one field found by either engine or both."""
    if embedded is not None:
        embedded = _from_embedded(embedded)
    if llm is None:
        assert embedded is not None
        return embedded
    llm = {key: value for key, value in llm.items() if key != "valid"}
    if embedded is None:
        return llm
    if _same_value(llm["value"], embedded["value"]):
        return {**embedded, "confidence": AGREEMENT_CONFIDENCE, "source": "both"}
    chosen = llm if llm.get("supported") else embedded
    return {
        **chosen,
        "disagreement": {"embedded": embedded["value"], "llm": llm["value"]},
    }


def _from_embedded(field: dict) -> dict:
    result = {key: value for key, value in field.items() if key != "valid"}
    result["supported"] = True
    result["source"] = "embedded"
    return result


def _same_value(first: object, second: object) -> bool:
    return " ".join(fold(str(first)).split()) == " ".join(fold(str(second)).split())


def _combine_parties(llm: dict, embedded: dict) -> dict:
    combined = {}
    for role in dict.fromkeys([*llm, *embedded]):
        llm_fields, embedded_fields = llm.get(role, {}), embedded.get(role, {})
        combined[role] = {
            key: combine_field(llm_fields.get(key), embedded_fields.get(key))
            for key in dict.fromkeys([*llm_fields, *embedded_fields])
        }
    return combined


def _combine_rows(llm: list[dict], embedded: list[dict]) -> list[dict]:
    """Combine rows cell by cell when both engines found as many rows.

    NOTE: with different row counts the rows are not matched one to one. The LLM
    rows are kept when the document supports every description, else the embedded
    rows, and no disagreement is marked.
    """
    if len(llm) == len(embedded):
        return [
            {
                key: combine_field(llm_row.get(key), embedded_row.get(key))
                for key in dict.fromkeys([*llm_row, *embedded_row])
            }
            for llm_row, embedded_row in zip(llm, embedded, strict=True)
        ]
    descriptions_supported = all(
        row.get("description", {}).get("supported") for row in llm
    )
    if llm and (descriptions_supported or not embedded):
        return [
            {key: combine_field(field, None) for key, field in row.items()}
            for row in llm
        ]
    return [
        {key: combine_field(None, field) for key, field in row.items()}
        for row in embedded
    ]
