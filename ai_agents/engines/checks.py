"""Validation of extracted fields: each field's "valid" flag and the list of checks.

A value that fails a check keeps its value and gets "valid": false. Nothing is
dropped or corrected.
"""

from collections.abc import Callable

from . import validators


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


def check_total_in_words(fields: dict) -> list[dict]:
    """Check that the total in digits equals the total in words, if both were found."""
    if "total" not in fields or "total_in_words" not in fields:
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
