//! How deeply a module may nest, and what that bounds.
//!
//! As CPython does, the tokenizer refuses more than [`MAX_PARENTHESES`]
//! brackets open at once ("too many nested parentheses") and more than
//! [`MAX_INDENTS`] levels of indentation ("too many levels of
//! indentation"). Past that, the parser refuses any module whose tree
//! could get more than [`MAX_LEVELS`] levels deep (operators, brackets and
//! blocks together, counted as `crate::nesting` explains) with the words
//! CPython's compiler uses for such input, "maximum recursion depth
//! exceeded during compilation". So every tree [`crate::parse`] builds,
//! returned or dropped at a syntax error, nests at most [`MAX_TREE_DEPTH`]
//! Rust values deep, and the recursive `Debug`, `Clone`, `PartialEq` and
//! `Drop` of the AST stay within a small, fixed stack. Lowering can rely on
//! the same bound.

/// Most brackets open at once (CPython's `MAXLEVEL`).
pub const MAX_PARENTHESES: usize = 200;

/// Most indentation levels, counting the module's own (CPython's
/// `MAXINDENT`): 99 nested blocks.
pub const MAX_INDENTS: usize = 100;

/// Most levels the tree may have: brackets and blocks plus the operators
/// nested inside one another (a left-associative chain `a + b + c ...`
/// nests one level per operator, and so do postfix chains `a.b.c`, `f()()`
/// and `elif` chains).
pub const MAX_LEVELS: u32 = 1000;

/// The deepest nesting of Rust values (structs, enums, vectors, boxes,
/// options) in any tree the parser builds, as [`debug_nesting`] measures it
/// on the tree's `Debug` text.
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
