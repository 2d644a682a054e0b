"""JWT authentication that turns malformed claims into 401 instead of 500."""

from django.core.exceptions import ValidationError
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken


class AccountJWTAuthentication(JWTAuthentication):
    """SimpleJWT's authentication, safe for signed tokens with odd claim types.

    A token signed with the right key but carrying, say, a list as user id or
    an expiry past the year 9999 made SimpleJWT 5.5 raise ValueError or
    OverflowError, which DRF turns into a 500 response.
    """

    def get_validated_token(self, raw_token: bytes):
        try:
            return super().get_validated_token(raw_token)
        except (ValueError, TypeError, OverflowError) as exc:
            raise InvalidToken() from exc

    def get_user(self, validated_token):
        try:
            return super().get_user(validated_token)
        except (ValueError, TypeError, ValidationError) as exc:
            raise InvalidToken() from exc
