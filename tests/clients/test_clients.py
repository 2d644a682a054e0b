"""The documented clients against a live server: curl, requests and fetch."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import requests

from accounts.models import User
from tests.conftest import PASSWORD

# A live server commits, so its uploads reach the broker; when the integration
# tests' worker is running, it must find the files.
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("shared_data_dir"),
]

HERE = Path(__file__).resolve().parent
EMAIL = "client@example.com"
CONTRACT = (
    "ДОГОВОР ПОСТАВКИ № 7\nг. Москва 15 марта 2024 г.\n"
    "ООО «Альфа», именуемое в дальнейшем «Поставщик», и ООО «Бета», именуемое в "
    "дальнейшем «Покупатель», заключили настоящий договор о нижеследующем.\n"
    "1. Предмет договора\n2. Права и обязанности сторон\n"
)
PAYMENT_ORDER = (
    "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 5 от 01.02.2024\nСумма 1000-00\n"
    "Плательщик ООО «Альфа» ИНН 7707083893\nБИК 044525225\n"
    "Получатель ИНН 7708034472\nНазначение платежа: оплата по счету № 3"
)


@pytest.fixture
def client_user(transactional_db):
    return User.objects.create_user(EMAIL, PASSWORD)


@pytest.fixture
def scan(corpus) -> Path:
    return corpus / "tesseract-test" / "phototest.tif"


def curl(*args: str) -> dict:
    """Run curl; return the status code and the parsed JSON body."""
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    result = subprocess.run(
        ["curl", "-sS", "-w", "\n%{http_code}", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    body, _, status = result.stdout.rpartition("\n")
    return {"status": int(status), "body": json.loads(body)}


def test_curl_token_classify_upload_poll(live_server, client_user, scan):
    base = live_server.url
    credentials = json.dumps({"email": EMAIL, "password": PASSWORD})

    login = curl(
        "-X",
        "POST",
        f"{base}/api/token/",
        "-H",
        "Content-Type: application/json",
        "-d",
        credentials,
    )
    access = login["body"]["access"]
    refresh = curl(
        "-X",
        "POST",
        f"{base}/api/token/refresh/",
        "-H",
        "Content-Type: application/json",
        "-d",
        json.dumps({"refresh": login["body"]["refresh"]}),
    )
    classify = curl(
        "-X",
        "POST",
        f"{base}/ai_agents/api/v1/classify/",
        "-H",
        f"Authorization: Bearer {access}",
        "-H",
        "Content-Type: application/json",
        "-d",
        json.dumps({"ocr_draft": CONTRACT}),
    )
    extract = curl(
        "-X",
        "POST",
        f"{base}/ai_agents/api/v1/extract/",
        "-H",
        f"Authorization: Bearer {access}",
        "-H",
        "Content-Type: application/json",
        "-d",
        json.dumps({"ocr_draft": "Invoice No. 12 dated 2024-03-15"}),
    )
    upload = curl(
        "-X", "POST", f"{base}/documents/api/v1/request/", "-F", f"files=@{scan}"
    )
    poll = curl(upload["body"]["poll_url"])  # fmt: skip

    assert login["status"] == 200
    assert refresh["status"] == 200
    assert classify["status"] == 200
    assert classify["body"]["document_type"] == "contract"
    assert extract["status"] == 200
    assert upload["status"] == 202
    assert upload["body"]["documents"][0]["mime_type"] == "image/tiff"
    assert poll["status"] == 200
    assert poll["body"]["id"] == upload["body"]["id"]


def test_curl_errors_match_contract(live_server, client_user):
    base = live_server.url

    missing = curl(
        "-X",
        "POST",
        f"{base}/ai_agents/api/v1/classify/",
        "-H",
        "Content-Type: application/json",
        "-d",
        "{}",
    )
    invalid = curl(
        "-X",
        "POST",
        f"{base}/ai_agents/api/v1/classify/",
        "-H",
        "Authorization: Bearer nonsense",
        "-H",
        "Content-Type: application/json",
        "-d",
        "{}",
    )

    assert missing["status"] == 403
    assert missing["body"] == {
        "detail": "Authentication credentials were not provided."
    }
    assert invalid["status"] == 401
    assert invalid["body"]["code"] == "token_not_valid"
    assert invalid["body"]["detail"] == "Given token not valid for any token type"


def test_requests_token_classify_upload_poll(live_server, client_user, scan):
    base = live_server.url

    login = requests.post(
        f"{base}/api/token/", json={"email": EMAIL, "password": PASSWORD}, timeout=30
    )
    headers = {"Authorization": f"Bearer {login.json()['access']}"}
    classify = requests.post(
        f"{base}/ai_agents/api/v1/classify/",
        headers=headers,
        json={"ocr_draft": PAYMENT_ORDER},
        timeout=30,
    )
    with scan.open("rb") as handle:
        upload = requests.post(
            f"{base}/documents/api/v1/request/",
            files=[("files", (scan.name, handle, "application/octet-stream"))],
            headers=headers,
            timeout=60,
        )
    poll = requests.get(upload.json()["poll_url"], timeout=30)

    assert login.status_code == 200
    assert classify.status_code == 200
    assert classify.json()["document_type"] == "payment_order"
    assert upload.status_code == 202
    assert poll.status_code == 200
    assert poll.json()["status"] in {"queued", "processing", "done"}


def test_javascript_fetch_client(live_server, client_user, scan):
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js is not installed")

    result = subprocess.run(
        [node, str(HERE / "fetch_client.mjs"), live_server.url, EMAIL, PASSWORD,
         str(scan)],
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    assert results["login"]["status"] == 200
    assert results["refresh"]["status"] == 200
    assert results["classify"]["status"] == 200
    assert results["classify"]["body"]["document_type"] == "invoice"
    assert results["noToken"]["status"] == 403
    assert results["upload"]["status"] == 202
    assert results["poll"]["status"] == 200
