"""Party fields by role, collected so that no requisite value is lost.

A role has one field per key. A value that its role cannot take, because the role
already has a different value under that key, goes to the first role of the series
"unassigned", "unassigned_2", "unassigned_3", ... that has the key free. So two
INNs outside every party block come out as

    {"unassigned": {"inn": {...}}, "unassigned_2": {"inn": {...}}}

and each "unassigned*" role has the same shape as a named role. A value already
stored under the same key, in any role, is not stored again.
"""

import re

from .context import ExtractionContext
from .names import name_field, name_key
from .person_case import nominative_full_name
from .requisites import Requisite, requisite_value
from .validators import is_valid_inn

UNASSIGNED = "unassigned"
_BANK_DETAILS = ("bik", "account", "correspondent_account", "bank_name")
_DEAL_ROLES = frozenset({"seller", "buyer"})
_BANK_CODES = frozenset({"bik", "correspondent_account"})
_UNASSIGNED_CONFIDENCE = 0.6


# "Поставщик: ООО «Альфа», реквизиты те же": the block above gave the details.
_SAME_DETAILS_RE = re.compile(
    r"[ \t,;]*(?:реквизиты\s+те\s+же|те\s+же\s+реквизиты|same\s+details)\b.*$",
    re.IGNORECASE,
)
# "Грузоотправитель: он же" names the seller again.
SAME_AS = r"(?:он|она|оно)\s+же"
_SAME_AS_RE = re.compile(rf"{SAME_AS}\b", re.IGNORECASE)


class PartyStore:
    """The fields of each role, filled in the order the text gives them."""

    def __init__(self, context: ExtractionContext) -> None:
        self._context = context
        self._parties: dict[str, dict] = {}

    def fields(self, role: str) -> dict:
        """Return the fields of `role`, empty if it has none yet."""
        return self._parties.get(role, {})

    def name_same_as(self, role: str, source: str) -> None:
        """Give `role` the name of `source` when its own name is only "он же" ("the
        same"), as a UPD's shipper line prints. Drop it if `source` has no name."""
        fields = self._parties.get(role, {})
        name = fields.get("name")
        if name is None or not _SAME_AS_RE.match(name["value"]):
            return
        own = self._parties.get(source, {}).get("name")
        if own is None:
            del fields["name"]
        else:
            fields["name"] = {**own, "confidence": min(own["confidence"], 0.6)}

    def add_requisite(self, role: str, requisite: Requisite, confidence: float) -> None:
        """Store a requisite under `role`, or under an unassigned role on a conflict."""
        value = requisite_value(self._context, requisite)
        fields = self._parties.setdefault(role, {})
        known = fields.get(requisite.key)
        if known is None:
            fields[requisite.key] = self._field(requisite, value, confidence)
        elif known["value"] != value and not self._is_stored(requisite.key, value):
            self._add_unassigned(requisite, value)

    def name_in_nominative(self, role: str) -> None:
        """Put the person's name of `role` in the nominative ("уполномочивает
        Кузнецову Марию Сергеевну" names Кузнецова Мария Сергеевна); `raw` keeps
        the printed form."""
        name = self._parties.get(role, {}).get("name")
        if name is None:
            return
        nominative = nominative_full_name(name["value"])
        if nominative is not None:
            name["value"] = nominative

    def role_with(self, key: str, value: str) -> str | None:
        """Return the role whose field `key` has `value`, or None."""
        for role, fields in self._parties.items():
            field = fields.get(key)
            if field is not None and field["value"] == value:
                return role
        return None

    def add_unplaced(self, role: str, requisite: Requisite, confidence: float) -> None:
        """Store a requisite found outside every block, unless a role already has it.

        Two parties may keep accounts in one bank, so a bank code that another role
        has still goes to a named role whose account it follows. Two companies
        registered with one tax office may share a KPP ("519001001"), so a KPP goes
        to a named role whose INN it follows.
        """
        value = requisite_value(self._context, requisite)
        if not self._is_stored(requisite.key, value) or self._may_share(
            role, requisite.key
        ):
            self.add_requisite(role, requisite, confidence)

    def _may_share(self, role: str, key: str) -> bool:
        """Return whether a named role still lacking `key` takes a value that another
        role has: a bank code after its own account, or a KPP after its own INN."""
        fields = self.fields(role)
        if role.startswith(UNASSIGNED) or key in fields:
            return False
        if key in _BANK_CODES:
            return "account" in fields
        return key == "kpp" and "inn" in fields

    def add_name(
        self, role: str, key: str, span: tuple[int, int], confidence: float
    ) -> None:
        """Store a name ("name" or "bank_name") unless the role already has one."""
        fields = self._parties.setdefault(role, {})
        if key not in fields:
            fields[key] = name_field(self._context, span, confidence)

    def as_dict(self) -> dict:
        """Return {role: fields} for every role that has a field."""
        return {role: fields for role, fields in self._parties.items() if fields}

    def move_russian_tax_ids(self) -> None:
        """Store a valid INN printed as "TIN" or "Tax ID" (`vat_id`) as the `inn` of
        a party with a KPP or a BIK, because such a party is Russian."""
        for fields in self._parties.values():
            tax_id = fields.get("vat_id")
            russian = "kpp" in fields or "bik" in fields
            if (
                tax_id
                and russian
                and "inn" not in fields
                and is_valid_inn(tax_id["value"])
            ):
                fields["inn"] = fields.pop("vat_id")

    def rename_role(self, role: str, new_role: str) -> None:
        """Store the fields of `role` under `new_role` when no party has it yet."""
        if role in self._parties and new_role not in self._parties:
            self._parties = {
                new_role if name == role else name: fields
                for name, fields in self._parties.items()
            }

    def copy_same_requisites(self) -> None:
        """Give a role whose block states its details are the same ("Поставщик: ООО
        «Альфа», реквизиты те же") the requisites of the role with that name.

        The words are cut from the name. Without another role of the same name,
        or when the role prints a tax id of its own, nothing is copied.
        """
        original = self._context.document.original
        for role, fields in self._parties.items():
            name = fields.get("name")
            if name is None:
                continue
            same = _SAME_DETAILS_RE.search(name["value"])
            if same is not None:
                name["value"] = name["value"][: same.start()].rstrip(" ,;")
            else:
                name_end = name["span"][1]
                line_end = original.find("\n", name_end)
                rest = original[name_end : line_end if line_end >= 0 else None]
                if _SAME_DETAILS_RE.match(rest) is None:
                    continue
            if "inn" in fields:
                continue
            key = name_key(name["value"])
            for other, other_fields in self._parties.items():
                other_name = other_fields.get("name")
                if (
                    other == role
                    or "inn" not in other_fields
                    or other_name is None
                    or name_key(other_name["value"]) != key
                ):
                    continue
                for requisite, field in other_fields.items():
                    if requisite != "name" and requisite not in fields:
                        fields[requisite] = dict(field)
                break

    def share_bank_details(self) -> None:
        """Give a seller or buyer without bank details those of another role of
        the same company: the same INN, and the same KPP where both print one.

        A TORG-12 prints the supplier's account in the shipper's block, and the
        supplier's block only repeats the INN and KPP of the same company, or
        them and the account without its bank's BIK. A role with an account of
        its own takes only the missing details of that same account.
        """
        named = {
            role: fields
            for role, fields in self._parties.items()
            if not role.startswith(UNASSIGNED) and "inn" in fields
        }
        for role, fields in named.items():
            if role not in _DEAL_ROLES:
                continue
            account = fields.get("account", {}).get("value")
            if account is None and any(key in fields for key in _BANK_DETAILS):
                continue
            for other, other_fields in named.items():
                if other == role or not _same_company(fields, other_fields):
                    continue
                if account is not None and (
                    other_fields.get("account", {}).get("value") != account
                ):
                    continue
                if any(key in other_fields for key in _BANK_DETAILS):
                    for key in _BANK_DETAILS:
                        if key in other_fields and key not in fields:
                            fields[key] = dict(other_fields[key])
                    break

    def _is_stored(self, key: str, value: str) -> bool:
        return any(
            key in fields and fields[key]["value"] == value
            for fields in self._parties.values()
        )

    def _add_unassigned(self, requisite: Requisite, value: str) -> None:
        number = 1
        while True:
            role = UNASSIGNED if number == 1 else f"{UNASSIGNED}_{number}"
            fields = self._parties.setdefault(role, {})
            known = fields.get(requisite.key)
            if known is None:
                fields[requisite.key] = self._field(
                    requisite, value, _UNASSIGNED_CONFIDENCE
                )
                return
            if known["value"] == value:
                return
            number += 1

    def _field(self, requisite: Requisite, value: str, confidence: float) -> dict:
        return self._context.build_field(
            requisite.start, requisite.end, value, confidence
        )


def _same_company(fields: dict, other: dict) -> bool:
    """Return whether two roles name one company: the same INN, and the same KPP
    when both have one."""
    if fields["inn"]["value"] != other["inn"]["value"]:
        return False
    kpp, other_kpp = fields.get("kpp"), other.get("kpp")
    return kpp is None or other_kpp is None or kpp["value"] == other_kpp["value"]
