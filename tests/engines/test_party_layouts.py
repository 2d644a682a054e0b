"""Party roles in the layouts of powers of attorney, statements, waybills and UPDs.

Every INN, account and IBAN below is invented and has valid check digits.
"""

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.context import ExtractionContext
from ai_agents.engines.names import name_part
from ai_agents.engines.text import NormalizedText

# Company A: its bank's BIK and a settlement account at that bank.
INN_A, KPP_A, BIK_A, ACCOUNT_A = (
    "7702620960",
    "770201001",
    "044525593",
    "40702810559665425987",
)
INN_B, KPP_B, BIK_B, ACCOUNT_B = (
    "6312654289",
    "631201001",
    "043601968",
    "40702810911024427740",
)
INN_CARRIER = "2721971027"
PERSON_INN = "771523937097"
ATTORNEY_INN = "633045052867"
PERSON_ACCOUNT = "40802810576075980911"  # at the bank with BIK_A
GERMAN_IBAN = "DE31120300004471882905"


@pytest.fixture(scope="module")
def engine():
    return get_engine(embeddings="off")


def parties_of(engine, text: str, document_type: str) -> dict:
    return engine.extract(text, document_type=document_type).fields.get("parties", {})


def value(parties: dict, role: str, key: str) -> str | None:
    field = parties.get(role, {}).get(key)
    return None if field is None else field["value"]


def roles_with(parties: dict, key: str, expected: str) -> set[str]:
    return {
        role
        for role, fields in parties.items()
        if key in fields and fields[key]["value"] == expected
    }


POA_COMPANY = f"""ДОВЕРЕННОСТЬ № 7

г. Самара                                            «12» марта 2025 г.

Общество с ограниченной ответственностью «Волжский трубный склад» (ИНН {INN_B},
КПП {KPP_B}, адрес: 443001, г. Самара, ул. Садовая, д. 4), в лице директора
Осиповой Натальи Григорьевны, действующей на основании Устава, уполномочивает

Лаптева Кирилла Олеговича, паспорт 36 11 204518, ИНН {ATTORNEY_INN},

представлять интересы общества во всех организациях и подписывать накладные.

Директор ____________ Н. Г. Осипова
"""


def test_poa_company_principal_and_attorney(engine):
    parties = parties_of(engine, POA_COMPANY, "power_of_attorney")

    assert value(parties, "principal", "inn") == INN_B
    assert value(parties, "principal", "kpp") == KPP_B
    assert value(parties, "attorney", "inn") == ATTORNEY_INN
    assert roles_with(parties, "inn", INN_B) == {"principal"}


POA_NOTARIAL = f"""ДОВЕРЕННОСТЬ

Город Самара, третье июня две тысячи двадцать пятого года.

Я, индивидуальный предприниматель Рябинина Алла Петровна, паспорт 36 09 118273,
ИНН {PERSON_INN}, зарегистрированная по адресу: г. Самара, ул. Ленина, д. 5,

настоящей доверенностью уполномочиваю Лаптева Кирилла Олеговича, паспорт
36 11 204518, ИНН {ATTORNEY_INN},

представлять мои интересы в ПАО «Приволжский банк» (БИК {BIK_A}) по вопросам
распоряжения расчетным счетом № {PERSON_ACCOUNT}.

Подпись ______________ Рябинина А. П.
"""


def test_poa_notarial_first_person_principal(engine):
    parties = parties_of(engine, POA_NOTARIAL, "power_of_attorney")

    assert value(parties, "principal", "inn") == PERSON_INN
    assert value(parties, "attorney", "inn") == ATTORNEY_INN


def test_poa_bank_account_goes_to_principal(engine):
    parties = parties_of(engine, POA_NOTARIAL, "power_of_attorney")

    assert value(parties, "principal", "bik") == BIK_A
    assert value(parties, "principal", "account") == PERSON_ACCOUNT
    assert "account" not in parties.get("attorney", {})


POA_ENGLISH = f"""POWER OF ATTORNEY No. 3

Samara, Russian Federation                               4 June 2025

Volga Pipe Warehouse Limited Liability Company, 4 Sadovaya St., Samara 443001,
Russia, INN {INN_B}, KPP {KPP_B}, represented by its Director Natalia
Osipova acting under the Charter (the "Company"),

hereby authorizes Mr. Kirill Olegovich Laptev, passport 36 11 204518,
INN {ATTORNEY_INN} (the "Representative"),

to represent the Company before its customers.

Director ______________ N. G. Osipova
"""


def test_poa_english_company_and_representative(engine):
    parties = parties_of(engine, POA_ENGLISH, "power_of_attorney")

    assert value(parties, "principal", "inn") == INN_B
    assert value(parties, "principal", "kpp") == KPP_B
    assert value(parties, "attorney", "inn") == ATTORNEY_INN


POA_FORM_M2 = f"""                             Типовая межотраслевая форма № М-2
Организация: ООО "Волжский трубный склад"                  по ОКПО   11223344

Плательщик: ООО "Волжский трубный склад", ИНН {INN_B}, КПП {KPP_B},
р/с {ACCOUNT_B}, БИК {BIK_B}

                           ДОВЕРЕННОСТЬ № 41
Доверенность выдана: кладовщику Лаптеву Кириллу Олеговичу
"""


def test_poa_form_m2_payer_is_principal(engine):
    parties = parties_of(engine, POA_FORM_M2, "power_of_attorney")

    assert value(parties, "principal", "inn") == INN_B
    assert value(parties, "principal", "kpp") == KPP_B
    assert value(parties, "principal", "bik") == BIK_B
    assert value(parties, "principal", "account") == ACCOUNT_B


POA_ACCOUNT_BEFORE_GRANT = f"""ДОВЕРЕННОСТЬ № 7/24
ООО «Волжский трубный склад», ИНН {INN_B}, КПП {KPP_B},
р/с {ACCOUNT_B} в ПАО «Приволжский банк», БИК {BIK_B},
в лице директора Осиповой Н. Г., действующей на основании Устава,
доверяет Лаптеву Кириллу Олеговичу, ИНН {ATTORNEY_INN}, получить ценности.
"""


def test_poa_account_bank_not_principal(engine):
    parties = parties_of(engine, POA_ACCOUNT_BEFORE_GRANT, "power_of_attorney")

    assert value(parties, "principal", "inn") == INN_B
    assert value(parties, "principal", "account") == ACCOUNT_B
    assert "Волжский" in value(parties, "principal", "name")
    assert value(parties, "attorney", "inn") == ATTORNEY_INN


POA_BANK_PRINCIPAL = f"""ДОВЕРЕННОСТЬ № 88
ПАО «Приволжский банк», ИНН {INN_A}, КПП {KPP_A},
в лице председателя правления Осиповой Н. Г., действующей на основании Устава,
уполномочивает Лаптева Кирилла Олеговича представлять интересы банка.
"""


def test_poa_bank_itself_principal(engine):
    parties = parties_of(engine, POA_BANK_PRINCIPAL, "power_of_attorney")

    assert value(parties, "principal", "inn") == INN_A
    assert "Приволжский" in value(parties, "principal", "name")


POA_GOODS_SUPPLIER = f"""ДОВЕРЕННОСТЬ № 3
на получение товарно-материальных ценностей
Организация-потребитель: ООО «Волжский трубный склад»
ИНН/КПП: {INN_B}/{KPP_B}
Доверенность выдана: Лаптеву Кириллу Олеговичу
На получение от: ООО «Трубный двор» (ИНН {INN_A})
"""


def test_poa_goods_supplier_apart(engine):
    parties = parties_of(engine, POA_GOODS_SUPPLIER, "power_of_attorney")

    assert value(parties, "principal", "inn") == INN_B
    assert value(parties, "principal", "kpp") == KPP_B
    assert value(parties, "seller", "inn") == INN_A
    assert value(parties, "seller", "name") == "ООО «Трубный двор»"


STATEMENT_TITLE_ACCOUNT = f"""ПАО «Приволжский банк»                   БИК {BIK_A}

                 ВЫПИСКА ПО СЧЕТУ № {ACCOUNT_A}
                        за 05.06.2025
Клиент: ООО «Трубный двор»   ИНН {INN_A}   КПП {KPP_A}

Входящий остаток:                                         10 000,00

Дата       | № док. | Корреспондент        | Дебет      | Кредит
05.06.2025 | 17     | ООО «Волжский трубный склад» ИНН {INN_B} | 2 000,00 |
           |        | р/с {ACCOUNT_B} БИК {BIK_B}          |            |
Исходящий остаток:                                         8 000,00
"""


def test_statement_title_account_and_header_bik(engine):
    parties = parties_of(engine, STATEMENT_TITLE_ACCOUNT, "bank_statement")

    assert value(parties, "account_holder", "account") == ACCOUNT_A
    assert value(parties, "account_holder", "bik") == BIK_A
    assert value(parties, "account_holder", "inn") == INN_A
    assert value(parties, "account_holder", "kpp") == KPP_A


def test_statement_counterparty_rows_stay_unassigned(engine):
    parties = parties_of(engine, STATEMENT_TITLE_ACCOUNT, "bank_statement")

    assert "account_holder" not in roles_with(parties, "inn", INN_B)
    assert "account_holder" not in roles_with(parties, "account", ACCOUNT_B)
    assert "account_holder" not in roles_with(parties, "bik", BIK_B)


STATEMENT_OWNER_INN = f"""Выписка по счёту
за период с 01.05.2025 по 31.05.2025

Владелец счёта: ИП Рябинина Алла Петровна
ИНН владельца: {PERSON_INN}
Номер счёта: {PERSON_ACCOUNT}
Банк: ПАО «Приволжский банк», БИК {BIK_A}

Остаток на начало периода                                5 000,00
Дата операции   Описание                                   Сумма
03.05.2025      Оплата от ООО «Трубный двор», ИНН {INN_A}   +1 000,00
"""


def test_statement_owner_inn_label(engine):
    parties = parties_of(engine, STATEMENT_OWNER_INN, "bank_statement")

    assert value(parties, "account_holder", "inn") == PERSON_INN
    assert value(parties, "account_holder", "account") == PERSON_ACCOUNT
    assert "account_holder" not in roles_with(parties, "inn", INN_A)


STATEMENT_FOREIGN_IBAN = f"""STATEMENT OF ACCOUNT {ACCOUNT_A}
Account holder: Trubny Dvor LLC
INN {INN_A}, KPP {KPP_A}

Opening balance                                             1,000.00
Date        Counterparty                   Details             Credit
05.06.2025  RHEINTAL HANDEL GMBH           ADVANCE PAYMENT     500.00
            {GERMAN_IBAN}
"""


def test_statement_iban_digits_not_account(engine):
    parties = parties_of(engine, STATEMENT_FOREIGN_IBAN, "bank_statement")
    accounts = {
        fields["account"]["value"] for fields in parties.values() if "account" in fields
    }

    assert value(parties, "account_holder", "account") == ACCOUNT_A
    assert accounts == {ACCOUNT_A}


WAYBILL_NUMBERED = f"""ТРАНСПОРТНАЯ НАКЛАДНАЯ № 88
1. Грузоотправитель
ООО «Трубный двор», ИНН {INN_A}, КПП {KPP_A}, г. Москва, ул. Рябиновая, д. 3
2. Грузополучатель
ООО «Волжский трубный склад», ИНН {INN_B}, КПП {KPP_B}, г. Самара
3. Груз
Трубы стальные, 4 пачки
10. Перевозчик
ООО «Камский рейс», ИНН {INN_CARRIER}, водитель Лаптев К. О.
"""


def test_waybill_numbered_sections(engine):
    parties = parties_of(engine, WAYBILL_NUMBERED, "waybill")

    assert value(parties, "shipper", "inn") == INN_A
    assert value(parties, "shipper", "kpp") == KPP_A
    assert value(parties, "consignee", "inn") == INN_B
    assert value(parties, "consignee", "kpp") == KPP_B


def test_waybill_next_section_ends_party(engine):
    parties = parties_of(engine, WAYBILL_NUMBERED, "waybill")

    assert roles_with(parties, "inn", INN_CARRIER) == {"carrier"}


CMR_WITH_CARRIER = f"""CMR CONSIGNMENT NOTE No. 0047
1 Sender: Trubny Dvor LLC, INN {INN_A}, KPP {KPP_A}
2 Consignee: Rheintal Handel GmbH, Koblenz, Germany
16 Carrier: Kama Run LLC, INN {INN_CARRIER}
"""


def test_cmr_carrier_section(engine):
    parties = parties_of(engine, CMR_WITH_CARRIER, "waybill")

    assert value(parties, "carrier", "inn") == INN_CARRIER
    assert value(parties, "shipper", "inn") == INN_A
    assert "inn" not in parties.get("consignee", {})


CMR = f"""INTERNATIONAL CONSIGNMENT NOTE  CMR                 No. 5512
1 Sender (name, address, country)
  Trubny Dvor LLC, INN {INN_A}
  3 Ryabinovaya St., Moscow, Russia
2 Consignee (name, address, country)
  Rheintal Handel GmbH, Koblenz, Germany
3 Place of delivery of the goods: Koblenz, Germany
"""


def test_cmr_numbered_sender(engine):
    parties = parties_of(engine, CMR, "waybill")

    assert value(parties, "shipper", "inn") == INN_A
    assert "consignee" not in roles_with(parties, "inn", INN_A)


PACKING_DOUBLE_RU = f"""УПАКОВОЧНЫЙ ЛИСТ № 5 от 05.06.2025
Грузоотправитель (Продавец): ООО «Трубный двор», ИНН {INN_A}, КПП {KPP_A}
г. Москва, ул. Рябиновая, д. 3
Грузополучатель (Покупатель): ООО «Волжский трубный склад», ИНН {INN_B}, КПП {KPP_B}
г. Самара, ул. Садовая, д. 4
"""

PACKING_DOUBLE_EN = f"""PACKING LIST No. 5
Seller / Shipper:
Trubny Dvor LLC, INN {INN_A}, KPP {KPP_A}
3 Ryabinovaya St., Moscow, Russia
Buyer / Consignee:
Volga Pipe Warehouse LLC, INN {INN_B}, KPP {KPP_B}
4 Sadovaya St., Samara, Russia
"""


@pytest.mark.parametrize("text", [PACKING_DOUBLE_RU, PACKING_DOUBLE_EN])
def test_double_label_gives_both_roles(engine, text):
    parties = parties_of(engine, text, "packing_list")

    assert roles_with(parties, "inn", INN_A) == {"shipper", "seller"}
    assert roles_with(parties, "kpp", KPP_A) == {"shipper", "seller"}
    assert roles_with(parties, "inn", INN_B) == {"consignee", "buyer"}
    assert roles_with(parties, "kpp", KPP_B) == {"consignee", "buyer"}


INVOICE_SAME_ROLE_BRACKET = f"""СЧЕТ № 12 от 05.06.2025
Поставщик (Исполнитель): ООО «Трубный двор», ИНН {INN_A}, КПП {KPP_A}
Покупатель (Заказчик): ООО «Волжский трубный склад», ИНН {INN_B}, КПП {KPP_B}
Итого: 1 000,00
"""


def test_bracket_with_same_role_keeps_one_role(engine):
    parties = parties_of(engine, INVOICE_SAME_ROLE_BRACKET, "invoice")

    assert roles_with(parties, "inn", INN_A) == {"seller"}
    assert roles_with(parties, "inn", INN_B) == {"buyer"}


TORG12_CAPTION_BELOW = f"""                         Унифицированная форма № ТОРГ-12
ООО «Трубный двор», ИНН {INN_A}, КПП {KPP_A}, г. Москва, ул. Рябиновая, д. 3,
р/с {ACCOUNT_A}, БИК {BIK_A}
грузоотправитель, адрес, номер телефона, банковские реквизиты
Грузополучатель  ООО «Волжский трубный склад», ИНН {INN_B}, КПП {KPP_B}, г. Самара
Основание        Договор № 4 от 01.02.2025
"""


def test_torg12_caption_under_block(engine):
    parties = parties_of(engine, TORG12_CAPTION_BELOW, "waybill")

    assert value(parties, "shipper", "inn") == INN_A
    assert value(parties, "shipper", "kpp") == KPP_A
    assert value(parties, "shipper", "bik") == BIK_A
    assert value(parties, "shipper", "account") == ACCOUNT_A
    assert value(parties, "consignee", "inn") == INN_B


def _letterhead_packing(sender_name: str) -> str:
    return f"""                       ООО «Трубный двор»
      г. Москва, ул. Рябиновая, д. 3, ИНН {INN_A}, КПП {KPP_A}
                        УПАКОВОЧНЫЙ ЛИСТ № 9
Отправитель: {sender_name}, склад г. Химки
Получатель: ООО «Волжский трубный склад», ИНН {INN_B}, КПП {KPP_B}
"""


def test_letterhead_matches_sender_name(engine):
    parties = parties_of(
        engine, _letterhead_packing("ООО «Трубный двор»"), "packing_list"
    )

    assert value(parties, "shipper", "inn") == INN_A
    assert value(parties, "shipper", "kpp") == KPP_A
    assert value(parties, "consignee", "inn") == INN_B


def test_letterhead_of_other_name_unassigned(engine):
    text = _letterhead_packing("ООО «Камский рейс»")
    parties = parties_of(engine, text, "packing_list")

    assert "shipper" not in roles_with(parties, "inn", INN_A)
    assert "unassigned" in roles_with(parties, "inn", INN_A)


UPD_SLASH_PAIRS = f"""Счет-фактура № 31 от 05.06.2025
Продавец                          ИП Рябинина Алла Петровна
ИНН/КПП продавца                  {PERSON_INN}
Покупатель                        ООО «Волжский трубный склад»
ИНН/КПП покупателя: {INN_B}/{KPP_B}
"""


def test_upd_inn_kpp_pairs(engine):
    parties = parties_of(engine, UPD_SLASH_PAIRS, "upd")

    assert value(parties, "seller", "inn") == PERSON_INN
    assert "kpp" not in parties.get("seller", {})
    assert value(parties, "buyer", "inn") == INN_B
    assert value(parties, "buyer", "kpp") == KPP_B


UPD_ENGLISH = f"""Universal Transfer Document
Invoice No. 31 of 2025-06-05
Seller                    Trubny Dvor LLC
Seller TIN/KPP            {INN_A}/{KPP_A}
Shipper                   --
Consignee                 --
Buyer                     Volga Pipe Warehouse LLC
Buyer TIN/KPP             {INN_B}/{KPP_B}
"""


def test_upd_english_tin_kpp(engine):
    parties = parties_of(engine, UPD_ENGLISH, "upd")

    assert value(parties, "seller", "inn") == INN_A
    assert value(parties, "seller", "kpp") == KPP_A
    assert value(parties, "buyer", "inn") == INN_B
    assert value(parties, "buyer", "kpp") == KPP_B
    assert roles_with(parties, "inn", INN_B) == {"buyer"}


RECEIPT = f"""КАССОВЫЙ ЧЕК № 118
Приход
Пользователь: ООО «Трубный двор»
ИНН пользователя: {INN_A}
Трубы стальные                 1 x 1 000,00
ИТОГ                           1 000,00
"""


def test_receipt_user_inn_is_seller(engine):
    parties = parties_of(engine, RECEIPT, "receipt")

    assert value(parties, "seller", "inn") == INN_A


CONTRACT_COLUMNS = f"""ДОГОВОР ПОСТАВКИ № 4

8. АДРЕСА И РЕКВИЗИТЫ СТОРОН

ПОСТАВЩИК                                  ПОКУПАТЕЛЬ
ООО «Трубный двор»                         ООО «Волжский трубный склад»
Юр. адрес: 101000, г. Москва,              Юр. адрес: 443001, г. Самара,
ул. Рябиновая, д. 3, стр. 2, офис 14       ул. Садовая, д. 4, помещение 7
ИНН {INN_A}                             ИНН {INN_B}
КПП {KPP_A}                              КПП {KPP_B}
р/с {ACCOUNT_A}                   р/с {ACCOUNT_B}
ПАО «Приволжский банк», г. Москва          АО «Самарский торговый банк», г. Самара
Телефон: +7 (495) 000-11-22                Телефон: +7 (846) 000-33-44
Эл. почта: office@trubny-dvor.example      Эл. почта: zakupki@vts.example
БИК {BIK_A}                              БИК {BIK_B}
"""


def test_contract_columns_keep_both_biks(engine):
    parties = parties_of(engine, CONTRACT_COLUMNS, "contract")

    assert value(parties, "seller", "bik") == BIK_A
    assert value(parties, "buyer", "bik") == BIK_B
    assert value(parties, "seller", "account") == ACCOUNT_A
    assert value(parties, "buyer", "account") == ACCOUNT_B


def test_buyer_and_consignee_label(engine):
    text = (
        "PACKING LIST No. 5\nShipper: Alpha Trading LLC\n"
        "Buyer and consignee: Beta Mill JSC\n"
        "                     INN/KPP 7707083893/773601001, Voronezh, Russia\n"
    )

    parties = engine.extract(text, document_type="packing_list").fields["parties"]

    assert parties["buyer"]["inn"]["value"] == "7707083893"
    assert parties["consignee"]["inn"]["value"] == "7707083893"
    assert "inn" not in parties.get("shipper", {})


def test_tax_id_inn_label(engine):
    text = (
        "INVOICE No. 5\nSeller: Ural Filter LLC\n"
        "Tax ID (INN): 7707083893\nKPP: 773601001"
    )

    seller = engine.extract(text, document_type="invoice").fields["parties"]["seller"]

    assert seller["inn"]["value"] == "7707083893"


CMR_STREET_AND_FREIGHT = """CMR No. 77
1 Sender: Lakeside Instruments GmbH, Hafenstrasse 12, 20457 Hamburg
2 Consignee: ООО «Приборы Севера», ИНН 7702620960
Провозная плата: 1 200,00 EUR
"""


def test_cmr_sender_name_ends_before_street(engine):
    parties = parties_of(engine, CMR_STREET_AND_FREIGHT, "waybill")

    assert value(parties, "shipper", "name") == "Lakeside Instruments GmbH"


def test_cmr_freight_not_total(engine):
    fields = engine.extract(CMR_STREET_AND_FREIGHT, document_type="waybill").fields

    assert "total" not in fields


CORRESPONDENT_A = "30101810200000000593"  # at the bank with BIK_A
SCRAMBLED_BANK_BOX = f"""Банк получателя
БИК
Сч. №
{BIK_A}
{CORRESPONDENT_A}
ИНН {INN_A}
КПП {KPP_A}
Сч. №
{ACCOUNT_A}
Получатель
Счет на оплату № 12 от 14.04.2025
"""


def test_bik_parted_from_label_found_by_account(engine):
    parties = parties_of(engine, SCRAMBLED_BANK_BOX, "invoice")

    assert value(parties, "seller", "bik") == BIK_A
    assert value(parties, "seller", "correspondent_account") == CORRESPONDENT_A


def test_bare_nine_digits_without_matching_account_ignored(engine):
    text = SCRAMBLED_BANK_BOX.replace(BIK_A, "044525999")

    parties = parties_of(engine, text, "invoice")

    assert value(parties, "seller", "bik") is None


WINDOW_ADDRESS_INVOICE = f"""Nordwerk GmbH · Am Speicher 3 · 28217 Bremen · Germany

Volga Drive Components LLC
ul. Sadovaya 5
443001 Samara
INN {INN_B} / KPP {KPP_B}

INVOICE
Invoice No.: 2025-311
Invoice date: 03.11.2025
Invoice total EUR 1.840,00
"""


def test_window_address_under_return_line_is_buyer(engine):
    parties = parties_of(engine, WINDOW_ADDRESS_INVOICE, "invoice")

    assert value(parties, "buyer", "inn") == INN_B
    assert value(parties, "buyer", "kpp") == KPP_B


def test_block_without_return_line_stays_unassigned(engine):
    text = WINDOW_ADDRESS_INVOICE.split("\n", 2)[2]

    parties = parties_of(engine, text, "invoice")

    assert value(parties, "buyer", "inn") is None


def test_branch_kpp_label_read(engine):
    text = f"""ДОГОВОР ПОДРЯДА № 4
Подрядчик: Калининградский филиал ООО «СеверСтрой»
ИНН {INN_A}   КПП филиала 390643001
"""

    parties = parties_of(engine, text, "contract")

    assert value(parties, "seller", "kpp") == "390643001"


def test_names_under_side_by_side_labels_keep_columns(engine):
    text = f"""АКТ № 5 от 29.11.2024
Индивидуальный предприниматель Гусев Тимофей Андреевич, именуемый в дальнейшем
«Исполнитель», и ООО «Волжский Агрохолдинг», именуемое в дальнейшем «Заказчик»,
составили настоящий акт.

Исполнитель:                                 Заказчик:
ИП Гусев Т. А.                               ООО «Волжский Агрохолдинг»
ИНН {PERSON_INN}                             ИНН {INN_B}   КПП {KPP_B}
"""

    parties = parties_of(engine, text, "act")

    assert value(parties, "seller", "inn") == PERSON_INN
    assert value(parties, "seller", "kpp") is None
    assert value(parties, "buyer", "inn") == INN_B
    assert value(parties, "buyer", "kpp") == KPP_B


def test_short_quoted_company_name_kept(engine):
    text = f"""Счет на оплату № 5 от 01.02.2025
Поставщик: ООО «Альфа», ИНН {INN_A}
Покупатель: АО «Юг», ИНН {INN_B}
"""

    parties = parties_of(engine, text, "invoice")

    assert value(parties, "buyer", "name") == "АО «Юг»"


def test_name_part_at_end_of_text_is_none():
    text = "Банк получателя БИК 044525593  "
    context = ExtractionContext(NormalizedText(text), "invoice")

    assert name_part(context, len(text), len(text)) is None


TAX_LINES_ABOVE_LABELS = f"""ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 412 от 12.11.2025
Сумма: 120 000,00 руб.
ИНН {INN_A} КПП {KPP_A}
Плательщик: ООО «Вектор Плюс»
Счет плательщика: {ACCOUNT_A}
Банк плательщика: АО «АЛЬФА-БАНК», БИК {BIK_A}
ИНН {INN_B} КПП {KPP_B}
Получатель: ООО «Ромашка»
Счет получателя: {ACCOUNT_B}
Банк получателя: ПАО «Самарабанк», БИК {BIK_B}
Назначение платежа: Оплата по счету № 55 от 01.11.2025
"""


def test_tax_lines_above_labels_belong_to_them(engine):
    parties = parties_of(engine, TAX_LINES_ABOVE_LABELS, "payment_order")

    assert (value(parties, "payer", "inn"), value(parties, "payer", "kpp")) == (
        INN_A,
        KPP_A,
    )
    assert (value(parties, "payee", "inn"), value(parties, "payee", "kpp")) == (
        INN_B,
        KPP_B,
    )
    assert "unassigned" not in parties


def test_tax_line_under_first_label_stays_with_it(engine):
    # The seller's INN follows its label, so the line above the buyer's label is the
    # seller's, although the buyer prints no INN.
    text = f"""СЧЁТ № 9 от 01.12.2025
Поставщик: ООО «Вектор Плюс»
ИНН {INN_A} КПП {KPP_A}
Покупатель: Иванов Пётр Сергеевич
Итого к оплате: 1 000,00 руб.
"""

    parties = parties_of(engine, text, "invoice")

    assert value(parties, "seller", "inn") == INN_A
    assert value(parties, "buyer", "inn") is None


# A text layer that prints the bank form 0401060 one cell per line: each caption
# follows its name and precedes the cells to the right of it.
PAYMENT_ORDER_CELLS = f"""0401060
ПЛАТЕЖНОЕ ПОРУЧЕНИЕ №
88
14.02.2026
Дата
Сумма прописью
Двенадцать тысяч рублей 00 копеек
ИНН
{INN_A}
КПП
{KPP_A}
Сумма
12000-00
ООО «Трубный склад»
Плательщик
Сч. №
{ACCOUNT_A}
АО «АЛЬФА-БАНК» г. Москва
Банк плательщика
БИК
{BIK_A}
Сч. №
30101810200000000593
ПАО «Самарабанк» г. Самара
Банк получателя
БИК
{BIK_B}
Сч. №
30101810200000000968
ИНН
{INN_B}
КПП
{KPP_B}
Сч. №
{ACCOUNT_B}
ООО «Волжский склад»
Получатель
Оплата по счету № 3 от 10.02.2026
Назначение платежа
"""


def test_payment_order_cells_one_per_line(engine):
    parties = parties_of(engine, PAYMENT_ORDER_CELLS, "payment_order")

    found = {
        (role, key): value(parties, role, key)
        for role in ("payer", "payee")
        for key in ("inn", "bik", "account")
    }
    assert found == {
        ("payer", "inn"): INN_A,
        ("payer", "bik"): BIK_A,
        ("payer", "account"): ACCOUNT_A,
        ("payee", "inn"): INN_B,
        ("payee", "bik"): BIK_B,
        ("payee", "account"): ACCOUNT_B,
    }
    assert value(parties, "payee", "bank_name") == "ПАО «Самарабанк» г. Самара"


def test_poa_attorney_after_job_title(engine):
    text = f"""ДОВЕРЕННОСТЬ № 12
г. Самара                                            «3» декабря 2025 г.

ООО «Волжский трубный склад», ИНН {INN_B}, КПП {KPP_B}, в лице директора
Осиповой Натальи Григорьевны, доверяет водителю-экспедитору Лаптеву Кириллу
Олеговичу, паспорт 36 11 204518, ИНН {ATTORNEY_INN}, получить товар по счету № 5.
"""

    parties = parties_of(engine, text, "power_of_attorney")

    assert value(parties, "attorney", "inn") == ATTORNEY_INN
    assert value(parties, "principal", "inn") == INN_B


def test_side_by_side_cell_running_past_column(engine):
    # OCR spacing lets the left cell run past the right label's column.
    text = f"""АКТ № 5 от 31.12.2025
Исполнитель                 Заказчик
ООО «Чистый Город»          ООО «Логистик Парк»,
ИНН/КПП {INN_A}/{KPP_A}     Самарский филиал
443013, г. Самара, ул. Дачная, д. 2   ИНН/КПП {INN_B}/{KPP_B}
Итого: 1 000,00 руб.
"""

    parties = parties_of(engine, text, "act")

    assert value(parties, "seller", "inn") == INN_A
    assert value(parties, "buyer", "inn") == INN_B
    assert value(parties, "buyer", "kpp") == KPP_B


def test_treasury_account_in_payee_bank_is_not_payees(engine):
    text = f"""ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 1742    10.12.2025
ИНН {INN_A}    КПП {KPP_A}     Сумма 186420-00
ООО «Трубный склад»
                                  Сч. № {ACCOUNT_A}
Плательщик
АО «АЛЬФА-БАНК» г. Москва         БИК {BIK_A}
                                  Сч. № 30101810200000000593
Банк плательщика
ОТДЕЛЕНИЕ САМАРА БАНКА РОССИИ//УФК по Самарской области г. Самара
                                  БИК 013601205
                                  Сч. № 40102810545370000036
Банк получателя
ИНН {INN_B}    КПП {KPP_B}   Сч. № 03100643000000014200
УФК по Самарской области (Комитет по управлению имуществом)
Получатель
Арендная плата за 4 квартал 2025 г.
Назначение платежа
"""

    parties = parties_of(engine, text, "payment_order")

    assert value(parties, "payer", "account") == ACCOUNT_A
    assert value(parties, "payee", "account") == "03100643000000014200"


def test_central_asian_account_is_not_a_russian_account(engine):
    # Banks in Uzbekistan number companies' accounts 20208..., a balance account
    # that Russian banks keep for cash and never print for payment.
    text = f"""ИНВОЙС № ЭКС-7 от 03.02.2026
Продавец: ООО «Альфа», ИНН {INN_A}, КПП {KPP_A}
Покупатель: ООО «Самарканд Савдо», Республика Узбекистан
   ИНН 301248576, р/с 20208000400123456001 в АКБ «Пример Банк», МФО 00873
Всего к оплате: 12 000,00 USD
Реквизиты Продавца: р/с {ACCOUNT_A}, БИК {BIK_A}
"""

    parties = parties_of(engine, text, "invoice")

    assert value(parties, "seller", "account") == ACCOUNT_A
    assert value(parties, "buyer", "account") is None


def test_torg12_supplier_account_takes_shipper_bik(engine):
    # The supplier's line repeats the account; the shipper's block prints its BIK.
    text = f"""Унифицированная форма № ТОРГ-12
Грузоотправитель  ООО «Альфа», ИНН {INN_A}, КПП {KPP_A}, р/с {ACCOUNT_A}
в АО «Банк», БИК {BIK_A}
Грузополучатель   ООО «Бета», ИНН {INN_B}, КПП {KPP_B}
Поставщик         ООО «Альфа», ИНН {INN_A}, КПП {KPP_A}, р/с {ACCOUNT_A}
Плательщик        ООО «Бета», ИНН {INN_B}, КПП {KPP_B}
ТОВАРНАЯ НАКЛАДНАЯ № 12 от 18.06.2026
"""

    parties = parties_of(engine, text, "waybill")

    assert value(parties, "seller", "account") == ACCOUNT_A
    assert value(parties, "seller", "bik") == BIK_A


def test_translated_upd_pair_label_read_as_lnn(engine):
    text = f"""UNIVERSAL TRANSFER DOCUMENT | Status: 2
Seller's lNN/KPP: {PERSON_INN} / -- (2b)
Buyer's lNN/KPP: {INN_B}/{KPP_B} (6b)
"""

    parties = parties_of(engine, text, "upd")

    assert value(parties, "seller", "inn") == PERSON_INN
    assert value(parties, "buyer", "inn") == INN_B
    assert value(parties, "buyer", "kpp") == KPP_B


def test_form_m2_principal_above_grant_line(engine):
    text = f"""Типовая межотраслевая форма № М-2
                     ДОВЕРЕННОСТЬ № 37
Дата выдачи: 10 марта 2026 г.

ООО «Альфа», 156005, г. Кострома, ул. Профсоюзная, д. 31
ИНН {INN_A}, КПП {KPP_A}
наименование потребителя и его адрес
Счет № {ACCOUNT_A} в АО «Банк», БИК {BIK_A}
                   наименование банка

Доверенность выдана: водителю Белову Сергею Николаевичу
На получение от: ООО «Бета» (ИНН {INN_B})
"""

    parties = parties_of(engine, text, "power_of_attorney")

    assert value(parties, "principal", "inn") == INN_A
    assert value(parties, "principal", "account") == ACCOUNT_A
    assert value(parties, "seller", "inn") == INN_B


@pytest.mark.parametrize(
    ("bank_line", "bank"),
    [
        (f"р/с {ACCOUNT_A} в ПАО Сбербанк, БИК {BIK_A}", "ПАО Сбербанк"),
        (
            "Bank: Deutsche Bank AG, IBAN DE89 3704 0044 0532 0130 00, SWIFT DEUTDEDB",
            "Deutsche Bank AG",
        ),
    ],
    ids=["account-in-bank", "bank-label"],
)
def test_letterhead_bank_named_on_its_details_line(engine, bank_line, bank):
    text = (
        f"ООО «Вектор»\nИНН {INN_A} КПП {KPP_A}\n{bank_line}\n\n"
        "СЧЕТ НА ОПЛАТУ № 118 от 12 марта 2026 г.\n"
        f"Покупатель: ООО «Ромашка», ИНН {INN_B}, КПП {KPP_B}\n"
        "Всего к оплате: 137 000,00 руб.\n"
    )

    parties = parties_of(engine, text, "invoice")

    assert value(parties, "seller", "bank_name") == bank
    assert "bank_name" not in parties["buyer"]


def test_letterhead_without_bank_words_names_no_bank(engine):
    text = (
        f"ООО «Вектор», ИНН {INN_A}, БИК {BIK_A}, р/с {ACCOUNT_A}\n"
        "СЧЕТ НА ОПЛАТУ № 118 от 12 марта 2026 г.\n"
        f"Покупатель: ООО «Ромашка», ИНН {INN_B}, КПП {KPP_B}\n"
        "Всего к оплате: 137 000,00 руб.\n"
    )

    assert "bank_name" not in parties_of(engine, text, "invoice")["seller"]
