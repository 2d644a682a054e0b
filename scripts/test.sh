#!/usr/bin/env bash
# Install DocAI's dependencies and run the whole test suite. When PostgreSQL
# and Redis answer on 127.0.0.1, the tests use them and the end-to-end tests
# start a real Celery worker; otherwise those tests skip (and fail under CI).
# Extra arguments go to pytest.
set -euo pipefail

cd "$(dirname "$0")/.."
bash scripts/setup.sh
# docker-compose validates docker-compose.yml in the tests; curl and Node.js
# run the client examples.
apt_missing=()
command -v docker-compose >/dev/null || apt_missing+=(docker-compose)
command -v curl >/dev/null || apt_missing+=(curl)
if [ "${#apt_missing[@]}" -gt 0 ] && command -v apt-get >/dev/null && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

port_open() {
  .venv/bin/python - "$1" "$2" <<'PY'
import socket, sys
try:
    socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=2).close()
except OSError:
    sys.exit(1)
PY
}

if [ -z "${DATABASE_URL:-}" ] && port_open 127.0.0.1 5432; then
  # A name per run: pytest-django creates and drops test_<name>, so two runs
  # on one server do not share a test database.
  export DATABASE_URL="postgres://postgres@127.0.0.1:5432/docai_$$"
fi
if [ -z "${CELERY_BROKER_URL:-}" ] && port_open 127.0.0.1 6379; then
  export CELERY_BROKER_URL="redis://127.0.0.1:6379/0"
fi
echo "==> database: ${DATABASE_URL:-SQLite}; broker: ${CELERY_BROKER_URL:-filesystem}" >&2

export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-test-only-secret-key-not-for-production}"
export DOCAI_DATA_DIR="$(mktemp -d -t docai-test-XXXXXX)"
export CELERY_TASK_DEFAULT_QUEUE="docai-test-$$-$RANDOM"
export DOCAI_LLM_QUEUE="$CELERY_TASK_DEFAULT_QUEUE-llm"
# The tests start their own OpenAI-compatible server on 127.0.0.1; a server
# configured in this shell must not receive test traffic.
unset OPENAI_BASE_URL OPENAI_API_KEY DOCAI_LLM_MODEL DOCAI_LLM_PROFILES DOCAI_ENGINE
trap 'rm -rf "$DOCAI_DATA_DIR"' EXIT

.venv/bin/pytest "$@"
