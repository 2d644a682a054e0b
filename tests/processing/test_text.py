"""Text normalization and the garbled text layer check."""

import pytest

from documents.processing.text import garbled_reason, normalize_text


def test_normalize_unifies_line_breaks():
    text = normalize_text("one\r\ntwo\rthree\n")

    assert text == "one\ntwo\nthree"


def test_normalize_strips_trailing_spaces():
    text = normalize_text("total  \t\n  indented line ")

    assert text == "total\n  indented line"


def test_normalize_removes_nul_and_form_feed():
    text = normalize_text("page\x00 one\x0c")

    assert text == "page one"


def test_normalize_keeps_inner_blank_lines():
    text = normalize_text("\n\nfirst paragraph\n\nsecond paragraph\n\n")

    assert text == "first paragraph\n\nsecond paragraph"


@pytest.mark.parametrize(
    "text",
    [
        "This is page 4",
        "Invoice number: INV-2024/001, total $4.11 (VAT 20%)",
        "Счёт № 1105 от 12.07.2019, ИНН 7708034472",
        "Apple iPad Air, 64 GB",
        "Contact: billing_team@example.com, https://example.com/a?p=1",
        "الداخلية وزارة",
        "東京都の住所とカタカナ",
    ],
    ids=["short", "invoice", "russian", "brand", "identifiers", "arabic", "japanese"],
)
def test_real_text_is_not_garbled(text):
    reason = garbled_reason(text)

    assert reason is None


@pytest.mark.parametrize(
    "text",
    [
        "Xgbe{yZ kd^_dk hlg_d\x11 wlZ\\Z b\x14 ij_^Zf\x1c\x0b",
        "ТНЕ СВЕАТ 0ОСИМЕNТ {еxt МоrЕ тЕхТ",
        "Hello wоrld and mоre wоrds hеre",
        "tEXt with bRoKen CaSe eVeRywhere",
    ],
    ids=["control-characters", "symbols-and-case", "mixed-scripts", "case"],
)
def test_broken_text_is_garbled(text):
    reason = garbled_reason(text)

    assert reason is not None
