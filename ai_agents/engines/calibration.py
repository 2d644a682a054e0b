"""Calibration of the rule classifier's confidences by temperature scaling.

The classifier's raw logits are its evidence scores divided by
`ClassifierSettings.temperature`, a hand-set spread. Dividing them once more by
`CONFIDENCE_TEMPERATURE` before the softmax makes the top confidence track the
observed accuracy. Scaling every logit by one positive constant keeps the order of
the candidates, so calibration never changes the chosen type.

CONFIDENCE_TEMPERATURE was fitted by `python -m bench.calibrate`, which minimizes
the negative log-likelihood of the true type over the synthetic calibration split
of `bench.synthetic` (1040 documents, 13 types, Russian and English), with the
sentence-embedding signal of `embedding` on. Refit it whenever the classifier's
signals or settings change. Without the embedding signal the fit was 0.349.

NOTE: the fit saw only built-in types and synthetic text. Operator keywords and
example texts add evidence on another scale, so confidences of operator-defined
types are not checked against accuracy.
"""

import math
from collections.abc import Mapping

CONFIDENCE_TEMPERATURE = 0.337


def calibrated_softmax(
    logits: Mapping[str, float], temperature: float = CONFIDENCE_TEMPERATURE
) -> dict[str, float]:
    """Return softmax(logit / temperature) per code, unrounded.

    Raises ValueError when `temperature` is not positive.
    """
    if temperature <= 0:
        raise ValueError(f"Temperature must be positive, got {temperature!r}.")
    if not logits:
        return {}
    peak = max(logits.values())
    weights = {
        code: math.exp((logit - peak) / temperature) for code, logit in logits.items()
    }
    total = sum(weights.values())
    return {code: weight / total for code, weight in weights.items()}
