"""Repairs of OCR misreads in the folded text that keep every offset in place."""

import re
from functools import cache

# A grouped amount with a decimal part in which OCR read a zero as the letter O
# ("£1,O38,086.56", "2 5O0,00"). Both the grouping and the decimal part must be
# there, so codes and words with an O between digits stay as they are.
# The groups of thousands are bounded (up to 10^18), so that a long run of groups is
# not read again from each of its groups.
# Its groups may also show i or l for 1: "l53 OOO,OO", "llO l2O,OO".
_AMOUNT_WITH_O_RE = re.compile(
    r"(?<![\w.,])[0-9oil]{1,3}(?:,[0-9oil]{3}){1,5}\.[0-9o]{2}(?![\w])"
    r"|(?<![\w.,])[0-9oil]{1,3}(?:[ .][0-9oil]{3}){1,5},[0-9o]{2}(?![\w])"
    r"|(?<![\w.,])[0-9oil]{1,3}(?: [0-9oil]{3}){1,5}\.[0-9o]{2}(?![\w])"
)
_AMOUNT_LETTERS = str.maketrans("oil", "011")
_MIN_REAL_DIGITS = 4
# A grouped amount with zeros read as o and eights as b, that the amount in words or
# a rouble mark follows: "54o ooo (пятьсот сорок тысяч)", "45 ooo руб.", "2 b46.oo ₽".
# Its kopecks may follow the rouble word as "oo копеек".
_AMOUNT_BEFORE_WORDS_RE = re.compile(
    r"(?<![\w.,])[0-9][0-9ob]{0,2}(?: [0-9ob]{3}){1,5}(?:[.,][0-9o]{2})?"
    r"(?=[ \t]*(?:\([ \t]*[^\W\d_]|руб|₽))"
    r"|\bруб[^\W\d_]{0,4}[ \t]+oo(?=[ \t]+коп)"
)
_AMOUNT_LOOKALIKES = str.maketrans("ob", "08")

CODE_DIGIT_LOOKALIKES = str.maketrans("oOоОlIзЗ", "00001133")
# A code made of digits only (INN, BIK, account) may also show B or В for 8, S for
# 5 and б for 6.
REQUISITE_DIGIT_LOOKALIKES = str.maketrans("oOоОlIзЗBВSбБ", "0000113388566")


def repair_amount_letters(text: str) -> str:
    """Return folded `text` with o read as 0, and b as 8 before a rouble mark or
    words, inside grouped amounts."""
    if "o" not in text and "b" not in text:
        return text
    text = _AMOUNT_BEFORE_WORDS_RE.sub(_zeros_before_words, text)
    return _AMOUNT_WITH_O_RE.sub(_zeros_for_letters, text)


# A word in which OCR read l or o as 1 or 0: "Bil1", "Subtota1", "INV0ICE", "0PTICS".
# Only 0 and 1 count, set between letters, after 3 letters at the word's end or
# before 4 letters at its start, so quantities such as "1pcs" or "10шт" stay.
_TOKEN_RE = re.compile(r"[^\W_]+")
_WORD_EDGE = frozenset(".,/-_")
_MAX_WORD_DIGITS = 2
_DIGIT_IN_WORD_RE = re.compile(
    r"(?<=[^\W\d_])[01](?=[^\W\d_])|(?<=[^\W\d_]{3})[01]$|^[01](?=[^\W\d_]{4})"
)
# Month names with 1 for l, which are too short for the rule above: "Ju1", "Apri1".
_MONTH_WITH_ONE_RE = re.compile(r"\b(?:ju1y?|apri1|ju1i)\b")
# The title words after which OCR's "N2" is the number sign, not a vehicle class
# ("категории N2") or nitrogen, also as papers cited in a sentence ("п/п N2 87").
_TITLE_WORDS = (
    "поручение",
    "поручением",
    "поручению",
    "п/п",
    "счет",
    "счета",
    "счету",
    "договора",
    "договору",
    "акт",
    "накладная",
    "договор",
    "доверенность",
    "фактура",
    "упд",
    "чек",
    "справка",
    "свидетельство",
    "сертификат",
    "оплату",
    "лист",
    "документ",
    "работ",
    "услуг",
    "invoice",
)
# "No" with a zero for the o ("Invoice N0 : 17"), and "№" read as "Ne" before a
# number that may open with a letter prefix ("Ne B-1207", "Ne ООБП-ООО154"), or as
# "N2" after a title word ("ПОРУЧЕНИЕ N2 583", "С Ч Е Т   N2 О346") or after the
# title's date.
_MISREAD_NUMBER_SIGN_RE = re.compile(
    r"\bn0(?=[ \t]*[.:#]|[ \t]+[0-9])"
    # "N?" where OCR could not read the sign: "AKT N? 58".
    r"|\bn\?(?=[ \t]*[0-9])"
    # _number_sign keeps "N2" unless a title word or the title's date precedes it.
    r"|(?<![\w/.-])n2"
    # The number may open with two letter groups: "N2 МЛ-У-0331/15".
    r"(?=[ \t]+(?:[^\W\d_]{1,4}[-/]?){0,2}[0-9]|[ \t]+(?:[^\W\d_]{1,4}[-/]){1,2}[lo])"
    r"|\bne(?=[ \t]+(?:[^\W\d_]{1,3}[-/]?)?[0-9]"
    r"|[ \t]+[^\W\d_]{1,6}[-/][\w/-]{0,12}[0-9])"
)
# A legal form read as digits before a quoted name: "000 «Альфа»" for ООО, "0A0"
# for ОАО, "3A0" for ЗАО. Folded text has the Latin o for the Cyrillic О.
_ZERO_LEGAL_FORM_RE = re.compile(
    r"(?<![\w.,])(?<![0-9] )(?:000|0a0|3a0|a0|na0)(?=[ \t]*[«\"„“])"
)
_LEGAL_FORM_LETTERS = str.maketrans("03", "oз")
# "000 Uralskie Tekhnologii": the form of a transliterated name, unquoted, opening
# its line or its caption's value and followed by two words.
_ZERO_LATIN_FORM_RE = re.compile(
    r"(?m)(?:^|(?<=:))[ \t]*000(?=[ \t]+[^\W\d_]{3,}[ \t]+[^\W\d_]{3,})"
)
# Total captions that OCR read in Latin letters, folded, with their folded spelling:
# "Bcero k onnate" for "Всего к оплате", "Итоrо" for "Итого".
_LATIN_LABEL_WORDS = {
    "bcero": "bceгo",
    "onnate": "oплate",
    "onлate": "oплate",
    "oпnate": "oплate",
    "иtoro": "иtoгo",
}
_LATIN_LABEL_WORD_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(_LATIN_LABEL_WORDS) + r")(?![^\W\d_])"
)
# A date with letters for digits: "22.O4.2024", "l5.ll.24", "2O25-ll-O6".
# A date with letters that OCR reads for digits, б for 6 among them ("l7.O3.2O2б").
_DATE_WITH_O_RE = re.compile(
    r"(?<![\w.,])[0-9olзб]{1,2}([./-])[0-9olзб]{1,2}\1(?:[0-9olзб]{4}|[0-9olзб]{2})"
    r"(?![\w.,])"
    r"|(?<![\w.,])[0-9olзб]{4}-[0-9olзб]{2}-[0-9olзб]{2}(?![\w.,])"
)
# The letters that OCR reads for digits in dates and in a passport's series and
# number, б for 6 among them.
DIGIT_LOOKALIKES = str.maketrans("oOоОlIзЗбБ", "0000113366")
WORD_DIGIT_LOOKALIKES = str.maketrans("01", "ol")


# OCR reads the capital I of a word in capitals as a small l: "RECElPT", "FOLlO".
# Only words of letters count, because in "KPP 7722OlOOl" the l is a digit.
# A Cyrillic З or б before it reads as a digit, as in the KPP "594ЗOlOOl".
_LATIN_WORD_RE = re.compile(r"(?<![0-9A-Za-zЗзБб])[A-Za-z]++(?![0-9])")
_SMALL_L_IN_CAPITALS_RE = re.compile(r"(?<=[A-Z])l(?=[A-Z])")


def repair_capital_i(text: str) -> str:
    """Return original `text` with a small l between two Latin capitals of a word
    read as I."""
    if _SMALL_L_IN_CAPITALS_RE.search(text) is None:
        return text  # most texts have none, so no word is visited
    return _LATIN_WORD_RE.sub(_capital_i_in_word, text)


def _capital_i_in_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if "l" not in word:
        return word
    return _SMALL_L_IN_CAPITALS_RE.sub("I", word)


def repair_word_digits(text: str) -> str:
    """Return folded `text` with 0 and 1 read as o and l inside words, and o, l and
    з read as digits inside dates."""
    text = _TOKEN_RE.sub(_letters_for_digits, text)
    text = _MONTH_WITH_ONE_RE.sub(lambda match: match.group(0).replace("1", "l"), text)
    text = _MISREAD_NUMBER_SIGN_RE.sub(_number_sign, text)
    text = _ZERO_LEGAL_FORM_RE.sub(_legal_form_letters, text)
    text = _ZERO_LATIN_FORM_RE.sub(_legal_form_letters, text)
    text = _LATIN_LABEL_WORD_RE.sub(_label_word, text)
    return _DATE_WITH_O_RE.sub(_date_zeros, text)


def _number_sign(match: re.Match[str]) -> str:
    """Return "no" for a misread number sign; "N2" only after a title word."""
    if match.group(0) == "n?":
        # "№ " keeps the length and parts the sign from a number glued to it.
        return "№ "
    if match.group(0) != "n2":
        return "no"
    before = match.string[max(0, match.start() - _TITLE_WORD_CHARS) : match.start()]
    words = before.split()
    # A form may date the paper between its title and number: "Транспортная
    # накладная Дата 31.03.2026 N2 0331/2".
    date_words = _folded_date_words()
    if (
        len(words) >= 3
        and words[-2] in date_words
        and _DATE_TOKEN_RE.fullmatch(words[-1])
    ):
        words = words[:-2]
    # A certificate's series may stand between its title and number: "ВЕТЕРИНАРНОЕ
    # СВИДЕТЕЛЬСТВО серия 61 N2 482719".
    if len(words) >= 3 and words[-2] == "cepия" and len(words[-1]) <= _SERIES_CHARS:
        words = words[:-2]
    # "Счет-фактура N2" ends with the title word after its hyphen, and "Договор
    # поставки N2" has a word between the title word and the sign.
    titles = _folded_title_words()
    recent = [word.rsplit("-", 1)[-1] for word in words[-_TITLE_WORDS_BEFORE_SIGN:]]
    return "no" if any(word in titles for word in recent) else "n2"


_TITLE_WORDS_BEFORE_SIGN = 2
_SERIES_CHARS = 4


_TITLE_WORD_CHARS = 40
_DATE_WORDS = ("дата", "от", "date", "dated")
# A date as OCR may print it, with letters for digits: "З1.O3.2026".
_DATE_TOKEN_RE = re.compile(r"[0-9oо3зl]{1,2}\.[0-9oо3зl]{2}\.[0-9oо3зl]{2,4}")


@cache
def _folded_date_words() -> frozenset[str]:
    from .text import fold

    return frozenset(fold(word) for word in _DATE_WORDS)


def _folded_title_words() -> frozenset[str]:
    # The text module folds, and imports this one, so it is imported here.
    from .text import fold

    return frozenset(fold(word) for word in _TITLE_WORDS)


def _label_word(match: re.Match[str]) -> str:
    return _LATIN_LABEL_WORDS[match.group(0)]


def _legal_form_letters(match: re.Match[str]) -> str:
    return match.group(0).translate(_LEGAL_FORM_LETTERS)


_NUMBER_SIGN_BEFORE_RE = re.compile(r"№[ \t]{0,2}\Z")


def _letters_for_digits(match: re.Match[str]) -> str:
    word = match.group(0)
    if "0" not in word and "1" not in word:
        return word
    text, start, end = match.string, match.start(), match.end()
    if (start and text[start - 1] in _WORD_EDGE) or (
        end < len(text) and text[end] in _WORD_EDGE
    ):
        return word
    if _NUMBER_SIGN_BEFORE_RE.search(text, max(0, start - 3), start):
        # A number after its sign keeps its digits: "№ИЭА1", "№ ЦМ1".
        return word
    digits = [char for char in word if char.isdigit()]
    if set(digits) - {"0", "1"} or len(digits) > _MAX_WORD_DIGITS:
        return word
    return _DIGIT_IN_WORD_RE.sub(
        lambda found: found.group(0).translate(WORD_DIGIT_LOOKALIKES), word
    )


def _date_zeros(match: re.Match[str]) -> str:
    """Read the letters of a date as digits when at least half its digits are real."""
    date = match.group(0)
    positions = sum(char.isalnum() for char in date)
    digits = sum(char.isdigit() for char in date)
    if digits == positions or 2 * digits < positions:
        return date
    return date.translate(DIGIT_LOOKALIKES)


# A group of a document number made of digits and letters that OCR reads for
# them: "7З1" for 731, "O7O3" for 0703, "4l7" for 417, "lI" for 11.
_NUMBER_GROUP_RE = re.compile(r"[0-9OoОоЗзlI]+")
_MIN_GLUED_DIGITS = 2
_MIN_LONE_GROUP = 3
_MIN_KEPT_CYRILLIC = 2
_MIN_RUN_DIGITS = 3
_MIN_RUN_LENGTH = 8
_ZE_RE = re.compile(r"[Зз]")
# б read for the 6 of a year's group, 26, between separators ("ТС-2б-0031874") or
# closing a number with a letter prefix ("УЦ-57/2б"). A letter suffix ("15/1б",
# "А-3б", "204/2б") stays.
_YEAR_SIX_RE = re.compile(r"(?<=[-/.]2)б(?=[-/.])")
_PREFIXED_YEAR_SIX_RE = re.compile(r"[^\W\d_]{1,4}-[0-9]{1,4}/2б")


def repair_number_digits(number: str) -> str:
    """Return a document number with O and З read as 0 and 3 in its digit groups,
    "$" read as S, no space after a dash or a dot or before a dash, and l read as
    I after a capital in a number without other lower-case letters.

    A group counts when it has no other letters and at least as many digits as
    letters, so "КД-0417" and "OOO" stay as they are.
    """
    if _GUID_RE.fullmatch(number):
        # A GUID has hexadecimal digits only, so its O and l are 0 and 1.
        return number.translate(CODE_DIGIT_LOOKALIKES)
    # OCR reads Ф as "®": "C®-17/11" for СФ-17/11.
    number = number.replace("$", "S").replace("- ", "-").replace("®", "Ф")
    number = number.replace(". ", ".").replace(" -", "-")
    number = _NUMBER_GROUP_RE.sub(_number_group_digits, number)
    number = _YEAR_SIX_RE.sub("6", number)
    if _PREFIXED_YEAR_SIX_RE.fullmatch(number):
        number = number[:-1] + "6"
    # A leading group of zeros read as O before a dash and digits: "OOOO-000123",
    # and the two zeros of a 1C prefix: "ООБП-000154" for 00БП-000154.
    number = _LEADING_ZEROS_RE.sub(lambda match: "0" * len(match.group(0)), number)
    lower = {char for char in number if char.islower()}
    if lower == {"l"}:
        # A capital I read as l in a code of capitals: "Cl-2025/0871".
        number = _LOWER_L_AFTER_CAPITAL_RE.sub("I", number)
    return number


# A GUID (8-4-4-4-12 hexadecimal digits), as a machine-readable power of attorney
# is numbered, with the letters that OCR reads for its digits.
_GUID_RE = re.compile(
    r"[0-9a-fA-FOoОоlI]{8}(?:-[0-9a-fA-FOoОоlI]{4}){3}-[0-9a-fA-FOoОоlI]{12}"
)
_LEADING_ZEROS_RE = re.compile(
    r"^[OoОо]{2,}(?=[-/][0-9])|^[OoОо]{2}(?=[А-ЯЁ]{2}-[0-9]{4,})"
)
_LOWER_L_AFTER_CAPITAL_RE = re.compile(r"(?<=[A-ZА-ЯЁ])l(?![a-zа-яё])")


# Capital letters that look the same in both scripts, which OCR returns in either.
_LATIN_LOOKALIKES = "ABEKMHOPCTXY"
_CYRILLIC_LOOKALIKES = "АВЕКМНОРСТХУ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_LOOKALIKE_CAPITALS = frozenset(_LATIN_LOOKALIKES + _CYRILLIC_LOOKALIKES)
_CYRILLIC_LETTER_RE = re.compile(r"[А-яЁё]")


# NOTE: a Cyrillic letter that OCR read as a digit or an unlike Latin letter
# ("3-2025/114" for Э-2025/114, "418-100" for 418-ЮО) looks like a real one in the
# text, so such numbers stay wrong. Tesseract with `rus` alone reads them right, so
# a second read of the number's box would fix uploads.
def number_in_script(number: str, *, cyrillic: bool) -> str:
    """Return a document number whose letters are all look-alike capitals in the
    document's script: "KM-0087" as "КМ-0087" in a Russian document. A number with
    another letter is in that letter's script, so its look-alikes take that script
    too: OCR's "AЧ-00187", with a Latin A, is "АЧ-00187". A number that mixes letters
    of both scripts stays as printed.

    In an English document a number printed wholly in Cyrillic, with two letters or
    more, stays Cyrillic, because translations of Russian papers keep their numbers
    ("No. АВ-118/25"). OCR flips a single letter more often ("15/2025-К" for
    "15/2025-K"), and a number that mixes the scripts takes the Latin look-alikes.
    """
    letters = [char for char in number if char.isalpha()]
    if not letters:
        return number
    own = [char for char in letters if char not in _LOOKALIKE_CAPITALS]
    if not own:
        if (
            not cyrillic
            and len(letters) >= _MIN_KEPT_CYRILLIC
            and all(_CYRILLIC_LETTER_RE.fullmatch(c) for c in letters)
        ):
            return number
        return number.translate(_TO_CYRILLIC if cyrillic else _TO_LATIN)
    scripts = {_CYRILLIC_LETTER_RE.fullmatch(char) is not None for char in own}
    if len(scripts) != 1:
        return number
    return number.translate(_TO_CYRILLIC if scripts.pop() else _TO_LATIN)


def _number_group_digits(match: re.Match[str]) -> str:
    group = match.group(0)
    digits = sum(char.isdigit() for char in group)
    start, end = match.span()
    text = match.string
    glued = (start > 0 and text[start - 1].isalpha()) or (
        end < len(text) and text[end].isalpha()
    )
    letters = len(group) - digits
    if digits == 0 and "l" in group and _is_inner_group(text, start, end):
        # A middle group with an l: the month of "25-ll-0734", "25-lI-0734" or
        # "25-lO-0734". A group of O or З only may be a letter ("45/О/2025",
        # "17-З-2025").
        return group.translate(CODE_DIGIT_LOOKALIKES)
    lone = not glued and len(group) >= _MIN_LONE_GROUP and not _ZE_RE.search(group)
    # A long run of figures after a letter prefix, which OCR filled with O and I:
    # "KRT2O26OOOOOOI84" for KRT2026000000184.
    long_run = (
        glued
        and group[0].isdigit()
        and digits >= _MIN_RUN_DIGITS
        and len(group) >= _MIN_RUN_LENGTH
        and not _ZE_RE.search(group)
    )
    if long_run:
        return group.translate(CODE_DIGIT_LOOKALIKES)
    if digits == 0 or (digits < letters and not lone):
        # A group apart from letters with a real digit may be mostly misread O and
        # l: "OOO2l9" for 000219 after "ГУ-". З is a letter of Russian numbers.
        return group
    # A group glued to letters ("LFVV24O9Ol6", but not "A1O") must open with a
    # digit and hold at least two.
    if glued and (not group[0].isdigit() or digits < _MIN_GLUED_DIGITS):
        return group
    return group.translate(CODE_DIGIT_LOOKALIKES)


def _is_inner_group(text: str, start: int, end: int) -> bool:
    """Return whether a group lies between two separators of a number with digits."""
    return (
        start > 0
        and end < len(text)
        and text[start - 1] in _GROUP_SEPARATORS
        and text[end] in _GROUP_SEPARATORS
        and any(char.isdigit() for char in text)
    )


_GROUP_SEPARATORS = "-/."


# A token of digits and the letters that OCR reads for them on a poor scan, with at
# least one real digit: "5o18o9679o" for 5018096790, "4l7" for 417. It matches
# folded text, where Cyrillic О is already the Latin o.
_DIGIT_TOKEN_RE = re.compile(r"(?<![^\W_])(?=[olз]*[0-9])[0-9olз]{2,}(?![^\W_])")
# The kopecks or cents of an amount, read as letters: the "oo" of "56o,oo", the
# "lo" of "400,878.lo".
_LETTER_FRACTION_RE = re.compile(r"(?<=[0-9][.,])[olз]{2}(?![^\W_])")
# A number with decimals that fills a table cell, read wholly as letters: the
# quantity "|lllo,ooo|" for 1110,000. No word in a cell between rules has this shape.
_CELL_NUMBER_RE = re.compile(r"(?<=\|)[ \t]*[olз0-9]{1,7}[.,][olз0-9]{2,3}(?=[ \t]*\|)")


# An amount with б for 6 in its groups: "2б 8б5,oo", "l4б 4oo,oo". It needs
# decimals, so a house number ("д. 7б") stays.
# A match starts only at the first group of a run, so that a long run of groups
# without decimals is read once.
_AMOUNT_WITH_SIX_RE = re.compile(
    r"(?<![^\W_])(?<![0-9olзб] )[0-9olзб]{1,3}(?: [0-9olзб]{3})*[.,][0-9oз]{2}"
    r"(?![^\W_])"
)


def _amount_sixes(match: re.Match[str]) -> str:
    amount = match.group(0)
    sixes = amount.count("б")
    if not sixes or sum(char.isdigit() for char in amount) < sixes:
        return amount
    return amount.translate(DIGIT_LOOKALIKES)


# The leading "l" of a grouped amount: "l 025 600,00" for 1 025 600,00. The letter
# o stays, because "о" is a Russian word.
_LEADING_GROUP_LETTER_RE = re.compile(
    r"(?<![^\W_])[lз](?= [0-9]{3}(?: [0-9]{3}){0,5}[.,][0-9]{2}(?![0-9]))"
    # An i or l that opens a longer first group: "i2 000,00" for 12 000,00.
    r"|(?<![^\W_])[il](?=[0-9]{1,2} [0-9]{3}(?: [0-9]{3}){0,5}[.,][0-9]{2}(?![0-9]))"
)


# A requisite code with b for 8 or s for 5 as well ("5o27b99o63"): a token of a
# requisite's length (9 BIK or KPP, 10 or 12 INN, 13 or 15 OGRN, 20 account) whose
# characters are mostly real digits.
# б reads for 6 as well ("407028lO5179196753lб").
_CODE_TOKEN_RE = re.compile(r"(?<![^\W_])(?=[olзbsб]*[0-9])[0-9olзbsб]{9,20}(?![^\W_])")
_CODE_LENGTHS = frozenset({9, 10, 12, 13, 15, 20})
_CODE_LOOKALIKES = str.maketrans("olзbsб", "013856")
_MIN_CODE_DIGIT_SHARE = 0.6
_MIN_CODE_REAL_DIGIT_SHARE = 0.4
# The first letters of the month names in folded text, where Cyrillic letters that
# look Latin are Latin ("map" for "мар", "дek" for "дек").
_MONTH_STARTS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|яhb|фeb|map|aпp|ma[йя]|июh|июл|abг|ceh|okt|hoя|дek"
)
# The day of a date with a month name, with i or l for 1: "i4 mar 2022".
_DAY_BEFORE_MONTH_RE = re.compile(
    rf"(?<![^\W_])(?=[il]?[0-9])[0-9il]{{2}}(?=[ \t]+(?:{_MONTH_STARTS}))"
)
# A date with a month name whose day or year shows o, l, з or б for digits: "lO
# December 2O25", "«1б» марта 2O2б". At least two characters of the day and year
# must be real digits.
_MONTH_NAME_DATE_RE = re.compile(
    r"(?<![^\W_])(?P<day>[0-9olзб]{1,2})"
    rf"(?P<month>[»\"']?[ \t]+(?:{_MONTH_STARTS})[^\W\d_]*\.?,?[ \t]+)"
    r"(?P<year>[0-9olзб]{4})(?![^\W_])"
)
# The same with the month first, as English dates put it: "March l, 2O26".
_MONTH_FIRST_DATE_RE = re.compile(
    r"(?<![^\W_])(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?[ \t]+)(?P<day>[0-9olз]{1,2}),?[ \t]+"
    r"(?P<year>[0-9olзб]{4})(?![^\W_])"
)
_MIN_REAL_DATE_DIGITS = 2
# The letters OCR reads for the 1 and 3 of a day or an amount's first group.
_FIRST_DIGIT_LOOKALIKES = str.maketrans("ilз", "113")


# A table rule that OCR read as a bracket against an amount: "11 460,00] 82 960,00".
_BRACKET_RULE_RE = re.compile(
    r"(?<=[0-9])[\]\[](?=[ \t])|(?<=[ \t])[\]\[](?=[ \t]?[0-9])"
)


# A VAT rate whose percent sign OCR read as a spaced 5: "НДС (22 5 )". Without
# brackets the 5 must stand before a colon, a dash, a table rule, a wide gap, the
# line's end or a number that cannot continue it as a thousands group ("НДС 22 5:
# 11 540,98", "НДС 22 5 11 540,98"). Only the usual rates count, so "(10 5)" of a
# note stays, and a 5 that may open an amount ("НДС 22 5 540,98") stays too. The
# text is folded, so every dash is "-".
_PERCENT_AS_FIVE_RE = re.compile(
    r"\b(?P<before>(?:hдc|vat)[ \t]?(?P<bracket>\([ \t]?)?"
    r"(?:0|5|7|10|12|18|20|22)[ \t])5"
    r"(?(bracket)(?=[ \t]?\))"
    r"|(?=[ \t]*[:|=-]|[ \t]*$|[ \t]{2,}|[ \t](?:[0-9]{1,2}|[0-9]{4,})(?![0-9])))",
    re.MULTILINE,
)


def repair_digit_tokens(text: str) -> str:
    """Return folded `text` with o, l and з read as digits in tokens of digits, and
    brackets against amounts read as table rules.

    This covers requisite codes too: "02050100l" is read as the KPP 020501001.
    """
    text = _BRACKET_RULE_RE.sub("|", text)
    text = _PERCENT_AS_FIVE_RE.sub(r"\g<before>%", text)
    text = _AMOUNT_WITH_SIX_RE.sub(_amount_sixes, text)
    for pattern in (_DIGIT_TOKEN_RE, _LETTER_FRACTION_RE, _CELL_NUMBER_RE):
        text = pattern.sub(_as_digits, text)
    text = _LEADING_GROUP_LETTER_RE.sub(_first_digits, text)
    text = _CODE_TOKEN_RE.sub(_code_digits, text)
    text = _MONTH_NAME_DATE_RE.sub(_month_name_date_digits, text)
    text = _MONTH_FIRST_DATE_RE.sub(_month_name_date_digits, text)
    return _DAY_BEFORE_MONTH_RE.sub(_first_digits, text)


def _month_name_date_digits(match: re.Match[str]) -> str:
    """Read the day and year of a worded date as digits, in either order of day and
    month, when at least _MIN_REAL_DATE_DIGITS of them are real digits."""
    day, year = match.group("day"), match.group("year")
    if sum(char.isdigit() for char in day + year) < _MIN_REAL_DATE_DIGITS:
        return match.group(0)
    text, offset = match.group(0), match.start()
    for name in ("day", "year"):
        start, end = match.start(name) - offset, match.end(name) - offset
        text = text[:start] + text[start:end].translate(DIGIT_LOOKALIKES) + text[end:]
    return text


def _first_digits(match: re.Match[str]) -> str:
    return match.group(0).translate(_FIRST_DIGIT_LOOKALIKES)


def _code_digits(match: re.Match[str]) -> str:
    token = match.group(0)
    digits = sum(char.isdigit() for char in token)
    # A poor scan may read half a code as o, l and з: "б640ol0ol" for 664001001.
    lookalikes = sum(char in "olз" for char in token)
    if len(token) not in _CODE_LENGTHS or (
        digits < _MIN_CODE_DIGIT_SHARE * len(token)
        and (
            digits < _MIN_CODE_REAL_DIGIT_SHARE * len(token)
            or digits + lookalikes < _MIN_CODE_DIGIT_SHARE * len(token) + 2
        )
    ):
        return token
    if token[0] in "bs":
        return token  # a code with a letter prefix, such as "sb12345678"
    return token.translate(_CODE_LOOKALIKES)


def _as_digits(match: re.Match[str]) -> str:
    return match.group(0).translate(CODE_DIGIT_LOOKALIKES)


def _zeros_before_words(match: re.Match[str]) -> str:
    found = match.group(0)
    if found.endswith("oo") and not found[0].isdigit():
        # The kopecks after the rouble word: only the final "oo" are digits.
        return found[:-2] + "00"
    return found.translate(_AMOUNT_LOOKALIKES)


def _zeros_for_letters(match: re.Match[str]) -> str:
    amount = match.group(0)
    digits = sum(char.isascii() and char.isdigit() for char in amount)
    groups = len(re.findall(r"[ .,]", amount))
    # A separator of thousands and a decimal part make an amount beyond doubt, so
    # one real digit is enough there: "568,ooo.oo", "12 ooo,oo".
    enough = digits >= _MIN_REAL_DIGITS or (groups >= 2 and digits >= 1)
    if "o" not in amount or not enough or amount[0] == "o":
        return amount
    return amount.translate(_AMOUNT_LETTERS)


# Latin letters that OCR returns for Cyrillic ones in Russian text: look-alikes,
# and n/u/N/U for п/и/И ("no" for "по", "UHH" for "ИНН").
_CYRILLIC_FOR_LATIN = str.maketrans(
    "aeopcxykmhnuAEOPCXYKMHTBNU", "аеорсхукмнпиАЕОРСХУКМНТВИИ"
)
_LATIN_CONVERTIBLE = frozenset("aeopcxykmhnuAEOPCXYKMHTBNU")
_WORD_RE = re.compile(r"[^\W\d_]+")
_QUOTED_RE = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")
# A legal form that OCR read with a digit before a quoted name: "000 «Альфа»",
# "3A0 «Бета»", "A0 «Гамма»". Latin "OOO" without a digit may be a transliteration.
_DIGIT_LEGAL_FORM_RE = re.compile(
    r"(?<![\w.,])(?=[^\s«\"„“]*[03])"
    r"(?:[0OО]{3}|[3З][AА][0OО]|[ПP][AА][0OО]|[AА][0OО])(?=[ \t]*[«\"„“])"
)
_LEGAL_FORM_SCRIPT = str.maketrans("03AOP", "ОЗАОП")
_LATIN_NAME_ZEROS_RE = re.compile(r"^000(?=[ \t]+[A-Z][a-z]{2,}[ \t]+[A-Z][a-z]{2,})")
# Share of a value's letters, outside the word itself, that must be Cyrillic.
_CYRILLIC_SHARE = 0.7


def repair_cyrillic_words(value: str) -> str:
    """Return `value` with Latin look-alike words of Russian text spelled in Cyrillic.

    A legal form read with digits ("000 «Альфа»", "000 Uralskie Tekhnologii") is
    respelled first. Another word
    is respelled only when every letter has a Cyrillic look-alike and at least
    _CYRILLIC_SHARE of the other letters are Cyrillic: "УФК no г. Москве" becomes
    "УФК по г. Москве". A word that mixes both scripts gets its Latin look-alikes
    respelled on the same condition. Quoted names stay as printed, because brand
    names in quotes are often Latin ("ООО «Mex»").
    """
    value = _DIGIT_LEGAL_FORM_RE.sub(
        lambda match: match.group(0).translate(_LEGAL_FORM_SCRIPT), value
    )
    # A transliterated name keeps Latin letters: "000 Uralskie" is "OOO Uralskie".
    value = _LATIN_NAME_ZEROS_RE.sub("OOO", value)
    quoted = [match.span() for match in _QUOTED_RE.finditer(value)]
    words = list(_WORD_RE.finditer(value))
    cyrillic = sum(_is_cyrillic(char) for char in value)
    letters = sum(char.isalpha() for char in value)
    parts, position = [], 0
    for word in words:
        text = word.group(0)
        if any(start <= word.start() < end for start, end in quoted):
            continue
        if _glued_to_digit(value, word):
            # A branch code keeps its Latin letter: "ОТДЕЛЕНИЕ N8610 ПАО СБЕРБАНК".
            continue
        if not _respellable(text, cyrillic, letters):
            continue
        parts.append(value[position : word.start()])
        parts.append(text.translate(_CYRILLIC_FOR_LATIN))
        position = word.end()
    parts.append(value[position:])
    return "".join(parts)


def _glued_to_digit(value: str, word: re.Match[str]) -> bool:
    start, end = word.span()
    return (end < len(value) and value[end].isdigit()) or (
        start > 0 and value[start - 1].isdigit()
    )


def _respellable(word: str, cyrillic: int, letters: int) -> bool:
    latin = [char for char in word if char.isascii()]
    if not latin or any(char not in _LATIN_CONVERTIBLE for char in latin):
        return False
    own_cyrillic = len(word) - len(latin)
    others = letters - len(word)
    if others <= 0:
        return False
    return (cyrillic - own_cyrillic) / others >= _CYRILLIC_SHARE


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"
