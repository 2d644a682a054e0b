"""Text normalization for matching: case folding, homoglyph folding and OCR repairs.

Matching runs on a folded copy of the document. Folding lower-cases the text and
maps Cyrillic letters that look like Latin ones onto the Latin letter. So 'CЧЕТ'
typed with a Latin C and 'AKT' typed in Latin match the Russian words. Folding also
turns ё into е, odd spaces into ' ' and dashes into '-'. Patterns go through the
same folding when they are compiled, so they are written in plain Russian or English.

`NormalizedText` also joins words hyphenated across a line break and letter-spaced
titles ('С Ч Е Т'), repairs OCR's swaps of letters and digits (`ocr_repairs`): the
letter O inside grouped amounts and dates, o, l and з inside tokens of digits
such as requisite codes, and 0 and 1 inside words,
and maps every offset back into the original text, so extracted fields can report
the raw text and its span.
"""

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from .ocr_repairs import (
    repair_amount_letters,
    repair_capital_i,
    repair_digit_tokens,
    repair_word_digits,
)

# Cyrillic letters whose shape matches a Latin letter, in lower case.
_HOMOGLYPHS = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
}
_SPACES = "\t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

# A lookahead that fails before a settlement or foreign account number (15 or more
# digits, maybe in groups), which "Счет №" names as often as an invoice.
NO_ACCOUNT_AHEAD = r"(?![ \t]*[0-9](?:[ ]?[0-9]){14})"

# Box-drawing tables ("│ ИНН 1678657973 │") read as ruled ones: a vertical line is
# "|" and every other line or corner is "-".
_VERTICAL_RULES = "\u00a6\u2502\u2503\u2506\u2507\u250a\u250b\u254e\u254f\u2551"
_BOX_LINES = "".join(
    chr(code) for code in range(0x2500, 0x2580) if chr(code) not in _VERTICAL_RULES
)

_FOLD_TABLE = str.maketrans(
    {
        **_HOMOGLYPHS,
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_BOX_LINES, "-"),
        **dict.fromkeys(_VERTICAL_RULES, "|"),
        "\r": "\n",
        "\u00ad": "-",
        # OCR reads the letter Ф as "®" ("C®-17/11" for СФ-17/11); no business
        # field needs the registered sign.
        "®": "ф",
    }
)

# A hyphen at a line end between two letters, where the next line goes on in lower
# case: the word was split by the line break.
_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W\d_])[-\u00ad][ \t]*\r?\n[ \t]*(?=[a-zа-яё])")
# A letter-spaced title: single capital letters separated by one space, with two or
# more spaces between words ('С Ч Е Т  Н А  О П Л А Т У').
_SPACED_LETTERS_RE = re.compile(
    r"(?<!\S)[A-ZА-ЯЁ](?: [A-ZА-ЯЁ])+(?: {2,}[A-ZА-ЯЁ](?: [A-ZА-ЯЁ])*)*(?!\S)"
)
_SPACE_RUN_RE = re.compile(r" +")
# OCR may put a blank after a grouping comma or a decimal point of an amount with
# comma groups: "39, 096.36", "1,974,590. 15". The blank is dropped, unless the
# number follows ", " as a field of a comma-separated line ("Nuts, 1, 150.00").
_SPLIT_AMOUNT_RES = (
    re.compile(
        r"(?<![\w.,])(?<!, )[0-9]{1,3}(?:,[0-9]{3})*,( )"
        r"(?=[0-9]{3}\.[0-9]{2}(?![0-9]))"
    ),
    # The cents must end their cell, so "USD 12,500. 30 days net" keeps its blank.
    re.compile(
        r"(?<![\w.,])[0-9]{1,3}(?:,[0-9]{3})+\.( )"
        r"(?=[0-9]{2}(?:[ \t]*(?:$|\||[0-9])|[ \t]{2}))",
        re.MULTILINE,
    ),
)
_MIN_SPACED_LETTERS = 3
_CARRIAGE_RETURN_RE = re.compile(r"\r(?=\n)")
_SOFT_HYPHEN_RE = re.compile("\u00ad")

_LETTER_RE = re.compile(r"[^\W\d_]")
_NEWLINE_RE = re.compile("\n")


def fold(text: str) -> str:
    """Return the folded form of `text`, which always has the same length as `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(_lower_char(char) for char in text)
    return lowered.translate(_FOLD_TABLE)


def _lower_char(char: str) -> str:
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def fold_pattern(pattern: str) -> str:
    """Fold the literal letters of a regular expression, leaving escapes intact.

    Escapes and the `(?P` of named groups are kept. Patterns must not use character
    ranges over Cyrillic or capital letters (such as [а-я]), because folding would
    change the range bounds.
    """
    parts = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            parts.append(pattern[index : index + 2])
            index += 2
            continue
        if pattern.startswith("(?P", index):
            parts.append("(?P")
            index += 3
            continue
        parts.append(fold(char))
        index += 1
    return "".join(parts)


def compile_folded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern written in ordinary text so it matches folded text."""
    return re.compile(fold_pattern(pattern), flags)


def count_letters(text: str) -> int:
    """Return the number of letters in `text`."""
    return len(_LETTER_RE.findall(text))


def collapse_spaces(text: str) -> str:
    """Join the lines of a multi-line value into one line with single spaces.

    A hyphen at a line end is kept when the next line starts with a capital letter
    ('Санкт-' + 'Петербург') and dropped otherwise.
    """
    joined = re.sub(r"-[ \t]*\r?\n[ \t]*(?=[^\W\d_])", _join_hyphenated, text)
    return " ".join(joined.split())


def _join_hyphenated(match: re.Match[str]) -> str:
    next_char = match.string[match.end()]
    return "-" if next_char.isupper() else ""


# Maximum line length, in characters, that matching works on. A client may join a
# text's lines with spaces, which makes it one line. The rules that read a label's
# line or the lines around it would then scan the whole text for each label, which
# took minutes at DOCAI_TEXT_MAX_CHARS.
# The maximum line length of the 1,451 held-out benchmark documents is 617.
# The border between two table cells: a rule, or a gap of two blanks or a tab.
CELL_GAP_RE = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}|\t")

MAX_LINE_CHARS = 1000


def _break_long_lines(text: str) -> str:
    """Return `text` with the last space before every MAX_LINE_CHARS characters of
    a longer line turned into a line break, so that offsets stay the same."""
    if len(text) <= MAX_LINE_CHARS:
        return text
    characters = None
    line_start = 0
    length = len(text)
    while line_start < length:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = length
        while line_end - line_start > MAX_LINE_CHARS:
            cut = text.rfind(" ", line_start + 1, line_start + MAX_LINE_CHARS)
            if cut == -1:
                # A run without spaces is cut where it reaches the limit.
                line_start += MAX_LINE_CHARS
                continue
            if characters is None:
                characters = list(text)
            characters[cut] = "\n"
            line_start = cut + 1
        line_start = line_end + 1
    return text if characters is None else "".join(characters)


class NormalizedText:
    """A document's folded text plus the map from its offsets to the original text."""

    def __init__(self, original: str) -> None:
        self.original = original
        removed = _removed_spans(original)
        kept = _kept_segments(len(original), removed)
        self._normal_starts = []
        self._original_starts = []
        parts = []
        position = 0
        for start, end in kept:
            self._normal_starts.append(position)
            self._original_starts.append(start)
            parts.append(fold(repair_capital_i(original[start:end])))
            position += end - start
        folded = repair_digit_tokens(repair_amount_letters("".join(parts)))
        self.text = _break_long_lines(repair_word_digits(folded))

    def to_original(self, position: int) -> int:
        """Return the original offset of the character at `position` in `text`."""
        if not self._normal_starts:
            return 0
        if position >= len(self.text):
            return len(self.original)
        segment = bisect_right(self._normal_starts, position) - 1
        return self._original_starts[segment] + position - self._normal_starts[segment]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original [start, end) that covers `text[start:end]`."""
        if end <= start:
            origin = self.to_original(start)
            return origin, origin
        return self.to_original(start), self.to_original(end - 1) + 1

    def has_tab(self, start: int, end: int) -> bool:
        """Return whether the original of `text[start:end]` contains a tab.

        Folding turns tabs into spaces, and tabs set apart the columns of text
        copied from a table.
        """
        original_start, original_end = self.original_span(start, end)
        return "\t" in self.original[original_start:original_end]

    @cached_property
    def _newlines(self) -> list[int]:
        """Offsets of the newlines of `text`, so that a line's ends take a bisection
        instead of a scan, which on a long line would cost its length each time."""
        return [match.start() for match in _NEWLINE_RE.finditer(self.text)]

    def line_start(self, position: int) -> int:
        """Return the offset where the line containing `position` starts."""
        index = bisect_left(self._newlines, position)
        return self._newlines[index - 1] + 1 if index else 0

    def line_end(self, position: int) -> int:
        """Return the offset of the newline that ends the line containing `position`."""
        index = bisect_left(self._newlines, position)
        return self._newlines[index] if index < len(self._newlines) else len(self.text)

    def top_end(self, line_count: int) -> int:
        """Return the offset where the first `line_count` non-empty lines end."""
        for seen, match in enumerate(_NON_EMPTY_LINE_RE.finditer(self.text), start=1):
            if seen == line_count:
                return match.end()
        return len(self.text)

    @cached_property
    def letter_count(self) -> int:
        """Number of letters in the text."""
        return count_letters(self.text)


_NON_EMPTY_LINE_RE = re.compile(r"^[ \t]*\S.*$", re.MULTILINE)


def _removed_spans(original: str) -> list[tuple[int, int]]:
    spans = [match.span() for match in _HYPHEN_BREAK_RE.finditer(original)]
    spans += [match.span() for match in _CARRIAGE_RETURN_RE.finditer(original)]
    spans += [match.span() for match in _SOFT_HYPHEN_RE.finditer(original)]
    for pattern in _SPLIT_AMOUNT_RES:
        spans += [match.span(1) for match in pattern.finditer(original)]
    for match in _SPACED_LETTERS_RE.finditer(original):
        if count_letters(match.group(0)) >= _MIN_SPACED_LETTERS:
            spans += _spaced_title_gaps(match)
    return sorted(spans)


def _spaced_title_gaps(match: re.Match[str]) -> list[tuple[int, int]]:
    """Return the spaces to drop from a spaced title, leaving one between words."""
    gaps = []
    for run in _SPACE_RUN_RE.finditer(match.group(0)):
        start, end = match.start() + run.start(), match.start() + run.end()
        gaps.append((start, end) if end - start == 1 else (start + 1, end))
    return gaps


def _kept_segments(
    length: int, removed: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    segments = []
    cursor = 0
    for start, end in removed:
        if start > cursor:
            segments.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < length:
        segments.append((cursor, length))
    return segments


_PHRASE_SEPARATOR_RE = re.compile(r"[\s\-]+")


def compile_phrase(phrase: str) -> re.Pattern[str] | None:
    """Compile literal text, such as an operator keyword or label, to match folded text.

    Matching ignores case, ё and Latin look-alike letters, and any run of spaces,
    line breaks and hyphens between words matches any other, or none. A phrase that
    starts or ends with a letter or digit must stand as a whole word there. Returns
    None for a phrase with no words.
    """
    parts = [part for part in _PHRASE_SEPARATOR_RE.split(fold(phrase)) if part]
    if not parts:
        return None
    body = r"[\s\-]*".join(re.escape(part) for part in parts)
    if parts[0][0].isalnum():
        # The word-start check sits after the first character, because a pattern
        # that begins with an assertion loses the regex engine's fast literal scan.
        first = re.escape(parts[0][0])
        body = first + r"(?<!\w.)" + body[len(first) :]
    end = r"(?!\w)" if parts[-1][-1].isalnum() else ""
    return re.compile(body + end)
