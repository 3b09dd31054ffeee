//! Every conformance program under tests/conformance/perl must parse.

mod common;

use common::corpus_programs;

#[test]
fn every_corpus_program_parses() {
    let programs = corpus_programs();
    assert!(
        programs.len() >= 40,
        "only {} corpus programs",
        programs.len()
    );
    let mut failures = Vec::new();
    for (name, source) in &programs {
        if let Err(error) = omx_perl_syntax::parse(source, name) {
            failures.push(format!("{name}: {} (line {})", error.message, error.line()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs failed to parse:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}
