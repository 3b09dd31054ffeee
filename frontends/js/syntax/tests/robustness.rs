//! Every prefix (cut after each line) of every corpus program either parses
//! or gives a SyntaxError; none panics. A prefix that ends inside an open
//! bracket is "unexpected end of input".

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

#[test]
fn every_line_prefix_parses_or_fails_cleanly() {
    let mut panics = Vec::new();
    for (name, text) in common::corpus() {
        let mut cut = 0;
        for line in text.split_inclusive('\n') {
            cut += line.len();
            let prefix = &text[..cut];
            let result = catch_unwind(AssertUnwindSafe(|| omx_js_syntax::parse(prefix, &name)));
            if result.is_err() {
                panics.push(format!("{name}: prefix of {cut} bytes"));
            }
        }
    }
    assert!(panics.is_empty(), "panicked on:\n{}", panics.join("\n"));
}

#[test]
fn open_brackets_are_unexpected_eof() {
    for src in [
        "function f() {\n  return 1;\n",
        "foo(1, 2",
        "const a = [1, 2,\n",
        "if (x) {",
        "let o = { a: 1,",
        "x = `abc ${ 1 +",
        "x = (1 +",
        "class A { m() {",
        "const s = 'abc",
        "/* comment",
        "a +",
    ] {
        let err = omx_js_syntax::parse(src, "t.js").expect_err(src);
        assert!(err.is_unexpected_eof(), "{src:?} gave {:?}", err);
    }
}

#[test]
fn truncations_of_every_corpus_program_inside_brackets_are_eof() {
    // Cutting just after an opening `{` (end of a line) must ask for more.
    for (name, text) in common::corpus() {
        let mut cut = 0;
        for line in text.split_inclusive('\n') {
            cut += line.len();
            if line.trim_end().ends_with('{') && !line.trim_start().starts_with("//") {
                let err = omx_js_syntax::parse(&text[..cut], &name);
                if let Err(e) = err {
                    assert!(e.is_unexpected_eof(), "{name} cut at {cut}: {:?}", e);
                }
            }
        }
    }
}
