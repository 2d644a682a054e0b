from django.urls import path

from accounts.views import TokenObtainView, TokenRefreshAccountView

urlpatterns = [
    path("token/", TokenObtainView.as_view(), name="token_obtain_pair"),
    path("token/refresh/", TokenRefreshAccountView.as_view(), name="token_refresh"),
]
