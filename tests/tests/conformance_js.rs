//! Runs every program of tests/conformance/js/ through omx and compares
//! its stdout, byte for byte, with what node 20 printed (NAME.out, made by
//! regen.sh); an error-path program (error_*.js) must also end in the
//! uncaught error of NAME.err. Programs listed in KNOWN_FAILURES must
//! still fail: when one starts passing, take it off the list.

use omx::Lang;

#[test]
fn js_corpus_matches_node20() {
    omx_tests::check_corpus(Lang::JavaScript, "js", "js", 40, "node 20");
}
