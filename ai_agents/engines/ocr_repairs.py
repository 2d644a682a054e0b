"""Repairs of OCR misreads in the folded text that keep every offset in place."""

import re

# A grouped amount with a decimal part in which OCR read a zero as the letter O
# ("£1,O38,086.56", "2 5O0,00"). Both the grouping and the decimal part must be
# there, so codes and words with an O between digits stay as they are.
_AMOUNT_WITH_O_RE = re.compile(
    r"(?<![\w.,])[0-9o]{1,3}(?:,[0-9o]{3})+\.[0-9o]{2}(?![\w])"
    r"|(?<![\w.,])[0-9o]{1,3}(?:[ .][0-9o]{3})+,[0-9o]{2}(?![\w])"
)
_MIN_REAL_DIGITS = 4


def repair_amount_letters(text: str) -> str:
    """Return folded `text` with the letter o read as 0 inside grouped amounts."""
    if "o" not in text:
        return text
    return _AMOUNT_WITH_O_RE.sub(_zeros_for_letters, text)


def _zeros_for_letters(match: re.Match[str]) -> str:
    amount = match.group(0)
    digits = sum(char.isascii() and char.isdigit() for char in amount)
    if "o" not in amount or digits < _MIN_REAL_DIGITS or amount[0] == "o":
        return amount
    return amount.replace("o", "0")
