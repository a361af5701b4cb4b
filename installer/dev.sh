#!/usr/bin/env bash
# The README's two quick-start commands:
#   bash installer/dev.sh demo [pmis-demo options]   run the demo utility
#   bash installer/dev.sh test [pytest options]      run the whole test suite
# Both set themselves up on a fresh Linux machine with Python 3.11: a virtual environment in
# .venv with the project and its dev tools, and (as root, when missing) the system packages
# the tests need: PostgreSQL server binaries and a CJK font.
set -euo pipefail
cd "$(dirname "$0")/.."

pick_python() {
  for candidate in "${PYTHON:-}" python3.11 python3.12 python3.13 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "Python 3.11 or newer is required" >&2; exit 1
}

ensure_venv() {
  local stamp=.venv/.pmis-installed
  if [ ! -x .venv/bin/python ]; then
    "$(pick_python)" -m venv .venv
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[dev]'
    touch "$stamp"
  fi
}

have_pg_binaries() {
  [ -n "${PMIS_PG_BIN:-}" ] && [ -x "$PMIS_PG_BIN/initdb" ] && return 0
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
  command -v initdb >/dev/null 2>&1
}

have_cjk_font() {
  [ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] && return 0
  ls resources/fonts/*.tt[fc] >/dev/null 2>&1
}

ensure_system_packages() {
  local wanted=()
  have_pg_binaries || wanted+=(postgresql postgresql-contrib)
  have_cjk_font || wanted+=(fonts-wqy-zenhei)
  [ ${#wanted[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}"
  else
    echo "missing system packages: ${wanted[*]} (install them, e.g. with apt-get)" >&2
  fi
}

command=${1:-}
shift || true
case "$command" in
  demo)
    ensure_venv
    have_cjk_font || ensure_system_packages
    exec .venv/bin/pmis-demo "$@"
    ;;
  test)
    ensure_venv
    ensure_system_packages
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "usage: bash installer/dev.sh demo|test [options]" >&2
    exit 2
    ;;
esac
