//! Nesting limits: every bracket, block and operator kind nested 100,000
//! deep is a clean syntax error, never a crash (perl itself has no limit
//! and no wording for one); the deepest program of each kind that is
//! accepted builds a tree within `MAX_TREE_DEPTH`, which formats, compares
//! and drops on a test thread's stack; ordinary long code is not refused.

use omx_core::SyntaxErrorKind;
use omx_perl_syntax::limits::{debug_nesting, MAX_LEVELS, MAX_TREE_DEPTH};
use omx_perl_syntax::parse;

const DEEP: usize = 100_000;

const BRACKETS: &str = "Brackets and blocks nested more than 200 deep at";
const LEVELS: &str = "Expression nested more than 800 levels deep at";
const INTERPOLATION: &str = "Interpolated strings nested more than 32 deep at";

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

/// Every construct that nests, as a program nesting it `n` deep, with the
/// start of the message expected past the limit.
fn kinds() -> Vec<(&'static str, &'static str, Make)> {
    vec![
        ("parentheses", BRACKETS, |n| {
            nest("my $x = ", "(", "1", ")", n) + ";"
        }),
        ("array references", BRACKETS, |n| {
            nest("my $x = ", "[", "1", "]", n) + ";"
        }),
        ("hash references", BRACKETS, |n| {
            nest("my $x = ", "{a => ", "1", "}", n) + ";"
        }),
        ("blocks", BRACKETS, |n| nest("", "{ ", "", "}", n)),
        ("anonymous subs", BRACKETS, |n| {
            nest("my $x = ", "sub { ", "1", " }", n) + ";"
        }),
        ("named subs", BRACKETS, |n| {
            nest("", "sub f { ", "1", " }", n)
        }),
        ("if blocks", BRACKETS, |n| {
            nest("", "if ($a) { ", "", "}", n)
        }),
        ("while blocks", BRACKETS, |n| {
            nest("", "while ($a) { ", "", "}", n)
        }),
        ("dereference blocks", BRACKETS, |n| {
            nest("my $x = ", "${ ", "\\1", " }", n) + ";"
        }),
        ("call arguments", BRACKETS, |n| {
            nest("my $x = ", "f(", "1", ")", n) + ";"
        }),
        ("subscripts in subscripts", BRACKETS, |n| {
            nest("my $x = ", "$a[", "0", "]", n) + ";"
        }),
        ("unary minus", LEVELS, |n| {
            format!("my $x = {}1;", "- ".repeat(n))
        }),
        ("logical not", LEVELS, |n| {
            format!("my $x = {}1;", "!".repeat(n))
        }),
        ("references", LEVELS, |n| {
            format!("my $x = {}$y;", "\\".repeat(n))
        }),
        ("named unary operators", LEVELS, |n| {
            format!("my $x = {}$y;", "defined ".repeat(n))
        }),
        ("addition chain", LEVELS, |n| {
            format!("my $x = {}1;", "1 + ".repeat(n))
        }),
        ("concatenation chain", LEVELS, |n| {
            format!("my $x = {}'a';", "'a' . ".repeat(n))
        }),
        ("power chain", LEVELS, |n| {
            format!("my $x = {}1;", "2 ** ".repeat(n))
        }),
        ("conditional chain", LEVELS, |n| {
            format!("my $x = {}1;", "$a ? 1 : ".repeat(n))
        }),
        ("assignment chain", LEVELS, |n| {
            format!("my $x = {}1;", "$a = ".repeat(n))
        }),
        ("arrow subscripts", LEVELS, |n| {
            format!("my $x = $y{};", "->[0]".repeat(n))
        }),
        ("subscript chain", LEVELS, |n| {
            format!("my $x = $y->[0]{};", "[0]".repeat(n))
        }),
        ("method chain", LEVELS, |n| {
            format!("my $x = $y{};", "->m".repeat(n))
        }),
        ("sigil chain", LEVELS, |n| {
            format!("my $x = {}y;", "$".repeat(n))
        }),
        ("list operators", LEVELS, |n| {
            format!("my $x = {}1;", "join ',', ".repeat(n))
        }),
        ("push chain", LEVELS, |n| {
            format!("{}1;", "push @a, ".repeat(n))
        }),
        ("low-precedence or over lists", LEVELS, |n| {
            format!("my @x = ({}1);", "1, 1 or ".repeat(n))
        }),
        ("low-precedence xor over lists", LEVELS, |n| {
            format!("{}1;", "1, 1 xor ".repeat(n))
        }),
        ("low-precedence and over lists", LEVELS, |n| {
            format!("f({}1);", "1, 1 and ".repeat(n))
        }),
        ("map chain", LEVELS, |n| {
            format!("my @x = {}@y;", "map { $_ } ".repeat(n))
        }),
        ("operators in an interpolation", LEVELS, |n| {
            format!("my $x = \"@{{[ {}1 ]}}\";", "- ".repeat(n))
        }),
        ("operators in s///e", LEVELS, |n| {
            format!("$x =~ s/a/{}1/e;", "- ".repeat(n))
        }),
        ("interpolations", INTERPOLATION, |n| {
            nest("my $x = ", "qq{@{[ ", "1", " ]}}", n) + ";"
        }),
    ]
}

#[test]
fn every_kind_nested_100000_deep_is_a_syntax_error() {
    for (name, message, make) in kinds() {
        let source = make(DEEP);
        let error = error_of(&source, name);
        assert!(
            error.message.starts_with(message),
            "{name}: {}",
            error.message
        );
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
    for (name, message, make) in kinds() {
        let n = deepest_accepted(make);
        let floor = if message == INTERPOLATION { 32 } else { 50 };
        assert!(n >= floor, "{name}: only {n} levels accepted");
        let program = parse(&make(n), name).expect("accepted");
        let depth = debug_nesting(&format!("{program:?}"));
        assert!(depth <= MAX_TREE_DEPTH, "{name} x{n}: tree {depth} deep");
        assert_eq!(program, program, "{name}");
    }
}

#[test]
fn interpolated_code_counts_with_the_code_around_it() {
    let plain = format!("my $x = {}1;", "- ".repeat(790));
    assert!(parse(&plain, "plain.pl").is_ok());
    let inner = format!(
        "my $x = {}\"@{{[ {}1 ]}}\";",
        "- ".repeat(790),
        "- ".repeat(20)
    );
    let error = error_of(&inner, "inner.pl");
    assert!(error.message.starts_with(LEVELS), "{}", error.message);
}

#[test]
fn ordinary_long_code_is_accepted() {
    let statements = "f($x); my $y = $h{a}[1]->{b};\n".repeat(DEEP / 2);
    let blocks = "if ($a) { b() } elsif ($c) { d() } else { e() }\n".repeat(DEEP / 10);
    let elsifs = format!("if ($a) {{}}{}\n", " elsif ($b) { f() }".repeat(DEEP));
    let chain = format!("my $x = {}1;\n", "$a + ".repeat(700));
    let list = format!("my @x = ({});\n", "[1, 2], ".repeat(DEEP));
    let hash = format!("my %h = ({});\n", "a => { b => 1 }, ".repeat(DEEP));
    let print = format!("print {}1;\n", "$a, ".repeat(DEEP));
    let subs = "sub f { my ($x) = @_; return $x + 1 }\n".repeat(DEEP / 10);
    for (name, source) in [
        ("100,000 statements", statements),
        ("10,000 if statements", blocks),
        ("100,000 elsifs", elsifs),
        ("a 700-operator chain", chain),
        ("a list of 100,000 arrays", list),
        ("a hash of 100,000 hashes", hash),
        ("print of 100,000 values", print),
        ("10,000 subs", subs),
    ] {
        if let Err(error) = parse(&source, name) {
            panic!("{name}: {}", error.message);
        }
    }
}

fn render(source: &str) -> String {
    let error = error_of(source, "deep.pl");
    let mut out = String::new();
    miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .with_width(100)
        .render_report(&mut out, &error)
        .expect("rendering into a String cannot fail");
    out
}

#[test]
fn diagnostics() {
    let brackets = format!("my $x = {}1{};\n", "[\n".repeat(250), "]".repeat(250));
    insta::assert_snapshot!("too_many_brackets", render(&brackets));
    let operators = format!("my $x = {}1;\n", "1 +\n".repeat(1000));
    insta::assert_snapshot!("too_many_levels", render(&operators));
    let strings = nest("my $x = ", "qq{@{[\n", "1", "]}}", 40) + ";\n";
    insta::assert_snapshot!("too_many_interpolations", render(&strings));
}
