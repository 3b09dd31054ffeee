//! How deeply a script may nest, and what that bounds.
//!
//! The parser refuses, with V8's "Maximum call stack size exceeded", any
//! script that opens more than [`MAX_NESTING`] brackets at once or whose
//! tree could get more than [`MAX_LEVELS`] levels deep (operators, nested
//! statements and brackets together, counted as `crate::nesting`
//! explains). So every tree [`crate::parse`] builds, returned or dropped at
//! a syntax error, nests at most [`MAX_TREE_DEPTH`] Rust values deep, and
//! the recursive `Debug`, `Clone`, `PartialEq` and `Drop` of the AST and
//! the validation walk stay within a small, fixed stack. Lowering can rely
//! on the same bound.

/// Most brackets (`(`, `[`, `{`, `${`) open at once.
pub const MAX_NESTING: usize = 200;

/// Most levels the tree may have, brackets plus the operators and
/// statements nested inside one another: a left-associative chain
/// `a + b + c ...` nests one level per operator, and so do postfix chains
/// `a.b.c`, `f()()`, prefix chains `!!x`; an `else if` chain two per link.
/// Lower than in the other languages because JavaScript nodes are larger:
/// cloning the deepest tree needs about 1.4 MiB of stack in a debug build.
pub const MAX_LEVELS: u32 = 800;

/// The deepest nesting of Rust values (structs, enums, vectors, boxes,
/// options) in any tree the parser builds, as [`debug_nesting`] measures it
/// on the tree's `Debug` text: at most two per level, and at most five per
/// bracket (a function body).
pub const MAX_TREE_DEPTH: usize = 2000;

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
