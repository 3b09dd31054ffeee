//! Python source compiled (lowering and bytecode compilation) and run under
//! small step, depth and memory limits: never a panic, an abort or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common/run.rs"]
mod common;

#[global_allocator]
static ALLOC: omx::CountingAlloc = omx::CountingAlloc;

fuzz_target!(|data: &[u8]| common::run(omx::Lang::Python, data));
