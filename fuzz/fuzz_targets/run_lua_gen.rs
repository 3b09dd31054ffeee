//! Valid Lua programs generated from the fuzz input (common/lua_gen.rs),
//! compiled and run under small step, depth and memory limits: a syntax
//! error (the generator only writes valid Lua), a panic, an abort or a
//! hang is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common/run.rs"]
mod common;
#[path = "common/lua_gen.rs"]
mod lua_gen;

#[global_allocator]
static ALLOC: omx::CountingAlloc = omx::CountingAlloc;

fuzz_target!(|data: &[u8]| {
    let program = lua_gen::Gen::new(data).program();
    common::run_valid(omx::Lang::Lua, program.as_bytes());
});
