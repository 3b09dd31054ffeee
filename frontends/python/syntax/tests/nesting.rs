//! Nesting limits: every bracket, block and operator kind nested 100,000
//! deep is a clean syntax error in CPython's words, never a crash; the
//! deepest module of each kind that is accepted builds a tree within
//! `MAX_TREE_DEPTH`, which formats, compares and drops on a test thread's
//! stack; ordinary long code is not refused.

use omx_core::SyntaxErrorKind;
use omx_python_syntax::limits::{debug_nesting, MAX_LEVELS, MAX_TREE_DEPTH};
use omx_python_syntax::parse;

const DEEP: usize = 100_000;
/// Indentation nests by lines: 100,000 levels would be a 5 GB file.
const DEEP_INDENT: usize = 3_000;

const PARENTHESES: &str = "too many nested parentheses";
const INDENTATION: &str = "too many levels of indentation";
const RECURSION: &str = "maximum recursion depth exceeded during compilation";

type Make = fn(usize) -> String;

/// The syntax error of `source` (a panic naming `name` if it parses:
/// printing the tree would be too long).
fn error_of(source: &str, name: &str) -> omx_core::SyntaxError {
    match parse(source, name) {
        Ok(_) => panic!("{name}: parsed"),
        Err(error) => error,
    }
}

/// `prefix`, then `open` `n` times, `middle`, and `close` `n` times.
fn nest(prefix: &str, open: &str, middle: &str, close: &str, n: usize) -> String {
    format!("{prefix}{}{middle}{}", open.repeat(n), close.repeat(n))
}

/// `n` nested blocks, each opened by `header`.
fn blocks(header: &str, body: &str, n: usize) -> String {
    let mut source = String::new();
    for level in 0..n {
        source.push_str(&" ".repeat(level));
        source.push_str(header);
        source.push('\n');
    }
    source.push_str(&" ".repeat(n));
    source.push_str(body);
    source.push('\n');
    source
}

/// Every construct that nests, as a module nesting it `n` deep, with the
/// message expected past the limit.
fn kinds() -> Vec<(&'static str, &'static str, Make)> {
    vec![
        ("parentheses", PARENTHESES, |n| {
            nest("x = ", "(", "1", ")", n)
        }),
        ("lists", PARENTHESES, |n| nest("x = ", "[", "1", "]", n)),
        ("dicts", PARENTHESES, |n| nest("x = ", "{1: ", "1", "}", n)),
        ("sets", PARENTHESES, |n| nest("x = ", "{", "1", "}", n)),
        ("call arguments", PARENTHESES, |n| {
            nest("x = ", "f(", "1", ")", n)
        }),
        ("subscripts", PARENTHESES, |n| {
            nest("x = ", "a[", "1", "]", n)
        }),
        ("comprehensions", PARENTHESES, |n| {
            nest("x = ", "[x for x in ", "y", "]", n)
        }),
        ("yield expressions", PARENTHESES, |n| {
            nest("def g():\n    x = ", "(yield ", "1", ")", n)
        }),
        ("f-string fields", PARENTHESES, |n| {
            format!("x = f'{{{}1{}}}'", "(".repeat(n), ")".repeat(n))
        }),
        ("if blocks", INDENTATION, |n| blocks("if x:", "pass", n)),
        ("while blocks", INDENTATION, |n| {
            blocks("while x:", "pass", n)
        }),
        ("for blocks", INDENTATION, |n| {
            blocks("for x in y:", "pass", n)
        }),
        ("with blocks", INDENTATION, |n| blocks("with x:", "pass", n)),
        ("functions", INDENTATION, |n| {
            blocks("def f():", "return 1", n)
        }),
        ("classes", INDENTATION, |n| blocks("class A:", "pass", n)),
        ("unary minus", RECURSION, |n| {
            format!("x = {}1", "-".repeat(n))
        }),
        ("inversion", RECURSION, |n| {
            format!("x = {}1", "~".repeat(n))
        }),
        ("not", RECURSION, |n| format!("x = {}1", "not ".repeat(n))),
        ("addition chain", RECURSION, |n| {
            format!("x = {}1", "1 + ".repeat(n))
        }),
        ("power chain", RECURSION, |n| {
            format!("x = {}2", "2 ** ".repeat(n))
        }),
        ("boolean chain", RECURSION, |n| {
            format!("x = {}a", "a and ".repeat(n))
        }),
        ("comparison chain", RECURSION, |n| {
            format!("x = {}a", "a < ".repeat(n))
        }),
        ("conditional chain", RECURSION, |n| {
            format!("x = {}c", "a if b else ".repeat(n))
        }),
        ("lambdas", RECURSION, |n| {
            format!("x = {}1", "lambda: ".repeat(n))
        }),
        ("lambdas in parameter defaults", RECURSION, |n| {
            format!("x = {}0{}", "lambda a=1, b=".repeat(n), ": 0".repeat(n))
        }),
        ("attribute chain", RECURSION, |n| {
            format!("x = a{}", ".b".repeat(n))
        }),
        ("call chain", RECURSION, |n| {
            format!("x = f{}", "()".repeat(n))
        }),
        ("subscript chain", RECURSION, |n| {
            format!("x = a{}", "[0]".repeat(n))
        }),
        ("elif chain", RECURSION, |n| {
            format!("if a: x\n{}", "elif a: x\n".repeat(n))
        }),
        ("elif chain with blocks", RECURSION, |n| {
            format!("if a:\n    x\n{}", "elif a:\n    x\n".repeat(n))
        }),
        ("elif chain with tuples", RECURSION, |n| {
            format!("if a: x, y; z\n{}", "elif a: x, y; z\n".repeat(n))
        }),
        ("operators in an f-string", RECURSION, |n| {
            format!("x = f'{{{}1}}'", "-".repeat(n))
        }),
        ("operators around an f-string", RECURSION, |n| {
            format!("x = {}f'{{{}1}}'", "-".repeat(n / 2), "-".repeat(n / 2))
        }),
        ("operators in brackets", PARENTHESES, |n| {
            nest("x = ", "(1 + 1 + ", "1", ")", n)
        }),
        (
            "f-string format specs",
            "f-string: expressions nested too deeply",
            |n| nest("x = f'{x:", "{x:", "", "}", n) + "}'",
        ),
    ]
}

fn size(message: &str) -> usize {
    if message == INDENTATION {
        DEEP_INDENT
    } else {
        DEEP
    }
}

#[test]
fn every_kind_nested_100000_deep_is_a_syntax_error() {
    for (name, message, make) in kinds() {
        let source = make(size(message));
        let error = error_of(&source, name);
        assert_eq!(error.message, message, "{name}");
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
    for (name, _, make) in kinds() {
        let n = deepest_accepted(make);
        let floor = if name == "f-string format specs" {
            1
        } else {
            50
        };
        assert!(n >= floor, "{name}: only {n} levels accepted");
        let module = parse(&make(n), name).expect("accepted");
        let depth = debug_nesting(&format!("{module:?}"));
        assert!(depth <= MAX_TREE_DEPTH, "{name} x{n}: tree {depth} deep");
        assert_eq!(module, module, "{name}");
    }
}

#[test]
fn nested_f_strings_are_measured_with_the_text_around_them() {
    // Four quote kinds, each nesting the next, inside deep operators: the
    // fields count on top of the operators around the string.
    let inner = "f'''{f\"\"\"{f'{f\"{-1}\"}'}\"\"\"}'''";
    let plain = format!("x = {}-1", "-".repeat(996));
    assert!(parse(&plain, "plain.py").is_ok());
    let source = format!("x = {}{inner}", "-".repeat(996));
    let error = error_of(&source, "fstrings.py");
    assert_eq!(error.message, RECURSION);
    let source = format!("x = {}{inner}", "-".repeat(900));
    let module = parse(&source, "fstrings.py").expect("within the limit");
    assert!(debug_nesting(&format!("{module:?}")) <= MAX_TREE_DEPTH);
}

#[test]
fn ordinary_long_code_is_accepted() {
    let statements = "f(x)\ny = g(1, 2); z = 3\n".repeat(DEEP / 2);
    let blocks = "if a:\n    b()\nelse:\n    c()\nwhile x:\n    y()\n".repeat(DEEP / 10);
    let elifs = format!("if a: x\n{}else: y\n", "elif b: y\n".repeat(400));
    let chain = format!("x = {}1\n", "a + ".repeat(900));
    let list = format!("x = [{}]\n", "[1, 2], ".repeat(DEEP));
    let assignments = format!("{}1\n", "a = ".repeat(DEEP));
    let strings = format!("x = ({})\n", "'a' ".repeat(DEEP));
    let functions = "def f(a, b=1, *c, **d):\n    return a\n\n".repeat(DEEP / 10);
    for (name, source) in [
        ("100,000 statements", statements),
        ("10,000 compound statements", blocks),
        ("400 elifs", elifs),
        ("a 900-operator chain", chain),
        ("a list of 100,000 lists", list),
        ("100,000 chained assignments", assignments),
        ("100,000 concatenated strings", strings),
        ("10,000 functions", functions),
    ] {
        if let Err(error) = parse(&source, name) {
            panic!("{name}: {}", error.message);
        }
    }
}

fn render(source: &str) -> String {
    let error = error_of(source, "deep.py");
    let mut out = String::new();
    miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .with_width(100)
        .render_report(&mut out, &error)
        .expect("rendering into a String cannot fail");
    out
}

#[test]
fn diagnostics() {
    let brackets = format!("x = {}1{}\n", "(\n".repeat(250), ")".repeat(250));
    insta::assert_snapshot!("too_many_nested_parentheses", render(&brackets));
    insta::assert_snapshot!(
        "too_many_levels_of_indentation",
        render(&blocks("if x:", "pass", 120))
    );
    let operators = format!("x = (\n{}1)\n", "1 +\n".repeat(1200));
    insta::assert_snapshot!("maximum_recursion_depth", render(&operators));
    insta::assert_snapshot!("f_string_nested_too_deeply", render("x = f'{a:{b:{c}}}'\n"));
}
