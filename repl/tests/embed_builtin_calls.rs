//! A function of one language handed to another language's builtin that
//! calls it back (Lua `pcall`, `table.sort`, `string.gsub`; Python `map`,
//! `sorted(key=)`, `filter`; Perl `sort`, `map`; JavaScript
//! `Array.prototype.map`): the builtin's call follows the callee's
//! convention, as a call from compiled code does (core/src/vm/receiver.rs).
//! A JavaScript function gets `this = undefined` and its arguments; a Lua,
//! Python or Perl function called back by a JavaScript builtin gets no
//! `this`.

use omx::{BufferHost, Lang, Runtime, ScriptValue};

fn runtime() -> Runtime {
    let mut rt = Runtime::with_hash_seed(7);
    rt.set_host(BufferHost::default());
    rt
}

/// JavaScript functions given to every language: `mul(a, b)`, `less(a,
/// b)` (a comparator answering a boolean), `desc(a, b)` (a number),
/// `twice(x)`, `odd(x)`, `thisOf()` (what it was given as `this`).
fn javascript_functions(rt: &mut Runtime, lang: Lang) {
    for (name, src) in [
        ("mul", "(a, b) => a * b"),
        ("less", "(a, b) => a > b"),
        ("desc", "(a, b) => b - a"),
        ("twice", "(x) => x * 2"),
        ("odd", "(x) => x % 2 === 1"),
        (
            "thisOf",
            "(function (x) { 'use strict'; return (this === undefined ? 'undefined' : typeof this) + ':' + x; })",
        ),
        ("upper", "(s) => s.toUpperCase()"),
    ] {
        let f: ScriptValue = rt.eval(Lang::JavaScript, src).unwrap();
        rt.set_global(lang, name, &f).unwrap();
    }
}

#[test]
fn lua_builtins_call_javascript_functions_without_this() {
    let mut rt = runtime();
    javascript_functions(&mut rt, Lang::Lua);
    let (ok, n): (bool, i64) = rt.eval(Lang::Lua, "pcall(mul, 6, 7)").unwrap();
    assert_eq!((ok, n), (true, 42));
    let (ok, n): (bool, i64) = rt
        .eval(Lang::Lua, "xpcall(mul, debug.traceback, 5, 8)")
        .unwrap();
    assert_eq!((ok, n), (true, 40));
    // A Python function is a Lua function (a closure): `table.sort`
    // calls it back plainly.
    let py_less: ScriptValue = rt.eval(Lang::Python, "lambda a, b: a > b").unwrap();
    rt.set_global(Lang::Lua, "pyLess", &py_less).unwrap();
    let sorted: Vec<i64> = rt
        .eval(
            Lang::Lua,
            "local t = {3, 1, 4, 1, 5}; table.sort(t, pyLess); return t",
        )
        .unwrap();
    assert_eq!(sorted, vec![5, 4, 3, 1, 1]);
    // A JavaScript function is a Lua function (core/src/protocol/lua/
    // callable.rs): `type()` says so and the library functions that take a
    // function take it.
    assert_eq!(
        rt.eval::<String>(Lang::Lua, "type(less)").unwrap(),
        "function"
    );
    let sorted: Vec<i64> = rt
        .eval(
            Lang::Lua,
            "local t = {2, 3, 1}; table.sort(t, less); return t",
        )
        .unwrap();
    assert_eq!(sorted, vec![3, 2, 1]);
    let s: String = rt
        .eval(Lang::Lua, "return (string.gsub('a-b', '%a', upper))")
        .unwrap();
    assert_eq!(s, "A-B");
    let (ok, msg): (bool, String) = rt.eval(Lang::Lua, "xpcall(error, upper, 'boom')").unwrap();
    assert_eq!((ok, msg), (false, "BOOM".to_string()));
    let n: i64 = rt
        .eval(Lang::Lua, "return coroutine.wrap(twice)(21)")
        .unwrap();
    assert_eq!(n, 42);
    // A Python bound method is a function too; a Python class stays a
    // (callable) userdata.
    rt.exec(
        Lang::Python,
        "class K:\n    def m(self, x): return x + 1\nbound = K().m\n",
    )
    .unwrap();
    let bound: ScriptValue = rt.get_global(Lang::Python, "bound").unwrap();
    let class: ScriptValue = rt.get_global(Lang::Python, "K").unwrap();
    rt.set_global(Lang::Lua, "bound", &bound).unwrap();
    rt.set_global(Lang::Lua, "K", &class).unwrap();
    let (tb, tk, n): (String, String, i64) = rt
        .eval(
            Lang::Lua,
            "return type(bound), type(K), select(2, pcall(bound, 1))",
        )
        .unwrap();
    assert_eq!((tb.as_str(), tk.as_str(), n), ("function", "userdata", 2));
    let who: String = rt.eval(Lang::Lua, "select(2, pcall(thisOf, 1))").unwrap();
    assert_eq!(who, "undefined:1");
}

/// A JavaScript function as a Lua metamethod or `__index`/`__newindex`
/// handler is called as Lua calls a handler: plainly (`this` is
/// `undefined`), with the table and key as its arguments.
#[test]
fn javascript_functions_as_lua_metamethods_get_lua_arguments() {
    let mut rt = runtime();
    for (name, src) in [
        (
            "index",
            "(function (t, k) { 'use strict'; return String(this) + ':' + typeof t + ':' + k; })",
        ),
        (
            "newindexFor",
            "(log) => function (t, k, v) { 'use strict'; log.last = String(this) + ':' + k + '=' + v; }",
        ),
        ("show", "(t) => 'T(' + t.n + ')'"),
        ("add", "(a, b) => a.n + b.n"),
        ("len", "(t) => 99"),
        ("lt", "(a, b) => a.n < b.n"),
        (
            "callme",
            "(function (t, x) { 'use strict'; return String(this) + ':' + t.n + ':' + x; })",
        ),
    ] {
        let f: ScriptValue = rt.eval(Lang::JavaScript, src).unwrap();
        rt.set_global(Lang::Lua, name, &f).unwrap();
    }
    let got: Vec<String> = rt
        .eval(
            Lang::Lua,
            r#"
            local log = {}
            local mt = {__index = index, __newindex = newindexFor(log), __tostring = show,
                        __add = add, __len = len, __lt = lt, __call = callme}
            local a = setmetatable({n = 1}, mt)
            local b = setmetatable({n = 2}, mt)
            a.x = 5
            return {a.missing, log.last, tostring(a), tostring(a + b),
                    tostring(#a), tostring(a < b), tostring(b < a), a(7)}
            "#,
        )
        .unwrap();
    assert_eq!(
        got,
        [
            "undefined:object:missing",
            "undefined:x=5",
            "T(1)",
            "3",
            "99",
            "true",
            "false",
            "undefined:1:7"
        ]
    );
}

#[test]
fn python_builtins_call_javascript_functions_without_this() {
    let mut rt = runtime();
    javascript_functions(&mut rt, Lang::Python);
    let got: Vec<i64> = rt
        .eval(Lang::Python, "list(map(twice, [1, 2, 3]))")
        .unwrap();
    assert_eq!(got, vec![2, 4, 6]);
    let got: Vec<i64> = rt
        .eval(Lang::Python, "sorted([3, 1, 2], key=lambda x: -x)")
        .unwrap();
    assert_eq!(got, vec![3, 2, 1]);
    let got: Vec<i64> = rt
        .eval(Lang::Python, "sorted([3, 1, 2], key=twice)")
        .unwrap();
    assert_eq!(got, vec![1, 2, 3]);
    let got: Vec<i64> = rt
        .eval(
            Lang::Python,
            "l = [5, 7, 6]\nl.sort(key=twice, reverse=True)\nl",
        )
        .unwrap();
    assert_eq!(got, vec![7, 6, 5]);
    let got: Vec<i64> = rt
        .eval(Lang::Python, "list(filter(odd, range(6)))")
        .unwrap();
    assert_eq!(got, vec![1, 3, 5]);
    let who: Vec<String> = rt.eval(Lang::Python, "list(map(thisOf, [1]))").unwrap();
    assert_eq!(who, vec!["undefined:1"]);
}

#[test]
fn perl_builtins_call_javascript_functions_without_this() {
    let mut rt = runtime();
    javascript_functions(&mut rt, Lang::Perl);
    let got: Vec<i64> = rt
        .eval(Lang::Perl, "[sort { desc($a, $b) } 3, 1, 2]")
        .unwrap();
    assert_eq!(got, vec![3, 2, 1]);
    let got: Vec<i64> = rt.eval(Lang::Perl, "[map { twice($_) } 1, 2, 3]").unwrap();
    assert_eq!(got, vec![2, 4, 6]);
    let got: Vec<i64> = rt
        .eval(
            Lang::Perl,
            "my $c = \\&desc; [sort { $c->($a, $b) } 3, 1, 2]",
        )
        .unwrap();
    assert_eq!(got, vec![3, 2, 1]);
}

#[test]
fn javascript_builtins_call_lua_python_and_perl_functions_without_this() {
    let mut rt = runtime();
    for (lang, name, src) in [
        (Lang::Lua, "luaTwice", "function(x) return x * 2 end"),
        (Lang::Lua, "luaLess", "function(a, b) return b - a end"),
        (Lang::Lua, "luaAdd", "function(acc, x) return acc + x end"),
        (Lang::Python, "pyTwice", "lambda x, *rest: x * 2"),
        (Lang::Python, "pyOdd", "lambda x, *rest: x % 2 == 1"),
        (Lang::Perl, "plTwice", "sub { $_[0] * 2 }"),
    ] {
        let f: ScriptValue = rt.eval(lang, src).unwrap();
        rt.set_global(Lang::JavaScript, name, &f).unwrap();
    }
    let got: Vec<i64> = rt
        .eval(
            Lang::JavaScript,
            "[[1, 2, 3].map(luaTwice), [1, 2, 3].map(pyTwice), [1, 2, 3].map(plTwice), \
             [1, 2, 3, 4].filter(pyOdd), [3, 1, 2].sort(luaLess), [[1, 2, 3].reduce(luaAdd)], \
             [luaTwice.call(undefined, 21)], [luaTwice.apply(null, [4])]].flat()",
        )
        .unwrap();
    assert_eq!(
        got,
        vec![2, 4, 6, 2, 4, 6, 2, 4, 6, 1, 3, 3, 2, 1, 6, 42, 8]
    );
    // `f.call(obj, ...)` passes `obj` as a method call does: Lua's `self`.
    let lua_get: ScriptValue = rt
        .eval(Lang::Lua, "function(self, k) return self.n * k end")
        .unwrap();
    rt.set_global(Lang::JavaScript, "luaGet", &lua_get).unwrap();
    let n: i64 = rt.eval(Lang::JavaScript, "luaGet.call({n: 5}, 3)").unwrap();
    assert_eq!(n, 15);
}

/// A library function of one language held in a variable and called by
/// compiled code of the other convention: JavaScript code calling Lua's
/// `tostring` or Python's `len` passes no `this` to them; Lua and Python
/// code calling JavaScript's `Math.max` gives it `this = undefined`.
#[test]
fn library_natives_called_across_conventions() {
    let mut rt = runtime();
    let tostring: ScriptValue = rt.eval(Lang::Lua, "tostring").unwrap();
    let select: ScriptValue = rt.eval(Lang::Lua, "select").unwrap();
    let len: ScriptValue = rt.eval(Lang::Python, "len").unwrap();
    let max: ScriptValue = rt.eval(Lang::JavaScript, "Math.max").unwrap();
    for (name, v) in [
        ("ltostring", &tostring),
        ("lselect", &select),
        ("plen", &len),
    ] {
        rt.set_global(Lang::JavaScript, name, v).unwrap();
    }
    let got: Vec<String> = rt
        .eval(
            Lang::JavaScript,
            "const f = ltostring; [f(5), String(lselect('#', 1, 2, 3)), String(plen('abc')), \
             [1, 2].map(ltostring).join('+')]",
        )
        .unwrap();
    assert_eq!(got, ["5", "3", "3", "1+2"]);
    rt.set_global(Lang::Lua, "jsmax", &max).unwrap();
    rt.set_global(Lang::Python, "jsmax", &max).unwrap();
    assert_eq!(
        rt.eval::<i64>(Lang::Lua, "local m = jsmax; return m(3, 9, 4)")
            .unwrap(),
        9
    );
    assert_eq!(rt.eval::<i64>(Lang::Python, "jsmax(3, 9, 4)").unwrap(), 9);
}
