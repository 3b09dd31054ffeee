//! Every conformance program parses.

mod common;

#[test]
fn every_corpus_program_parses() {
    let corpus = common::corpus();
    assert!(
        corpus.len() >= 40,
        "only {} programs in the corpus",
        corpus.len()
    );
    let failures: Vec<String> = corpus
        .iter()
        .filter_map(|(name, text)| {
            omx_js_syntax::parse(text, name)
                .err()
                .map(|e| format!("{name}:{}: {}", e.line(), e.message))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "programs that do not parse:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_program_has_an_expected_output() {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/conformance/js");
    for (name, _) in common::corpus() {
        let out = dir.join(name.replace(".js", ".out"));
        assert!(out.exists(), "{} has no .out file", name);
    }
}
