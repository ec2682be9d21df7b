#!/usr/bin/env bash
# Installs the pinned moto server (the local AWS emulator the live-scan tests run against) into
# .tools/moto-venv (idempotent; quick when already there). Prints the path of moto_server on stdout.
set -euo pipefail
MOTO_VERSION="5.2.5"
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.tools/moto-venv"
server="$venv/bin/moto_server"
has_version() {
  local out
  out="$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("moto"))' 2>/dev/null)" || return 1
  [ "$out" = "$MOTO_VERSION" ]
}
if [ -x "$server" ] && has_version; then
  echo "$server"
  exit 0
fi
command -v python3 >/dev/null || { echo "install-moto: python3 is needed for moto ${MOTO_VERSION}" >&2; exit 1; }
mkdir -p "$root/.tools"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
echo "install-moto: pip install moto[server]==${MOTO_VERSION}" >&2
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "moto[server]==${MOTO_VERSION}" >&2
has_version || { echo "install-moto: wrong moto version" >&2; exit 1; }
echo "$server"
