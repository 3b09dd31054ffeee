//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// Every `*.js` program of tests/conformance/js, sorted by name.
pub fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/conformance/js");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, text)
        })
        .collect()
}

/// A diagnostic rendered the way the CLI shows it, without colours.
pub fn render(source: &str) -> String {
    match omx_js_syntax::parse(source, "input.js") {
        Ok(_) => "parsed without error".to_string(),
        Err(e) => {
            let mut out = String::new();
            let handler = miette::GraphicalReportHandler::new_themed(
                miette::GraphicalTheme::unicode_nocolor(),
            );
            handler
                .render_report(&mut out, &e)
                .unwrap_or_else(|err| panic!("render failed: {err}"));
            format!("kind: {:?}\n{out}", e.kind)
        }
    }
}
