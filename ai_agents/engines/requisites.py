"""Company and bank requisites: INN, KPP, OGRN, BIK, accounts, IBAN, SWIFT, VAT ID.

A label may name the requisite's owner in the genitive ("ИНН покупателя", "БИК банка
получателя", "ИНН/КПП продавца"). `Requisite.owner` keeps that word, and the party
reader maps it to a role.
"""

import bisect
import re
from dataclasses import dataclass, replace

from .context import ExtractionContext
from .ocr_repairs import DIGIT_LOOKALIKES, REQUISITE_DIGIT_LOOKALIKES
from .text import compile_folded, fold
from .validators import (
    is_valid_bik,
    is_valid_correspondent_account,
    is_valid_iban,
    is_valid_inn,
)

_OWNER_WORDS = (
    "плательщика",
    "получателя",
    "продавца",
    "покупателя",
    "поставщика",
    "заказчика",
    "исполнителя",
    "подрядчика",
    "грузоотправителя",
    "грузополучателя",
    "перевозчика",
    "принципала",
    "агента",
    "арендодателя",
    "арендатора",
    "лизингодателя",
    "лизингополучателя",
    "хранителя",
    "поклажедателя",
    "владельца",  # of a bank statement's account
    "клиента",
    "пользователя",  # of a cash register, on a receipt
)
# English role words before a label ("Seller TIN/KPP 7701234567/770101001", "Payer's
# INN") or after it ("INN/KPP of the seller"), mapped to the Russian genitive that
# `Requisite.owner` keeps.
_ENGLISH_OWNERS = {
    "seller": "продавца",
    "buyer": "покупателя",
    "shipper": "грузоотправителя",
    "consignee": "грузополучателя",
    "carrier": "перевозчика",
    "payer": "плательщика",
    "payee": "получателя",
    "beneficiary": "получателя",
}
_ENGLISH_OWNER_WORDS = "|".join(_ENGLISH_OWNERS)
_OWNER_WORD = (
    rf"\s+(?:банка\s+)?(?P<owner>{'|'.join(_OWNER_WORDS)})\b"
    rf"|\s+of\s+the\s+(?P<english_after>{_ENGLISH_OWNER_WORDS})\b"
)
_OWNER = rf"(?:{_OWNER_WORD})?"
_ENGLISH_OWNER_BEFORE = (
    rf"(?:\b(?P<english_owner>{_ENGLISH_OWNER_WORDS})(?:'s|’s)?\s+)?"
)
# A label may repeat its name or give a currency in brackets ("BIC (BIK):",
# "Account (EUR):"), or stand in brackets itself ("Reason code (KPP):"). OCR
# reads "№" as "Мо" ("Счет Мо 4070..."). A table rule may part the label's cell
# from the value's ("| ИНН   | 5096830270 |").
# The blanks are possessive, because no value starts with one, so that a long run
# of spaces after a label is crossed once.
_SEPARATOR = r"\s*+\)?\s*+(?:\([^()\n]{1,12}\)\s*+)?(?:(?:[:№#|]|мо\b)\s*+){0,2}"
# Labeled accounts may be printed in groups ("4070 2810 5000 0000 1234").
_ACCOUNT_VALUE = r"(?P<value>[0-9](?:[ ]?[0-9]){19})(?![0-9])"
_KPP_VALUE = (
    r"[0-9]{4}[0-9a-z]{2}[0-9]{3}"  # KPP letters are Latin capitals, folded to lower
)

# Labels as OCR reads them too: "NHH", "WHH" or "UHH" for ИНН, "lNN" for INN,
# "KNN"/"КПn" for КПП, "6ИК", "БUК", "рик" and "ВТК" for БИК. A label may touch
# its value ("КПп773601001").
# English documents about Russian companies transliterate the labels ("INN", "KPP",
# "BIK" or "BIC", "OGRN") or translate them ("TIN (INN)", "Taxpayer ID"). A BIC
# followed by 9 digits is a Russian BIK, because a SWIFT BIC starts with letters.
INN_LABEL = (
    # A photo may cut the label's first letter at the page's left edge: "НН 4401...".
    r"(?:\b[иnmwu]нн|(?m:^)[ \t]{0,2}нн(?=[ \t]*:?[ \t]*[0-9]{10})"
    r"|\b(?:tin|tax\s+id)\s*\(\s*inn\s*\)|\b[il]nn|\btaxpayer\s+id"
    r"(?:entification\s+(?:number|no\b\.?))?|\btaxpayer\s+number)(?![^\W\d_])"
)
# OCR also reads П as И or ТИ ("КИП 667301001", "КТИТ 631601001"); a 9-digit value
# must follow the label. The label may stand against the INN before it: "ИНН
# 0277799746КПП 027701002".
KPP_LABEL = r"(?<![^\W\d_])(?:к(?:[пnи][пnи]|тит)|kpp)(?![^\W\d_])"
# OCR may drop the "I" of "BIK" ("ВК 044525220"), so a bare "BK" counts before a
# number shaped like a BIK.
BIK_LABEL = (
    r"(?:(?<![^\W\d_])[б6рв][иu]к"
    r"|(?m:^)[ \t]{0,2}ик(?=[ \t]*:?[ \t]*04[0-9]{7}(?![0-9]))"
    r"|\bbi[kc]|\bb[t1l]k"
    r"|\bbk(?=[ \t:]*04[0-9]{7}(?![0-9])))(?![^\W\d_])\.?"
)
OGRN_LABEL = r"\b(?:огрн(?:ип)?|ogrn(?:ip)?)\b"
# "Сч. №" of the bank form as OCR reads it: "Ca. №", "Cu. No", "C4. №", "ч. №",
# "Сч. Мо".
FORM_ACCOUNT_LABEL = r"(?<![^\W\d_])(?:с[чau4из]|ч)\.?[ \t]*(?:№|no\b|мо\b)"
_LABELS_AND_VALUES = (
    # OCR may break an INN with a space ("36067611 2908"). Such a value counts only
    # when its check digits pass (see _is_whole_inn).
    (
        "inn",
        INN_LABEL,
        r"(?P<value>[0-9]{12}|[0-9]{10}|[0-9]{2,10} [0-9]{2,10})(?![0-9])",
    ),
    # A branch prints its own KPP: "КПП филиала 390643001".
    (
        "kpp",
        # English documents may explain the term: "KPP (tax registration reason
        # code) 634201001".
        KPP_LABEL + r"(?:\s+(?:филиала|обособленного\s+подразделения)"
        r"|\s*\((?=[^)\n]{0,20}reason)[^)\n]{3,40}\))?",
        # OCR may split the value with a space ("771 401001"); it counts with 9 digits.
        # Eight digits are kept too, so that the format check reports the KPP.
        rf"(?P<value>{_KPP_VALUE}|[0-9]{{1,8}} [0-9]{{1,8}}|[0-9]{{8}})(?!\w)",
    ),
    ("ogrn", OGRN_LABEL, r"(?P<value>[0-9]{15}|[0-9]{13})(?![0-9])"),
    # A treasury body's BIK may be labelled "БИК ТОФК" (OCR: "TOOK"), and any "БИК
    # банка".
    (
        "bik",
        BIK_LABEL
        + r"(?:\s+(?:тофк|took|tofk)|\s+банка(?!\s+(?:плательщика|получателя)))?",
        r"(?P<value>[0-9]{9})(?![0-9])",
    ),
    (
        "correspondent_account",
        r"(?:\bк\s*/\s*с(?:ч(?:[её]т)?)?\b\.?|\bкорр?\.?\s*/?\s*(?:сч[её]т|сч|с)\b\.?"
        r"|\bкорсч[её]т\b|\bкорреспондентский\s+сч[её]т\b"
        r"|\bcorr(?:espondent)?\.?\s+account\b(?:\s+(?:no\b\.?|number))?"
        # The single treasury account (ЕКС, 40102...) is the correspondent account
        # of a treasury body, whose parties hold treasury accounts (03...).
        r"|\bекс\b|\bединый\s+казначейский\s+сч[её]т\b"
        r"|\bsingle\s+treasury\s+account\b)",
        _ACCOUNT_VALUE,
    ),
    (
        "account",
        r"(?:\bр\s*/\s*с(?:ч(?:[её]т)?)?\b\.?|\bр\.\s*сч?\.|\bрасч[её]тный\s+сч[её]т\b"
        r"|\bлицевой\s+сч[её]т\b|\bсч[её]т\b|\bсч\b\.?"
        rf"|{FORM_ACCOUNT_LABEL}|\baccount\b(?:\s+(?:no\b\.?|number|#))?)",
        _ACCOUNT_VALUE,
    ),
    (
        "iban",
        # A Belarusian or other IBAN printed after the label of an account: "р/с BY37
        # ALFA 3012 ...". A Kazakh paper labels its IBAN "ИИК".
        r"(?:\biban\b|(?:\bр\s*/\s*с(?:ч(?:[её]т)?)?\b\.?|\bрасч[её]тный\s+сч[её]т\b"
        r"|\baccount\b|\bиик\b)(?=[ \t]*[:№]?[ \t]*[a-z]{2}[0-9]{2}[ ]?[a-z0-9]{4}))"
        r"[ \t]*№?",
        r"(?P<value>[a-z]{2}[0-9]{2}(?:[ ]{0,2}[a-z0-9]){10,30})(?![a-z0-9])",
    ),
    (
        "swift",
        r"(?:\b(?:swift(?:\s*/\s*bic)?(?:\s+code)?|bic(?:\s*/\s*swift)?(?:\s+code)?"
        # A Belarusian bank code is a SWIFT code printed as "БИК ALFABY2X".
        r"|бик(?=[ \t]*:?[ \t]*[a-z]{6}[a-z0-9]{2}(?![a-z0-9])))\b"
        # The banks of a SWIFT transfer in option A: ":52A:NWBKGB2LXXX". The
        # beneficiary institution of a bank transfer (MT202) may print its account
        # first: ":58A:/DE89370400440532013000" over "COBADEFF".
        # A print may caption the field after its tag: ":57A: Account With
        # Institution  ORVLDEFFXXX".
        # A bank system's print drops the first colon and may end the caption with
        # one or put the code on the next line: "57A: Банк бенефициара: COBADEFFXXX",
        # "52A: Ordering Institution" over "SABRRUMMXXX". Any of these banks may
        # print its own account first.
        r"|(?<![^\n])[ \t]*:?5[278]a:"
        # A bilingual caption parts its languages with a slash: "Банк плательщика /
        # Ordering institution:".
        r"(?:[ \t]*[^\W\d_](?:[^\n/:0-9]|[ \t]/[ \t]){0,60}?"
        r"(?:[ \t]{2,}|[ \t]*:[ \t]*|[ \t]*\n[ \t]*))?"
        r"(?:[ \t]*/[^\n]{1,40}\n[ \t]*)?)",
        r"(?P<value>[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?)(?![a-z0-9])",
    ),
    (
        "vat_id",
        r"\b(?:vat\s*(?:id|no|number|reg(?:istration)?\.?(?:\s*(?:no|number))?"
        r"|/\s*tin)|tax\s+id|tin|ust-?id(?:nr)?|btw(?:-?nr)?|tva\s+intracom\w*"
        r"|nip|gstin"
        # A bare "VAT" counts before a number with its country's prefix only.
        r"|vat(?=[ \t]*:?[ \t]*[a-z]{2}[ ]?u?[0-9]))(?!\w)\.?",
        r"(?P<value>(?:[a-z]{2}[ ]?)?u?[0-9](?:[ -]?[0-9]){7,11}(?:b[0-9]{2})?)"
        r"(?![\w.,/])",
    ),
)
_LABELED_PATTERNS = tuple(
    (
        key,
        compile_folded(_ENGLISH_OWNER_BEFORE + label + _OWNER + _SEPARATOR + value),
    )
    for key, label, value in _LABELS_AND_VALUES
)
# A ruled requisites table names the requisite once, in its first cell, and gives
# each party's value in a cell of its own: "| ИНН | 7816319348 | 2347205801 |".
_ROW_KEYS = ("inn", "kpp", "ogrn", "bik", "correspondent_account", "account")
_ROW_LABELS = tuple(
    (
        key,
        compile_folded(rf"[ \t|]*{label}[^\n|0-9]{{0,30}}\|"),
        compile_folded(rf"[ \t]*{value}[ \t]*(?:\||$)"),
    )
    for key, label, value in _LABELS_AND_VALUES
    if key in _ROW_KEYS
)
# OCR drops the slash of "ИНН/КПП" or reads it as И: "ИННКПП", "ИННИКПП".
_PAIR_SLASH = r"(?:/|и|\\|\|)?"
# A ruled table's row of both: "| ИНН / КПП | 5406858494 / 540601001 | ... |".
_PAIR_ROW_LABEL_RE = compile_folded(
    r"[ \t|]*\b(?:инн|[il]nn)[ \t]*/[ \t]*(?:кпп|kpp)[^\n|0-9]{0,30}\|"
)
_PAIR_ROW_CELL_RE = compile_folded(
    r"[ \t]*(?P<inn>[0-9]{12}|[0-9]{10})(?:[ \t]*/[ \t]*(?P<kpp>"
    + _KPP_VALUE
    + r"))?[ \t]*(?:\||$)"
)
_INN_KPP_LABEL = (
    # OCR reads the I of "INN" as l: "Seller's lNN/KPP".
    _ENGLISH_OWNER_BEFORE + rf"\b(?:инн|[il]nn|tin)\s*{_PAIR_SLASH}\s*(?:кпп|kpp)"
    rf"(?:{_OWNER_WORD}|\s+[^\W\d_]+)?{_SEPARATOR}"
)
# An English line that labels both: "TIN 6114321626 / KPP 611401001", "Tax ID
# 2409788634, KPP 240901001". The KPP shows the TIN is a Russian INN.
_TIN_THEN_KPP_RE = compile_folded(
    r"\b(?:tin|tax\s+id|taxpayer\s+id)\s*[:№]?\s*(?P<inn>[0-9]{12}|[0-9]{10})"
    rf"\s*[/,;]?\s*{KPP_LABEL}\s*[:№]?\s*(?P<kpp>{_KPP_VALUE})(?!\w)"
)
# OCR may break the INN with a space, which _is_whole_inn then checks.
# A bank's pair: "БИК / к/с: 046577482 / 30101810200000000482", "БИК / ЕКС".
_BIK_CORRESPONDENT_PAIR_RE = compile_folded(
    r"\b(?:бик|bic)[ \t]*/[ \t]*(?:к[ \t]*/[ \t]*с|корр?\.?[ \t]*сч[её]?т?|екс)"
    r"[ \t]*[:.]?[ \t]*(?P<bik>[0-9]{9})[ \t]*/[ \t]*(?P<account>[0-9]{20})(?![0-9])"
)
_INN_KPP_PAIR_RE = compile_folded(
    rf"{_INN_KPP_LABEL}(?P<inn>[0-9]{{12}}|[0-9]{{10}}|[0-9]{{2,10}} [0-9]{{2,10}})"
    rf"\s*/\s*(?P<kpp>{_KPP_VALUE})(?!\w)"
)
# An entrepreneur has no KPP, so "ИНН/КПП продавца 231500000000" may hold the INN
# alone, or with a dash for the KPP ("380170218525/—"), and so may a company's line
# with the KPP left out.
_INN_KPP_INN_ONLY_RE = compile_folded(
    # A broken INN counts before a dash for the KPP: "667128З504 86/-".
    rf"{_INN_KPP_LABEL}(?P<inn>[0-9]{{2,10}} [0-9]{{2,10}}(?=[ \t]*/[ \t]*(?:-|—|–|$))"
    rf"|[0-9]{{12}}|[0-9]{{10}})(?![0-9])(?!\s*/\s*[0-9])"
)
_UNLABELED_ACCOUNT_RE = re.compile(r"(?<![0-9])[0-9]{20}(?![0-9])")
# A SWIFT party field gives the account on a line of its own after a slash, with no
# label: ":59:/DE89370400440532013000" or "/DE89..." under ":59: Beneficiary", or
# after a printed party tag's caption: "59: Бенефициар: /DE89...". The account
# after a bank's tag ("57A: Банк бенефициара: /DE37...") is the bank's.
_SWIFT_IBAN_LINE_RE = compile_folded(
    r"(?m)(?:^(?::(?:50[afk]?|59[af]?):)?|(?<=:5[09]:)|(?<=:50[afk]:)|(?<=:59[af]:)"
    r"|(?<=[^\W\d_]:))"
    r"[ \t]*/(?P<value>[a-z]{2}[0-9]{2}[a-z0-9]{11,30})"
    r"[ \t]*$"
)
# The tag of a bank's field, whose account on its line or the next is the bank's own.
_SWIFT_BANK_FIELD_RE = compile_folded(r"[ \t]*:?5[2-8][a-d]:")
# A German IBAN is "DE" and 20 digits, which look like a Russian account.
# Both end with \Z, because $ also matches before a line break: the "ch" that ends
# "Branch" on the line above an account is no country code.
# After a SWIFT field's slash OCR may read the D of "DE" as a zero: "/0Е4451...".
_IBAN_PREFIX_RE = re.compile(r"(?<![^\W\d_])[a-z]{2}\Z|(?<=/)[0-9][a-z]\Z")
_IBAN_HEAD_RE = re.compile(r"(?<![\w])[a-z]{2}[0-9]{2}[a-z][a-z0-9]{0,13}\Z")
_IBAN_HEAD_CHARS = 18
# A budget classification code (КБК, field 104 of a payment order) has 20 digits
# like an account. It is labeled, or the tax row prints the 8- or 11-digit OKTMO
# code (field 105) right after it.
_BUDGET_CODE_LABEL_RE = compile_folded(r"\b(?:кбк|уин)\b[^\w\n]{0,4}$")
_OKTMO_AFTER_RE = re.compile(r"[ \t|\[\]]*(?:[0-9]{11}|[0-9]{8})(?![0-9])")
_LABEL_LOOKBACK_CHARS = 8
_NINE_DIGITS_RE = re.compile(r"(?<![0-9])[0-9]{9}(?![0-9])")
# How far from a correspondent account an unlabeled BIK may stand (a few lines of
# a bank box).
_BIK_NEIGHBOUR_CHARS = 120
_CELL_PUNCTUATION = " \t/|;:,"
# Balance accounts 452 to 458 are loans that a bank granted.
_LOAN_ACCOUNT_PREFIXES = tuple(f"45{digit}" for digit in range(2, 9))
CORRESPONDENT_PREFIX = (
    "30101",  # every Russian correspondent account at the Bank of Russia
    "40102",  # the single treasury account (ЕКС) of a treasury body
)
BANK_KEYS = frozenset({"bik", "correspondent_account", "swift"})
_SPACED_KEYS = frozenset(
    {"inn", "kpp", "account", "correspondent_account", "iban", "vat_id"}
)
_DIGIT_KEYS = frozenset({"inn", "ogrn", "bik", "account", "correspondent_account"})


@dataclass(frozen=True)
class Requisite:
    """A requisite value found in the normalized text.

    `owner` is the folded genitive role word of the label ("получателя"), or None.
    """

    key: str
    start: int
    end: int
    labeled: bool
    owner: str | None = None


def find_requisites(
    context: ExtractionContext, start: int, end: int
) -> list[Requisite]:
    """Return the requisites in `text[start:end]`: labeled ones and bare accounts.

    A 20-digit account that starts with 30101, or with 40102 as the single
    treasury account does, is a correspondent account whatever its label ("Сч. №"
    on payment orders), and any other bare 20-digit number
    is a settlement account, unless `is_budget_code` reads it as a KBK. Every value
    starts after a non-digit, so two finds of one value share their start offset,
    and the first pattern to find it wins. The list is in text order.
    """
    text = context.text
    found: dict[int, Requisite] = {}
    for match in _INN_KPP_PAIR_RE.finditer(text, start, end):
        if not _is_whole_inn(match.group("inn")):
            continue
        owner = _owner(match)
        for key in ("inn", "kpp"):
            found[match.start(key)] = Requisite(key, *match.span(key), True, owner)
    for match in _BIK_CORRESPONDENT_PAIR_RE.finditer(text, start, end):
        found[match.start("bik")] = Requisite("bik", *match.span("bik"), True)
        found[match.start("account")] = Requisite(
            "correspondent_account", *match.span("account"), True
        )
    for match in _TIN_THEN_KPP_RE.finditer(text, start, end):
        if is_valid_inn(match.group("inn")):
            found.setdefault(
                match.start("inn"), Requisite("inn", *match.span("inn"), True)
            )
    for match in _INN_KPP_INN_ONLY_RE.finditer(text, start, end):
        if not _is_whole_inn(match.group("inn")):
            continue
        span = match.span("inn")
        found.setdefault(span[0], Requisite("inn", *span, True, _owner(match)))
    for key, pattern in _LABELED_PATTERNS:
        for match in pattern.finditer(text, start, end):
            span = _value_span(text, key, match)
            if key == "swift" and not _is_capitalized_code(context, span):
                continue
            if key == "inn" and not _is_whole_inn(text[span[0] : span[1]]):
                continue
            if key == "kpp" and not _is_kpp_length(text[span[0] : span[1]]):
                continue
            found.setdefault(
                span[0],
                Requisite(_account_kind(text, key, span), *span, True, _owner(match)),
            )
    for requisite in _row_cells(context, start, end):
        found.setdefault(requisite.start, requisite)
    for requisite in _stacked_requisites(context, start, end):
        found.setdefault(requisite.start, requisite)
    for match in _SWIFT_IBAN_LINE_RE.finditer(text, start, end):
        line_start = text.rfind("\n", 0, match.start("value")) + 1
        above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if _SWIFT_BANK_FIELD_RE.match(text, line_start) or (
            line_start > 0
            and _SWIFT_BANK_FIELD_RE.match(text, above_start)
            and not text[line_start : match.start("value")].strip(" \t/")
        ):
            continue
        if is_valid_iban(match.group("value").upper()):
            found.setdefault(
                match.start("value"), Requisite("iban", *match.span("value"), False)
            )
    for match in _UNLABELED_ACCOUNT_RE.finditer(text, start, end):
        if is_budget_code(text, *match.span()) or _is_in_iban(text, match.start()):
            continue
        key = _account_kind(text, "account", match.span())
        found.setdefault(match.start(), Requisite(key, *match.span(), labeled=False))
    for offset, requisite in list(found.items()):
        if requisite.key == "account" and text.startswith(
            _LOAN_ACCOUNT_PREFIXES, requisite.start
        ):
            # A loan account (45206...) records a debt to the bank. It is no
            # account that a party pays from or into.
            del found[offset]
    _add_unlabeled_biks(context, start, end, found)
    russian = [
        requisite
        for requisite in sorted(found.values(), key=lambda requisite: requisite.start)
        if not _is_foreign_account(text, requisite)
    ]
    return _with_line_owners(context, russian)


# Banks in Uzbekistan and Tajikistan number companies' accounts 20208..., 20210...
# or 22613..., in balance accounts that start with 2. Russian balance accounts that
# start with 2 hold a bank's cash and precious metals and are never printed for
# payment, so such an account is a foreign one, not a Russian account that fails
# its checks. A placeholder such as 12345678901234567890 is still returned, so
# that its check fails visibly.
_FOREIGN_ACCOUNT_FIRST_DIGIT = "2"


def _is_foreign_account(text: str, requisite: Requisite) -> bool:
    """Return whether an account's 20 digits cannot be a Russian account."""
    if requisite.key != "account":
        return False
    first = text[requisite.start].translate(REQUISITE_DIGIT_LOOKALIKES)
    return first == _FOREIGN_ACCOUNT_FIRST_DIGIT


def _with_line_owners(
    context: ExtractionContext, requisites: list[Requisite]
) -> list[Requisite]:
    """Give a bank requisite the owner of an account labelled on its line.

    In "р/с продавца 4070... БИК 046026461" the BIK is the seller's bank's too.
    """
    owners: dict[int, str] = {}
    for requisite in requisites:
        if requisite.owner is not None and requisite.key == "account":
            line = context.document.line_start(requisite.start)
            owners.setdefault(line, requisite.owner)
    bank_lines = _bank_owner_lines(context)
    if not owners and not bank_lines:
        return requisites
    shared = []
    for requisite in requisites:
        line = context.document.line_start(requisite.start)
        owner = owners.get(line)
        if owner is not None and requisite.owner is None and requisite.key in BANK_KEYS:
            requisite = replace(requisite, owner=owner)
        owner = bank_lines.get(line)
        if (
            owner is not None
            and requisite.owner is None
            and requisite.key
            in (
                *BANK_KEYS,
                "account",
                "iban",
            )
        ):
            requisite = replace(requisite, owner=owner)
        shared.append(requisite)
    return shared


# "Buyer's bank: PJSC "Bank", BIK 042202981," over "correspondent account ..., USD
# account 4070...": the bank details on the line and on its wrapped next line are
# that party's.
_BANK_OWNER_LINE_RE = compile_folded(
    rf"(?m)^[ \t]*(?P<english_owner>{_ENGLISH_OWNER_WORDS})(?:'s|’s)[ \t]+bank\b"
    r"[^\n]*"
)


def _bank_owner_lines(context: ExtractionContext) -> dict[int, str]:
    """Return {line start: owner} for the lines of a "<role>'s bank" block."""
    lines: dict[int, str] = {}
    for match in _BANK_OWNER_LINE_RE.finditer(context.text):
        owner = fold(_ENGLISH_OWNERS[match.group("english_owner")])
        lines[match.start()] = owner
        if match.group().rstrip().endswith(","):
            next_start = match.end() + 1
            if next_start < len(context.text):
                lines[next_start] = owner
    return lines


def _stacked_requisites(
    context: ExtractionContext, start: int, end: int
) -> list[Requisite]:
    """Return the values in `text[start:end]` of a stack of cells whose captions
    are requisite labels: "ИНН плательщика" over "КПП плательщика", then
    "6340261402" over "634001001" (see `stacks`)."""
    text = context.text
    found = []
    for caption_start, (value_start, value_end) in context.stacked_cells.items():
        if not start <= value_start < end:
            continue
        caption = text[caption_start : context.document.line_end(caption_start)]
        # The caption and its value read as one labelled requisite.
        joined = f"{caption} {text[value_start:value_end]}"
        shift = value_start - len(caption) - 1
        for key, pattern in _LABELED_PATTERNS:
            match = pattern.match(joined)
            if match is None or match.start("value") <= len(caption):
                continue
            span = (match.start("value") + shift, match.end("value") + shift)
            value = text[span[0] : span[1]]
            if (key == "inn" and not _is_whole_inn(value)) or (
                key == "kpp" and not _is_kpp_length(value)
            ):
                continue
            kind = _account_kind(text, key, span)
            found.append(Requisite(kind, *span, True, _owner(match)))
            break
    return found


def _row_cells(context: ExtractionContext, start: int, end: int) -> list[Requisite]:
    """Return the values in `text[start:end]` of ruled table rows whose first cell
    is a requisite label, each under the key of that label."""
    text = context.text
    if "|" not in text[start:end]:
        return []
    document = context.document
    found = []
    position = document.line_start(start)
    while position < end:
        line_end = document.line_end(position)
        pair = _PAIR_ROW_LABEL_RE.match(text, position, line_end)
        if pair is not None:
            found += _pair_row_cells(text, pair.end(), line_end, start, end)
            position = line_end + 1
            continue
        for key, label, cell in _ROW_LABELS:
            match = label.match(text, position, line_end)
            if match is None:
                continue
            for cell_start in _cell_starts(text, match.end(), line_end):
                value = cell.match(text, cell_start, line_end)
                if value is not None and start <= value.start("value") < end:
                    span = value.span("value")
                    if key != "inn" or _is_whole_inn(text[span[0] : span[1]]):
                        kind = _account_kind(text, key, span)
                        found.append(Requisite(kind, *span, True))
            break
        position = line_end + 1
    return found


def _pair_row_cells(
    text: str, first_cell: int, line_end: int, start: int, end: int
) -> list[Requisite]:
    """Return the INN and KPP of each cell of an "ИНН / КПП" table row."""
    found = []
    for cell_start in _cell_starts(text, first_cell, line_end):
        cell = _PAIR_ROW_CELL_RE.match(text, cell_start, line_end)
        if (
            cell is not None
            and start <= cell.start("inn") < end
            and _is_whole_inn(cell.group("inn"))
        ):
            found.append(Requisite("inn", *cell.span("inn"), True))
            if cell.group("kpp"):
                found.append(Requisite("kpp", *cell.span("kpp"), True))
    return found


def _cell_starts(text: str, start: int, line_end: int):
    """Yield `start` and the start of each later cell of a ruled row, after a "|"."""
    while start < line_end:
        yield start
        rule = text.find("|", start, line_end)
        if rule < 0:
            return
        start = rule + 1


def _add_unlabeled_biks(
    context: ExtractionContext, start: int, end: int, found: dict[int, Requisite]
) -> None:
    """Add the bare 9-digit numbers that a correspondent account next to them proves.

    A bank box whose labels and values come apart ("БИК / Сч. № / 044525947 /
    30101810745250000947") leaves the BIK without its label. A bank's
    correspondent account ends with the last three digits of its BIK, and its
    control key is computed with the BIK. A number in a cell of its own, with a
    correspondent account within a few lines that agrees with it on both, is
    taken as that bank's BIK.
    """
    text = context.text
    accounts = sorted(
        (requisite.start, requisite.end)
        for requisite in found.values()
        if requisite.key == "correspondent_account" and start <= requisite.start < end
    )
    if not accounts:
        return
    starts = [account_start for account_start, _ in accounts]
    for match in _NINE_DIGITS_RE.finditer(text, start, end):
        if match.start() in found or not _stands_alone(context, match, found):
            continue
        first = bisect.bisect_left(starts, match.start() - _BIK_NEIGHBOUR_CHARS)
        last = bisect.bisect_right(starts, match.start() + _BIK_NEIGHBOUR_CHARS)
        for account_start, account_end in accounts[first:last]:
            digits = text[account_start:account_end].replace(" ", "")
            if _proves_bik(digits, match.group(0)):
                found[match.start()] = Requisite("bik", *match.span(), labeled=False)
                break


def _stands_alone(
    context: ExtractionContext, match: re.Match[str], found: dict[int, Requisite]
) -> bool:
    """Return whether a number is a cell of its own: alone on its line, or followed
    only by the correspondent account ("044525947 / 30101810...").

    A number after a label ("Заказ № 040725225") or beside an INN is something else.
    """
    text = context.text
    line_start = context.document.line_start(match.start())
    line_end = context.document.line_end(match.start())
    before = match.start()
    while before > line_start and text[before - 1] in _CELL_PUNCTUATION:
        before -= 1
    if before > line_start:
        return False
    rest = match.end()
    while rest < line_end and text[rest] in _CELL_PUNCTUATION:
        rest += 1
    if rest == line_end:
        return True
    account = found.get(rest)
    return (
        account is not None
        and account.key == "correspondent_account"
        and not text[account.end : line_end].strip(_CELL_PUNCTUATION)
    )


def _proves_bik(correspondent_account: str, number: str) -> bool:
    return (
        is_valid_bik(number)
        and correspondent_account.endswith(number[-3:])
        and is_valid_correspondent_account(correspondent_account, number)
    )


def _is_whole_inn(value: str) -> bool:
    """Return whether an INN value is unbroken, or broken by a space but valid."""
    if " " not in value:
        return True
    digits = value.replace(" ", "")
    return len(digits) in (10, 12) and is_valid_inn(digits)


def _is_capitalized_code(context: ExtractionContext, span: tuple[int, int]) -> bool:
    """Return whether a SWIFT code candidate is printed in capitals, as codes are.

    "Incoming SWIFT: Tashkent Lift Service" names a sender, not the code TASHKENT.
    """
    start, end = context.document.original_span(*span)
    raw = context.document.original[start:end]
    return raw == raw.upper()


def is_budget_code(text: str, start: int, end: int) -> bool:
    """Return whether the 20 digits at `text[start:end]` are a KBK, not an account."""
    before = text[max(0, start - _LABEL_LOOKBACK_CHARS) : start]
    if _BUDGET_CODE_LABEL_RE.search(before):
        return True
    return _OKTMO_AFTER_RE.match(text, end) is not None


def _is_kpp_length(raw: str) -> bool:
    """Return whether a KPP has 9 characters, or 8 printed without a space (a KPP
    that lost a digit, returned so that its check fails)."""
    compact = raw.replace(" ", "")
    return len(compact) == 9 or (len(compact) == 8 and " " not in raw)


def _owner(match: re.Match[str]) -> str | None:
    """Return the folded Russian genitive of the role a label names, or None."""
    english = match.group("english_owner") or match.group("english_after")
    return fold(_ENGLISH_OWNERS[english]) if english else match.group("owner")


def _is_in_iban(text: str, start: int) -> bool:
    """Return whether 20 digits at `start` follow an IBAN's country code, or its
    check digits and a bank code with letters.

    Two Latin letters count as a country code unless they are "No", as in "No40702...".
    """
    before = text[max(0, start - 3) : start]
    if _IBAN_PREFIX_RE.search(before) is not None and before[-2:] != "no":
        return True
    # An IBAN with letters in its bank code: "AZ21NABZ00000000137010001944".
    before = text[max(0, start - _IBAN_HEAD_CHARS) : start]
    return _IBAN_HEAD_RE.search(before) is not None


def _account_kind(text: str, key: str, span: tuple[int, int]) -> str:
    value = text[span[0] : span[1]]
    if key == "account" and value.startswith(CORRESPONDENT_PREFIX):
        return "correspondent_account"
    if key == "correspondent_account" and value.startswith(_TREASURY_ACCOUNT_PREFIX):
        # A treasury account under "к/сч" is where the payment goes; the single
        # treasury account (ЕКС, 40102...) stands for the correspondent one.
        return "account"
    return key


_TREASURY_ACCOUNT_PREFIX = "03"


def _value_span(text: str, key: str, match: re.Match[str]) -> tuple[int, int]:
    """Return the span of the value, an IBAN cut back to its longest valid form.

    An IBAN printed in groups may be followed by a word the pattern takes for one
    more group ("DE89 3704 ... 00 BIC"), so trailing groups are dropped until the
    check digits pass. A letter glued to its end ("KZ10...4567в АО ...") is dropped
    the same way. An IBAN that never passes keeps its full span.
    """
    start, end = match.span("value")
    if key != "iban":
        return start, end
    if text[end - 1].isalpha() and is_valid_iban(
        text[start : end - 1].replace(" ", "").upper()
    ):
        return start, end - 1
    cut = end
    while cut > start:
        if is_valid_iban(text[start:cut].replace(" ", "").upper()):
            return start, cut
        cut = text.rfind(" ", start, cut)
        while cut > start and text[cut - 1] == " ":
            cut -= 1
    return start, end


def find_bare_nine_digits(
    context: ExtractionContext, key: str, start: int, end: int, taken: list[Requisite]
) -> list[Requisite]:
    """Return unlabeled 9-digit numbers in a range as requisites under `key`.

    The caller knows from the layout what they are: BIKs in a bank block, or the KPP
    after an INN.
    """
    taken_starts = {requisite.start for requisite in taken}
    return [
        Requisite(key, *match.span(), labeled=False)
        for match in _NINE_DIGITS_RE.finditer(context.text, start, end)
        if match.start() not in taken_starts
    ]


def requisite_value(context: ExtractionContext, requisite: Requisite) -> str:
    """Return the normalized value: digits without spaces, letters as Latin capitals."""
    start, end = context.document.original_span(requisite.start, requisite.end)
    raw = context.document.original[start:end]
    if requisite.key in _SPACED_KEYS:
        raw = re.sub(r"[\s-]", "", raw)
    if requisite.key in _DIGIT_KEYS:
        return raw.translate(REQUISITE_DIGIT_LOOKALIKES)
    if requisite.key == "kpp":
        # Characters 5 and 6 may be a reason code in capitals, but O, I and З
        # are never used there because they look like digits.
        # A KPP's letters are Latin capitals, so a Cyrillic б in it is a 6.
        return fold(raw.translate(DIGIT_LOOKALIKES)).upper()
    if requisite.key in ("iban", "swift", "vat_id"):
        return fold(raw).upper()
    return raw
