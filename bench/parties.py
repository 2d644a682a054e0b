"""Invented companies, banks and people for synthetic documents.

Names are built from word parts, so they rarely coincide with a real organization.
"""

import random

from . import values
from .values import Bank, Company

_STEMS_RU = (
    "Лес",
    "Строй",
    "Торг",
    "Пром",
    "Снаб",
    "Агро",
    "Энерго",
    "Транс",
    "Мет",
    "Хим",
    "Гео",
    "Тепло",
    "Электро",
    "Спец",
    "Медиа",
)
_TAILS_RU = (
    "ресурс",
    "комплект",
    "сервис",
    "маш",
    "инвест",
    "логистик",
    "проект",
    "монтаж",
    "опт",
    "систем",
)
_WORDS_RU = ("Северный Берег", "Полярная Звезда", "Три Кедра", "Волжская Верфь")
_FORMS_RU = ("ООО", "ООО", "АО", "ПАО", "ЗАО")
_FORMS_RU_LONG = {
    "ООО": "Общество с ограниченной ответственностью",
    "АО": "Акционерное общество",
}
_CITIES_RU = (
    ("Казань", "420015"),
    ("Екатеринбург", "620014"),
    ("Самара", "443010"),
    ("Новосибирск", "630099"),
    ("Пермь", "614000"),
    ("Тверь", "170100"),
    ("Ярославль", "150000"),
    ("Омск", "644043"),
)
_STREETS_RU = (
    "ул. Заводская",
    "пр-т Мира",
    "ул. Садовая",
    "наб. Речная",
    "ул. Луговая",
)
_BANKS_RU = (
    "АО «Банк Приречье»",
    "ПАО «Уральский кредит»",
    "АО «Волготрастбанк»",
    "ООО КБ «Северный капитал»",
    "ПАО «Межрегиональный расчётный банк»",
)
_SURNAMES_RU = (
    ("Кузнецов", "Кузнецова"),
    ("Соколов", "Соколова"),
    ("Лебедев", "Лебедева"),
    ("Григорьев", "Григорьева"),
    ("Белов", "Белова"),
    ("Тихонов", "Тихонова"),
    ("Зайцев", "Зайцева"),
)
_GIVEN_RU = (
    (("Андрей", "Олегович"), ("Марина", "Викторовна")),
    (("Павел", "Сергеевич"), ("Ольга", "Андреевна")),
    (("Дмитрий", "Игоревич"), ("Елена", "Павловна")),
    (("Роман", "Юрьевич"), ("Татьяна", "Николаевна")),
)

_STEMS_EN = (
    "North",
    "Blue",
    "Stone",
    "River",
    "Bright",
    "Iron",
    "Green",
    "Silver",
    "Oak",
    "Harbor",
)
_TAILS_EN = ("field", "gate", "wood", "point", "line", "bridge", "crest")
_KINDS_EN = (
    "Logistics",
    "Trading",
    "Systems",
    "Engineering",
    "Supplies",
    "Consulting",
    "Industries",
)
_FORMS_EN = ("Ltd", "LLC", "Inc.", "GmbH", "Limited", "LLP")
_CITIES_EN = (
    ("Leeds", "LS1 4AP", "United Kingdom"),
    ("Austin", "TX 78701", "USA"),
    ("Hamburg", "20095", "Germany"),
    ("Dublin", "D02 X285", "Ireland"),
    ("Denver", "CO 80202", "USA"),
)
_BANKS_EN = ("Harbor Commercial Bank", "First Meridian Bank", "Westbrook Savings Bank")
_FIRST_EN = ("Alice", "Mark", "Priya", "Tomas", "Grace", "Owen", "Laura")
_LAST_EN = ("Fletcher", "Okafor", "Lindqvist", "Moreau", "Hayes", "Brennan")


def person_ru(rng: random.Random) -> tuple[str, str, str]:
    """Return a surname, given name and patronymic, all of one gender."""
    gender = rng.randrange(2)
    surname = rng.choice(_SURNAMES_RU)[gender]
    given_name, patronymic = rng.choice(_GIVEN_RU)[gender]
    return surname, given_name, patronymic


def short_name_ru(person: tuple[str, str, str]) -> str:
    """Return "Surname G.P." as Russian signatures print a name."""
    surname, given_name, patronymic = person
    return f"{surname} {given_name[0]}.{patronymic[0]}."


def person_en(rng: random.Random) -> str:
    """Return a first and a last name."""
    return f"{rng.choice(_FIRST_EN)} {rng.choice(_LAST_EN)}"


def _bank_ru(rng: random.Random, region: str) -> Bank:
    bik = values.bank_bik(rng, region)
    city, _ = rng.choice(_CITIES_RU)
    return Bank(
        rng.choice(_BANKS_RU),
        city,
        bik,
        values.correspondent_account(rng, bik),
    )


def _name_ru(rng: random.Random) -> str:
    if rng.randrange(5) == 0:
        word = rng.choice(_WORDS_RU)
    else:
        word = rng.choice(_STEMS_RU) + rng.choice(_TAILS_RU)
    form = rng.choice(_FORMS_RU)
    quotes = rng.choice((("«", "»"), ('"', '"')))
    if form in _FORMS_RU_LONG and rng.randrange(6) == 0:
        form = _FORMS_RU_LONG[form]
    return f"{form} {quotes[0]}{word}{quotes[1]}"


def company_ru(rng: random.Random, currency: str = "RUB") -> Company:
    """Return a Russian company, or now and then a sole trader, with requisites."""
    region = values.region_code(rng)
    bank = _bank_ru(rng, region)
    city, postcode = rng.choice(_CITIES_RU)
    address = (
        f"{postcode}, г. {city}, {rng.choice(_STREETS_RU)}, д. {rng.randint(1, 120)}"
    )
    director = person_ru(rng)
    if rng.randrange(8) == 0:
        surname, given_name, patronymic = director
        return Company(
            f"ИП {surname} {given_name} {patronymic}",
            values.person_inn(rng, region),
            "",
            values.person_ogrnip(rng, region),
            address,
            bank,
            values.settlement_account(rng, bank.bik, currency),
            short_name_ru(director),
        )
    inn = values.company_inn(rng, region)
    return Company(
        _name_ru(rng),
        inn,
        values.kpp_for(rng, inn),
        values.company_ogrn(rng, region),
        address,
        bank,
        values.settlement_account(rng, bank.bik, currency),
        short_name_ru(director),
    )


def company_en(rng: random.Random, currency: str = "USD") -> Company:
    """Return an English-named company. Its INN, KPP and BIK are Russian-style too.

    English documents of Russian trading partners print these requisites, so the
    English templates use them where such a document would.
    """
    region = values.region_code(rng)
    bik = values.bank_bik(rng, region)
    bank = Bank(rng.choice(_BANKS_EN), "", bik, values.correspondent_account(rng, bik))
    city, postcode, country = rng.choice(_CITIES_EN)
    name = (
        f"{rng.choice(_STEMS_EN)}{rng.choice(_TAILS_EN)} "
        f"{rng.choice(_KINDS_EN)} {rng.choice(_FORMS_EN)}"
    )
    inn = values.company_inn(rng, region)
    return Company(
        name,
        inn,
        values.kpp_for(rng, inn),
        values.company_ogrn(rng, region),
        f"{rng.randint(2, 400)} {rng.choice(('High', 'Mill', 'Kings'))} Street, "
        f"{city} {postcode}, {country}",
        bank,
        values.settlement_account(rng, bik, currency if currency != "GBP" else "USD"),
        person_en(rng),
    )
