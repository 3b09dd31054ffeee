#!/usr/bin/env bash
# The wasm build's speed under node against the native omx, on the shared
# benchmark programs (../shared/bench beside the checkout) or the files
# given; prints a markdown table (tests/bench.mjs): seconds, the ratio, and
# whether the wasm printed exactly what `omx run` printed.
# Usage: OMX_BIN=path/to/release/omx wasm/bench.sh [FILE...]
# (OMX_BIN defaults to target/release/omx; builds the wasm if wasm/pkg has none.)
set -euo pipefail
cd "$(dirname "$0")"
[ -f pkg/omx_wasm_bg.wasm ] || ./build.sh
omx=$(realpath "${OMX_BIN:-../target/release/omx}")
if [ $# = 0 ]; then
  bench=$(cd ../.. && pwd)/shared/bench
  set -- "$bench"/*.lua "$bench"/*.py "$bench"/*.js "$bench"/*.pl
  # string_scan.js and string_scan.pl take minutes in the native omx today
  # (per-character string access in JavaScript and Perl): left out unless
  # named.
  for f; do case $f in */string_scan.js|*/string_scan.pl) shift;; *) set -- "$@" "$f"; shift;; esac; done
fi
node tests/bench.mjs "$omx" "$@"
