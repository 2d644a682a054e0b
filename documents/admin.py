from django.contrib import admin

from ai_agents.admin import LLMCallInline
from documents.models import Document, DocumentRequest, Page


class DocumentInline(admin.TabularInline):
    model = Document
    extra = 0
    can_delete = False
    show_change_link = True
    fields = (
        "position",
        "original_name",
        "mime_type",
        "status",
        "page_count",
        "error_code",
    )
    readonly_fields = fields


@admin.register(DocumentRequest)
class DocumentRequestAdmin(admin.ModelAdmin):
    list_display = ("public_id", "user", "engine", "model", "created_at")
    list_filter = ("engine",)
    search_fields = ("public_id", "user__email")
    readonly_fields = ("public_id", "user", "engine", "model", "created_at")
    inlines = [DocumentInline]


class PageInline(admin.StackedInline):
    model = Page
    extra = 0
    can_delete = False
    fields = ("number", "source", "confidence", "text")
    readonly_fields = fields


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = (
        "original_name",
        "status",
        "mime_type",
        "page_count",
        "engine",
        "model",
        "error_code",
        "created_at",
    )
    list_filter = ("status", "engine", "mime_type", "error_code")
    search_fields = ("original_name", "sha256", "request__public_id")
    exclude = ("words",)
    readonly_fields = [
        field.name for field in Document._meta.fields if field.name != "id"
    ]
    inlines = [PageInline, LLMCallInline]
