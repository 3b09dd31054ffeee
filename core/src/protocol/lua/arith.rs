//! Arithmetic and bitwise events (Lua 5.4 §2.4 "__add" ... "__shr", §3.4.1
//! and §3.4.2; lvm.c luaO_arith / luaT_trybinTM).
//!
//! 1. Numbers (and strings convertible to numbers, §3.4.3) are operated on
//!    directly: integer operands give integer results (wrapping), except `/`
//!    and `^` which always give floats; bitwise operands must have an exact
//!    integer representation.
//! 2. Otherwise the event's metamethod of the first operand is used, and if
//!    it has none, that of the second operand.
//! 3. Without a metamethod it is an error naming the offending operand.

use super::meta::{metamethod, Event};
use super::ops::{operand_hook, type_name};
use crate::bytecode::{BinOp, UnaryOp};
use crate::model::{OpError, Step};
use crate::native::Ctx;
use crate::number::lua_number::{str_to_number, Number};
use crate::numeric::{float_floor_mod, float_to_int_exact, int_floor_div, int_floor_mod};
use crate::value::Value;

/// A value as a number, converting strings (§3.4.3).
#[inline]
pub fn to_number(v: Value<'_>) -> Option<Number> {
    match v {
        Value::Int(i) => Some(Number::Int(i)),
        Value::Float(f) => Some(Number::Float(f)),
        Value::Str(s) => str_to_number(s.as_bytes()),
        _ => None,
    }
}

fn num_value<'gc>(n: Number) -> Value<'gc> {
    match n {
        Number::Int(i) => Value::Int(i),
        Number::Float(f) => Value::Float(f),
    }
}

fn as_float(n: Number) -> f64 {
    match n {
        Number::Int(i) => i as f64,
        Number::Float(f) => f,
    }
}

/// A number as an integer for bitwise operations: floats need an exact
/// integer value.
fn as_int(n: Number) -> Option<i64> {
    match n {
        Number::Int(i) => Some(i),
        Number::Float(f) => float_to_int_exact(f),
    }
}

/// Lua's logical shift left (`luaV_shiftl`): negative counts shift right,
/// counts of 64 or more give 0.
pub fn shift_left(x: i64, n: i64) -> i64 {
    if n <= -64 || n >= 64 {
        0
    } else if n >= 0 {
        ((x as u64) << n) as i64
    } else {
        ((x as u64) >> (-n)) as i64
    }
}

/// Lua's float modulo (`luai_nummod`).
pub fn float_mod(a: f64, b: f64) -> f64 {
    if b.is_infinite() && a.is_finite() {
        // fmod(a, ±inf) = a; adjust the sign as Lua does.
        if (a >= 0.0) == (b > 0.0) || a == 0.0 {
            return a;
        }
        return b;
    }
    float_floor_mod(a, b)
}

/// Step 1: the raw arithmetic on two numbers.
pub fn arith_numbers<'gc>(op: BinOp, a: Number, b: Number) -> Result<Value<'gc>, OpError<'gc>> {
    use Number::Int as I;
    let v = match op {
        BinOp::Add => match (a, b) {
            (I(x), I(y)) => Value::Int(x.wrapping_add(y)),
            _ => Value::Float(as_float(a) + as_float(b)),
        },
        BinOp::Sub => match (a, b) {
            (I(x), I(y)) => Value::Int(x.wrapping_sub(y)),
            _ => Value::Float(as_float(a) - as_float(b)),
        },
        BinOp::Mul => match (a, b) {
            (I(x), I(y)) => Value::Int(x.wrapping_mul(y)),
            _ => Value::Float(as_float(a) * as_float(b)),
        },
        BinOp::Div => Value::Float(as_float(a) / as_float(b)),
        BinOp::Pow => Value::Float(as_float(a).powf(as_float(b))),
        BinOp::IDiv => match (a, b) {
            (I(x), I(y)) => match int_floor_div(x, y) {
                Some(q) => Value::Int(q),
                None => return Err(OpError::Message("attempt to divide by zero".into())),
            },
            _ => Value::Float((as_float(a) / as_float(b)).floor()),
        },
        BinOp::Mod => match (a, b) {
            (I(x), I(y)) => match int_floor_mod(x, y) {
                Some(r) => Value::Int(r),
                None => return Err(OpError::Message("attempt to perform 'n%0'".into())),
            },
            _ => Value::Float(float_mod(as_float(a), as_float(b))),
        },
        BinOp::Concat => {
            return Err(OpError::Message(
                "internal: concatenation as arithmetic".into(),
            ))
        }
        BinOp::BAnd | BinOp::BOr | BinOp::BXor | BinOp::Shl | BinOp::Shr => {
            let x = as_int(a).ok_or(OpError::NoIntegerRep { operand: 0 })?;
            let y = as_int(b).ok_or(OpError::NoIntegerRep { operand: 1 })?;
            Value::Int(match op {
                BinOp::BAnd => x & y,
                BinOp::BOr => x | y,
                BinOp::BXor => x ^ y,
                BinOp::Shl => shift_left(x, y),
                _ => shift_left(x, y.wrapping_neg()),
            })
        }
    };
    Ok(v)
}

/// The whole binary arithmetic event.
pub fn arith<'gc>(ctx: &mut Ctx<'gc, '_>, op: BinOp, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    // 1. numbers, and (except for bitwise operators) strings that convert
    let numeric = |v: Value<'gc>| match v {
        Value::Str(_) if op.is_bitwise() => None,
        _ => to_number(v),
    };
    let (na, nb) = (numeric(a), numeric(b));
    if let (Some(x), Some(y)) = (na, nb) {
        return match arith_numbers(op, x, y) {
            Ok(v) => Step::Done(v),
            Err(e) => Step::Error(e),
        };
    }
    // 2. the hook (metamethod) of the first operand, then of the second
    match operand_hook(ctx, "Lua arithmetic event", op, a, b) {
        Step::Absent => {}
        other => return other,
    }
    // 2b. Lua 5.4's string metatable has arithmetic metamethods (lstrlib
    //     `trymt`): when a string is involved, its error is worded there.
    if !op.is_bitwise() && (matches!(a, Value::Str(_)) || matches!(b, Value::Str(_))) {
        return Step::msg(format!(
            "attempt to {} a '{}' with a '{}'",
            &op.event()[2..],
            type_name(a),
            type_name(b)
        ));
    }
    // 3. the error names the first operand that is not a number
    let (operand, value) = if na.is_none() { (0, a) } else { (1, b) };
    if op.is_bitwise() {
        if na.is_some() && nb.is_some() {
            return Step::Error(OpError::NoIntegerRep { operand });
        }
        return Step::Error(OpError::Bitwise { operand, value });
    }
    Step::Error(OpError::Arith { operand, value })
}

/// Unary minus and bitwise not (`__unm`, `__bnot`); the metamethod gets the
/// operand twice, as in Lua.
pub fn unary<'gc>(ctx: &mut Ctx<'gc, '_>, op: UnaryOp, a: Value<'gc>) -> Step<'gc> {
    // Strings convert for `-` only: the string metatable has `__unm` but no
    // bitwise metamethods (lstrlib `stringmetamethods`).
    let n = match (op, a) {
        (UnaryOp::BNot, Value::Str(_)) => None,
        _ => to_number(a),
    };
    match (op, n) {
        (UnaryOp::Neg, Some(Number::Int(i))) => return Step::Done(Value::Int(i.wrapping_neg())),
        (UnaryOp::Neg, Some(Number::Float(f))) => return Step::Done(Value::Float(-f)),
        (UnaryOp::BNot, Some(x)) => {
            return match as_int(x) {
                Some(i) => Step::Done(Value::Int(!i)),
                None => Step::Error(OpError::NoIntegerRep { operand: 0 }),
            }
        }
        _ => {}
    }
    if let Value::Object(o) = a {
        if !super::table::is_table(o) {
            return match (o.model().unary)(ctx, op, o) {
                Step::Absent => unary_error(op, a),
                other => other,
            };
        }
    }
    let event = if op == UnaryOp::Neg {
        Event::Unm
    } else {
        Event::BNot
    };
    let handler = metamethod(ctx.rt, a, event);
    if !handler.is_nil() {
        ctx.rt
            .trace("Lua arithmetic event", "lua.unary.metamethod", move |n| {
                format!(
                    "{} is not a number: its metatable's {} is called with it",
                    n.of(a),
                    event.name()
                )
            });
        return super::meta::call_metamethod(ctx.rt, handler, &[a, a], event);
    }
    if op == UnaryOp::Neg && matches!(a, Value::Str(_)) {
        // lstrlib `trymt`: the string's `__unm` gets the string twice.
        return Step::msg("attempt to unm a 'string' with a 'string'".to_string());
    }
    unary_error(op, a)
}

fn unary_error<'gc>(op: UnaryOp, a: Value<'gc>) -> Step<'gc> {
    if op == UnaryOp::Neg {
        Step::Error(OpError::Arith {
            operand: 0,
            value: a,
        })
    } else {
        Step::Error(OpError::Bitwise {
            operand: 0,
            value: a,
        })
    }
}

/// Convenience for natives: a number result of `arith_numbers` as a value.
pub fn number_value<'gc>(n: Number) -> Value<'gc> {
    num_value(n)
}
