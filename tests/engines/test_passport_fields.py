"""Holder fields of passports: names, date and place of birth, issuing authority."""

import pytest

from ai_agents.engines import get_engine

RUSSIAN_PAGE = """РОССИЙСКАЯ ФЕДЕРАЦИЯ
Паспорт выдан ГУ МВД РОССИИ ПО САМАРСКОЙ ОБЛАСТИ
Дата выдачи 14.03.2019      Код подразделения 63О-О12
                                                  36 19 482057
Фамилия    ЛАТЫПОВ
Имя        РИНАТ
Отчество   ИЛЬДАРОВИЧ
Пол МУЖ.   Дата рождения 07.08.1984
Место рождения ГОР. СЫЗРАНЬ КУЙБЫШЕВСКОЙ ОБЛ.
"""

# Captions in two or three languages, each before its value.
BILINGUAL_PAGE = """FEDERAL REPUBLIC OF GERMANY
REISEPASS / PASSPORT / PASSEPORT
Pass-Nr./Passport No.: C4J7R2KX9
Name/Surname/Nom: RIEDEL
Vornamen/Given names/Prénoms: MARKUS JOHANNES
Geburtstag/Date of birth: 14.06.1975
Geburtsort/Place of birth: OFFENBACH AM MAIN
Ausstellungsdatum/Date of issue: 12.03.2021
Gültig bis/Date of expiry: 11.03.2031
Behörde/Authority: STADT FRANKFURT AM MAIN
"""

# Captions in a row, each over its value on the next line.
CAPTION_ROWS_PAGE = """PEOPLE'S REPUBLIC OF CHINA
护照 PASSPORT
护照号/Passport No.
EJ4827163
性别/Sex    出生日期/Date of birth
男/M        14 AUG 1979
出生地点/Place of birth        签发地点/Place of issue
浙江/ZHEJIANG                  北京/BEIJING
签发日期/Date of issue         有效期至/Date of expiry
05 MAR 2021                    04 MAR 2031
签发机关/Authority
National Immigration Administration
"""


@pytest.fixture(scope="module")
def engine():
    return get_engine()


def values(engine, text: str) -> dict:
    fields = engine.extract(text, document_type="passport").fields
    return {key: found["value"] for key, found in fields.items() if "value" in found}


def test_russian_holder_fields(engine):
    found = values(engine, RUSSIAN_PAGE)

    assert found["full_name"] == "ЛАТЫПОВ РИНАТ ИЛЬДАРОВИЧ"
    assert found["birth_date"] == "1984-08-07"
    assert found["birth_place"] == "ГОР. СЫЗРАНЬ КУЙБЫШЕВСКОЙ ОБЛ."
    assert found["date"] == "2019-03-14"


def test_division_code_read_through_look_alike_letters(engine):
    fields = engine.extract(RUSSIAN_PAGE, document_type="passport").fields

    assert fields["issuer_code"]["value"] == "630-012"
    assert fields["issuer_code"]["raw"] == "63О-О12"


def test_captions_in_several_languages(engine):
    found = values(engine, BILINGUAL_PAGE)

    assert found["surname"] == "RIEDEL"
    assert found["given_name"] == "MARKUS JOHANNES"
    assert found["full_name"] == "RIEDEL MARKUS JOHANNES"
    assert found["birth_date"] == "1975-06-14"
    assert found["birth_place"] == "OFFENBACH AM MAIN"
    assert found["issued_by"] == "STADT FRANKFURT AM MAIN"
    assert found["date"] == "2021-03-12"


def test_values_under_a_row_of_captions(engine):
    found = values(engine, CAPTION_ROWS_PAGE)

    assert found["birth_date"] == "1979-08-14"
    assert found["birth_place"] == "浙江/ZHEJIANG"
    assert found["date"] == "2021-03-05"
    assert found["issued_by"] == "National Immigration Administration"


def test_full_name_needs_surname_and_another_part(engine):
    found = values(engine, "ПАСПОРТ\nИмя: РИНАТ\nОтчество: ИЛЬДАРОВИЧ\n")

    assert "full_name" not in found
    assert found["given_name"] == "РИНАТ"


def test_full_name_evidence_covers_every_part(engine):
    fields = engine.extract(RUSSIAN_PAGE, document_type="passport").fields

    start, end = fields["full_name"]["span"]
    assert fields["surname"]["span"][0] == start
    assert fields["patronymic"]["span"][1] == end


@pytest.mark.parametrize(
    "text",
    [
        "PASSPORT\nGeburtsort/Place of birth\nBERLIN\nBehörde/Authority\nSTADT KÖLN\n",
        "PASSPORT\nGeburtsort/Place of birth BERLIN\nBehörde/Authority STADT KÖLN\n",
    ],
    ids=["next-line", "same-line"],
)
def test_value_beside_or_below_caption(engine, text):
    found = values(engine, text)

    assert found["birth_place"] == "BERLIN"
    assert found["issued_by"] == "STADT KÖLN"
