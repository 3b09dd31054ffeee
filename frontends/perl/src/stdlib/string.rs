//! String and number builtins (perlfunc "Functions for SCALARs or
//! strings", "Numeric functions").

use omx_core::native::{Ctx, NativeResult};
use omx_core::protocol::perl::scalar;
use omx_core::Value;

use super::*;

macro_rules! strfn {
    ($name:ident, $body:expr) => {
        fn $name<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
            if let Some(r) = stringify_first(ctx, a, 0) {
                return r;
            }
            let s = sv(arg(a, 0));
            let f: fn(Vec<u8>) -> Vec<u8> = $body;
            ret_str(ctx, f(s))
        }
    };
}

strfn!(lc, |s| s.to_ascii_lowercase());
strfn!(uc, |s| s.to_ascii_uppercase());
strfn!(lcfirst, |mut s| {
    if let Some(c) = s.first_mut() {
        *c = c.to_ascii_lowercase();
    }
    s
});
strfn!(ucfirst, |mut s| {
    if let Some(c) = s.first_mut() {
        *c = c.to_ascii_uppercase();
    }
    s
});
strfn!(quotemeta, |s| {
    let mut o = Vec::new();
    for c in s {
        if !(c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
            o.push(b'\\');
        }
        o.push(c);
    }
    o
});

pub(crate) const NATIVES: &[Entry] = &[
    ("lc", lc),
    ("uc", uc),
    ("fc", lc),
    ("lcfirst", lcfirst),
    ("ucfirst", ucfirst),
    ("quotemeta", quotemeta),
    ("length", length),
    ("chr", |c, a| {
        let n = intof(arg(a, 0));
        let ch = char::from_u32(n.max(0) as u32).unwrap_or('\u{fffd}');
        let mut b = [0u8; 4];
        if n < 256 {
            return ret_str(c, vec![n.max(0) as u8]);
        }
        ret_str(c, ch.encode_utf8(&mut b).as_bytes().to_vec())
    }),
    ("ord", |c, a| {
        let s = sbytes(arg(a, 0));
        ret(c, Value::Int(ord_of(&s)))
    }),
    ("abs", |c, a| {
        let v = match num(arg(a, 0)) {
            Value::Int(i) => i
                .checked_abs()
                .map(Value::Int)
                .unwrap_or(Value::Float((i as f64).abs())),
            Value::Float(f) => Value::Float(f.abs()),
            other => other,
        };
        ret(c, v)
    }),
    ("sqrt", |c, a| {
        let f = f64of(arg(a, 0));
        if f < 0.0 {
            return die(format!("Can't take sqrt of {}", scalar::format_float(f)));
        }
        ret(c, Value::Float(f.sqrt()))
    }),
    ("log", |c, a| {
        let f = f64of(arg(a, 0));
        if f <= 0.0 {
            return die(format!("Can't take log of {}", scalar::format_float(f)));
        }
        ret(c, Value::Float(f.ln()))
    }),
    ("exp", |c, a| ret(c, Value::Float(f64of(arg(a, 0)).exp()))),
    ("sin", |c, a| ret(c, Value::Float(f64of(arg(a, 0)).sin()))),
    ("cos", |c, a| ret(c, Value::Float(f64of(arg(a, 0)).cos()))),
    ("atan2", |c, a| {
        ret(c, Value::Float(f64of(arg(a, 0)).atan2(f64of(arg(a, 1)))))
    }),
    ("floor", |c, a| {
        ret(c, int_or_float(f64of(arg(a, 0)).floor()))
    }),
    ("ceil", |c, a| ret(c, int_or_float(f64of(arg(a, 0)).ceil()))),
    ("fmod", |c, a| {
        ret(c, Value::Float(f64of(arg(a, 0)) % f64of(arg(a, 1))))
    }),
    ("pow", |c, a| {
        ret(c, Value::Float(f64of(arg(a, 0)).powf(f64of(arg(a, 1)))))
    }),
    ("hex", |c, a| {
        let s = sv(arg(a, 0));
        let t = String::from_utf8_lossy(&s).replace('_', "");
        let t = t.trim_start_matches("0x").trim_start_matches("0X");
        ret(c, Value::Int(i64::from_str_radix(t, 16).unwrap_or(0)))
    }),
    ("oct", |c, a| {
        let s = sv(arg(a, 0));
        let t = String::from_utf8_lossy(&s).trim().replace('_', "");
        let n = if let Some(h) = t.strip_prefix("0x").or(t.strip_prefix("0X")) {
            i64::from_str_radix(h, 16)
        } else if let Some(b) = t.strip_prefix("0b").or(t.strip_prefix("0B")) {
            i64::from_str_radix(b, 2)
        } else {
            let o = t.strip_prefix("0o").unwrap_or(&t);
            let digits: String = o.chars().take_while(|c| ('0'..='7').contains(c)).collect();
            i64::from_str_radix(if digits.is_empty() { "0" } else { &digits }, 8)
        };
        ret(c, Value::Int(n.unwrap_or(0)))
    }),
    ("index", index),
    ("rindex", rindex),
    ("substr", substr),
    ("ord_substr", ord_substr),
    ("substr4", substr4),
    ("chomp", chomp),
    ("chop", chop),
    ("chomp_array", chomp_array),
    ("chop_array", chomp_array),
    ("reverse_str", reverse_str),
    ("join", join),
    ("looks_like_number", |c, a| {
        let v = arg(a, 0);
        let r = match v {
            Value::Int(_) | Value::Float(_) => true,
            Value::Str(s) => !s.is_empty() && scalar::parse_num(s.as_bytes()).1,
            _ => false,
        };
        ret(c, boolv(r))
    }),
];

fn int_or_float<'gc>(f: f64) -> Value<'gc> {
    if f.is_finite() && f.abs() < 9.0e15 {
        Value::Int(f as i64)
    } else {
        Value::Float(f)
    }
}

fn length<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let v = arg(a, 0);
    if v.is_nil() {
        return ret(ctx, Value::Nil);
    }
    if let Value::Str(s) = v {
        if s.is_ascii() {
            return ret(ctx, Value::Int(s.len() as i64));
        }
    }
    let s = sbytes(v);
    let n = match std::str::from_utf8(&s) {
        Ok(t) if s.iter().any(|b| *b >= 0x80) => t.chars().count(),
        _ => s.len(),
    };
    ret(ctx, Value::Int(n as i64))
}

fn find(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    if n.is_empty() {
        return Some(from.min(h.len()));
    }
    omx_core::string::find_bytes(h.get(from..)?, n).map(|i| i + from)
}

fn index<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let (h, n) = (sbytes(arg(a, 0)), sbytes(arg(a, 1)));
    let from = if a.len() > 2 {
        intof(arg(a, 2)).max(0) as usize
    } else {
        0
    };
    let r = if from > h.len() {
        None
    } else {
        find(&h, &n, from)
    };
    ret(ctx, Value::Int(r.map(|i| i as i64).unwrap_or(-1)))
}

fn rindex<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let (h, n) = (sbytes(arg(a, 0)), sbytes(arg(a, 1)));
    let start = if a.len() > 2 {
        intof(arg(a, 2)).max(0) as usize
    } else {
        h.len()
    };
    // The last match starting at or before `start`.
    let end = start.saturating_add(n.len()).min(h.len());
    let best = omx_core::string::rfind_bytes(&h[..end], &n).map_or(-1, |i| i as i64);
    ret(ctx, Value::Int(best))
}

/// `ord`: the code point of the first character (a UTF-8 sequence read
/// as one character, else the first byte), 0 for the empty string.
fn ord_of(s: &[u8]) -> i64 {
    match s.first() {
        None => return 0,
        Some(&b) if b < 0x80 => return b as i64,
        Some(_) => {}
    }
    let head = &s[..s.len().min(4)];
    match std::str::from_utf8(head)
        .or_else(|e| std::str::from_utf8(&head[..e.valid_up_to()]))
        .ok()
        .and_then(|t| t.chars().next())
    {
        Some(ch) => ch as i64,
        None => s[0] as i64,
    }
}

/// The byte range `substr(s, a[1], a[2])` selects (a negative offset
/// counts from the end, a negative length leaves that many off the end),
/// or `None` when the offset is outside the string (substr returns undef).
fn substr_range(len: usize, a: &[Value<'_>]) -> Option<std::ops::Range<usize>> {
    let len = len as i64;
    let mut off = intof(arg(a, 1));
    if off < 0 {
        off += len;
    }
    if off < 0 || off > len {
        return None;
    }
    let mut n = if a.len() > 2 && !arg(a, 2).is_nil() {
        intof(arg(a, 2))
    } else {
        len - off
    };
    if n < 0 {
        n = (len - off + n).max(0);
    }
    let end = (off + n).min(len) as usize;
    Some(off as usize..end)
}

/// `substr EXPR,OFFSET,LENGTH,REPLACEMENT`: with a replacement the new
/// string and the old part come back (the lowering assigns the target).
fn substr<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let s = sbytes(arg(a, 0));
    let Some(range) = substr_range(s.len(), a) else {
        return ret(ctx, Value::Nil);
    };
    let part = ctx.rt.new_str(ctx.mc, &s[range]);
    ctx.ret1(Value::Str(part))
}

/// `ord(substr(EXPR, OFFSET, LENGTH))` in one call (the tokenizer's idiom):
/// what `ord` answers for the part `substr` would return, without making
/// the part. Out of range, substr's undef is ord's empty string: 0.
fn ord_substr<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let s = sbytes(arg(a, 0));
    let n = match substr_range(s.len(), a) {
        Some(range) => ord_of(&s[range]),
        None => 0,
    };
    ret(ctx, Value::Int(n))
}

fn chomp<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(a, 0);
    if v.is_nil() {
        let r = data::new_array_from(ctx, &[Value::Nil, Value::Int(0)]);
        return ret(ctx, r);
    }
    let mut s = sv(v);
    let n = if s.ends_with(b"\n") {
        s.pop();
        1
    } else {
        0
    };
    let sv2 = Value::Str(omx_core::string::Str::from_vec(ctx.mc, s));
    let r = data::new_array_from(ctx, &[sv2, Value::Int(n)]);
    ret(ctx, r)
}

fn chop<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut s = sv(arg(a, 0));
    let c = s.pop().map(|c| vec![c]).unwrap_or_default();
    let sv2 = Value::Str(omx_core::string::Str::from_vec(ctx.mc, s));
    let cv = Value::Str(omx_core::string::Str::from_vec(ctx.mc, c));
    let r = data::new_array_from(ctx, &[sv2, cv]);
    ret(ctx, r)
}

fn chomp_array<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut n = 0;
    if let Some(arr) = array_arg(arg(a, 0)) {
        for i in 0..arr.array_len() {
            let v = arr.array_get(i);
            if let Value::Str(s) = v {
                if s.as_bytes().ends_with(b"\n") {
                    let b = &s.as_bytes()[..s.len() - 1];
                    arr.array_set(ctx.mc, i, str_v(ctx.mc, b));
                    n += 1;
                }
            }
        }
    }
    ret(ctx, Value::Int(n))
}

fn reverse_str<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let mut s: Vec<u8> = a.iter().flat_map(|v| sv(*v)).collect();
    match String::from_utf8(s.clone()) {
        Ok(t) if s.iter().any(|b| *b >= 0x80) => {
            s = t.chars().rev().collect::<String>().into_bytes()
        }
        _ => s.reverse(),
    }
    ret_str(ctx, s)
}

fn join<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let sep = sv(arg(a, 0));
    let mut out = Vec::new();
    for (i, v) in a.iter().skip(1).enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(sv(*v));
    }
    ret_str(ctx, out)
}

/// 4-argument `substr`: the new string and the part replaced.
fn substr4<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let s = sbytes(arg(a, 0));
    let len = s.len() as i64;
    let mut off = intof(arg(a, 1));
    if off < 0 {
        off += len;
    }
    if off < 0 || off > len {
        return die("substr outside of string");
    }
    let mut n = if arg(a, 2).is_nil() {
        len - off
    } else {
        intof(arg(a, 2))
    };
    if n < 0 {
        n = (len - off + n).max(0);
    }
    let end = (off + n).min(len) as usize;
    let old = s[off as usize..end].to_vec();
    let mut new = s[..off as usize].to_vec();
    new.extend(sv(arg(a, 3)));
    new.extend_from_slice(&s[end..]);
    let nv = Value::Str(omx_core::string::Str::from_vec(ctx.mc, new));
    let ov = Value::Str(omx_core::string::Str::from_vec(ctx.mc, old));
    let r = data::new_array_from(ctx, &[nv, ov]);
    ret(ctx, r)
}
