from django.urls import path

from ai_agents.views import ClassifyView, DocumentTypeListView, ExtractView

app_name = "ai_agents"

urlpatterns = [
    path("classify/", ClassifyView.as_view(), name="classify"),
    path("extract/", ExtractView.as_view(), name="extract"),
    path("document-types/", DocumentTypeListView.as_view(), name="document-types"),
]
