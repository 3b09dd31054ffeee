//! Python exceptions as values (Language Reference §4.3, "Built-in
//! Exceptions"): an exception is an instance of a `BaseException`
//! subclass holding its `args`; an operation's error becomes one,
//! worded as CPython words it.

use super::model::PY_INSTANCE;
use super::state::{new_tuple, type_name, type_of, T};
use crate::model::OpError;
use crate::native::Ctx;
use crate::object::Object;
use crate::string::Str;
use crate::value::Value;

/// A new instance of the builtin exception `t` with one message.
pub fn new_exception<'gc>(ctx: &mut Ctx<'gc, '_>, t: T, msg: String) -> Value<'gc> {
    let cls = ctx.rt.python.ty(t);
    let m = Value::Str(Str::from_vec(ctx.mc, msg.into_bytes()));
    instance_with_args(ctx, cls, &[m])
}

/// An exception instance of `cls` with `args`.
pub fn instance_with_args<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    cls: Object<'gc>,
    args: &[Value<'gc>],
) -> Value<'gc> {
    let o = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    o.set_meta(ctx.mc, Some(cls));
    let t = new_tuple(ctx.mc, ctx.rt.root_shape, args);
    let k = ctx.rt.intern(ctx.mc, b"args");
    o.set_field(ctx.mc, k, Value::Object(t));
    Value::Object(o)
}

/// The `OpError` raising a new `t(msg)`.
pub fn error<'gc>(ctx: &mut Ctx<'gc, '_>, t: T, msg: String) -> OpError<'gc> {
    OpError::Throw(new_exception(ctx, t, msg))
}

/// The Python name of a value's type, for messages.
pub fn tname<'gc>(ctx: &Ctx<'gc, '_>, v: Value<'gc>) -> String {
    type_name(type_of(&ctx.rt.python, v))
}

/// A builtin's error message "TypeError: text" (or plain text, a
/// `RuntimeError`) as an exception instance.
pub fn from_message<'gc>(ctx: &mut Ctx<'gc, '_>, msg: String) -> Value<'gc> {
    if let Some((head, rest)) = msg.split_once(": ") {
        for (i, (name, _)) in super::state::TYPE_TABLE.iter().enumerate() {
            if *name == head && i >= T::BaseException as usize {
                let cls = ctx.rt.python.types[i];
                let m = Value::Str(Str::from_vec(ctx.mc, rest.as_bytes().to_vec()));
                return instance_with_args(ctx, cls, &[m]);
            }
        }
    }
    if msg == "stack overflow" {
        return new_exception(
            ctx,
            T::RecursionError,
            "maximum recursion depth exceeded".into(),
        );
    }
    new_exception(ctx, T::RuntimeError, msg)
}

/// The exception's `args` tuple elements.
pub fn exception_args<'gc>(
    rt: &crate::runtime::RuntimeState<'gc>,
    e: Value<'gc>,
) -> Vec<Value<'gc>> {
    let Value::Object(o) = e else {
        return Vec::new();
    };
    for (k, v) in o.keyed_entries() {
        if let Value::Str(s) = k {
            if s.as_bytes() == b"args" {
                if let Value::Object(t) = v {
                    return t.with_array(|a| a.to_vec());
                }
            }
        }
    }
    let _ = rt;
    Vec::new()
}
