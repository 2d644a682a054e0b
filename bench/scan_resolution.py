"""OCR accuracy of low-resolution scans rendered at their own resolution or enlarged.

`documents.processing.pdf` renders an image-only page that is one scan at the
scan's own resolution when that lies between MIN_NATIVE_DPI and ReadOptions.dpi,
and enlarges it to ReadOptions.dpi otherwise. This benchmark reads the same scans
both ways, so that MIN_NATIVE_DPI can be chosen from measurements.

It renders the clean text of a fixed choice of synthetic test documents and clean
held-out documents, Russian and English, to A4 pages at SOURCE_DPI with
`bench.scanned` (its fonts, tilt, blur, grain and JPEG). Each page is reduced to
every target resolution with a box filter by default, because a scanner's sensor
cell averages the light over its area. The pages of a document then go into an
image-only PDF at that resolution, JPEG-compressed at the document's own quality.
The product's PdfReader reads every PDF twice with the default ReadOptions:

- native: MIN_NATIVE_DPI patched to 0, so the page is rendered at the scan's
  resolution;
- enlarged: MIN_NATIVE_DPI patched to infinity, so the page is rendered at
  ReadOptions.dpi.

Per DPI it prints the mean character similarity of the OCR text of each page to
the text printed on it, as difflib's SequenceMatcher ratio over text whose
whitespace runs are single spaces, so layout spaces do not count. It also prints
the share of expected values (number, INN, KPP, BIK, account and others printed
as stored) that the OCR text contains as whole words, and the wall-clock and CPU
seconds of each mode, Tesseract included. The worker processes run both modes of
a document side by side, so each mode's wall-clock time includes the same
contention.

The PDFs are written to a temporary directory under /tmp that is removed at the
end, and nothing is cached. Run it from the repository root:

    .venv/bin/python -m bench.scan_resolution --documents 12 --dpi 150,200
"""

import argparse
import dataclasses
import difflib
import io
import logging
import math
import random
import re
import resource
import statistics
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pypdfium2 as pdfium
from PIL import Image

from documents.processing import ocr, pdf
from documents.processing.base import ReadOptions
from documents.processing.errors import ProcessingError

from .accuracy import tuned_holdout_documents
from .scanned import (
    DEFAULT_WORKERS,
    clean_text,
    fitted_style,
    layout_pages,
    page_style,
    printed_text,
    render_document,
)
from .synthetic import LANGUAGES, generate_split

# Pages are printed at the resolution that the reader renders at by default and
# reduced from there, so every target below it is a true downsample.
SOURCE_DPI = ReadOptions().dpi
DEFAULT_DOCUMENTS = 12
DEFAULT_DPIS = (150, 200)
# Seed of the document choice, so that every run reads the same documents.
SEED = "scan-resolution"
RESAMPLING = {"box": Image.Resampling.BOX, "lanczos": Image.Resampling.LANCZOS}
NATIVE, ENLARGED = "native", "enlarged"
# The value MIN_NATIVE_DPI is patched to in each mode. A scan is rendered at its
# own resolution when MIN_NATIVE_DPI <= scan DPI < ReadOptions.dpi.
MODES = {NATIVE: 0, ENLARGED: math.inf}
# Messages of documents.processing.ocr when its second pass over an enlarged copy
# of a page with small text is kept or dropped. NOTE: the "small text" counts
# drop to 0 without an error if ocr.py rewords these messages.
_SMALL_TEXT_WON = "Page %d read enlarged"
_SMALL_TEXT_LOST = "Page %d kept at its size: OCR confidence"


@dataclass(frozen=True)
class Sample:
    """A document rendered to page images at SOURCE_DPI, with its reference text."""

    id: str
    language: str
    images: tuple[bytes, ...]  # JPEG, one per page
    references: tuple[str, ...]  # the lines printed on each page
    values: tuple[str, ...]  # expected values that the printed text contains
    font_points: float
    jpeg_quality: int


@dataclass(frozen=True)
class Reading:
    """The page texts that one mode read from one PDF, or the error that stopped it."""

    texts: tuple[str, ...] = ()
    render_dpis: tuple[float, ...] = ()
    small_text_won: int = 0  # pages whose enlarged small-text pass was kept
    small_text_runs: int = 0  # pages where that pass ran
    wall_seconds: float = 0.0
    cpu_seconds: float = 0.0
    error: str | None = None


@dataclass(frozen=True)
class Scored:
    """The scores of one mode on one document."""

    similarities: tuple[float, ...]  # one per page
    values_found: int
    reading: Reading


def choose_documents(count: int) -> list:
    """Return `count` documents, taken in turn from four pools, the same every run.

    The pools are the synthetic test documents of index 0 and the clean held-out
    documents, each split by language. Each pool is shuffled with a fixed seed.
    """
    synthetic = generate_split("test", 1)
    holdout = [document for document in tuned_holdout_documents() if not document.noisy]
    pools = []
    for source, documents in (("synthetic", synthetic), ("holdout", holdout)):
        for language in LANGUAGES:
            pool = [document for document in documents if document.language == language]
            # A seeded generator makes the choice reproducible; nothing is secret.
            random.Random(f"{SEED}:{source}:{language}").shuffle(pool)  # noqa: S311
            pools.append(pool)
    chosen = []
    for index in range(count):
        pool = pools[index % len(pools)]
        turn = index // len(pools)
        if turn >= len(pool):
            raise ValueError(
                f"--documents {count} exceeds the {len(pool)} documents of a pool. "
                f"Use at most {len(pools) * min(len(pool) for pool in pools)}."
            )
        chosen.append(pool[turn])
    return chosen


def prepare(document) -> Sample:
    """Render the document's clean text to page images at SOURCE_DPI."""
    text = printed_text(clean_text(document))
    style = dataclasses.replace(
        fitted_style(text, page_style(document.id)), dpi=SOURCE_DPI
    )
    references = tuple("\n".join(lines) for lines in layout_pages(text, style))
    printed = normalize(text)
    values = tuple(
        value
        for value in document.expected.values()
        if isinstance(value, str) and contains_word(printed, normalize(value))
    )
    return Sample(
        id=document.id,
        language=document.language,
        images=tuple(render_document(text, style)),
        references=references,
        values=values,
        font_points=style.font_points,
        jpeg_quality=style.jpeg_quality,
    )


def write_scan_pdf(
    images: Sequence[bytes],
    path: Path,
    *,
    dpi: int,
    resample: Image.Resampling,
    jpeg_quality: int,
) -> None:
    """Reduce SOURCE_DPI page images to `dpi` and save them as an image-only PDF.

    The PDF page measures the image's pixels at `dpi`, so the reader takes the
    scan for a `dpi` scan.
    """
    pages = []
    for image in images:
        with Image.open(io.BytesIO(image)) as source:
            grey = source.convert("L")
        size = (
            round(grey.width * dpi / SOURCE_DPI),
            round(grey.height * dpi / SOURCE_DPI),
        )
        pages.append(grey.resize(size, resample))
    pages[0].save(
        path,
        format="PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=dpi,
        quality=jpeg_quality,
    )


def check_scan_dpi(path: Path, dpi: int) -> None:
    """Raise RuntimeError unless the reader measures every page as a `dpi` scan."""
    document = pdfium.PdfDocument(path)
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                measured = pdf._scan_dpi(page)
            finally:
                page.close()
            if measured != dpi:
                raise RuntimeError(
                    f"Page {index + 1} of {path} measures as a {measured}-DPI scan, "
                    f"expected {dpi} DPI."
                )
    finally:
        document.close()


class _SmallTextCounter(logging.Handler):
    """A handler that counts the outcomes of the OCR's small-text second pass."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.won = 0
        self.lost = 0

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith(_SMALL_TEXT_WON):
            self.won += 1
        elif str(record.msg).startswith(_SMALL_TEXT_LOST):
            self.lost += 1


@contextmanager
def _counted_small_text() -> Iterator[_SmallTextCounter]:
    counter = _SmallTextCounter()
    logger = logging.getLogger(ocr.__name__)
    level = logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.INFO)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)


def _cpu_seconds() -> float:
    """Return the CPU time of this process and its waited-for children (Tesseract)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def read_scan(path: Path, mode: str) -> Reading:
    """Read the PDF with the product's PdfReader, patched to render scans in `mode`."""
    options = ReadOptions()
    render_dpis: list[float] = []
    render_scale = pdf._render_scale

    def recorded_scale(page, number, page_options):
        scale = render_scale(page, number, page_options)
        render_dpis.append(round(scale * pdf.POINTS_PER_INCH, 1))
        return scale

    started, cpu_started = time.perf_counter(), _cpu_seconds()
    try:
        with (
            mock.patch.object(pdf, "MIN_NATIVE_DPI", MODES[mode]),
            mock.patch.object(pdf, "_render_scale", recorded_scale),
            _counted_small_text() as counter,
            pdf.PdfReader(path, options) as reader,
        ):
            pages = list(reader.pages())
    except ProcessingError as error:
        return Reading(error=f"{error.code}: {error}")
    wall_seconds = time.perf_counter() - started
    not_ocr = [page.number for page in pages if page.source != "ocr"]
    if not_ocr:
        return Reading(error=f"pages {not_ocr} were read from a text layer, not OCR")
    return Reading(
        texts=tuple(page.text for page in pages),
        render_dpis=tuple(render_dpis),
        small_text_won=counter.won,
        small_text_runs=counter.won + counter.lost,
        wall_seconds=wall_seconds,
        cpu_seconds=_cpu_seconds() - cpu_started,
    )


def _read_job(job: tuple[Path, str]) -> Reading:
    return read_scan(*job)


def normalize(text: str) -> str:
    """Return `text` with every whitespace run replaced by one space."""
    return " ".join(text.split())


def contains_word(text: str, value: str) -> bool:
    """Return whether `value` occurs in `text` with no letter or digit next to it."""
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


def similarity(reference: str, text: str) -> float:
    """Return difflib's ratio between the two texts with whitespace normalized.

    The ratio is 2M/T, where M is the number of matched characters and T the
    length of both texts. autojunk is off, so that spaces and frequent letters of
    a long page still count.
    """
    matcher = difflib.SequenceMatcher(
        None, normalize(reference), normalize(text), autojunk=False
    )
    return matcher.ratio()


def score(sample: Sample, reading: Reading) -> Scored:
    """Score the reading of a sample page by page and by its expected values."""
    if len(reading.texts) != len(sample.references):
        raise RuntimeError(
            f"{sample.id}: the reader returned {len(reading.texts)} pages, "
            f"expected {len(sample.references)}."
        )
    similarities = tuple(
        similarity(reference, text)
        for reference, text in zip(sample.references, reading.texts, strict=True)
    )
    read = normalize("\n".join(reading.texts))
    found = sum(contains_word(read, normalize(value)) for value in sample.values)
    return Scored(similarities=similarities, values_found=found, reading=reading)


def _mean(values: Sequence[float]) -> str:
    return f"{statistics.fmean(values):.3f}" if values else "  -  "


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


@dataclass(frozen=True)
class Comparison:
    """Native against enlarged similarity over the pages of one DPI."""

    ratio: float  # mean native similarity / mean enlarged similarity
    difference: float  # mean of native - enlarged per page
    standard_error: float | None  # of `difference`; None for one page

    def is_noise(self) -> bool:
        """Return whether the difference lies within two standard errors of 0."""
        if self.standard_error is None:
            return True
        return abs(self.difference) <= 2 * self.standard_error


def report(
    dpi: int, samples: Sequence[Sample], results: dict[str, list[Scored]]
) -> Comparison | None:
    """Print the table of one DPI and return its comparison, or None without pages."""
    languages = [
        sample.language for sample in samples for _ in range(len(sample.references))
    ]
    per_language = ", ".join(
        f"{languages.count(language)} {language}" for language in LANGUAGES
    )
    print(f"\n## {dpi}-DPI scans: {len(languages)} pages of {len(samples)} documents")
    print(f"Pages by language: {per_language}")
    print(
        f"{'mode':<9} {'similarity':>10} "
        + " ".join(f"{language:>6}" for language in LANGUAGES)
        + f" {'values found':>14} {'render DPI':>10} {'small text':>10}"
        + f" {'wall s':>7} {'CPU s':>7}"
    )
    total_values = sum(len(sample.values) for sample in samples)
    for mode in MODES:
        _print_mode_row(mode, results[mode], languages, total_values)
    print(
        "small text: pages whose OCR second pass over an enlarged copy (for "
        "small text) was kept / ran"
    )

    native, enlarged = (
        [value for item in results[mode] for value in item.similarities]
        for mode in (NATIVE, ENLARGED)
    )
    if not native:
        return None
    comparison = compare(native, enlarged)
    difference = f"{comparison.difference:+.4f}"
    if comparison.standard_error is not None:
        difference += f" ± {comparison.standard_error:.4f} (mean ± standard error)"
    higher = sum(a > b for a, b in zip(native, enlarged, strict=True))
    lower = sum(a < b for a, b in zip(native, enlarged, strict=True))
    print(
        f"native/enlarged similarity {comparison.ratio:.4f}; native - enlarged per "
        f"page {difference}; native higher on {higher} and lower on {lower} of "
        f"{len(native)} pages"
    )
    return comparison


def _print_mode_row(
    mode: str, scored: Sequence[Scored], languages: Sequence[str], total_values: int
) -> None:
    """Print one mode's row of the table. `languages` has one entry per page."""
    similarities = [value for item in scored for value in item.similarities]
    by_language = []
    for subset in LANGUAGES:
        subset_similarities = [
            value
            for value, language in zip(similarities, languages, strict=True)
            if language == subset
        ]
        by_language.append(_mean(subset_similarities))
    found = sum(item.values_found for item in scored)
    render_dpis = sorted(
        {value for item in scored for value in item.reading.render_dpis}
    )
    small_won = sum(item.reading.small_text_won for item in scored)
    small_runs = sum(item.reading.small_text_runs for item in scored)
    wall = sum(item.reading.wall_seconds for item in scored)
    cpu = sum(item.reading.cpu_seconds for item in scored)
    print(
        f"{mode:<9} {_mean(similarities):>10} "
        + " ".join(f"{value:>6}" for value in by_language)
        + f" {found:>4}/{total_values:<4} {_share(found, total_values):>5}"
        + f" {'/'.join(f'{value:g}' for value in render_dpis):>10}"
        + f" {f'{small_won}/{small_runs}':>10}"
        + f" {wall:>7.1f} {cpu:>7.1f}"
    )


def compare(native: Sequence[float], enlarged: Sequence[float]) -> Comparison:
    """Compare the page similarities of the two modes, given in the same page order."""
    differences = [a - b for a, b in zip(native, enlarged, strict=True)]
    standard_error = None
    if len(differences) > 1:
        standard_error = statistics.stdev(differences) / math.sqrt(len(differences))
    return Comparison(
        ratio=statistics.fmean(native) / statistics.fmean(enlarged),
        difference=statistics.fmean(differences),
        standard_error=standard_error,
    )


def run(
    documents: Sequence,
    dpis: Sequence[int],
    *,
    workers: int,
    resample: Image.Resampling,
) -> dict[int, Comparison | None]:
    """Print, read and score the documents at every DPI; return each comparison."""
    started = time.perf_counter()
    samples = [prepare(document) for document in documents]
    print(
        f"Rendered {len(samples)} documents "
        f"({sum(len(sample.images) for sample in samples)} pages) at {SOURCE_DPI} DPI "
        f"in {time.perf_counter() - started:.1f} s"
    )
    comparisons = {}
    with (
        tempfile.TemporaryDirectory(prefix="bench-scan-resolution-") as directory,
        ProcessPoolExecutor(max_workers=workers) as pool,
    ):
        for dpi in dpis:
            jobs = []
            for index, sample in enumerate(samples):
                path = Path(directory) / f"{dpi}-{index}.pdf"
                write_scan_pdf(
                    sample.images,
                    path,
                    dpi=dpi,
                    resample=resample,
                    jpeg_quality=sample.jpeg_quality,
                )
                check_scan_dpi(path, dpi)
                # Both modes of a document run side by side, so that they share
                # the same contention for the CPUs.
                jobs.extend((path, mode) for mode in MODES)
            readings = pool.map(_read_job, jobs)
            samples_read, results = _collect(dpi, samples, readings)
            comparisons[dpi] = report(dpi, samples_read, results)
    print(f"\nTotal {time.perf_counter() - started:.1f} s")
    return comparisons


def _collect(
    dpi: int, samples: Sequence[Sample], readings: Iterator[Reading]
) -> tuple[list[Sample], dict[str, list[Scored]]]:
    """Score the readings of one DPI, leaving out documents that a mode failed on.

    `readings` contains the reading of every mode for each sample in turn.
    Returns the samples that were read and the scores of each mode in their order.
    """
    samples_read: list[Sample] = []
    results: dict[str, list[Scored]] = {mode: [] for mode in MODES}
    for sample in samples:
        pair = {mode: next(readings) for mode in MODES}
        errors = [
            f"{mode}: {reading.error}"
            for mode, reading in pair.items()
            if reading.error
        ]
        if errors:
            print(f"{dpi} DPI {sample.id}: left out, {'; '.join(errors)}")
            continue
        scored = {mode: score(sample, reading) for mode, reading in pair.items()}
        samples_read.append(sample)
        for mode, item in scored.items():
            results[mode].append(item)
        summary = ", ".join(
            f"{mode} {statistics.fmean(item.similarities):.3f} "
            f"in {item.reading.wall_seconds:.1f} s"
            for mode, item in scored.items()
        )
        print(f"{dpi} DPI {sample.id} ({sample.font_points} pt): similarity {summary}")
    return samples_read, results


def conclusion(comparisons: dict[int, Comparison | None]) -> str:
    """Return one line that names, per DPI, the mode that read better, if either."""
    measured = {dpi: item for dpi, item in comparisons.items() if item is not None}
    if not measured:
        return "Conclusion: no document was read in both modes."
    parts = []
    for dpi, item in measured.items():
        if item.is_noise():
            verdict = "within two standard errors of equal"
        elif item.difference > 0:
            verdict = "native better"
        else:
            verdict = "enlarged better"
        parts.append(f"at {dpi} DPI {item.ratio:.4f} ({verdict})")
    return (
        f"Conclusion: similarity native/enlarged to {ReadOptions().dpi} DPI is "
        + ", ".join(parts)
        + "."
    )


def parse_dpis(value: str) -> list[int]:
    """Parse a comma-separated list of resolutions below ReadOptions.dpi."""
    try:
        dpis = [int(part) for part in value.split(",") if part.strip()]
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"invalid DPI list {value!r}: use whole numbers separated by commas, "
            "such as 120,150,200"
        ) from error
    limit = ReadOptions().dpi
    invalid = [dpi for dpi in dpis if not 0 < dpi < limit]
    if not dpis or invalid:
        raise argparse.ArgumentTypeError(
            f"invalid DPI list {value!r}: every value must be positive and below "
            f"{limit}, the DPI that pages are enlarged to"
        )
    return dpis


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--documents",
        type=int,
        default=DEFAULT_DOCUMENTS,
        help="documents to read, taken in turn from synthetic Russian, synthetic "
        f"English, held-out Russian and held-out English (default "
        f"{DEFAULT_DOCUMENTS})",
    )
    parser.add_argument(
        "--dpi",
        type=parse_dpis,
        default=list(DEFAULT_DPIS),
        help="scan resolutions in DPI, separated by commas (default "
        f"{','.join(map(str, DEFAULT_DPIS))})",
    )
    parser.add_argument(
        "--resample",
        choices=sorted(RESAMPLING),
        default="box",
        help="filter that reduces the printed pages to the scan resolution "
        "(default box)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=DEFAULT_WORKERS,
        help=f"OCR processes (default {DEFAULT_WORKERS})",
    )
    args = parser.parse_args()
    if args.documents < 1:
        parser.error(f"--documents must be at least 1, got {args.documents}")
    if args.workers < 1:
        parser.error(f"--workers must be at least 1, got {args.workers}")
    try:
        documents = choose_documents(args.documents)
    except ValueError as error:
        parser.error(str(error))
    comparisons = run(
        documents,
        args.dpi,
        workers=args.workers,
        resample=RESAMPLING[args.resample],
    )
    print(conclusion(comparisons))


if __name__ == "__main__":
    main()
