"""Operator-managed document types: listing, admin editing and use by the engine."""

import html

import pytest

from accounts.models import User
from ai_agents.models import (
    DocumentTypeDefinition,
    DocumentTypeExample,
    DocumentTypeField,
)
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

TYPES = "/ai_agents/api/v1/document-types/"
CLASSIFY = "/ai_agents/api/v1/classify/"
EXTRACT = "/ai_agents/api/v1/extract/"

DECLARATION = """ДЕКЛАРАЦИЯ НА ТОВАРЫ
Регистрационный номер 10702070/150324/3012345
Декларант: ООО «Восток Импорт», ИНН 2536012345
Таможенная стоимость: 1 250 000,00 руб.
Таможенная процедура: выпуск для внутреннего потребления
Код таможенного органа 10702070, отправитель: Ningbo Trading Co.
"""


@pytest.fixture
def declaration_type(db) -> DocumentTypeDefinition:
    """A customs declaration type, as an operator would add it in the admin."""
    definition = DocumentTypeDefinition.objects.create(
        code="customs_declaration",
        name_ru="Декларация на товары",
        name_en="Customs declaration",
        external_code="09023",
        keywords="декларация на товары\nтаможенная стоимость\nдекларант",
    )
    for text in (
        "ДЕКЛАРАЦИЯ НА ТОВАРЫ Регистрационный номер 10005030/010224/0001234 "
        "Декларант ООО «Альфа» Таможенная стоимость 500 000,00 руб.",
        "Декларация на товары. Таможенная процедура: экспорт. Декларант: АО "
        "«Бета». Таможенная стоимость 75 300,00 руб. Код таможенного органа",
    ):
        DocumentTypeExample.objects.create(document_type=definition, text=text)
    DocumentTypeField.objects.create(
        document_type=definition,
        name="declaration_number",
        kind="text",
        labels="Регистрационный номер\nНомер ДТ",
    )
    DocumentTypeField.objects.create(
        document_type=definition,
        name="customs_value",
        kind="amount",
        labels="Таможенная стоимость",
    )
    return definition


def test_builtin_types_have_rows():
    codes = set(DocumentTypeDefinition.objects.values_list("code", flat=True))

    assert {"invoice", "payment_order", "passport", "other"} <= codes
    assert DocumentTypeDefinition.objects.get(code="invoice").builtin


def test_list_requires_token(api_client):
    response = api_client.get(TYPES)

    assert response.status_code == 403


def test_list_returns_builtins_with_schemas(auth_client):
    response = auth_client.get(TYPES)

    types = {item["code"]: item for item in response.json()}
    assert response.status_code == 200
    assert "payment_order" in types
    assert types["invoice"]["builtin"] is True
    assert types["invoice"]["fields"]
    assert {"name", "kind", "labels", "description"} <= set(
        types["invoice"]["fields"][0]
    )


def test_custom_type_is_listed(auth_client, declaration_type):
    response = auth_client.get(TYPES)

    types = {item["code"]: item for item in response.json()}
    declaration = types["customs_declaration"]
    assert declaration["external_code"] == "09023"
    assert declaration["builtin"] is False
    assert declaration["examples"] == 2
    assert [field["name"] for field in declaration["fields"]] == [
        "declaration_number",
        "customs_value",
    ]


def test_custom_type_classified_without_restart(auth_client):
    before = auth_client.post(CLASSIFY, {"ocr_draft": DECLARATION}, format="json")
    definition = DocumentTypeDefinition.objects.create(
        code="customs_declaration",
        name_ru="Декларация на товары",
        name_en="Customs declaration",
        keywords="декларация на товары\nтаможенная стоимость",
    )
    DocumentTypeExample.objects.create(document_type=definition, text=DECLARATION)

    after = auth_client.post(CLASSIFY, {"ocr_draft": DECLARATION}, format="json")

    assert before.json()["document_type"] != "customs_declaration"
    assert after.status_code == 200
    assert after.json()["document_type"] == "customs_declaration"


def test_custom_type_fields_extracted(auth_client, declaration_type):
    response = auth_client.post(
        EXTRACT,
        {"ocr_draft": DECLARATION, "document_type": "customs_declaration"},
        format="json",
    )

    fields = response.json()["fields"]
    assert response.status_code == 200
    assert fields["declaration_number"]["value"] == "10702070/150324/3012345"
    assert fields["customs_value"]["value"] == "1250000.00"


def test_custom_code_accepted_as_candidate(auth_client, declaration_type):
    response = auth_client.post(
        CLASSIFY,
        {"ocr_draft": DECLARATION, "candidates": ["customs_declaration", "invoice"]},
        format="json",
    )

    assert response.status_code == 200
    assert response.json()["document_type"] == "customs_declaration"


def test_inactive_custom_type_is_unknown(auth_client, declaration_type):
    declaration_type.is_active = False
    declaration_type.save()

    response = auth_client.post(
        EXTRACT,
        {"ocr_draft": DECLARATION, "document_type": "customs_declaration"},
        format="json",
    )

    assert response.status_code == 400
    assert "document_type" in response.json()


@pytest.fixture
def admin_client(client):
    admin = User.objects.create_superuser("types-admin@example.com", PASSWORD)
    client.force_login(admin)
    return client


def test_admin_adds_type_with_field(admin_client, auth_client):
    response = admin_client.post(
        "/admin/ai_agents/documenttypedefinition/add/",
        {
            "code": "customs_declaration",
            "name_ru": "Декларация на товары",
            "name_en": "Customs declaration",
            "description": "",
            "external_code": "09023",
            "keywords": "декларация на товары\nтаможенная стоимость",
            "is_active": "on",
            "fields-TOTAL_FORMS": "1",
            "fields-INITIAL_FORMS": "0",
            "fields-0-name": "customs_value",
            "fields-0-kind": "amount",
            "fields-0-labels": "Таможенная стоимость",
            "fields-0-description": "",
            "examples-TOTAL_FORMS": "1",
            "examples-INITIAL_FORMS": "0",
            "examples-0-text": DECLARATION,
        },
    )

    assert response.status_code == 302, response.content[:3000]
    extracted = auth_client.post(EXTRACT, {"ocr_draft": DECLARATION}, format="json")
    assert extracted.json()["document_type"] == "customs_declaration"
    assert extracted.json()["fields"]["customs_value"]["value"] == "1250000.00"


def test_admin_cannot_delete_builtin(admin_client):
    invoice = DocumentTypeDefinition.objects.get(code="invoice")

    response = admin_client.post(
        "/admin/ai_agents/documenttypedefinition/",
        {"action": "delete_selected", "_selected_action": [invoice.pk], "post": "yes"},
    )

    assert response.status_code in {200, 302, 403}
    assert DocumentTypeDefinition.objects.filter(code="invoice").exists()


def test_invalid_code_rejected_in_admin(admin_client):
    response = admin_client.post(
        "/admin/ai_agents/documenttypedefinition/add/",
        {
            "code": "Bad Code",
            "name_ru": "x",
            "name_en": "x",
            "fields-TOTAL_FORMS": "0",
            "fields-INITIAL_FORMS": "0",
            "examples-TOTAL_FORMS": "0",
            "examples-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 200
    assert not DocumentTypeDefinition.objects.filter(name_en="x").exists()


@pytest.mark.parametrize(
    ("name", "kind", "message"),
    [
        ("total", "date", "built-in field of kind 'amount'"),
        ("parties", "text", "reserved for the built-in parties structure"),
        ("line_items", "amount", "reserved for the built-in line_items structure"),
        ("snils", "date", "built-in field of kind 'text'"),
    ],
)
def test_admin_rejects_field_changing_builtin(admin_client, name, kind, message):
    response = admin_client.post(
        "/admin/ai_agents/documenttypedefinition/add/",
        {
            "code": "customs_declaration",
            "name_ru": "Декларация на товары",
            "name_en": "Customs declaration",
            "is_active": "on",
            "fields-TOTAL_FORMS": "1",
            "fields-INITIAL_FORMS": "0",
            "fields-0-name": name,
            "fields-0-kind": kind,
            "fields-0-labels": "Дата выпуска",
            "fields-0-description": "",
            "examples-TOTAL_FORMS": "0",
            "examples-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 200
    assert message in html.unescape(response.content.decode())
    assert not DocumentTypeDefinition.objects.filter(
        code="customs_declaration"
    ).exists()


def test_builtin_name_with_its_own_kind_allowed(auth_client, declaration_type):
    DocumentTypeField.objects.create(
        document_type=declaration_type,
        name="total",
        kind="amount",
        labels="Таможенная стоимость",
    )

    response = auth_client.post(
        EXTRACT,
        {"ocr_draft": DECLARATION, "document_type": "customs_declaration"},
        format="json",
    )

    assert response.json()["fields"]["total"]["value"] == "1250000.00"


def test_saved_field_changing_builtin_skipped(auth_client, declaration_type):
    DocumentTypeField.objects.create(
        document_type=declaration_type,
        name="total",
        kind="date",
        labels="Таможенная процедура",
    )

    response = auth_client.post(
        EXTRACT,
        {"ocr_draft": DECLARATION, "document_type": "customs_declaration"},
        format="json",
    )

    fields = response.json()["fields"]
    assert response.status_code == 200
    assert fields["customs_value"]["value"] == "1250000.00"
    assert fields.get("total", {}).get("value") in (None, "1250000.00")
