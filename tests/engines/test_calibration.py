"""Temperature scaling of the classifier's confidences."""

import math

import pytest

from ai_agents.engines import get_engine
from ai_agents.engines.calibration import CONFIDENCE_TEMPERATURE, calibrated_softmax
from ai_agents.engines.classifier import ClassifierSettings, RuleClassifier
from ai_agents.engines.embedded import EmbeddedEngine
from ai_agents.engines.taxonomy import document_type_codes
from ai_agents.engines.text import NormalizedText

from .samples import SAMPLES

LOGITS = {"invoice": 4.2, "act": 1.5, "upd": 3.9, "other": 1.6, "letter": -1.4}


@pytest.fixture(scope="module")
def engine():
    return get_engine()


@pytest.fixture(scope="module")
def uncalibrated_engine():
    return EmbeddedEngine(
        classifier_settings=ClassifierSettings(calibration_temperature=1.0)
    )


def test_temperature_constant_positive():
    assert CONFIDENCE_TEMPERATURE > 0


@pytest.mark.parametrize("temperature", (0.1, 0.349, 1.0, 4.0))
def test_softmax_sums_to_one(temperature):
    probabilities = calibrated_softmax(LOGITS, temperature)

    assert math.isclose(sum(probabilities.values()), 1.0)
    assert all(0.0 <= value <= 1.0 for value in probabilities.values())


@pytest.mark.parametrize("temperature", (0.1, 0.349, 1.0, 4.0))
def test_softmax_keeps_logit_order(temperature):
    probabilities = calibrated_softmax(LOGITS, temperature)

    by_logit = sorted(LOGITS, key=LOGITS.__getitem__)
    by_probability = sorted(probabilities, key=probabilities.__getitem__)
    assert by_probability == by_logit


def test_softmax_large_logits_no_overflow():
    probabilities = calibrated_softmax({"invoice": 900.0, "other": 1.0}, 0.01)

    assert probabilities["invoice"] == 1.0
    assert probabilities["other"] == 0.0


@pytest.mark.parametrize("temperature", (0.0, -1.0))
def test_softmax_rejects_non_positive_temperature(temperature):
    with pytest.raises(ValueError, match="Temperature must be positive"):
        calibrated_softmax(LOGITS, temperature)


def test_softmax_empty_logits():
    assert calibrated_softmax({}) == {}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: sample.id)
def test_calibrated_confidence_in_range(engine, sample):
    classification = engine.classify(sample.text)

    assert 0.0 <= classification.confidence <= 1.0
    for candidate in classification.alternatives:
        assert 0.0 < candidate.confidence <= 1.0


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: sample.id)
def test_calibration_keeps_chosen_type(engine, uncalibrated_engine, sample):
    calibrated = engine.classify(sample.text)
    uncalibrated = uncalibrated_engine.classify(sample.text)

    assert calibrated.document_type == uncalibrated.document_type


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: sample.id)
def test_calibration_keeps_candidate_order(sample):
    classifier = RuleClassifier()
    logits = classifier.logits(
        classifier.score(NormalizedText(sample.text), document_type_codes())
    )
    raw = calibrated_softmax(logits, 1.0)
    calibrated = calibrated_softmax(logits)

    def order(probabilities):
        return sorted(probabilities, key=lambda code: (-logits[code], code))

    assert order(calibrated) == order(raw)
    for first, second in zip(order(raw), order(raw)[1:], strict=False):
        assert calibrated[first] >= calibrated[second]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda sample: sample.id)
def test_alternatives_follow_uncalibrated_order(engine, uncalibrated_engine, sample):
    calibrated = engine.classify(sample.text)
    uncalibrated = uncalibrated_engine.classify(sample.text)

    calibrated_codes = [c.document_type for c in calibrated.alternatives]
    uncalibrated_codes = [c.document_type for c in uncalibrated.alternatives]
    assert calibrated_codes == uncalibrated_codes[: len(calibrated_codes)]
