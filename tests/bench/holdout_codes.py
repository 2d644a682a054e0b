"""Checks of the codes that the held-out benchmark documents print.

The tests of the held-out sets use these functions to check registration and tax
numbers, bank and ship codes and passport machine-readable zones (MRZ) by their check
digits, or by their form for codes that carry none. They are separate from the
extraction engine's validators in ai_agents/engines/validators.py.
"""

import re
from collections.abc import Callable, Mapping

# The Chinese unified social credit code uses digits and capitals without I, O, S,
# V and Z.
USCI_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCI_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
GSTIN_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def is_valid_ogrn(ogrn: str) -> bool:
    """Check the key of a 13-digit OGRN or a 15-digit OGRNIP."""
    # The first 12 digits mod 11, or for an OGRNIP the first 14 digits mod 13, then
    # mod 10, equal the last digit.
    if len(ogrn) == 13:
        return int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
    if len(ogrn) == 15:
        return int(ogrn[:14]) % 13 % 10 == int(ogrn[14])
    return False


def is_valid_usci(code: str) -> bool:
    """Check the last character of a Chinese unified social credit code (USCI)."""
    if len(code) != 18 or any(char not in USCI_CHARACTERS for char in code):
        return False
    # The value of the 18th character brings the weighted sum of the first 17 to a
    # multiple of 31.
    total = sum(
        USCI_CHARACTERS.index(char) * weight
        for char, weight in zip(code[:17], USCI_WEIGHTS, strict=True)
    )
    return code[17] == USCI_CHARACTERS[(31 - total % 31) % 31]


def is_valid_german_vat(vat: str) -> bool:
    """Check a German USt-IdNr. ("DE" and 9 digits) by ISO 7064 MOD 11,10."""
    if re.fullmatch(r"DE\d{9}", vat) is None:
        return False
    # The first eight digits give the ninth.
    product = 10
    for digit in vat[2:10]:
        remainder = (int(digit) + product) % 10 or 10
        product = 2 * remainder % 11
    return int(vat[10]) == (11 - product) % 10


def is_valid_gb_vat(vat: str) -> bool:
    """Check a UK VAT number: 9 digits, spaces and a leading "GB" ignored."""
    digits = re.sub(r"\s", "", vat).removeprefix("GB")
    if re.fullmatch(r"\d{9}", digits) is None:
        return False
    # Weights 8 to 2 over the first seven digits, plus the last two digits, make a
    # multiple of 97 (the mod 97 rule), or of 97 after adding 55 (the 9755 rule).
    weighted = sum(
        int(digit) * weight
        for digit, weight in zip(digits[:7], range(8, 1, -1), strict=True)
    )
    check = int(digits[7:])
    return (weighted + check) % 97 == 0 or (weighted + 55 + check) % 97 == 0


def is_valid_nl_vat(vat: str) -> bool:
    """Check a Dutch VAT number ("NL", 9 digits, "B" and 2 digits) by its 9th digit."""
    if re.fullmatch(r"NL\d{9}B\d{2}", vat) is None:
        return False
    # The first eight digits weighted 9 down to 2, mod 11, give the ninth.
    digits = [int(char) for char in vat[2:11]]
    total = sum(
        digit * weight
        for digit, weight in zip(digits[:8], range(9, 1, -1), strict=True)
    )
    return total % 11 == digits[8]


def is_valid_kz_bin(code: str) -> bool:
    """Check the last digit of a Kazakh БИН or ИИН, which share one 12-digit check."""
    if re.fullmatch(r"\d{12}", code) is None:
        return False
    # Weights 1 to 11, mod 11. When that gives 10, weights 3 to 11, 1, 2 mod 11, and
    # a result of 10 in both rounds makes the code invalid.
    digits = [int(char) for char in code[:11]]
    remainder = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
    if remainder == 10:
        weights = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
    return remainder != 10 and remainder == int(code[11])


def is_valid_tc_kimlik(number: str) -> bool:
    """Check the last two digits of a Turkish identity number (T.C. Kimlik No)."""
    if re.fullmatch(r"[1-9]\d{10}", number) is None:
        return False
    # The tenth digit is 7 times the sum of the odd positions minus the sum of the
    # even positions among the first nine, mod 10. The eleventh is the sum of the
    # first ten mod 10.
    digits = [int(char) for char in number]
    tenth = (7 * sum(digits[0:9:2]) - sum(digits[1:8:2])) % 10
    eleventh = sum(digits[:10]) % 10
    return digits[9] == tenth and digits[10] == eleventh


def is_valid_gstin(gstin: str) -> bool:
    """Check the form and the Luhn mod 36 check character of an Indian GSTIN."""
    # A state code, a PAN, an entity character, "Z" and the check character.
    if re.fullmatch(r"\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z]", gstin) is None:
        return False
    # Each of the first 14 characters is weighted 1 and 2 in turn, a product adds its
    # base-36 digits, and the check brings the sum to a multiple of 36.
    total = 0
    for index, char in enumerate(gstin[:14]):
        product = GSTIN_CHARACTERS.index(char) * (1 if index % 2 == 0 else 2)
        total += product // 36 + product % 36
    return gstin[14] == GSTIN_CHARACTERS[(36 - total % 36) % 36]


def is_valid_aba(routing: str) -> bool:
    """Check a 9-digit US ABA routing number: weights 3, 7, 1 give a multiple of 10."""
    if re.fullmatch(r"\d{9}", routing) is None:
        return False
    weights = (3, 7, 1) * 3
    total = sum(
        int(digit) * weight for digit, weight in zip(routing, weights, strict=True)
    )
    return total % 10 == 0


def is_valid_imo_number(number: str) -> bool:
    """Check an IMO ship number: six digits weighted 7 to 2, mod 10, give the 7th."""
    if re.fullmatch(r"\d{7}", number) is None:
        return False
    total = sum(
        int(digit) * weight
        for digit, weight in zip(number[:6], range(7, 1, -1), strict=True)
    )
    return total % 10 == int(number[6])


def is_valid_wagon_number(number: str) -> bool:
    """Check a Russian railway wagon number: eight digits whose last makes the sum of
    the digits of the first seven, doubled at odd positions, a multiple of 10."""
    if re.fullmatch(r"\d{8}", number) is None:
        return False
    total = 0
    for index, digit in enumerate(number[:7]):
        product = int(digit) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (total + int(number[7])) % 10 == 0


def gs1_check_digit(digits: str) -> str:
    """Return the GS1 check digit of `digits`: weights 3 and 1 from the right, then the
    distance to the next multiple of 10."""
    total = sum(
        int(digit) * (3 if index % 2 == 0 else 1)
        for index, digit in enumerate(reversed(digits))
    )
    return str(-total % 10)


def is_valid_gs1_number(number: str) -> bool:
    """Check a GTIN or an SSCC: its last digit is the GS1 check digit of the rest."""
    return number.isdigit() and number[-1] == gs1_check_digit(number[:-1])


def is_valid_air_waybill(number: str) -> bool:
    """Check an air waybill number "ppp-ssssssss": the serial's last digit is the
    first seven digits mod 7."""
    match = re.fullmatch(r"\d{3}-(\d{7})(\d)", number)
    if match is None:
        return False
    return int(match.group(1)) % 7 == int(match.group(2))


def form_check(pattern: str) -> Callable[[str], bool]:
    """Return a check of a code's form alone, for codes that carry no check digit."""

    def matches_form(value: str) -> bool:
        return re.fullmatch(pattern, value) is not None

    return matches_form


def is_valid_foreign_identifier(
    value: str, kind: str, checks: Mapping[str, Callable[[str], bool]]
) -> bool:
    """Check `value` with the function that `checks` maps `kind` to."""
    check = checks.get(kind)
    if check is None:
        expected = ", ".join(checks)
        raise ValueError(
            f"invalid identifier kind {kind!r}: expected one of {expected}"
        )
    return check(value)


def mrz_check_digit(field: str) -> str:
    """Return the check digit of a field of a machine-readable zone (MRZ)."""
    # Weights 7, 3, 1 repeat over the values of digits, letters (A=10 ... Z=35) and
    # fillers ("<" = 0), and the sum is taken mod 10.
    total = 0
    for index, char in enumerate(field):
        if char == "<":
            value = 0
        elif char.isdigit():
            value = int(char)
        else:
            value = ord(char) - ord("A") + 10
        total += value * (7, 3, 1)[index % 3]
    return str(total % 10)


def mrz_lines(text: str, width: int) -> list[str]:
    """Return the stripped lines of `text` that are MRZ lines of `width` characters."""
    return [
        line.strip()
        for line in text.splitlines()
        if len(line.strip()) == width and re.fullmatch(r"[A-Z0-9<]+", line.strip())
    ]


def td3_errors(line: str, *, allow_filler_check: bool = True) -> list[str]:
    """Return the fields of a passport's second MRZ line whose check digit is wrong."""
    fields = {
        "number": (line[0:9], line[9]),
        "birth": (line[13:19], line[19]),
        "expiry": (line[21:27], line[27]),
        "personal": (line[28:42], line[42]),
        "composite": (line[0:10] + line[13:20] + line[21:43], line[43]),
    }
    errors = []
    for name, (value, check) in fields.items():
        # With `allow_filler_check`, a field of fillers alone, such as an empty
        # personal number, may carry "<" as its check digit. Without it the check
        # digit of such a field must be "0".
        filler_check = check == "<" and set(value) == {"<"}
        if allow_filler_check and filler_check:
            continue
        if mrz_check_digit(value) != check:
            errors.append(name)
    return errors


def strict_td3_errors(line: str) -> list[str]:
    """Return `td3_errors` of a line whose empty fields carry the check digit "0"."""
    return td3_errors(line, allow_filler_check=False)
