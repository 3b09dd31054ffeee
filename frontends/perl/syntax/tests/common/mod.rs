//! Shared test helpers: the conformance corpus.

use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/conformance/perl")
}

pub fn corpus_programs() -> Vec<(String, String)> {
    let mut programs: Vec<(String, String)> = std::fs::read_dir(corpus_dir())
        .expect("corpus directory exists")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "pl"))
        .map(|path| {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let source = std::fs::read_to_string(&path).expect("readable program");
            (name, source)
        })
        .collect();
    programs.sort();
    programs
}
