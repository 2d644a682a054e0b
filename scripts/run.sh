#!/usr/bin/env bash
# Set DocAI up and run it on this machine: the API on http://127.0.0.1:8000
# (gunicorn), a Celery worker for OCR and one for LLM calls (used only by the
# llm and hybrid engines). With no CELERY_BROKER_URL the queue
# is a folder under the data directory, and with no DATABASE_URL the database
# is a SQLite file there, so no other service is needed. Ctrl-C or a TERM
# signal stops all three.
set -euo pipefail

cd "$(dirname "$0")/.."
bash scripts/setup.sh

# The data directory contains uploads, OCR text and password hashes, so whatever
# the service creates there is readable by its own user only.
umask 077
export DOCAI_DATA_DIR="${DOCAI_DATA_DIR:-$PWD/data}"
mkdir -p "$DOCAI_DATA_DIR"

# Write a random secret once and keep it, so that tokens and the demo password
# stay valid across restarts.
new_secret() {
  local file="$1" length="$2"
  if [ ! -s "$file" ]; then
    (umask 077 && .venv/bin/python -c "import secrets; print(secrets.token_urlsafe($length))" > "$file")
  fi
}
if [ -z "${DJANGO_SECRET_KEY:-}" ] && [ -z "${DJANGO_SECRET_KEY_FILE:-}" ]; then
  new_secret "$DOCAI_DATA_DIR/secret_key" 50
  export DJANGO_SECRET_KEY_FILE="$DOCAI_DATA_DIR/secret_key"
fi

.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py collectstatic --noinput --verbosity 0

demo_email="${DOCAI_DEMO_EMAIL:-demo@example.com}"
new_secret "$DOCAI_DATA_DIR/demo_password" 12
demo_password="$(cat "$DOCAI_DATA_DIR/demo_password")"
DOCAI_DEMO_PASSWORD="$demo_password" .venv/bin/python manage.py ensure_demo_user --email "$demo_email"

bind="${DOCAI_BIND:-127.0.0.1:8000}"
# Each server runs in a session of its own, so a signal to this script's
# process group reaches them once, through stop(), and not twice: a second
# TERM during the worker's warm shutdown can leave Celery hanging.
default_queue="${CELERY_TASK_DEFAULT_QUEUE:-celery}"
llm_queue="${DOCAI_LLM_QUEUE:-llm}"
setsid .venv/bin/celery -A docai worker --loglevel INFO -Q "$default_queue" \
  -n "ocr-$$@%h" &
worker_pid=$!
# LLM calls wait on the network, so their own worker keeps them from holding
# up OCR.
setsid .venv/bin/celery -A docai worker --loglevel INFO -Q "$llm_queue" \
  -n "llm-$$@%h" --concurrency "${DOCAI_LLM_CONCURRENCY:-4}" &
llm_worker_pid=$!
setsid .venv/bin/gunicorn docai.wsgi --bind "$bind" --workers 2 --threads 4 \
  --timeout 300 --control-socket "$DOCAI_DATA_DIR/gunicorn.ctl" --access-logfile - &
web_pid=$!

stop() {
  trap - EXIT INT TERM
  local pids=("$web_pid" "$worker_pid" "$llm_worker_pid")
  kill -TERM "${pids[@]}" 2>/dev/null || true
  # Give running documents a minute to finish, then stop hard.
  for _ in $(seq 60); do
    local alive=0
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null && alive=1
    done
    [ "$alive" = 0 ] && return 0
    sleep 1
  done
  kill -KILL "${pids[@]}" 2>/dev/null || true
}
trap stop EXIT INT TERM

cat <<INFO

DocAI is starting on http://$bind
  API docs:   http://$bind/api/docs/
  Admin:      http://$bind/admin/  (the demo user is a staff superuser)
  Demo user:  $demo_email
  Password:   $demo_password   (kept in $DOCAI_DATA_DIR/demo_password)

INFO
# Stop everything as soon as any process exits.
wait -n "$web_pid" "$worker_pid" "$llm_worker_pid"
