"""Principal and agent of agency contracts, and percentage fees that are not totals."""

import pytest

from ai_agents.engines.extractor import FieldExtractor
from ai_agents.engines.text import NormalizedText
from ai_agents.engines.validators import is_valid_inn

# Invented INNs whose check digits pass (computed with bench.holdout.inn_check_digit).
PRINCIPAL_INN = "5409126731"
AGENT_INN = "540317826469"


def extract(text: str, document_type: str) -> dict:
    fields, _checks = FieldExtractor().extract(NormalizedText(text), document_type)
    return fields


def party_values(text: str, role: str) -> dict[str, str]:
    party = extract(text, "contract").get("parties", {}).get(role, {})
    return {key: found["value"] for key, found in party.items()}


def total_of(text: str) -> str | None:
    total = extract(text, "contract").get("total")
    return None if total is None else total["value"]


AGENCY_CONTRACT = f"""АГЕНТСКИЙ ДОГОВОР № 14-А
г. Новосибирск                                       12 марта 2025 г.

ООО «Обская Мебельная Фабрика» (далее – «Принципал») и ИП Зуев Павел Игоревич
(далее – «Агент») заключили настоящий договор.
1. Агент обязуется за счет Принципала искать покупателей мебели.
2. Вознаграждение Агента составляет 8 (восемь) процентов от выручки.

РЕКВИЗИТЫ СТОРОН
Принципал: ООО «Обская Мебельная Фабрика»
ИНН/КПП {PRINCIPAL_INN}/540901001
Агент: ИП Зуев Павел Игоревич
ИНН {AGENT_INN}
"""

COMMISSION_CONTRACT = f"""ДОГОВОР КОМИССИИ № 9-К
г. Новосибирск                                       12 марта 2025 г.

ООО «Обская Мебельная Фабрика» (далее – «Комитент») и ИП Зуев Павел Игоревич
(далее – «Комиссионер») заключили настоящий договор.
1. Комиссионер обязуется продавать мебель Комитента от своего имени.
2. Вознаграждение Комиссионера составляет 5 (пять) процентов от выручки.

РЕКВИЗИТЫ СТОРОН
Комитент: ООО «Обская Мебельная Фабрика»
ИНН/КПП {PRINCIPAL_INN}/540901001
Комиссионер: ИП Зуев Павел Игоревич
ИНН {AGENT_INN}
"""


def test_invented_inns_are_valid():
    assert is_valid_inn(PRINCIPAL_INN)
    assert is_valid_inn(AGENT_INN)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(AGENCY_CONTRACT, id="principal-agent"),
        pytest.param(COMMISSION_CONTRACT, id="committent-commission-agent"),
    ],
)
def test_agency_requisites_blocks(text):
    principal = party_values(text, "principal")
    agent = party_values(text, "agent")

    assert principal.get("inn") == PRINCIPAL_INN
    assert principal.get("kpp") == "540901001"
    assert principal.get("name") == "ООО «Обская Мебельная Фабрика»"
    assert agent.get("inn") == AGENT_INN
    assert "kpp" not in agent
    assert agent.get("name") == "ИП Зуев Павел Игоревич"


def test_agency_genitive_inn_labels():
    text = (
        "АГЕНТСКИЙ ДОГОВОР № 15-А от 12.03.2025\n"
        "Реквизиты сторон\n"
        f"ИНН агента {AGENT_INN}\n"
        f"ИНН принципала {PRINCIPAL_INN}\n"
    )

    assert party_values(text, "agent").get("inn") == AGENT_INN
    assert party_values(text, "principal").get("inn") == PRINCIPAL_INN


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(AGENCY_CONTRACT, id="agency-contract"),
        pytest.param(COMMISSION_CONTRACT, id="commission-contract"),
        pytest.param(
            "Договор № 3 от 01.02.2025\n"
            "Вознаграждение Агента составляет 8 (восемь) процентов от выручки.\n",
            id="percent-word-in-brackets",
        ),
        pytest.param(
            "Договор № 3 от 01.02.2025\n"
            "Вознаграждение Агента составляет 8 процентов от выручки.\n",
            id="percent-word",
        ),
        pytest.param(
            "Договор № 3 от 01.02.2025\n"
            "Вознаграждение Агента составляет 8% от выручки.\n",
            id="percent-sign",
        ),
        pytest.param(
            "Договор № 3 от 01.02.2025\n"
            "Вознаграждение Агента составляет 8 % от выручки.\n",
            id="percent-sign-after-space",
        ),
        pytest.param(
            "Contract No 3 dated 01.02.2025\nThe Agent's fee is 8 percent of sales.\n",
            id="english-percent",
        ),
        pytest.param(
            "Contract No 3 dated 01.02.2025\nThe Agent's fee is 8 per cent of sales.\n",
            id="english-per-cent",
        ),
    ],
)
def test_percentage_fee_not_total(text):
    assert total_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Договор № 3 от 01.02.2025\n"
            "Цена договора составляет 120 000 (сто двадцать тысяч) рублей 00 копеек.\n",
            "120000.00",
            id="price-in-words",
        ),
        pytest.param(
            "Договор № 3 от 01.02.2025\n"
            "Вознаграждение Агента составляет 8 000 (восемь тысяч) рублей.\n",
            "8000.00",
            id="fee-in-rubles",
        ),
        pytest.param(
            "Contract No 3 dated 01.02.2025\nThe Agent's fee is 800.00 USD.\n",
            "800.00",
            id="english-fee-in-dollars",
        ),
    ],
)
def test_contract_amount_still_total(text, expected):
    assert total_of(text) == expected
