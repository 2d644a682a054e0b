"""Find where a new document starts inside a multi-page upload.

One file may hold several documents: an invoice followed by its payment order,
or a batch of invoices scanned together. This module divides the pages into
parts, one per document, so that each part is classified and extracted on its
own. The pages are read in order, and every page after the first either joins
the running part or starts a new one:

1. A page marked as a continuation ("Страница 2", "Page 2 of 3", "Лист 3"
   among its first or last three lines) joins, and so does a page that opens
   as an annex or a continuation ("Приложение № 1 к договору", "Продолжение",
   "Appendix A", "Annex 2", "Schedule 1").
2. A page of another type starts a new part. The engine must classify the page
   as a type other than `other` with a confidence of at least
   MIN_TYPE_CONFIDENCE, and the running part must already have such a type
   that differs from it. Unless the page opens like a document of its type
   (a title of the type opens a line near its top, or the page has a title
   number as in rule 3), the running part's type must also be no runner-up
   with a confidence of at least MIN_RUNNER_UP_CONFIDENCE. The embedded
   engine classifies a signature page or a continued line-item table as
   `other` or as the running part's type, so such a page joins. A contract
   page whose clauses name the invoice to pay has no invoice title and still
   reads somewhat as a contract, so it joins too, while a payment order whose
   title OCR broke starts a part.
3. A page that carries its own title starts a new part. The engine must
   give the page a type with the confidence that rule 2 requires. It must also
   extract a number and a date that both start in the page's first TITLE_LINES
   non-empty lines, and the number must not be that of a title already in the
   running part. So a second invoice starts a part, but
   an invoice that repeats its own header on every page does not.
4. A page that the engine reads as `other` with MIN_TYPE_CONFIDENCE and whose
   heading names a kind of paper outside the built-in types ("Certificate of
   origin", "Прайс-лист") starts a new part after a part with a type. A part
   whose first page the engine reads as `other` with that confidence ends at
   a page that has a type and opens like a document of it (rule 2's title or
   rule 3's number), so a cover memo does not swallow the invoice after it.
5. Any other page joins. While the running part has neither a type nor a
   title (a blank or unreadable first page), every page joins it.

A part's type is the type of its first page that has one (as in rule 2), and
its numbers are the title numbers of its pages. Only the first
DOCAI_SPLIT_MAX_PAGES pages with text are classified, because each costs one
classification and one extraction. Blank pages cost nothing and do not count.
The pages after them join the last part.
"""

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from django.conf import settings

from ai_agents.engines.base import Engine
from ai_agents.services import analyze_text, names_other_paper, opens_with_title

logger = logging.getLogger(__name__)

OTHER_TYPE = "other"
# bench/splitting.py measures these limits on files built from the scanned
# held-out documents: type limits from 0.6 to 0.95 move boundary F1 by less than
# 0.015. NOTE: those files are single documents dealt together, not real
# multi-document uploads, which may hold cover sheets and stapled copies.
MIN_TYPE_CONFIDENCE = 0.8
MIN_RUNNER_UP_CONFIDENCE = 0.001
TITLE_LINES = 15
MARKER_LINES = 3

# "Страница 2", "стр. 2 из 3", "Лист 3", "Page 2 of 3", "page 2/3", alone on their
# line, so that "стр. 2" (building 2) in an address does not count.
_CONTINUATION = re.compile(
    r"^\W*(?:страница|стр\.|лист|page)\s*(\d{1,4})(?:\s*(?:из|of|/)\s*\d{1,4})?\W*$",
    re.I,
)
# "Приложение № 1 к договору", "Продолжение таблицы", "Appendix A", "Schedule 1".
# A form's legal header ("Приложение № 1 к постановлению Правительства РФ", "... к
# письму ФНС России") opens a new document instead.
_ANNEX = re.compile(
    r"^\W*(?:приложение(?![^\n]{0,20}\bк\s+(?:постановлени|письму|приказу|распоряжени))"
    r"|продолжение|appendix|annex|schedule|continued)\b",
    re.I,
)


@dataclass(frozen=True)
class PageSignals:
    """Evidence from one page about the part it belongs to."""

    continues: bool
    document_type: str | None
    title_number: str | None
    # Whether a title of `document_type` opens a line near the page's top.
    titled: bool = False
    # The other types that the page gives some evidence of.
    runners_up: frozenset[str] = frozenset()
    # Whether the engine reads the page as `other` with MIN_TYPE_CONFIDENCE, and
    # whether a heading near its top then also names a kind of paper outside the
    # built-in types.
    other: bool = False
    other_heading: bool = False
    # The page's classification and extraction, which a part of this page alone
    # reuses instead of analysing the same text again.
    analysis: tuple[dict, dict] | None = None


@dataclass
class _Part:
    first: int
    last: int
    document_type: str | None = None
    numbers: set[str] = field(default_factory=set)
    # Whether the part opens with a paper of no built-in type.
    other: bool = False

    def add(self, index: int, signals: PageSignals) -> None:
        self.last = index
        if self.document_type is None and not self.numbers and signals.other:
            self.other = True
        if self.document_type is None:
            self.document_type = signals.document_type
        if signals.title_number is not None:
            self.numbers.add(signals.title_number)


def page_ranges(
    document_id: int,
    texts: Sequence[str],
    *,
    on_page: Callable[[], None] | None = None,
    analyses: dict[int, tuple[dict, dict]] | None = None,
    engine: Engine | None = None,
) -> list[tuple[int, int]]:
    """Return (first, last) page indexes, 0-based and inclusive, of each part.

    `on_page` is called after each page is classified. `analyses`, when given,
    receives the classification and extraction of each page by its index. The
    pages are read by `engine`, by default the one built on the current taxonomy.
    """
    if len(texts) < 2:
        return [(0, len(texts) - 1)]
    limit = settings.DOCAI_SPLIT_MAX_PAGES
    part = _Part(0, 0)
    parts = [part]
    classified = 0
    checked = 0
    for index, text in enumerate(texts):
        if classified >= limit:
            break
        checked = index + 1
        if text.strip():
            classified += 1
        signals = page_signals(text, engine)
        if analyses is not None and signals.analysis is not None:
            analyses[index] = signals.analysis
        if index == 0:
            part.add(0, signals)
            continue
        if on_page is not None:
            on_page()
        if _starts_new_part(part, signals):
            part = _Part(index, index)
            parts.append(part)
        part.add(index, signals)
    if checked < len(texts):
        logger.info(
            "split checked the first %d of %d pages document=%s: pages %d-%d "
            "stay in the last part (DOCAI_SPLIT_MAX_PAGES=%d pages with text)",
            checked,
            len(texts),
            document_id,
            checked + 1,
            len(texts),
            limit,
        )
        part.last = len(texts) - 1
    ranges = [(part.first, part.last) for part in parts]
    logger.info(
        "split document=%s pages=%d parts=%d", document_id, len(texts), len(ranges)
    )
    return ranges


def _starts_new_part(part: _Part, signals: PageSignals) -> bool:
    """Apply rules 1 to 5 of the module docstring to one page."""
    if signals.continues:
        return False
    if part.document_type is None and not part.numbers:
        # A paper of no built-in type ends where a titled document begins.
        return (
            part.other
            and signals.document_type is not None
            and (signals.titled or signals.title_number is not None)
        )
    if part.document_type is not None and signals.other_heading:
        return True
    types_differ = (
        signals.document_type is not None
        and part.document_type is not None
        and signals.document_type != part.document_type
    )
    if types_differ and (
        signals.titled
        or signals.title_number is not None
        or part.document_type not in signals.runners_up
    ):
        return True
    return (
        signals.title_number is not None
        and signals.document_type is not None
        and signals.title_number not in part.numbers
    )


def page_signals(text: str, engine: Engine | None = None) -> PageSignals:
    """Classify one page and look for a title and a continuation marker on it."""
    if not text.strip():
        return PageSignals(continues=False, document_type=None, title_number=None)
    # A part of this page alone reuses the analysis, so it reads no more of the
    # page than the analysis of a part would.
    classification, extraction = analyze_text(
        text[: settings.DOCAI_TEXT_MAX_CHARS], engine=engine
    )
    document_type = classification["document_type"]
    above_limit = classification["confidence"] >= MIN_TYPE_CONFIDENCE
    confident = document_type != OTHER_TYPE and above_limit
    other = document_type == OTHER_TYPE and above_limit
    title_number = _title_number(text, extraction["fields"])
    return PageSignals(
        continues=_has_continuation_marker(text),
        document_type=document_type if confident else None,
        title_number=title_number,
        titled=confident and opens_with_title(text, document_type, engine),
        runners_up=frozenset(
            candidate["document_type"]
            for candidate in classification["alternatives"]
            if candidate["confidence"] >= MIN_RUNNER_UP_CONFIDENCE
        ),
        analysis=(classification, extraction),
        other=other,
        other_heading=other and names_other_paper(text),
    )


def _has_continuation_marker(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if any(_ANNEX.match(line) for line in lines[:MARKER_LINES]):
        return True
    edges = lines[:MARKER_LINES] + lines[-MARKER_LINES:]
    return any(
        int(match.group(1)) >= 2
        for line in edges
        for match in _CONTINUATION.finditer(line)
    )


def _title_number(text: str, fields: dict) -> str | None:
    """Return the page's number when a number and a date both start near its top."""
    number = fields.get("number")
    date = fields.get("date")
    if not isinstance(number, dict) or not isinstance(date, dict):
        return None
    top = _top_end(text)
    if not (_starts_before(number, top) and _starts_before(date, top)):
        return None
    value = "".join(str(number.get("value") or "").split()).casefold()
    return value or None


def _top_end(text: str) -> int:
    """Return the offset where the page's first TITLE_LINES non-empty lines end."""
    seen = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        if line.strip():
            seen += 1
            if seen == TITLE_LINES:
                break
    return offset


def _starts_before(extracted: dict, offset: int) -> bool:
    span = extracted.get("span")
    return isinstance(span, list | tuple) and len(span) == 2 and span[0] < offset
