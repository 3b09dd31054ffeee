//! Every prefix of realistic programs (cut after every line, and after
//! every byte of the first 300) parses or gives a syntax error, never a
//! panic; prefixes cut at a line end inside an open construct report
//! "unexpected end of input", and the kind always agrees with the message.

use std::panic::catch_unwind;
use std::path::Path;

use omx_core::SyntaxErrorKind;
use omx_lua_syntax::parse;

fn programs() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut programs: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("tests/programs exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "lua"))
        .map(|path| {
            let name = path.display().to_string();
            (name, std::fs::read(&path).expect("readable program"))
        })
        .collect();
    programs.sort();
    assert!(programs.len() >= 5);
    programs
}

/// Parses `prefix` under `catch_unwind`; `None` when it parses.
fn parse_prefix(name: &str, prefix: &[u8]) -> Option<(SyntaxErrorKind, String)> {
    let owned = prefix.to_vec();
    match catch_unwind(move || parse(&owned, "prefix").err().map(|e| (e.kind, e.message))) {
        Ok(result) => result,
        Err(_) => panic!(
            "{name}: parser panicked on prefix {:?}",
            String::from_utf8_lossy(prefix)
        ),
    }
}

#[test]
fn whole_programs_parse() {
    for (name, source) in programs() {
        if let Err(error) = parse(&source, &name) {
            panic!("{name}:{}: {}", error.line(), error.message);
        }
    }
}

#[test]
fn line_prefixes_parse_or_ask_for_more() {
    for (name, source) in programs() {
        let ends = source
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .map(|(i, _)| i + 1);
        for end in ends {
            if let Some((kind, message)) = parse_prefix(&name, &source[..end]) {
                assert_eq!(
                    kind,
                    SyntaxErrorKind::UnexpectedEof,
                    "{name}: prefix of {end} bytes: {message}"
                );
                assert!(message.ends_with("<eof>"), "{name}: {message}");
            }
        }
    }
}

#[test]
fn byte_prefixes_never_panic() {
    for (name, source) in programs() {
        for end in 0..=source.len().min(300) {
            if let Some((kind, message)) = parse_prefix(&name, &source[..end]) {
                assert_eq!(
                    kind == SyntaxErrorKind::UnexpectedEof,
                    message.ends_with("<eof>"),
                    "{name}: prefix of {end} bytes: {message}"
                );
            }
        }
    }
}

#[test]
fn hostile_inputs_never_panic() {
    let inputs: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"\xff\xfe\x00".to_vec(),
        b"((((((((((((((((((((".to_vec(),
        b"x = \"\\".to_vec(),
        b"x = \"\\u{".to_vec(),
        b"x = \"\\x".to_vec(),
        b"x = [".to_vec(),
        b"--[".to_vec(),
        b"#".to_vec(),
        b"\xEF\xBB\xBF#!\nreturn 1".to_vec(),
        b"0x.p1".to_vec(),
        b"return 0x1p99999999999999999999".to_vec(),
        b"return 1e99999999999999999999".to_vec(),
        b"end end end ) ) ] }".to_vec(),
        b"function(...) ... end".to_vec(),
        "x = '\u{1F600}' \u{1F600}".as_bytes().to_vec(),
    ];
    for input in inputs {
        let _ = parse_prefix("hostile", &input);
    }
}
