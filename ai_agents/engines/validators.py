"""Check digits and formats of Russian company and bank requisites.

Every function is pure. It takes the value as a string and returns a bool, and a
malformed string (wrong length, letters, non-ASCII digits) gives False.
"""

import re

_INN_10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_12_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_12_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
# 3 digits from the BIK plus the 20-digit account.
_ACCOUNT_KEY_WEIGHTS = ((7, 1, 3) * 8)[:23]

_KPP_RE = re.compile(r"[0-9]{4}[0-9A-Z]{2}[0-9]{3}")
_BIK_RE = re.compile(r"04[0-9]{7}")
_DIVISION_CODE_RE = re.compile(r"[0-9]{3}-[0-9]{3}")
_IBAN_RE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
# The IBAN length of each country in the SWIFT IBAN registry that business papers
# sent to Russian companies print most. A glued letter after a Kazakh IBAN passes
# mod 97 once in 97 times, but not its length of 20.
_IBAN_LENGTHS = {
    **dict.fromkeys(("NO",), 15),
    **dict.fromkeys(("BE",), 16),
    **dict.fromkeys(("DK", "FI", "FO", "GL", "NL"), 18),
    **dict.fromkeys(("MK", "SI"), 19),
    **dict.fromkeys(("AT", "BA", "EE", "KZ", "LT", "LU", "XK"), 20),
    **dict.fromkeys(("CH", "HR", "LI", "LV"), 21),
    **dict.fromkeys(("BG", "BH", "CR", "DE", "GB", "GE", "IE", "ME", "RS"), 22),
    **dict.fromkeys(("VA",), 22),
    **dict.fromkeys(("AE", "GI", "IL", "IQ", "TL"), 23),
    **dict.fromkeys(("CZ", "ES", "MD", "PK", "RO", "SA", "SE", "SK", "TN"), 24),
    **dict.fromkeys(("VG",), 24),
    **dict.fromkeys(("PT", "ST"), 25),
    **dict.fromkeys(("IS", "TR"), 26),
    **dict.fromkeys(("FR", "GR", "IT", "MC", "MR", "SM"), 27),
    **dict.fromkeys(("AL", "AZ", "BY", "CY", "DO", "GT", "HU", "LB", "PL", "SV"), 28),
    **dict.fromkeys(("BR", "EG", "PS", "QA", "UA"), 29),
    **dict.fromkeys(("JO", "KW", "MU"), 30),
    **dict.fromkeys(("MT", "SC"), 31),
    **dict.fromkeys(("LC",), 32),
}


def _weighted_check_digit(digits: str, weights: tuple[int, ...]) -> int:
    total = sum(
        int(digit) * weight for digit, weight in zip(digits, weights, strict=False)
    )
    return total % 11 % 10


def is_valid_inn(value: str) -> bool:
    """Return whether a 10-digit (company) or 12-digit (person) INN has valid checks."""
    if not value.isascii() or not value.isdigit():
        return False
    if len(value) == 10:
        return _weighted_check_digit(value, _INN_10_WEIGHTS) == int(value[9])
    if len(value) == 12:
        first = _weighted_check_digit(value, _INN_12_WEIGHTS_11)
        second = _weighted_check_digit(value, _INN_12_WEIGHTS_12)
        return first == int(value[10]) and second == int(value[11])
    return False


def is_valid_kpp(value: str) -> bool:
    """Return whether a KPP is 4 digits, 2 digits or capital letters, then 3 digits."""
    return _KPP_RE.fullmatch(value) is not None


def is_valid_ogrn(value: str) -> bool:
    """Return whether a 13-digit OGRN or a 15-digit OGRNIP has a valid check digit.

    The check digit is the rest of the leading digits divided by 11 (OGRN) or by 13
    (OGRNIP), taken modulo 10.
    """
    if not value.isascii() or not value.isdigit():
        return False
    if len(value) == 13:
        return int(value[:12]) % 11 % 10 == int(value[12])
    if len(value) == 15:
        return int(value[:14]) % 13 % 10 == int(value[14])
    return False


def is_valid_bik(value: str) -> bool:
    """Return whether a BIK has 9 digits and starts with the Russian country code 04."""
    return _BIK_RE.fullmatch(value) is not None


def _has_valid_account_key(prefix: str, account: str) -> bool:
    if len(account) != 20 or not (account.isascii() and account.isdigit()):
        return False
    digits = prefix + account
    total = sum(
        int(digit) * weight
        for digit, weight in zip(digits, _ACCOUNT_KEY_WEIGHTS, strict=True)
    )
    return total % 10 == 0


def is_valid_settlement_account(account: str, bik: str) -> bool:
    """Return whether a 20-digit account matches the control key for a bank's BIK.

    The key runs over the last 3 BIK digits followed by the account. A BIK ending in
    000 belongs to a Bank of Russia settlement centre (RKC), and accounts there use
    "0" plus BIK digits 5 and 6 instead, as correspondent accounts do.
    """
    if len(bik) != 9 or not (bik.isascii() and bik.isdigit()):
        return False
    if bik.endswith("000"):
        return _has_valid_account_key("0" + bik[4:6], account)
    return _has_valid_account_key(bik[-3:], account)


def is_valid_correspondent_account(account: str, bik: str) -> bool:
    """Return whether a correspondent account matches the control key for a BIK.

    The key runs over "0", BIK digits 5 and 6, and the account.
    """
    if len(bik) != 9 or not (bik.isascii() and bik.isdigit()):
        return False
    return _has_valid_account_key("0" + bik[4:6], account)


def is_valid_division_code(value: str) -> bool:
    """Return whether a passport issuing-division code has the format 000-000."""
    return _DIVISION_CODE_RE.fullmatch(value) is not None


def is_valid_iban(value: str) -> bool:
    """Return whether an IBAN without spaces passes the ISO 13616 mod-97 check.

    The country code and check digits move to the end, letters become 10 to 35, and
    the resulting number must leave a remainder of 1 when divided by 97. The length
    must be the one of its country's format where _IBAN_LENGTHS lists it, and
    within the ISO range of 15 to 34 characters otherwise.
    """
    if not value.isascii() or _IBAN_RE.fullmatch(value) is None:
        return False
    if len(value) != _IBAN_LENGTHS.get(value[:2], len(value)):
        return False
    rearranged = value[4:] + value[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return int(digits) % 97 == 1


def is_valid_snils(value: str) -> bool:
    """Return whether an 11-digit SNILS has the right control number.

    The first nine digits, weighted 9 down to 1, sum to S. The control number
    is S below 100, 00 for 100 and 101, and otherwise S mod 101 (00 when that
    gives 100). Numbers up to 001-001-998 were issued without the check.
    """
    if len(value) != 11 or not (value.isascii() and value.isdigit()):
        return False
    body, control = value[:9], int(value[9:])
    if int(body) <= 1001998:
        return True
    pairs = zip(body, range(9, 0, -1), strict=True)
    total = sum(int(digit) * weight for digit, weight in pairs)
    if total > 101:
        total %= 101
    expected = 0 if total in (100, 101) else total
    return control == expected


def is_valid_passport_series(value: str) -> bool:
    """Return whether a Russian internal passport series is four digits."""
    return len(value) == 4 and value.isascii() and value.isdigit()


def is_valid_passport_number(value: str) -> bool:
    """Return whether a Russian internal passport number is six digits."""
    return len(value) == 6 and value.isascii() and value.isdigit()
