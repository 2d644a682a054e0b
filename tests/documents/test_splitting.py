"""Splitting an upload that contains several documents into parts.

The end-to-end tests render pages with Pillow, upload them through the API and
wait for a real Celery worker, which reads them with Tesseract. The rule tests
run the splitting service on page texts with the embedded engine.
"""

import io
import logging
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image, ImageDraw, ImageFont
from rest_framework.test import APIClient

from documents.models import DocumentRequest
from documents.services.evidence import add_evidence, page_layouts, shift_spans
from documents.services.splitting import page_ranges
from tests.integration.conftest import (
    _check_services,
    _database_url,
    _wait_for_ready,
    wait_until_finished,
)

UPLOAD = "/documents/api/v1/request/"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
SEPARATOR = "\n\n"

INVOICE_318 = """ООО «Ромашка»
ИНН 7702123454  КПП 770201001
Банк получателя: ПАО СБЕРБАНК г. Москва
БИК 044525225   Сч. № 40702816000000012345

СЧЕТ НА ОПЛАТУ № 318 от 12 апреля 2024 г.

Поставщик: ООО «Ромашка», ИНН 7702123454
Покупатель: ООО «Лютик», ИНН 7810000001

№  Наименование             Кол-во  Ед.   Цена       Сумма
1  Бумага офисная А4        40      пач.  300,00     12 000,00
2  Тонер-картридж           3       шт.   2 500,00   7 500,00

Итого: 19 500,00
В том числе НДС (20%): 3 250,00
Всего к оплате: 19 500,00 руб.

Руководитель ____________ Иванов И.И.
"""

INVOICE_319 = """ООО «Ромашка»
ИНН 7702123454  КПП 770201001
Банк получателя: ПАО СБЕРБАНК г. Москва
БИК 044525225   Сч. № 40702816000000012345

СЧЕТ НА ОПЛАТУ № 319 от 15 апреля 2024 г.

Поставщик: ООО «Ромашка», ИНН 7702123454
Покупатель: ООО «Василек», ИНН 7707083893

№  Наименование             Кол-во  Ед.   Цена       Сумма
1  Папка-регистратор        20      шт.   150,00     3 000,00

Итого: 3 000,00
В том числе НДС (20%): 500,00
Всего к оплате: 3 000,00 руб.

Руководитель ____________ Иванов И.И.
"""

PAYMENT_ORDER_77 = """Поступ. в банк плат.     Списано со сч. плат.
                                                   0401060
ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 77     15.04.2024     электронно

Сумма прописью  Девятнадцать тысяч пятьсот рублей 00 копеек
ИНН 7810000001  КПП 781001001         Сумма 19500-00
ООО «Лютик»
                                      Сч. № 40802811500000054321
Плательщик
ПАО СБЕРБАНК г. Санкт-Петербург       БИК 044030653
Банк плательщика
ПАО СБЕРБАНК г. Москва                БИК 044525225
Банк получателя
ИНН 7702123454  КПП 770201001         Сч. № 40702816000000012345
ООО «Ромашка»
Получатель
Оплата по счету № 318 от 12.04.2024 за бумагу. В т.ч. НДС 20% 3250-00
Назначение платежа
"""

INVOICE_512_PAGE_1 = """ООО «Ромашка»
ИНН 7702123454  КПП 770201001
Банк получателя: ПАО СБЕРБАНК г. Москва
БИК 044525225   Сч. № 40702816000000012345

СЧЕТ НА ОПЛАТУ № 512 от 3 июня 2024 г.

Поставщик: ООО «Ромашка», ИНН 7702123454
Покупатель: ООО «Лютик», ИНН 7810000001

№  Наименование             Кол-во  Ед.   Цена       Сумма
1  Бумага офисная А4        40      пач.  300,00     12 000,00
2  Тонер-картридж           3       шт.   2 500,00   7 500,00
3  Папка-регистратор        20      шт.   150,00     3 000,00
4  Ручка шариковая          100     шт.   25,00      2 500,00
"""

# The line-item table goes on from page 1, then come the totals and the
# signatures. The page has no title and no page marker.
INVOICE_512_PAGE_2 = """№  Наименование             Кол-во  Ед.   Цена       Сумма
5  Степлер                  5       шт.   400,00     2 000,00
6  Скрепки 28 мм            10      уп.   50,00      500,00

Итого: 27 500,00
В том числе НДС (20%): 4 583,33
Всего к оплате: 27 500,00 руб.

Руководитель ____________ Иванов И.И.
Главный бухгалтер ____________ Петрова А.А.
"""


def render(text: str) -> Image.Image:
    """Draw text on a white A4 page of 200 dpi, as a scanner would deliver it."""
    if not FONT.is_file():
        pytest.skip(f"the DejaVu font is absent: {FONT} does not exist")
    image = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 28)
    for row, line in enumerate(text.splitlines()):
        draw.text((110, 120 + row * 45), line, fill=0, font=font)
    return image


def pdf_file(name: str, *texts: str) -> io.BytesIO:
    """Return a PDF with one image-only page per text, so every page is OCR'd."""
    images = [render(text) for text in texts]
    buffer = io.BytesIO()
    images[0].save(
        buffer, "PDF", save_all=True, append_images=images[1:], resolution=200
    )
    buffer.seek(0)
    buffer.name = name
    return buffer


def tiff_file(name: str, *texts: str) -> io.BytesIO:
    """Return a multi-page TIFF, as a scanner's batch mode writes one."""
    images = [render(text) for text in texts]
    buffer = io.BytesIO()
    images[0].save(
        buffer,
        "TIFF",
        save_all=True,
        append_images=images[1:],
        dpi=(200, 200),
        compression="tiff_deflate",
    )
    buffer.seek(0)
    buffer.name = name
    return buffer


@pytest.fixture(scope="module")
def split_worker(django_db_setup, django_db_blocker, worker_data_dir):
    """Start a Celery worker on this run's OCR queue for this module's tests.

    The integration tests' worker is session-wide and also serves the LLM
    queue. This one serves the OCR queue only and stops with the module.
    """
    _check_services()
    with django_db_blocker.unblock():
        database_url = _database_url()
    log_path = worker_data_dir / f"split-worker-{uuid.uuid4().hex[:8]}.log"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CELERY_TASK_DEFAULT_QUEUE": settings.CELERY_TASK_DEFAULT_QUEUE,
        "DOCAI_DATA_DIR": str(worker_data_dir),
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "PYTHONUNBUFFERED": "1",
    }
    command = [
        sys.executable, "-m", "celery", "-A", "docai", "worker",
        "--loglevel", "INFO", "--concurrency", "2", "--pool", "prefork",
        "--queues", settings.CELERY_TASK_DEFAULT_QUEUE,
        "--without-gossip", "--without-mingle",
        "--hostname", f"split-{uuid.uuid4().hex[:8]}@%h",
    ]  # fmt: skip
    root = Path(__file__).resolve().parents[2]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        _wait_for_ready(process, log_path)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def worker(split_worker, shared_data_dir):
    """Start the worker and store this test's uploads where it reads them."""
    return split_worker


def processed(file, **form) -> dict:
    """Upload one file, wait for the worker and return its finished document."""
    client = APIClient()
    created = client.post(UPLOAD, {"files": [file], **form}, format="multipart")
    assert created.status_code == 202, created.content
    body = wait_until_finished(client, created.json()["poll_url"], timeout=300)
    document = body["documents"][0]
    assert document["status"] == "done", document["error"]
    return document


def field_text(document: dict, field: dict) -> str:
    start, end = field["span"]
    return document["ocr_draft"][start:end]


def page_start(document: dict, number: int) -> int:
    """Return where page `number` starts in ocr_draft."""
    texts = [page["text"] for page in document["pages"][: number - 1]]
    return sum(len(text) + len(SEPARATOR) for text in texts)


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_invoice_then_payment_order_split(worker):
    document = processed(pdf_file("two.pdf", INVOICE_318, PAYMENT_ORDER_77))

    parts = document["parts"]
    assert [part["pages"] for part in parts] == [[1, 1], [2, 2]]
    types = [part["classification"]["document_type"] for part in parts]
    assert types == ["invoice", "payment_order"]
    invoice_number = parts[0]["extraction"]["fields"]["number"]
    assert invoice_number["value"] == "318"
    assert invoice_number["page"] == 1
    fields = parts[1]["extraction"]["fields"]
    for name, value in [("number", "77"), ("date", "2024-04-15")]:
        assert fields[name]["value"] == value
        assert fields[name]["page"] == 2
        assert fields[name]["span"][0] >= page_start(document, 2)
    assert field_text(document, fields["number"]) == "77"
    assert "19500" in field_text(document, fields["total"])
    page_two = document["pages"][1]
    left, top, right, bottom = fields["number"]["bbox"]
    assert 0 <= left < right <= page_two["width"]
    assert 0 <= top < bottom <= page_two["height"]
    assert document["classification"] == parts[0]["classification"]
    assert document["extraction"] == parts[0]["extraction"]
    assert parts[0]["text_chars"] == len(document["pages"][0]["text"])
    assert parts[0]["analysed_chars"] == parts[0]["text_chars"]
    assert parts[0]["truncated"] is False


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_continued_invoice_table_one_part(worker):
    document = processed(
        pdf_file("invoice.pdf", INVOICE_512_PAGE_1, INVOICE_512_PAGE_2)
    )

    parts = document["parts"]
    fields = parts[0]["extraction"]["fields"]
    assert [part["pages"] for part in parts] == [[1, 2]]
    assert parts[0]["classification"]["document_type"] == "invoice"
    assert fields["number"]["value"] == "512"
    assert fields["number"]["page"] == 1
    assert fields["total"]["value"] == "27500.00"
    assert fields["total"]["page"] == 2
    assert "27 500,00" in field_text(document, fields["total"])


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_two_invoices_in_scan_batch_split(worker):
    document = processed(tiff_file("batch.tif", INVOICE_318, INVOICE_319))

    parts = document["parts"]
    assert [part["pages"] for part in parts] == [[1, 1], [2, 2]]
    types = [part["classification"]["document_type"] for part in parts]
    assert types == ["invoice", "invoice"]
    numbers = [part["extraction"]["fields"]["number"] for part in parts]
    assert [number["value"] for number in numbers] == ["318", "319"]
    assert [number["page"] for number in numbers] == [1, 2]
    assert field_text(document, numbers[1]) == "319"
    total = parts[1]["extraction"]["fields"]["total"]
    assert total["value"] == "3000.00"
    assert total["page"] == 2


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_split_none_keeps_one_part(worker):
    document = processed(
        pdf_file("two.pdf", INVOICE_318, PAYMENT_ORDER_77), split="none"
    )

    parts = document["parts"]
    assert [part["pages"] for part in parts] == [[1, 2]]
    assert document["classification"] == parts[0]["classification"]
    assert document["extraction"] == parts[0]["extraction"]
    assert DocumentRequest.objects.get().split == "none"


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_single_page_has_one_part(worker):
    document = processed(pdf_file("order.pdf", PAYMENT_ORDER_77))

    parts = document["parts"]
    assert [part["pages"] for part in parts] == [[1, 1]]
    assert parts[0]["classification"]["document_type"] == "payment_order"
    assert document["classification"] == parts[0]["classification"]
    assert document["extraction"] == parts[0]["extraction"]


@pytest.mark.django_db
def test_bad_split_value_is_400(api_client):
    image = io.BytesIO()
    Image.new("L", (60, 20), 255).save(image, "PNG")
    image.seek(0)
    image.name = "scan.png"

    response = api_client.post(
        UPLOAD, {"files": [image], "split": "sideways"}, format="multipart"
    )

    body = response.json()
    assert response.status_code == 400
    assert body["code"] == "unknown_split_mode"
    assert body["split"] == "sideways"
    assert "'sideways'" in body["detail"]
    assert "'auto'" in body["detail"]
    assert "'none'" in body["detail"]
    assert not DocumentRequest.objects.exists()


@pytest.mark.django_db
def test_repeated_header_stays_one_part():
    page_two = INVOICE_318.replace("1  Бумага", "3  Бумага")

    ranges = page_ranges(1, [INVOICE_318, page_two])

    assert ranges == [(0, 1)]


@pytest.mark.django_db
def test_page_marker_overrides_type():
    marked = "Страница 2 из 2\n" + PAYMENT_ORDER_77

    ranges = page_ranges(1, [INVOICE_318, marked])

    assert ranges == [(0, 1)]


@pytest.mark.django_db
def test_blank_first_page_joins_next():
    ranges = page_ranges(1, ["", INVOICE_318, PAYMENT_ORDER_77])

    assert ranges == [(0, 1), (2, 2)]


@pytest.mark.django_db
def test_signature_page_joins_invoice():
    signatures = "Руководитель ____________ Иванов И.И.\nМ.П.\n"

    ranges = page_ranges(1, [INVOICE_318, signatures, INVOICE_319])

    assert ranges == [(0, 1), (2, 2)]


CERTIFICATE_OF_ORIGIN = """CERTIFICATE OF ORIGIN
1. Exporter: Hartmann Antriebstechnik GmbH, Dortmund, Germany
2. Consignee: OOO Lyutik, Moscow, Russia
3. Country of origin: Germany
4. Goods: gear motors, 7 wooden crates, 1,831 kg gross
5. Place and date of issue: Dortmund, 11.03.2024
Chamber of Industry and Commerce Dortmund ________________
"""

COVER_MEMO = """Служебная записка
Бухгалтерии ООО «Лютик»
Направляю для оплаты счет поставщика бумаги и тонера. Счет согласован
с отделом закупок, товар получен полностью, замечаний к качеству нет.
Прошу оплатить до конца недели.
Начальник отдела закупок ____________ Петров П.П.
"""


@pytest.mark.django_db
def test_other_paper_heading_starts_part():
    ranges = page_ranges(1, [INVOICE_318, CERTIFICATE_OF_ORIGIN])

    assert ranges == [(0, 0), (1, 1)]


@pytest.mark.django_db
def test_cover_memo_ends_at_invoice():
    ranges = page_ranges(1, [COVER_MEMO, INVOICE_318])

    assert ranges == [(0, 0), (1, 1)]


CONTRACT_PAGES = (
    "ДОГОВОР ПОСТАВКИ № 15/24\nг. Москва                        01 февраля 2024 г.\n"
    "ООО «Альфа» (Поставщик) и ООО «Бета» (Покупатель) заключили договор:\n"
    "1. ПРЕДМЕТ ДОГОВОРА\n1.1. Поставщик передает, а Покупатель оплачивает товар.\n"
    "2.1. Общая стоимость договора 1 200 000,00 руб., в т.ч. НДС 20%.\n",
    "2.2. Оплата по счету № 77 от 05.02.2024 в течение 5 банковских дней.\n"
    "3.1. Поставка по товарной накладной № 12 от 10.02.2024.\n"
    "4.1. За просрочку оплаты Покупатель уплачивает пени 0,1% в день.\n",
    "Приложение № 1\nк договору поставки № 15/24 от 01.02.2024\nСПЕЦИФИКАЦИЯ\n"
    "1. Труба стальная 57х3,5   10 т   120 000,00   1 200 000,00\n"
    "Итого: 1 200 000,00 руб.\n",
)


@pytest.mark.django_db
def test_contract_with_annex_stays_one_part():
    ranges = page_ranges(1, list(CONTRACT_PAGES))

    assert ranges == [(0, 2)]


# A contract page whose clauses name the invoice that the buyer pays. It has no
# title, and its words alone make the engine classify it as an invoice.
CONTRACT_PAYMENT_TERMS = (
    "3. ПОРЯДОК РАСЧЕТОВ\n"
    "3.1. Покупатель оплачивает товар на основании Счета на оплату, выставленного "
    "Поставщиком, в течение 5 банковских дней с даты его получения.\n"
    "3.2. Счет на оплату выставляется Поставщиком после подписания Спецификации.\n"
    "3.3. Оплата производится на расчетный счет Поставщика, указанный в Счете на "
    "оплату.\n3.4. Сумма счета включает НДС 20%.\n"
    "4. ОТВЕТСТВЕННОСТЬ СТОРОН\n"
    "4.1. За просрочку оплаты Счета Покупатель уплачивает пени 0,1% в день.\n"
)


@pytest.mark.django_db
def test_contract_page_naming_invoice_joins():
    pages = [CONTRACT_PAGES[0], CONTRACT_PAYMENT_TERMS, INVOICE_318]

    ranges = page_ranges(1, pages)

    assert ranges == [(0, 1), (2, 2)]


@pytest.mark.django_db
def test_building_number_in_address_is_no_page_marker():
    second = "г. Москва, ул. Ленина, д. 1, стр. 2\n" + INVOICE_319

    ranges = page_ranges(1, [INVOICE_318, second])

    assert ranges == [(0, 0), (1, 1)]


@pytest.mark.django_db
def test_form_legal_header_is_no_annex():
    second = "Приложение № 1 к постановлению Правительства РФ\n" + PAYMENT_ORDER_77

    ranges = page_ranges(1, [INVOICE_318, second])

    assert ranges == [(0, 0), (1, 1)]


@pytest.mark.django_db
def test_each_classified_page_reported():
    calls = []

    page_ranges(
        1, [INVOICE_318, INVOICE_319, PAYMENT_ORDER_77], on_page=lambda: calls.append(1)
    )

    assert len(calls) == 2


@pytest.mark.django_db
def test_pages_over_limit_join_last_part(settings, caplog):
    settings.DOCAI_SPLIT_MAX_PAGES = 2
    texts = [INVOICE_318, INVOICE_319, PAYMENT_ORDER_77, INVOICE_318]

    with caplog.at_level(logging.INFO, logger="documents.services.splitting"):
        ranges = page_ranges(7, texts)

    assert ranges == [(0, 0), (1, 3)]
    assert "first 2 of 4 pages document=7" in caplog.text


@pytest.mark.django_db
@pytest.mark.parametrize("first", [INVOICE_318, CONTRACT_PAGES[0]])
def test_payment_order_with_broken_title_splits(first):
    broken = PAYMENT_ORDER_77.replace(
        "ПЛАТЕЖНОЕ ПОРУЧЕНИЕ № 77", "ПЛАТЕЖ НОЕ ПОРУ ЧЕНИЕ  77"
    )

    ranges = page_ranges(1, [first, broken])

    assert ranges == [(0, 0), (1, 1)]


@pytest.mark.django_db
def test_blank_pages_outside_limit(settings):
    settings.DOCAI_SPLIT_MAX_PAGES = 2
    texts = [INVOICE_318, "", " \n", PAYMENT_ORDER_77, INVOICE_319]

    ranges = page_ranges(1, texts)

    assert ranges == [(0, 2), (3, 4)]


def test_spans_of_later_part_point_into_draft():
    page_one = "Invoice No 17\nTotal 4.11"
    page_two = "Payment order No 5\nAmount 4.11"
    words_two = [
        ["Payment", 0.9, 10, 10, 80, 20],
        ["order", 0.9, 85, 10, 130, 20],
        ["No", 0.9, 135, 10, 150, 20],
        ["5", 0.9, 155, 10, 165, 20],
    ]
    pages = [(1, page_one, []), (2, page_two, words_two)]
    draft = SEPARATOR.join([page_one, page_two])
    start = len(page_one) + len(SEPARATOR)
    fields = {"number": {"value": "5", "span": [17, 18]}}

    shift_spans(fields, start)
    add_evidence(fields, page_layouts(pages, SEPARATOR))

    start, end = fields["number"]["span"]
    assert draft[start:end] == "5"
    assert fields["number"]["page"] == 2
    assert fields["number"]["bbox"] == [155, 10, 165, 20]
