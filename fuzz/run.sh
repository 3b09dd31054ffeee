#!/bin/sh
# Run one fuzz target for SECONDS seconds (default 60), passing any
# further arguments to libFuzzer:
#
#   fuzz/run.sh parse_lua 600
#   fuzz/run.sh parse_js 7200 -runs=10000000
#
# Targets: parse_lua, parse_python, parse_js, parse_perl (lexer+parser);
# run_lua, run_python, run_js, run_perl (lowering, compilation, and a run
# under small step, depth and memory limits in the sandbox); run_lua_gen
# (valid Lua programs generated from the input by
# fuzz_targets/common/lua_gen.rs, run the same way). Needs a nightly
# toolchain and cargo-fuzz 0.13 (`cargo install cargo-fuzz`). The seed
# corpus is copied from tests/conformance/<lang>/ and
# frontends/<lang>/syntax/tests/ into fuzz/corpus/TARGET (not committed);
# crashes land in fuzz/artifacts/TARGET. Runs at the lowest priority, one
# job: the machine is shared. No sanitizer: the parsers are safe Rust, and
# without one a target runs about five times faster; debug assertions
# (overflow checks) stay on.
set -eu

target=${1:?usage: fuzz/run.sh TARGET [SECONDS [LIBFUZZER-ARGS...]]}
seconds=${2:-60}
shift
[ $# -gt 0 ] && shift
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")

case $target in
parse_lua | run_lua | run_lua_gen) lang=lua dict=lua exts="lua txt" ;;
parse_python | run_python) lang=python dict=python exts="py" ;;
parse_js | run_js) lang=js dict=js exts="js" ;;
parse_perl | run_perl) lang=perl dict=perl exts="pl pm" ;;
*)
    echo "unknown target $target (parse_LANG or run_LANG, LANG one of lua python js perl)" >&2
    exit 2
    ;;
esac

corpus=$fuzz/corpus/$target
mkdir -p "$corpus" "$fuzz/artifacts/$target"
for dir in "$root/tests/conformance/$lang" "$root/frontends/$lang/syntax/tests"; do
    for ext in $exts; do
        find "$dir" -type f -name "*.$ext" -size -64k | while read -r file; do
            # Named after the path, so reruns do not duplicate seeds.
            name=seed-$(printf '%s' "${file#"$root"/}" | tr '/' '_')
            cp "$file" "$corpus/$name"
        done
    done
done

cd "$fuzz"
exec nice -n 19 cargo +nightly fuzz run --sanitizer none "$target" "$corpus" -- \
    -max_len=4096 -timeout=2 -rss_limit_mb=2048 \
    -dict="$fuzz/dict/$dict.dict" \
    -max_total_time="$seconds" -print_final_stats=1 "$@"
