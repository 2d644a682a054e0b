"""JWT authentication that returns 401 for malformed claims instead of 500, and
names the cause of each rejected token and the request that fixes it."""

import re

from django.core.exceptions import ValidationError
from rest_framework.exceptions import AuthenticationFailed as HeaderFailed
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken

from accounts import token_errors

_BEARER = b"bearer"


class AccountJWTAuthentication(JWTAuthentication):
    """SimpleJWT's authentication, safe for signed tokens with odd claim types.

    A token signed with the right key but carrying, say, a list as user id or
    an expiry past the year 9999 made SimpleJWT 5.5 raise ValueError or
    OverflowError, which DRF turns into a 500 response. The scheme "Bearer" is
    read in any letter case, as RFC 7235 has authentication schemes.
    """

    def get_raw_token(self, header: bytes) -> bytes | None:
        parts = header.split(None, 1)
        if parts and parts[0].lower() == _BEARER:
            header = b"Bearer " + (parts[1] if len(parts) > 1 else b"")
        try:
            return super().get_raw_token(header)
        except HeaderFailed as exc:
            raise token_errors.malformed_header(exc) from exc

    def get_validated_token(self, raw_token: bytes):
        try:
            return super().get_validated_token(raw_token)
        except InvalidToken as exc:
            raise token_errors.rejected_access_token(exc) from exc
        except (ValueError, TypeError, OverflowError) as exc:
            raise token_errors.rejected_access_token() from exc

    def get_user(self, validated_token):
        try:
            return super().get_user(validated_token)
        except (ValueError, TypeError, ValidationError) as exc:
            raise token_errors.rejected_access_token() from exc
        except AuthenticationFailed as exc:
            code = exc.detail.get("code") if isinstance(exc.detail, dict) else None
            if code not in token_errors.ACCOUNT_HINTS:
                raise
            raise token_errors.rejected_account(code, exc.detail["detail"]) from exc


# A scheme that an error may repeat: a short word, as "Token", "JWT" or "Basic".
_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,11}")


def unread_header_hint(header: str) -> str | None:
    """Return why an Authorization header carried no credentials this API reads.

    The result is None for an absent or empty header. Only a scheme shaped like
    one ("Token", "Basic") is repeated, never the value after it.
    """
    parts = header.split()
    if not parts:
        return None
    if len(parts) == 1 or not _SCHEME_RE.fullmatch(parts[0]):
        # A single value may be the secret itself, so it is never repeated.
        return (
            "The Authorization header holds a value without a scheme; send the "
            'access token as "Authorization: Bearer <access token>".'
        )
    scheme = parts[0]
    if scheme.lower() == "bearer":
        # str.split() parts "Bearer" from the token at a no-break space, which the
        # header reader, splitting bytes at ASCII blanks, does not.
        return (
            'The Authorization header separates "Bearer" from the token with a '
            "character other than one ASCII space; send "
            '"Authorization: Bearer <access token>" with a plain space.'
        )
    return (
        f'The Authorization header uses the scheme "{scheme}"; this API reads only '
        '"Authorization: Bearer <access token>", with the access token from '
        f"{token_errors.LOGIN}."
    )
