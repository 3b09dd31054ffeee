#!/bin/sh
# Differential testing of omx against lua5.4 (issue 12 item 5): generate
# random Lua programs with gen.py, run each through both, and compare what
# they print (stdout, with addresses such as 0x55d0... masked) and their
# exit status. Divergent programs are kept in OUT/ with both outputs.
#
# Usage: tests/lua-diff/run.sh FIRST_SEED COUNT [OUT]
# Environment: OMX (default target/release/omx of this checkout), LUA
# (default lua5.4), PROBES (probes per program, default 40).
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
omx=${OMX:-$here/target/release/omx}
lua=${LUA:-lua5.4}
first=${1:?usage: run.sh FIRST_SEED COUNT [OUT]}
count=${2:?usage: run.sh FIRST_SEED COUNT [OUT]}
out=${3:-/tmp/omx-lua-diff}
probes=${PROBES:-40}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
same=0
differ=0
seed=$first
end=$((first + count))
mask() { sed -E 's/0x[0-9a-fA-F]{6,}/ADDR/g'; }
while [ "$seed" -lt "$end" ]; do
    prog="$work/p$seed.lua"
    python3 "$here/tests/lua-diff/gen.py" "$seed" "$probes" > "$prog"
    (cd "$work" && timeout 20 "$lua" "p$seed.lua" 2>&1; echo "exit $?") | mask > "$work/lua.txt"
    (cd "$work" && timeout 20 "$omx" run "p$seed.lua" 2>&1; echo "exit $?") | mask > "$work/omx.txt"
    if cmp -s "$work/lua.txt" "$work/omx.txt"; then
        same=$((same + 1))
    else
        differ=$((differ + 1))
        cp "$prog" "$out/p$seed.lua"
        cp "$work/lua.txt" "$out/p$seed.lua.out"
        cp "$work/omx.txt" "$out/p$seed.omx.out"
    fi
    seed=$((seed + 1))
done
echo "programs: $count  same: $same  differ: $differ  (divergent programs in $out)"
[ "$differ" -eq 0 ]
