//! Runs every program of tests/conformance/perl/ through omx and compares
//! its stdout, byte for byte, with what perl 5.36 printed (NAME.out, made
//! by regen.sh). Programs listed in KNOWN_FAILURES must still fail: when
//! one starts passing, take it off the list.

use omx::Lang;

#[test]
fn perl_corpus_matches_perl536() {
    omx_tests::check_corpus(Lang::Perl, "perl", "pl", 50, "perl 5.36");
}
