#!/usr/bin/env bash
# Build the playground (wasm/build.sh), then test it in headless Chromium
# against the native `omx run`. Screenshots go to wasm/screenshots/.
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
./build.sh
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "wasm/test.sh: needs Debian's chromium (apt-get install chromium, as root)" >&2
    exit 1
  fi
  apt-get update -qq && apt-get install -y -qq chromium >&2
fi
cargo build --release -p omx --bin omx
node tests/browser.mjs dist ../target/release/omx screenshots
echo "wasm/test.sh: $(( $(date +%s) - start )) s"
