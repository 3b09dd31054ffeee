#!/bin/sh
# Regenerates the expectations of the Lua syntax tests from the real
# interpreter: run from anywhere, needs lua5.4 and luac5.4 on PATH.
set -eu
cd "$(dirname "$0")"

# Syntax errors as `luac5.4 -p` reports them (file:line: message).
for file in errors/*.lua; do
    luac5.4 -p "$file" 2>&1 | sed 's/^luac5.4: errors\///' || true
done > errors/luac_expected.txt

# Numerals: value type and exact bits, or the error message.
lua5.4 lexer/gen.lua numerals lexer/numerals.txt > lexer/numerals.expected
# Short and long strings: the bytes of the value in hex, or the error message.
lua5.4 lexer/gen.lua strings lexer/strings.txt > lexer/strings.expected
