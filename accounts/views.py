from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.throttling import ScopedRateThrottle
from rest_framework_simplejwt.views import TokenObtainPairView, TokenRefreshView

from accounts.serializers import (
    AccountTokenObtainSerializer,
    AccountTokenRefreshSerializer,
)


@extend_schema(
    summary="Log in with email and password",
    description="Returns an access token and a refresh token. Wrong credentials "
    "or an inactive account give 401 with code `no_active_account`.",
    responses={
        200: AccountTokenObtainSerializer,
        401: OpenApiResponse(description="Wrong credentials or inactive account."),
    },
)
class TokenObtainView(TokenObtainPairView):
    serializer_class = AccountTokenObtainSerializer
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "auth"


@extend_schema(
    summary="Exchange a refresh token for a new access token",
    description="A refresh token of a deactivated or deleted user, or one issued "
    "before the user's password changed, gives 401.",
    responses={
        200: AccountTokenRefreshSerializer,
        401: OpenApiResponse(description="Invalid, expired or revoked token."),
    },
)
class TokenRefreshAccountView(TokenRefreshView):
    serializer_class = AccountTokenRefreshSerializer
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "auth"
