#!/usr/bin/env bash
# Installs the pinned OPA CLI into .tools/bin (idempotent; quick when already there).
# Prints the path of the binary on stdout.
set -euo pipefail
OPA_VERSION="1.22.3"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin"
opa="$bin/opa"
# The version is captured whole before it is matched: `opa version | grep -q` under pipefail
# fails at random when grep exits early and opa dies of SIGPIPE (exit 141).
has_version() {
  local out
  out="$("$opa" version 2>/dev/null)" || return 1
  grep -qx "Version: ${OPA_VERSION}" <<<"$out"
}
if [ -x "$opa" ] && has_version; then
  echo "$opa"
  exit 0
fi
command -v go >/dev/null || { echo "install-opa: Go is needed to build OPA ${OPA_VERSION}" >&2; exit 1; }
mkdir -p "$bin"
echo "install-opa: go install github.com/open-policy-agent/opa@v${OPA_VERSION}" >&2
GOBIN="$bin" GOFLAGS=-mod=mod go install "github.com/open-policy-agent/opa@v${OPA_VERSION}" >&2
has_version || { echo "install-opa: wrong OPA version" >&2; exit 1; }
echo "$opa"
