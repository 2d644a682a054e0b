#!/usr/bin/env bash
# Set DocAI up and run it on this machine: the API on http://127.0.0.1:8000
# (gunicorn) and a Celery worker beside it. With no CELERY_BROKER_URL the queue
# is a folder under the data directory, and with no DATABASE_URL the database
# is a SQLite file there, so no other service is needed. Ctrl-C stops both.
set -euo pipefail

cd "$(dirname "$0")/.."
bash scripts/setup.sh

export DOCAI_DATA_DIR="${DOCAI_DATA_DIR:-$PWD/data}"
mkdir -p "$DOCAI_DATA_DIR"
if [ -z "${DJANGO_SECRET_KEY:-}" ]; then
  key_file="$DOCAI_DATA_DIR/secret_key"
  if [ ! -s "$key_file" ]; then
    (umask 077 && .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))' > "$key_file")
  fi
  export DJANGO_SECRET_KEY_FILE="$key_file"
fi

.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py collectstatic --noinput --verbosity 0

demo_email="${DOCAI_DEMO_EMAIL:-demo@example.com}"
demo_password="$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')"
DOCAI_DEMO_PASSWORD="$demo_password" .venv/bin/python manage.py ensure_demo_user --email "$demo_email"

bind="${DOCAI_BIND:-127.0.0.1:8000}"
.venv/bin/celery -A docai worker --loglevel INFO &
worker_pid=$!
trap 'kill "$worker_pid" 2>/dev/null; wait "$worker_pid" 2>/dev/null' EXIT INT TERM

cat <<INFO

DocAI is starting on http://$bind
  API docs:   http://$bind/api/docs/
  Admin:      http://$bind/admin/  (the demo user is a staff superuser)
  Demo user:  $demo_email
  Password:   $demo_password   (new on every start)

INFO
.venv/bin/gunicorn docai.wsgi --bind "$bind" --workers 2 --threads 4 --timeout 300 \
  --access-logfile -
