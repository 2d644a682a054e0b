from django.contrib import admin

from ai_agents.models import (
    DocumentTypeDefinition,
    DocumentTypeExample,
    DocumentTypeField,
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
