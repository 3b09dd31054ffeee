//! `++` and `--` (perlop "Auto-increment and Auto-decrement"; sv.c
//! `sv_inc`/`sv_dec`). A number goes up or down by one (an integer past
//! the end of the integers becomes a float; the VM does integers and
//! floats itself and comes here for the rest). `undef` counts as 0. A
//! string that is not numeric and matches `/^[a-zA-Z]*[0-9]*$/` is
//! incremented "with carry" as a string ("aa" → "ab", "Az" → "Ba",
//! "zz" → "aaa", "a9" → "b0"); `--` is never magical. Overloaded objects
//! were asked before (overload.rs: `++`, else `+ 1`).

use super::scalar::parse_num;
use crate::bytecode::{BinOp, UnaryOp};
use crate::model::Step;
use crate::native::Ctx;
use crate::string::Str;
use crate::value::Value;

/// The value after `++` (`op` Inc) or `--` (Dec) of `v`.
pub fn step<'gc>(ctx: &mut Ctx<'gc, '_>, op: UnaryOp, v: Value<'gc>) -> Step<'gc> {
    if op == UnaryOp::Inc {
        if let Value::Str(s) = v {
            if is_magic(s.as_bytes()) {
                let next = magic_inc(s.as_bytes());
                return Step::Done(Value::Str(Str::from_vec(ctx.mc, next)));
            }
        }
    }
    let v = if v.is_nil() { Value::Int(0) } else { v };
    let (bop, one) = if op == UnaryOp::Inc {
        (BinOp::Add, 1)
    } else {
        (BinOp::Sub, 1)
    };
    Step::Done(super::ops::arith(bop, v, Value::Int(one)).unwrap_or(Value::Nil))
}

/// Whether `++` of this string is the magic string increment: not empty,
/// not a number, letters then digits.
pub fn is_magic(b: &[u8]) -> bool {
    if b.is_empty() || parse_num(b).1 {
        return false;
    }
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    b[letters..].iter().all(|c| c.is_ascii_digit())
}

/// The magic string increment: "aa" → "ab", "Az" → "Ba", "zz" → "aaa",
/// "a9" → "b0".
pub fn magic_inc(s: &[u8]) -> Vec<u8> {
    let mut v = s.to_vec();
    let mut i = v.len();
    while i > 0 {
        i -= 1;
        let c = v[i];
        match c {
            b'z' => v[i] = b'a',
            b'Z' => v[i] = b'A',
            b'9' => v[i] = b'0',
            _ => {
                v[i] = c + 1;
                return v;
            }
        }
    }
    let first = match s.first() {
        Some(b'a'..=b'z') => b'a',
        Some(b'A'..=b'Z') => b'A',
        _ => b'1',
    };
    v.insert(0, first);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_increment_carries() {
        for (from, to) in [
            ("aa", "ab"),
            ("Az", "Ba"),
            ("zz", "aaa"),
            ("a9", "b0"),
            ("Zz", "AAa"),
            ("99", "100"),
        ] {
            assert_eq!(magic_inc(from.as_bytes()), to.as_bytes(), "{from}");
        }
        assert!(is_magic(b"aa9") && is_magic(b"Zz"));
        assert!(!is_magic(b"") && !is_magic(b"12") && !is_magic(b"a-b") && !is_magic(b"9a"));
    }
}
