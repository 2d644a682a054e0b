"""Key-value headers, grouped tracking numbers, quantities in totals rows, shared
KPPs, currency conversions and other cases of small businesses and food trade."""

import pytest

from .form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
    value_of,
)

ENTREPRENEUR_INN = "770123456703"


def test_key_value_act_number_and_date():
    text = (
        "АКТ ОБ ОКАЗАНИИ УСЛУГ\n\n"
        "Номер акта              9\n"
        "Дата акта               31 марта 2026 г.\n"
        "Договор                 № 2025/11-Л от 03.11.2025\n"
        f"Исполнитель             ИП Петров Петр Петрович, ИНН {ENTREPRENEUR_INN}\n"
        "Итого                   246 000,00 руб.\n"
    )

    fields = extract(text, "act")

    assert value_of(fields, "number") == "9"
    assert value_of(fields, "date") == "2026-03-31"


def test_key_value_row_of_other_paper_ignored():
    text = (
        "СЧЕТ НА ОПЛАТУ № 231 от 02.03.2026\n"
        "| Номер акта | 214 |\n"
        f"Поставщик: ООО «Элеватор», ИНН {SELLER_INN}\n"
    )

    assert value_of(extract(text, "invoice"), "number") == "231"


def test_invoice_part_of_upd_with_n2_sign():
    text = (
        "УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ  Статус: 1\n"
        "Счет-фaктypa N2 ТА-l187 от 11.O3.2O26 (l)   Исправление N2 -- oт -- (1a)\n"
        "Продавец: ООО «Тест» (2)\n"
    )

    fields = extract(text, "upd")

    assert value_of(fields, "number") == "ТА-1187"
    assert value_of(fields, "date") == "2026-03-11"


def test_transport_waybill_dated_before_its_number():
    text = (
        "TPAHCПOPTHAЯ НАКЛАДНАЯ                 Экзeмпляp N2 2\n"
        "Tpaнcпopтнaя нaклaднaя  Дата З1.O3.2026  N2 O331/2   "
        "Зaкaз Дата ЗO.O3.2026 N2 1l8\n"
        "l. Гpyзooтпpaвитeль\n"
        "Сопроводительные документы: доверенность N2 3 oт O2.02.2O26\n"
    )

    fields = extract(text, "waybill")

    assert value_of(fields, "number") == "0331/2"
    assert value_of(fields, "date") == "2026-03-31"


def test_broken_entrepreneur_inn_before_dash_kpp():
    broken = f"{ENTREPRENEUR_INN[:10]} {ENTREPRENEUR_INN[10:]}"
    text = (
        "УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ Счет-фактура № 14 от 18.03.2026\n"
        f"Продавец: ООО «Тест»   ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP}\n"
        f"Покупатель: ИП Петров П. П.   ИНН/КПП покупателя: {broken}/-\n"
    )

    assert parties_of(text, "upd")["buyer"]["inn"] == ENTREPRENEUR_INN


def test_express_waybill_grouped_number():
    text = (
        "SKYBRIDGE EXPRESS           EXPRESS WAYBILL           No. 5127 44O9 83\n"
        "Origin: SZX    Destination: SVX    Ship date: 12 MAR 2026\n"
        "Shipper ref: YF-PL-260311 / PO KDO-0219\n"
    )

    assert value_of(extract(text, "waybill"), "number") == "5127440983"


def test_estimate_numbered_by_its_caption():
    text = (
        "ESTIMATE\n\nEstimate #:       EST-0031\nEstimate date:    03/19/2026\n"
        "Reference:        invoice JW-0142 of 03/17/2026\n"
        "Estimated total       $16,080.00\n"
    )

    assert value_of(extract(text, "other"), "number") == "EST-0031"


def test_certificate_dated_when_generated():
    text = (
        "СПРАВКА № 58820417\n"
        "о постановке на учет физического лица\n\n"
        "Дата формирования справки:                     14.01.2026\n"
        "в соответствии с Федеральным законом от 27.11.2018 № 422-ФЗ.\n"
        "Дата постановки на учет:                       22.05.2023\n"
    )

    assert value_of(extract(text, "other"), "date") == "2026-01-14"


def test_statement_not_dated_when_generated():
    text = (
        f"АО «БАНК»                                   БИК {BANK_BIK}\n"
        "                                 Дата формирования 19.03.2024 08:12\n"
        f"            ВЫПИСКА ИЗ ЛИЦЕВОГО СЧЕТА № {ACCOUNT}\n"
        "                             за 18.03.2024\n"
    )

    assert value_of(extract(text, "bank_statement"), "date") == "2024-03-18"


def test_letter_reference_without_colon():
    text = (
        "YugZerno LLC\nINN 6184556815\n\n"
        "Ref. YZE/OUT/2026-114                                   March 28, 2026\n\n"
        "Dear Sir,\nOur invoice No. YZE-EX-0327 dated 27.03.2026 is attached.\n"
    )

    fields = extract(text, "letter")

    assert value_of(fields, "number") == "YZE/OUT/2026-114"
    assert value_of(fields, "date") == "2026-03-28"


@pytest.mark.parametrize(
    "row",
    [
        "|  |Bceгo к oплaтe (9)  |  |lllO,OOO|   |476 92O,OO  |  X   |58 444,OO "
        "|535 364,OO  |",
        "|  |Всего к оплате (9)  |  |1 110,000|   |476 920,00  |  X   |58 444,00 "
        "|535 364,00  |",
    ],
)
def test_totals_row_with_quantity_cell(row):
    text = (
        "УНИВЕРСАЛЬНЫЙ ПЕРЕДАТОЧНЫЙ ДОКУМЕНТ Счет-фактура № 5 от 17.03.2026\n"
        f"Продавец: ООО «Тест»   ИНН/КПП продавца: {SELLER_INN}/{SELLER_KPP}\n"
        f"{row}\n"
    )

    assert value_of(extract(text, "upd"), "total") == "535364.00"


def test_english_totals_row_with_quantity_cell():
    text = (
        "UNIVERSAL TRANSFER DOCUMENT (UPD)\nInvoice No. 0421 dated 06.03.2026 (1)\n"
        "|No|Goods      |Unit|   Quantity|  Price|  Without tax| Rate|     Tax|"
        "  With tax|\n"
        "|1 |Cod fillet |kg  |  4,500.000| 612.00| 2,754,000.00|  10%|275,400.00|"
        " 3,029,400.00|\n"
        "|  |Total payable (9)|  | 4,500.000|  | 2,754,000.00|    X|275,400.00|"
        " 3,029,400.00|\n"
    )

    assert value_of(extract(text, "upd"), "total") == "3029400.00"


def test_swift_amount_repeated_without_currency():
    text = (
        "Message type:   MT103 Single Customer Credit Transfer\n"
        ":20:  Sender's Reference\n      YFI260318-01\n"
        ":32A: Value Date/Currency/Interbank Settled Amount\n"
        "      260318EUR21810,00\n"
        "      (Value date: 18.03.2026, currency EUR, amount 21,810.00)\n"
        f":50K: Ordering Customer\n      /{ACCOUNT}\n      YUZHNY FRUKT LLC\n"
        f"      INN {SELLER_INN} KPP {SELLER_KPP}\n"
        ":59:  Beneficiary Customer\n      /TR330006100519786457841326\n"
    )

    fields = extract(text, "payment_order")

    assert value_of(fields, "number") == "YFI260318-01"
    assert value_of(fields, "total") == "21810.00"
    assert value_of(fields, "currency") == "EUR"


def test_parties_sharing_one_kpp():
    text = (
        "ООО «Холодильный терминал»\n"
        f"г. Мурманск, ИНН {SELLER_INN}, КПП {BUYER_KPP}\n"
        f"р/с {ACCOUNT}, БИК {BANK_BIK}\n\n"
        "                 АКТ № ХТ-0227 от 28.02.2026\n\n"
        f"Заказчик: ООО «Комбинат», ИНН {BUYER_INN}, КПП {BUYER_KPP}\n"
        "Всего с НДС: 625 988,10\n"
    )

    parties = parties_of(text, "act")

    assert parties["seller"]["kpp"] == BUYER_KPP
    assert parties["buyer"]["kpp"] == BUYER_KPP


def test_broken_consignee_caption_in_cmr():
    text = (
        "CMR   INTERNATIONAL CONSIGNMENT NOTE     No. 260419\n"
        "1  Sender (name, address, country) / Отправитель\n"
        "   AKDENIZ NARENCIYE A.S., MERSIN, TURKIYE\n"
        "2  Con signee / Полу чатель\n"
        f"   YUZHNY FRUKT IMPORT LLC, INN {BUYER_INN}  KPP {BUYER_KPP}, MOSCOW\n"
        "3  Place of delivery of the goods / Место разгрузки груза\n"
    )

    parties = parties_of(text, "waybill")

    assert parties["consignee"]["inn"] == BUYER_INN
    assert "inn" not in parties.get("shipper", {})


def test_account_below_line_ending_in_letters():
    text = (
        "9. РЕКВИЗИТЫ СТОРОН\n"
        "Продавец / Seller:                      | Покупатель / Buyer:\n"
        f"ИНН {SELLER_INN}, КПП {SELLER_KPP}            | Vergi No: 3217846059\n"
        "Счет / USD account:                     | Bank: Mersin Bank, Izmir Branch\n"
        f"{ACCOUNT}                    | SWIFT: MLBKTR2M\n"
        f"БИК {BANK_BIK}                           |\n"
    )

    assert parties_of(text, "contract")["seller"]["account"] == ACCOUNT


def test_conversion_for_reference_not_the_total():
    text = (
        "СЧЕТ № 41/26 от 12.03.2026\nINVOICE No. 41/26 dated March 12, 2026\n"
        "Итого к оплате: 1 250 000,00 руб.\n"
        "Total due: USD 13,586.96, for reference only, at the CBR rate of 92.0000 RUB "
        "per USD.\n"
    )

    fields = extract(text, "invoice")

    assert value_of(fields, "total") == "1250000.00"
    assert value_of(fields, "currency") == "RUB"


def test_net_fee_with_words_then_gross():
    text = (
        "CONSULTING SERVICES AGREEMENT No. CT-2026/015\nMoscow, March 2, 2026\n"
        "3.1. The total fee for the Services is RUB 1,500,000.00 (one million five "
        "hundred thousand roubles) excluding VAT, that is RUB 1,830,000.00 including "
        "VAT at 22% (RUB 330,000.00).\n"
    )

    assert value_of(extract(text, "contract"), "total") == "1830000.00"


def test_stage_total_beats_cited_contract_total():
    text = (
        "CERTIFICATE OF COMPLETION No. 1\nMoscow, 27 March 2026\n"
        "2. Fee for Stage 1:\n"
        "   Fee excluding VAT                           RUB     600,000.00\n"
        "   VAT at 22%                                  RUB     132,000.00\n"
        "   Total for Stage 1 including VAT             RUB     732,000.00\n"
        "3. The total fee under the Agreement, RUB 1,830,000.00 including VAT, is not "
        "changed.\n"
    )

    assert value_of(extract(text, "act"), "total") == "732000.00"


def test_manufacture_date_range_not_the_date():
    text = (
        "ВЕТЕРИНАРНОЕ СВИДЕТЕЛЬСТВО\n                 серия 31 № 0826417\n"
        "маркировка: КМД / партия 2603-17 / дата выработки 15.03.2026–16.03.2026\n"
        "Сопроводительный документ: УПД № КМД-01127 от 17.03.2026\n\n"
        "Свидетельство выдано «17» марта 2026 г.\n"
    )

    assert value_of(extract(text, "other"), "date") == "2026-03-17"


def test_unassigned_party_named_after_its_caption():
    text = (
        "КОММЕРЧЕСКОЕ ПРЕДЛОЖЕНИЕ № 18 от 20.05.2025\n"
        f"От: ООО «Ромашка», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
        f"Кому: ООО «Василёк», ИНН {BUYER_INN}\n"
        "Итого: 300 000,00 руб.\n"
    )

    parties = parties_of(text, "other")

    assert parties["unassigned"]["name"] == "ООО «Ромашка»"
    assert parties["unassigned_2"]["name"] == "ООО «Василёк»"
