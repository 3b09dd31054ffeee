//! Runs every program of tests/conformance/lua/ through omx and compares
//! its stdout, byte for byte, with what lua5.4 printed (NAME.out, made by
//! regen.sh). Programs listed in KNOWN_FAILURES must still fail: when one
//! starts passing, take it off the list.

use omx::Lang;

#[test]
fn lua_corpus_matches_lua54() {
    omx_tests::check_corpus(Lang::Lua, "lua", "lua", 40, "lua5.4");
}
