#!/usr/bin/env bash
# The test command: set up from nothing (idempotent), install what the browser tests need, run the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
if [ -f scripts/install-browser-deps.sh ]; then bash scripts/install-browser-deps.sh; fi
exec .venv/bin/python -m pytest -q "$@"
