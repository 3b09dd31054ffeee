//! Lua lexer+parser: any bytes parse or give a syntax error (never a
//! panic, an abort or a hang), the error's span lies in the source, and a
//! tree that parses nests no deeper than the crate's bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use omx_lua_syntax::limits::{debug_nesting, MAX_TREE_DEPTH};

fuzz_target!(|data: &[u8]| {
    match omx_lua_syntax::parse(data, "fuzz.lua") {
        Ok(chunk) => {
            let depth = debug_nesting(&format!("{chunk:?}"));
            assert!(depth <= MAX_TREE_DEPTH, "tree {depth} deep");
        }
        // The rendered source has one space appended for a label at EOF.
        Err(error) => {
            assert!(error.span.start <= error.span.end && error.span.end as usize <= data.len() + 1)
        }
    }
});
