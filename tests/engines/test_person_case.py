"""A Russian person's full name put back into the nominative by its patronymic."""

import pytest

from ai_agents.engines.person_case import nominative_full_name

from .form_helpers import extract


@pytest.mark.parametrize(
    ("printed", "nominative"),
    [
        ("Кузнецову Марию Сергеевну", "Кузнецова Мария Сергеевна"),
        ("Петрова Ивана Сергеевича", "Петров Иван Сергеевич"),
        ("Петрову Ивану Сергеевичу", "Петров Иван Сергеевич"),
        ("Ильиным Сергеем Петровичем", "Ильин Сергей Петрович"),
        ("Петрове Иване Ивановиче", "Петров Иван Иванович"),
        ("Кузнецовой Любови Андреевны", "Кузнецова Любовь Андреевна"),
        ("Смирновой Анной Викторовной", "Смирнова Анна Викторовна"),
        ("Толстую Наталью Ивановну", "Толстая Наталья Ивановна"),
        ("Высоцкого Игоря Олеговича", "Высоцкий Игорь Олегович"),
        ("Шевчуку Павлу Игоревичу", "Шевчук Павел Игоревич"),
        ("Шевченко Никиту Львовича", "Шевченко Никита Львович"),
        ("Черных Илью Андреевича", "Черных Илья Андреевич"),
        ("Шевчук Ольгу Петровну", "Шевчук Ольга Петровна"),
        ("Гурко Анну Петровну", "Гурко Анна Петровна"),
    ],
)
def test_oblique_case_names_become_nominative(printed, nominative):
    assert nominative_full_name(printed) == nominative


@pytest.mark.parametrize(
    "printed",
    [
        "Иванов Иван Иванович",  # already nominative
        "Иванова Мария Петровна",
        "Петрова Марию Сергеевну",  # a man's surname with a woman's patronymic
        "Петрову Ивану",  # no patronymic
        "ООО Ромашка Плюс",
        "John Smith Jr",
    ],
)
def test_unfit_names_stay_as_printed(printed):
    assert nominative_full_name(printed) is None


def test_attorney_named_in_nominative_raw_kept():
    text = (
        "ДОВЕРЕННОСТЬ № 17\nг. Москва, 3 марта 2026 г.\n\n"
        "ООО «ПиксельБот» (ИНН 7714123455) в лице генерального директора "
        "Соколова Андрея Викторовича уполномочивает Кузнецову Марию Сергеевну, "
        "паспорт 45 20 123456, получить товар.\n"
    )

    name = extract(text, "power_of_attorney")["parties"]["attorney"]["name"]

    assert name["value"] == "Кузнецова Мария Сергеевна"
    assert name["raw"] == "Кузнецову Марию Сергеевну"
