#!/bin/sh
# Regenerate every NAME.out in this directory from the real lua5.4.
# Each program runs from this directory as `lua5.4 NAME.lua`, so error
# messages carry the chunk name "NAME.lua".
set -eu
cd "$(dirname "$0")"
if ! command -v lua5.4 >/dev/null 2>&1; then
    echo "regen.sh: lua5.4 not found; install it with: apt-get install lua5.4" >&2
    exit 1
fi
status=0
count=0
for src in *.lua; do
    name="${src%.lua}"
    if lua5.4 "$src" > "$name.out.tmp"; then
        mv "$name.out.tmp" "$name.out"
        count=$((count + 1))
    else
        rc=$?
        rm -f "$name.out.tmp"
        echo "regen.sh: FAILED: lua5.4 $src exited with status $rc" >&2
        status=1
    fi
done
if [ "$status" -ne 0 ]; then
    echo "regen.sh: some programs failed; their .out files were not updated" >&2
    exit 1
fi
echo "regen.sh: regenerated $count .out files"
