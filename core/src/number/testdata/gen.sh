#!/bin/sh
# Regenerates the expectations of core/src/number/tests.rs from the real lua5.4.
set -e
cd "$(dirname "$0")"
lua5.4 gen.lua printf > printf.txt
lua5.4 gen.lua lua_number > lua_number.txt
