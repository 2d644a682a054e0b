from django.urls import path

from documents.views import DocumentRequestCreateView, DocumentRequestDetailView

app_name = "documents"

urlpatterns = [
    path("request/", DocumentRequestCreateView.as_view(), name="request-create"),
    path(
        "request/<str:request_id>/",
        DocumentRequestDetailView.as_view(),
        name="request-detail",
    ),
]
