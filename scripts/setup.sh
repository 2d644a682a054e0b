#!/usr/bin/env bash
# Install what DocAI needs on a Debian or Ubuntu machine: Tesseract with the
# Russian, English and orientation data (through apt, only where missing), a
# virtualenv in .venv and the pinned Python packages. Safe to run again.
set -euo pipefail

cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  # Install the named Debian packages that are not installed yet.
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
      || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    log "apt-get not found: install ${missing[*]} with your package manager"
    return 1
  fi
  log "installing ${missing[*]} with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

find_python() {
  local candidate
  for candidate in python3.11 python3.12 python3; do
    if command -v "$candidate" >/dev/null \
      && "$candidate" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 13))'; then
      echo "$candidate"
      return 0
    fi
  done
  log "Python 3.11 or 3.12 is required"
  return 1
}

apt_install tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng tesseract-ocr-osd fonts-dejavu-core

if [ ! -x .venv/bin/python ]; then
  log "creating the virtualenv in .venv"
  "$(find_python)" -m venv .venv
fi
log "installing Python packages from requirements.txt"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
