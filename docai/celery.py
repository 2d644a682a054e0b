"""The Celery application; workers start with `celery -A docai worker`."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docai.settings")
# Tesseract's OpenMP threads fight each other on small machines and make OCR
# several times slower; each worker process runs one page at a time instead.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

app = Celery("docai")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
