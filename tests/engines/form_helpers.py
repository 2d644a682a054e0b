"""Invented requisites and extraction helpers shared by the engine's form tests."""

from ai_agents.engines.extractor import FieldExtractor
from ai_agents.engines.text import NormalizedText

# Invented requisites. The INNs pass bench.holdout.inn_check_digit, and the account's
# control key matches BANK_BIK as bench.holdout.is_valid_settlement_account checks.
SELLER_INN = "5406128730"
SELLER_KPP = "540601001"
BUYER_INN = "7814392053"
BUYER_KPP = "781401001"
BANK_BIK = "045004774"
ACCOUNT = "40702810544000016385"


def extract(text: str, document_type: str) -> dict:
    fields, _checks = FieldExtractor().extract(NormalizedText(text), document_type)
    return fields


def value_of(fields: dict, key: str) -> str | None:
    found = fields.get(key)
    return None if found is None else found["value"]


def parties_of(text: str, document_type: str) -> dict[str, dict[str, str]]:
    parties = extract(text, document_type).get("parties", {})
    return {
        role: {key: found["value"] for key, found in party.items()}
        for role, party in parties.items()
    }
