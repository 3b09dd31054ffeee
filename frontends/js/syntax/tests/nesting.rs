//! Nesting limits: every bracket, statement and operator kind nested
//! 100,000 deep is V8's "Maximum call stack size exceeded", never a crash;
//! the deepest script of each kind that is accepted builds a tree within
//! `MAX_TREE_DEPTH`, which formats, clones and drops on a test thread's
//! stack; ordinary long code is not refused.

mod common;

use omx_core::SyntaxErrorKind;
use omx_js_syntax::limits::{debug_nesting, MAX_LEVELS, MAX_TREE_DEPTH};
use omx_js_syntax::parse;

const DEEP: usize = 100_000;

type Make = fn(usize) -> String;

/// `prefix`, then `open` `n` times, `middle`, and `close` `n` times.
fn nest(prefix: &str, open: &str, middle: &str, close: &str, n: usize) -> String {
    format!("{prefix}{}{middle}{}", open.repeat(n), close.repeat(n))
}

/// Every construct that nests, as a script nesting it `n` deep.
fn kinds() -> Vec<(&'static str, Make)> {
    vec![
        ("parentheses", |n| nest("x = ", "(", "1", ")", n)),
        ("array literals", |n| nest("x = ", "[", "1", "]", n)),
        ("object literals", |n| nest("x = ", "{a: ", "1", "}", n)),
        ("blocks", |n| nest("", "{", "", "}", n)),
        ("template substitutions", |n| {
            nest("x = ", "`${", "1", "}`", n)
        }),
        ("call arguments", |n| nest("x = ", "f(", "1", ")", n)),
        ("computed members", |n| nest("x = ", "a[", "0", "]", n)),
        ("function expressions", |n| {
            nest("x = ", "function () { return ", "1", "}", n)
        }),
        ("function declarations", |n| {
            nest("", "function f() {", "", "}", n)
        }),
        ("arrow functions", |n| format!("x = {}1", "a => ".repeat(n))),
        ("arrow function blocks", |n| {
            nest("x = ", "a => { return ", "1", "}", n)
        }),
        ("classes", |n| {
            nest("x = ", "class { m() { return ", "1", "}}", n)
        }),
        ("object methods", |n| {
            nest("x = ", "{ m() { return ", "1", "}}", n)
        }),
        ("if statements", |n| format!("{}x;", "if (a) ".repeat(n))),
        ("else if chains", |n| {
            format!("if (a) x;{}", " else if (a) x;".repeat(n))
        }),
        ("while loops", |n| format!("{}x;", "while (a) ".repeat(n))),
        ("for loops", |n| format!("{}x;", "for (;;) ".repeat(n))),
        ("for-of loops", |n| {
            format!("{}x;", "for (a of b) ".repeat(n))
        }),
        ("do loops", |n| nest("", "do ", "x;", " while (a);", n)),
        ("with statements", |n| {
            format!("{}x;", "with (a) ".repeat(n))
        }),
        ("labels", |n| format!("{}x;", "a: ".repeat(n))),
        ("try blocks", |n| nest("", "try { ", "", "} finally {}", n)),
        ("switch statements", |n| {
            nest("", "switch (a) { case 1: ", "", "}", n)
        }),
        ("unary minus", |n| format!("x = {}1", "- ".repeat(n))),
        ("logical not", |n| format!("x = {}1", "!".repeat(n))),
        ("typeof", |n| format!("x = {}1", "typeof ".repeat(n))),
        ("new", |n| format!("x = {}X", "new ".repeat(n))),
        ("void", |n| format!("x = {}a", "void ".repeat(n))),
        ("spread", |n| nest("x = [", "...[", "", "]", n) + "]"),
        ("yield", |n| {
            format!("function* g() {{ x = {}1 }}", "yield ".repeat(n))
        }),
        ("addition chain", |n| format!("x = {}1", "1 + ".repeat(n))),
        ("exponent chain", |n| format!("x = {}1", "2 ** ".repeat(n))),
        ("logical chain", |n| format!("x = {}a", "a || ".repeat(n))),
        ("conditional chain", |n| {
            format!("x = {}c", "a ? b : ".repeat(n))
        }),
        ("nested conditionals", |n| {
            nest("x = ", "a ? ", "b", " : c", n)
        }),
        ("assignment chain", |n| format!("x = {}1", "a = ".repeat(n))),
        ("member chain", |n| format!("x = a{}", ".b".repeat(n))),
        ("keyword member chain", |n| {
            format!("x = a{}", ".default".repeat(n))
        }),
        ("optional chain", |n| format!("x = a{}", "?.b".repeat(n))),
        ("call chain", |n| format!("x = f{}", "()".repeat(n))),
        ("index chain", |n| format!("x = a{}", "[0]".repeat(n))),
        ("tagged templates", |n| format!("x = f{}", "`a`".repeat(n))),
        ("destructuring", |n| nest("", "[", "a", "]", n) + " = x;"),
        // `async (` looks ahead for `=>` after the matching `)`: once per
        // `async`, in linear time overall.
        ("async arrow heads", |n| {
            nest("x = ", "async (", "1", ")", n)
        }),
        ("parenthesised chains", |n| {
            nest("x = ", "(a + -b.c[d](e) ? f : ", "1", ")", n)
        }),
    ]
}

#[test]
fn every_kind_nested_100000_deep_is_a_syntax_error() {
    for (name, make) in kinds() {
        let source = make(DEEP);
        let error = parse(&source, name).expect_err(name);
        assert_eq!(error.message, "Maximum call stack size exceeded", "{name}");
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
        if parse(&make(mid), "deep").is_ok() {
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
        let program = parse(&make(n), name).expect("accepted");
        let depth = debug_nesting(&format!("{program:?}"));
        assert!(depth <= MAX_TREE_DEPTH, "{name} x{n}: tree {depth} deep");
        let copy = program.clone();
        assert_eq!(copy, program, "{name}");
    }
}

#[test]
fn mixed_nesting_stays_within_the_bound() {
    let functions = "function () { return ".repeat(199);
    let closes = "}".repeat(199);
    for (name, inner) in [
        ("operators in functions", "- ".repeat(2000) + "1"),
        ("members in functions", "a".to_string() + &".b".repeat(2000)),
        ("conditionals in functions", "a ? b : ".repeat(2000) + "c"),
    ] {
        let source = format!("x = {functions}{inner}{closes}");
        let depth = match parse(&source, name) {
            Ok(program) => debug_nesting(&format!("{program:?}")),
            Err(error) => {
                assert_eq!(error.message, "Maximum call stack size exceeded", "{name}");
                continue;
            }
        };
        assert!(depth <= MAX_TREE_DEPTH, "{name}: tree {depth} deep");
    }
}

#[test]
fn ordinary_long_code_is_accepted() {
    let statements = "f(x);\ng(y)\nh(z)\n".repeat(DEEP / 3);
    let blocks = "if (a) { b() } else { c() }\nwhile (x) { y() }\n".repeat(DEEP / 10);
    let no_semicolons = "a = b\nc = d\nfunction f() {}\nclass A {}\n".repeat(DEEP / 10);
    let do_loops = "do { x() } while (a)\ndo x(); while (b);\n".repeat(DEEP / 10);
    let cases = format!(
        "switch (a) {{ {} }}",
        "case 1: case 2: x(); break;\n".repeat(DEEP / 10)
    );
    let chain = format!("x = {}1;", "a + ".repeat(700));
    let array = format!("x = [{}];", "[1, 2], ".repeat(DEEP));
    let elses = format!("if (a) x();{}", " else if (b) y();".repeat(300));
    for (name, source) in [
        ("100,000 statements", statements),
        ("10,000 block statements", blocks),
        ("statements without semicolons", no_semicolons),
        ("10,000 do loops", do_loops),
        ("20,000 switch cases", cases),
        ("a 700-operator chain", chain),
        ("an array of 100,000 arrays", array),
        ("300 else-ifs", elses),
    ] {
        if let Err(error) = parse(&source, name) {
            panic!("{name}: {}", error.message);
        }
    }
}

#[test]
fn diagnostics() {
    let brackets = format!("x = {}1{};\n", "[\n".repeat(250), "]".repeat(250));
    insta::assert_snapshot!("too_many_brackets", common::render(&brackets));
    let operators = format!("x = {}1;\n", "1 +\n".repeat(1200));
    insta::assert_snapshot!("too_many_operators", common::render(&operators));
}

#[test]
fn statements_around_sequences_and_else_branches_are_counted() {
    // The operands after `,` and the branch after `else` are nested in the
    // `if` statements still open, not siblings of them.
    for (name, link) in [
        ("sequences", "if (a) x(), y(); else "),
        ("sequences across lines", "if (a) x()\n, y(); else "),
        (
            "bodies on the next line",
            "if (a)\n while (b)\n for (;;)\n with (c)\n ",
        ),
        (
            "function bodies on the next line",
            "if (a) function f()\n{} else ",
        ),
        ("semicolons on the next line", "if (a) x()\n; else "),
        ("labels", "b: if (a) x(); else "),
        ("try statements", "if (a) try {} catch (e) {} else "),
        ("loops", "while (a) if (b) x(); else "),
        ("do loops", "do if (a) x(); else y(); while (b); else "),
    ] {
        let source = format!("{}z();", link.repeat(DEEP));
        match parse(&source, name) {
            Ok(program) => {
                let depth = debug_nesting(&format!("{program:?}"));
                assert!(depth <= MAX_TREE_DEPTH, "{name}: tree {depth} deep");
            }
            Err(error) => assert_ne!(error.kind, SyntaxErrorKind::UnexpectedEof, "{name}"),
        }
    }
}
