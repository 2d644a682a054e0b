"""Synthetic documents printed to page images and read back with real OCR.

The character-level noise of `bench.synthetic` leaves line structure and glyph
shapes intact, so it likely overstates accuracy on scans. This module renders the
clean text of each synthetic document onto A4 pages with a DejaVu font and
degrades the pages like a scan: blur, grain, a slight tilt and JPEG compression.
The service's own reader (`documents.processing.reader`, Tesseract rus+eng) then
reads them, the same way `bench.corpus` reads the corpus payment orders. The
labels stay those of the synthetic document. Every choice depends only on the
document id, so the page images are the same on every run with the same Pillow,
libjpeg and fonts.

OCR takes seconds per page, so its text is cached under `.cache/bench-scanned/` in
the repository root. The key covers the image bytes, the Tesseract version, the
read options and the source of `documents/processing`, so a change to the reader
makes the cache miss instead of returning stale text.

Run `python -m bench.scanned --count 1 --images /tmp/pages` to render, read and
print a few documents and keep their page images.
"""

import argparse
import contextlib
import dataclasses
import hashlib
import io
import math
import random
import tempfile
import textwrap
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .draft import Draft
from .synthetic import (
    _TEMPLATES,
    SPLIT_SEEDS,
    SyntheticDocument,
    generate_split,
)

_REPOSITORY = Path(__file__).resolve().parents[1]
CACHE_DIR = _REPOSITORY / ".cache" / "bench-scanned"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf")
DEFAULT_COUNT = 3  # documents per type per language: 78 in all
DEFAULT_WORKERS = 2

A4_INCHES = (8.27, 11.69)
MM_PER_INCH = 25.4
POINTS_PER_INCH = 72
DPI_CHOICES = (150, 200)
FONT_POINTS = (10.0, 12.0)  # range of the text size
MIN_FONT_POINTS = 6.0  # the smallest size a wide form is shrunk to (see fitted_style)
SMALL_PRINT_DPI = 300
_FIT_MARGIN = 0.97
_CELL_GAP = 4
LINE_SPACING = 1.2  # line pitch as a multiple of the font's ascent plus descent
# Page margins in millimetres: left, top, right, bottom.
MARGINS_MM = (25, 20, 15, 20)
MAX_TILT_DEGREES = 1.0
BLUR_RADIUS = (0.3, 0.9)  # pixels, range of the gaussian blur
GRAIN_SIGMA = (3.0, 10.0)  # grey levels, range of the gaussian pixel noise
JPEG_QUALITY = (55, 85)
MIME_TYPE = "image/jpeg"


@dataclass(frozen=True)
class PageStyle:
    """Font, resolution and degradation of one document, shared by all its pages."""

    font_file: str
    dpi: int
    font_points: float
    tilt_degrees: float
    blur_radius: float
    grain_sigma: float
    jpeg_quality: int
    seed: int  # seed of the pixel noise


@dataclass(frozen=True)
class ScannedDocument:
    """A synthetic document whose text is the OCR output of its rendered pages.

    `noisy` is always True, so that the benchmark's per-subset figures call OCR
    text noisy.
    """

    id: str
    document_type: str
    language: str
    text: str
    expected: dict[str, str | None]
    pages: int
    style: PageStyle
    noisy: bool = True
    # The OCR text of each page; `text` joins them with blank lines.
    page_texts: tuple[str, ...] = ()


def clean_text(document: SyntheticDocument) -> str:
    """Return the document's text without the simulated OCR noise.

    Rebuilds the text from the same seed as `bench.synthetic.generate_document`,
    which draws the noise only after the template has written its lines.
    """
    if not document.noisy:
        return document.text
    index = int(document.id.rsplit("/", 1)[1])
    seed = (
        f"{SPLIT_SEEDS[document.split]}:{document.document_type}:"
        f"{document.language}:{index}"
    )
    # A seeded generator makes the split reproducible; nothing here is secret.
    draft = Draft(random.Random(seed))  # noqa: S311
    _TEMPLATES[document.language][document.document_type](draft)
    return draft.text()


def page_style(document_id: str) -> PageStyle:
    """Choose the font, resolution and degradation of a document from its id."""
    # A seeded generator makes the pages reproducible; nothing here is secret.
    rng = random.Random(f"scanned:{document_id}")  # noqa: S311
    return PageStyle(
        font_file=rng.choice(FONT_FILES),
        dpi=rng.choice(DPI_CHOICES),
        font_points=round(rng.uniform(*FONT_POINTS), 1),
        tilt_degrees=round(rng.uniform(-MAX_TILT_DEGREES, MAX_TILT_DEGREES), 2),
        blur_radius=round(rng.uniform(*BLUR_RADIUS), 2),
        grain_sigma=round(rng.uniform(*GRAIN_SIGMA), 1),
        jpeg_quality=rng.randint(*JPEG_QUALITY),
        seed=rng.getrandbits(32),
    )


@cache
def printed_text(text: str) -> str:
    """Return `text` with tab-separated cells set out in columns, as a table prints.

    The cells of each run of lines with tabs are padded to the widest cell of their
    column plus _CELL_GAP spaces. A page draws no tab stops of its own.
    """
    lines = text.split("\n")
    printed: list[str] = []
    index = 0
    while index < len(lines):
        if "\t" not in lines[index]:
            printed.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines) and "\t" in lines[end]:
            end += 1
        rows = [line.split("\t") for line in lines[index:end]]
        widths: list[int] = []
        for row in rows:
            for column, cell in enumerate(row):
                if column == len(widths):
                    widths.append(0)
                widths[column] = max(widths[column], len(cell))
        for row in rows:
            cells = [
                cell.ljust(widths[column] + _CELL_GAP)
                for column, cell in enumerate(row)
            ]
            printed.append("".join(cells).rstrip())
        index = end
    return "\n".join(printed)


def fitted_style(text: str, style: PageStyle) -> PageStyle:
    """Return the style with a smaller font when the widest line would not fit.

    A wide form is printed small rather than wrapped, as office software prints
    it, and a page printed small is scanned at 300 DPI so that its letters stay
    readable. Below MIN_FONT_POINTS the lines wrap instead.
    """
    font = _font(style.font_file, _font_pixels(style))
    widest = max(
        (font.getlength(line.rstrip()) for line in text.splitlines()), default=0
    )
    printable = _printable_width(style)
    if widest <= printable:
        return style
    # Font sizes round to whole pixels, so aim a little below the exact fit.
    points = style.font_points * printable / widest * _FIT_MARGIN
    points = max(MIN_FONT_POINTS, math.floor(points * 10) / 10)
    return dataclasses.replace(
        style, font_points=points, dpi=max(style.dpi, SMALL_PRINT_DPI)
    )


def _font(font_file: str, size_px: int) -> ImageFont.FreeTypeFont:
    path = FONT_DIR / font_file
    try:
        return ImageFont.truetype(str(path), size_px)
    except OSError as error:
        raise FileNotFoundError(
            f"Font {path} not found or unreadable. Install the fonts-dejavu-core "
            f"package (scripts/setup.sh does)."
        ) from error


def _millimetres(value: float, dpi: int) -> int:
    return round(value / MM_PER_INCH * dpi)


def page_size(style: PageStyle) -> tuple[int, int]:
    """Return the A4 page size in pixels at the style's DPI."""
    return round(A4_INCHES[0] * style.dpi), round(A4_INCHES[1] * style.dpi)


def _printable_width(style: PageStyle) -> int:
    """Return the page width between the left and right margins, in pixels."""
    left, right = (_millimetres(MARGINS_MM[index], style.dpi) for index in (0, 2))
    return page_size(style)[0] - left - right


def wrap_line(line: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Split `line` into pieces that fit `width` pixels, breaking at spaces.

    A word wider than `width` on its own is broken between characters. An empty
    line stays one empty line.
    """
    if font.getlength(line) <= width:
        return [line]
    pieces: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            pieces.append(current)
        while font.getlength(word) > width:
            cut = _fitting_prefix(word, font, width)
            pieces.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        pieces.append(current)
    return pieces


def _fitting_prefix(word: str, font: ImageFont.FreeTypeFont, width: int) -> int:
    """Return the length of the longest prefix of `word` within `width`, at least 1."""
    length = 1
    while length < len(word) and font.getlength(word[: length + 1]) <= width:
        length += 1
    return length


def layout_pages(text: str, style: PageStyle) -> list[list[str]]:
    """Wrap the text to the printable width and split it into pages of lines."""
    height = page_size(style)[1]
    top, bottom = (_millimetres(MARGINS_MM[index], style.dpi) for index in (1, 3))
    font = _font(style.font_file, _font_pixels(style))
    printable = _printable_width(style)
    lines = [
        piece
        for line in text.splitlines()
        for piece in wrap_line(line.rstrip(), font, printable)
    ]
    per_page = max(1, (height - top - bottom) // _line_pitch(font))
    return [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]


def _font_pixels(style: PageStyle) -> int:
    return round(style.font_points * style.dpi / POINTS_PER_INCH)


def _line_pitch(font: ImageFont.FreeTypeFont) -> int:
    ascent, descent = font.getmetrics()
    return round((ascent + descent) * LINE_SPACING)


def render_page(lines: Sequence[str], style: PageStyle, page_number: int) -> bytes:
    """Draw the lines on a white page, degrade it and return it as JPEG bytes."""
    width, height = page_size(style)
    left, top = (
        _millimetres(MARGINS_MM[0], style.dpi),
        _millimetres(MARGINS_MM[1], style.dpi),
    )
    font = _font(style.font_file, _font_pixels(style))
    pitch = _line_pitch(font)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    for row, line in enumerate(lines):
        draw.text((left, top + row * pitch), line, font=font, fill=0)

    page = page.rotate(
        style.tilt_degrees, resample=Image.Resampling.BICUBIC, fillcolor=255
    )
    page = page.filter(ImageFilter.GaussianBlur(style.blur_radius))
    noise = np.random.default_rng((style.seed, page_number)).normal(
        0.0, style.grain_sigma, size=(height, width)
    )
    pixels = np.clip(np.asarray(page, dtype=np.float64) + noise, 0, 255)
    page = Image.fromarray(pixels.round().astype(np.uint8), mode="L")

    output = io.BytesIO()
    page.save(
        output,
        format="JPEG",
        quality=style.jpeg_quality,
        dpi=(style.dpi, style.dpi),
    )
    return output.getvalue()


def render_document(text: str, style: PageStyle) -> list[bytes]:
    """Render the text to JPEG page images, one per page."""
    return [
        render_page(lines, style, number)
        for number, lines in enumerate(layout_pages(text, style), start=1)
    ]


def read_page(image: bytes) -> str:
    """Return the text that the service's reader gets from one JPEG page image."""
    from documents.processing.reader import ReadOptions, open_document

    with tempfile.TemporaryDirectory(prefix="bench-scanned-") as directory:
        path = Path(directory) / "page.jpg"
        path.write_bytes(image)
        with open_document(path, MIME_TYPE, ReadOptions()) as reader:
            return "\n\n".join(page.text for page in reader.pages())


@cache
def reader_fingerprint() -> str:
    """Return a digest of what decides the OCR text besides the image.

    That is the Tesseract version, the default ReadOptions (languages, DPI and
    limits) and the source files of `documents/processing`.
    """
    import pytesseract

    from documents.processing.reader import ReadOptions

    digest = hashlib.sha256()
    digest.update(str(pytesseract.get_tesseract_version()).encode())
    digest.update(repr(ReadOptions()).encode())
    source_dir = _REPOSITORY / "documents" / "processing"
    for path in sorted(source_dir.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_path(image: bytes, cache_dir: Path = CACHE_DIR) -> Path:
    """Return the cache file of the OCR text of `image` under the current reader."""
    key = hashlib.sha256(image + reader_fingerprint().encode()).hexdigest()
    return cache_dir / key[:2] / f"{key}.txt"


def _store(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def read_pages(
    images: Sequence[bytes],
    *,
    workers: int = DEFAULT_WORKERS,
    cache_dir: Path | None = CACHE_DIR,
) -> tuple[list[str], int]:
    """OCR the page images, using and filling the cache.

    Returns the texts in the order of `images` and the number of pages that were
    read with Tesseract (cache misses). `cache_dir=None` turns the cache off.
    """
    texts: list[str | None] = [None] * len(images)
    missing: dict[Path | int, list[int]] = {}
    for position, image in enumerate(images):
        if cache_dir is None:
            missing[position] = [position]
            continue
        path = cache_path(image, cache_dir)
        if path.exists():
            texts[position] = path.read_text(encoding="utf-8")
        else:
            missing.setdefault(path, []).append(position)

    # Identical images (such as two equal short pages) are read once.
    keys = list(missing)
    pending = [images[missing[key][0]] for key in keys]
    with contextlib.ExitStack() as stack:
        if workers > 1 and len(pending) > 1:
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers))
            results = pool.map(read_page, pending)
        else:
            results = map(read_page, pending)
        # Each text is stored as it arrives, so an interrupted run keeps its work.
        for key, text in zip(keys, results, strict=True):
            if isinstance(key, Path):
                _store(key, text)
            for position in missing[key]:
                texts[position] = text
    return [text or "" for text in texts], len(pending)


def scan_split(
    per_type_and_language: int = DEFAULT_COUNT,
    *,
    split: str = "test",
    workers: int = DEFAULT_WORKERS,
    cache_dir: Path | None = CACHE_DIR,
    images_dir: Path | None = None,
) -> list[ScannedDocument]:
    """Render the first documents of a synthetic split and read them back with OCR.

    `images_dir`, when given, receives every page image as `<id>-<page>.jpg` with
    the slashes of the id replaced by underscores.
    """
    documents = generate_split(split, per_type_and_language)
    return scan_documents(
        documents, workers=workers, cache_dir=cache_dir, images_dir=images_dir
    )


def scan_documents(
    documents: Iterable[SyntheticDocument],
    *,
    workers: int = DEFAULT_WORKERS,
    cache_dir: Path | None = CACHE_DIR,
    images_dir: Path | None = None,
) -> list[ScannedDocument]:
    """Render each document's clean text and replace it with the OCR text.

    The documents are synthetic or held-out ones. A held-out document is rendered
    as written, so only documents without imitated OCR noise should be passed.
    """
    started = time.perf_counter()
    rendered = []
    for document in documents:
        text = printed_text(clean_text(document))
        style = fitted_style(text, page_style(document.id))
        images = render_document(text, style)
        rendered.append((document, style, images))
        if images_dir is not None:
            _save_images(images_dir, document.id, images)

    all_images = [image for _, _, images in rendered for image in images]
    texts, read = read_pages(all_images, workers=workers, cache_dir=cache_dir)
    print(
        f"Scanned split: {len(rendered)} documents, {len(all_images)} pages, "
        f"{read} read with Tesseract and {len(all_images) - read} from the cache, "
        f"{time.perf_counter() - started:.1f} s"
    )

    scanned, offset = [], 0
    for document, style, images in rendered:
        page_texts = texts[offset : offset + len(images)]
        offset += len(images)
        scanned.append(
            ScannedDocument(
                id=f"scanned/{document.id}",
                document_type=document.document_type,
                language=document.language,
                text="\n\n".join(page_texts),
                expected=dict(document.expected),
                pages=len(images),
                style=style,
                page_texts=tuple(page_texts),
            )
        )
    return scanned


def _save_images(directory: Path, document_id: str, images: Sequence[bytes]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    stem = document_id.replace("/", "_")
    for number, image in enumerate(images, start=1):
        (directory / f"{stem}-{number}.jpg").write_bytes(image)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--count",
        type=int,
        default=1,
        help="documents per type per language, from index 0 of the test split",
    )
    parser.add_argument("--type", help="only this document type")
    parser.add_argument("--language", choices=("ru", "en"), help="only this language")
    parser.add_argument(
        "--workers", type=int, default=DEFAULT_WORKERS, help="OCR processes"
    )
    parser.add_argument(
        "--images", type=Path, help="write the page images to this directory"
    )
    args = parser.parse_args()
    documents = [
        document
        for document in generate_split("test", args.count)
        if args.type in (None, document.document_type)
        and args.language in (None, document.language)
    ]
    for document in scan_documents(
        documents, workers=args.workers, images_dir=args.images
    ):
        print(f"\n=== {document.id} pages={document.pages} {document.style}")
        print(textwrap.indent(document.text, "| "))
        for path, value in sorted(document.expected.items()):
            print(f"  {path} = {value!r}")


if __name__ == "__main__":
    main()
