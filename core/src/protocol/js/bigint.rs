//! BigInt values (ECMA-262 §6.1.6.2 The BigInt Type): arithmetic,
//! comparison with BigInts and Numbers, and the TypeError for mixing a
//! BigInt with a Number in arithmetic (§13.15.3 step 5). omx keeps a
//! JavaScript BigInt as the core's big integer whatever its size.

use gc_arena::Gc;
use num_bigint::BigInt;

use crate::bytecode::BinOp;
use crate::model::Step;
use crate::native::Ctx;
use crate::value::{BigIntData, Value};

/// A BigInt value.
pub fn make<'gc>(ctx: &mut Ctx<'gc, '_>, n: BigInt) -> Value<'gc> {
    Value::BigInt(Gc::new(ctx.mc, BigIntData(n)))
}

/// `a op b` on two BigInts (§6.1.6.2.1 onwards).
pub fn binary<'gc>(ctx: &mut Ctx<'gc, '_>, op: BinOp, a: &BigInt, b: &BigInt) -> Step<'gc> {
    use num_bigint::Sign;
    let zero = BigInt::from(0);
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div | BinOp::IDiv | BinOp::Mod if *b == zero => {
            let e = super::error::make_error(
                ctx,
                super::realm::Slot::RangeErrorProto,
                "Division by zero",
            );
            return Step::Error(crate::model::OpError::Throw(e));
        }
        // Truncating division and remainder.
        BinOp::Div | BinOp::IDiv => a / b,
        BinOp::Mod => a % b,
        BinOp::Pow => {
            if b.sign() == Sign::Minus {
                let e = super::error::make_error(
                    ctx,
                    super::realm::Slot::RangeErrorProto,
                    "Exponent must be non-negative",
                );
                return Step::Error(crate::model::OpError::Throw(e));
            }
            match u32::try_from(b) {
                Ok(e) => num_traits_pow(a, e),
                Err(_) => {
                    let e = super::error::make_error(
                        ctx,
                        super::realm::Slot::RangeErrorProto,
                        "Maximum BigInt size exceeded",
                    );
                    return Step::Error(crate::model::OpError::Throw(e));
                }
            }
        }
        BinOp::BAnd => a & b,
        BinOp::BOr => a | b,
        BinOp::BXor => a ^ b,
        BinOp::Shl | BinOp::Shr => {
            let n = i64::try_from(b).unwrap_or(0);
            let n = if op == BinOp::Shr { -n } else { n };
            if n >= 0 {
                a << (n.min(1 << 20) as usize)
            } else {
                a >> ((-n).min(1 << 20) as usize)
            }
        }
        BinOp::Concat => return Step::Done(Value::Nil),
    };
    Step::Done(make(ctx, r))
}

fn num_traits_pow(a: &BigInt, e: u32) -> BigInt {
    let mut result = BigInt::from(1);
    let mut base = a.clone();
    let mut e = e;
    while e > 0 {
        if e & 1 == 1 {
            result *= &base;
        }
        base = &base * &base;
        e >>= 1;
    }
    result
}

/// The approximate Number of a BigInt (for comparisons with Numbers).
pub fn to_f64(b: &BigInt) -> f64 {
    b.to_string().parse::<f64>().unwrap_or(f64::NAN)
}

/// §6.1.6.2.12 BigInt::lessThan and the mixed comparisons of §7.2.13.
pub fn less_than(a: Value<'_>, b: Value<'_>) -> Option<bool> {
    match (a, b) {
        (Value::BigInt(x), Value::BigInt(y)) => Some(x.0 < y.0),
        (Value::BigInt(x), other) => {
            let y = super::convert::to_number(other)?;
            (!y.is_nan()).then(|| to_f64(&x.0) < y)
        }
        (other, Value::BigInt(y)) => {
            let x = super::convert::to_number(other)?;
            (!x.is_nan()).then(|| x < to_f64(&y.0))
        }
        _ => None,
    }
}

/// Parse a BigInt literal's digits (with a `0x`/`0o`/`0b` prefix).
pub fn parse(text: &str) -> Option<BigInt> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (t.to_string(), 10)
    };
    let digits = if digits.is_empty() && radix == 10 {
        "0".to_string()
    } else {
        digits
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}
