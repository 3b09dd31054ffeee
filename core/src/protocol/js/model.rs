//! The object models of JavaScript objects: ordinary objects (§10.1),
//! function objects (§10.2: the closure in internal slot 0), array exotic
//! objects (§10.4.2), Proxy exotic objects (§10.5: target and handler in
//! internal slots 0 and 1), symbols (§6.1.5, a primitive omx keeps as an
//! object with its description in slot 0), and the accessor pair that an
//! accessor property stores as its value (getter in slot 0, setter in 1).

use super::get::get;
use super::set::set;
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::model::{Access, ObjectModel, OpError, Step};
use crate::native::Ctx;
use crate::object::{attrs, Object};
use crate::runtime::RuntimeState;
use crate::value::Value;
use crate::Lang;

/// Function object flags (internal slot 1).
pub mod fflags {
    /// A class constructor: only `new` may call it.
    pub const CLASS: i64 = 1;
    /// Not a constructor (arrows, methods, accessors).
    pub const NO_CONSTRUCT: i64 = 2;
    /// A derived class constructor (`this` comes from `super()`).
    pub const DERIVED: i64 = 4;
    /// Reads `new.target` (the realm passes it on `new`).
    pub const NEW_TARGET: i64 = 8;
    /// A generator function (`function*`).
    pub const GENERATOR: i64 = 16;
    /// An async function (`async function`, async arrow or method): its
    /// prototype is %AsyncFunction.prototype% (§27.7.3).
    pub const ASYNC: i64 = 32;
}

/// Internal slots of a function object.
pub mod fslot {
    pub const CALL: usize = 0;
    pub const FLAGS: usize = 1;
    /// The class's field initialiser (called with the new `this`).
    pub const FIELDS: usize = 2;
    /// A bound function: the target, `this` and the bound arguments.
    pub const BOUND: usize = 3;
    /// The function's source text (`Function.prototype.toString`).
    pub const SOURCE: usize = 4;
}

macro_rules! js_model {
    ($name:ident, $text:expr, $base:expr, $call:expr, $describe:expr) => {
        js_model!($name, $text, $base, $call, $describe, None, None, None);
    };
    ($name:ident, $text:expr, $base:expr, $call:expr, $describe:expr, $pget:expr, $pset:expr) => {
        js_model!($name, $text, $base, $call, $describe, $pget, $pset, None);
    };
    ($name:ident, $text:expr, $base:expr, $call:expr, $describe:expr, $pget:expr, $pset:expr, $fwd:expr) => {
        pub static $name: ObjectModel = ObjectModel {
            name: $text,
            lang: Some(Lang::JavaScript),
            array_base: $base,
            get: model_get,
            set: model_set,
            delete: model_delete,
            has: model_has,
            own_keys: model_own_keys,
            call: $call,
            forward: $fwd,
            construct: $call,
            unary: |_, _: UnaryOp, _| Step::Absent,
            binary: |_, _: BinOp, _, _, _| Step::Absent,
            compare: |_, _: CompareOp, _, _, _| Step::Absent,
            to_string: |_, _| Step::Absent,
            iterate: |_, _| Step::Absent,
            next: |_, _| Step::Absent,
            describe: $describe,
            plan_get: $pget,
            plan_set: $pset,
        };
    };
}

js_model!(
    JS_ORDINARY,
    "JavaScript object",
    Some(0),
    not_callable,
    |_, o| { format!("a JavaScript object{}", proto_note(o)) },
    Some(super::plan::plan_get),
    Some(super::plan::plan_set)
);
js_model!(
    JS_ARRAY,
    "JavaScript array",
    Some(0),
    not_callable,
    |_, o| { format!("a JavaScript array of length {}", o.array_len()) },
    Some(super::plan::plan_get),
    Some(super::plan::plan_set)
);
js_model!(
    JS_FUNCTION,
    "JavaScript function",
    Some(0),
    call_function,
    |_, _| { "a JavaScript function".into() },
    Some(super::plan::plan_get),
    Some(super::plan::plan_set),
    Some(function_code)
);
js_model!(JS_PROXY, "JavaScript Proxy", None, call_proxy, |_, _| {
    "a JavaScript Proxy".into()
});
js_model!(
    JS_SYMBOL,
    "JavaScript symbol",
    None,
    not_callable,
    |_, o| { format!("Symbol({})", symbol_description(o)) }
);
js_model!(JS_ACCESSOR, "accessor pair", None, not_callable, |_, _| {
    "a getter/setter pair".into()
});

fn proto_note(o: Object<'_>) -> String {
    match super::error::constructor_name(o) {
        Some(n) => format!(" (an instance of {n})"),
        None => String::new(),
    }
}

pub fn is_array(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &JS_ARRAY)
}
pub fn is_function(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &JS_FUNCTION)
}
pub fn is_proxy(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &JS_PROXY)
}
pub fn is_symbol(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &JS_SYMBOL)
}

/// Is this value callable (§7.2.3 IsCallable)?
pub fn is_callable(v: Value<'_>) -> bool {
    match v {
        Value::Closure(_) | Value::Native(_) => true,
        Value::Object(o) if is_function(o) => true,
        Value::Object(o) if is_proxy(o) => is_callable(o.internal(0)),
        _ => false,
    }
}

/// A symbol's description.
pub fn symbol_description(o: Object<'_>) -> String {
    match o.internal(0) {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => String::new(),
    }
}

fn key_of<'gc>(ctx: &mut Ctx<'gc, '_>, key: Value<'gc>) -> Value<'gc> {
    super::key::to_key(ctx.mc, key).unwrap_or(key)
}

fn model_get<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, _: Access) -> Step<'gc> {
    let key = key_of(ctx, key);
    get(ctx, o, key, Value::Object(o))
}

fn model_set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    v: Value<'gc>,
    _: Access,
) -> Step<'gc> {
    if is_symbol(o) || std::ptr::eq(o.model(), &JS_ACCESSOR) {
        return Step::Done(Value::Nil);
    }
    let key = key_of(ctx, key);
    set(ctx, o, key, v)
}

/// [[Delete]] (§10.1.10): a non-configurable property stays (strict code
/// throws).
fn model_delete<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    _: Access,
) -> Step<'gc> {
    let key = key_of(ctx, key);
    if is_proxy(o) {
        let handler = o.internal(1);
        if let Some(trap) = handler
            .as_object()
            .and_then(|h| super::get::get_data(h, str_key(ctx, b"deleteProperty")))
        {
            if !trap.is_nil() {
                let k = key_value(ctx, key);
                return Step::call(trap, &[handler, o.internal(0), k]);
            }
        }
        return match o.internal(0) {
            Value::Object(t) => model_delete(ctx, t, key, Access::Item),
            _ => Step::Done(Value::Bool(true)),
        };
    }
    let Some((_, a)) = super::get::own_property(o, key) else {
        return Step::Done(Value::Bool(true));
    };
    if a & attrs::PERMANENT != 0 {
        if super::realm::is_strict(ctx.rt) {
            let text = format!(
                "Cannot delete property '{}' of {}",
                super::key::key_text(key),
                super::error::describe_object(o)
            );
            return super::error::type_error(ctx, &text);
        }
        return Step::Done(Value::Bool(false));
    }
    if let Value::Int(i) = key {
        let i = i as usize;
        if i < o.array_len() {
            if is_array(o) || i + 1 < o.array_len() {
                o.array_set(ctx.mc, i, Value::Empty);
            } else {
                o.with_array_mut(ctx.mc, |a| {
                    a.pop();
                });
            }
            return Step::Done(Value::Bool(true));
        }
    }
    o.remove_key(ctx.mc, key);
    Step::Done(Value::Bool(true))
}

/// [[HasProperty]] (§10.1.7): own, then along the chain.
fn model_has<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>) -> Step<'gc> {
    let key = key_of(ctx, key);
    let mut cur = o;
    for _ in 0..super::MAX_CHAIN {
        if is_proxy(cur) {
            let handler = cur.internal(1);
            if let Some(trap) = handler
                .as_object()
                .and_then(|h| super::get::get_data(h, str_key(ctx, b"has")))
            {
                if !trap.is_nil() {
                    let k = key_value(ctx, key);
                    return Step::call(trap, &[handler, cur.internal(0), k]);
                }
            }
            match cur.internal(0) {
                Value::Object(t) => {
                    cur = t;
                    continue;
                }
                _ => return Step::Done(Value::Bool(false)),
            }
        }
        if super::get::own_property(cur, key).is_some() {
            return Step::Done(Value::Bool(true));
        }
        match cur.meta() {
            Some(p) => cur = p,
            None => return Step::Done(Value::Bool(false)),
        }
    }
    Step::Done(Value::Bool(false))
}

fn model_own_keys<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) -> Step<'gc> {
    let list = crate::model::list::new_list(ctx.mc, ctx.rt.root_shape, 0);
    for k in super::keys::own_keys(ctx.mc, o) {
        if k.attrs & attrs::HIDDEN == 0 {
            list.array_push(ctx.mc, k.key);
        }
    }
    Step::Done(Value::Object(list))
}

fn not_callable<'gc>(_: &mut Ctx<'gc, '_>, o: Object<'gc>, _: &[Value<'gc>]) -> Step<'gc> {
    Step::Error(OpError::Call(Value::Object(o)))
}

/// What [[Call]] of a function object forwards to unchanged (the VM calls
/// it directly): its compiled code, unless it is a class constructor
/// (which throws) or its code is not compiled code.
fn function_code<'gc>(o: Object<'gc>) -> Option<Value<'gc>> {
    if let Value::Int(f) = o.internal(fslot::FLAGS) {
        if f & fflags::CLASS != 0 {
            return None;
        }
    }
    // Code that takes `this` first as the object's own convention does,
    // so the call adapts its arguments alike either way.
    match o.internal(fslot::CALL) {
        c @ Value::Closure(cl) if cl.0.proto.ops.passes_this => Some(c),
        _ => None,
    }
}

/// [[Call]] of a function object (§10.2.1): forward to the closure; a
/// class constructor throws (§10.2.1 step 2).
fn call_function<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, args: &[Value<'gc>]) -> Step<'gc> {
    if let Value::Int(f) = o.internal(fslot::FLAGS) {
        if f & fflags::CLASS != 0 {
            let name = super::error::lookup_data_str(o, b"name")
                .and_then(|v| match v {
                    Value::Str(s) => Some(s.to_str_lossy().into_owned()),
                    _ => None,
                })
                .unwrap_or_default();
            return super::error::type_error(
                ctx,
                &format!("Class constructor {name} cannot be invoked without 'new'"),
            );
        }
    }
    Step::call(o.internal(fslot::CALL), args)
}

/// [[Call]] of a Proxy (§10.5.12): the `apply` trap, or the target.
fn call_proxy<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, args: &[Value<'gc>]) -> Step<'gc> {
    let handler = o.internal(1);
    let target = o.internal(0);
    let trap = handler
        .as_object()
        .and_then(|h| super::get::get_data(h, str_key(ctx, b"apply")))
        .unwrap_or(Value::Nil);
    if trap.is_nil() {
        return Step::call(target, args);
    }
    let this = args.first().copied().unwrap_or(Value::Nil);
    let rest = (ctx.rt.ops_for(Lang::JavaScript).map(|o| o.new_list))
        .map(|f| f(ctx, args.get(1..).unwrap_or(&[])))
        .unwrap_or(Value::Nil);
    Step::call(trap, &[handler, target, this, rest])
}

fn str_key<'gc>(ctx: &mut Ctx<'gc, '_>, s: &[u8]) -> Value<'gc> {
    Value::Str(ctx.rt.intern(ctx.mc, s))
}

/// A storage key as the value a trap receives (indices as strings).
pub fn key_value<'gc>(ctx: &mut Ctx<'gc, '_>, key: Value<'gc>) -> Value<'gc> {
    match key {
        Value::Int(i) => Value::Str(crate::string::Str::from_vec(
            ctx.mc,
            i.to_string().into_bytes(),
        )),
        other => other,
    }
}

/// [[Get]] of a Proxy (§10.5.8): the `get` trap, or the target's [[Get]].
pub fn proxy_get<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    p: Object<'gc>,
    key: Value<'gc>,
    receiver: Value<'gc>,
) -> Step<'gc> {
    let handler = p.internal(1);
    let Value::Object(target) = p.internal(0) else {
        return super::error::type_error(
            ctx,
            "Cannot perform 'get' on a proxy that has been revoked",
        );
    };
    let trap = handler
        .as_object()
        .and_then(|h| super::get::get_data(h, str_key(ctx, b"get")))
        .unwrap_or(Value::Nil);
    if trap.is_nil() {
        return get(ctx, target, key, receiver);
    }
    let k = key_value(ctx, key);
    Step::call(trap, &[handler, Value::Object(target), k, receiver])
}

/// [[Set]] of a Proxy (§10.5.9): the `set` trap, or the target's [[Set]].
pub fn proxy_set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    p: Object<'gc>,
    key: Value<'gc>,
    v: Value<'gc>,
    receiver: Value<'gc>,
) -> Step<'gc> {
    let handler = p.internal(1);
    let Value::Object(target) = p.internal(0) else {
        return super::error::type_error(
            ctx,
            "Cannot perform 'set' on a proxy that has been revoked",
        );
    };
    let trap = handler
        .as_object()
        .and_then(|h| super::get::get_data(h, str_key(ctx, b"set")))
        .unwrap_or(Value::Nil);
    if trap.is_nil() {
        // OrdinarySet on the target with the proxy as receiver ends in the
        // receiver's [[DefineOwnProperty]]: the `defineProperty` trap.
        let define = handler
            .as_object()
            .and_then(|h| super::get::get_data(h, str_key(ctx, b"defineProperty")))
            .unwrap_or(Value::Nil);
        let plain = matches!(super::get::own_property(target, key), None | Some((_, 0)));
        if !define.is_nil() && plain {
            let desc = super::ops::new_object(ctx);
            let exists = super::get::own_property(target, key).is_some();
            let mut put = |name: &[u8], value: Value<'gc>| {
                let k = ctx.rt.intern(ctx.mc, name);
                desc.set_field(ctx.mc, k, value);
            };
            put(b"value", v);
            if !exists {
                put(b"writable", Value::Bool(true));
                put(b"enumerable", Value::Bool(true));
                put(b"configurable", Value::Bool(true));
            }
            let k = key_value(ctx, key);
            return Step::call(
                define,
                &[handler, Value::Object(target), k, Value::Object(desc)],
            );
        }
        return set(ctx, target, key, v);
    }
    let k = key_value(ctx, key);
    Step::call_then(
        trap,
        &[handler, Value::Object(target), k, v, receiver],
        crate::native::Continuation::new(set_trap_result, vec![k]),
    )
}

/// §10.5.9 step 9: a falsish `set` trap result is a TypeError in strict
/// code.
fn set_trap_result<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> crate::native::NativeResult<'gc> {
    let v = match r {
        Ok(v) => v.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(crate::native::NativeError::Throw(e)),
    };
    if !super::convert::to_boolean(v) && super::realm::is_strict(ctx.rt) {
        let k = super::key::key_text(state.first().copied().unwrap_or(Value::Nil));
        let text = format!("'set' on proxy: trap returned falsish for property '{k}'");
        let e = super::error::make_error(ctx, super::realm::Slot::TypeErrorProto, &text);
        return Err(crate::native::NativeError::Throw(e));
    }
    ctx.ret1(Value::Nil)
}

/// An object's description for the explainer.
pub fn describe<'gc>(rt: &RuntimeState<'gc>, o: Object<'gc>) -> String {
    (o.model().describe)(rt, o)
}
