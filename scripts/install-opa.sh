#!/usr/bin/env bash
# Installs the pinned OPA CLI into .tools/bin (idempotent; quick when already there).
# Prints the path of the binary on stdout.
set -euo pipefail
OPA_VERSION="1.22.3"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin"
opa="$bin/opa"
if [ -x "$opa" ] && "$opa" version 2>/dev/null | grep -q "^Version: ${OPA_VERSION}$"; then
  echo "$opa"
  exit 0
fi
command -v go >/dev/null || { echo "install-opa: Go is needed to build OPA ${OPA_VERSION}" >&2; exit 1; }
mkdir -p "$bin"
echo "install-opa: go install github.com/open-policy-agent/opa@v${OPA_VERSION}" >&2
GOBIN="$bin" GOFLAGS=-mod=mod go install "github.com/open-policy-agent/opa@v${OPA_VERSION}" >&2
"$opa" version | grep -q "^Version: ${OPA_VERSION}$" || { echo "install-opa: wrong OPA version" >&2; exit 1; }
echo "$opa"
