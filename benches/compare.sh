#!/usr/bin/env bash
# Time omx against the reference interpreter over benches/LANG/: the
# shared benchmark programs and omx's own (programs nobody tuned on:
# float-heavy objects, polymorphic methods, string building, closures, a
# heap). Uses the shared compare.sh (alternating rounds, medians, geomean).
#
#   benches/compare.sh [LANG]        (default lua; RUNS, BENCHES as compare.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
lang=${1:-lua}
shared=${SHARED_COMPARE:-$root/../shared/bench/compare.sh}
[ -f "$shared" ] || { echo "compare.sh not found at $shared (set SHARED_COMPARE)" >&2; exit 2; }
[ -d "$here/$lang" ] || { echo "no programs in benches/$lang" >&2; exit 2; }
(cd "$root" && cargo build --release --bin omx)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$shared" "$tmp/compare.sh"
cp "$here/$lang"/*."$lang" "$tmp/"
"$tmp/compare.sh" "$lang" "$root/target/release/omx run {file}"
