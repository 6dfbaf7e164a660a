#!/usr/bin/env bash
# Installs chronology into .venv and builds the site from seeds/ and content/ into site/.
# Extra arguments go to `chronology build` (e.g. --strict).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
install_venv ""
exec .venv/bin/chronology build "$@"
