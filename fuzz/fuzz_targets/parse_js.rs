//! JavaScript lexer+parser: any UTF-8 text parses or gives a syntax error
//! (never a panic, an abort or a hang), the error's span lies in the
//! source, and a tree that parses nests no deeper than the crate's bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use omx_js_syntax::limits::{debug_nesting, MAX_TREE_DEPTH};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    match omx_js_syntax::parse(source, "fuzz.js") {
        Ok(tree) => {
            let depth = debug_nesting(&format!("{tree:?}"));
            assert!(depth <= MAX_TREE_DEPTH, "tree {depth} deep");
        }
        Err(error) => {
            assert!(error.span.start <= error.span.end && error.span.end as usize <= source.len())
        }
    }
});
