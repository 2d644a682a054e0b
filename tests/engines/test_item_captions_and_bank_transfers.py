"""An "Item | Description" row number column, English units, a power of attorney
that defines its principal by a bracket, the developer of a shared construction
contract, and the beneficiary institution of a bank transfer (MT202)."""

from .form_helpers import (
    ACCOUNT,
    BANK_BIK,
    BUYER_INN,
    BUYER_KPP,
    SELLER_INN,
    SELLER_KPP,
    extract,
    parties_of,
)

ITEM_INVOICE = (
    "COMMERCIAL INVOICE No. INV-2026-118\n"
    "Date: March 12, 2026\n"
    "Seller: Ningbo Hengtai Auto Parts Co., Ltd.\n\n"
    "{header}\n"
    "1     Brake pads, front, ceramic     200   set    12.40        2,480.00\n"
    "2     Brake discs 280 mm             100   pcs    31.50        3,150.00\n"
    "3     Brake fluid DOT-4, 1 L         300   btl    2.10         630.00\n\n"
    "Total: USD 6,260.00\n"
)


def _rows(text: str) -> list[dict[str, str]]:
    return [
        {key: cell["value"] for key, cell in row.items()}
        for row in extract(text, "invoice")["line_items"]
    ]


def test_item_caption_heads_row_numbers():
    for header in (
        "Item  Description                    Qty   Unit   Unit price   Amount",
        "Item | Description                   Qty   Unit   Unit price   Amount",
    ):
        rows = _rows(ITEM_INVOICE.format(header=header))

        assert [row["description"] for row in rows] == [
            "Brake pads, front, ceramic",
            "Brake discs 280 mm",
            "Brake fluid DOT-4, 1 L",
        ], header


def test_bottle_unit_after_quantity():
    header = "Item  Description                    Qty   Unit   Unit price   Amount"

    rows = _rows(ITEM_INVOICE.format(header=header))

    assert (rows[2]["quantity"], rows[2]["unit"]) == ("300", "btl")


def test_item_caption_alone_keeps_leading_number():
    text = (
        "INVOICE No. 77\nDate: 2 March 2026\n\n"
        "Item                          Qty   Unit price   Amount\n"
        "4 season tyres 205/55 R16     4     80.00        320.00\n"
        "Total: EUR 320.00\n"
    )

    rows = _rows(text)

    assert rows[0]["description"] == "4 season tyres 205/55 R16"


POWER_WITHOUT_GRANT = (
    "POWER OF ATTORNEY\n\n"
    "Date: 2 April 2026                                   Ref. NW/POA-2026/07\n\n"
    f"Know all men by these presents that Broker Plus LLC, INN {BUYER_INN}, "
    f"KPP {BUYER_KPP},\n"
    "is appointed as customs representative of Nordwind Trade LLC, "
    f"INN {SELLER_INN},\n"
    f'KPP {SELLER_KPP}, 125047, Moscow, Lesnaya St., 9 (the "Principal"), with the '
    "right to sign\n"
    "and file customs declarations on behalf of the Principal.\n\n"
    "Valid until 31 December 2026.\n"
)


def test_bracket_defines_principal_without_grant():
    parties = parties_of(POWER_WITHOUT_GRANT, "power_of_attorney")

    assert parties["principal"]["inn"] == SELLER_INN
    assert parties["principal"]["kpp"] == SELLER_KPP
    assert parties["principal"]["name"] == "Nordwind Trade LLC"


def test_grant_still_binds_principal_before_bracket():
    text = (
        "POWER OF ATTORNEY No. 7\n\nMoscow, April 2, 2026\n\n"
        f"Nordwind Trade LLC, INN {SELLER_INN}, KPP {SELLER_KPP}, represented by "
        "General Director\nIrina V. Sokolova, acting under the Charter (the "
        '"Principal"), hereby authorises\n'
        f'Broker Plus LLC, INN {BUYER_INN}, KPP {BUYER_KPP} (the "Attorney"),\n'
        "to represent the Principal before the customs authorities.\n"
    )

    parties = parties_of(text, "power_of_attorney")

    assert parties["principal"]["inn"] == SELLER_INN
    assert parties["attorney"]["inn"] == BUYER_INN


def _shared_construction(title: str) -> str:
    return (
        f"{title}\n"
        "г. Ярославль                                        «12» марта 2026 г.\n\n"
        f"ООО «СЗ «Волжская Гавань» (Застройщик), ИНН {SELLER_INN}, КПП {SELLER_KPP}, "
        "в лице\n"
        "генерального директора Мальцева О. С., и гражданка РФ Кудрявцева Алина "
        "Романовна\n"
        "(Участник), заключили настоящий договор:\n"
        "1. Застройщик обязуется построить дом и передать Участнику квартиру № 64.\n"
        "2. Цена Договора — 8 282 100,00 руб. НДС не облагается.\n\n"
        "РЕКВИЗИТЫ СТОРОН\n"
        f"Застройщик: ООО «СЗ «Волжская Гавань», ИНН {SELLER_INN}, КПП {SELLER_KPP}\n"
        f"р/с {ACCOUNT} в ПАО «Банк», БИК {BANK_BIK}\n"
        "Участник: Кудрявцева А. Р., г. Ярославль, ул. Чайковского, д. 30, кв. 7\n"
    )


def test_developer_of_shared_construction_sells():
    text = _shared_construction("ДОГОВОР № ВГ-2/64 УЧАСТИЯ В ДОЛЕВОМ СТРОИТЕЛЬСТВЕ")

    seller = parties_of(text, "contract")["seller"]

    assert seller["inn"] == SELLER_INN
    assert seller["kpp"] == SELLER_KPP
    assert seller["account"] == ACCOUNT
    assert seller["bik"] == BANK_BIK


def test_developer_of_other_contract_has_no_role():
    text = _shared_construction("ДОГОВОР № ВГ-2/64 НА ТЕХНИЧЕСКИЙ НАДЗОР")

    parties = parties_of(text, "contract")

    assert "seller" not in parties


BANK_TRANSFER = (
    "MT202 General Financial Institution Transfer\n"
    ":20:FT26031800417\n"
    ":21:NW260318-02\n"
    ":32A:260318EUR125000,00\n"
    ":52A:VTBRRUMM\n"
    ":57A:COBADEFFXXX\n"
    ":58A:/DE89370400440532013000\n"
    "COBADEFF\n"
    ":72:/BNF/COVER FOR MT103 NW260318-02\n"
)


def test_beneficiary_institution_code_is_no_name():
    payee = parties_of(BANK_TRANSFER, "payment_order")["payee"]

    assert payee["swift"] == "COBADEFFXXX"
    assert "name" not in payee
    assert "bank_name" not in payee


def test_next_field_tag_ends_a_name():
    text = BANK_TRANSFER.replace(
        ":58A:/DE89370400440532013000\nCOBADEFF\n",
        ":59:/DE89370400440532013000\nNORDWIND HANDEL GMBH\n",
    )

    payee = parties_of(text, "payment_order")["payee"]

    assert payee["name"] == "NORDWIND HANDEL GMBH"


def test_dinar_total_keeps_thousandths():
    text = (
        "FACTURE / INVOICE No. TN-2026/044\nDate: 14 March 2026\n"
        "Seller: Societe Sahel Huiles SARL, Sfax, Tunisia\n\n"
        "Description                        Qty      Unit price     Amount\n"
        "Extra virgin olive oil, 5 L tin    400      31,240         12 496,000\n\n"
        "Total amount: 12 496,000 TND\n"
    )

    fields = extract(text, "invoice")

    assert fields["total"]["value"] == "12496.000"
    assert fields["currency"]["value"] == "TND"
