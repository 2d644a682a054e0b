"""A document being generated: its lines, its expected fields and layout helpers."""

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .formats import iso_amount
from .values import Company


@dataclass(frozen=True)
class Item:
    """A line of goods or services."""

    name: str
    quantity: int
    price: Decimal

    @property
    def amount(self) -> Decimal:
        return self.price * self.quantity


@dataclass
class Draft:
    """Lines of a synthetic document and the values a reader should extract.

    `expected` maps a field path ("number", "parties.seller.inn") to its value, or
    to None when the document has no such field, so that finding one is an error.
    `expected_items` lists the rows of the printed goods or services table, each
    with "description", "quantity", "unit_price" and "amount" as decimal strings.
    It stays empty when the document prints no such table.
    """

    rng: random.Random
    lines: list[str] = field(default_factory=list)
    expected: dict[str, str | None] = field(default_factory=dict)
    expected_items: list[dict[str, str]] = field(default_factory=list)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def blank(self) -> None:
        """Add 0 to 2 blank lines, as layouts differ in spacing."""
        self.lines.extend([""] * self.rng.choice((0, 1, 1, 2)))

    def title(self, text: str) -> str:
        """Return a title in upper case about half of the time."""
        return text.upper() if self.rng.randrange(2) else text

    def header(self, number: str | None, day: date | None) -> None:
        self.expected["number"] = number
        self.expected["date"] = day.isoformat() if day else None

    def money(self, total: Decimal | None, currency: str | None) -> None:
        self.expected["total"] = None if total is None else iso_amount(total)
        self.expected["currency"] = currency

    def requisites(
        self, role: str, company: Company, *, bank: bool, kpp: bool = True
    ) -> None:
        """Expect the company's INN, and its KPP, BIK and account when printed."""
        prefix = f"parties.{role}."
        self.expected[prefix + "inn"] = company.inn
        if kpp and company.kpp:
            self.expected[prefix + "kpp"] = company.kpp
        if bank:
            self.expected[prefix + "bik"] = company.bank.bik
            self.expected[prefix + "account"] = company.account

    def expect_items(self, goods: list[Item]) -> None:
        """Record the rows of a goods table. It draws nothing from `rng`."""
        self.expected_items.extend(
            {
                "description": item.name,
                "quantity": str(item.quantity),
                "unit_price": iso_amount(item.price),
                "amount": iso_amount(item.amount),
            }
            for item in goods
        )

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def doc_number(rng: random.Random, latin: bool) -> str:
    """Return a document number: digits, or digits with a prefix, suffix or year."""
    digits = str(rng.randint(1, 9999))
    style = rng.randrange(6)
    if style <= 2:
        return digits
    if style == 3:
        return f"{digits}/{rng.randint(18, 26)}"
    if style == 4:
        prefix = (
            rng.choice(("INV", "SO", "A", "PR"))
            if latin
            else rng.choice(("СЧ", "А", "УТ", "ПР"))
        )
        return f"{prefix}-{digits.zfill(5)}"
    return f"{rng.randint(2018, 2026)}-{digits.zfill(4)}"


def items(rng: random.Random, names: tuple[str, ...], count: int) -> list[Item]:
    """Return `count` distinct items with prices from 50 to 90 000."""
    chosen = rng.sample(names, count)
    result = []
    for name in chosen:
        cents = rng.choice((0, 0, 50, rng.randrange(100)))
        price = Decimal(rng.randint(50, 90_000)) + Decimal(cents) / 100
        result.append(Item(name, rng.randint(1, 40), price))
    return result


def total_of(goods: list[Item]) -> Decimal:
    return sum((item.amount for item in goods), Decimal(0))
