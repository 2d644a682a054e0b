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


# The goods table of `one_c_invoice`: its header with the rule under it, and rows.
PLAIN_HEADER = (
    "| № | Товар               | Кол-во | Ед. |   Цена   |   Сумма   |\n"
    "|---|---------------------|--------|-----|----------|-----------|"
)
PLAIN_ROWS = (
    "| 1 | Цемент М500, 50 кг  |    100 | меш |   520,00 | 52 000,00 |\n"
    "| 2 | Песок строительный  |     10 | т   | 1 200,00 | 12 000,00 |\n"
)
VAT_LINE = "В т.ч. НДС 22%: 11 540,98"


def one_c_invoice(
    note: str = "",
    vat_line: str = VAT_LINE,
    rows: str = PLAIN_ROWS,
    header: str = PLAIN_HEADER,
) -> str:
    """Return a 1C invoice with `note` under its letterhead, the goods table of
    `header` and `rows`, and `vat_line` under its total."""
    note_line = f"{note}\n" if note else ""
    return (
        "ООО «Стройресурс»\n"
        f"ИНН {SELLER_INN} КПП {SELLER_KPP}\n"
        "Адрес: 117105, г. Москва, Варшавское ш., д. 9\n"
        f"{note_line}"
        "\n"
        "                      СЧЕТ НА ОПЛАТУ № 415 от 12 марта 2026 г.\n"
        "\n"
        f"Поставщик: ООО «Стройресурс», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
        f"Покупатель: ООО «Домострой», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
        f"Банк получателя: ПАО Сбербанк, БИК {BANK_BIK}\n"
        f"р/с {ACCOUNT}\n"
        "\n"
        f"{header}\n"
        f"{rows}"
        "\n"
        "Итого: 64 000,00\n"
        f"{vat_line}\n"
        "Всего к оплате: 64 000,00\n"
    )


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


def read_path(engine, text: str, path: str):
    """Return what `path` names in the engine's reading of `text`: "type", the
    count of "line_items", "line_items.<index>.<key>", "parties.<role>.<key>",
    "checks.<code>" (True when all such checks pass, False when one fails, None
    without any) or a field."""
    if path == "type":
        return engine.classify(text).document_type
    extraction = engine.extract(text)
    fields = extraction.fields
    if path == "line_items.count":
        return len(fields.get("line_items", []))
    if path.startswith("line_items."):
        _, index, key = path.split(".", 2)
        items = fields.get("line_items", [])
        found = items[int(index)].get(key) if int(index) < len(items) else None
        return None if found is None else found["value"]
    if path.startswith("checks."):
        code = path.removeprefix("checks.")
        passed = [
            check["passed"] for check in extraction.checks if check["code"] == code
        ]
        return all(passed) if passed else None
    if path.startswith("parties."):
        _, role, key = path.split(".", 2)
        found = fields.get("parties", {}).get(role, {}).get(key)
    else:
        found = fields.get(path)
    return None if found is None else found["value"]
