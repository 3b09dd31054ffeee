//! Runs every program of tests/conformance/python/ through omx and compares
//! its stdout, byte for byte, with what python3 (3.11) printed (NAME.out,
//! made by regen.sh); an error-path program (error_*.py) must also end
//! with the exception line of NAME.err. Programs listed in KNOWN_FAILURES
//! must still fail: when one starts passing, take it off the list.

use omx::Lang;
use omx_tests::{corpus_dir, programs, run};

fn known_failures() -> Vec<String> {
    std::fs::read_to_string(corpus_dir("python").join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn python_corpus_matches_python3() {
    let known = known_failures();
    let progs = programs("python", "py");
    assert!(
        progs.len() >= 40,
        "expected at least 40 Python programs, found {}",
        progs.len()
    );
    let mut failed = Vec::new();
    let mut unexpectedly_passing = Vec::new();
    let mut passing = 0;
    for path in &progs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(path).unwrap();
        let expected = std::fs::read(path.with_extension("out"))
            .unwrap_or_else(|_| panic!("{stem}.out missing: run regen.sh"));
        let out = run(Lang::Python, &name, &source, Some(200_000_000));
        // An error-path program (NAME.err) must end with that exception
        // line, as CPython prints it last on stderr.
        let expected_error = std::fs::read_to_string(path.with_extension("err"))
            .ok()
            .map(|e| e.trim_end().to_string());
        let error_ok = match (&expected_error, &out.error) {
            (None, None) => true,
            (Some(want), Some(omx::Error::Runtime(e))) => e.message == *want,
            _ => false,
        };
        let ok = out.stdout == expected && error_ok;
        passing += ok as usize;
        let is_known = known.contains(&stem);
        match (ok, is_known) {
            (false, false) => {
                let first_diff = omx_tests::first_difference(&out.stdout, &expected);
                failed.push(format!(
                    "{stem}: {first_diff}; error: {:?}",
                    out.error.map(|e| e.to_string())
                ));
            }
            (true, true) => unexpectedly_passing.push(stem),
            _ => {}
        }
    }
    eprintln!("{passing} of {} Python programs pass", progs.len());
    assert!(
        failed.is_empty(),
        "{} program(s) differ from python3:\n{}",
        failed.len(),
        failed.join("\n")
    );
    assert!(
        unexpectedly_passing.is_empty(),
        "now passing, remove from KNOWN_FAILURES: {:?}",
        unexpectedly_passing
    );
}
