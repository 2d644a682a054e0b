"""The API's own error type, kept apart from the handler so that parsers and
services can import it without importing DRF's views."""

from rest_framework import exceptions, status


class ApiError(exceptions.APIException):
    """An API error with a stable code and optional fields naming the value."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "invalid_request"

    def __init__(
        self, detail: str, code: str, *, status_code: int | None = None, **extra
    ) -> None:
        super().__init__(detail, code)
        self.code = code
        self.extra = extra
        if status_code is not None:
            self.status_code = status_code
