//! Array exotic objects (ECMA-262 §10.4.2): elements live in the array part
//! (holes are `Empty`); `length` is one more than the largest index.
//! Writing an index at or past `length` grows the array (§10.4.2.1 step
//! 3); writing `length` (ArraySetLength, §10.4.2.4) truncates or grows it.

use crate::model::Step;
use crate::native::Ctx;
use crate::object::{attrs, Object};
use crate::value::Value;

/// The largest array omx grows to by an index write (a sparse write past
/// it goes to the dictionary part).
pub const MAX_DENSE: usize = 1 << 24;

/// An element or `length` write on an array.
pub fn array_write<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, v: Value<'gc>) {
    match key {
        Value::Int(i) => {
            let i = i as usize;
            let len = o.array_len();
            if i < len {
                o.array_set(ctx.mc, i, v);
            } else if i < MAX_DENSE {
                o.with_array_mut(ctx.mc, |a| {
                    a.resize(i, Value::Empty);
                    a.push(v);
                });
            } else {
                o.set_key(ctx.mc, key, v);
            }
        }
        Value::Str(s) if s.as_bytes() == b"length" => {
            let n = match super::convert::to_number(v) {
                Some(f) if f >= 0.0 && f.fract() == 0.0 => f as usize,
                _ => return,
            };
            set_length(ctx, o, n);
        }
        _ => o.set_key(ctx.mc, key, v),
    }
}

/// §10.4.2.4 ArraySetLength for a new length `n`.
pub fn set_length<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, n: usize) {
    let n = n.min(MAX_DENSE);
    o.with_array_mut(ctx.mc, |a| a.resize(n, Value::Empty));
}

/// A `length` assignment that would change a frozen array.
pub fn is_frozen_array(o: Object<'_>) -> bool {
    o.key_attrs(Value::Int(-1))
        .is_some_and(|a| a & attrs::READ_ONLY != 0)
}

/// `Step` of a `length` read.
pub fn length<'gc>(o: Object<'gc>) -> Step<'gc> {
    Step::Done(Value::Int(o.array_len() as i64))
}
