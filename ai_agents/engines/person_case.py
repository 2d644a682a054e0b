"""The nominative of a Russian person's full name printed in another case.

A power of attorney names its attorney as the object of its verb: "уполномочивает
Кузнецову Марию Сергеевну" (accusative), "доверяет Петрову Ивану Сергеевичу"
(dative). The patronymic's ending gives the gender and narrows the case to one
or two. The surname and the first name are then put back into the nominative by
the endings of that case. A name without a patronymic, or whose words fit no such
case, is left as printed.
"""

import re

# Patronymic endings: (oblique ending, nominative ending, gender, cases).
_PATRONYMICS = (
    ("ичем", "ич", "m", ("ins",)),
    ("ича", "ич", "m", ("gen", "acc")),
    ("ичу", "ич", "m", ("dat",)),
    ("иче", "ич", "m", ("prep",)),
    ("ной", "на", "f", ("ins",)),
    ("ны", "на", "f", ("gen",)),
    ("ну", "на", "f", ("acc",)),
    ("не", "на", "f", ("dat", "prep")),
)
# First names whose stem loses a vowel in the other cases: "Павла" -> "Павел".
_FLEETING_VOWEL_NAMES = {"павл": "Павел", "льв": "Лев"}
# Endings by gender and case, longest first: (oblique, nominative).
_FIRST_NAME_ENDINGS = {
    ("m", "gen"): (
        ("ея", "ей"),
        ("ия", "ий"),
        ("ая", "ай"),
        ("ы", "а"),
        ("и", "я"),
        ("а", ""),
        ("я", "ь"),
    ),
    ("m", "acc"): (
        ("ея", "ей"),
        ("ия", "ий"),
        ("ая", "ай"),
        ("у", "а"),
        ("ю", "я"),
        ("а", ""),
        ("я", "ь"),
    ),
    ("m", "dat"): (
        ("ею", "ей"),
        ("ию", "ий"),
        ("аю", "ай"),
        ("ье", "ья"),
        ("е", "а"),
        ("у", ""),
        ("ю", "ь"),
    ),
    ("m", "ins"): (
        ("еем", "ей"),
        ("ием", "ий"),
        ("аем", "ай"),
        ("ьей", "ья"),
        ("ьёй", "ья"),
        ("ой", "а"),
        ("ом", ""),
        ("ем", "ь"),
    ),
    ("m", "prep"): (("ее", "ей"), ("ии", "ий"), ("ае", "ай"), ("е", "")),
    ("f", "gen"): (
        ("ии", "ия"),
        ("ьи", "ья"),
        ("ои", "оя"),
        ("йи", "йя"),
        ("ови", "овь"),
        ("ы", "а"),
        ("и", "а"),
    ),
    ("f", "acc"): (("ию", "ия"), ("ью", "ья"), ("овь", "овь"), ("у", "а"), ("ю", "я")),
    ("f", "dat"): (
        ("ии", "ия"),
        ("ье", "ья"),
        ("ое", "оя"),
        ("йе", "йя"),
        ("ови", "овь"),
        ("е", "а"),
    ),
    ("f", "ins"): (
        ("ией", "ия"),
        ("ьей", "ья"),
        ("оей", "оя"),
        ("йей", "йя"),
        ("овью", "овь"),
        ("ой", "а"),
        ("ей", "я"),
    ),
}
_FIRST_NAME_ENDINGS[("f", "prep")] = _FIRST_NAME_ENDINGS[("f", "dat")]
# Adjectival surnames after г, к or х end in -ий ("Горького" -> "Горький"), those
# after another consonant in -ой or -ый ("Толстого", "Белого"), which the ending
# cannot tell apart: None gives such a name up.
_MALE_ADJECTIVE_ENDINGS = {
    "gen": (("ого", "ий"), ("его", "ий")),
    "dat": (("ому", "ий"), ("ему", "ий")),
    "ins": (("им", "ий"),),
}
_FEMALE_SURNAME_ENDINGS = (
    ("ской", "ская"),
    ("цкой", "цкая"),
    ("овой", "ова"),
    ("евой", "ева"),
    ("ёвой", "ёва"),
    ("иной", "ина"),
    ("ыной", "ына"),
    ("ой", "ая"),
)
_SURNAME_ENDINGS = {
    ("m", "gen"): (("ского", "ский"), ("цкого", "цкий"), ("ого", None), ("его", "ий")),
    ("m", "dat"): (("скому", "ский"), ("цкому", "цкий"), ("ому", None), ("ему", "ий")),
    ("m", "ins"): (
        ("ским", "ский"),
        ("цким", "цкий"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("ёвым", "ёв"),
        ("иным", "ин"),
        ("ыным", "ын"),
        ("ым", None),
        ("им", None),
        ("ом", ""),
    ),
    ("m", "prep"): (("ском", "ский"), ("цком", "цкий"), ("ом", None), ("е", "")),
    ("f", "gen"): _FEMALE_SURNAME_ENDINGS,
    ("f", "acc"): (
        ("скую", "ская"),
        ("цкую", "цкая"),
        ("ую", "ая"),
        ("ову", "ова"),
        ("еву", "ева"),
        ("ину", "ина"),
        ("у", "а"),
    ),
    ("f", "dat"): _FEMALE_SURNAME_ENDINGS,
    ("f", "ins"): _FEMALE_SURNAME_ENDINGS,
    ("f", "prep"): _FEMALE_SURNAME_ENDINGS,
}
_SURNAME_ENDINGS[("m", "acc")] = _SURNAME_ENDINGS[("m", "gen")]
# A man's surname in -ов, -ев, -ин or a consonant takes "а" in the genitive
# ("Петрова"), "у" in the dative, "ом"/"ым" in the instrumental, "е" in the
# prepositional. Surnames in -ко, -их, -ых and vowels other than these never change.
_MALE_CONSONANT_ENDINGS = {"gen": "а", "acc": "а", "dat": "у", "prep": "е"}
_VOWELS = "аеёиоуыэюя"
_VELARS = "гкх"
# Consonants that a lost vowel leaves after another consonant: Заяц, Орёл, Бычок.
_FLEETING_BEFORE = "цлк"
_INDECLINABLE_RE = re.compile(r"(?:ко|их|ых|аго|яго)$")
_WORD_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def nominative_full_name(name: str) -> str | None:
    """Return "Фамилия Имя Отчество" in the nominative, or None to keep `name`.

    None is returned when the name is already nominative, lacks a patronymic, or
    has a word whose ending does not fit the case its patronymic shows.
    """
    words = name.split()
    if len(words) != 3 or not all(_WORD_RE.fullmatch(word) for word in words):
        return None
    surname, first, patronymic = words
    found = next(
        (entry for entry in _PATRONYMICS if patronymic.endswith(entry[0])), None
    )
    if found is None:
        return None
    ending, nominative, gender, cases = found
    for case in cases:
        first_nominative = _first_name(first, gender, case)
        surname_nominative = _surname(surname, gender, case)
        if first_nominative and surname_nominative:
            return " ".join(
                (
                    surname_nominative,
                    first_nominative,
                    patronymic[: -len(ending)] + nominative,
                )
            )
    return None


def _first_name(word: str, gender: str, case: str) -> str | None:
    lowered = word.lower()
    for ending, nominative in _FIRST_NAME_ENDINGS[(gender, case)]:
        if lowered.endswith(ending):
            stem = word[: len(word) - len(ending)]
            fleeting = _FLEETING_VOWEL_NAMES.get(stem.lower())
            if gender == "m" and nominative == "" and fleeting:
                return fleeting
            return stem + nominative
    return None


def _surname(word: str, gender: str, case: str) -> str | None:
    lowered = word.lower()
    if gender == "m":
        adjective_case = "gen" if case == "acc" else case
        for ending, nominative in _MALE_ADJECTIVE_ENDINGS.get(adjective_case, ()):
            stem = lowered[: -len(ending)]
            if lowered.endswith(ending) and stem[-1:] in _VELARS:
                return word[: len(word) - len(ending)] + nominative
    for ending, nominative in _SURNAME_ENDINGS.get((gender, case), ()):
        if lowered.endswith(ending):
            if nominative is None:
                return None
            return _checked_stem(word[: len(word) - len(ending)] + nominative)
    ending = _MALE_CONSONANT_ENDINGS.get(case) if gender == "m" else None
    if (
        ending
        and lowered.endswith(ending)
        and not _INDECLINABLE_RE.search(lowered[: -len(ending)] + "_")
        and len(word) > len(ending) + 2
    ):
        return _checked_stem(word[: -len(ending)])
    if _INDECLINABLE_RE.search(lowered):
        return word  # "Шевченко", "Черных"
    if gender == "f" and lowered[-1] not in _VOWELS:
        return word  # a woman's "Шевчук" does not change
    return None


def _checked_stem(surname: str) -> str | None:
    """Return a man's surname cut from its ending, or None when the ending took a
    vowel out of it: "Зайца" is Заяц and "Кравца" Кравец, not "Зайц"."""
    lowered = surname.lower()
    if (
        len(lowered) > 2
        and lowered[-1] in _FLEETING_BEFORE
        and lowered[-2] not in _VOWELS + "ьъ"
    ):
        return None
    return surname
