"""open_document, the entry point of the reading engine."""

import pytest

from documents.processing.errors import ProcessingError
from documents.processing.reader import ReadOptions, open_document


def test_unknown_type_is_unsupported(corpus):
    path = corpus / "paperless-ngx/simple.zip"

    with pytest.raises(ProcessingError) as raised:
        open_document(path, "application/zip", ReadOptions())

    assert raised.value.code == "unsupported_file_type"


def test_options_reject_zero_limits():
    with pytest.raises(ValueError, match="max_image_pixels"):
        ReadOptions(max_image_pixels=0)
