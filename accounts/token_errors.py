"""Error bodies for rejected tokens: the cause and the request that fixes it.

The authentication contract fixes the status, `detail` and `code` of a rejected
token (401, "Given token not valid for any token type", `token_not_valid`), so
clients that match on them keep working. The bodies built here add two keys:
`reason`, a stable code for the cause, and `hint`, a sentence naming the request
that fixes it.
"""

from rest_framework.exceptions import AuthenticationFailed as DRFAuthenticationFailed
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken

# The contract's `detail` of a rejected access token.
REJECTED_DETAIL = "Given token not valid for any token type"
LOGIN = "POST /api/token/ with your email and password"
REFRESH = 'POST /api/token/refresh/ with {"refresh": "<refresh token>"}'

# SimpleJWT's messages (the API is served in English only) and the reason codes
# they map to.
_REASONS = {
    "Token is expired": "expired",
    "Token has wrong type": "wrong_type",
    "Token is blacklisted": "revoked",
}

_ACCESS_HINTS = {
    "expired": f"The access token has expired. Get a new one with {REFRESH}, "
    f"or log in again with {LOGIN}.",
    "wrong_type": "This is a refresh token. Send the access token in the "
    f"Authorization header; use the refresh token only with {REFRESH}.",
    "revoked": f"The token was revoked. Log in again with {LOGIN}.",
    "invalid": "The token is damaged, cut short or signed by another server. "
    f"Send the access token exactly as {LOGIN} returned it, or log in again.",
}

_REFRESH_HINTS = {
    "expired": f"The refresh token has expired. Log in again with {LOGIN}.",
    "wrong_type": "This is an access token. Send the refresh token that "
    f"{LOGIN} returned.",
    "revoked": f"The refresh token was revoked. Log in again with {LOGIN}.",
    "invalid": "The refresh token is damaged, cut short or signed by another "
    f"server. Send it exactly as {LOGIN} returned it, or log in again.",
}

# Hints for the account checks that follow a token with a valid signature.
ACCOUNT_HINTS = {
    "password_changed": "The password was changed after this token was issued, "
    f"which signs out every session. Log in again with {LOGIN}.",
    "user_inactive": "The account is deactivated; an administrator can "
    "activate it in the Django admin.",
    "user_not_found": f"The account no longer exists. Log in with {LOGIN} as an "
    "existing user.",
    "no_active_account": "The account is deactivated or deleted; log in as an "
    "active user or ask an administrator.",
}


def reason_of(message: str) -> str:
    """Return the reason code of one of SimpleJWT's token messages."""
    return _REASONS.get(str(message), "invalid")


def rejected_access_token(error: InvalidToken | None = None) -> InvalidToken:
    """Return the contract's error for an access token, with reason and hint.

    `error` is SimpleJWT's error, whose `messages` give each token class's cause;
    without it the token is reported as invalid.
    """
    detail = error.detail if error is not None else None
    messages = (detail.get("messages") if isinstance(detail, dict) else None) or []
    access = [item for item in messages if item.get("token_type") == "access"]
    reason = reason_of(access[0]["message"]) if access else "invalid"
    body = {"detail": REJECTED_DETAIL, "reason": reason, "hint": _ACCESS_HINTS[reason]}
    if messages:
        body["messages"] = messages
    return InvalidToken(body)


def rejected_account(code: str, message: str) -> AuthenticationFailed:
    """Return the error for a valid token whose account check failed with `code`."""
    return AuthenticationFailed(
        {"detail": str(message), "reason": code, "hint": ACCOUNT_HINTS[code]},
        code=code,
    )


LOGIN_HINT = (
    "Check the email and the password (the password is case-sensitive). An "
    "administrator can reset the password or activate the account in the Django "
    "admin (/admin/)."
)


def rejected_login(detail) -> AuthenticationFailed:
    """Return the login error `detail` from SimpleJWT with a hint, keeping its
    message and code."""
    message = detail.get("detail", "") if isinstance(detail, dict) else detail
    code = getattr(message, "code", None) or "no_active_account"
    return AuthenticationFailed({"detail": str(message), "hint": LOGIN_HINT}, code=code)


def malformed_header(error: DRFAuthenticationFailed) -> AuthenticationFailed:
    """Return `error`, an Authorization header that is not "Bearer <token>", with a
    hint."""
    detail = error.detail
    if isinstance(detail, dict):
        # SimpleJWT raises its own AuthenticationFailed for a header without a
        # token, whose detail is {"detail": message, "code": code}.
        detail = detail.get("detail", "")
    return AuthenticationFailed(
        {
            "detail": str(detail),
            "hint": 'Send the header as "Authorization: Bearer <access token>": '
            "the word Bearer, one space and the token, with no other spaces.",
        },
        code="bad_authorization_header",
    )


def rejected_refresh_token(message: str) -> InvalidToken:
    """Return the error for a refresh token that SimpleJWT rejected with `message`."""
    reason = reason_of(message)
    return InvalidToken(
        {"detail": str(message), "reason": reason, "hint": _REFRESH_HINTS[reason]}
    )
