//! The last gaps between languages: a Python exception reaching
//! JavaScript's top level reads as Python prints it; Python's `len()` of
//! another language's collection; a JavaScript function as the `__call`
//! of a non-table Lua value gets Lua's arguments; a required Perl file
//! ending in a sub definition or a loop is false, as in perl.

use omx::{BufferHost, Lang, Runtime, ScriptValue};

fn runtime() -> Runtime {
    let mut rt = Runtime::with_hash_seed(7);
    rt.set_host(BufferHost::default());
    rt
}

/// Make the value of `src` in `from` the global `name` of `to`.
fn give(rt: &mut Runtime, from: Lang, src: &str, to: Lang, name: &str) {
    let v: ScriptValue = rt.eval(from, src).unwrap();
    rt.set_global(to, name, &v).unwrap();
}

#[test]
fn a_python_exception_at_javascripts_top_level_reads_as_python_prints_it() {
    let mut rt = runtime();
    give(
        &mut rt,
        Lang::Python,
        "lambda: {}['nope']",
        Lang::JavaScript,
        "boom",
    );
    let e = rt
        .exec(Lang::JavaScript, "boom();")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("KeyError: 'nope'"), "{e}");
    assert!(!e.contains("#<Object>"), "{e}");
    // JavaScript's own errors are worded as before.
    let e = rt
        .exec(Lang::JavaScript, "throw new TypeError('bad');")
        .unwrap_err()
        .to_string();
    assert!(e.contains("TypeError: bad"), "{e}");
    let e = rt
        .exec(Lang::JavaScript, "throw {};")
        .unwrap_err()
        .to_string();
    assert!(e.contains("Uncaught #<Object>"), "{e}");
}

#[test]
fn python_len_of_other_languages_collections() {
    let mut rt = runtime();
    give(
        &mut rt,
        Lang::JavaScript,
        "[1, 2, 3]",
        Lang::Python,
        "js_array",
    );
    give(
        &mut rt,
        Lang::Lua,
        "{1, 2, 3, 4, x = 1}",
        Lang::Python,
        "lua_seq",
    );
    give(
        &mut rt,
        Lang::Lua,
        "setmetatable({}, {__len = function() return 42 end})",
        Lang::Python,
        "lua_sized",
    );
    give(&mut rt, Lang::Perl, "[1, 2]", Lang::Python, "perl_array");
    give(
        &mut rt,
        Lang::Perl,
        "+{a => 1, b => 2, c => 3}",
        Lang::Python,
        "perl_hash",
    );
    give(
        &mut rt,
        Lang::JavaScript,
        "({a: 1})",
        Lang::Python,
        "js_object",
    );
    let lens: Vec<i64> = rt
        .eval(
            Lang::Python,
            "[len(js_array), len(lua_seq), len(lua_sized), len(perl_array), len(perl_hash)]",
        )
        .unwrap();
    assert_eq!(lens, [3, 4, 42, 2, 3]);
    // An object that is no sized collection is still Python's TypeError.
    let e = rt.eval::<i64>(Lang::Python, "len(js_object)").unwrap_err();
    assert!(e.to_string().contains("has no len()"), "{e}");
}

#[test]
fn a_javascript_call_metamethod_of_a_lua_string_gets_luas_arguments() {
    let mut rt = runtime();
    give(
        &mut rt,
        Lang::JavaScript,
        "(function (s, n) { return typeof s + ':' + s + ':' + n; })",
        Lang::Lua,
        "describe",
    );
    let got: String = rt
        .eval(
            Lang::Lua,
            "getmetatable('').__call = describe\nreturn ('text')(7)",
        )
        .unwrap();
    assert_eq!(got, "string:text:7");
}

#[test]
fn a_required_perl_file_is_the_value_of_its_last_statement_that_runs() {
    let mut rt = runtime();
    rt.set_module_loader(|lang, name| match (lang, name) {
        (Lang::Perl, "OnlySubs") => Some("package OnlySubs; sub f { 1 }".into()),
        (Lang::Perl, "SubsAfter") => Some("package SubsAfter; 1;\nsub g { 2 }".into()),
        (Lang::Perl, "Looping") => Some("package Looping; for (1 .. 2) {}".into()),
        _ => None,
    })
    .unwrap();
    // perl 5.36: "OnlySubs.pm did not return a true value", "SubsAfter"
    // loads (subs are defined when the file compiles), "Looping.pm did not
    // return a true value".
    let got: String = rt
        .eval(
            Lang::Perl,
            "my @r;\n\
             for my $m ('OnlySubs', 'SubsAfter', 'Looping') {\n\
               push @r, eval \"require $m; 1\" ? 'ok' : (split / at /, $@)[0];\n\
             }\n\
             push @r, SubsAfter::g();\n\
             join('|', @r)",
        )
        .unwrap();
    assert_eq!(
        got,
        "OnlySubs.pm did not return a true value|ok|Looping.pm did not return a true value|2"
    );
}
