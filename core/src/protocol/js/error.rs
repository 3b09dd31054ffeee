//! Error objects made by the runtime itself (ECMA-262 §20.5.6
//! NativeError objects): a TypeError for reading a property of
//! `undefined`, calling a non-function, an invalid assignment in strict
//! code. The object has the error prototype of the realm and own
//! non-enumerable `message` and `stack`, as V8 makes them.

use super::realm::{proto, Slot};
use crate::native::Ctx;
use crate::object::{attrs, Object};
use crate::string::Str;
use crate::value::Value;

/// A new error object of the kind whose prototype is in `slot`.
pub fn make_error<'gc>(ctx: &mut Ctx<'gc, '_>, slot: Slot, message: &str) -> Value<'gc> {
    let o = Object::new(ctx.mc, ctx.rt.root_shape, &super::JS_ORDINARY);
    let p = proto(ctx.rt, slot).or_else(|| proto(ctx.rt, Slot::ErrorProto));
    o.set_meta(ctx.mc, p);
    let name = match slot {
        Slot::TypeErrorProto => "TypeError",
        Slot::RangeErrorProto => "RangeError",
        Slot::ReferenceErrorProto => "ReferenceError",
        Slot::SyntaxErrorProto => "SyntaxError",
        _ => "Error",
    };
    let mut stack = format!("{name}: {message}");
    stack.push_str(&stack_frames(ctx));
    let k_stack = ctx.rt.intern(ctx.mc, b"stack");
    let k_msg = ctx.rt.intern(ctx.mc, b"message");
    let v_stack = Value::Str(Str::from_vec(ctx.mc, stack.into_bytes()));
    let v_msg = Value::Str(Str::new(ctx.mc, message.as_bytes()));
    o.define_field(ctx.mc, k_stack, v_stack, attrs::HIDDEN);
    o.define_field(ctx.mc, k_msg, v_msg, attrs::HIDDEN);
    Value::Object(o)
}

/// The `    at f (file:line)` lines of the running frames, innermost
/// first, without the prelude's own frames (node hides its internals too).
pub fn stack_frames(ctx: &Ctx<'_, '_>) -> String {
    let mut out = String::new();
    let mut n = 0;
    for frame in ctx.traceback() {
        if let crate::debuginfo::TraceFrame::Compiled {
            chunk, line, name, ..
        } = frame
        {
            if chunk.starts_with("node:internal") {
                continue;
            }
            let f = if name.is_empty() {
                "<anonymous>".to_string()
            } else {
                name
            };
            out.push_str(&format!("\n    at {f} ({chunk}:{line})"));
            n += 1;
            if n == 10 {
                break;
            }
        }
    }
    out
}

/// A throwable TypeError.
pub fn type_error<'gc>(ctx: &mut Ctx<'gc, '_>, message: &str) -> crate::model::Step<'gc> {
    crate::model::Step::Error(crate::model::OpError::Throw(make_error(
        ctx,
        Slot::TypeErrorProto,
        message,
    )))
}

/// How V8 names an object in a message: `#<Point>`, `[object Array]`.
pub fn describe_object(o: Object<'_>) -> String {
    if super::model::is_array(o) {
        return "[object Array]".into();
    }
    format!(
        "#<{}>",
        constructor_name(o).unwrap_or_else(|| "Object".into())
    )
}

/// The `name` of an object's `constructor`, read without running code.
pub fn constructor_name(o: Object<'_>) -> Option<String> {
    let ctor = lookup_data_str(o, b"constructor")?;
    let f = ctor.as_object()?;
    match lookup_data_str(f, b"name")? {
        Value::Str(s) if !s.is_empty() => Some(s.to_str_lossy().into_owned()),
        _ => None,
    }
}

/// A data property by string key along the chain (no user code).
pub fn lookup_data_str<'gc>(o: Object<'gc>, key: &[u8]) -> Option<Value<'gc>> {
    let mut cur = o;
    for _ in 0..super::MAX_CHAIN {
        let found = (0..cur.keyed_len()).find_map(|pos| match cur.keyed_entry(pos) {
            Some((Value::Str(k), v)) if k.as_bytes() == key && !v.is_empty() => {
                Some((v, cur.keyed_attrs(pos)))
            }
            _ => None,
        });
        if let Some((v, a)) = found {
            return (a & attrs::ACCESSOR == 0).then_some(v);
        }
        cur = cur.meta()?;
    }
    None
}
