"""Mapping field spans in ocr_draft to pages and word boxes."""

from documents.services.evidence import add_evidence, page_layouts

SEPARATOR = "\n\n"
PAGE_ONE = "Invoice No 17\nTotal 4.11"
PAGE_TWO = "Seller ACME"
WORDS_ONE = [
    ["Invoice", 0.9, 10, 10, 60, 20],
    ["No", 0.9, 65, 10, 80, 20],
    ["17", 0.9, 85, 10, 100, 20],
    ["Total", 0.9, 10, 30, 50, 40],
    ["4.11", 0.9, 55, 30, 90, 42],
]
WORDS_TWO = [["Seller", 0.8, 5, 5, 40, 15], ["ACME", 0.8, 45, 5, 80, 16]]


def layouts():
    return page_layouts([(1, PAGE_ONE, WORDS_ONE), (2, PAGE_TWO, WORDS_TWO)], SEPARATOR)


def span_of(text: str, needle: str) -> list[int]:
    start = text.index(needle)
    return [start, start + len(needle)]


def test_field_on_first_page_gets_bbox():
    draft = SEPARATOR.join([PAGE_ONE, PAGE_TWO])
    fields = {"total": {"value": "4.11", "span": span_of(draft, "4.11")}}

    add_evidence(fields, layouts())

    assert fields["total"]["page"] == 1
    assert fields["total"]["bbox"] == [55, 30, 90, 42]


def test_span_over_two_words_unites_boxes():
    draft = SEPARATOR.join([PAGE_ONE, PAGE_TWO])
    fields = {"number": {"span": span_of(draft, "No 17")}}

    add_evidence(fields, layouts())

    assert fields["number"]["bbox"] == [65, 10, 100, 20]


def test_nested_party_field_on_second_page():
    draft = SEPARATOR.join([PAGE_ONE, PAGE_TWO])
    fields = {"parties": {"seller": {"name": {"span": span_of(draft, "ACME")}}}}

    add_evidence(fields, layouts())

    name = fields["parties"]["seller"]["name"]
    assert name["page"] == 2
    assert name["bbox"] == [45, 5, 80, 16]


def test_text_layer_page_gets_page_only():
    text_layer = page_layouts([(1, PAGE_ONE, [])], SEPARATOR)
    fields = {"total": {"span": span_of(PAGE_ONE, "4.11")}}

    add_evidence(fields, text_layer)

    assert fields["total"]["page"] == 1
    assert "bbox" not in fields["total"]


def test_fields_without_span_are_untouched():
    fields = {"checks": [{"code": "inn_checksum"}], "note": "x"}

    add_evidence(fields, layouts())

    assert fields == {"checks": [{"code": "inn_checksum"}], "note": "x"}
