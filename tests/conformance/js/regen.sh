#!/bin/sh
# Regenerate every NAME.out from the real interpreter (node 20): stdout only.
# Run from this directory. Fails loudly if a program exits non-zero.
set -eu
cd "$(dirname "$0")"
status=0
for prog in *.js; do
    name="${prog%.js}"
    if ! node "$prog" > "$name.out.tmp"; then
        echo "regen.sh: $prog exited non-zero" >&2
        rm -f "$name.out.tmp"
        status=1
        continue
    fi
    mv "$name.out.tmp" "$name.out"
done
exit "$status"
