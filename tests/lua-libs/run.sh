#!/usr/bin/env bash
# Real Lua libraries nobody here wrote, run by omx and by lua5.4: each
# library's own test file where it has one that runs without a framework,
# and a workload of ours (work/NAME.lua) that uses the library the way a
# program would. Compares stdout and exit status, and reports user CPU
# time of both and their ratio (issue 12: same output, within 1.5x).
#
#   tests/lua-libs/run.sh --get DIR     # clone the libraries into DIR (network)
#   tests/lua-libs/run.sh DIR [OMX]     # OMX defaults to target/release/omx
#
# The libraries are not committed (they are not ours); the list with the
# repositories is below.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

# name  repository  directory-holding-the-module
libs=(
  "json rxi/json.lua ."
  "inspect kikito/inspect.lua ."
  "middleclass kikito/middleclass ."
  "serpent pkulchenko/serpent src"
  "semver kikito/semver.lua ."
  "lume rxi/lume ."
  "argparse mpeterv/argparse src"
  "etlua leafo/etlua ."
)
# name  directory-to-run-in (relative to the checkout)  test file
# (serpent's t/test.lua prints `string.dump` bytecode and hash-order
# dependent text: not comparable, so not run.)
own_tests=(
  "json test test.lua"
  "lume test test.lua"
)

if [ "${1:-}" = --get ]; then
  dir=${2:?usage: run.sh --get DIR}
  mkdir -p "$dir"
  for l in "${libs[@]}"; do
    set -- $l
    [ -d "$dir/$1" ] || git clone -q --depth 1 "https://github.com/$2" "$dir/$1"
  done
  exit 0
fi

dir=$(cd "${1:?usage: run.sh DIR [OMX]  (DIR from run.sh --get DIR)}" && pwd)
omx=${2:-$root/target/release/omx}
command -v lua5.4 >/dev/null || { echo "needs lua5.4 (apt-get install lua5.4)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

same=0 total=0 logsum=0
ratios=()
# run NAME LUA_PATH CWD FILE
run() {
  local name=$1 path=$2 cwd=$3 file=$4
  ( cd "$cwd" && LUA_PATH="$path;;" /usr/bin/time -f %U -o "$tmp/t.lua" lua5.4 "$file" >"$tmp/out.lua" 2>"$tmp/err.lua"; echo $? >"$tmp/rc.lua" )
  ( cd "$cwd" && LUA_PATH="$path;;" /usr/bin/time -f %U -o "$tmp/t.omx" "$omx" run "$file" >"$tmp/out.omx" 2>"$tmp/err.omx"; echo $? >"$tmp/rc.omx" )
  local tl to verdict ratio
  tl=$(tail -1 "$tmp/t.lua") to=$(tail -1 "$tmp/t.omx")
  # Addresses in `tostring` of tables and functions differ on every run.
  sed -i 's/0x[0-9a-f]\+/0xADDR/g' "$tmp/out.lua" "$tmp/out.omx"
  total=$((total + 1))
  if cmp -s "$tmp/out.lua" "$tmp/out.omx" && cmp -s "$tmp/rc.lua" "$tmp/rc.omx"; then
    verdict=SAME same=$((same + 1))
  else
    verdict=DIFF
    diff "$tmp/out.lua" "$tmp/out.omx" | head -${DIFF_LINES:-6} | sed 's/^/      /' >"$tmp/diff"
    head -3 "$tmp/err.omx" | sed 's/^/      omx stderr: /' >>"$tmp/diff"
  fi
  ratio=$(awk -v a="$to" -v b="$tl" 'BEGIN { if (b < 0.05) print "-"; else printf "%.2f", a / b }')
  printf '%-4s  %-26s lua5.4 %5ss  omx %5ss  ratio %s\n' "$verdict" "$name" "$tl" "$to" "$ratio"
  [ "$verdict" = DIFF ] && cat "$tmp/diff"
  [ "$ratio" != - ] && ratios+=("$ratio")
}

for l in "${libs[@]}"; do
  set -- $l
  name=$1 src="$dir/$1/$3"
  [ -d "$dir/$1" ] || { echo "MISSING $dir/$1 (run.sh --get $dir)"; continue; }
  run "$name (workload)" "$src/?.lua" "$here/work" "$here/work/$name.lua"
  for t in "${own_tests[@]}"; do
    set -- $t
    [ "$1" = "$name" ] && run "$name (own tests)" "$src/?.lua;$dir/$name/?.lua" "$dir/$name/$2" "$3"
  done
done
geo=$(printf '%s\n' "${ratios[@]}" | awk '{ s += log($1); n++ } END { if (n) printf "%.2f", exp(s / n); else print "-" }')
echo "same output: $same of $total; geomean time ratio (runs over 0.05 s in lua5.4): $geo"
[ "$same" = "$total" ]
