//! Runs every program of tests/conformance/perl/ through omx and compares
//! its stdout, byte for byte, with what perl 5.36 printed (NAME.out, made by
//! regen.sh). Programs listed in KNOWN_FAILURES must still fail: when one
//! starts passing, take it off the list.

use omx::Lang;
use omx_tests::{corpus_dir, programs, run};

fn known_failures() -> Vec<String> {
    std::fs::read_to_string(corpus_dir("perl").join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn perl_corpus_matches_perl536() {
    let known = known_failures();
    let progs = programs("perl", "pl");
    assert!(
        progs.len() >= 40,
        "expected at least 40 Perl programs, found {}",
        progs.len()
    );
    let mut failed = Vec::new();
    let mut unexpectedly_passing = Vec::new();
    for path in &progs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(path).unwrap();
        let expected = std::fs::read(path.with_extension("out"))
            .unwrap_or_else(|_| panic!("{stem}.out missing: run regen.sh"));
        let out = run(Lang::Perl, &name, &source, Some(2_000_000_000));
        let ok = out.stdout == expected && out.error.is_none();
        let is_known = known.contains(&stem);
        match (ok, is_known) {
            (false, false) => {
                let got = String::from_utf8_lossy(&out.stdout);
                let want = String::from_utf8_lossy(&expected);
                let first_diff = got
                    .lines()
                    .zip(want.lines())
                    .enumerate()
                    .find(|(_, (a, b))| a != b)
                    .map(|(i, (a, b))| format!("line {}: got {:?}, want {:?}", i + 1, a, b))
                    .unwrap_or_else(|| {
                        format!(
                            "got {} lines, want {}",
                            got.lines().count(),
                            want.lines().count()
                        )
                    });
                failed.push(format!(
                    "{stem}: {first_diff}; error: {:?}",
                    out.error.map(|e| e.to_string())
                ));
            }
            (true, true) => unexpectedly_passing.push(stem),
            _ => {}
        }
    }
    assert!(
        failed.is_empty(),
        "{} program(s) differ from perl 5.36:\n{}",
        failed.len(),
        failed.join("\n")
    );
    assert!(
        unexpectedly_passing.is_empty(),
        "now passing, remove from KNOWN_FAILURES: {:?}",
        unexpectedly_passing
    );
}
