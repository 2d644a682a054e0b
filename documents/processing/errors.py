"""The exception that the reading engine raises for documents it cannot read."""

INVALID_FILE = "invalid_file"
ENCRYPTED_PDF = "encrypted_pdf"
IMAGE_TOO_LARGE = "image_too_large"
TOO_MANY_PAGES = "too_many_pages"
OCR_FAILED = "ocr_failed"
OCR_TIMEOUT = "ocr_timeout"
UNSUPPORTED_FILE_TYPE = "unsupported_file_type"


class ProcessingError(Exception):
    """A document that cannot be read.

    `code` is a stable machine code (one of the constants above), and `message` is a
    sentence for the user that names the problem and the fix.
    """

    def __init__(self, code: str, message: str) -> None:
        # Both values go to Exception.args so that pickling (Celery results) works.
        super().__init__(code, message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
