//! The concatenation event `a .. b` (Lua 5.4 §3.4.6, §2.4 "__concat").
//!
//! 1. Strings and numbers concatenate (numbers are converted as `tostring`
//!    would).
//! 2. Otherwise `__concat` of the first operand, then of the second.
//! 3. Otherwise an error naming the operand that is neither.

use super::ops::operand_hook;
use crate::bytecode::BinOp;
use crate::model::{OpError, Step};
use crate::native::Ctx;
use crate::number::lua_number::fmt_lua_float;
use crate::string::Str;
use crate::value::Value;

/// Append the string form of a string or number; false for other values.
pub fn append_coerced(out: &mut Vec<u8>, v: Value<'_>) -> bool {
    match v {
        Value::Str(s) => out.extend_from_slice(s.as_bytes()),
        Value::Int(i) => crate::number::push_int(out, i),
        Value::Float(f) => out.extend_from_slice(fmt_lua_float(f).as_bytes()),
        _ => return false,
    }
    true
}

/// `LangOps::concat_text` for Lua: strings and numbers (§3.4.6).
pub fn concat_text(v: Value<'_>, out: Option<&mut Vec<u8>>) -> bool {
    match out {
        Some(out) => append_coerced(out, v),
        None => is_concatenable(v),
    }
}

fn is_concatenable(v: Value<'_>) -> bool {
    matches!(v, Value::Str(_) | Value::Int(_) | Value::Float(_))
}

pub fn concat<'gc>(ctx: &mut Ctx<'gc, '_>, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    // 1. strings and numbers
    if is_concatenable(a) && is_concatenable(b) {
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            if y.is_empty() {
                return Step::Done(a);
            }
            if x.is_empty() {
                return Step::Done(b);
            }
        }
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            if !crate::memory::fits(x.len() + y.len()) {
                return Step::Error(OpError::Message("not enough memory".into()));
            }
        }
        if let Value::Str(x) = a {
            // Appended to in place when it can be (Str::concat).
            let mut tail = Vec::new();
            append_coerced(&mut tail, b);
            return Step::Done(Value::Str(Str::concat(ctx.mc, x, &tail)));
        }
        let mut out = Vec::new();
        append_coerced(&mut out, a);
        append_coerced(&mut out, b);
        return Step::Done(Value::Str(Str::from_vec(ctx.mc, out)));
    }
    // 2. metamethods
    match operand_hook(ctx, "Lua concatenation event", BinOp::Concat, a, b) {
        Step::Absent => {}
        other => return other,
    }
    // 3. error
    if !is_concatenable(a) {
        Step::Error(OpError::Concat {
            operand: 0,
            value: a,
        })
    } else {
        Step::Error(OpError::Concat {
            operand: 1,
            value: b,
        })
    }
}
