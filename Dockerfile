FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    OMP_THREAD_LIMIT=1 \
    DOCAI_DATA_DIR=/data

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng tesseract-ocr-osd \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput \
    && useradd --system --uid 1000 --home /app docai \
    && mkdir -p /data && chown docai /data

USER docai
VOLUME ["/data"]
EXPOSE 8000
CMD ["gunicorn", "docai.wsgi", "--bind", "0.0.0.0:8000", "--workers", "2", \
     "--threads", "4", "--timeout", "300", "--access-logfile", "-"]
