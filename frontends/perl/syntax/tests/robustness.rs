//! Every prefix (cut after each line) of every corpus program either parses
//! or gives a SyntaxError; none panics. Prefixes ending right after an
//! opening `{` must report an unexpected end of input.

use std::panic::{catch_unwind, AssertUnwindSafe};

use omx_core::SyntaxErrorKind;

mod common;

#[test]
fn every_prefix_parses_or_errors_without_panicking() {
    let mut panics = Vec::new();
    let mut wrong_kind = Vec::new();
    let mut prefixes = 0usize;
    for (name, source) in common::corpus_programs() {
        let mut in_data = false;
        for (index, _) in source.match_indices('\n') {
            let prefix = &source[..=index];
            prefixes += 1;
            let last_line = prefix[..index].rsplit('\n').next().unwrap_or("");
            if last_line.starts_with("__END__") || last_line.starts_with("__DATA__") {
                in_data = true;
            }
            let result = catch_unwind(AssertUnwindSafe(|| omx_perl_syntax::parse(prefix, &name)));
            match result {
                Err(_) => panics.push(format!("{name}: prefix of {} bytes", prefix.len())),
                Ok(outcome) => {
                    let opens_block = !in_data && last_line.trim_end().ends_with('{');
                    if opens_block {
                        match outcome {
                            Err(e) if e.kind == SyntaxErrorKind::UnexpectedEof => {}
                            other => wrong_kind.push(format!(
                                "{name}: prefix ending `{}` gave {:?}",
                                last_line.trim(),
                                other.map(|_| "a program").map_err(|e| e.message)
                            )),
                        }
                    }
                }
            }
        }
    }
    assert!(prefixes > 1000, "only {prefixes} prefixes");
    assert!(panics.is_empty(), "panicked on:\n{}", panics.join("\n"));
    assert!(
        wrong_kind.is_empty(),
        "expected UnexpectedEof:\n{}",
        wrong_kind.join("\n")
    );
}

#[test]
fn open_brackets_report_unexpected_eof() {
    for source in [
        "my @a = (1, 2,",
        "my %h = (a => {",
        "foo(1, [2,",
        "if ($x) {",
        "sub f { my $x = shift;",
        "my $s = \"abc",
        "print <<EOT;\nabc\n",
        "$x =~ s{a}{",
        "my $r = qw(a b",
        "print 1 +",
    ] {
        match omx_perl_syntax::parse(source, "t.pl") {
            Err(e) => assert_eq!(
                e.kind,
                SyntaxErrorKind::UnexpectedEof,
                "{source:?}: {}",
                e.message
            ),
            Ok(_) => panic!("{source:?} parsed"),
        }
    }
}

#[test]
fn garbage_never_panics() {
    let samples = [
        "$",
        "@",
        "%",
        "&",
        "*",
        "${",
        "@{",
        "$#",
        "$#{",
        "->",
        "}}}",
        "]]",
        "))",
        "<<",
        "<<~",
        "s",
        "s/",
        "tr/a/",
        "y",
        "q(",
        "qw",
        "m{",
        "\"\\",
        "\"$",
        "\"@{",
        "\"${",
        "\"$x->[",
        "print {",
        "sort {",
        "map {",
        "sub",
        "sub (",
        "sub f :",
        "package",
        "use",
        "__END__",
        "=pod",
        "\u{e9}",
        "$x\u{e9}",
        "\"\\x{110000}\"",
        "\"\\N{U+ZZ}\"",
        "0x",
        "1e",
        "0b2",
        "99999999999999999999999",
        "\"\\c\u{e9}\"",
        "<$",
        "<STDIN",
        "-",
        "-e",
        "{ a => ",
    ];
    for sample in samples {
        let outcome = catch_unwind(|| omx_perl_syntax::parse(sample, "g.pl"));
        assert!(outcome.is_ok(), "panicked on {sample:?}");
    }
}

#[test]
fn named_capture_hash_interpolates() {
    let program =
        omx_perl_syntax::parse("print \"$+{year}\";", "t.pl").unwrap_or_else(|e| panic!("{e:?}"));
    let text = format!("{:?}", program.body);
    assert!(text.contains("HashElem"), "{text}");
}
