//! Rendered diagnostics for malformed inputs, with CPython 3.11's wording.

use omx_core::SyntaxErrorKind;

fn render(source: &str) -> String {
    let error = match omx_python_syntax::parse(source, "bad.py") {
        Ok(_) => panic!("expected a syntax error for {source:?}"),
        Err(error) => error,
    };
    let mut out = String::new();
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
    handler
        .render_report(&mut out, &error)
        .expect("rendering into a String cannot fail");
    let kind = match error.kind {
        SyntaxErrorKind::UnexpectedEof => "UnexpectedEof",
        SyntaxErrorKind::Invalid => "Invalid",
    };
    format!("{out}\nkind: {kind}\n")
}

#[test]
fn unclosed_bracket() {
    insta::assert_snapshot!(render("total = sum([1, 2,\n             3\n"));
}

#[test]
fn mismatched_bracket() {
    insta::assert_snapshot!(render("x = [1, 2)\n"));
}

#[test]
fn unterminated_string() {
    insta::assert_snapshot!(render("name = 'Ada\nprint(name)\n"));
}

#[test]
fn unterminated_triple_quoted_string() {
    insta::assert_snapshot!(render("doc = \"\"\"starts here\nand never ends\n"));
}

#[test]
fn bad_dedent() {
    insta::assert_snapshot!(render("if x:\n        a = 1\n    b = 2\n"));
}

#[test]
fn unexpected_indent() {
    insta::assert_snapshot!(render("x = 1\n    y = 2\n"));
}

#[test]
fn expected_indented_block() {
    insta::assert_snapshot!(render("def f():\n    if x:\n    return 1\n"));
}

#[test]
fn block_header_at_end_of_input() {
    insta::assert_snapshot!(render("for item in items:\n"));
}

#[test]
fn missing_colon() {
    insta::assert_snapshot!(render("class Point\n    pass\n"));
}

#[test]
fn invalid_syntax() {
    insta::assert_snapshot!(render("x = 1 2\n"));
}

#[test]
fn assign_to_literal() {
    insta::assert_snapshot!(render("1 = x\n"));
}

#[test]
fn assign_to_call_in_for() {
    insta::assert_snapshot!(render("for f() in range(3):\n    pass\n"));
}

#[test]
fn illegal_augmented_target() {
    insta::assert_snapshot!(render("[a, b] += 1\n"));
}

#[test]
fn positional_after_keyword() {
    insta::assert_snapshot!(render("f(a=1, 2)\n"));
}

#[test]
fn non_default_after_default() {
    insta::assert_snapshot!(render("def f(a=1, b):\n    pass\n"));
}

#[test]
fn inconsistent_tabs() {
    insta::assert_snapshot!(render("if x:\n\ta = 1\n        b = 2\n"));
}

#[test]
fn fstring_bad_conversion() {
    insta::assert_snapshot!(render("s = f'{x!z}'\n"));
}

#[test]
fn fstring_single_brace() {
    insta::assert_snapshot!(render("s = f'a } b'\n"));
}

#[test]
fn fstring_expression_error_points_into_the_string() {
    insta::assert_snapshot!(render("s = f'value: {a +* b}'\n"));
}

#[test]
fn leading_zero_number() {
    insta::assert_snapshot!(render("n = 0777\n"));
}

#[test]
fn mixed_bytes_and_text() {
    insta::assert_snapshot!(render("s = b'a' 'b'\n"));
}

#[test]
fn async_rejected() {
    insta::assert_snapshot!(render("async def f():\n    await g()\n"));
}

#[test]
fn match_statement_rejected() {
    insta::assert_snapshot!(render("match command:\n    case 'go':\n        pass\n"));
}

#[test]
fn python2_print() {
    insta::assert_snapshot!(render("print 'hello'\n"));
}

#[test]
fn try_without_handler() {
    insta::assert_snapshot!(render("try:\n    x = 1\ny = 2\n"));
}

#[test]
fn trailing_operator() {
    insta::assert_snapshot!(render("x = 1 +\n"));
}

#[test]
fn match_as_identifier_still_works() {
    let program =
        omx_python_syntax::parse("match = 1\nmatch.x = match(2)\ncase = [match]\n", "ok.py");
    assert!(program.is_ok());
}

#[test]
fn number_cut_short_by_the_end_of_input() {
    // Found by the parse_python fuzz target: the label pointed past the
    // end of the source, so it was not drawn.
    insta::assert_snapshot!(render("x = 0o"));
}
