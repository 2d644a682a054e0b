"""Roles that a contract's preamble gives to its parties by name.

"ООО «Альфа», именуемое в дальнейшем «Поставщик», ... и ООО «Бета» (далее -
«Покупатель»)" binds each name to a role. The requisites at the end of a contract are
often headed by those names alone, so each later line that starts with a bound name
becomes a "name" label of its role. The preamble name also fills the role's name when
no party block gives one.

Names are matched by their quoted part («Альфа»), an individual entrepreneur by the
surname after "ИП", and an English party ("between Northwind Trading Inc.,
hereinafter ...") by its whole name.
"""

import re
from dataclasses import dataclass

from .context import ExtractionContext
from .roles import RoleLabel, role_of_word
from .text import compile_folded, fold_pattern

_DEFINITION_RE = compile_folded(
    r"именуем(?:ое|ый|ая|ые|ого)\s+(?:в\s+дальнейшем\s+|далее\s+)?[«\"„“']?"
    r"(?P<word>[^\W\d_]+)"
    r"|\(\s*далее\s*(?:-\s*)?(?:по\s+тексту\s+)?[«\"„“'](?P<short>[^\W\d_]+)[»\"“”']"
    r"|hereinafter(?:\s+(?:referred\s+to\s+as|called))?\s+(?:the\s+)?[\"“'](?P<en>[a-z]+)"
)
_CLAUSE_CHARS = 300
_QUOTED_RE = re.compile(r"[«\"„“]([^«»\"„“”\n]{1,60})[»\"“”]")
_LEGAL_FORMS = (
    r"\b(?:общество\s+с\s+ограниченной\s+ответственностью"
    r"|(?:публичное\s+|непубличное\s+|закрытое\s+|открытое\s+)?акционерное\s+общество"
    r"|ооо|оао|зао|пао|ао|нко|ано)"
)
_LEGAL_FORM_RE = compile_folded(_LEGAL_FORMS + r"\s*$")
_FOLDED_LEGAL_FORMS = fold_pattern(_LEGAL_FORMS)
_ENTREPRENEUR_RE = compile_folded(
    r"\b(?:индивидуальный\s+предприниматель|ип)\s+(?P<surname>[^\W\d_]+)[^,\n]{0,60}"
)
_ENGLISH_PARTY_RE = compile_folded(r"\b(?:between|and)\s+(?P<name>[^,]{3,80}?),?\s*$")
_LINE_REST_RE = compile_folded(
    r"[ \t]*(?:$|[,;(]|(?:инн|кпп|огрн|юридический|адрес)\b)", re.MULTILINE
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

    @property
    def clause(self) -> tuple[int, int]:
        """The text from the start of the name to the binding words."""
        return self.name_span[0], self.definition[0]


def find_defined_parties(context: ExtractionContext) -> list[DefinedParty]:
    """Return the parties that the text binds to a role by name, in text order."""
    parties = []
    previous_end = 0
    for match in _DEFINITION_RE.finditer(context.text):
        word = match.group("word") or match.group("short") or match.group("en")
        role = role_of_word(context.document_type, word)
        clause_start = max(previous_end, match.start() - _CLAUSE_CHARS)
        previous_end = match.end()
        if role is None:
            continue
        party = _party_before(context, role, clause_start, match)
        if party is not None:
            parties.append(party)
    return parties


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
        for match in party.line_pattern.finditer(context.text, after):
            if _LINE_REST_RE.match(context.text, match.end()):
                start = match.start("name")
                labels.append(RoleLabel(start, start, party.role, False, "name"))
    return labels


def _party_before(
    context: ExtractionContext, role: str, clause_start: int, match: re.Match[str]
) -> DefinedParty | None:
    text = context.text
    clause = text[clause_start : match.start()]
    if match.group("en"):
        return _english_party(role, clause, clause_start, match.span())
    # A quoted date ("«10» января") is not a name.
    quoted = [
        found for found in _QUOTED_RE.finditer(clause) if not found.group(1).isdigit()
    ]
    if quoted:
        last = quoted[-1]
        legal_form = _LEGAL_FORM_RE.search(clause, 0, last.start())
        start = legal_form.start() if legal_form else last.start()
        key = rf"[«\"„“]{re.escape(last.group(1))}[»\"“”]"
        pattern = rf"(?m)^[ \t]*(?P<name>(?:{_FOLDED_LEGAL_FORMS}\s*)?{key})"
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


def _english_party(
    role: str, clause: str, clause_start: int, definition: tuple[int, int]
) -> DefinedParty | None:
    english = _ENGLISH_PARTY_RE.search(clause)
    if english is None:
        return None
    words = english.group("name").split()
    pattern = r"(?m)^[ \t]*(?P<name>" + r"\s+".join(map(re.escape, words)) + ")"
    span = _trimmed(clause, clause_start, *english.span("name"))
    return DefinedParty(role, span, re.compile(pattern), definition)


def _trimmed(clause: str, offset: int, start: int, end: int) -> tuple[int, int]:
    while end > start and clause[end - 1] in " \t\n,":
        end -= 1
    return offset + start, offset + end
