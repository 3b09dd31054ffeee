//! How deeply a Lua chunk may nest, and what that bounds.
//!
//! The lexer refuses, with Lua's "chunk has too many syntax levels", any
//! chunk that opens more than [`MAX_NESTING`] brackets and blocks at once or
//! whose tree could get more than [`MAX_LEVELS`] levels deep (operators
//! and brackets together, counted as `crate::nesting` explains). So every
//! tree [`crate::parse`] builds, returned or dropped at a syntax error,
//! nests at most [`MAX_TREE_DEPTH`] Rust values deep, and the recursive
//! `Debug`, `Clone`, `PartialEq` and `Drop` of the AST stay within a small,
//! fixed stack (about 1 MiB for `Debug` in a debug build, much less in
//! release). Lowering can rely on the same bound.

/// Most brackets and blocks open at once; Lua's own parser stops at about
/// 200 levels (`LUAI_MAXCCALLS`).
pub const MAX_NESTING: usize = 200;

/// Most levels the tree may have, brackets and blocks plus the operators
/// nested inside one another: a left-associative chain `a + b + c ...`
/// nests one level per operator, and so do postfix chains `a.b.c`, `f()()`.
pub const MAX_LEVELS: u32 = 1000;

/// The deepest nesting of Rust values (structs, enums, vectors, options)
/// in any tree the parser builds, as [`debug_nesting`] measures it on the
/// tree's `Debug` text. A nested function costs 7 values per level (and
/// there are at most [`MAX_NESTING`] of them), an operator at most 3 per
/// level.
pub const MAX_TREE_DEPTH: usize = 3200;

/// How deeply the brackets of a compact `Debug` text (`{:?}`) nest,
/// skipping string literals: the depth of the tree it prints.
pub fn debug_nesting(debug: &str) -> usize {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for c in debug.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}
