"""Normalization of page text and detection of garbled PDF text layers."""

import re
import unicodedata

_LINE_BREAK = re.compile(r"\r\n?")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_REMOVED_CHARACTERS = str.maketrans("", "", "\x00\x0c")

# Share of non-space characters that may be control, private-use, unassigned or
# replacement characters before a text layer counts as garbled. In a law text whose
# fonts lack a usable ToUnicode map, about 4% of the characters were control codes.
MAX_CONTROL_SHARE = 0.01
# Share of words with an irregular shape (see _is_irregular_word) above which a text
# layer counts as garbled. On about 40 real invoice, letter and law pages, good text
# layers stayed under 0.06 (brand names such as 'iPad') and broken ones were 0.33 and
# above. NOTE: a sample this small cannot show where real-world layers fall.
MAX_IRREGULAR_WORD_SHARE = 0.2
# Fewer irregular words than this never make a text layer garbled, so a one-line
# page such as 'iPhone SE' keeps its text layer.
MIN_IRREGULAR_WORDS = 2

# The escapes are typographic quotes, which look like ASCII quotes in an editor.
_EDGE_PUNCTUATION = "()[]{}<>\"'«»\u2018\u2019\u201c\u201d\u201e,.;:!?*"
_INNER_PUNCTUATION = frozenset("-'\u2019./&@_:,+%#()=?!")
_BAD_CATEGORIES = frozenset({"Cc", "Co", "Cn", "Cs"})
# Scripts with look-alike letters that broken encodings and bad OCR layers mix
# inside one word. Other scripts, such as Han and Kana in Japanese, mix normally.
_CONFUSABLE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})


def normalize_text(text: str) -> str:
    """Return `text` with LF line breaks, no NUL or form feed, no trailing spaces.

    Blank lines at the start and end are dropped. Nothing else changes.
    """
    text = _LINE_BREAK.sub("\n", text).translate(_REMOVED_CHARACTERS)
    text = _TRAILING_SPACE.sub("", text)
    return text.strip("\n")


def count_alphanumerics(text: str) -> int:
    """Return the number of letters and digits in `text`."""
    return sum(1 for character in text if character.isalnum())


def garbled_reason(text: str) -> str | None:
    """Return why `text` looks like a broken text layer, or None when it looks real.

    Two signs are checked: control or private-use characters, and words whose letter
    case, script mix or inner symbols human text rarely has ('kieZlgZy', 'vote{note',
    a Cyrillic word with a Latin letter inside).
    """
    visible = [character for character in text if not character.isspace()]
    control = sum(1 for character in visible if _is_control(character))
    if visible and control / len(visible) > MAX_CONTROL_SHARE:
        return f"{control} of {len(visible)} characters are control characters"

    words = [
        word for word in map(_strip_edges, text.split()) if _letter_count(word) > 1
    ]
    irregular = sum(1 for word in words if _is_irregular_word(word))
    if (
        irregular >= MIN_IRREGULAR_WORDS
        and irregular / len(words) > MAX_IRREGULAR_WORD_SHARE
    ):
        return f"{irregular} of {len(words)} words have an irregular shape"
    return None


def _is_control(character: str) -> bool:
    return character == "\ufffd" or unicodedata.category(character) in _BAD_CATEGORIES


def _strip_edges(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION)


def _letter_count(word: str) -> int:
    return sum(1 for character in word if character.isalpha())


def _is_irregular_word(word: str) -> bool:
    """Return True when a word mixes scripts, has odd inner symbols or odd case."""
    letters = [character for character in word if character.isalpha()]
    scripts = {_script(letter) for letter in letters} & _CONFUSABLE_SCRIPTS
    if len(scripts) > 1:
        return True
    if any(not c.isalnum() and c not in _INNER_PUNCTUATION for c in word):
        return True
    return not _has_regular_case(letters)


def _has_regular_case(letters: list[str]) -> bool:
    """Return True for lower-case, upper-case, capitalized and caseless words."""
    cased = "".join(
        letter for letter in letters if letter.isupper() or letter.islower()
    )
    if not cased:
        return True
    return (
        cased.islower()
        or cased.isupper()
        or (cased[0].isupper() and cased[1:].islower())
    )


def _script(letter: str) -> str:
    """Return the first word of the letter's Unicode name, such as LATIN or CYRILLIC."""
    name = unicodedata.name(letter, "")
    return name.split(" ", 1)[0]
