//! What each language sees of the other languages' values: the table in
//! COMPATIBILITY.md ("Between languages", "What each language sees"),
//! checked here. For each value made in one language: Lua's `type(v)`,
//! Python's `type(v).__name__`, JavaScript's `typeof v`, Perl's
//! `ref($v)`, then a use of it in each language.

use omx::{BufferHost, Lang, Runtime, ScriptValue};

const ALL: [Lang; 4] = [Lang::Lua, Lang::Python, Lang::JavaScript, Lang::Perl];

fn runtime() -> Runtime {
    let mut rt = Runtime::with_hash_seed(7);
    rt.set_host(BufferHost::default());
    rt.exec(Lang::Lua, "function kind(v) return type(v) end")
        .unwrap();
    rt.exec(Lang::Python, "def kind(v):\n    return type(v).__name__")
        .unwrap();
    rt.exec(
        Lang::JavaScript,
        "globalThis.kind = function (v) { return typeof v }",
    )
    .unwrap();
    rt.exec(Lang::Perl, "sub kind { ref($_[0]) }").unwrap();
    rt
}

/// The four views of the value `src` evaluates to in `lang`.
fn views(rt: &mut Runtime, lang: Lang, src: &str) -> [String; 4] {
    let v: ScriptValue = rt.eval(lang, src).unwrap();
    ALL.map(|l| rt.call_global::<String>(l, "kind", &v).unwrap())
}

#[test]
fn each_language_names_the_others_values() {
    let mut rt = runtime();
    // A function is a function everywhere; another language's container
    // or object is Lua's `userdata`, Python's `object`, JavaScript's
    // `object` and an `OBJECT` reference to Perl, read and written through
    // its own model (`$r->{k}`, `t.k`, `o[k]`).
    let table = [
        (Lang::Lua, "{1, 2}", ["table", "object", "object", "OBJECT"]),
        (
            Lang::Lua,
            "function() return 1 end",
            ["function", "function", "function", "CODE"],
        ),
        (
            Lang::Python,
            "[1]",
            ["userdata", "list", "object", "OBJECT"],
        ),
        (
            Lang::Python,
            "{'a': 1}",
            ["userdata", "dict", "object", "OBJECT"],
        ),
        (
            Lang::Python,
            "lambda: 1",
            ["function", "function", "function", "CODE"],
        ),
        (
            Lang::Python,
            "type('K', (), {'m': lambda self: 1})().m",
            ["function", "method", "object", "CODE"],
        ),
        (
            Lang::JavaScript,
            "({a: 1})",
            ["userdata", "object", "object", "OBJECT"],
        ),
        (
            Lang::JavaScript,
            "[1]",
            ["userdata", "object", "object", "OBJECT"],
        ),
        (
            Lang::JavaScript,
            "(() => 1)",
            ["function", "object", "function", "CODE"],
        ),
        (Lang::Perl, "[1]", ["userdata", "object", "object", "ARRAY"]),
        (
            Lang::Perl,
            "+{a => 1}",
            ["userdata", "object", "object", "HASH"],
        ),
        (
            Lang::Perl,
            "sub { 1 }",
            ["function", "function", "function", "CODE"],
        ),
        (
            Lang::Perl,
            "bless {}, 'P'",
            ["userdata", "object", "object", "P"],
        ),
    ];
    let mut got = Vec::new();
    for (lang, src, _) in table {
        got.push((lang, src, views(&mut rt, lang, src)));
    }
    let want: Vec<_> = table
        .iter()
        .map(|(l, s, v)| (*l, *s, v.map(String::from)))
        .collect();
    assert_eq!(got, want);
}

/// Every language calls every other language's functions with its own
/// call syntax.
#[test]
fn each_language_calls_the_others_functions() {
    let mut rt = runtime();
    rt.exec(Lang::Lua, "function call(f) return f(20) + 1 end")
        .unwrap();
    rt.exec(Lang::Python, "def call(f):\n    return f(20) + 1")
        .unwrap();
    rt.exec(
        Lang::JavaScript,
        "globalThis.call = function (f) { return f(20) + 1 }",
    )
    .unwrap();
    rt.exec(Lang::Perl, "sub call { $_[0]->(20) + 1 }").unwrap();
    for (lang, src) in [
        (Lang::Lua, "function(x) return 2 * x end"),
        (Lang::Python, "lambda x: 2 * x"),
        (Lang::JavaScript, "(x) => 2 * x"),
        (Lang::Perl, "sub { 2 * $_[0] }"),
    ] {
        let f: ScriptValue = rt.eval(lang, src).unwrap();
        for caller in ALL {
            let n: i64 = rt.call_global(caller, "call", &f).unwrap();
            assert_eq!(n, 41, "{lang:?} function called from {caller:?}");
        }
    }
}
