from django.contrib import admin

from ai_agents.models import (
    DocumentTypeDefinition,
    DocumentTypeExample,
    DocumentTypeField,
    LLMCall,
    LLMJob,
)


class ExampleInline(admin.StackedInline):
    model = DocumentTypeExample
    extra = 0
    fields = ("text",)


class FieldInline(admin.TabularInline):
    model = DocumentTypeField
    extra = 0
    fields = ("name", "kind", "labels", "description")


@admin.register(DocumentTypeDefinition)
class DocumentTypeAdmin(admin.ModelAdmin):
    list_display = (
        "code",
        "name_en",
        "name_ru",
        "external_code",
        "builtin",
        "is_active",
        "updated_at",
    )
    list_filter = ("builtin", "is_active")
    search_fields = ("code", "name_en", "name_ru", "external_code", "keywords")
    inlines = [FieldInline, ExampleInline]
    fields = (
        "code",
        "name_ru",
        "name_en",
        "description",
        "external_code",
        "keywords",
        "is_active",
        "builtin",
    )

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.builtin:
            return ("code", "builtin", "is_active")
        return ("builtin",)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.builtin:
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset.filter(builtin=False))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Inline edits must count as a change of the type, so that engines
        # rebuild from it.
        form.instance.save(update_fields=["updated_at"])


class LLMCallInline(admin.TabularInline):
    model = LLMCall
    extra = 0
    can_delete = False
    fields = (
        "purpose",
        "chunk",
        "model",
        "mode",
        "outcome",
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "latency_ms",
        "created_at",
    )
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(LLMJob)
class LLMJobAdmin(admin.ModelAdmin):
    list_display = (
        "public_id",
        "kind",
        "engine",
        "model",
        "state",
        "error_code",
        "attempts",
        "created_at",
    )
    list_filter = ("kind", "engine", "state", "error_code")
    search_fields = ("public_id", "model", "user__email")
    exclude = ("text",)
    readonly_fields = [
        field.name for field in LLMJob._meta.fields if field.name != "text"
    ]
    inlines = [LLMCallInline]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(LLMCall)
class LLMCallAdmin(admin.ModelAdmin):
    list_display = (
        "created_at",
        "purpose",
        "model",
        "mode",
        "outcome",
        "total_tokens",
        "latency_ms",
        "job",
        "document",
    )
    list_filter = ("outcome", "purpose", "mode", "model")
    search_fields = ("model", "request_id", "job__public_id")
    readonly_fields = [field.name for field in LLMCall._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
