#!/bin/sh
# Regenerate every NAME.out from the real perl (5.36): stdout only.
# Run from this directory. Fails loudly if a program exits non-zero.
set -eu
cd "$(dirname "$0")"
perl -e 'exit($] >= 5.036 ? 0 : 1)' || { echo "perl 5.36+ required" >&2; exit 1; }
status=0
for program in *.pl; do
    name="${program%.pl}"
    if ! perl "$program" > "$name.out"; then
        echo "FAILED: $program exited non-zero" >&2
        status=1
    fi
done
exit $status
