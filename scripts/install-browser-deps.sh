#!/usr/bin/env bash
# Install what the browser tests (tests/e2e) need: Debian's Chromium and ChromeDriver from apt, and the
# Playwright Python client in the project's virtualenv. Playwright drives the system browser through
# executable_path; `playwright install` (a browser download) is never run.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
fi
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
"$PY" -m pip install -q "playwright==1.65.2"
chromium --version
