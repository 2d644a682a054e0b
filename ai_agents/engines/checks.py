"""Validation of extracted fields: each field's "valid" flag and the list of checks.

A value that fails a check keeps its value and gets "valid": false. Nothing is
dropped or corrected.
"""

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from . import validators
from .parsing import THREE_DECIMAL_CURRENCIES


def _check(code: str, fields: list[str], passed: bool, message: str) -> dict:
    return {"code": code, "fields": fields, "passed": passed, "message": message}


def _inn_check(value: str, path: str) -> dict:
    passed = validators.is_valid_inn(value)
    if len(value) not in (10, 12):
        message = f"INN {value} must have 10 or 12 digits."
    elif passed:
        message = f"INN {value} has valid check digits."
    else:
        message = f"INN {value} has invalid check digits."
    return _check("inn_checksum", [path], passed, message)


def _kpp_check(value: str, path: str) -> dict:
    passed = validators.is_valid_kpp(value)
    outcome = "matches" if passed else "does not match"
    return _check(
        "kpp_format", [path], passed, f"KPP {value} {outcome} the format NNNNXXNNN."
    )


def _ogrn_check(value: str, path: str) -> dict:
    passed = validators.is_valid_ogrn(value)
    kind = "OGRNIP" if len(value) == 15 else "OGRN"
    outcome = "has a valid" if passed else "has an invalid"
    return _check(
        "ogrn_checksum", [path], passed, f"{kind} {value} {outcome} check digit."
    )


def _bik_check(value: str, path: str) -> dict:
    passed = validators.is_valid_bik(value)
    outcome = "is" if passed else "is not"
    return _check(
        "bik_format",
        [path],
        passed,
        f"BIK {value} {outcome} 9 digits starting with 04.",
    )


def _iban_check(value: str, path: str) -> dict:
    passed = validators.is_valid_iban(value)
    outcome = "has valid" if passed else "has invalid"
    return _check(
        "iban_checksum", [path], passed, f"IBAN {value} {outcome} check digits."
    )


_SINGLE_CHECKS: dict[str, Callable[[str, str], dict]] = {
    "inn": _inn_check,
    "kpp": _kpp_check,
    "ogrn": _ogrn_check,
    "bik": _bik_check,
    "iban": _iban_check,
}


def check_parties(parties: dict) -> list[dict]:
    """Validate each role's requisites, set their "valid" flags, return the checks."""
    checks = []
    for role, fields in parties.items():
        for key, check in _SINGLE_CHECKS.items():
            if key in fields:
                result = check(fields[key]["value"], f"parties.{role}.{key}")
                fields[key]["valid"] = result["passed"]
                checks.append(result)
        checks += _account_checks(role, fields)
    return checks


def _account_checks(role: str, fields: dict) -> list[dict]:
    """Check the accounts of a role against the control key of the role's BIK."""
    if "bik" not in fields:
        return []
    bik = fields["bik"]["value"]
    checks = []
    pairs = (
        (
            "account",
            "bik_account_key",
            validators.is_valid_settlement_account,
            "Account",
        ),
        (
            "correspondent_account",
            "bik_correspondent_account_key",
            validators.is_valid_correspondent_account,
            "Correspondent account",
        ),
    )
    for key, code, validate, label in pairs:
        if key not in fields:
            continue
        account = fields[key]["value"]
        passed = validate(account, bik)
        fields[key]["valid"] = passed
        outcome = "matches" if passed else "does not match"
        message = f"{label} {account} {outcome} the control key for BIK {bik}."
        checks.append(
            _check(
                code, [f"parties.{role}.{key}", f"parties.{role}.bik"], passed, message
            )
        )
    return checks


def check_division_code(fields: dict) -> list[dict]:
    """Check the format of a passport's issuing-division code, if extracted."""
    if "issuer_code" not in fields:
        return []
    value = fields["issuer_code"]["value"]
    passed = validators.is_valid_division_code(value)
    fields["issuer_code"]["valid"] = passed
    outcome = "matches" if passed else "does not match"
    return [
        _check(
            "division_code_format",
            ["issuer_code"],
            passed,
            f"Division code {value} {outcome} the format NNN-NNN.",
        )
    ]


def check_passport_formats(fields: dict) -> list[dict]:
    """Check that a passport's series has four digits and its number six."""
    if "series" not in fields:
        return []
    checks = []
    rules = (
        ("series", "passport_series_format", validators.is_valid_passport_series, 4),
        ("number", "passport_number_format", validators.is_valid_passport_number, 6),
    )
    for key, code, validate, length in rules:
        if key not in fields:
            continue
        value = fields[key]["value"]
        passed = validate(value)
        fields[key]["valid"] = passed
        outcome = "has" if passed else "does not have"
        message = f"Passport {key} {value} {outcome} the {length} digits it needs."
        checks.append(_check(code, [key], passed, message))
    return checks


def check_total_in_words(fields: dict) -> list[dict]:
    """Check that the total in digits equals the total in words, if both were found.

    A total read from the words themselves, because no figure was found, is not
    checked against them.
    """
    if "total" not in fields or "total_in_words" not in fields:
        return []
    span = fields["total"].get("span")
    if span is not None and span == fields["total_in_words"].get("span"):
        return []
    total, in_words = fields["total"]["value"], fields["total_in_words"]["value"]
    passed = total == in_words
    outcome = "equals" if passed else "differs from"
    message = f"Total {total} {outcome} the amount in words, {in_words}."
    return [_check("total_matches_words", ["total", "total_in_words"], passed, message)]


def single_check(kind: str, value: str, path: str) -> dict | None:
    """Return the check of a requisite `value` at field `path`, or None.

    `kind` is "inn", "kpp", "ogrn", "bik" or "iban". Other kinds have no check here.
    """
    check = _SINGLE_CHECKS.get(kind)
    return check(value, path) if check else None


# Currencies whose minor unit is not a hundredth, per ISO 4217.
_MINOR_UNITS = {
    "JPY": Decimal("1"),
    "KRW": Decimal("1"),
    **{code: Decimal("0.001") for code in THREE_DECIMAL_CURRENCIES},
}
_CENT = Decimal("0.01")


def check_arithmetic(
    fields: dict,
    vat_rate: Decimal | None,
    vat_included: bool,
    charges: tuple[Decimal, ...] = (),
    vat_rows: tuple[int, ...] | None = None,
) -> list[dict]:
    """Check the sums of the line items, subtotal, VAT and total against each other.

    `vat_rate` is the rate stated beside the VAT amount, in percent, and
    `vat_included` tells whether the total includes the VAT. `charges` are the
    amounts of lines such as a stamp duty or freight that the total adds after the
    VAT. `vat_rows` is None when the VAT is charged on the whole paper; otherwise
    a note charges it on part only, and it holds the row numbers (from 1) the note
    names, which are then the VAT's base. A part that names no rows is not
    checked. No value is changed.
    """
    currency = fields.get("currency", {}).get("value")
    minor_unit = _MINOR_UNITS.get(currency, _CENT)
    rows = fields.get("line_items", [])
    checks = [
        check
        for index, row in enumerate(rows)
        if (check := _line_amount_check(index, row, minor_unit)) is not None
    ]
    included = (
        vat_included
        or _subtotal_is_total(fields)
        or _rows_equal_total_with_vat(fields, rows, vat_rate)
    )
    checks += _line_items_sum_check(fields, rows, included)
    checks += _subtotal_vat_total_check(fields, included, charges)
    if vat_rows is None:
        checks += _vat_rate_check(fields, rows, vat_rate, included, minor_unit)
    else:
        checks += _part_vat_rate_check(
            fields, rows, vat_rate, vat_rows, included, minor_unit
        )
    return checks


def _part_vat_rate_check(
    fields: dict,
    rows: list[dict],
    rate: Decimal | None,
    vat_rows: tuple[int, ...],
    included: bool,
    minor_unit: Decimal,
) -> list[dict]:
    """Check a VAT charged on the rows a note names ("НДС 22% (на услуги по п.
    1-3)") against the rate applied to their amounts."""
    vat = _decimal(fields.get("vat"))
    if vat is None or rate is None or not vat_rows or vat_rows[-1] > len(rows):
        return []
    amounts = [_decimal(rows[number - 1].get("amount")) for number in vat_rows]
    if any(amount is None for amount in amounts):
        return []
    base = sum(amounts, Decimal(0))
    passed, comparison = _compare_vat(vat, base, rate, included, minor_unit)
    listed = ", ".join(str(number) for number in vat_rows)
    message = f"VAT on rows {listed} at {comparison}"
    paths = [f"line_items.{number - 1}.amount" for number in vat_rows]
    return [_check("vat_rate", ["vat", *paths], passed, message)]


def _decimal(field: dict | None) -> Decimal | None:
    """Return a field's amount, negative again for a total printed with a minus."""
    if field is None:
        return None
    try:
        value = Decimal(field["value"])
    except (InvalidOperation, KeyError, TypeError):
        return None
    return -value if field.get("negative") else value


def _line_amount_check(index: int, row: dict, minor_unit: Decimal) -> dict | None:
    quantity = _decimal(row.get("quantity"))
    price = _decimal(row.get("unit_price"))
    amount = _decimal(row.get("amount"))
    if quantity is None or price is None or amount is None:
        return None
    product = quantity * price
    rounded = product.quantize(minor_unit, rounding=ROUND_HALF_UP)
    # A price rounded to the minor unit may be off by half of it on every unit.
    tolerance = max(_CENT, abs(quantity) * minor_unit / 2)
    passed = rounded == amount or abs(product - amount) <= tolerance
    outcome = "equals" if passed else "differs from"
    prefix = f"line_items.{index}"
    message = (
        f"Row {index + 1}: quantity {quantity} × price {price} = {product:f}, "
        f"which {outcome} the amount {amount}."
    )
    paths = [f"{prefix}.quantity", f"{prefix}.unit_price", f"{prefix}.amount"]
    return _check("line_amount", paths, passed, message)


def _subtotal_is_total(fields: dict) -> bool:
    """Return whether the subtotal equals the total, so the VAT is inside both."""
    subtotal, total = _decimal(fields.get("subtotal")), _decimal(fields.get("total"))
    vat = _decimal(fields.get("vat"))
    return subtotal is not None and subtotal == total and bool(vat)


def _rows_equal_total_with_vat(
    fields: dict, rows: list[dict], vat_rate: Decimal | None
) -> bool:
    """Return whether rows that add up to the total need no VAT added to them.

    An act may print "Итого 1 200,00" and "НДС 20%: 200,00" without "в том числе",
    or "Итого: 65 000,00" and "НДС 20%: 13 000,00" with no grand total. When the
    rows add up to the total and the VAT is the rate's share of it (rate / (100 +
    rate), inside) or the rate of it (on top), the rows are compared with the
    total as they are.
    """
    total, vat = _decimal(fields.get("total")), _decimal(fields.get("vat"))
    rows_sum = _column_sum(rows, "amount")
    if not vat_rate or total is None or not vat or rows_sum is None:
        return False
    if abs(rows_sum - total) > _CENT:
        return False
    inside = (total * vat_rate / (100 + vat_rate)).quantize(_CENT, ROUND_HALF_UP)
    on_top = (total * vat_rate / 100).quantize(_CENT, ROUND_HALF_UP)
    return abs(inside - vat) <= _CENT or abs(on_top - vat) <= _CENT


def _column_sum(rows: list[dict], name: str) -> Decimal | None:
    values = [_decimal(row.get(name)) for row in rows]
    if not values or any(value is None for value in values):
        return None
    return sum(values, Decimal(0))


def _line_items_sum_check(fields: dict, rows: list[dict], included: bool) -> list[dict]:
    """Compare the sum of the rows with the subtotal, else with the total.

    The subtotal may sum the amounts before VAT or, on forms whose last column
    includes VAT, the amounts with VAT, so either sum may match it.
    """
    if not rows:
        return []
    sums = {
        name: total
        for name in ("amount", "amount_with_vat")
        if (total := _column_sum(rows, name)) is not None
    }
    if not sums:
        return []
    vat = _decimal(fields.get("vat")) or Decimal(0)
    target_name = "subtotal" if "subtotal" in fields else "total"
    target = _decimal(fields.get(target_name))
    if target is None:
        return []
    expected = dict(sums)
    if target_name == "total" and vat and not included and "amount" in expected:
        expected["amount"] += vat
    matched = [name for name, value in expected.items() if abs(value - target) <= _CENT]
    name = matched[0] if matched else next(iter(expected))
    paths = [f"line_items.{index}.{name}" for index in range(len(rows))]
    paths.append(target_name)
    plus_vat = name == "amount" and expected[name] != sums[name]
    if plus_vat:
        paths.append("vat")
    described = "line amounts" if name == "amount" else "line amounts with VAT"
    if plus_vat:
        described += f" plus VAT {vat}"
    outcome = "equals" if matched else "differs from"
    message = (
        f"Sum of {len(rows)} {described}, {expected[name]}, {outcome} the "
        f"{target_name} {target}."
    )
    return [_check("line_items_sum", paths, bool(matched), message)]


def _subtotal_vat_total_check(
    fields: dict, included: bool, charges: tuple[Decimal, ...]
) -> list[dict]:
    subtotal = _decimal(fields.get("subtotal"))
    vat = _decimal(fields.get("vat"))
    total = _decimal(fields.get("total"))
    if subtotal is None or vat is None or total is None:
        return []
    if included:
        passed = abs(subtotal - total) <= _CENT
        outcome = "equals" if passed else "differs from"
        message = (
            f"Subtotal {subtotal} {outcome} the total {total}, which includes "
            f"VAT {vat}."
        )
    else:
        expected = subtotal + vat
        passed = abs(expected - total) <= _CENT
        outcome = "equals" if passed else "differs from"
        message = (
            f"Subtotal {subtotal} + VAT {vat} = {expected}, which {outcome} "
            f"the total {total}."
        )
        added = sum(charges, Decimal(0))
        if not passed and charges and abs(expected + added - total) <= _CENT:
            passed = True
            message = (
                f"Subtotal {subtotal} + VAT {vat} + other charges {added} = "
                f"{expected + added}, which equals the total {total}."
            )
    return [_check("subtotal_vat_total", ["subtotal", "vat", "total"], passed, message)]


def _single_row_rate(rows: list[dict]) -> Decimal | None:
    rates = {row["vat_rate"]["value"] for row in rows if "vat_rate" in row}
    if len(rates) != 1 or any("vat_rate" not in row for row in rows):
        return None
    return Decimal(rates.pop())


def _vat_rate_check(
    fields: dict,
    rows: list[dict],
    stated_rate: Decimal | None,
    included: bool,
    minor_unit: Decimal,
) -> list[dict]:
    """Check the VAT against the rate applied to the subtotal, or taken out of the
    total when the total includes the VAT."""
    vat = _decimal(fields.get("vat"))
    row_rate = _single_row_rate(rows)
    rate = stated_rate if stated_rate is not None else row_rate
    if vat is None or rate is None:
        return []
    rate_paths = (
        [f"line_items.{index}.vat_rate" for index in range(len(rows))]
        if stated_rate is None
        else []
    )
    subtotal = _decimal(fields.get("subtotal"))
    total = _decimal(fields.get("total"))
    if not included and subtotal is not None:
        base_name, base = "subtotal", subtotal
    elif included and total is not None:
        base_name, base = "total", total
    else:
        return []
    passed, message = _compare_vat(vat, base, rate, included, minor_unit)
    return [
        _check("vat_rate", ["vat", base_name, *rate_paths], passed, f"VAT at {message}")
    ]


def _compare_vat(
    vat: Decimal, base: Decimal, rate: Decimal, included: bool, minor_unit: Decimal
) -> tuple[bool, str]:
    """Return whether `vat` is `rate` applied to `base` (taken out of it when the
    base includes the VAT), and the formula with the outcome for the message."""
    if included:
        expected = base * rate / (100 + rate)
        formula = f"{base} × {rate} / (100 + {rate}) = "
    else:
        expected = base * rate / 100
        formula = f"{base} × {rate}% = "
    rounded = expected.quantize(minor_unit, rounding=ROUND_HALF_UP)
    passed = abs(rounded - vat) <= minor_unit
    outcome = "equals" if passed else "differs from"
    return passed, f"{formula}{rounded}, which {outcome} the VAT {vat}."
