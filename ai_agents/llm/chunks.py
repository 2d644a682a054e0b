"""Splitting long documents into chunks, and merging the fields found in each.

Every chunk after the first repeats the document's header (its first characters),
so that the model gets the parties and the number on each part. Each chunk keeps
its offset in the full text, where its quotes are searched first.
"""

from dataclasses import dataclass

from ai_agents.engines.text import fold

from .schemas import LINE_ITEMS, PARTIES

# Fields read from the last chunk that has them, because totals follow the table.
LAST_CHUNK_FIELDS = frozenset({"total", "subtotal", "vat", "total_in_words"})


@dataclass(frozen=True)
class Chunk:
    """A part of a document: its text, its offset in the document and the header.

    `header` is empty for the first chunk, which starts with the header itself.
    """

    index: int
    text: str
    offset: int
    header: str = ""


def split_chunks(text: str, chunk_chars: int, header_chars: int) -> list[Chunk]:
    """Split `text` at line ends into chunks of at most `chunk_chars` characters.

    Chunks after the first get the first `header_chars` characters, cut back to a
    line end where possible, as their header and `chunk_chars - len(header)`
    characters of text. A line longer than that is cut inside the line.
    """
    if len(text) <= chunk_chars:
        return [Chunk(0, text, 0)]
    header = _header(text, header_chars)
    chunks: list[Chunk] = []
    offset = 0
    while offset < len(text):
        budget = chunk_chars if not chunks else chunk_chars - len(header)
        end = _line_cut(text, offset, offset + budget)
        chunks.append(
            Chunk(len(chunks), text[offset:end], offset, header if chunks else "")
        )
        offset = end
    return chunks


def _header(text: str, header_chars: int) -> str:
    head = text[:header_chars]
    line_end = head.rfind("\n")
    return head[: line_end + 1] if line_end > 0 else head


def _line_cut(text: str, start: int, limit: int) -> int:
    """Return where a chunk from `start` ends: after the last newline before `limit`."""
    if limit >= len(text):
        return len(text)
    newline = text.rfind("\n", start, limit)
    return newline + 1 if newline >= start else limit


def merge_chunk_fields(chunk_fields: list[dict]) -> dict:
    """Merge the verified fields of each chunk, in chunk order, into one dict.

    A scalar field comes from the first chunk whose value is supported by the
    document, or from the first chunk that has it at all. Totals prefer the last
    chunk. Parties merge by role and requisite the same way. Line items of all
    chunks are concatenated, and a row equal to one of an earlier chunk (same
    description, quantity and amount), as repeated in a header, is dropped.
    """
    if len(chunk_fields) == 1:
        return chunk_fields[0]
    merged: dict = {}
    names = dict.fromkeys(name for fields in chunk_fields for name in fields)
    for name in names:
        present = [fields[name] for fields in chunk_fields if name in fields]
        if name == PARTIES:
            merged[name] = _merge_parties(present)
        elif name == LINE_ITEMS:
            merged[name] = _merge_line_items(present)
        else:
            ordered = present[::-1] if name in LAST_CHUNK_FIELDS else present
            merged[name] = _best(ordered)
    return merged


def _best(fields: list[dict]) -> dict:
    return next((field for field in fields if field.get("supported")), fields[0])


def _merge_parties(parties_per_chunk: list[dict]) -> dict:
    merged: dict = {}
    for parties in parties_per_chunk:
        for role, requisites in parties.items():
            target = merged.setdefault(role, {})
            for key, field in requisites.items():
                current = target.get(key)
                if current is None or (
                    not current.get("supported") and field.get("supported")
                ):
                    target[key] = field
    return merged


def _merge_line_items(rows_per_chunk: list[list[dict]]) -> list[dict]:
    # Rows are compared only with earlier chunks, so two equal rows of one chunk
    # both stay. NOTE: a row that really repeats in a later chunk is dropped too.
    merged = []
    seen: set[tuple[str, str, str]] = set()
    for rows in rows_per_chunk:
        keys = [row_key(row) for row in rows]
        merged += [row for row, key in zip(rows, keys, strict=True) if key not in seen]
        seen.update(keys)
    return merged


def row_key(row: dict) -> tuple[str, str, str]:
    """Return the identity of a table row: its folded description, quantity, amount."""

    def value(name: str) -> str:
        field = row.get(name)
        return "" if field is None else " ".join(fold(str(field["value"])).split())

    return value("description"), value("quantity"), value("amount")
