"""Party and bank names: the free text beside the requisites."""

import re
from collections.abc import Iterator

from .context import ExtractionContext
from .text import collapse_spaces, compile_folded

# Ends of a name on its line: a requisite label, a table rule, a long number, or an
# address after a comma (", 125009, г. Москва", ", 10 Harbour Road").
_NAME_CUT_RE = compile_folded(
    r"\b(?:инн|кпп|бик|огрн\w*|сч|р/сч?|к/сч?|сумма|адрес|address|phone|тел|e-?mail)"
    r"(?![^\W\d_])"
    r"|[|\[]|\d{9,}|,\s*\d|,\s*(?:г|ул)\.\s"
)
# Captions of the small fields of payment order forms, which end a name.
_STOP_LINE_RE = compile_folded(
    r"[\W_]*(?:вид\s+оп|срок|наз\.?\s*пл|оч[её]р|код\b|рез\.?\s*поле|назначение"
    r"|подписи|отметки|плательщик|получатель|банк\s+(?:плательщика|получателя))"
)
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_EDGE_JUNK = " \t,;:-—–|/"
_LEADING_ATTENTION_RE = compile_folded(r"(?:attn|att)\s*[:.]\s*")
_MAX_NAME_LINES = 3


def name_part(
    context: ExtractionContext, line_start: int, line_end: int
) -> tuple[int, int] | None:
    """Return the span of the name at the start of a line, before any requisites."""
    text = context.text
    if _STOP_LINE_RE.match(text, line_start, line_end):
        return None
    cut = _NAME_CUT_RE.search(text, line_start, line_end)
    end = cut.start() if cut else line_end
    start = line_start
    attention = _LEADING_ATTENTION_RE.match(text, start, end)
    if attention:
        start = attention.end()
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    if not _WORD_RE.search(text, start, end) or text[start] == "(":
        return None
    return start, end


def name_run(
    context: ExtractionContext, start: int, end: int
) -> tuple[int, int] | None:
    """Return the span of the first name in a range.

    A name goes on to the next line only when its line ends with a hyphen or leaves
    a bracket or quote open, because the next line of a party block is usually its
    address. Blank lines are skipped, and a name spans at most 3 lines. The name
    ends at a '/' that starts an address ("Иванов И.И. (ИП) //адрес//").
    """
    found: tuple[int, int] | None = None
    lines_used = 0
    for line_start, line_end in _lines(context, start, end):
        if not context.text[line_start:line_end].strip():
            continue
        part = name_part(context, line_start, line_end)
        if part is None:
            if found is not None:
                break
            continue
        found = part if found is None else (found[0], part[1])
        lines_used += 1
        if (
            part[1] < line_end
            or lines_used == _MAX_NAME_LINES
            or not _continues(context, line_start, line_end)
        ):
            break
    if found is None:
        return None
    slash = context.text.find("/", found[0], found[1])
    if slash > found[0]:
        found = (found[0], slash)
        while found[1] > found[0] and context.text[found[1] - 1] in _EDGE_JUNK:
            found = (found[0], found[1] - 1)
    return found


def _continues(context: ExtractionContext, line_start: int, line_end: int) -> bool:
    """Return whether a name goes on: its line ends in '-' or leaves a bracket open."""
    line = context.text[line_start:line_end].rstrip()
    if line.endswith("-"):
        return True
    if line.count("(") > line.count(")") or line.count("«") > line.count("»"):
        return True
    return line.count('"') % 2 == 1


def name_field(
    context: ExtractionContext, span: tuple[int, int], confidence: float
) -> dict:
    """Build a name field whose value has its lines joined with single spaces."""
    name = context.build_field(span[0], span[1], "", confidence)
    name["value"] = collapse_spaces(name["raw"])
    return name


def _lines(
    context: ExtractionContext, start: int, end: int
) -> Iterator[tuple[int, int]]:
    position = start
    while position < end:
        line_end = min(context.document.line_end(position), end)
        yield position, line_end
        position = line_end + 1
