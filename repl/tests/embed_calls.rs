//! A function of one language called from another: the callee's calling
//! convention decides. JavaScript functions take `this` first; Lua,
//! Python and Perl functions do not. A plain call from Lua, Python or
//! Perl gives a JavaScript function `this = undefined`; a method call
//! (`obj:m()`, `obj.m()`, `$obj->m`) gives it the receiver. A plain call
//! from JavaScript passes no `this` to a Lua, Python or Perl function; a
//! method call passes the receiver as its first argument (Lua's `self`,
//! Python's `self`, Perl's invocant).

use omx::{BufferHost, Lang, Runtime, ScriptValue};

fn runtime() -> Runtime {
    let mut rt = Runtime::with_hash_seed(7);
    rt.set_host(BufferHost::default());
    rt
}

#[test]
fn javascript_functions_called_from_lua() {
    let mut rt = runtime();
    let mul: ScriptValue = rt.eval(Lang::JavaScript, "(a, b) => a * b").unwrap();
    let who: ScriptValue = rt
        .eval(
            Lang::JavaScript,
            "(function (x) { return (this === undefined ? 'undefined' : this.name) + ':' + x; })",
        )
        .unwrap();
    rt.set_global(Lang::Lua, "mul", &mul).unwrap();
    rt.set_global(Lang::Lua, "who", &who).unwrap();
    let (a, b, c, d): (i64, String, String, String) = rt
        .eval(
            Lang::Lua,
            "local t = {name = 't', who = who, mul = mul}\n\
             return mul(6, 7), who(1), t:who(2), t.who(3)",
        )
        .unwrap();
    assert_eq!(
        (a, b.as_str(), c.as_str(), d.as_str()),
        (42, "undefined:1", "t:2", "undefined:3")
    );
    // Through a Lua table's field, and passed on by `pcall`'s caller.
    assert_eq!(
        rt.eval::<i64>(Lang::Lua, "local t = {f = mul}; return t.f(5, 8)")
            .unwrap(),
        40
    );
}

#[test]
fn javascript_functions_called_from_python_and_perl() {
    let mut rt = runtime();
    let mul: ScriptValue = rt.eval(Lang::JavaScript, "(a, b) => a * b").unwrap();
    let obj: ScriptValue = rt
        .eval(Lang::JavaScript, "({n: 5, get(k) { return this.n * k; }})")
        .unwrap();
    rt.set_global(Lang::Python, "mul", &mul).unwrap();
    rt.set_global(Lang::Python, "o", &obj).unwrap();
    let (a, b, c): (i64, i64, i64) = rt
        .eval(Lang::Python, "(mul(6, 7), o.get(3), [mul][0](2, 3))")
        .unwrap();
    assert_eq!((a, b, c), (42, 15, 6));
    rt.set_global(Lang::Perl, "mul", &mul).unwrap();
    rt.set_global(Lang::Perl, "o", &obj).unwrap();
    assert_eq!(rt.eval::<i64>(Lang::Perl, "mul(6, 7)").unwrap(), 42);
    assert_eq!(
        rt.eval::<i64>(Lang::Perl, "my $f = \\&mul; $f->(4, 5)")
            .unwrap(),
        20
    );
}

#[test]
fn lua_python_and_perl_functions_called_from_javascript() {
    let mut rt = runtime();
    let lua_mul: ScriptValue = rt
        .eval(Lang::Lua, "function(a, b) return a * b end")
        .unwrap();
    let lua_obj: ScriptValue = rt
        .eval(
            Lang::Lua,
            "{n = 5, get = function(self, k) return self.n * k end}",
        )
        .unwrap();
    let py_mul: ScriptValue = rt.eval(Lang::Python, "lambda a, b: a * b").unwrap();
    let py_obj: ScriptValue = rt
        .eval(
            Lang::Python,
            "class C:\n    def __init__(self): self.n = 7\n    def get(self, k): return self.n * k\nC()",
        )
        .unwrap();
    let pl_mul: ScriptValue = rt.eval(Lang::Perl, "sub { $_[0] * $_[1] }").unwrap();
    for (name, v) in [
        ("luaMul", &lua_mul),
        ("luaObj", &lua_obj),
        ("pyMul", &py_mul),
        ("pyObj", &py_obj),
        ("plMul", &pl_mul),
    ] {
        rt.set_global(Lang::JavaScript, name, v).unwrap();
    }
    let got: Vec<i64> = rt
        .eval(
            Lang::JavaScript,
            "[luaMul(6, 7), luaObj.get(2), pyMul(6, 7), pyObj.get(3), plMul(6, 7), [luaMul][0](2, 5), luaMul(...[3, 4])]",
        )
        .unwrap();
    assert_eq!(got, vec![42, 10, 42, 21, 42, 10, 12]);
}
