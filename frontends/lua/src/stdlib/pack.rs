//! `string.pack`, `string.unpack` and `string.packsize` (Lua 5.4 manual
//! §6.4.2, format strings), following lstrlib.c of Lua 5.4.4 on a 64-bit
//! little-endian machine: `b B h H i[n] I[n] l L j J T f d n s[n] z x X
//! c[n]`, endianness `< > =`, alignment `![n]`, spaces.

use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::number::Number;
use omx_core::Value;

use super::args::*;

/// Largest integer size an `i`/`I`/`s` option may ask for.
const MAXINTSIZE: usize = 16;
/// `MAXSIZE` of lstrlib.c: sizes and results stay below `INT_MAX`.
const MAXSIZE: usize = i32::MAX as usize;
/// Bytes in a Lua integer.
const SZINT: usize = 8;
/// The native alignment limit of `!` without a number.
const MAXALIGN: usize = 8;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Uint,
    Float,
    Number,
    Double,
    Char,
    String,
    Zstr,
    Padding,
    PadAlign,
    Nop,
}

/// The state of a format being read: where we are, endianness, maximum
/// alignment.
struct Format<'a> {
    fmt: &'a [u8],
    pos: usize,
    little: bool,
    max_align: usize,
    fname: &'static str,
}

impl<'a> Format<'a> {
    fn new(fmt: &'a [u8], fname: &'static str) -> Format<'a> {
        Format {
            fmt,
            pos: 0,
            little: true,
            max_align: 1,
            fname,
        }
    }

    fn done(&self) -> bool {
        self.pos >= self.fmt.len()
    }

    fn peek(&self) -> Option<u8> {
        self.fmt.get(self.pos).copied()
    }

    /// An optional numeral (`getnum`).
    fn number(&mut self, default: usize) -> usize {
        match self.peek() {
            Some(c) if c.is_ascii_digit() => {
                let mut a = 0usize;
                while let Some(c) = self.peek() {
                    if !c.is_ascii_digit() || a > (MAXSIZE - 9) / 10 {
                        break;
                    }
                    a = a * 10 + (c - b'0') as usize;
                    self.pos += 1;
                }
                a
            }
            _ => default,
        }
    }

    /// A numeral that is an integer size (`getnumlimit`).
    fn size_limit<'gc>(&mut self, default: usize) -> NResult<'gc, usize> {
        let n = self.number(default);
        if n > MAXINTSIZE || n == 0 {
            return Err(NativeError::Message(format!(
                "integral size ({n}) out of limits [1,{MAXINTSIZE}]"
            )));
        }
        Ok(n)
    }

    /// The next option and its size (`getoption`).
    fn option<'gc>(&mut self) -> NResult<'gc, (Kind, usize)> {
        let opt = self.fmt[self.pos];
        self.pos += 1;
        Ok(match opt {
            b'b' => (Kind::Int, 1),
            b'B' => (Kind::Uint, 1),
            b'h' => (Kind::Int, 2),
            b'H' => (Kind::Uint, 2),
            b'l' | b'j' => (Kind::Int, 8),
            b'L' | b'J' | b'T' => (Kind::Uint, 8),
            b'f' => (Kind::Float, 4),
            b'n' => (Kind::Number, 8),
            b'd' => (Kind::Double, 8),
            b'i' => (Kind::Int, self.size_limit(4)?),
            b'I' => (Kind::Uint, self.size_limit(4)?),
            b's' => (Kind::String, self.size_limit(8)?),
            b'c' => {
                if !matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    return Err(NativeError::msg("missing size for format option 'c'"));
                }
                (Kind::Char, self.number(0))
            }
            b'z' => (Kind::Zstr, 0),
            b'x' => (Kind::Padding, 1),
            b'X' => (Kind::PadAlign, 0),
            b' ' => (Kind::Nop, 0),
            b'<' | b'=' => {
                self.little = true;
                (Kind::Nop, 0)
            }
            b'>' => {
                self.little = false;
                (Kind::Nop, 0)
            }
            b'!' => {
                self.max_align = self.size_limit(MAXALIGN)?;
                (Kind::Nop, 0)
            }
            other => {
                return Err(NativeError::Message(format!(
                    "invalid format option '{}'",
                    other as char
                )))
            }
        })
    }

    /// The next option, its size and the padding that aligns it at
    /// `total` (`getdetails`).
    fn details<'gc>(&mut self, total: usize) -> NResult<'gc, (Kind, usize, usize)> {
        let (kind, size) = self.option()?;
        let mut align = size;
        if kind == Kind::PadAlign {
            let next = if self.done() {
                None
            } else {
                Some(self.option()?)
            };
            match next {
                Some((k, a)) if k != Kind::Char && a != 0 => align = a,
                _ => return Err(bad_arg(0, self.fname, "invalid next option for option 'X'")),
            }
        }
        let pad = if align <= 1 || kind == Kind::Char {
            0
        } else {
            let align = align.min(self.max_align);
            if !align.is_power_of_two() {
                return Err(bad_arg(
                    0,
                    self.fname,
                    "format asks for alignment not power of 2",
                ));
            }
            (align - (total & (align - 1))) & (align - 1)
        };
        Ok((kind, size, pad))
    }
}

/// `n` in `size` bytes (`packint`); bytes past the eighth repeat the sign.
fn pack_int(out: &mut Vec<u8>, n: u64, little: bool, size: usize, negative: bool) {
    let mut bytes = vec![0u8; size];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = if i < SZINT {
            (n >> (8 * i)) as u8
        } else if negative {
            0xff
        } else {
            0
        };
    }
    if !little {
        bytes.reverse();
    }
    out.extend_from_slice(&bytes);
}

fn ordered(bytes: &[u8], little: bool) -> Vec<u8> {
    let mut v = bytes.to_vec();
    if !little {
        v.reverse();
    }
    v
}

/// `string.pack(fmt, v1, v2, ...)`.
pub fn pack<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let fmt = check_bytes(ctx.rt, args, 0, "pack")?;
    // lstrlib pushes a nil after the arguments: a missing value reads as
    // "got nil", not "got no value".
    let mut padded = args.to_vec();
    padded.push(Value::Nil);
    let args = &padded[..];
    let mut f = Format::new(&fmt, "pack");
    let mut out: Vec<u8> = Vec::new();
    let mut argi = 0usize;
    while !f.done() {
        let (kind, size, pad) = f.details(out.len())?;
        out.resize(out.len() + pad, 0);
        argi += 1;
        match kind {
            Kind::Int => {
                let n = check_int(ctx.rt, args, argi, "pack")?;
                if size < SZINT {
                    let lim = 1i64 << (size * 8 - 1);
                    if !(-lim <= n && n < lim) {
                        return Err(bad_arg(argi, "pack", "integer overflow"));
                    }
                }
                pack_int(&mut out, n as u64, f.little, size, n < 0);
            }
            Kind::Uint => {
                let n = check_int(ctx.rt, args, argi, "pack")?;
                if size < SZINT && (n as u64) >= (1u64 << (size * 8)) {
                    return Err(bad_arg(argi, "pack", "unsigned overflow"));
                }
                pack_int(&mut out, n as u64, f.little, size, false);
            }
            Kind::Float => {
                let x = check_float(ctx.rt, args, argi, "pack")? as f32;
                out.extend_from_slice(&ordered(&x.to_le_bytes(), f.little));
            }
            Kind::Number | Kind::Double => {
                let x = check_float(ctx.rt, args, argi, "pack")?;
                out.extend_from_slice(&ordered(&x.to_le_bytes(), f.little));
            }
            Kind::Char => {
                let s = check_bytes(ctx.rt, args, argi, "pack")?;
                if s.len() > size {
                    return Err(bad_arg(argi, "pack", "string longer than given size"));
                }
                out.extend_from_slice(&s);
                out.resize(out.len() + (size - s.len()), 0);
            }
            Kind::String => {
                let s = check_bytes(ctx.rt, args, argi, "pack")?;
                if size < 8 && (s.len() as u64) >= (1u64 << (size * 8)) {
                    return Err(bad_arg(
                        argi,
                        "pack",
                        "string length does not fit in given size",
                    ));
                }
                pack_int(&mut out, s.len() as u64, f.little, size, false);
                out.extend_from_slice(&s);
            }
            Kind::Zstr => {
                let s = check_bytes(ctx.rt, args, argi, "pack")?;
                if s.contains(&0) {
                    return Err(bad_arg(argi, "pack", "string contains zeros"));
                }
                out.extend_from_slice(&s);
                out.push(0);
            }
            Kind::Padding => {
                out.push(0);
                argi -= 1;
            }
            Kind::PadAlign | Kind::Nop => argi -= 1,
        }
    }
    ctx.ret1(str_value(ctx.mc, &out))
}

/// `string.packsize(fmt)`.
pub fn packsize<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let fmt = check_bytes(ctx.rt, args, 0, "packsize")?;
    let mut f = Format::new(&fmt, "packsize");
    let mut total = 0usize;
    while !f.done() {
        let (kind, size, pad) = f.details(total)?;
        if matches!(kind, Kind::String | Kind::Zstr) {
            return Err(bad_arg(0, "packsize", "variable-length format"));
        }
        let size = size + pad;
        if total > MAXSIZE - size.min(MAXSIZE) || size > MAXSIZE {
            return Err(bad_arg(0, "packsize", "format result too large"));
        }
        total += size;
    }
    ctx.ret1(Value::Int(total as i64))
}

/// An integer of `size` bytes at the start of `data` (`unpackint`).
fn unpack_int<'gc>(data: &[u8], little: bool, size: usize, signed: bool) -> NResult<'gc, i64> {
    let byte = |i: usize| if little { data[i] } else { data[size - 1 - i] };
    let limit = size.min(SZINT);
    let mut res: u64 = 0;
    for i in (0..limit).rev() {
        res = (res << 8) | byte(i) as u64;
    }
    if size < SZINT {
        if signed {
            let mask = 1u64 << (size * 8 - 1);
            res = (res ^ mask).wrapping_sub(mask);
        }
    } else if size > SZINT {
        let fill = if !signed || (res as i64) >= 0 {
            0
        } else {
            0xff
        };
        for i in limit..size {
            if byte(i) != fill {
                return Err(NativeError::Message(format!(
                    "{size}-byte integer does not fit into Lua Integer"
                )));
            }
        }
    }
    Ok(res as i64)
}

/// `string.unpack(fmt, s [, pos])`.
pub fn unpack<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let fmt = check_bytes(ctx.rt, args, 0, "unpack")?;
    let data = check_bytes(ctx.rt, args, 1, "unpack")?;
    let ld = data.len();
    let init = opt_int(ctx.rt, args, 2, "unpack", 1)?;
    // posrelatI
    let start = if init > 0 {
        init as u64
    } else if init == 0 || init < -(ld as i64) {
        1
    } else {
        (ld as i64 + init + 1) as u64
    };
    let mut pos = (start - 1) as usize;
    if start - 1 > ld as u64 {
        return Err(bad_arg(2, "unpack", "initial position out of string"));
    }
    let mut f = Format::new(&fmt, "unpack");
    let mut results = Vec::new();
    while !f.done() {
        let (kind, size, pad) = f.details(pos)?;
        if pad + size > ld - pos {
            return Err(bad_arg(1, "unpack", "data string too short"));
        }
        pos += pad;
        let here = &data[pos..];
        match kind {
            Kind::Int | Kind::Uint => {
                results.push(Value::Int(unpack_int(
                    here,
                    f.little,
                    size,
                    kind == Kind::Int,
                )?));
            }
            Kind::Float => {
                let b: [u8; 4] = ordered(&here[..4], f.little).try_into().unwrap_or([0; 4]);
                results.push(Value::Float(f32::from_le_bytes(b) as f64));
            }
            Kind::Number | Kind::Double => {
                let b: [u8; 8] = ordered(&here[..8], f.little).try_into().unwrap_or([0; 8]);
                results.push(Value::Float(f64::from_le_bytes(b)));
            }
            Kind::Char => results.push(str_value(ctx.mc, &here[..size])),
            Kind::String => {
                let len = unpack_int(here, f.little, size, false)? as u64;
                if len > (ld - pos - size) as u64 {
                    return Err(bad_arg(1, "unpack", "data string too short"));
                }
                let len = len as usize;
                results.push(str_value(ctx.mc, &here[size..size + len]));
                pos += len;
            }
            Kind::Zstr => {
                let len = here.iter().position(|&b| b == 0);
                let Some(len) = len else {
                    return Err(bad_arg(1, "unpack", "unfinished string for format 'z'"));
                };
                results.push(str_value(ctx.mc, &here[..len]));
                pos += len + 1;
            }
            Kind::PadAlign | Kind::Padding | Kind::Nop => {}
        }
        pos += size;
    }
    results.push(num_value(Number::Int(pos as i64 + 1)));
    ctx.ret.extend_from_slice(&results);
    Ok(Outcome::Return)
}
