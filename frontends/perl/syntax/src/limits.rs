//! How deeply a program may nest, and what that bounds.
//!
//! perl has no limits here (it nests until memory runs out); omx refuses
//! more than [`MAX_NESTING`] brackets and blocks open at once, strings
//! interpolated in strings more than [`MAX_INTERPOLATION`] deep (each one
//! is parsed by a parser of its own, deeper on the Rust stack), and any
//! program whose tree could get more than [`MAX_LEVELS`] levels deep
//! (operators, brackets and blocks together, counted as `crate::nesting`
//! explains). So every tree [`crate::parse`] builds, returned or dropped at
//! a syntax error, nests at most [`MAX_TREE_DEPTH`] Rust values deep, and
//! the recursive `Debug`, `Clone`, `PartialEq` and `Drop` of the AST stay
//! within a small, fixed stack. Lowering can rely on the same bound.

/// Most brackets and blocks (`(`, `[`, `{`) open at once.
pub const MAX_NESTING: usize = 200;

/// Most strings interpolated inside one another (`"@{[ "@{[ 1 ]}" ]}"` is
/// two).
pub const MAX_INTERPOLATION: usize = 32;

/// Most levels the tree may have: brackets and blocks plus the operators
/// nested inside one another (a left-associative chain `$a + $b + ...`
/// nests one level per operator, and so do method chains `$o->m->m`;
/// subscripts `$x->[0][1]` and list operators `join ",", join ",", ...`
/// two). Lower than in Lua and Python because Perl nodes are larger:
/// formatting the deepest tree takes about 1 MiB of stack in a debug
/// build.
pub const MAX_LEVELS: u32 = 800;

/// The deepest nesting of Rust values (structs, enums, vectors, boxes,
/// options) in any tree the parser builds, as [`debug_nesting`] measures it
/// on the tree's `Debug` text.
pub const MAX_TREE_DEPTH: usize = 2400;

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
