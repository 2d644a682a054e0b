"""Random but valid values for synthetic documents: requisites, dates and amounts.

INN check digits are weighted sums mod 11 mod 10. An OGRN ends in its body mod 11
(mod 13 for an OGRNIP) mod 10. An account's control key makes the sum of weights
7, 1, 3 over 3 BIK digits and the 20-digit account a multiple of 10. These rules
are written here independently of `ai_agents.engines.validators`, so that the
tests can check one against the other.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

_INN_10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_12_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_12_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_KEY_WEIGHTS = (7, 1, 3)
# Index of the control key inside a 20-digit account.
_KEY_INDEX = 8

# Account currency codes (digits 6 to 8 of an account), from OKV.
ACCOUNT_CURRENCY_CODES = {"RUB": "810", "USD": "840", "EUR": "978", "CNY": "156"}


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def region_code(rng: random.Random) -> str:
    """Return a two-digit region code from 01 to 89."""
    return f"{rng.randint(1, 89):02d}"


def company_inn(rng: random.Random, region: str | None = None) -> str:
    """Return a 10-digit company INN with a valid check digit."""
    body = (region or region_code(rng)) + _digits(rng, 7)
    return body + str(_weighted(body, _INN_10_WEIGHTS))


def person_inn(rng: random.Random, region: str | None = None) -> str:
    """Return a 12-digit INN of a person with both check digits valid."""
    body = (region or region_code(rng)) + _digits(rng, 8)
    body += str(_weighted(body, _INN_12_WEIGHTS_11))
    return body + str(_weighted(body, _INN_12_WEIGHTS_12))


def kpp_for(rng: random.Random, inn: str) -> str:
    """Return a KPP: the INN's tax office code, a reason code and a serial number."""
    reason = rng.choice(("01", "01", "01", "43", "45"))
    return inn[:4] + reason + f"{rng.randint(1, 3):03d}"


def company_ogrn(rng: random.Random, region: str) -> str:
    """Return a 13-digit OGRN whose last digit is the 12-digit body mod 11 mod 10."""
    year = f"{rng.randint(2, 23):02d}"
    body = rng.choice("15") + year + region + _digits(rng, 7)
    return body + str(int(body) % 11 % 10)


def person_ogrnip(rng: random.Random, region: str) -> str:
    """Return a 15-digit OGRNIP whose last digit is the body mod 13 mod 10."""
    body = "3" + f"{rng.randint(4, 23):02d}" + region + _digits(rng, 9)
    return body + str(int(body) % 13 % 10)


def bank_bik(rng: random.Random, region: str) -> str:
    """Return a BIK of a commercial bank: 04, region, division, and a bank code."""
    return "04" + region + _digits(rng, 2) + f"{rng.randint(101, 999):03d}"


def _with_key(prefix: str, account: str) -> str:
    """Return `account` with the control key digit that makes its checksum 0 mod 10."""
    for key in "0123456789":
        candidate = account[:_KEY_INDEX] + key + account[_KEY_INDEX + 1 :]
        digits = prefix + candidate
        total = sum(int(d) * _KEY_WEIGHTS[i % 3] for i, d in enumerate(digits))
        if total % 10 == 0:
            return candidate
    raise AssertionError("a control key always exists because weight 3 is odd")


def correspondent_account(rng: random.Random, bik: str) -> str:
    """Return a correspondent account (30101 810) at the Bank of Russia for `bik`."""
    draft = "30101810" + "0" + _digits(rng, 8) + bik[-3:]
    return _with_key("0" + bik[4:6], draft)


def settlement_account(rng: random.Random, bik: str, currency: str = "RUB") -> str:
    """Return a company settlement account (40702) in `currency` at the bank `bik`."""
    ledger = rng.choice(("40702", "40702", "40701", "40703", "40802"))
    code = ACCOUNT_CURRENCY_CODES.get(currency, "810")
    draft = ledger + code + "0" + _digits(rng, 11)
    return _with_key(bik[-3:], draft)


def treasury_bik(rng: random.Random, region: str) -> str:
    """Return a BIK of a Bank of Russia division, which ends in 000."""
    return "04" + region + _digits(rng, 2) + "000"


def treasury_account(rng: random.Random, bik: str) -> str:
    """Return a treasury account (03100) at a Bank of Russia division (BIK ...000)."""
    draft = "03100643" + "0" + _digits(rng, 11)
    return _with_key("0" + bik[4:6], draft)


def random_date(rng: random.Random) -> date:
    """Return a day between 2018-01-01 and 2026-12-31."""
    start = date(2018, 1, 1)
    return start + timedelta(days=rng.randrange(9 * 365))


def random_amount(rng: random.Random, low: int = 50, high: int = 3_000_000) -> Decimal:
    """Return an amount with kopecks, log-uniform between `low` and `high`."""
    scale = rng.uniform(0, 1)
    value = low * (high / low) ** scale
    cents = rng.choice((0, 0, rng.randrange(100)))
    return Decimal(int(value)) + Decimal(cents) / 100


def vat_included(total: Decimal, rate: int = 20) -> Decimal:
    """Return the VAT contained in a total at `rate` percent, rounded to kopecks."""
    vat = total * rate / (100 + rate)
    return vat.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Bank:
    """A bank branch: name, city, BIK and correspondent account."""

    name: str
    city: str
    bik: str
    correspondent_account: str


@dataclass(frozen=True)
class Company:
    """A party with requisites. `kpp` is empty for a sole trader."""

    name: str
    inn: str
    kpp: str
    ogrn: str
    address: str
    bank: Bank
    account: str
    director: str
