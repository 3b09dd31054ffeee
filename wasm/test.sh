#!/usr/bin/env bash
# Build the playground (wasm/build.sh), then test it in headless Chromium
# against the native `omx run` (OMX_BIN, or target/release/omx built
# here). Screenshots go to wasm/screenshots/.
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
# The native omx the page is compared with. .ci/run passes the one its
# `cargo test --workspace --release` has just built: `cargo build -p omx`
# resolves features for omx alone (no dev-dependencies), unlike the
# workspace build, and would rebuild regex-syntax, num-traits and every
# crate above them, omx included.
if [ -z "${OMX_BIN:-}" ]; then
  cargo build --release -p omx --bin omx
  OMX_BIN=../target/release/omx
fi
node tests/browser.mjs dist "$OMX_BIN" screenshots
echo "wasm/test.sh: $(( $(date +%s) - start )) s"
