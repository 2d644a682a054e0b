"""ProcessingError, the exception for unreadable documents."""

import pickle

from documents.processing.errors import ProcessingError


def test_error_survives_pickling():
    error = ProcessingError("invalid_file", "The file is damaged.")

    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - the test made the bytes

    assert copy.code == "invalid_file"
    assert copy.message == "The file is damaged."


def test_error_string_names_code():
    error = ProcessingError("ocr_timeout", "OCR timed out.")

    text = str(error)

    assert text == "ocr_timeout: OCR timed out."
