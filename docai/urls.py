from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from docai.health import HealthView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("accounts.urls")),
    path("api/health/", HealthView.as_view(), name="health"),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path(
        "api/docs/",
        SpectacularSwaggerView.as_view(url_name="schema"),
        name="swagger-ui",
    ),
    path("documents/api/v1/", include("documents.urls")),
    path("ai_agents/api/v1/", include("ai_agents.urls")),
]

handler400 = "docai.exceptions.json_bad_request"
handler404 = "docai.exceptions.json_not_found"
handler500 = "docai.exceptions.json_server_error"
