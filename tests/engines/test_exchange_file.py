"""Payment orders in the 1C client-bank exchange format.

Every INN, BIK and account below is invented and passes its check.
"""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.context import ExtractionContext
from ai_agents.engines.exchange_file import exchange_fields
from ai_agents.engines.text import NormalizedText

EXCHANGE_FILE = """1CClientBankExchange
ВерсияФормата=1.03
Кодировка=Windows
Отправитель=Бухгалтерия предприятия
ДатаСоздания=12.03.2025
РасчСчет=40702810559665425987
СекцияДокумент=Платежное поручение
Номер=77
Дата=11.03.2025
Сумма=12500.50
ПлательщикСчет=40702810559665425987
ПлательщикИНН=7702620960
ПлательщикКПП=770201001
Плательщик1=ООО "Трубный склад"
ПлательщикБанк1=АО "АЛЬФА-БАНК"
ПлательщикБИК=044525593
ПлательщикКорсчет=30101810200000000593
ПолучательСчет=40802810576075980911
ПолучательИНН=771523937097
ПолучательКПП=0
Получатель1=ИП Лаптев Кирилл Олегович
ПолучательБИК=044525593
НазначениеПлатежа=Оплата по счету № 5 от 01.03.2025. НДС не облагается
КонецДокумента
СекцияДокумент=Платежное поручение
Номер=78
Сумма=1.00
КонецДокумента
КонецФайла
"""


@pytest.fixture(scope="module")
def fields():
    return get_engine(embeddings="off").extract(EXCHANGE_FILE).fields


def test_exchange_file_is_a_payment_order():
    engine = get_engine(embeddings="off")

    assert engine.classify(EXCHANGE_FILE).document_type == "payment_order"


@pytest.mark.parametrize(
    ("key", "expected"),
    (
        ("number", "77"),
        ("date", "2025-03-11"),
        ("total", "12500.50"),
        ("currency", "RUB"),
        ("purpose", "Оплата по счету № 5 от 01.03.2025. НДС не облагается"),
    ),
)
def test_exchange_file_first_document(fields, key, expected):
    assert fields[key]["value"] == expected


@pytest.mark.parametrize(
    ("role", "key", "expected"),
    (
        ("payer", "inn", "7702620960"),
        ("payer", "kpp", "770201001"),
        ("payer", "account", "40702810559665425987"),
        ("payer", "bik", "044525593"),
        ("payer", "correspondent_account", "30101810200000000593"),
        ("payer", "name", 'ООО "Трубный склад"'),
        ("payer", "bank_name", 'АО "АЛЬФА-БАНК"'),
        ("payee", "inn", "771523937097"),
        ("payee", "account", "40802810576075980911"),
        ("payee", "name", "ИП Лаптев Кирилл Олегович"),
    ),
)
def test_exchange_file_parties(fields, role, key, expected):
    assert fields["parties"][role][key]["value"] == expected


def test_exchange_file_zero_kpp_left_out(fields):
    assert "kpp" not in fields["parties"]["payee"]


def test_exchange_file_spans_point_at_values(fields):
    start, end = fields["parties"]["payer"]["inn"]["span"]

    assert EXCHANGE_FILE[start:end] == "7702620960"


def test_exchange_file_checks_pass():
    extraction = get_engine(embeddings="off").extract(EXCHANGE_FILE)

    failed = [check for check in extraction.checks if not check["passed"]]
    assert failed == []


def test_text_without_header_is_no_exchange_file():
    text = EXCHANGE_FILE.replace("1CClientBankExchange\n", "")
    context = ExtractionContext(NormalizedText(text), "payment_order")

    assert exchange_fields(context) is None
