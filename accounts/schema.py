"""OpenAPI description of DocAI's JWT authentication (Bearer tokens)."""

from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme


class AccountJWTScheme(SimpleJWTScheme):
    target_class = "accounts.authentication.AccountJWTAuthentication"
