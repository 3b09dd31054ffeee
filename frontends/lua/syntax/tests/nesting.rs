//! Nesting limits: every bracket, block and operator kind nested 100,000
//! deep is Lua's "chunk has too many syntax levels", never a crash; the
//! deepest chunk of each kind that is accepted builds a tree within
//! `MAX_TREE_DEPTH`, which formats, clones and drops on a test thread's
//! stack; ordinary long code is not refused.

use omx_core::SyntaxErrorKind;
use omx_lua_syntax::limits::{debug_nesting, MAX_LEVELS, MAX_TREE_DEPTH};
use omx_lua_syntax::parse;

const DEEP: usize = 100_000;

type Make = fn(usize) -> String;

/// `prefix`, then `open` `n` times, `middle`, and `close` `n` times.
fn nest(prefix: &str, open: &str, middle: &str, close: &str, n: usize) -> String {
    format!("{prefix}{}{middle}{}", open.repeat(n), close.repeat(n))
}

/// Every construct that nests, as a chunk nesting it `n` deep.
fn kinds() -> Vec<(&'static str, Make)> {
    vec![
        ("parentheses", |n| nest("x = ", "(", "1", ")", n)),
        ("table constructors", |n| nest("x = ", "{", "1", "}", n)),
        ("index brackets", |n| nest("x = ", "t[", "1", "]", n)),
        ("call arguments", |n| nest("x = ", "f(", "1", ")", n)),
        ("functions", |n| {
            nest("x = ", "function() return ", "1", " end", n)
        }),
        ("local functions", |n| {
            nest("", "local function f() ", "", " end", n)
        }),
        ("do blocks", |n| nest("", "do ", "", " end", n)),
        ("if blocks", |n| nest("", "if x then ", "", " end", n)),
        ("while loops", |n| nest("", "while x do ", "", " end", n)),
        ("numeric for loops", |n| {
            nest("", "for i = 1, 2 do ", "", " end", n)
        }),
        ("generic for loops", |n| {
            nest("", "for k, v in pairs(t) do ", "", " end", n)
        }),
        ("repeat loops", |n| nest("", "repeat ", "", " until x", n)),
        ("unary minus", |n| format!("x = {}1", "- ".repeat(n))),
        ("not", |n| format!("x = {}1", "not ".repeat(n))),
        ("length", |n| format!("x = {}t", "#".repeat(n))),
        ("bitwise not", |n| format!("x = {}1", "~ ".repeat(n))),
        ("addition chain", |n| format!("x = {}1", "1 + ".repeat(n))),
        ("concatenation chain", |n| {
            format!("x = {}'a'", "'a' .. ".repeat(n))
        }),
        ("power chain", |n| format!("x = {}2", "2 ^ ".repeat(n))),
        ("or chain", |n| format!("x = {}a", "a or ".repeat(n))),
        ("comparison chain", |n| format!("x = {}a", "a < ".repeat(n))),
        ("field chain", |n| format!("x = a{}", ".b".repeat(n))),
        ("index chain", |n| format!("x = a{}", "[1]".repeat(n))),
        ("call chain", |n| format!("x = f{}", "()".repeat(n))),
        ("method chain", |n| format!("x = a{}", ":m()".repeat(n))),
        ("string call chain", |n| format!("x = f{}", "'s'".repeat(n))),
        ("table call chain", |n| format!("x = f{}", "{}".repeat(n))),
        ("parenthesised chains", |n| {
            nest("x = ", "(1 + 1 + 1 + ", "1", ")", n)
        }),
        ("functions in calls", |n| {
            nest("", "f(function() ", "", " end)", n)
        }),
    ]
}

#[test]
fn every_kind_nested_100000_deep_is_a_syntax_error() {
    for (name, make) in kinds() {
        let source = make(DEEP);
        let error = parse(source.as_bytes(), name).expect_err(name);
        assert_eq!(error.message, "chunk has too many syntax levels", "{name}");
        assert_eq!(error.kind, SyntaxErrorKind::Invalid, "{name}");
        let (start, end) = (error.span.start as usize, error.span.end as usize);
        assert!(start < end && end <= source.len(), "{name}: {start}..{end}");
    }
}

/// The largest `n` for which `make(n)` parses (no kind nests more than
/// one level per [`MAX_LEVELS`] unit).
fn deepest_accepted(make: Make) -> usize {
    let (mut lo, mut hi) = (0, MAX_LEVELS as usize + 1);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if parse(make(mid).as_bytes(), "deep").is_ok() {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

#[test]
fn the_deepest_accepted_trees_stay_within_the_bound() {
    for (name, make) in kinds() {
        let n = deepest_accepted(make);
        assert!(n >= 50, "{name}: only {n} levels accepted");
        let chunk = parse(make(n).as_bytes(), name).expect("accepted");
        let depth = debug_nesting(&format!("{chunk:?}"));
        assert!(depth <= MAX_TREE_DEPTH, "{name} x{n}: tree {depth} deep");
        let copy = chunk.clone();
        assert_eq!(copy, chunk, "{name}");
    }
}

#[test]
fn ordinary_long_code_is_accepted() {
    let chain = format!("return {}1", "x + ".repeat(900));
    let nested = format!("return {}1{}", "(".repeat(150), ")".repeat(150));
    let statements = "f(x)\ng(y) h(z)\n".repeat(DEEP / 2);
    let assignments = "a = b c = d\n".repeat(DEEP / 2);
    let elseifs = format!("if a then {}end", "elseif a then ".repeat(DEEP));
    let table = format!("t = {{{}}}", "{1, 2}, ".repeat(DEEP));
    let blocks = "do local x = 1 end\n".repeat(DEEP);
    let nested_in_sequence = "x = {{{{{{{{{{1}}}}}}}}}}\n".repeat(DEEP / 10);
    for (name, source) in [
        ("a 900-operator chain", chain),
        ("150 parentheses", nested),
        ("100,000 statements", statements),
        ("100,000 assignments", assignments),
        ("100,000 elseifs", elseifs),
        ("a table of 100,000 tables", table),
        ("100,000 blocks", blocks),
        ("10,000 nested tables", nested_in_sequence),
    ] {
        if let Err(error) = parse(source.as_bytes(), name) {
            panic!("{name}: {}", error.message);
        }
    }
}

fn render(error: &omx_core::SyntaxError) -> String {
    let mut out = String::new();
    miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .with_width(100)
        .render_report(&mut out, error)
        .expect("rendering into a String cannot fail");
    out
}

#[test]
fn diagnostics() {
    let brackets = format!("x = {}1{}", "(\n".repeat(300), ")".repeat(300));
    let error = parse(brackets.as_bytes(), "brackets.lua").expect_err("too deep");
    insta::assert_snapshot!("too_many_brackets", render(&error));
    let operators = format!("x = {}1", "1 +\n".repeat(1200));
    let error = parse(operators.as_bytes(), "operators.lua").expect_err("too deep");
    insta::assert_snapshot!("too_many_operators", render(&error));
}
