//! Rendered diagnostics for malformed programs, worded as perl words them.

use omx_core::SyntaxErrorKind;

fn render(source: &str) -> (String, SyntaxErrorKind) {
    let error = match omx_perl_syntax::parse(source, "bad.pl") {
        Ok(program) => panic!("expected a syntax error, parsed: {program:#?}"),
        Err(error) => error,
    };
    let mut out = String::new();
    miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .render_report(&mut out, &error)
        .unwrap_or_else(|e| panic!("render failed: {e}"));
    (out, error.kind)
}

fn eof(source: &str) -> String {
    let (out, kind) = render(source);
    assert_eq!(kind, SyntaxErrorKind::UnexpectedEof, "{out}");
    out
}

fn invalid(source: &str) -> String {
    let (out, kind) = render(source);
    assert_eq!(kind, SyntaxErrorKind::Invalid, "{out}");
    out
}

#[test]
fn unclosed_curly() {
    insta::assert_snapshot!(eof(
        "sub f {\n    my $x = 1;\n    if ($x) {\n        print $x;\n    }\n"
    ));
}

#[test]
fn unclosed_square() {
    insta::assert_snapshot!(eof("my $r = [1, 2,\n    3,\n"));
}

#[test]
fn unclosed_paren() {
    insta::assert_snapshot!(eof("print(1, 2\n"));
}

#[test]
fn unterminated_double_quote() {
    insta::assert_snapshot!(eof("my $s = \"hello;\nprint $s;\n"));
}

#[test]
fn unterminated_single_quote() {
    insta::assert_snapshot!(eof("print 'abc;\n"));
}

#[test]
fn unterminated_heredoc() {
    insta::assert_snapshot!(eof("print <<\"EOT\";\nline one\nline two\n"));
}

#[test]
fn unterminated_regex() {
    insta::assert_snapshot!(eof("if ($x =~ /abc) { print 1 }\n"));
}

#[test]
fn unterminated_substitution_replacement() {
    insta::assert_snapshot!(eof("$x =~ s/abc/def;\n"));
}

#[test]
fn trailing_operator() {
    insta::assert_snapshot!(eof("my $x = 1 +\n"));
}

#[test]
fn missing_semicolon() {
    insta::assert_snapshot!(invalid("my $x = 1\nmy $y = 2;\n"));
}

#[test]
fn two_terms_in_a_row() {
    insta::assert_snapshot!(invalid("my $x = 1 2;\n"));
}

#[test]
fn stray_closing_brace() {
    insta::assert_snapshot!(invalid("print 1;\n}\n"));
}

#[test]
fn sub_attributes_rejected() {
    insta::assert_snapshot!(invalid("sub f :lvalue { 1 }\n"));
}
