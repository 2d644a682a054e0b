"""Roles that a contract's preamble gives to its parties by name.

"ООО «Альфа», именуемое в дальнейшем «Поставщик», ... и ООО «Бета» (далее -
«Покупатель»)" binds each name to a role. The requisites at the end of a contract are
often headed by those names alone, so each later line that starts with a bound name
becomes a "name" label of its role. The preamble name also fills the role's name when
no party block gives one.

Names are matched by their quoted part («Альфа»), an individual entrepreneur by the
surname after "ИП", and an English party ("between Northwind Trading Inc.,
hereinafter ...") by its whole name.

A power of attorney binds its parties by the granting verb instead: the principal
comes before "доверяет" / "hereby authorizes" and the attorney right after it.
"""

import re
from dataclasses import dataclass, replace

from .context import ExtractionContext
from .requisites import find_requisites
from .roles import RoleLabel, role_of_word
from .text import compile_folded, fold_pattern

_DEFINITION_RE = compile_folded(
    r"именуем(?:ое|ый|ая|ые|ого)\s+(?:в\s+дальнейшем\s+|далее\s+)?[«\"„“']?"
    r"(?P<word>[^\W\d_]+)"
    r"|\(\s*далее\s*(?:-\s*)?(?:по\s+тексту\s+)?[«\"„“'](?P<short>[^\W\d_]+)[»\"“”']"
    r"|hereinafter(?:\s+(?:referred\s+to\s+as|called))?\s+(?:the\s+)?[\"“'](?P<en>[a-z]+)"
    r"|\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?[\"“']"
    r"(?P<the>[a-z]+)[\"”']\s*\)"
)
_CLAUSE_CHARS = 300
# A requisites block names each party a few times at most; more lines that open
# with the name are not blocks of their own.
_MAX_NAME_LABELS = 10
_QUOTED_RE = re.compile(r"[«\"„“]([^«»\"„“”\n]{1,60})[»\"“”]")
_LEGAL_FORMS = (
    r"\b(?:общество\s+с\s+ограниченной\s+ответственностью"
    r"|(?:публичное\s+|непубличное\s+|закрытое\s+|открытое\s+)?акционерное\s+общество"
    r"|ооо|оао|зао|пао|ао|нко|ано)"
)
_LEGAL_FORM_RE = compile_folded(_LEGAL_FORMS + r"\s*$")
_BANK_WORD_RE = compile_folded(r"банк|bank")
# A quoted word that a bracket defines is a role, not a name: (the "Principal").
_DEFINITION_BEFORE_RE = compile_folded(r"\(\s*(?:the\s+)?$|далее\s*[-–]?\s*$")
# The words before a bank's quoted name: "р/с ... в ПАО «...»", "Банк: АО «...»".
_BANK_BEFORE_RE = compile_folded(r"(?:\bв|\bбанк\w*\s*:?)\s*" + _LEGAL_FORMS + r"?\s*$")
_FOLDED_LEGAL_FORMS = fold_pattern(_LEGAL_FORMS)
_ENTREPRENEUR_RE = compile_folded(
    r"\b(?:индивидуальный\s+предприниматель|ип)\s+(?P<surname>[^\W\d_]+)[^,\n]{0,60}"
)
# The words after which a name bound by a bracket opens: "between" or "and" in the
# preamble's sentence.
_NAME_OPENING_RE = compile_folded(r"\b(?:between|and)\s+")
# The name may wrap to a second line of up to four words before a comma or a
# bracket: "and Individual Entrepreneur Timur" over "Rinatovich Akhmetzyanov, INN".
_BRACKETED_NAME_RE = re.compile(
    r"[ \t\n]*(?P<name>[^\W\d_](?:[^,(\n]|\n(?=[ \t]*+[^\W\d_]++"
    r"(?:[ \t]++[^\W\d_]++){0,3}[ \t]*+(?:[,(]|\Z))){2,80}?)"
    r"[ \t\n]*(?:[,(]|\Z)"
)
# A line that opens with a tax or registration code and its value continues the
# party's paragraph: "Sunvale Remedies Private Limited, ..., India," over "GSTIN
# 24AAKCS4718M1ZY, represented by ... (the "Seller")". So does a line that opens
# with the party's signatory: "represented by Mr. J. Carter, ...".
_CODE_LINE_RE = compile_folded(
    r"[ \t]*(?:(?:gstin|gst\s+no|pan|cin|iec|tin|ein|bin|vat(?:\s+(?:id|no))?"
    r"|tax\s+id|инн|кпп|огрн\w*|иин|бин|унп|unp|nip|abn|inn|kpp|ogrn"
    r"|reg(?:istration)?\.?\s+no|company\s+no|ust-?idnr)\b"
    # The code's value, after words such as "Reg. No." or "/KPP" ("VAT Reg. No.
    # IE6388047V", "INN/KPP 7714123456/771401001", "VAT No. CHE-114.587.220").
    r"(?:[ \t.:/№#-]|no\b|reg\b|kpp\b|кпп\b|number\b)*(?=[a-z]{0,5}[-.]?[0-9])"
    r"|(?:duly\s+)?represented\s+by\b|acting\s+(?:through|by)\b|в\s+лице\b)"
)
_MAX_CODE_LINES = 3
# The words after which a power of attorney names a party in a sentence that defines
# it by a bracket: "representative of Nordwind Trade LLC, ... (the "Principal")".
# The "of" of "Power of Attorney" opens no name, and a person follows
# "represented by".
_SENTENCE_OPENING_RE = compile_folded(
    r"\b(?:of(?![ \t\n]+attorney)|for|that|between|(?<!represented\s)by)[ \t\n]+"
)
_ENGLISH_PARTY_RE = compile_folded(r"\b(?:between|and)\s+(?P<name>[^,]{3,80}?),?\s*$")
# The verb of a power of attorney's opening sentence: the principal comes before it
# ("ООО «Альфа» (ИНН ..., КПП ...), в лице директора ..., доверяет ...") and the
# attorney right after it.
# An English grant may drop "hereby": "JSC Alfa, ... (the "Principal"), represented
# by ..., authorises Ural-Broker LLC, ...".
GRANT_RE = compile_folded(
    r"\b(?:доверя(?:ет|ю)|уполномочива(?:ет|ю)"
    r"|hereby\s+(?:authori[sz]es?|appoints?|empowers?))\s+"
    # "whom the Charter authorises to act" grants no power of this paper.
    r"|\b(?:authori[sz]es|empowers)\s+(?!(?:\w+\s+)?to\b)"
)
# The attorney's paragraph ends at a blank line or at the powers it grants.
# The attorney's paragraph ends at a blank line or where the powers begin, such as
# "получить от ООО ... товарно-материальные ценности", whose supplier is no attorney.
_ATTORNEY_END_RE = compile_folded(
    r"\n[ \t]*\n|\b(?:представлять|совершать|получить|получать|принять|принимать"
    r"|to\s+(?:represent|act|collect|receive))\b"
)
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_PARAGRAPH_MAX_CHARS = 800
# A notarial power of attorney opens with "Я, <name>, ...".
_FIRST_PERSON_RE = compile_folded(r"[ \t]*(?:я|i)[ \t]*,[ \t]*")
# The attorney's name ends at a comma, a bracket or a line end.
_ATTORNEY_NAME_RE = re.compile(r"[^,;(\n]{3,80}")
_PERSON_WORDS = 2
# A job title before the attorney's name: "водителю-экспедитору", "менеджеру по
# закупкам".
_JOB_TITLE_WORDS = 4
_JOB_WORD_RE = re.compile(r"[ \t]*([^\W\d_][\w-]*)[ \t]*")
_PRINCIPAL_NAME_RE = re.compile(r"[ \t]*[^\W\d_][^,;(\n]{2,80}")
_REQUISITE_LINE_RE = compile_folded(r"[ \t]*(?:инн|inn|tax\s+id|tin|taxpayer)\b")
# What may follow a name that opens a party's block: nothing, punctuation, a
# requisite, or another party's column after a wide gap or a table rule.
_LINE_REST_RE = compile_folded(
    r":?[ \t]{3,}+(?=\||[«\"]|(?:ооо|оао|зао|пао|ао|тоо|ип|общество|акционерное"
    r"|публичное|индивидуальный|от)\b)"
    # A colon ends a signature caption ("От ООО «Альфа»:"), not a contact line
    # ("ООО «Бета»: Козлов К.К., тел. ...").
    r"|[ \t]*(?:$|:[ \t]*$|[,;(|]|(?:инн|кпп|огрн|юридический|адрес)\b)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class DefinedParty:
    """A party name bound to a role, and the pattern that finds it at a line start.

    `definition` is the span of the binding words ("именуемое в дальнейшем
    «Поставщик»"). Requisites between the name and those words ("ООО «Альфа», ИНН
    7725012341, именуемое ...") belong to the party.
    """

    role: str
    name_span: tuple[int, int]
    line_pattern: re.Pattern[str]
    definition: tuple[int, int]
    requisites_span: tuple[int, int] | None = None

    @property
    def clause(self) -> tuple[int, int]:
        """The text whose requisites belong to the party.

        It runs from the start of the name to the binding words, unless
        `requisites_span` gives it: a power of attorney's parties are whole
        paragraphs.
        """
        if self.requisites_span is not None:
            return self.requisites_span
        return self.name_span[0], self.definition[0]


def find_defined_parties(context: ExtractionContext) -> list[DefinedParty]:
    """Return the parties that the text binds to a role by name, in text order."""
    parties = []
    previous_end = 0
    bound: set[str] = set()
    bracketed: dict[str, re.Match[str]] = {}
    for match in _DEFINITION_RE.finditer(context.text):
        word = (
            match.group("word")
            or match.group("short")
            or match.group("en")
            or match.group("the")
        )
        role = role_of_word(context.role_scheme, word)
        clause_start = max(previous_end, match.start() - _CLAUSE_CHARS)
        previous_end = match.end()
        # The first definition that names a party binds its role, because a
        # preamble defines each role once.
        if role is None or role in bound:
            continue
        if match.group("the") and context.document_type == "power_of_attorney":
            # Its grant binds the parties (find_attorney_parties), and the bracket
            # may close a clause that opens with "represented by". The bracket
            # binds only a role that the grant leaves unbound.
            bracketed.setdefault(role, match)
            continue
        party = party_before(context, role, clause_start, match)
        if party is not None:
            parties.append(party)
            bound.add(role)
    if context.document_type == "power_of_attorney":
        # A bracket names its party within its own sentence ("issued by Nordwind
        # Trade LLC, ... (the "Principal")"), which binds it better than the
        # paragraph before the grant; the grant binds the roles left.
        for role, match in bracketed.items():
            party = None if role in bound else _sentence_party(context, role, match)
            if party is not None:
                parties.append(party)
                bound.add(role)
        granted = find_attorney_parties(context)
        parties += [party for party in granted if party.role not in bound]
        parties.sort(key=lambda party: party.name_span[0])
    return parties


def _sentence_party(
    context: ExtractionContext, role: str, match: re.Match[str]
) -> DefinedParty | None:
    """Bind the company named before '(the "Principal")' in its own sentence.

    In "... as customs representative of Nordwind Trade LLC, INN ..., 125047,
    Moscow (the "Principal")" the name follows the last "of", "for", "that",
    "between" or "by" and ends at a comma, and the requisites run up to the
    bracket. A name must open with a capital letter.
    """
    floor = max(0, match.start() - _CLAUSE_CHARS)
    openings = list(_SENTENCE_OPENING_RE.finditer(context.text, floor, match.start()))
    if not openings:
        return None
    start = openings[-1].end()
    name = _PRINCIPAL_NAME_RE.match(context.text, start, match.start())
    if name is None or not _is_capitalized_at(context, start):
        return None
    span = _trimmed(name.group(0), start, 0, len(name.group(0)))
    pattern = _line_start_pattern(context.text[span[0] : span[1]])
    return DefinedParty(role, span, pattern, match.span(), (span[0], match.start()))


def find_attorney_parties(context: ExtractionContext) -> list[DefinedParty]:
    """Return the principal and the attorney that a power of attorney's grant binds.

    The principal is the quoted company name or entrepreneur in the clause before
    the first granting verb, with its requisites. The attorney is the name of at
    least two capitalized words right after the verb, up to a comma or bracket.
    """
    match = GRANT_RE.search(context.text)
    if match is None:
        return []
    parties = []
    clause_start = max(0, match.start() - _CLAUSE_CHARS)
    principal = party_before(context, "principal", clause_start, match)
    if principal is None:
        principal = _principal_at_line_start(context, match, clause_start)
    if principal is not None:
        paragraph = _paragraph_start(context, match.start())
        start = principal.clause[0] if paragraph is None else paragraph
        span = (min(start, principal.clause[0]), match.start())
        parties.append(replace(principal, requisites_span=span))
    attorney = _attorney_after(context, match.end())
    if attorney is not None:
        parties.append(attorney)
    return parties


def _principal_at_line_start(
    context: ExtractionContext, match: re.Match[str], clause_start: int
) -> DefinedParty | None:
    """Bind the unquoted name that opens the principal's paragraph.

    In "Northwind LLC (INN 7701234567), represented by ..., hereby authorizes ..."
    the name runs from the paragraph start to the bracket. Without a blank line
    above, the name opens the line of the principal's INN, or the line before
    when that line opens with the INN's label. Without requisites before the
    verb, the verb's own line is used.
    """
    paragraph = _paragraph_start(context, match.start())
    if paragraph is not None and not find_requisites(context, paragraph, match.start()):
        # The verb's own paragraph ("настоящей доверенностью уполномочиваю")
        # follows the principal's.
        earlier = _paragraph_start(context, paragraph)
        has_requisites = earlier is not None and find_requisites(
            context, earlier, paragraph
        )
        paragraph = earlier if has_requisites else None
    if paragraph is not None:
        start = paragraph
        while start < match.start() and context.text[start] in " \t\n":
            start += 1
    else:
        # The requisites may take many lines, so look back a paragraph's length
        # for the INN, but not into the title.
        window_start = max(
            clause_start - _PARAGRAPH_MAX_CHARS + _CLAUSE_CHARS,
            context.document.line_end(0) + 1,
        )
        window_start = min(window_start, clause_start)
        requisites = find_requisites(context, window_start, match.start())
        inns = [requisite for requisite in requisites if requisite.key == "inn"]
        anchor = (inns or requisites)[0].start if requisites else match.start()
        start = context.document.line_start(anchor)
        # A line that opens with the INN's label follows the name's line.
        if _REQUISITE_LINE_RE.match(context.text, start) and start > window_start:
            start = context.document.line_start(start - 1)
    first_person = _FIRST_PERSON_RE.match(context.text, start, match.start())
    if first_person is not None:
        start = first_person.end()
    name = _PRINCIPAL_NAME_RE.match(context.text, start, match.start())
    if name is None:
        return None
    span = _trimmed(name.group(0), start, 0, len(name.group(0)))
    pattern = _line_start_pattern(context.text[span[0] : span[1]])
    return DefinedParty("principal", span, pattern, match.span())


def _attorney_after(context: ExtractionContext, start: int) -> DefinedParty | None:
    start = _after_job_title(context, start)
    name = _ATTORNEY_NAME_RE.match(context.text, start)
    if name is None:
        return None
    original_start, original_end = context.document.original_span(*name.span())
    words = context.document.original[original_start:original_end].split()
    capitalized = [word for word in words if word[:1].isupper()]
    if len(capitalized) < _PERSON_WORDS or not words[0][:1].isupper():
        return None
    end = name.end()
    while end > start and context.text[end - 1] in " \t":
        end -= 1
    pattern = _line_start_pattern(context.text[start:end])
    limit = min(len(context.text), start + _PARAGRAPH_MAX_CHARS)
    paragraph_end = _ATTORNEY_END_RE.search(context.text, end, limit)
    requisites_end = paragraph_end.start() if paragraph_end else limit
    return DefinedParty(
        "attorney",
        (start, end),
        pattern,
        (end, end),
        (start, requisites_end),
    )


def _line_start_pattern(name: str) -> re.Pattern[str]:
    """Compile a pattern that finds `name` again at the start of a line."""
    return re.compile(r"(?m)^[ \t]*(?P<name>" + re.escape(name) + ")")


def _after_job_title(context: ExtractionContext, start: int) -> int:
    """Return where the attorney's name starts after a job title in lower case.

    "доверяет водителю-экспедитору Кудрявцеву Роману Игоревичу" names the
    attorney's position before the name. Without a capitalized word within
    _JOB_TITLE_WORDS words the start stays.
    """
    position = start
    for _ in range(_JOB_TITLE_WORDS):
        word = _JOB_WORD_RE.match(context.text, position)
        if word is None:
            return start
        if _is_capitalized_at(context, word.start(1)):
            return word.start(1) if position > start else start
        position = word.end()
    return start


def _is_capitalized_at(context: ExtractionContext, position: int) -> bool:
    original_start, _ = context.document.original_span(position, position + 1)
    return context.document.original[original_start : original_start + 1].isupper()


def _paragraph_start(context: ExtractionContext, position: int) -> int | None:
    """Return the start of the paragraph that ends before `position`.

    A verb that opens its own paragraph ("hereby authorizes" after a blank line)
    belongs to the paragraph above it. The result is None when no blank line lies
    within `_PARAGRAPH_MAX_CHARS` before it.
    """
    text = context.text
    end = position
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    floor = max(0, end - _PARAGRAPH_MAX_CHARS)
    start = None
    for blank in _BLANK_LINE_RE.finditer(text, floor, end):
        start = blank.end()
    return start


def name_labels(
    context: ExtractionContext, parties: list[DefinedParty]
) -> list[RoleLabel]:
    """Return "name" labels for the lines after the preamble that open with a name.

    The rest of such a line must be empty or start with a requisite, an address or
    punctuation, so a sentence about the party ("ООО «Альфа» обязуется ...") is not
    a label.
    """
    if not parties:
        return []
    after = max(party.definition[1] for party in parties)
    labels = []
    for party in parties:
        found = 0
        for match in party.line_pattern.finditer(context.text, after):
            if _LINE_REST_RE.match(context.text, match.end()):
                start = match.start("name")
                labels.append(RoleLabel(start, start, party.role, False, "name"))
                found += 1
                if found == _MAX_NAME_LABELS:
                    break
    return labels


def quoted_name_pattern(quoted: str) -> str:
    """Return a pattern of a company's quoted name in folded text.

    Any legal form may stand before it, short or in full, because requisites print
    "Общество с ограниченной ответственностью «Альфа»" for a preamble's "ООО «Альфа»".
    """
    key = rf"[«\"„“]{re.escape(quoted)}[»\"“”]"
    return rf"(?:{_FOLDED_LEGAL_FORMS}\s*)?{key}"


def party_before(
    context: ExtractionContext, role: str, clause_start: int, match: re.Match[str]
) -> DefinedParty | None:
    text = context.text
    clause = text[clause_start : match.start()]
    if match.groupdict().get("en"):
        return _english_party(role, clause, clause_start, match.span())
    if match.groupdict().get("the"):
        return _bracketed_party(role, clause, clause_start, match.span())
    # A quoted date ("«10» января") is not a name. The bank of the party's account
    # ("р/с ... в ПАО «Банк Развития»") is not the party, unless a bank is the party.
    names = [
        found
        for found in _QUOTED_RE.finditer(clause)
        if not found.group(1).isdigit()
        and not _DEFINITION_BEFORE_RE.search(clause, 0, found.start())
    ]
    quoted = [found for found in names if not _is_bank_name(clause, found)] or names
    if quoted:
        last = quoted[-1]
        legal_form = _LEGAL_FORM_RE.search(clause, 0, last.start())
        start = legal_form.start() if legal_form else last.start()
        pattern = rf"(?m)^[ \t]*(?P<name>{quoted_name_pattern(last.group(1))})"
        span = (clause_start + start, clause_start + last.end())
        return DefinedParty(role, span, re.compile(pattern), match.span())
    entrepreneurs = list(_ENTREPRENEUR_RE.finditer(clause))
    if entrepreneurs:
        entrepreneur = entrepreneurs[-1]
        surname = re.escape(entrepreneur.group("surname"))
        pattern = compile_folded(
            r"(?m)^[ \t]*(?P<name>(?:индивидуальный\s+предприниматель|ип)\s+"
            + surname
            + r"\b[^\n,]*)"
        )
        span = _trimmed(clause, clause_start, *entrepreneur.span())
        return DefinedParty(role, span, pattern, match.span())
    return None


def _is_bank_name(clause: str, quoted: re.Match[str]) -> bool:
    if _BANK_WORD_RE.search(quoted.group(1)):
        return True
    return _BANK_BEFORE_RE.search(clause, 0, quoted.start()) is not None


def _english_party(
    role: str, clause: str, clause_start: int, definition: tuple[int, int]
) -> DefinedParty | None:
    english = _ENGLISH_PARTY_RE.search(clause)
    if english is None:
        return None
    return _party_named(role, english, clause, clause_start, definition)


def _bracketed_party(
    role: str, clause: str, clause_start: int, definition: tuple[int, int]
) -> DefinedParty | None:
    """Bind the name before '(the "Licensor")' or '("Customer")': from "between" or
    "and", or from the start of its line, to the first comma or the bracket ("Van
    der Berg Software B.V., Keizersgracht 212, ... (the "Licensor"), and LLC Karelia
    Data Factory (the "Licensee")")."""
    openings = list(_NAME_OPENING_RE.finditer(clause))
    start = openings[-1].end() if openings else _name_line_start(clause)
    name = _BRACKETED_NAME_RE.match(clause, start)
    if name is None:
        return None
    return _party_named(role, name, clause, clause_start, definition)


def _name_line_start(clause: str) -> int:
    """Return the start of the last line of `clause` that does not open with a tax
    or registration code."""
    start = clause.rfind("\n") + 1
    for _ in range(_MAX_CODE_LINES):
        if start == 0 or not _CODE_LINE_RE.match(clause, start):
            break
        start = clause.rfind("\n", 0, start - 1) + 1
    return start


def _party_named(
    role: str,
    name: re.Match[str],
    clause: str,
    clause_start: int,
    definition: tuple[int, int],
) -> DefinedParty:
    """Bind the "name" group of a match in `clause`, found again at line starts."""
    words = name.group("name").split()
    pattern = r"(?m)^[ \t]*(?P<name>" + r"\s+".join(map(re.escape, words)) + ")"
    span = _trimmed(clause, clause_start, *name.span("name"))
    return DefinedParty(role, span, re.compile(pattern), definition)


def _trimmed(clause: str, offset: int, start: int, end: int) -> tuple[int, int]:
    while end > start and clause[end - 1] in " \t\n,":
        end -= 1
    return offset + start, offset + end
