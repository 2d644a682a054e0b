"""Folding of case, homoglyphs and OCR noise, and offsets back into the original."""

import pytest

from ai_agents.engines.text import NormalizedText, collapse_spaces, compile_folded, fold

SCHET = "\u0421\u0427\u0415\u0422"  # СЧЕТ in Cyrillic
SCHET_LATIN_C = "C\u0427\u0415\u0422"  # the first letter is a Latin C
AKT_CYRILLIC = "\u0410\u041a\u0422"
AKT_LATIN = "AKT"


@pytest.mark.parametrize(
    ("first", "second"),
    (
        (SCHET, SCHET_LATIN_C),
        (AKT_CYRILLIC, AKT_LATIN),
        ("ПЛАТЁЖНОЕ", "платежное"),
        ("INVOICE", "invoice"),
        ("Invoice", "Invоice"),  # the second has a Cyrillic о
        ("5\u00a0250", "5 250"),
        ("5250–90", "5250-90"),
    ),
)
def test_fold_equates_lookalike_spellings(first, second):
    folded_first = fold(first)
    folded_second = fold(second)

    assert folded_first == folded_second


@pytest.mark.parametrize("text", ("СЧЁТ № 5", "İstanbul", "Straße", "", "ПАСПОРТ\r\n"))
def test_fold_keeps_length(text):
    folded = fold(text)

    assert len(folded) == len(text)


def test_compiled_pattern_matches_noisy_spelling():
    pattern = compile_folded(r"\bсч[её]т\s+на\s+оплату")

    match = pattern.search(fold("CЧЕТ HA ОПЛАТУ № 5"))

    assert match is not None


def test_compiled_pattern_keeps_escapes():
    pattern = compile_folded(r"(?P<value>\d{3})\S")

    match = pattern.search("abc 123x")

    assert match.group("value") == "123"


def test_spaced_title_joined():
    document = NormalizedText("С Ч Е Т   Н А   О П Л А Т У № 5")

    assert document.text == fold("СЧЕТ НА ОПЛАТУ № 5")


def test_spaced_title_needs_three_letters():
    document = NormalizedText("Я И ТЫ")

    assert document.text == fold("Я И ТЫ")


def test_hyphenated_line_break_joined():
    document = NormalizedText("Дого-\nвор поставки")

    assert document.text == fold("Договор поставки")


def test_hyphen_before_capital_kept():
    document = NormalizedText("Санкт-\nПетербург")

    assert document.text == fold("Санкт-\nПетербург")


def test_crlf_becomes_single_newline():
    document = NormalizedText("line one\r\nline two")

    assert document.text == "line one\nline two"


def test_original_span_covers_removed_characters():
    original = "АКТ\nоказан-\nных услуг № 7"
    document = NormalizedText(original)
    start = document.text.index(fold("оказанных"))

    span = document.original_span(start, start + len("оказанных услуг"))

    assert original[span[0] : span[1]] == "оказан-\nных услуг"


def test_original_span_after_spaced_title():
    original = "С Ч Е Т № 42"
    document = NormalizedText(original)
    start = document.text.index("42")

    span = document.original_span(start, start + 2)

    assert original[span[0] : span[1]] == "42"


def test_empty_text_normalizes_empty():
    document = NormalizedText("")

    assert document.text == ""
    assert document.original_span(0, 0) == (0, 0)
    assert document.letter_count == 0


def test_top_end_counts_text_lines():
    document = NormalizedText("one\n\n\ntwo\nthree\nfour")

    end = document.top_end(2)

    assert document.text[:end] == "one\n\n\ntwo"


@pytest.mark.parametrize(
    ("raw", "expected"),
    (
        ("УФК по г. Москве (ИФНС\nРоссии)", "УФК по г. Москве (ИФНС России)"),
        ("Санкт-\nПетербург", "Санкт-Петербург"),
        ("Межрай-\nонная", "Межрайонная"),
        ("  ООО   «Ромашка» ", "ООО «Ромашка»"),
    ),
)
def test_collapse_spaces_joins_lines(raw, expected):
    collapsed = collapse_spaces(raw)

    assert collapsed == expected
