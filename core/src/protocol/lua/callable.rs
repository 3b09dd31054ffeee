//! Functions of other languages seen from Lua. Lua 5.4 has one type for
//! everything callable that is not a table or userdata with `__call`:
//! `function` (§2.1: "both Lua functions and C functions"). An embedder
//! expects a function handed over from another scripting language to be a
//! Lua function too, as mlua makes a Rust closure one: so a JavaScript
//! function object (or a Proxy around one) and a Python bound method are
//! `function` to `type()` and to every library function that takes a
//! function (`table.sort`, `string.gsub`, `pcall`, `xpcall`, `load`, a
//! `__index`/`__newindex` handler). Python classes, Perl blessed code
//! references and host-class instances stay userdata (objects of another
//! language whose `__call` comes from their class).
//!
//! A metamethod or handler that is such a function is called as Lua calls
//! any handler, plainly with its arguments (lvm.c `luaT_callTM`): a
//! function whose convention takes a receiver first (JavaScript) gets
//! `this = undefined` before them (ECMA-262 §10.2.1.2, a plain call).

use crate::model::Step;
use crate::native::Continuation;
use crate::runtime::RuntimeState;
use crate::value::Value;

/// Is `v` a function to Lua's `type()` and library (see the module doc)?
pub fn is_function(v: Value<'_>) -> bool {
    match v {
        Value::Closure(_) | Value::Native(_) => true,
        Value::Object(o) => crate::protocol::foreign::is_foreign_function(o),
        _ => false,
    }
}

/// Call handler `h` with `args` as Lua calls a metamethod: plainly, so a
/// function taking `this` first gets `undefined` for it.
pub fn call_handler<'gc>(rt: &RuntimeState<'gc>, h: Value<'gc>, args: &[Value<'gc>]) -> Step<'gc> {
    call_handler_then(rt, h, args, None)
}

/// [`call_handler`], then resume `then` (when given) with its results.
pub fn call_handler_then<'gc>(
    rt: &RuntimeState<'gc>,
    h: Value<'gc>,
    args: &[Value<'gc>],
    then: Option<Continuation<'gc>>,
) -> Step<'gc> {
    let plain = |args: &[Value<'gc>]| match then {
        Some(then) => Step::call_then(h, args, then),
        None => Step::call(h, args),
    };
    if crate::vm::takes_this(rt, h) == Some(true) {
        let mut with_this = Vec::with_capacity(args.len() + 1);
        with_this.push(Value::Nil);
        with_this.extend_from_slice(args);
        return plain(&with_this);
    }
    plain(args)
}
