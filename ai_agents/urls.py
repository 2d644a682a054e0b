from django.urls import path

from ai_agents.views import ClassifyView, ExtractView

app_name = "ai_agents"

urlpatterns = [
    path("classify/", ClassifyView.as_view(), name="classify"),
    path("extract/", ExtractView.as_view(), name="extract"),
]
