//! The utf8 library (Lua 5.4 manual §6.5): `char`, `charpattern`,
//! `codes`, `codepoint`, `len`, `offset`, following lutf8lib.c of Lua
//! 5.4.4 (sequences of up to six bytes, values up to 2^31-1; "strict"
//! functions reject surrogates and values past U+10FFFF unless `lax`).

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::lua::ops::truthy;
use omx_core::protocol::lua::table::raw_set_str;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::{library, register};

const MAXUNICODE: u32 = 0x10FFFF;
const MAXUTF: u32 = 0x7FFF_FFFF;
const INVALID: &str = "invalid UTF-8 code";

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let u = library(mc, rt, "utf8");
    register(mc, u, "offset", offset);
    register(mc, u, "codepoint", codepoint);
    register(mc, u, "char", char);
    register(mc, u, "len", len);
    register(mc, u, "codes", codes);
    raw_set_str(
        mc,
        u,
        Str::new(mc, b"charpattern"),
        str_value(mc, b"[\0-\x7F\xC2-\xFD][\x80-\xBF]*"),
    );
}

/// The byte at `i`, or 0 past the end (C strings end in '\0').
fn byte_at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

fn is_cont(s: &[u8], i: usize) -> bool {
    byte_at(s, i) & 0xC0 == 0x80
}

/// Decode the sequence at `i`: its value and the index after it, or
/// `None` when it is not valid UTF-8 (lutf8lib's `utf8_decode`).
fn decode(s: &[u8], i: usize, strict: bool) -> Option<(u32, usize)> {
    const LIMITS: [u32; 6] = [u32::MAX, 0x80, 0x800, 0x10000, 0x200000, 0x4000000];
    let mut c = byte_at(s, i) as u32;
    let mut res: u32 = 0;
    let mut count = 0usize;
    if c < 0x80 {
        res = c;
    } else {
        while c & 0x40 != 0 {
            count += 1;
            let cc = byte_at(s, i + count) as u32;
            if cc & 0xC0 != 0x80 {
                return None;
            }
            res = (res << 6) | (cc & 0x3F);
            c <<= 1;
        }
        if count > 5 {
            return None;
        }
        res |= (c & 0x7F) << (count * 5);
        if res > MAXUTF || res < LIMITS[count] {
            return None;
        }
    }
    if strict && (res > MAXUNICODE || (0xD800..=0xDFFF).contains(&res)) {
        return None;
    }
    Some((res, i + count + 1))
}

/// `u_posrelat`: a negative position counts back from the end.
fn posrelat(pos: i64, len: usize) -> i64 {
    if pos >= 0 {
        pos
    } else if pos.unsigned_abs() > len as u64 {
        0
    } else {
        len as i64 + pos + 1
    }
}

/// `utf8.len(s [, i [, j [, lax]]])`.
fn len<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_bytes(ctx.rt, args, 0, "len")?;
    let n = s.len();
    let mut posi = posrelat(opt_int(ctx.rt, args, 1, "len", 1)?, n);
    let mut posj = posrelat(opt_int(ctx.rt, args, 2, "len", -1)?, n);
    let lax = truthy(arg(args, 3));
    if !(1 <= posi && posi - 1 <= n as i64) {
        return Err(bad_arg(1, "len", "initial position out of bounds"));
    }
    posi -= 1;
    posj -= 1;
    if posj >= n as i64 {
        return Err(bad_arg(2, "len", "final position out of bounds"));
    }
    let mut count = 0i64;
    while posi <= posj {
        match decode(&s, posi as usize, !lax) {
            Some((_, next)) => {
                posi = next as i64;
                count += 1;
            }
            None => {
                ctx.ret
                    .extend_from_slice(&[Value::Nil, Value::Int(posi + 1)]);
                return Ok(Outcome::Return);
            }
        }
    }
    ctx.ret1(Value::Int(count))
}

/// `utf8.codepoint(s [, i [, j [, lax]]])`.
fn codepoint<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_bytes(ctx.rt, args, 0, "codepoint")?;
    let n = s.len();
    let posi = posrelat(opt_int(ctx.rt, args, 1, "codepoint", 1)?, n);
    let pose = posrelat(opt_int(ctx.rt, args, 2, "codepoint", posi)?, n);
    let lax = truthy(arg(args, 3));
    if posi < 1 {
        return Err(bad_arg(1, "codepoint", "out of bounds"));
    }
    if pose > n as i64 {
        return Err(bad_arg(2, "codepoint", "out of bounds"));
    }
    if posi > pose {
        return Ok(Outcome::Return);
    }
    if pose - posi >= i32::MAX as i64 {
        return Err(NativeError::msg("string slice too long"));
    }
    let end = pose as usize;
    let mut i = posi as usize - 1;
    while i < end {
        match decode(&s, i, !lax) {
            Some((code, next)) => {
                ctx.ret.push(Value::Int(code as i64));
                i = next;
            }
            None => return Err(NativeError::msg(INVALID)),
        }
    }
    Ok(Outcome::Return)
}

/// The extended UTF-8 encoding of `code` (up to six bytes; C Lua's
/// `luaO_utf8esc`).
fn encode(out: &mut Vec<u8>, code: u32) {
    if code < 0x80 {
        out.push(code as u8);
        return;
    }
    let mut buf = [0u8; 8];
    let mut n = 1;
    let mut x = code;
    let mut mfb: u32 = 0x3f;
    loop {
        buf[8 - n] = 0x80 | (x & 0x3f) as u8;
        n += 1;
        x >>= 6;
        mfb >>= 1;
        if x <= mfb {
            break;
        }
    }
    buf[8 - n] = ((!mfb << 1) | x) as u8;
    out.extend_from_slice(&buf[8 - n..]);
}

/// `utf8.char(...)`.
fn char<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut out = Vec::new();
    for i in 0..args.len() {
        let code = check_int(ctx.rt, args, i, "char")? as u64;
        if code > MAXUTF as u64 {
            return Err(bad_arg(i, "char", "value out of range"));
        }
        encode(&mut out, code as u32);
    }
    ctx.ret1(str_value(ctx.mc, &out))
}

/// `utf8.offset(s, n [, i])`.
fn offset<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_bytes(ctx.rt, args, 0, "offset")?;
    let len = s.len() as i64;
    let mut n = check_int(ctx.rt, args, 1, "offset")?;
    let default = if n >= 0 { 1 } else { len + 1 };
    let mut posi = posrelat(opt_int(ctx.rt, args, 2, "offset", default)?, s.len());
    if !(1 <= posi && posi - 1 <= len) {
        return Err(bad_arg(2, "offset", "position out of bounds"));
    }
    posi -= 1;
    if n == 0 {
        while posi > 0 && is_cont(&s, posi as usize) {
            posi -= 1;
        }
    } else {
        if is_cont(&s, posi as usize) {
            return Err(NativeError::msg("initial position is a continuation byte"));
        }
        if n < 0 {
            while n < 0 && posi > 0 {
                loop {
                    posi -= 1;
                    if !(posi > 0 && is_cont(&s, posi as usize)) {
                        break;
                    }
                }
                n += 1;
            }
        } else {
            n -= 1;
            while n > 0 && posi < len {
                loop {
                    posi += 1;
                    if !is_cont(&s, posi as usize) {
                        break;
                    }
                }
                n -= 1;
            }
        }
    }
    if n == 0 {
        ctx.ret1(Value::Int(posi + 1))
    } else {
        ctx.ret1(Value::Nil)
    }
}

/// `utf8.codes(s [, lax])`: the iterator, `s` and 0.
fn codes<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    check_bytes(ctx.rt, args, 0, "codes")?;
    let iter = if truthy(arg(args, 1)) {
        NativeFunction::new(ctx.mc, "codes_iterator", iter_lax)
    } else {
        NativeFunction::new(ctx.mc, "codes_iterator", iter_strict)
    };
    ctx.ret
        .extend_from_slice(&[Value::Native(iter), args[0], Value::Int(0)]);
    Ok(Outcome::Return)
}

fn iter_strict<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    iter(ctx, args, true)
}

fn iter_lax<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    iter(ctx, args, false)
}

fn iter<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], strict: bool) -> NativeResult<'gc> {
    let s = check_bytes(ctx.rt, args, 0, "for iterator")?;
    let len = s.len() as u64;
    let mut n = match arg(args, 1) {
        Value::Int(i) => i as u64,
        Value::Float(f) => omx_core::numeric::float_to_int_exact(f).unwrap_or(0) as u64,
        _ => 0,
    };
    if n < len {
        while is_cont(&s, n as usize) {
            n += 1;
        }
    }
    if n >= len {
        return Ok(Outcome::Return);
    }
    match decode(&s, n as usize, strict) {
        Some((code, _)) => {
            ctx.ret
                .extend_from_slice(&[Value::Int(n as i64 + 1), Value::Int(code as i64)]);
            Ok(Outcome::Return)
        }
        None => Err(NativeError::msg(INVALID)),
    }
}
