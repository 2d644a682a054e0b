from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from rest_framework import serializers
from rest_framework.exceptions import AuthenticationFailed
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.serializers import (
    TokenObtainPairSerializer,
    TokenRefreshSerializer,
)
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.utils import get_md5_hash_password

from accounts import token_errors
from docai.request_keys import StrictCharField, check_body_keys


class AccountTokenObtainSerializer(TokenObtainPairSerializer):
    """Login serializer with length limits, so no oversized value reaches the DB."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.username_field] = serializers.CharField(max_length=254)
        self.fields["password"] = serializers.CharField(
            max_length=4096, trim_whitespace=False, style={"input_type": "password"}
        )

    def to_internal_value(self, data):
        if isinstance(data, dict):
            check_body_keys(
                data,
                _writable(self.fields),
                {"email": "the account's email", "password": "its password"},
            )
        return super().to_internal_value(data)

    def validate(self, attrs: dict) -> dict:
        try:
            return super().validate(attrs)
        except AuthenticationFailed as exc:
            # SimpleJWT gives one message for a wrong email, a wrong password and
            # an inactive account, so that a caller cannot tell which exist.
            raise token_errors.rejected_login(exc.detail) from exc


class AccountTokenRefreshSerializer(TokenRefreshSerializer):
    """Refresh serializer that rejects tokens of users who are gone.

    SimpleJWT 5.5 already rejects an inactive user but raises DoesNotExist (a
    500) for a deleted one, and does not compare the password hash claim.
    """

    default_error_messages = {
        "no_active_account": "No active account found for the given token.",
        "password_changed": "The user's password has been changed.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A number or a boolean is a malformed request (400), not a token that
        # failed its checks (401).
        self.fields["refresh"] = StrictCharField()

    def to_internal_value(self, data):
        if isinstance(data, dict):
            check_body_keys(
                data,
                _writable(self.fields),
                {"refresh": "the refresh token from POST /api/token/"},
            )
        return super().to_internal_value(data)

    def validate(self, attrs: dict) -> dict:
        try:
            refresh = RefreshToken(attrs["refresh"])
        except TokenError as exc:
            raise token_errors.rejected_refresh_token(exc.args[0]) from exc
        user_id = refresh.payload.get(api_settings.USER_ID_CLAIM)
        try:
            user = (
                get_user_model()
                .objects.filter(**{api_settings.USER_ID_FIELD: user_id})
                .first()
            )
        except (ValueError, TypeError, ValidationError) as exc:
            raise token_errors.rejected_refresh_token("Token is invalid") from exc
        if user is None or not api_settings.USER_AUTHENTICATION_RULE(user):
            self.fail_authentication("no_active_account")
        if api_settings.CHECK_REVOKE_TOKEN:
            claim = refresh.payload.get(api_settings.REVOKE_TOKEN_CLAIM)
            if claim != get_md5_hash_password(user.password):
                self.fail_authentication("password_changed")
        return super().validate(attrs)

    def fail_authentication(self, code: str) -> None:
        raise token_errors.rejected_account(code, self.error_messages[code])


def _writable(fields) -> list[str]:
    """Return the names of the fields a request may send (not output-only ones)."""
    return [name for name, field in fields.items() if not field.read_only]
