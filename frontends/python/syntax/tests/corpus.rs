//! Every program of tests/conformance/python parses, and every prefix of
//! every program (cut after each line) parses or fails cleanly.

use std::path::PathBuf;

use omx_core::SyntaxErrorKind;

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/conformance/python");
    let mut programs = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("corpus directory exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "py") {
            let text = std::fs::read_to_string(&path).expect("readable program");
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            programs.push((name.unwrap_or_default(), text));
        }
    }
    programs.sort();
    programs
}

#[test]
fn corpus_has_at_least_forty_programs_with_outputs() {
    let programs = corpus();
    assert!(programs.len() >= 40, "only {} programs", programs.len());
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/conformance/python");
    for (name, _) in &programs {
        let out = dir.join(name.replace(".py", ".out"));
        assert!(out.exists(), "{name} has no .out file");
    }
}

#[test]
fn every_corpus_program_parses() {
    let mut failures = Vec::new();
    for (name, text) in corpus() {
        if let Err(error) = omx_python_syntax::parse(&text, &name) {
            failures.push(format!("{name}:{}: {}", error.line(), error.message));
        }
    }
    assert!(
        failures.is_empty(),
        "programs that do not parse:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_prefix_parses_or_fails_cleanly() {
    let mut panics = Vec::new();
    let mut prefixes = 0;
    for (name, text) in corpus() {
        let mut cut = 0;
        for line in text.split_inclusive('\n') {
            cut += line.len();
            let prefix = &text[..cut];
            prefixes += 1;
            let result = std::panic::catch_unwind(|| {
                let _ = omx_python_syntax::parse(prefix, &name);
            });
            if result.is_err() {
                panics.push(format!("{name} cut after byte {cut}"));
            }
            // Also cut in the middle of the line, without its newline.
            let trimmed = prefix.trim_end_matches('\n');
            let result = std::panic::catch_unwind(|| {
                let _ = omx_python_syntax::parse(trimmed, &name);
            });
            if result.is_err() {
                panics.push(format!("{name} cut before byte {cut} (no newline)"));
            }
        }
    }
    assert!(prefixes > 1000, "only {prefixes} prefixes");
    assert!(
        panics.is_empty(),
        "parser panicked on:\n{}",
        panics.join("\n")
    );
}

#[test]
fn prefix_inside_open_bracket_is_unexpected_eof() {
    let mut checked = 0;
    for (name, text) in corpus() {
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            // Cut right after the first bracket of the line, when no string
            // or comment starts before it.
            let bracket = line.find(['(', '[', '{']);
            let quote = line.find(['\'', '"', '#']);
            if let Some(at) = bracket.filter(|&b| quote.is_none_or(|q| q > b)) {
                let cut = line_start + at + 1;
                let error = omx_python_syntax::parse(&text[..cut], &name)
                    .expect_err("a prefix ending in an open bracket cannot parse");
                assert_eq!(
                    error.kind,
                    SyntaxErrorKind::UnexpectedEof,
                    "{name} cut after byte {cut}: {}",
                    error.message
                );
                checked += 1;
            }
            line_start += line.len();
        }
    }
    assert!(checked >= 100, "only {checked} open-bracket prefixes found");
}

#[test]
fn unexpected_eof_for_incomplete_inputs() {
    for source in [
        "x = (1,\n",
        "f(a,\n  b",
        "x = [\n",
        "d = {'a':\n",
        "if x:\n",
        "def f():\n",
        "class A:",
        "x = 1 +",
        "s = '''abc\n",
        "x = \\\n",
        "try:\n    pass\n",
    ] {
        let error = omx_python_syntax::parse(source, "t.py").expect_err(source);
        assert_eq!(
            error.kind,
            SyntaxErrorKind::UnexpectedEof,
            "{source:?}: {}",
            error.message
        );
    }
    for source in ["x = )", "s = 'abc\n", "if x y:\n    pass\n", "1 = 2\n"] {
        let error = omx_python_syntax::parse(source, "t.py").expect_err(source);
        assert_eq!(
            error.kind,
            SyntaxErrorKind::Invalid,
            "{source:?}: {}",
            error.message
        );
    }
}
