"""Fit the temperature of the classifier's confidences on the calibration split.

Run `python -m bench.calibrate` from the repository root. It prints the fitted
CONFIDENCE_TEMPERATURE for ai_agents/engines/calibration.py and the ECE on both
synthetic splits before and after scaling. It never reads the test split to fit.
"""

import math

from ai_agents.engines.calibration import calibrated_softmax
from ai_agents.engines.classifier import RuleClassifier
from ai_agents.engines.taxonomy import document_type_codes
from ai_agents.engines.text import NormalizedText

from .metrics import reliability
from .synthetic import generate_split

_CLASSIFIER = RuleClassifier()
_CODES = document_type_codes()


def classifier_logits(text: str) -> dict[str, float] | None:
    """Return the built-in classifier's uncalibrated logits per type code.

    Returns None for near-empty text, which gets a fixed confidence that no
    temperature changes.
    """
    document = NormalizedText(text)
    if document.letter_count < _CLASSIFIER.settings.min_letters:
        return None
    return _CLASSIFIER.logits(_CLASSIFIER.score(document, _CODES))


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


def labelled_logits(split: str) -> list[tuple[dict[str, float], str]]:
    samples = []
    for document in generate_split(split):
        logits = classifier_logits(document.text)
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
    calibration = labelled_logits("calibration")
    temperature = fit_temperature(calibration)
    print(f"Calibration split: {len(calibration)} documents")
    print(f"CONFIDENCE_TEMPERATURE = {temperature}")
    test = labelled_logits("test")
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
