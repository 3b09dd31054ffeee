//! Python's numeric tower for `int` (arbitrary precision: an `i64` fast
//! path overflowing into a big integer), `bool` (an `int`) and `float`
//! (Language Reference §6.7 "Binary arithmetic operations", CPython
//! `long_add`, `long_pow`, `float_div`...): floor division and modulo
//! round towards negative infinity, `/` is true division, `**` of two
//! ints is an int, division by zero raises `ZeroDivisionError`.

use gc_arena::{Gc, Mutation};
use num_bigint::BigInt;

use crate::bytecode::BinOp;
use crate::value::{BigIntData, Value};

/// A numeric operand.
#[derive(Debug, Clone)]
pub enum Num {
    Int(BigInt),
    Float(f64),
}

/// The number a value holds (`bool` is an `int`).
pub fn as_num(v: Value<'_>) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(BigInt::from(i))),
        Value::Bool(b) => Some(Num::Int(BigInt::from(b as i64))),
        Value::BigInt(b) => Some(Num::Int(b.0.clone())),
        Value::Float(f) => Some(Num::Float(f)),
        _ => None,
    }
}

pub fn is_number(v: Value<'_>) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// An int value: small when it fits.
pub fn int_value<'gc>(mc: &Mutation<'gc>, b: BigInt) -> Value<'gc> {
    match i64::try_from(&b) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::BigInt(Gc::new(mc, BigIntData(b))),
    }
}

pub fn big_to_f64(b: &BigInt) -> f64 {
    match i64::try_from(b) {
        Ok(i) => i as f64,
        Err(_) => b.to_string().parse::<f64>().unwrap_or(f64::INFINITY),
    }
}

fn to_f(n: &Num) -> f64 {
    match n {
        Num::Int(b) => big_to_f64(b),
        Num::Float(f) => *f,
    }
}

fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let q = a / b;
    let r = a - &q * b;
    if r != BigInt::from(0) && ((r < BigInt::from(0)) != (*b < BigInt::from(0))) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// Why an arithmetic operation failed.
pub enum ArithError {
    ZeroDivision(&'static str),
    Overflow(&'static str),
    Value(&'static str),
}

/// `a op b` on two numbers; `None` when either is not a number or the
/// operator does not apply (bit operations on floats).
pub fn arith<'gc>(
    mc: &Mutation<'gc>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Option<Result<Value<'gc>, ArithError>> {
    if let (Value::Int(i), Value::Int(j)) = (a, b) {
        // Two machine integers whose result fits: no big-integer detour
        // (an augmented assignment's helper and other callers reach here
        // without the VM's fast path).
        let r = match op {
            BinOp::Add => i.checked_add(j),
            BinOp::Sub => i.checked_sub(j),
            BinOp::Mul => i.checked_mul(j),
            _ => None,
        };
        if let Some(r) = r {
            return Some(Ok(Value::Int(r)));
        }
    }
    let (x, y) = (as_num(a)?, as_num(b)?);
    let zero = BigInt::from(0);
    Some(match (&x, &y) {
        (Num::Int(i), Num::Int(j)) => match op {
            BinOp::Add => Ok(int_value(mc, i + j)),
            BinOp::Sub => Ok(int_value(mc, i - j)),
            BinOp::Mul => Ok(int_value(mc, i * j)),
            BinOp::Div => {
                if *j == zero {
                    Err(ArithError::ZeroDivision("division by zero"))
                } else {
                    Ok(Value::Float(big_to_f64(i) / big_to_f64(j)))
                }
            }
            BinOp::IDiv => {
                if *j == zero {
                    Err(ArithError::ZeroDivision(
                        "integer division or modulo by zero",
                    ))
                } else {
                    Ok(int_value(mc, floor_divmod(i, j).0))
                }
            }
            BinOp::Mod => {
                if *j == zero {
                    Err(ArithError::ZeroDivision(
                        "integer division or modulo by zero",
                    ))
                } else {
                    Ok(int_value(mc, floor_divmod(i, j).1))
                }
            }
            BinOp::Pow => {
                if *j < zero {
                    if *i == zero {
                        return Some(Err(ArithError::ZeroDivision(
                            "0.0 cannot be raised to a negative power",
                        )));
                    }
                    Ok(Value::Float(big_to_f64(i).powf(big_to_f64(j))))
                } else {
                    match u32::try_from(j) {
                        Ok(e) if e <= 100_000 => Ok(int_value(mc, i.pow(e))),
                        _ => Err(ArithError::Overflow("exponent too large")),
                    }
                }
            }
            BinOp::BAnd => Ok(int_value(mc, i & j)),
            BinOp::BOr => Ok(int_value(mc, i | j)),
            BinOp::BXor => Ok(int_value(mc, i ^ j)),
            BinOp::Shl => match usize::try_from(j) {
                Ok(s) if s <= 1_000_000 => Ok(int_value(mc, i << s)),
                Ok(_) => Err(ArithError::Overflow("too many digits in integer")),
                Err(_) => Err(ArithError::Value("negative shift count")),
            },
            BinOp::Shr => match usize::try_from(j) {
                Ok(s) => Ok(int_value(mc, i >> s.min(100_000))),
                Err(_) => Err(ArithError::Value("negative shift count")),
            },
            BinOp::Concat => return None,
        },
        _ => {
            let (p, q) = (to_f(&x), to_f(&y));
            match op {
                BinOp::Add => Ok(Value::Float(p + q)),
                BinOp::Sub => Ok(Value::Float(p - q)),
                BinOp::Mul => Ok(Value::Float(p * q)),
                BinOp::Div => {
                    if q == 0.0 {
                        Err(ArithError::ZeroDivision("float division by zero"))
                    } else {
                        Ok(Value::Float(p / q))
                    }
                }
                BinOp::IDiv => {
                    if q == 0.0 {
                        Err(ArithError::ZeroDivision("float floor division by zero"))
                    } else {
                        Ok(Value::Float((p / q).floor()))
                    }
                }
                BinOp::Mod => {
                    if q == 0.0 {
                        Err(ArithError::ZeroDivision("float modulo"))
                    } else {
                        Ok(Value::Float(crate::numeric::float_floor_mod(p, q)))
                    }
                }
                BinOp::Pow => {
                    if p == 0.0 && q < 0.0 {
                        Err(ArithError::ZeroDivision(
                            "0.0 cannot be raised to a negative power",
                        ))
                    } else {
                        Ok(Value::Float(p.powf(q)))
                    }
                }
                _ => return None,
            }
        }
    })
}
