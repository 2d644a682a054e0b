"""Role labels: the words that name a party ("Поставщик:", "Bill to:", "Банк ...").

A label may carry the number of its form section ("1. Грузоотправитель", "1 Sender"),
and a double label ("Грузоотправитель (Продавец):", "Seller / Shipper:") names two
roles, which get the same requisites. A label counts in five forms:

- "colon": the role word, an optional qualifier ("и его адрес", "(Исполнитель)",
  possibly on the next line) and a colon. At the start of a line any case counts.
  Inside a line the word must be capitalized ("..., Заказчик: ООО «Бета»").
- "inline": a capitalized role word at the start of a line directly followed by
  what can only be a party: a legal form, a quoted name, a person's full name or
  initials, or a labeled requisite ("Плательщик ООО "Ромашка" ИНН ...", "Получатель
  ИНН 7708034472").
- "bare": the role word alone on its line, the caption of a block above or below,
  or a lowercase form caption that lists the block's contents ("грузоотправитель,
  адрес, номер телефона, банковские реквизиты").
- "row": one of two or more captions on a line, set apart by tabs or 3 or more
  spaces ("ИСПОЛНИТЕЛЬ          ЗАКАЗЧИК"), each heading the column below it.
- "name": a party name that a contract's preamble bound to a role (`defined_roles`).

Signature lines ("Исполнитель ______ Иванов И.И.") and prose ("Покупатель обязуется
...") are not labels.
"""

import re
from dataclasses import dataclass

from .context import (
    EXHIBITOR_WORDS,
    ORGANISER_WORDS,
    RIGHT_HOLDER_WORDS,
    RIGHT_USER_WORDS,
    ExtractionContext,
)
from .text import compile_folded, fold

# OCR reads щ as ш or ц, or as both ("Плательцик", "Плательцщик"), so the role
# words allow them.
_SELLER = (
    r"постав[щшц]ик|продавец|исполнитель|(?:суб)?подрядчик|арендодатель"
    r"|(?:суб)?лицензиар"
    r"|лизингодатель|хранитель|lessor|(?:sub)?licensor|landlord"
    # A lender, a factor and an insurer sell their money and their cover.
    r"|кредитор|займодавец|фактор|страховщик|lender|insurer"
    r"|seller|supplier|vendor|contractor|consultant|(?:service\s+)?provider|sold\s+by"
    r"|bill\s+from"
    r"|from|sprzedawca"
)
_BUYER = (
    r"покупатель|заказчик|генподрядчик|генеральный\s+подрядчик|арендатор"
    r"|(?:суб)?лицензиат"
    # A utility's or an operator's customer is its subscriber or its consumer.
    r"|лизингополучатель|поклажедатель|абонент|потребитель|lessee|(?:sub)?licensee"
    r"|tenant"
    r"|заемщик|заёмщик|страхователь|borrower|policyholder|insured"
    r"|subscriber"
    r"|buyer|purchaser|customer|client"
    r"|bill(?:ed)?\s+to(?:\s+address)?|invoice\s+to|sold\s+to|nabywca"
)
_SHIPPER = r"грузоотправитель|shipper|consignor"
# The opening of a company's name: a legal form or a quote.
_COMPANY_START = (
    r"ооо|оао|зао|пао|ао|ип|индивидуальный\s+предприниматель|общество|акционерное"
    r"|[«\"„“]"
)
# A scan may break a word with a space: "Con signee", "Полу чатель".
_CONSIGNEE = r"грузополучатель|con ?signee|ship\s+to|deliver\s+to"
_CARRIER = r"перевозчик|carrier"
_PAYER = (
    r"платель[щшц]{1,2}ик|перевододатель|приказодатель|payer|remitter"
    r"|ordering\s+(?:customer|party)|originator"
)
_PAYEE = r"полу ?чатель|бенефициар|payee|beneficiary|recipient"
_SENDER = r"отправитель|sender"

_COMMON_ROLES = (
    (_SELLER, "seller"),
    (_BUYER, "buyer"),
    (_SHIPPER, "shipper"),
    (_CONSIGNEE, "consignee"),
    (_CARRIER, "carrier"),
)
# Agency and commission contracts name a principal and an agent.
_PRINCIPAL = r"принципал|комитент|доверитель|principal"
_AGENT = r"агент|комиссионер|поверенный|agent"
# A trade fair's organiser sells a stand to its exhibitor in the act of its
# services.
_EVENT_ROLES = ((ORGANISER_WORDS, "seller"), (EXHIBITOR_WORDS, "buyer"))
# A franchise's act (commercial concession) names the right holder and its user.
# On a reseller's papers "Правообладатель:" names the software's maker instead.
_RIGHTS_ROLES = ((RIGHT_HOLDER_WORDS, "seller"), (RIGHT_USER_WORDS, "buyer"))
# A forwarding contract or act names the forwarder and its client. On transport
# papers a forwarder is no seller, so these words stay off their roles. A client
# defined in prose ("Клиент: лицо, заключившее договор ...") heads no block.
_FORWARDER = r"экспедитор|(?:freight\s+)?forwarder"
_CLIENT = r"клиент"
_DEFAULT_ROLES = (
    *_COMMON_ROLES,
    (_PAYER, "buyer"),
    (_PAYEE, "seller"),
    (_PRINCIPAL, "principal"),
    (_AGENT, "agent"),
    (_FORWARDER, "seller"),
    (_CLIENT, "buyer"),
)
_TRANSPORT_ROLES = (*_COMMON_ROLES, (_SENDER, "shipper"), (_PAYER, "buyer"))
_ROLE_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    # An application for a transfer in foreign currency names its payer the
    # applicant, as the SWIFT field 50 does.
    "payment_order": ((rf"{_PAYER}|applicant", "payer"), (_PAYEE, "payee")),
    "power_of_attorney": (
        # The form M-2 names the issuing organization "Организация", "Потребитель"
        # and "Плательщик".
        (
            r"доверитель|principal|организация(?:\s*-\s*(?:потребитель|плательщик))?"
            r"|потребитель|плательщик",
            "principal",
        ),
        # The form M-2 names the attorney on "Доверенность выдана:".
        (
            r"поверенный|представитель|attorney|representative"
            r"|доверенность\s+выдана",
            "attorney",
        ),
        # The supplier of the goods that the form M-2 lets the attorney collect.
        (r"на\s+получение\s+от", "seller"),
    ),
    "bank_statement": (
        (
            r"владелец\s+сч[её]та|клиент|организация|account\s+holder",
            "account_holder",
        ),
    ),
    # A letter that gives bank details for payments names a payee, not a seller.
    "letter": (*_COMMON_ROLES, (_PAYER, "payer"), (_PAYEE, "payee")),
    # An agent's act is issued by the agent for its fee, which the principal pays.
    "act": (
        *_COMMON_ROLES,
        (_PAYER, "buyer"),
        (_PAYEE, "seller"),
        (_PRINCIPAL, "buyer"),
        (_AGENT, "seller"),
        (_FORWARDER, "seller"),
        (_CLIENT, "buyer"),
    ),
    # "To:" heads the buyer's block of an invoice, not of a letter, and so does
    # "Кому:" before a company, not before a person ("Кому: главному бухгалтеру").
    "invoice": (
        *_DEFAULT_ROLES,
        (r"to(?=[ \t]*:)", "buyer"),
        (rf"кому(?=[ \t]*:[ \t]*(?:{_COMPANY_START}))", "buyer"),
    ),
    # A receipt names the one who paid: "Received from:", "Получено от:".
    "receipt": (
        (r"received\s+from|получено\s+от|принято\s+от", "buyer"),
        (r"received\s+by", "seller"),
        *_DEFAULT_ROLES,
    ),
    # A contract to make goods to order names its seller the maker.
    "made_to_order": (*_DEFAULT_ROLES, (r"изготовитель|manufacturer", "seller")),
    # A shared construction contract (ДДУ): the developer sells a flat to the
    # participant, and an escrow bank keeps the payment until the house is built.
    "shared_construction": (
        *_DEFAULT_ROLES,
        (r"застройщик|developer", "seller"),
        (r"участник(?:\s+долевого\s+строительства)?|дольщик", "buyer"),
    ),
    "waybill": (*_TRANSPORT_ROLES, (_PAYEE, "consignee")),
    "packing_list": (*_TRANSPORT_ROLES, (_PAYEE, "consignee")),
}
# Acts that label no other seller (see `ExtractionContext.role_scheme`).
_ROLE_WORDS["franchise"] = (*_ROLE_WORDS["act"], *_RIGHTS_ROLES)
_ROLE_WORDS["trade_fair"] = (*_ROLE_WORDS["act"], *_EVENT_ROLES)

# Genitive role words, as in "Банк получателя" or "ИНН покупателя", per document
# type. An invoice's payee is its seller, so "Банк получателя" is the seller's bank.
_DEFAULT_OWNERS = {
    "плательщика": "buyer",
    "получателя": "seller",
    "продавца": "seller",
    "поставщика": "seller",
    "исполнителя": "seller",
    "подрядчика": "seller",
    "арендодателя": "seller",
    "покупателя": "buyer",
    "заказчика": "buyer",
    "арендатора": "buyer",
    "лизингодателя": "seller",
    "лизингополучателя": "buyer",
    "хранителя": "seller",
    "лицензиара": "seller",
    "сублицензиара": "seller",
    "лицензиата": "buyer",
    "сублицензиата": "buyer",
    "поклажедателя": "buyer",
    "грузоотправителя": "shipper",
    "грузополучателя": "consignee",
    "перевозчика": "carrier",
    "принципала": "principal",
    "агента": "agent",
}
_OWNERS_BY_TYPE = {
    "payment_order": {"плательщика": "payer", "получателя": "payee"},
    "letter": {**_DEFAULT_OWNERS, "плательщика": "payer", "получателя": "payee"},
    "act": {
        **_DEFAULT_OWNERS,
        "принципала": "buyer",
        "агента": "seller",
        "экспедитора": "seller",
        "клиента": "buyer",
    },
    "waybill": {**_DEFAULT_OWNERS, "получателя": "consignee"},
    "packing_list": {**_DEFAULT_OWNERS, "получателя": "consignee"},
    # "ИНН пользователя" on a cash receipt is the INN of the register's user.
    "receipt": {**_DEFAULT_OWNERS, "пользователя": "seller"},
    "bank_statement": {
        **_DEFAULT_OWNERS,
        "владельца": "account_holder",
        "клиента": "account_holder",
    },
}
_OWNERS_BY_TYPE["franchise"] = _OWNERS_BY_TYPE["act"]
_OWNERS_BY_TYPE["trade_fair"] = _OWNERS_BY_TYPE["act"]
_OWNERS_BY_TYPE["shared_construction"] = {
    **_DEFAULT_OWNERS,
    "застройщика": "seller",
    "участника": "buyer",
}
_OWNER_ROLES = {
    code: {fold(word): role for word, role in owners.items()}
    for code, owners in (("default", _DEFAULT_OWNERS), *_OWNERS_BY_TYPE.items())
}

_BANK_WORDS = (
    r"банк\s+(?P<whose>плательщика|получателя|поставщика|покупателя|продавца)"
    r"|(?P<payee_bank>(?:beneficiary|payee|recipient)(?:'s)?\s+bank(?:\s+details)?"
    r"|bank\s+of\s+(?:the\s+)?beneficiary)"
    r"|(?P<payer_bank>(?:payer|remitter)(?:'s)?\s+bank)"
    # "Customer's bank details: account ..." in an English act or invoice.
    r"|(?P<buyer_bank>(?:customer|buyer|purchaser|client)(?:'s|’s)?\s+bank(?:ing)?"
    r"\s+details)"
)
# "Банковские реквизиты продавца:" heads the requisites of the role it names.
_REQUISITES_WORDS = (
    r"(?:банковские\s+|платежные\s+)?реквизиты\s+(?P<whose>плательщика|получателя"
    r"|поставщика|покупателя|продавца|исполнителя|заказчика|подрядчика"
    r"|арендодателя|арендатора|лизингодателя|лизингополучателя|(?:суб)?лицензиара"
    r"|(?:суб)?лицензиата|агента|принципала)"
)
# The payment details of an invoice, UPD or act are the seller's bank account.
_SELLER_BANK_WORDS = (
    r"(?:(?:seller|supplier|vendor|contractor)(?:'s|’s)?\s+|our\s+|наши\s+)?"
    r"(?:bank(?:ing)?\s+details|payment\s+details)|remit(?:tance)?\s+to|payable\s+to"
    r"|(?:payment|pay)\s+to(?=[ \t]*:)"
    r"|банковские\s+реквизиты|реквизиты\s+для\s+оплаты"
)
_QUALIFIER = (
    r"(?:\s++(?:и\s+его\s+адрес|and\s+its\s+address|платежа|средств)\b"
    r"|(?:'s|’s)?\s++name\s+and\s+address\b)?(?:\s*+\([^)\n]{0,40}\))?"
)
# A box number, which OCR may read with l for 1 ("l. Грузоотправитель").
BOX_NUMBER = r"(?:[0-9]{1,2}\.?|[0-9l]{1,2}\.)[ \t]+"
# A label may carry the number of its form section ("1. Грузоотправитель", "1
# Sender") or a SWIFT field tag ("50K: Ordering customer").
# OCR may also read a box number as one or two letters ("N Consignee (name,
# address)", "Ww Carrier"); such a prefix counts only before a bracketed caption.
_LINE_START = (
    rf"(?m)^(?:[^\w\n]|_){{0,3}}"
    rf"(?:{BOX_NUMBER}|[0-9]{{2}}[a-z]?:[ \t]*|(?P<garbled>[^\W\d_]{{1,2}}[ \t]+))?"
)
_MID_LINE = r"(?<=[ \t,;.\"«])"
_COLON_RE = re.compile(r"[ \t]*:")
_CELL_RULE_RE = re.compile(r"[ \t]*\|")
_QUOTES = frozenset("\"'«“„")
_QUOTED_CAPTION_END_RE = re.compile(r"[\"'»”][ \t]*:")
_BOX_OPENING_RE = re.compile(rf"[ \t|]*{BOX_NUMBER}")
# Another numbered box after a rule or a wide gap: "6. Перевозчик       7. Водитель",
# "2 Consignee (name, address) | 17 Successive carriers".
_NEXT_BOX_RE = re.compile(rf"(?:[ \t]*+\||[ \t]{{3,}}+)[ \t]*+{BOX_NUMBER}[^\W\d_]")
_SIGNATURE_RE = re.compile(r"[ \t]*(?:_{2,}|/(?![0-9]{5,}))")
# Openings of an inline label's content: a legal form, a quoted name, a person
# ("Иванов Иван Иванович", "Иванов И.И."), a requisite label with its value or an
# account after a slash.
PARTY_START_RE = compile_folded(
    r"[ \t\-]*(?:[«\"„“]|(?:ооо|оао|зао|пао|ао|нко|ано|ип|фгуп|гуп|муп|уфк|общество"
    r"|акционерное|индивидуальный\s+предприниматель)\b"
    r"|[^\W\d_]+\s+[^\W\d_]+\s+[^\W\d_]+(?:вич|вна|чна)\b"
    r"|[^\W\d_]{2,}\s+[^\W\d_]\.\s?[^\W\d_]\."
    r"|(?:инн|кпп|огрн\w*|бик|р\s*/\s*сч?|к\s*/\s*сч?|сч|iban|swift|bic)\b[^0-9]{0,8}[0-9]"
    # A SWIFT party field opens with the account: ":50K: Ordering customer /4070...".
    r"|/[0-9]{5,}"
    # A foreign company's name that ends with its legal form: "Okhta Cable Yard LLC".
    r"|[^\W\d_][^\n|]{0,60}?\b(?:llc|ltd|limited|gmbh|inc|corp|jsc|plc|llp|oü|b\.v\.)"
    r"(?![^\W\d_]))"
)


@dataclass(frozen=True, order=True)
class RoleLabel:
    """A role label: where it starts, where its content may start, and its form.

    `kind` is "colon", "inline", "bare", "row" or "name", as the module describes.
    `bank` marks a label of the role's bank ("Банк получателя"). `second` is the
    other role of a double label ("Грузоотправитель (Продавец):", "Seller /
    Shipper:"), or "" for a label of one role.
    """

    start: int
    end: int
    role: str
    bank: bool
    kind: str
    second: str = ""


@dataclass(frozen=True)
class _LabelPattern:
    role: str | None  # None when the role comes from the bank word
    bank: bool
    line_start: re.Pattern[str]
    mid_line: re.Pattern[str]


def _label_patterns(words: str, role: str | None, bank: bool) -> _LabelPattern:
    body = rf"(?P<word>{words})\b"
    return _LabelPattern(
        role,
        bank,
        compile_folded(_LINE_START + body),
        compile_folded(_MID_LINE + body),
    )


def _type_patterns(code: str) -> tuple[_LabelPattern, ...]:
    roles = _ROLE_WORDS.get(code, _DEFAULT_ROLES)
    patterns = [_label_patterns(words, role, False) for words, role in roles]
    patterns.append(_label_patterns(_BANK_WORDS, None, True))
    patterns.append(_label_patterns(_REQUISITES_WORDS, None, False))
    if code in _SELLER_BANK_TYPES:
        patterns.append(_label_patterns(_SELLER_BANK_WORDS, "seller", True))
    return tuple(patterns)


def _row_pattern(code: str, min_gap: int) -> re.Pattern[str]:
    """Compile a pattern for a line of captions set apart by tabs or 3+ spaces."""
    words = "|".join(words for words, _ in _ROLE_WORDS.get(code, _DEFAULT_ROLES))
    bank_words = re.sub(r"\?P<\w+>", "?:", _BANK_WORDS)
    # The spaces after a caption belong to the gap unless a colon follows them, and
    # the gap is possessive, so that a long run of spaces is tried once.
    # A form may number its boxes ("1 Sender (name, address) | 16 Carrier"), and
    # a caption may be quoted ('"Поставщик":      "Покупатель":').
    caption = (
        rf"(?:{BOX_NUMBER})?[\"«]?(?:{words}|{bank_words})\b{_QUALIFIER}[\"»]?"
        r"(?:[ \t]*:)?"
    )
    # A table may rule its cells ("| Реквизит | Исполнитель | Заказчик |") and give
    # its first column a heading of its own.
    gap = rf"(?:[ \t]{{{min_gap},}}+|[ \t]*+\|[ \t]*+)"
    return compile_folded(
        rf"[ \t|]*(?:{_ROW_HEADING}{gap})?{caption}(?:{gap}{caption})+[ \t|]*"
    )


# The heading of a requisites table's first column, left of the role captions.
_ROW_HEADING = r"(?:реквизит\w*|наименование|показател\w+|details|requisites)\b"
_SELLER_BANK_TYPES = frozenset({"invoice", "upd", "act", "franchise", "trade_fair"})
_TYPE_CODES = (*_ROLE_WORDS, "default", *_SELLER_BANK_TYPES)
_PATTERNS = {code: _type_patterns(code) for code in _TYPE_CODES}
_ROW_PATTERNS = {code: _row_pattern(code, 3) for code in _TYPE_CODES}
# Tabs fold to single spaces, so on a line with tabs one space may be a column gap.
_TAB_ROW_PATTERNS = {code: _row_pattern(code, 1) for code in _TYPE_CODES}
_QUALIFIER_RE = compile_folded(_QUALIFIER)
_CLIENT_RE = compile_folded(_CLIENT)
_CONTENT_PEEK_CHARS = 40
_BRACKETED_WORD_RE = re.compile(r"\(\s*([^\W\d_]+)\s*\)")
# "Seller / Shipper", "Buyer and consignee", "Покупатель и грузополучатель".
_SLASH_RE = compile_folded(r"[ \t]*(?:/|&|\band\b|\bи\b)[ \t]*")
_OTHER_CAPTION_WORD_RE = re.compile(
    r"[^\W\d_]++(?:[ \t]*+\([^)\n]{0,40}\))?(?=[ \t]*(?::|\n|\Z))"
)
_ROLE_PREFIXES = {
    code: tuple((compile_folded(rf"(?:{words})\b"), role) for words, role in roles)
    for code, roles in (("default", _DEFAULT_ROLES), *_ROLE_WORDS.items())
}
# The caption printed under a block of the form TORG-12: "грузоотправитель, адрес,
# номер телефона, банковские реквизиты" or "(организация-поставщик, адрес, ...)".
# It must list an address, a phone or requisites, so a wrapped line of prose
# ("покупатель, обязуется принять") is no caption.
_CAPTION_PATTERNS = {
    code: tuple(
        (
            compile_folded(
                r"(?m)^(?=[^\n]*(?:адрес|телефон|реквизит|address))[ \t(]*"
                r"(?:организация[ \t]*-[ \t]*)?"
                rf"(?P<word>{words})(?:[ \t]*,[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)*)+"
                r"[ \t)]*$"
            ),
            role,
        )
        for words, role in roles
    )
    for code, roles in (("default", _DEFAULT_ROLES), *_ROLE_WORDS.items())
}
_WORD_ROLES = {
    code: tuple((compile_folded(words), role) for words, role in roles)
    for code, roles in (("default", _DEFAULT_ROLES), *_ROLE_WORDS.items())
}


def role_of_word(document_type: str, word: str) -> str | None:
    """Return the role that a role word such as "Поставщик" names, or None."""
    folded = fold(word)
    for pattern, role in _WORD_ROLES.get(document_type, _WORD_ROLES["default"]):
        if pattern.fullmatch(folded):
            return role
    return None


def owner_role(document_type: str, owner: str | None) -> str | None:
    """Return the role that a genitive word such as "получателя" names, or None."""
    if owner is None:
        return None
    owners = _OWNER_ROLES.get(document_type, _OWNER_ROLES["default"])
    return owners.get(owner)


def find_role_labels(context: ExtractionContext) -> list[RoleLabel]:
    """Return the role labels of the text in text order, none inside another."""
    code = context.role_scheme
    patterns = _PATTERNS.get(code, _PATTERNS["default"])
    found: dict[int, RoleLabel] = {}
    for pattern in patterns:
        for match in pattern.line_start.finditer(context.text):
            _keep_longest(found, _label(context, pattern, match, mid_line=False))
        for match in pattern.mid_line.finditer(context.text):
            _keep_longest(found, _label(context, pattern, match, mid_line=True))
    for label in _caption_labels(context):
        _keep_longest(found, label)
    for label in _cut_labels(context):
        found.setdefault(label.start, label)
    swift = _swift_labels(context)
    for label in (*_section_labels(context), *swift):
        found.setdefault(label.start, label)
    # A print's caption after a SWIFT tag ("52A: Банк плательщика:") belongs to
    # the tag's label, whose section contains the tag that its requisites need.
    tags = _swift_tag_spans(context)
    labels: list[RoleLabel] = []
    # "From:" and "To:" of an e-mail name its sender and addressee, not the parties
    # of the document it carries, and so do those of a fax's transmission line.
    cover_end = context.email_header_end
    for label in sorted(found.values()):
        if label.start < cover_end or on_transmission_line(context, label.start):
            continue
        if label not in swift and any(start < label.start < end for start, end in tags):
            continue
        if labels and label.start < labels[-1].end:
            continue  # a word inside another label: "Поставщик (Исполнитель):"
        labels.append(label)
    return labels


# A fax machine's line over the page: its time, "FROM:" or "TO:" and the page,
# "07-MAR-2026 08:12  FROM: NSC NOVOROSSIYSK +7 8617 60-14-22  TO: STEPNOY P.1".
_TRANSMISSION_LINE_RE = compile_folded(
    r"(?=[^\n]*(?<![0-9])[0-2]?[0-9]:[0-5][0-9](?![0-9]))"
    r"(?=[^\n]*\b(?:from|to)[ \t]*:)"
    r"(?=[^\n]*\b(?:p\.?[ \t]*[0-9l]+(?:/[0-9l]+)?\b|page\b|fax\b))"
)


def on_transmission_line(context: ExtractionContext, position: int) -> bool:
    """Return whether `position` lies on a fax machine's transmission line."""
    line_start = context.document.line_start(position)
    return _TRANSMISSION_LINE_RE.match(context.text, line_start) is not None


# Role words whose first letter a phone photo cut off at the page's left edge,
# and the whole word.
_CUT_WORDS = {
    fold(cut): whole
    for cut, whole in (
        ("аказчик", "заказчик"),
        ("сполнитель", "исполнитель"),
        ("окупатель", "покупатель"),
        ("оставщик", "поставщик"),
        ("родавец", "продавец"),
        ("лательщик", "плательщик"),
        ("олучатель", "получатель"),
        ("рузоотправитель", "грузоотправитель"),
        ("рузополучатель", "грузополучатель"),
        ("еревозчик", "перевозчик"),
    )
}
_CUT_LABEL_RE = re.compile(
    r"(?m)^[ \t]{0,2}(?P<word>" + "|".join(_CUT_WORDS) + r")[ \t]*:"
)


def _cut_labels(context: ExtractionContext) -> list[RoleLabel]:
    """Return the labels that open a line without their first letter ("аказчик:"),
    as on a photo whose left edge cut the page."""
    labels = []
    for match in _CUT_LABEL_RE.finditer(context.text):
        role = role_of_word(context.role_scheme, _CUT_WORDS[match.group("word")])
        if role is not None:
            labels.append(
                RoleLabel(match.start("word"), match.end(), role, False, "colon")
            )
    return labels


# A section heading that names its party in the prepositional case: "СВЕДЕНИЯ О
# ДОВЕРИТЕЛЕ", "Данные о поставщике", "INFORMATION ABOUT THE REPRESENTATIVE".
_SECTION_HEADING_RE = compile_folded(
    r"(?m)^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?:сведения|данные|information|details)[ \t]+"
    r"(?:об?|about|of|on)[ \t]+(?:the[ \t]+)?(?P<word>[^\W\d_]+)[ \t]*:?[ \t]*$"
)


def _section_labels(context: ExtractionContext) -> list[RoleLabel]:
    """Return the section headings that name a role, as bare labels."""
    labels = []
    for match in _SECTION_HEADING_RE.finditer(context.text):
        role = _role_of_section_word(context.role_scheme, match.group("word"))
        if role is not None:
            labels.append(
                RoleLabel(match.start("word"), match.end(), role, False, "bare")
            )
    return labels


# The party fields of a SWIFT transfer as printed without captions: ":50K:/4070..."
# for the ordering customer, ":59:/CY38..." for the beneficiary. Options A and F
# give a bank code or numbered lines ("1/OOO ...") instead of a name. A caption
# ("Ordering Customer") may follow the tag when the account starts the next line.
# A transfer between banks (MT202) names its beneficiary institution in field 58A.
# A bank system's print drops the first colon and captions every tag: "50K:
# Ordering Customer-Name & Address" over "    /AT502011128934716502".
_PRINTED_TAG = r"(?m)^(?::|[ \t]*(?=[0-9]{2}[a-z]?:[ \t]*[^\W\d_]))"
# A caption may also end in a colon before the account on its line: "59:
# Бенефициар: /DE89...".
_SWIFT_PARTY_TAG_RE = compile_folded(
    _PRINTED_TAG + r"(?P<tag>50k?|59|58a):"
    r"(?:[ \t]*[^\W\d_][^\n/]{0,40}(?=\n[ \t]*/|[ \t]{2,}/|(?<=:)[ \t]*/))?"
    r"(?=[ \t]*(?:/|$))"
)


# The banks of the two parties: field 52, the ordering institution, is the payer's
# bank, and field 57, the account with institution, the payee's. Option A gives
# the bank's SWIFT code, option D its name and address.
# A print captions the tag ("52D: Ordering Institution" over the bank's name, "52D:
# Банк плательщика: АО «Банк»"); the caption names no bank, so option D's content
# starts after it.
_SWIFT_BANK_TAG_RE = compile_folded(
    _PRINTED_TAG + r"(?P<tag>5[27][ad]):"
    r"(?:[ \t]*(?:(?:ordering|account[ \t]+with|intermediary|beneficiary'?s?"
    r"|sender'?s?|receiver'?s?)\b[^\n:/]{0,30}?\b(?:institution|bank)"
    r"|банк[ \t]+(?:плательщика|получателя|бенефициара|отправителя|посредник)\w*)"
    r"[^\n:/]{0,30}?(?:[ \t]*:|(?=[ \t]*\n)))?"
)


def _swift_tag_spans(context: ExtractionContext) -> list[tuple[int, int]]:
    """Return the spans of a SWIFT transfer's party and bank tags with their
    captions."""
    if context.role_scheme != "payment_order":
        return []
    return [
        match.span()
        for pattern in (_SWIFT_PARTY_TAG_RE, _SWIFT_BANK_TAG_RE)
        for match in pattern.finditer(context.text)
    ]


def _swift_labels(context: ExtractionContext) -> list[RoleLabel]:
    """Return the party and bank tags of a SWIFT transfer printed without
    captions."""
    if context.role_scheme != "payment_order":
        return []
    labels = [
        RoleLabel(
            match.start(),
            match.end(),
            "payer" if match.group("tag").startswith("50") else "payee",
            False,
            "colon",
        )
        for match in _SWIFT_PARTY_TAG_RE.finditer(context.text)
    ]
    # The content of option A starts at its tag, which labels the bank's code.
    labels += [
        RoleLabel(
            match.start(),
            match.start() if match.group("tag").endswith("a") else match.end(),
            "payer" if match.group("tag").startswith("52") else "payee",
            True,
            "colon",
        )
        for match in _SWIFT_BANK_TAG_RE.finditer(context.text)
    ]
    return sorted(labels, key=lambda label: label.start)


def _role_of_section_word(document_type: str, word: str) -> str | None:
    """Return the role of a role word in the prepositional case ("доверителе",
    "поставщике", "продавце") or in English, or None."""
    stem = word[:-1]
    for candidate in (word, stem + "ь", stem, word[:-2] + "ец"):
        role = role_of_word(document_type, candidate)
        if role is not None:
            return role
    return None


def _caption_labels(context: ExtractionContext) -> list[RoleLabel]:
    """Return the lowercase form captions that name a role, as bare labels."""
    code = context.role_scheme
    labels = []
    for pattern, role in _CAPTION_PATTERNS.get(code, _CAPTION_PATTERNS["default"]):
        for match in pattern.finditer(context.text):
            if not _is_capitalized(context, match.start("word")):
                labels.append(
                    RoleLabel(match.start("word"), match.end(), role, False, "bare")
                )
    return labels


def _keep_longest(found: dict[int, RoleLabel], label: RoleLabel | None) -> None:
    if label is None:
        return
    known = found.get(label.start)
    if known is None or label.end > known.end:
        found[label.start] = label


def _label(
    context: ExtractionContext,
    pattern: _LabelPattern,
    match: re.Match[str],
    *,
    mid_line: bool,
) -> RoleLabel | None:
    role = pattern.role or _bank_role(context.role_scheme, match)
    if role is None:
        return None
    text = context.text
    word_start = match.start("word")
    if (
        word_start
        and text[word_start - 1] in _QUOTES
        and not _QUOTED_CAPTION_END_RE.match(text, match.end())
    ):
        # A quoted role word defines a party's role: '(the "Licensor")', «Покупатель».
        # A quoted caption before a colon ('"Поставщик":') still heads a block.
        return None
    word_end = _QUALIFIER_RE.match(text, match.end()).end()
    if match.groupdict().get("garbled") and "(" not in text[match.end() : word_end]:
        return None
    second, word_end = _second_role(context, role, match.end(), word_end)
    line_end = context.document.line_end(word_end)
    kind, end = _label_form(context, word_start, word_end, line_end)
    if kind != "colon" and _in_caption_row(context, word_start, line_end):
        kind, end = "row", word_end
    if kind is None or (mid_line and kind not in ("colon", "row")):
        return None
    needs_capital = mid_line or kind == "inline"
    if needs_capital and not _is_capitalized(context, word_start):
        return None
    if _SIGNATURE_RE.match(text, end):
        return None
    if kind == "colon" and _CLIENT_RE.fullmatch(text, word_start, match.end()):
        # Only the first letters of the content are needed, so the slice is short.
        opening = context.document.to_original(end)
        content = context.document.original[opening : opening + _CONTENT_PEEK_CHARS]
        # "Клиент: р/с 4070..." still heads the client's bank details.
        if content.lstrip(" \t")[:1].islower() and not PARTY_START_RE.match(text, end):
            return None
    return RoleLabel(word_start, end, role, pattern.bank, kind, second)


def _second_role(
    context: ExtractionContext, role: str, word_end: int, qualifier_end: int
) -> tuple[str, int]:
    """Return the second role of a double label and where the label's words end.

    The second role is a role word in brackets ("Грузоотправитель (Продавец)") or
    after a slash or "and" ("Seller / Shipper", "Buyer and consignee"). The
    result is ("", `qualifier_end`) when there is none or it names the same role.
    """
    code = context.role_scheme
    text = context.text
    bracketed = _BRACKETED_WORD_RE.search(text, word_end, qualifier_end)
    if bracketed is not None:
        second = role_of_word(code, bracketed.group(1)) or ""
        return ("" if second == role else second), qualifier_end
    slash = _SLASH_RE.match(text, qualifier_end)
    if slash is None:
        return "", qualifier_end
    for pattern, second in _ROLE_PREFIXES.get(code, _ROLE_PREFIXES["default"]):
        found = pattern.match(text, slash.end())
        if found is not None:
            end = _QUALIFIER_RE.match(text, found.end()).end()
            return ("" if second == role else second), end
    # A word that names no role still belongs to the label: "Shipper / Exporter:",
    # or a caption's translation that ends its line: "Sender (name, address) /
    # Отправитель".
    other = _OTHER_CAPTION_WORD_RE.match(text, slash.end())
    if other is not None:
        return "", other.end()
    return "", qualifier_end


def _label_form(
    context: ExtractionContext, word_start: int, word_end: int, line_end: int
) -> tuple[str | None, int]:
    """Return the label's form and the offset where its content starts."""
    text = context.text
    colon = _COLON_RE.match(text, word_end)
    if colon is not None:
        return "colon", colon.end()
    rest = text[word_end:line_end]
    if not rest.strip(" \t.,;-|"):
        return "bare", line_end
    if PARTY_START_RE.match(text, word_end, line_end):
        return "inline", word_end
    # A ruled table puts the party in the next cell: "| Исполнитель | ООО «Альфа» |".
    rule = _CELL_RULE_RE.match(text, word_end, line_end)
    if rule is not None and PARTY_START_RE.match(text, rule.end(), line_end):
        return "inline", rule.end()
    # A box caption that opens its line beside a box of another kind ("2 Consignee
    # (name, address) | 17 Successive carriers", "6. Перевозчик    7. Водитель")
    # heads the block below it.
    # Both boxes are numbered, so a house number after a wide gap ("Buyer     12
    # Quay Street") and a ruled table's next cell ("| Buyer | Meridian BV |") do
    # not count.
    if _NEXT_BOX_RE.match(text, word_end, line_end) and _BOX_OPENING_RE.fullmatch(
        text, context.document.line_start(word_start), word_start
    ):
        return "bare", line_end
    return None, word_end


def _in_caption_row(context: ExtractionContext, position: int, line_end: int) -> bool:
    line_start = context.document.line_start(position)
    rows = (
        _TAB_ROW_PATTERNS
        if context.document.has_tab(line_start, line_end)
        else _ROW_PATTERNS
    )
    pattern = rows.get(context.role_scheme, rows["default"])
    return pattern.fullmatch(context.text, line_start, line_end) is not None


def _is_capitalized(context: ExtractionContext, position: int) -> bool:
    original = context.document.original
    return original[context.document.to_original(position)].isupper()


def _bank_role(document_type: str, match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("whose"):
        return owner_role(document_type, groups["whose"])
    if groups.get("payee_bank"):
        return owner_role(document_type, fold("получателя"))
    if groups.get("payer_bank"):
        return owner_role(document_type, fold("плательщика"))
    if groups.get("buyer_bank"):
        return "buyer"
    return None
