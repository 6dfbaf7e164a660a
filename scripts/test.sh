#!/usr/bin/env bash
# Installs chronology with its test tools into .venv, installs Debian's chromium for the browser
# checks when it can (as root with apt-get), and runs the whole test suite. `.ci/run` runs this.
# Extra arguments go to pytest (e.g. -k site).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
install_venv "[test]"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser checks..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "note: /usr/bin/chromium is missing and cannot be installed here (needs root and apt-get):" \
         "browser checks will be skipped. Install Debian's chromium to run them." >&2
  fi
fi
exec .venv/bin/pytest -q "$@"
