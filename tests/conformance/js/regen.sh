#!/bin/sh
# Regenerate every NAME.out from the real interpreter (node 20): stdout only.
# Run from this directory. Fails loudly if a program exits non-zero.
# Error-path programs (error_*.js) must exit non-zero: NAME.err keeps the
# error's header line (`Name: message`, the line after the caret block
# node prints on stderr).
set -eu
cd "$(dirname "$0")"
status=0
for prog in *.js; do
    name="${prog%.js}"
    case "$name" in
    error_*)
        if node "$prog" > "$name.out" 2> "$name.err.tmp"; then
            echo "regen.sh: $prog should exit non-zero" >&2
            status=1
        fi
        sed -n '/^ *\^ *$/{n;n;p;q;}' "$name.err.tmp" > "$name.err"
        rm -f "$name.err.tmp"
        continue
        ;;
    esac
    if ! node "$prog" > "$name.out.tmp"; then
        echo "regen.sh: $prog exited non-zero" >&2
        rm -f "$name.out.tmp"
        status=1
        continue
    fi
    mv "$name.out.tmp" "$name.out"
done
exit "$status"
