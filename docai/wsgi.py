"""WSGI entry point; production serves it with `gunicorn docai.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docai.settings")

application = get_wsgi_application()
