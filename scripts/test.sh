#!/usr/bin/env bash
# The test command: set up from nothing (idempotent), install what the browser tests need, start a throwaway
# PostgreSQL for the store's PostgreSQL variants (unless NEWSDOSSIER_TEST_PG names one), run the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
if [ -f scripts/install-browser-deps.sh ]; then bash scripts/install-browser-deps.sh; fi
if [ -z "${NEWSDOSSIER_TEST_PG:-}" ]; then
  unset NEWSDOSSIER_TEST_PG_DIR
  eval "$(bash scripts/start-test-postgres.sh start || true)"
  if [ -n "${NEWSDOSSIER_TEST_PG_DIR:-}" ]; then
    trap 'bash scripts/start-test-postgres.sh stop "$NEWSDOSSIER_TEST_PG_DIR"' EXIT
  fi
fi
.venv/bin/python -m pytest -q "$@"
