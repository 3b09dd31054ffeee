//! The embedding API: typed values both ways, eval and call in every
//! language, handles across slices, host functions with each language's
//! error wording, limits and the sandbox.

use std::collections::{BTreeMap, HashMap};

use omx::{BufferHost, Error, Lang, Runtime, ScriptValue};

const ALL: [Lang; 4] = [Lang::Lua, Lang::Python, Lang::JavaScript, Lang::Perl];

fn runtime() -> Runtime {
    let mut rt = Runtime::with_hash_seed(7);
    rt.set_host(BufferHost::default());
    rt
}

#[test]
fn eval_returns_typed_values_in_every_language() {
    let mut rt = runtime();
    assert_eq!(rt.eval::<i64>(Lang::Lua, "return 6 * 7").unwrap(), 42);
    assert_eq!(rt.eval::<i64>(Lang::Python, "6 * 7").unwrap(), 42);
    assert_eq!(rt.eval::<i64>(Lang::JavaScript, "6 * 7").unwrap(), 42);
    assert_eq!(rt.eval::<i64>(Lang::Perl, "6 * 7").unwrap(), 42);
    assert_eq!(rt.eval::<f64>(Lang::Python, "7 / 2").unwrap(), 3.5);
    assert!(rt.eval::<bool>(Lang::JavaScript, "1 < 2").unwrap());
    assert!(!rt.eval::<bool>(Lang::Perl, "1 > 2").unwrap());
    assert_eq!(rt.eval::<String>(Lang::Lua, "('x'):rep(3)").unwrap(), "xxx");
    assert_eq!(rt.eval::<Option<i64>>(Lang::Lua, "nil").unwrap(), None);
    assert_eq!(
        rt.eval::<Option<i64>>(Lang::JavaScript, "null").unwrap(),
        None
    );
}

#[test]
fn containers_convert_both_ways() {
    let mut rt = runtime();
    let want = vec![1i64, 2, 3];
    assert_eq!(rt.eval::<Vec<i64>>(Lang::Lua, "{1, 2, 3}").unwrap(), want);
    assert_eq!(
        rt.eval::<Vec<i64>>(Lang::Python, "[1, 2, 3]").unwrap(),
        want
    );
    assert_eq!(
        rt.eval::<Vec<i64>>(Lang::Python, "(1, 2, 3)").unwrap(),
        want
    );
    assert_eq!(
        rt.eval::<Vec<i64>>(Lang::JavaScript, "[1, 2, 3]").unwrap(),
        want
    );
    assert_eq!(rt.eval::<Vec<i64>>(Lang::Perl, "[1, 2, 3]").unwrap(), want);
    let mut map = BTreeMap::new();
    map.insert("a".to_string(), 1i64);
    map.insert("b".to_string(), 2i64);
    assert_eq!(
        rt.eval::<BTreeMap<String, i64>>(Lang::Lua, "{a = 1, b = 2}")
            .unwrap(),
        map
    );
    assert_eq!(
        rt.eval::<BTreeMap<String, i64>>(Lang::Python, "{'a': 1, 'b': 2}")
            .unwrap(),
        map
    );
    assert_eq!(
        rt.eval::<BTreeMap<String, i64>>(Lang::JavaScript, "({a: 1, b: 2})")
            .unwrap(),
        map
    );
    assert_eq!(
        rt.eval::<BTreeMap<String, i64>>(Lang::Perl, "+{a => 1, b => 2}")
            .unwrap(),
        map
    );
    let hm: HashMap<String, Vec<String>> = rt.eval(Lang::Python, "{'k': ['x', 'y']}").unwrap();
    assert_eq!(hm["k"], ["x", "y"]);
    // Into each language: its own kind of container.
    let checks = [
        (
            Lang::Lua,
            "return #xs .. ':' .. xs[1] .. ':' .. m.k .. ':' .. type(xs)",
            "2:10:v:table",
        ),
        (
            Lang::Python,
            "f'{len(xs)}:{xs[0]}:{m[\"k\"]}:{type(xs).__name__}'",
            "2:10:v:list",
        ),
        (
            Lang::JavaScript,
            "`${xs.length}:${xs[0]}:${m.k}:${Array.isArray(xs)}`",
            "2:10:v:true",
        ),
        (
            Lang::Perl,
            "scalar(@$xs) . ':' . $xs->[0] . ':' . $m->{k} . ':' . ref($xs)",
            "2:10:v:ARRAY",
        ),
    ];
    for (lang, src, want) in checks {
        rt.set_global(lang, "xs", vec![10i64, 20]).unwrap();
        let mut m = HashMap::new();
        m.insert("k", "v");
        rt.set_global(lang, "m", m).unwrap();
        assert_eq!(rt.eval::<String>(lang, src).unwrap(), want, "{lang:?}");
    }
}

#[test]
fn tuples_are_several_results() {
    let mut rt = runtime();
    let (a, b): (i64, String) = rt.eval(Lang::Lua, "return 1, 'two'").unwrap();
    assert_eq!((a, b.as_str()), (1, "two"));
    let (a, b): (i64, String) = rt.eval(Lang::Python, "1, 'two'").unwrap();
    assert_eq!((a, b.as_str()), (1, "two"));
}

#[test]
fn conversion_errors_say_what_was_expected_and_what_came() {
    let mut rt = runtime();
    let cases = [
        (Lang::Lua, "'x'", "number expected, got string"),
        (Lang::Python, "'x'", "int expected, got str"),
        (Lang::JavaScript, "'x'", "integer expected, got string"),
        (Lang::Lua, "2.5", "number expected, got number 2.5"),
        (Lang::Python, "2.5", "int expected, got float 2.5"),
        (
            Lang::JavaScript,
            "0 / 0",
            "integer expected, got number NaN",
        ),
        (
            Lang::Perl,
            "[1]",
            "integer expected, got an ARRAY reference",
        ),
    ];
    for (lang, src, want) in cases {
        let e = rt.eval::<i64>(lang, src).unwrap_err();
        assert!(matches!(e, Error::Convert(_)), "{e}");
        assert!(e.to_string().contains(want), "{lang:?}: {e}");
    }
    let e = rt.eval::<Vec<i64>>(Lang::Lua, "{1, 'x'}").unwrap_err();
    assert_eq!(
        e.to_string(),
        "conversion failed: number expected, got string (at [2])"
    );
}

#[test]
fn globals_and_calls_in_every_language() {
    let mut rt = runtime();
    rt.exec(Lang::Lua, "function sq(x) return x * x end")
        .unwrap();
    rt.exec(Lang::Python, "def sq(x):\n    return x * x")
        .unwrap();
    // Top-level declarations are the script's own (as in a Node module).
    rt.exec(
        Lang::JavaScript,
        "globalThis.sq = function (x) { return x * x }",
    )
    .unwrap();
    rt.exec(Lang::Perl, "sub sq { my $x = shift; return $x * $x }")
        .unwrap();
    for lang in ALL {
        assert_eq!(
            rt.call_global::<i64>(lang, "sq", 9).unwrap(),
            81,
            "{lang:?}"
        );
        rt.set_global(lang, "g", "set from Rust").unwrap();
        assert_eq!(rt.get_global::<String>(lang, "g").unwrap(), "set from Rust");
    }
    // A Python function called with a Lua table's worth of values.
    let sum: ScriptValue = rt.eval(Lang::Python, "lambda xs: sum(xs)").unwrap();
    assert_eq!(rt.call::<i64>(&sum, vec![1i64, 2, 3]).unwrap(), 6);
}

#[test]
fn handles_survive_collections_and_slices_and_are_released() {
    let mut rt = runtime();
    let before = rt.live_handles();
    let t: ScriptValue = rt.eval(Lang::Lua, "{n = 0}").unwrap();
    rt.set_global(Lang::Lua, "t", &t).unwrap();
    rt.load_eval(
        Lang::Lua,
        "for i = 1, 10000 do t.n = t.n + 1; local junk = {i} end return t",
    )
    .unwrap();
    let mut host = BufferHost::default();
    let mut slices = 0;
    while !rt.step(&mut host, 1000).unwrap() {
        slices += 1;
        rt.collect_garbage();
    }
    assert!(slices > 5);
    let same: ScriptValue = rt.results().unwrap();
    rt.set_global(Lang::Lua, "same", &same).unwrap();
    assert!(
        rt.eval::<bool>(Lang::Lua, "t == same and t.n == 10000")
            .unwrap()
    );
    assert_eq!(rt.live_handles(), before + 2);
    drop(same);
    drop(t);
    assert_eq!(rt.live_handles(), before);
}

#[test]
fn host_functions_use_each_languages_error_wording() {
    let mut rt = runtime();
    rt.register_function("area", |w: f64, h: f64| w * h)
        .unwrap();
    for lang in ALL {
        assert_eq!(
            rt.eval::<f64>(lang, "area(2, 3.5)").unwrap(),
            7.0,
            "{lang:?}"
        );
    }
    let cases = [
        (
            Lang::Lua,
            "area('x', 1)",
            "eval:1: bad argument #1 to 'area' (number expected, got string)",
        ),
        (
            Lang::Python,
            "area('x', 1)",
            "TypeError: area() argument 1 must be float, not str",
        ),
        (
            Lang::JavaScript,
            "area('x', 1)",
            "TypeError: area(): argument 1 must be of type number. Received string",
        ),
        (
            Lang::Perl,
            "area('x', 1)",
            "area: argument 1 must be a number, got a string at eval line 1.",
        ),
        (
            Lang::Lua,
            "area(1)",
            "bad argument #2 to 'area' (number expected, got no value)",
        ),
        (
            Lang::Python,
            "area(1)",
            "TypeError: area() missing required argument 2",
        ),
    ];
    for (lang, src, want) in cases {
        let e = rt.eval::<f64>(lang, src).unwrap_err();
        assert!(e.to_string().contains(want), "{lang:?}: {e}");
    }
    // The errors are the language's own: catchable.
    let caught: String = rt
        .eval(
            Lang::Python,
            "try:\n    area('x', 1)\nexcept TypeError as e:\n    r = 'caught ' + str(e)\nr",
        )
        .unwrap();
    assert_eq!(caught, "caught area() argument 1 must be float, not str");
    let caught: bool = rt.eval(Lang::Lua, "not pcall(area, {}, 1)").unwrap();
    assert!(caught);
}

#[test]
fn host_functions_returning_err_raise_in_the_language() {
    let mut rt = runtime();
    rt.register_function("checked", |n: i64| {
        if n < 0 {
            Err(format!("{n} is negative"))
        } else {
            Ok(n * 2)
        }
    })
    .unwrap();
    assert_eq!(rt.eval::<i64>(Lang::Perl, "checked(4)").unwrap(), 8);
    let got: String = rt
        .eval(
            Lang::JavaScript,
            "let m; try { checked(-1) } catch (e) { m = e.message } m",
        )
        .unwrap();
    assert_eq!(got, "-1 is negative");
    let got: String = rt.eval(Lang::Perl, "eval { checked(-2) }; $@").unwrap();
    assert!(got.starts_with("-2 is negative at eval line 1."), "{got}");
}

#[test]
fn step_limit_and_interrupt_are_errors_the_host_tells_apart() {
    let mut rt = runtime();
    rt.set_max_steps(Some(10_000));
    let e = rt.exec(Lang::JavaScript, "for (;;) {}").unwrap_err();
    assert!(matches!(e, Error::StepLimit { steps: 10_000 }), "{e}");
    rt.set_max_steps(None);
    let stop = rt.interrupt_handle();
    stop.interrupt();
    let e = rt.exec(Lang::Python, "while True: pass").unwrap_err();
    assert!(matches!(e, Error::Interrupted), "{e}");
    // The runtime is usable afterwards.
    assert_eq!(rt.eval::<i64>(Lang::Python, "1 + 1").unwrap(), 2);
    rt.set_max_depth(50);
    let e = rt
        .exec(Lang::Lua, "local function f() return 1 + f() end f()")
        .unwrap_err();
    assert!(e.to_string().contains("stack overflow"), "{e}");
}

#[test]
fn sandbox_refuses_files_environment_and_exit() {
    let mut rt = runtime();
    rt.set_sandbox(true);
    let cases = [
        (Lang::Lua, "io.open('/etc/passwd')", "not granted"),
        (Lang::Lua, "os.exit(1)", "os.exit"),
        (
            Lang::Lua,
            "require('anything')",
            "module 'anything' not found",
        ),
        (Lang::Perl, "exit 1", "exit"),
    ];
    for (lang, src, want) in cases {
        match rt.eval::<Option<String>>(lang, src) {
            Ok(v) => assert!(
                format!("{v:?}").contains(want) || v.is_none(),
                "{lang:?} {src}: {v:?}"
            ),
            Err(e) => assert!(e.to_string().contains(want), "{lang:?} {src}: {e}"),
        }
    }
    let (f, msg): (Option<String>, String) = rt.eval(Lang::Lua, "io.open('/etc/passwd')").unwrap();
    assert_eq!(f, None);
    assert!(msg.contains("not granted"), "{msg}");
    assert_eq!(
        rt.eval::<Option<String>>(Lang::Lua, "os.getenv('HOME')")
            .unwrap(),
        None
    );
}

#[test]
fn values_keep_their_own_rules_in_another_language() {
    let mut rt = runtime();
    // A Python object read from Lua: Python's attribute lookup (a
    // property runs), and Lua's nil for a missing attribute.
    let p: ScriptValue = rt
        .eval(
            Lang::Python,
            "class P:\n    def __init__(self): self.x = 3\n    @property\n    def double(self): return self.x * 2\nP()",
        )
        .unwrap();
    rt.set_global(Lang::Lua, "p", &p).unwrap();
    let (x, double, missing): (i64, i64, Option<i64>) =
        rt.eval(Lang::Lua, "return p.x, p.double, p.nope").unwrap();
    assert_eq!((x, double, missing), (3, 6, None));
    // A Lua table given to JavaScript is reachable as an object.
    let t: ScriptValue = rt.eval(Lang::Lua, "{name = 'lua', n = 2}").unwrap();
    rt.set_global(Lang::JavaScript, "t", &t).unwrap();
    assert_eq!(
        rt.eval::<String>(Lang::JavaScript, "t.name + t.n").unwrap(),
        "lua2"
    );
    // A Python function called from Perl (calls between conventions:
    // tests/embed_calls.rs).
    let f: ScriptValue = rt.eval(Lang::Python, "lambda a, b: a * b").unwrap();
    rt.set_global(Lang::Perl, "mul", &f).unwrap();
    assert_eq!(rt.eval::<i64>(Lang::Perl, "mul(6, 7)").unwrap(), 42);
}

#[test]
fn host_functions_call_back_into_script_without_rust_recursion() {
    let mut rt = runtime();
    // `apply(f, x)` asks the executor to call `f(x)`: no Rust frame per
    // level, so a deep mutual recursion through the host function is
    // bounded by the VM's depth limit only.
    rt.register_function("apply", |f: ScriptValue, x: i64| omx::CallScript::new(f, x))
        .unwrap();
    let n: i64 = rt
        .eval(
            Lang::Lua,
            "local function down(n) if n == 0 then return 0 end return 1 + apply(down, n - 1) end
             return down(20000)",
        )
        .unwrap();
    assert_eq!(n, 20000);
    for (lang, src) in [
        (Lang::Python, "apply(lambda n: n * 2, 21)"),
        (Lang::JavaScript, "apply(n => n * 2, 21)"),
        (Lang::Perl, "apply(sub { $_[0] * 2 }, 21)"),
    ] {
        assert_eq!(rt.eval::<i64>(lang, src).unwrap(), 42, "{lang:?}");
    }
}

#[test]
fn sandboxed_require_goes_through_the_host_loader_only() {
    let mut rt = runtime();
    rt.set_sandbox(true);
    rt.set_module_loader(|lang, name| match (lang, name) {
        (Lang::Lua, "config") => Some("return { level = 3 }".to_string()),
        (Lang::Python, "config") => Some("level = 4\nprint('config runs once')\n".to_string()),
        (Lang::Python, "broken") => Some("def f(:\n".to_string()),
        (Lang::Perl, "My::Config") => {
            Some("package My::Config; our $level = 5; sub level { $level } 1;".to_string())
        }
        _ => None,
    })
    .unwrap();
    assert_eq!(
        rt.eval::<i64>(Lang::Lua, "require('config').level")
            .unwrap(),
        3
    );
    // Loaded once, as require does.
    assert!(
        rt.eval::<bool>(Lang::Lua, "require('config') == require('config')")
            .unwrap()
    );
    let e = rt.exec(Lang::Lua, "require('os_tools')").unwrap_err();
    let text = e.to_string();
    assert!(text.contains("module 'os_tools' not found"), "{text}");
    assert!(
        text.contains("no module 'os_tools' in the host loader"),
        "{text}"
    );
    // Python: the module runs once, in a namespace of its own; omx's own
    // modules still import; others are the usual error.
    let (level, same): (i64, bool) = rt
        .eval(
            Lang::Python,
            "import config\nimport config as again\nfrom config import level\n(level, config is again)",
        )
        .unwrap();
    assert_eq!((level, same), (4, true));
    assert_eq!(
        rt.eval::<i64>(Lang::Python, "import math\nmath.floor(2.5)")
            .unwrap(),
        2
    );
    let e = rt.exec(Lang::Python, "import socket").unwrap_err();
    assert!(e.to_string().contains("No module named 'socket'"), "{e}");
    let e = rt.exec(Lang::Python, "import broken").unwrap_err();
    assert!(e.to_string().contains("broken: line 1"), "{e}");
    // Perl: `use` reads the module through the loader; a module the
    // loader lacks is not read from the files in sandbox mode.
    assert_eq!(
        rt.eval::<i64>(Lang::Perl, "use My::Config; My::Config::level()")
            .unwrap(),
        5
    );
    let e = rt.exec(Lang::Perl, "use Some::Other;").unwrap_err();
    assert!(e.to_string().contains("Can't locate Some/Other.pm"), "{e}");
}

#[test]
fn a_handle_of_another_runtime_is_an_error_not_a_panic() {
    let mut one = runtime();
    let mut two = runtime();
    let f: ScriptValue = one.eval(Lang::Lua, "function() return 1 end").unwrap();
    let e = two.call::<i64>(&f, ()).unwrap_err();
    assert!(e.to_string().contains("another runtime"), "{e}");
    assert_eq!(one.call::<i64>(&f, ()).unwrap(), 1);
    // As a value: set as a global, passed as an argument, returned by a
    // host function, given to a callback.
    let t: ScriptValue = one.eval(Lang::Lua, "{1, 2}").unwrap();
    let e = two.set_global(Lang::Lua, "t", &t).unwrap_err();
    assert!(e.to_string().contains("another runtime"), "{e}");
    let g: ScriptValue = two.eval(Lang::Lua, "function(x) return x end").unwrap();
    let e = two.call::<Option<i64>>(&g, &t).unwrap_err();
    assert!(e.to_string().contains("another runtime"), "{e}");
    let foreign = t.clone();
    two.register_function("leak", move || foreign.clone())
        .unwrap();
    for lang in ALL {
        let e = two.eval::<()>(lang, "leak()").unwrap_err();
        assert!(e.to_string().contains("another runtime"), "{lang:?}: {e}");
    }
    // Still usable where it belongs.
    one.set_global(Lang::Lua, "t", &t).unwrap();
    assert_eq!(one.eval::<i64>(Lang::Lua, "#t").unwrap(), 2);
}
