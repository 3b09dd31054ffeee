#!/bin/sh
# Run the official Lua 5.4 test suite (testes/ of the lua/lua repository,
# tag v5.4.4) through omx, one file at a time, each standalone from inside
# the suite's directory, and print one line per file:
#
#   PASS  FILE             the file ran to its end and printed its line OK
#   END   FILE  LINE       it ran to its end without printing OK (it skipped
#                          itself, e.g. api.lua without the C library T);
#                          LINE is the last line it printed
#   FAIL  FILE  ERROR      the first line omx wrote to stderr
#   TIME  FILE             it did not finish within the timeout
#
# Usage: tests/lua-testes/run.sh PATH_TO_TESTES [FILE.lua ...]
# Environment: OMX (default: target/release/omx of this checkout),
# TIMEOUT (seconds per file, default 60). The suite's files are not part of
# omx: fetch them yourself, e.g.
#   git clone https://github.com/lua/lua && git -C lua archive v5.4.4 testes | tar -x
# all.lua (the driver) and heavy.lua (gigabytes of memory) are skipped
# unless named.
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
omx=${OMX:-$here/target/release/omx}
timeout=${TIMEOUT:-60}
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 PATH_TO_TESTES [FILE.lua ...]" >&2
    exit 2
fi
if [ ! -x "$omx" ]; then
    echo "run.sh: $omx not found; build it with: cargo build --release -p omx" >&2
    exit 2
fi
dir=$1
shift
if [ $# -eq 0 ]; then
    set -- $(cd "$dir" && ls *.lua | grep -v -x -e all.lua -e heavy.lua)
fi
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
pass=0
total=0
for file in "$@"; do
    total=$((total + 1))
    # stdin is an empty pipe: files.lua checks that seeking stdin fails.
    true | (cd "$dir" && timeout "$timeout" "$omx" run "$file" >"$out" 2>"$err")
    rc=$?
    if [ "$rc" -eq 124 ]; then
        printf 'TIME  %-16s (over %s s)\n' "$file" "$timeout"
    elif [ "$rc" -ne 0 ]; then
        # A syntax error is a miette report: its message is the line with ×.
        first=$(grep '×' "$err" | head -n 1)
        [ -n "$first" ] || first=$(grep -v '^[[:space:]]*$' "$err" | head -n 1)
        printf 'FAIL  %-16s %s\n' "$file" "$(echo "$first" | sed 's/^[[:space:]]*//' | cut -c1-200)"
    elif grep -qi -x -e '[[:space:]]*ok[[:space:]]*' -e 'final OK !!!' "$out"; then
        printf 'PASS  %s\n' "$file"
        pass=$((pass + 1))
    else
        printf 'END   %-16s %s\n' "$file" "$(grep -v '^[[:space:]]*$' "$out" | tail -n 1 | cut -c1-200)"
    fi
done
echo "passed $pass of $total"
