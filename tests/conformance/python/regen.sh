#!/bin/sh
# Regenerates NAME.out (stdout of CPython 3.11) for every NAME.py here.
# Run from this directory: ./regen.sh. Fails loudly if a program exits
# non-zero. PYTHONHASHSEED is fixed so nothing depends on hash order.
set -eu
cd "$(dirname "$0")"
version=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
    echo "regen.sh: expected python3 3.11, found $version" >&2
    exit 1
fi
status=0
for program in *.py; do
    name=${program%.py}
    case "$name" in
    error_*)
        # Error-path programs end in an uncaught exception: NAME.err keeps
        # the exception line CPython prints last on stderr.
        if PYTHONHASHSEED=0 python3 "$program" > "$name.out" 2> "$name.err.tmp"; then
            echo "regen.sh: $program should exit non-zero" >&2
            status=1
        fi
        tail -n 1 "$name.err.tmp" > "$name.err"
        rm -f "$name.err.tmp"
        continue
        ;;
    esac
    if ! PYTHONHASHSEED=0 python3 "$program" > "$name.out.tmp"; then
        echo "regen.sh: $program exited non-zero" >&2
        status=1
        rm -f "$name.out.tmp"
        continue
    fi
    mv "$name.out.tmp" "$name.out"
done
exit $status
