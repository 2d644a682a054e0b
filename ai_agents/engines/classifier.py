"""Rule-based document classification: weighted evidence turned into confidences."""

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from .base import Candidate, Classification
from .calibration import CONFIDENCE_TEMPERATURE, calibrated_softmax
from .defined_roles import GRANT_RE
from .embedding import EMBEDDING_ERRORS, TypeEmbeddings
from .exchange_file import is_exchange_statement
from .signals import (
    MUTUAL_OFFSET_TITLE,
    SIGNALS,
    SWIFT_PRINT_32A_RE,
    Signal,
    SignalKind,
    other_heading,
)
from .similarity import ExampleIndex
from .taxonomy import OTHER
from .text import NormalizedText, compile_folded

logger = logging.getLogger(__name__)

# A title opens its line after at most a few marks, and after any indentation,
# because text layers and OCR keep the spaces that centre a title.
_LINE_PREFIX_RE = re.compile(r"[ \t]*[\W_]{0,6}")
_COMPOUND_PREFIX_RE = re.compile(r"[ \t]*[^\W\d_]{2,20}-")
# A word that qualifies the title opens its line with it: "ЭЛЕКТРОННЫЙ СЧЕТ-ФАКТУРА",
# "ИСПРАВЛЕННЫЙ СЧЕТ", "ELECTRONIC INVOICE".
_QUALIFIER_PREFIX_RE = compile_folded(
    r"[ \t]*[\W_]{0,6}"
    r"(?:электронн\w+|исправленн\w+|electronic|e-|final|duplicate)[ \t]*"
)
# A title word after these on its line names another document: "к договору",
# "по счёту", "Основание: договор", "Идентификатор государственного контракта".
# A title word right after a comma is an item of a list, such as the passport in
# "Хабибуллина А. Р., ИНН 027873177928, паспорт гражданина РФ".
_REFERENCE_BEFORE_RE = compile_folded(
    r"(?:\b(?:к|по|согласно|основани[еия]|идентификатор|under|per|pursuant\s+to)"
    r"\b[^\n]{0,60}|,[ \t]*)$"
)
# A title word followed by a colon, with a number sign or "date" between, labels a
# field that names another document: "Invoice No.: 52" on a packing list,
# "Паспорт: серия 45 10" in a power of attorney. It weighs as if not at line start.
_FIELD_LABEL_AFTER_RE = compile_folded(
    r"[ \t]*(?:(?:no\b\.?|number|nr\b\.?|#|№|date|dated|ref\w*)[ \t]*)?:"
)
# A number and a date after a title word: "Invoice No. 52 dated", "счет № 7 от".
_CITED_AFTER_RE = compile_folded(
    r"[^\n№#]{0,30}?(?:\bno\b\.?|\bnumber|\bnr\b\.?|#|№)[ \t]*[^\s]+[ \t]+"
    r"(?:dated|of|от|from)\b"
)
# A number that ends the title's line: "Invoice #PXN-26-0412", "Invoice number:
# QS-8F3A21C4-0007".
_NUMBER_ENDS_LINE_RE = compile_folded(
    r"[ \t]*(?:\bno\b\.?|\bnumber\b|\bnr\b\.?|#|№)[ \t]*:?[ \t]*[^\s]+[ \t]*(?:\n|$)"
)
# The title of a document opens one of its first lines, under a brand line.
_OPENING_TITLE_LINES = 3
# Two more column captions after a title word, each after a wide gap, make the line
# a table's header. A number sign after the gap is a heading's number instead.
_WIDE_GAP_RE = re.compile(r"[ \t]{3,}+")
_CAPTION_START_RE = compile_folded(r"(?!(?:no\b|nr\b|number\b|№|#))[^\W\d_]")
_COLUMN_CAPTIONS = 2
# Only this much of the line after a title word is split into cells.
_CAPTION_LINE_CHARS = 300
# An English verb within a few words after a title word makes its line a sentence.
# "Универсальный передаточный документ за месяц направляется ..." opens a
# sentence in Russian with a reflexive verb, and "... направим через ЭДО" or "...
# просим подписать" with a verb of the sender.
# The words between may hold an abbreviation's dot: "за I квартал 2026 г. просим".
_VERB_AFTER_RE = compile_folded(
    r"(?:[^\n.]|(?<=\b[^\W\d_])\.|(?<=\b[^\W\d_]{2})\.){0,40}?[ \t]"
    r"(?:(?:is|are|was|were|has|have|had|remains|will)[ \t]+[a-z]"
    r"|[^\W\d_]{3,}(?:ется|ются|ится|ятся)\b|будет\b|является\b"
    r"|(?:направим|вышлем|отправим|передадим|предоставим|выставим|подпишем"
    r"|оформим)\b"
    r"|просим\b|прошу\b)"
)
# OCR reads a logo beside a heading as a short junk word: "ove PAYMENT RECEIPT".
_WIDE_GAP_END_RE = re.compile(r"\S[ \t]{3,}$")
_NUMBER_SIGN_AFTER_RE = compile_folded(r"[ \t]*(?:№|n[o°]\b\.?|#)[ \t]*[^\s]")
_LOGO_PREFIX_RE = re.compile(r"[\W_]*\w{1,4}[\W_]*\s")
_LINE_REST_RE = re.compile(r"[\W_]*$", re.MULTILINE)

# A heading of a paper outside the built-in types (signals.FOREIGN_TITLE_RE) scales
# down the evidence of a type whose own title does not open a line near the top.
_FOREIGN_TITLE_FACTOR = 0.3
# How many characters before a title word decide where on its line it is.
_TITLE_PREFIX_CHARS = 200
_BANK_STATEMENT = "bank_statement"
_INVOICE = "invoice"
_NOT_AN_INVOICE_RE = compile_folded(
    r"\b(?:is\s+not\s+an\s+invoice|is\s+an?\s+\w+,\s+not\s+an\s+invoice"
    r"|does\s+not\s+request\s+payment"
    r"|не\s+является\s+сч[её]том(?!\s*-?\s*фактур)(?:\s+на\s+оплату)?\b)"
)
# "Отчет ... не является актом оказанных услуг" states what the paper is not.
_NOT_AN_ACT_RE = compile_folded(
    r"\b(?:не\s+является\s+актом|is\s+not\s+an?\s+(?:act|acceptance\s+certificate))\b"
)
_DISCLAIMERS = {_INVOICE: _NOT_AN_INVOICE_RE, "act": _NOT_AN_ACT_RE}
# A heading with the act's title word that names a paper of another kind.
_OTHER_PAPER_TITLES = {
    "act": compile_folded(rf"(?m)^[ \t]*+(?:[^\w\n]|_){{0,6}}{MUTUAL_OFFSET_TITLE}")
}
_DISCLAIMED_FACTOR = 0.2
# A passport's details after the verb that grants a power of attorney ("доверяет
# Гарипову А. Р., Паспорт гражданина РФ, Серия: 92 14") identify the attorney, so
# they do not make the paper a passport.
_PASSPORT = "passport"
# The kinds of place a title word has on its line (see _title_kind).
_LEADING = "leading"
_INLINE = "inline"
_REFERENCE = "reference"
# A title word in lower case inside a sentence, which weighs as little as a title
# far down the page.
_MENTION = "mention"

# Calibrated confidences of weak candidates fall far below the 4 decimals reported.
# A candidate with evidence still shows this much, so that it stays listed.
_MIN_ALTERNATIVE_CONFIDENCE = 0.0001

_ACCOUNT_RE = re.compile(r"(?<![0-9])[0-9]{20}(?![0-9])")
_BIK_RE = compile_folded(r"\bбик\b")
_PAYER_RE = compile_folded(r"\bплательщик")
_PAYEE_RE = compile_folded(r"\bполучател")
_PASSPORT_NUMBER_RE = compile_folded(
    r"\bсерия\s*[0-9]{2}\s?[0-9]{2}\s*(?:№|номер)?\s*[0-9]{6}(?![0-9])"
)


def _payment_requisites_score(text: str) -> float:
    """Score bank requisites beside a payer and a payee, the core of a payment order."""
    patterns = (_ACCOUNT_RE, _BIK_RE, _PAYER_RE, _PAYEE_RE)
    return 4.0 if all(pattern.search(text) for pattern in patterns) else 0.0


def _passport_number_score(text: str) -> float:
    return 2.0 if _PASSPORT_NUMBER_RE.search(text) else 0.0


# A numbered clause that binds a party: "3.1. Покупатель оплачивает ...", "5.2 The
# Supplier shall ...". A single-level list ("1. Счет действителен ...") or a numbered
# estimate row ("1.1 Разработка грунта") does not name a party's duty. A line that
# opens with a day and month ("01.03 Поступление от покупателя") matches too, so one
# such line adds nothing and a statement needs three.
_CLAUSE_RE = compile_folded(
    r"(?m)^[ \t]{0,8}[0-9]{1,2}\.[0-9]{1,2}\.?[ \t]{1,8}[^\n]{0,160}?"
    r"\b(?:сторон\w*|покупател\w*|поставщик\w*|продав\w+|исполнител\w*"
    r"|заказчик\w*|подрядчик\w*|арендат\w+|арендодател\w*|заемщик\w*"
    r"|займодав\w+|лицензиат\w*|лицензиар\w*|принципал\w*|агент\w*"
    r"|party|parties|buyer|seller|supplier|customer|contractor|lessee|lessor"
    r"|licensee|licensor|shall)\b"
)
_MIN_CLAUSES = 3


def _clause_score(text: str) -> float:
    """Score numbered clauses that bind the parties, the body of a contract.

    A contract page without its title, such as the second page of an upload that
    a split examines alone, still reads as a contract, even when its clauses name
    the invoices to be paid.
    """
    for count, _ in enumerate(_CLAUSE_RE.finditer(text), start=1):
        if count >= _MIN_CLAUSES:
            return 4.0
    return 0.0


# A SWIFT customer transfer (MT103) as a bank prints it: the value date, currency
# and amount in field 32A, and the ordering customer and the beneficiary in fields
# 50 and 59. Its remittance field may cite a loan agreement on a line of its own.
# Some prints put a caption after the tag and the value on the next line.
# OCR may read a tag's first colon as a dash, a dot, a semicolon or a quote, or
# drop it: "‘50K: Ordering Customer".
_SWIFT_TAG_OPENING = r"(?m)^[ \t]*[:;.\-‘'`]?[ \t]?"
_SWIFT_FIELDS_RE = (
    compile_folded(
        _SWIFT_TAG_OPENING + r"32a:[^\n0-9]{0,60}(?:\n[ \t]*)?[0-9]{6}[a-z]{3}[0-9]"
    ),
    compile_folded(_SWIFT_TAG_OPENING + r"50[afk]?:"),
    compile_folded(_SWIFT_TAG_OPENING + r"59[af]?:"),
)
_BANK_TRANSFER_FIELDS_RE = (
    _SWIFT_FIELDS_RE[0],
    compile_folded(_SWIFT_TAG_OPENING + r"20:"),
    compile_folded(_SWIFT_TAG_OPENING + r"58[ad]:"),
)


# The same fields in a bank system's print, which spells field 32A out.
_SWIFT_PRINT_FIELDS_RE = (SWIFT_PRINT_32A_RE, *_SWIFT_FIELDS_RE[1:])


def _swift_transfer_score(text: str) -> float:
    """Score the fields of a SWIFT customer transfer or of a transfer between banks
    (MT202, whose field 58 names the beneficiary institution), which order a
    payment."""
    transfers = (_SWIFT_FIELDS_RE, _BANK_TRANSFER_FIELDS_RE, _SWIFT_PRINT_FIELDS_RE)
    found = any(all(field.search(text) for field in fields) for fields in transfers)
    return 16.0 if found else 0.0


def _exchange_statement_score(text: str) -> float:
    """Score a statement exported in the exchange format of accounting software,
    whose payments would otherwise read as payment orders."""
    return 16.0 if is_exchange_statement(text) else 0.0


# Evidence from the presence of type-specific fields, beyond words.
STRUCTURAL_EVIDENCE: dict[str, tuple[Callable[[str], float], ...]] = {
    "bank_statement": (_exchange_statement_score,),
    "contract": (_clause_score,),
    "payment_order": (_payment_requisites_score, _swift_transfer_score),
    "passport": (_passport_number_score,),
}


@dataclass(frozen=True)
class ClassifierSettings:
    """Tuning of the rule classifier.

    `title_lines` is how many non-empty lines at the top count as the title zone.
    A type needs a score of at least `threshold` to beat `other`. Confidences are a
    softmax of score / `temperature` over all candidate types, with `other` scored at
    `threshold`, so a larger temperature gives flatter confidences. The scores over
    `temperature` are then divided by `calibration_temperature`, fitted so that
    confidences match the accuracy on labelled documents (see `calibration`). A
    type without any evidence enters the softmax with `no_evidence_score`, so that
    text with no evidence at all is `other` with a clear majority rather than 1/13.
    Text with fewer than `min_letters` letters is `other` with
    `near_empty_confidence`.

    Operator keywords of a type add at most `operator_keyword_cap` in total. The
    best similarity of the text to a type's example texts, from 0 to 1, adds
    `example_weight` times its position between `example_floor` (nothing) and
    `example_ceiling` (the full weight).

    When sentence embeddings are on, they give every type a softmax of the text's
    embedding similarities divided by `embedding_temperature`. A type that
    already has evidence and gets a probability p above `embedding_min_probability`
    adds `embedding_weight` times p's position between that minimum and 1. The
    weight is below `threshold`, so the embedding never lifts a type above `other`
    on its own, and the minimum keeps a type that the embedding ranks no better
    than a near tie from gaining. The values were checked on the synthetic
    calibration split (see `bench.calibrate`).
    """

    title_lines: int = 20
    threshold: float = 4.0
    temperature: float = 2.5
    no_evidence_score: float = -3.5
    min_letters: int = 20
    near_empty_confidence: float = 0.1
    calibration_temperature: float = CONFIDENCE_TEMPERATURE
    operator_keyword_cap: float = 12.0
    example_weight: float = 12.0
    example_floor: float = 0.25
    example_ceiling: float = 0.6
    embedding_weight: float = 3.5
    embedding_temperature: float = 0.0075
    embedding_min_probability: float = 0.5


class RuleClassifier:
    """Scores document types from title words, keywords and type-specific fields.

    `operator_signals` are the compiled operator keywords per type code,
    `examples` the operator example texts, and `embeddings` the sentence-embedding
    signal, all optional.
    """

    def __init__(
        self,
        signals: Mapping[str, tuple[Signal, ...]] = SIGNALS,
        settings: ClassifierSettings | None = None,
        *,
        operator_signals: Mapping[str, tuple[Signal, ...]] | None = None,
        examples: ExampleIndex | None = None,
        embeddings: TypeEmbeddings | None = None,
    ) -> None:
        self.signals = signals
        self.settings = settings or ClassifierSettings()
        self.operator_signals = operator_signals or {}
        self.examples = examples
        self.embeddings = embeddings

    def score(
        self, document: NormalizedText, codes: tuple[str, ...]
    ) -> dict[str, float]:
        """Return the evidence score of each code in `codes` except `other`."""
        top_end = document.top_end(self.settings.title_lines)
        similarities = self._example_similarities(document, codes)
        # A title of a built-in type counts against such a heading only above it or
        # on its line: below it, "Invoice NT-10452" is a row of the paper's table.
        heading = other_heading(document)
        foreign_title = heading is not None
        heading_end = heading.line_end if heading else 0
        supplier_statement = foreign_title and heading.supplier_statement
        first_title = _FirstTitle(document, self.signals, top_end)
        scores = {}
        for code in codes:
            if code == OTHER:
                continue
            signals = self.signals.get(code, ())
            score = _signals_score(document, signals, top_end, first_title)
            score += sum(
                evidence(document.text)
                for evidence in STRUCTURAL_EVIDENCE.get(code, ())
            )
            # Under a heading of another kind of paper, only a title of the type in
            # the same first lines outweighs it.
            if foreign_title and not _has_leading_title(document, signals, heading_end):
                score *= _FOREIGN_TITLE_FACTOR
            # A supplier's statement has the heading and the balance words of a
            # bank statement, but it is not one.
            if code == _BANK_STATEMENT and supplier_statement:
                score = 0.0
            # "This confirmation is not an invoice" rules the type out, unless a
            # title of the type opens the paper.
            disclaimer = _DISCLAIMERS.get(code)
            if (
                disclaimer is not None
                and disclaimer.search(document.text)
                and not _has_leading_title(document, signals, top_end)
            ):
                score *= _DISCLAIMED_FACTOR
            if code == _PASSPORT and _passport_after_grant(document, signals):
                score *= _DISCLAIMED_FACTOR
            other_paper = _OTHER_PAPER_TITLES.get(code)
            if other_paper is not None and other_paper.search(
                document.text, 0, top_end
            ):
                score *= _FOREIGN_TITLE_FACTOR
            score += self._operator_keyword_score(document, code, top_end)
            score += self._example_score(similarities.get(code, 0.0))
            scores[code] = score
        for code, evidence in self._embedding_scores(document, scores).items():
            scores[code] += evidence
        return scores

    def opens_with_title(self, document: NormalizedText, code: str) -> bool:
        """Return whether a title of type `code` opens a line near the top."""
        signals = (*self.signals.get(code, ()), *self.operator_signals.get(code, ()))
        top_end = document.top_end(self.settings.title_lines)
        return _has_leading_title(document, signals, top_end)

    def _embedding_scores(
        self, document: NormalizedText, scores: dict[str, float]
    ) -> dict[str, float]:
        """Return the embedding evidence of the types in `scores` that have evidence."""
        if self.embeddings is None or not any(score > 0 for score in scores.values()):
            return {}
        # The softmax spans all types, so that restricting the candidates does not
        # hand the whole probability to the few that remain.
        try:
            similarities = self.embeddings.similarities(
                document.original, self.embeddings.codes
            )
        except EMBEDDING_ERRORS:
            if self.embeddings.required:
                raise
            logger.exception("embedding signal failed; classifying by the rules")
            return {}
        probabilities = calibrated_softmax(
            similarities, self.settings.embedding_temperature
        )
        floor = self.settings.embedding_min_probability
        evidence = {}
        for code, probability in probabilities.items():
            if scores.get(code, 0.0) > 0 and probability > floor:
                share = (probability - floor) / (1.0 - floor)
                evidence[code] = self.settings.embedding_weight * share
        return evidence

    def _operator_keyword_score(
        self, document: NormalizedText, code: str, top_end: int
    ) -> float:
        signals = self.operator_signals.get(code, ())
        total = sum(_signal_score(document, signal, top_end) for signal in signals)
        return min(total, self.settings.operator_keyword_cap)

    def _example_similarities(
        self, document: NormalizedText, codes: tuple[str, ...]
    ) -> dict[str, float]:
        if not self.examples or self.examples.codes.isdisjoint(codes):
            return {}
        return self.examples.best_similarities(document.text)

    def _example_score(self, similarity: float) -> float:
        floor = self.settings.example_floor
        span = self.settings.example_ceiling - floor
        share = min(max((similarity - floor) / span, 0.0), 1.0)
        return self.settings.example_weight * share

    def classify(
        self, document: NormalizedText, codes: tuple[str, ...], *, restricted=False
    ) -> Classification:
        """Choose the best of `codes`, or `other` when none has enough evidence.

        `restricted` marks codes that a request chose. Then every code is listed
        as an alternative, with or without evidence, so that a caller sees how
        each of its candidates fared.
        """
        if document.letter_count < self.settings.min_letters:
            confidence = (
                self.settings.near_empty_confidence if document.text.strip() else 0.0
            )
            return Classification(OTHER, confidence, ())
        scores = self.score(document, codes)
        confidences = self._confidences(scores, listed=restricted)
        # Rank by unrounded values, so rounding never reorders the candidates.
        ranked = sorted(confidences.items(), key=lambda item: (-item[1], item[0]))
        best_code = max(scores, key=lambda code: scores[code], default=OTHER)
        if (
            scores.get(best_code, 0.0) <= 0
            or scores[best_code] < self.settings.threshold
        ):
            best_code = OTHER
        alternatives = tuple(
            Candidate(code, max(round(confidence, 4), _MIN_ALTERNATIVE_CONFIDENCE))
            for code, confidence in ranked
            if code != best_code and confidence > 0
        )
        return Classification(
            best_code, round(confidences[best_code], 4), alternatives[:3]
        )

    def logits(self, scores: dict[str, float]) -> dict[str, float]:
        """Return the uncalibrated logit of each scored code and of `other`.

        A code's logit is its score, or `no_evidence_score` when it has none, divided
        by the settings' temperature. `other` enters with the threshold.
        """
        temperature = self.settings.temperature
        no_evidence = self.settings.no_evidence_score
        logits = {
            code: (score if score > 0 else no_evidence) / temperature
            for code, score in scores.items()
        }
        logits[OTHER] = self.settings.threshold / temperature
        return logits

    def _confidences(
        self, scores: dict[str, float], *, listed: bool = False
    ) -> dict[str, float]:
        """Return the calibrated confidence of `other` and of each code with
        evidence, or of every code when `listed` is set."""
        probabilities = calibrated_softmax(
            self.logits(scores), self.settings.calibration_temperature
        )
        confidences = {
            code: probabilities[code]
            for code, score in scores.items()
            if score > 0 or listed
        }
        confidences[OTHER] = probabilities[OTHER]
        return confidences


def _has_leading_title(
    document: NormalizedText, signals: tuple[Signal, ...], top_end: int
) -> bool:
    """Return whether a title of the type opens a line near the top."""
    return any(
        signal.kind is SignalKind.TITLE
        and _title_factor(document, signal.pattern, top_end) == 1.0
        for signal in signals
    )


def _signal_score(
    document: NormalizedText,
    signal: Signal,
    top_end: int,
    first_title: "_FirstTitle | None" = None,
) -> float:
    if signal.kind is SignalKind.KEYWORD:
        return signal.weight if signal.pattern.search(document.text) else 0.0
    return signal.weight * _title_factor(document, signal.pattern, top_end, first_title)


def _signals_score(
    document: NormalizedText,
    signals: tuple[Signal, ...],
    top_end: int,
    first_title: "_FirstTitle",
) -> float:
    """Return the sum of one type's title and keyword scores.

    A printed phrase that only names the type below the top or inside a sentence
    counts once: a title found only inside a longer such title of the type, and a
    keyword found only inside such titles, add nothing. "Универсальный
    передаточный документ за месяц направляется ..." in an invoice's last lines is
    one mention of a UPD, not a UPD's two titles and two keywords.
    """
    titles = [
        (signal, _signal_score(document, signal, top_end, first_title))
        for signal in signals
        if signal.kind is SignalKind.TITLE
    ]
    keywords = [signal for signal in signals if signal.kind is SignalKind.KEYWORD]
    mentions = [
        (index, title_score, _spans(title, document))
        for index, (title, title_score) in enumerate(titles)
        if 0 < title_score <= title.weight * _MENTION_FACTOR
    ]
    score = sum(
        title_score
        for index, (_, title_score) in enumerate(titles)
        if not _inside_longer_title(index, title_score, mentions)
    )
    mention_spans = [span for _, _, spans in mentions for span in spans]
    for signal in keywords:
        spans = _spans(signal, document)
        if spans and not (
            mention_spans and all(_inside(span, mention_spans) for span in spans)
        ):
            score += signal.weight
    return score


# The title factor of a title below the top or inside a sentence (_title_factor).
_MENTION_FACTOR = 0.25


def _spans(signal: Signal, document: NormalizedText) -> list[tuple[int, int]]:
    return [match.span() for match in signal.pattern.finditer(document.text)]


def _inside_longer_title(
    index: int,
    title_score: float,
    mentions: list[tuple[int, float, list[tuple[int, int]]]],
) -> bool:
    """Return whether a title is a mention whose every match lies inside the
    matches of another mention that scores more, or as much and comes first."""
    spans = next((spans for found, _, spans in mentions if found == index), None)
    if spans is None:
        return False
    return any(
        other != index
        and (other_score, -other) > (title_score, -index)
        and all(_inside(span, other_spans) for span in spans)
        for other, other_score, other_spans in mentions
    )


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _passport_after_grant(
    document: NormalizedText, signals: tuple[Signal, ...]
) -> bool:
    """Return whether the first passport title follows a power of attorney's grant
    verb, as the attorney's identity document does."""
    grant = GRANT_RE.search(document.text)
    if grant is None:
        return False
    starts = [
        found.start()
        for signal in signals
        if signal.kind is SignalKind.TITLE
        and (found := signal.pattern.search(document.text)) is not None
    ]
    return bool(starts) and grant.start() < min(starts)


class _FirstTitle:
    """Where the first title of any type opens a line near the top, found only when
    a title that cites a paper asks for it, because that takes every title search."""

    def __init__(
        self,
        document: NormalizedText,
        signals: Mapping[str, tuple[Signal, ...]],
        top_end: int,
    ) -> None:
        self._document = document
        self._signals = signals
        self._top_end = top_end

    @cached_property
    def start(self) -> int | None:
        starts = [
            start
            for code_signals in self._signals.values()
            for signal in code_signals
            if signal.kind is SignalKind.TITLE
            and (
                start := _leading_title_start(
                    self._document, signal.pattern, self._top_end
                )
            )
            is not None
        ]
        return min(starts, default=None)

    @cached_property
    def salutation_end(self) -> int | None:
        """Where a letter's salutation near the top ("Уважаемые партнеры!", "Dear
        Ms Lee,") ends its line, or None. Below it, titles inside sentences name
        the papers the letter is about."""
        found = _SALUTATION_RE.search(self._document.text, 0, self._top_end)
        return None if found is None else found.end()


_SALUTATION_RE = compile_folded(r"(?m)^[ \t]*(?:уважаем\w*|dear)\b[^\n]{0,80}$")


def _is_heading_after_logo(
    document: NormalizedText, match: re.Match[str], prefix: str
) -> bool:
    """Return whether a title in capitals ends its line after one short junk word."""
    if not _LOGO_PREFIX_RE.fullmatch(prefix):
        return False
    if not _LINE_REST_RE.match(document.text, match.end()):
        return False
    original = document.original[
        document.to_original(match.start()) : document.to_original(match.end())
    ]
    return any(char.isalpha() for char in original) and original.isupper()


def _is_numbered_column_heading(
    document: NormalizedText, match: re.Match[str], prefix: str
) -> bool:
    """Return whether a title in capitals heads the right-hand column of one of the
    first lines with its own number: "ООО «СкороКур»      НАКЛАДНАЯ № СК-0418527"."""
    if not _WIDE_GAP_END_RE.search(prefix):
        return False
    if match.start() >= document.top_end(_OPENING_TITLE_LINES):
        return False
    if not _NUMBER_SIGN_AFTER_RE.match(document.text, match.end()):
        return False
    original = document.original[
        document.to_original(match.start()) : document.to_original(match.end())
    ]
    return any(char.isalpha() for char in original) and original.isupper()


def _is_citation(document: NormalizedText, match: re.Match[str], prefix: str) -> bool:
    """Return whether a title inside a line cites another document by its number
    and date: "9. Invoice No. YM-EXP-2025-1217 dated 19 December 2025" in a
    certificate of origin. A title after a wide gap heads a right-hand column."""
    if prefix.endswith("   "):
        return False
    return _CITED_AFTER_RE.match(document.text, match.end()) is not None


def _starts_lowercase(document: NormalizedText, match: re.Match[str]) -> bool:
    first = document.original[document.to_original(match.start())]
    return first.islower()


# A mention follows a word in lower case on its line: "и подписать от имени ООО
# «Гранит» универсальный передаточный документ", not "Срочное платежное
# поручение". "Keep this receipt" names the paper itself.
_LOWER_WORD_RE = re.compile(r"(?<![^\W\d_])[a-zа-яё]{2,}(?![^\W\d_])")
_SELF_BEFORE_RE = re.compile(r"(?i)\b(?:this|настоящ\w*|данн\w*)[ \t]+$")
_COLUMN_GAP_RE = re.compile(r"[ \t]{3,}|\t")
_CAPITAL_RE = re.compile(r"[A-ZА-ЯЁ]")


def _in_sentence(document: NormalizedText, match: re.Match[str]) -> bool:
    """Return whether a title word in lower case follows a word in lower case on
    its line, and not "this" or "настоящий"."""
    start = document.to_original(match.start())
    original = document.original
    if not original[start : start + 2].islower():
        return False
    if not _CAPITAL_RE.search(original):
        return False  # a scan read in lower case throughout
    line_start = original.rfind("\n", 0, start) + 1
    before = original[max(line_start, start - _TITLE_PREFIX_CHARS) : start]
    # Only the words after a column gap share the title's cell.
    before = _COLUMN_GAP_RE.split(before)[-1]
    return bool(_LOWER_WORD_RE.search(before)) and not _SELF_BEFORE_RE.search(before)


def _title_factor(
    document: NormalizedText,
    pattern: re.Pattern[str],
    top_end: int,
    first_title: _FirstTitle | None = None,
) -> float:
    """Return 1 for a title opening a line near the top, 0.5 near the top, else 0.25.

    A title that opens a line below `first_title`, the document's own title, and
    cites a paper by number and date ("Транспортная накладная № 512 от 20.03.2025"
    under "УПАКОВОЧНЫЙ ЛИСТ") counts as a title inside a line.
    """
    found_near_top = mentioned = False
    salutation_end = first_title.salutation_end if first_title else None
    for match in pattern.finditer(document.text, 0, top_end):
        kind = _title_kind(document, match)
        if kind == _LEADING and not _cites_below_first_title(
            document, match, first_title
        ):
            return 1.0
        if kind == _MENTION:
            mentioned = True
        elif kind != _REFERENCE and (
            salutation_end is None or match.start() < salutation_end
        ):
            found_near_top = True
    if found_near_top:
        return 0.5
    if mentioned or pattern.search(document.text, top_end):
        return _MENTION_FACTOR
    return 0.0


def _cites_below_first_title(
    document: NormalizedText, match: re.Match[str], first_title: _FirstTitle | None
) -> bool:
    """Return whether a title below the document's own title cites a paper: by
    number and date, or by a number alone on its line when the own title opens
    the document ("Receipt from Pixelnest Studio" over "Invoice #PXN-26-0412")."""
    if first_title is None:
        return False
    start = first_title.start
    if start is None or match.start() <= start:
        return False
    if _CITED_AFTER_RE.match(document.text, match.end()):
        return True
    return start < document.top_end(
        _OPENING_TITLE_LINES
    ) and _NUMBER_ENDS_LINE_RE.match(document.text, match.end())


def _leading_title_start(
    document: NormalizedText, pattern: re.Pattern[str], top_end: int
) -> int | None:
    """Return the start of the first title that opens a line near the top."""
    for match in pattern.finditer(document.text, 0, top_end):
        if _title_kind(document, match) == _LEADING:
            return match.start()
    return None


def _heads_columns(document: NormalizedText, position: int) -> bool:
    """Return whether two or more column captions follow `position` on its line,
    each after a wide gap."""
    end = min(document.line_end(position), position + _CAPTION_LINE_CHARS)
    first_gap = _WIDE_GAP_RE.match(document.text, position, end)
    if first_gap is None:
        # A title with more words or its number in its cell heads the document.
        return False
    captions = 0
    for gap in _WIDE_GAP_RE.finditer(document.text, position, end):
        if _CAPTION_START_RE.match(document.text, gap.end(), end):
            captions += 1
    return captions >= _COLUMN_CAPTIONS


def _title_kind(document: NormalizedText, match: re.Match[str]) -> str:
    """Return where a title word is: opening a line (_LEADING), inside a line
    (_INLINE), naming another paper (_REFERENCE), or in lower case inside a
    sentence (_MENTION)."""
    # Only the end of a long line is read, so that a line of thousands of title
    # words is not read again from its start for each of them.
    line_start = document.line_start(match.start())
    window_start = max(line_start, match.start() - _TITLE_PREFIX_CHARS)
    prefix = document.text[window_start : match.start()]
    if _FIELD_LABEL_AFTER_RE.match(document.text, match.end()):
        return _INLINE
    # The first part of a compound title opens the line with it: "ЭКСПРЕСС-НАКЛАДНАЯ".
    opens_line = window_start == line_start and (
        _LINE_PREFIX_RE.fullmatch(prefix) is not None
        or _COMPOUND_PREFIX_RE.fullmatch(prefix) is not None
        or _QUALIFIER_PREFIX_RE.fullmatch(prefix) is not None
    )
    if opens_line and _heads_columns(document, match.end()):
        # "Invoice        Date          Due date       Amount" heads a table's
        # columns.
        return _INLINE
    if opens_line and _VERB_AFTER_RE.match(document.text, match.end()):
        # "Invoice GH-25/1117 is overdue" opens a sentence, which names the paper
        # wherever it is on the page.
        return _MENTION
    if opens_line and _starts_lowercase(document, match):
        # A wrapped sentence may open a line with a title word ("delivery note
        # LS-80011472 of 21.03.2025"), but a title starts with a capital.
        return _INLINE
    if (
        opens_line
        or _is_heading_after_logo(document, match, prefix)
        or _is_numbered_column_heading(document, match, prefix)
    ):
        return _LEADING
    # A title in a table cell after other cells names a listed paper, as a
    # register of documents does: "| 4 | Акт сверки взаиморасчетов |".
    if (
        _REFERENCE_BEFORE_RE.search(prefix)
        or _is_citation(document, match, prefix)
        or "|" in prefix
    ):
        return _REFERENCE
    # A title word in lower case after a word in lower case names a paper in a
    # sentence. OCR's "lNVOICE" for INVOICE is not in lower case.
    if _in_sentence(document, match):
        return _MENTION
    return _INLINE
