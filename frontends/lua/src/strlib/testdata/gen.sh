#!/bin/sh
# Regenerates the expectations of frontends/lua/src/strlib/tests.rs from the real lua5.4.
set -e
cd "$(dirname "$0")"
lua5.4 gen.lua pattern > pattern.txt
lua5.4 gen.lua format > format.txt
