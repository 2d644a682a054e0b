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
        ("ы", "а"),
        ("и", "я"),
        ("а", ""),
        ("я", "ь"),
    ),
    ("m", "acc"): (
        ("ея", "ей"),
        ("ия", "ий"),
        ("у", "а"),
        ("ю", "я"),
        ("а", ""),
        ("я", "ь"),
    ),
    ("m", "dat"): (("ею", "ей"), ("ию", "ий"), ("е", "а"), ("у", ""), ("ю", "ь")),
    ("m", "ins"): (("еем", "ей"), ("ием", "ий"), ("ой", "а"), ("ом", ""), ("ем", "ь")),
    ("m", "prep"): (("ее", "ей"), ("ии", "ий"), ("е", "")),
    ("f", "gen"): (("ии", "ия"), ("ьи", "ья"), ("ови", "овь"), ("ы", "а"), ("и", "а")),
    ("f", "acc"): (("ию", "ия"), ("ью", "ья"), ("овь", "овь"), ("у", "а"), ("ю", "я")),
    ("f", "dat"): (("ии", "ия"), ("ье", "ья"), ("ови", "овь"), ("е", "а")),
    ("f", "ins"): (
        ("ией", "ия"),
        ("ьей", "ья"),
        ("овью", "овь"),
        ("ой", "а"),
        ("ей", "я"),
    ),
    ("f", "prep"): (("ии", "ия"), ("ье", "ья"), ("ови", "овь"), ("е", "а")),
}
_SURNAME_ENDINGS = {
    ("m", "gen"): (("ского", "ский"), ("цкого", "цкий"), ("ого", "ой"), ("его", "ий")),
    ("m", "dat"): (("скому", "ский"), ("цкому", "цкий"), ("ому", "ой"), ("ему", "ий")),
    ("m", "ins"): (
        ("ским", "ский"),
        ("цким", "цкий"),
        ("ым", ""),
        ("им", ""),
        ("ом", ""),
    ),
    ("m", "prep"): (("ском", "ский"), ("цком", "цкий"), ("е", "")),
    ("f", "gen"): (("ской", "ская"), ("цкой", "цкая"), ("ой", "а")),
    ("f", "acc"): (("скую", "ская"), ("цкую", "цкая"), ("ую", "ая"), ("у", "а")),
    ("f", "ins"): (("ской", "ская"), ("цкой", "цкая"), ("ой", "а")),
}
_SURNAME_ENDINGS[("m", "acc")] = _SURNAME_ENDINGS[("m", "gen")]
_SURNAME_ENDINGS[("f", "dat")] = _SURNAME_ENDINGS[("f", "gen")]
_SURNAME_ENDINGS[("f", "prep")] = _SURNAME_ENDINGS[("f", "gen")]
# A man's surname in -ов, -ев, -ин or a consonant takes "а" in the genitive
# ("Петрова"), "у" in the dative, "ом"/"ым" in the instrumental, "е" in the
# prepositional. Surnames in -ко, -их, -ых and vowels other than these never change.
_MALE_CONSONANT_ENDINGS = {"gen": "а", "acc": "а", "dat": "у", "prep": "е"}
_VOWELS = "аеёиоуыэюя"
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
    for ending, nominative in _SURNAME_ENDINGS.get((gender, case), ()):
        if lowered.endswith(ending):
            return word[: len(word) - len(ending)] + nominative
    ending = _MALE_CONSONANT_ENDINGS.get(case) if gender == "m" else None
    if (
        ending
        and lowered.endswith(ending)
        and not _INDECLINABLE_RE.search(lowered[: -len(ending)] + "_")
        and len(word) > len(ending) + 2
    ):
        return word[: -len(ending)]
    if _INDECLINABLE_RE.search(lowered) or lowered[-1] not in _VOWELS:
        # "Шевченко" and "Черных", and a woman's "Шевчук", never change.
        return word
    return None
