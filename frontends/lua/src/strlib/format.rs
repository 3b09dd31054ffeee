//! `string.format`: parsing the format string and formatting each item, as
//! lstrlib.c's `str_format` does in Lua 5.4.4.
//!
//! # Glue
//!
//! 1. `parse_format(fmt)` splits the format into literal bytes and
//!    conversion specifications, validated as Lua validates them: a spec is
//!    `%`, then up to 21 bytes of flags/digits/points, then the conversion;
//!    width and precision have at most two digits; each conversion allows
//!    only some flags (`d i`: `-+ 0`; `u`: `-0`; `o x X`: `-#0`;
//!    `a A e E f g G`: `-+ #0`; `c p`: `-` and no precision; `s`: `-` and a
//!    precision; `q`: nothing). `%%` becomes a literal `%`. The errors are
//!    Lua's messages, e.g. `invalid conversion specification: '%10.123d'`,
//!    `invalid conversion '%y' to 'format'`, `invalid format (too long)`,
//!    `specifier '%q' cannot have modifiers`.
//! 2. For each [`FormatItem::Spec`] take the next argument (none left: Lua's
//!    `bad argument #N to 'format' (no value)`) and dispatch on `spec.conv`:
//!    - `c`, `d i u o x X`: the argument as an integer (`luaL_checkinteger`:
//!      floats with an exact integer value convert, others are "number has no
//!      integer representation"), then [`format_int`];
//!    - `a A e E f g G`: the argument as a float, then [`format_float`];
//!    - `s`: `tostring` of the argument (with `__tostring`), then
//!      [`format_str`], whose [`ArgError`] becomes `bad argument #N to
//!      'format' (string contains zeros)`;
//!    - `p`: the address text of the value (`0x...`), or `(null)` for values
//!      that have none (numbers, booleans, nil), through [`format_str`];
//!    - `q`: [`format_quoted`]; any other type is `bad argument #N to 'format'
//!      (value has no literal form)`.
//!
//! Differences from Lua: Lua checks a spec when it reaches it, after looking
//! at earlier arguments, so for a call that has both a bad argument and a bad
//! spec Lua may report the argument first; `parse_format` reports the spec.

use omx_core::number::{self, Flags, FloatSpec};

/// A `string.format` error, worded as lua5.4 words it. The message is bytes
/// because it quotes the (possibly non-UTF-8) spec; Lua truncates the quote
/// at a NUL byte and so does this.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub message: Vec<u8>,
}

/// A problem with one argument, to be reported as Lua's
/// `bad argument #N to 'format' (<reason>)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArgError {
    pub reason: &'static str,
}

/// Why [`format_str`] failed: a bad argument (Lua: `bad argument #N to
/// 'format' (string contains zeros)`) or a bad `%s` spec, which Lua checks
/// only after the argument (plain error `invalid conversion
/// specification: '%05s'`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrError {
    Arg(ArgError),
    Spec(FormatError),
}

/// One conversion specification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    pub flags: Flags,
    /// Field width (0: none); at most 99.
    pub width: usize,
    /// `None` without a `.`; at most 99.
    pub precision: Option<usize>,
    /// The conversion byte: one of `c d i u o x X a A e E f g G p q s`.
    pub conv: u8,
    /// The whole spec as written, `%` and conversion included (`%-5.2s`).
    pub text: Vec<u8>,
}

impl Spec {
    /// Whether anything stands between `%` and the conversion.
    pub fn has_modifiers(&self) -> bool {
        self.text.len() > 2
    }
}

/// A piece of a parsed format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatItem {
    /// Bytes copied as they are (`%%` already turned into `%`).
    Literal(Vec<u8>),
    Spec(Spec),
}

/// lstrlib's `MAX_FORMAT`: a spec (with `%` and conversion) of this length
/// minus 10 or more is "too long".
const MAX_FORMAT: usize = 32;

const FLAGS_FLOAT: &[u8] = b"-+ #0";
const FLAGS_HEX: &[u8] = b"-#0";
const FLAGS_INT: &[u8] = b"-+ 0";
const FLAGS_UNSIGNED: &[u8] = b"-0";
const FLAGS_CHAR: &[u8] = b"-";

fn error(parts: &[&[u8]]) -> FormatError {
    FormatError {
        message: parts.concat(),
    }
}

/// Lua prints the spec with C's `%s`: up to its first NUL.
fn c_str(bytes: &[u8]) -> &[u8] {
    match bytes.iter().position(|&c| c == 0) {
        Some(n) => &bytes[..n],
        None => bytes,
    }
}

/// Splits and validates a format string (lstrlib `str_format`, `getformat`,
/// `checkformat`). The flags, width and precision of a `%s` spec are checked
/// later, by [`format_str`], because Lua checks them after the argument.
pub fn parse_format(fmt: &[u8]) -> Result<Vec<FormatItem>, FormatError> {
    let mut items = Vec::new();
    let mut literal = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' {
            literal.push(c);
            continue;
        }
        if fmt.get(i) == Some(&b'%') {
            literal.push(b'%');
            i += 1;
            continue;
        }
        // getformat: flags, digits and points, then the conversion byte.
        let span = fmt[i..]
            .iter()
            .take_while(|c| b"-+ #0123456789.".contains(c))
            .count();
        let len = span + 1;
        if len >= MAX_FORMAT - 10 {
            return Err(error(&[b"invalid format (too long)"]));
        }
        let conv = fmt.get(i + span).copied().unwrap_or(0);
        let mut text = vec![b'%'];
        text.extend_from_slice(&fmt[i..i + span]);
        text.push(conv);
        i += len;
        let spec = check_spec(text, conv, conv != b's')?;
        if !literal.is_empty() {
            items.push(FormatItem::Literal(std::mem::take(&mut literal)));
        }
        items.push(FormatItem::Spec(spec));
    }
    if !literal.is_empty() {
        items.push(FormatItem::Literal(literal));
    }
    Ok(items)
}

/// The per-conversion checks of `str_format` and `checkformat`.
/// `check_flags` false only extracts the flags/width/precision that are valid.
fn check_spec(text: Vec<u8>, conv: u8, check_flags: bool) -> Result<Spec, FormatError> {
    let (flags, precision_ok): (&[u8], bool) = match conv {
        b'c' | b'p' => (FLAGS_CHAR, false),
        b'd' | b'i' => (FLAGS_INT, true),
        b'u' => (FLAGS_UNSIGNED, true),
        b'o' | b'x' | b'X' => (FLAGS_HEX, true),
        b'a' | b'A' | b'e' | b'E' | b'f' | b'g' | b'G' => (FLAGS_FLOAT, true),
        b's' => (FLAGS_CHAR, true),
        b'q' => {
            if text.len() > 2 {
                return Err(error(&[b"specifier '%q' cannot have modifiers"]));
            }
            (b"", false)
        }
        _ => {
            return Err(error(&[
                b"invalid conversion '",
                c_str(&text),
                b"' to 'format'",
            ]))
        }
    };
    let invalid = || error(&[b"invalid conversion specification: '", c_str(&text), b"'"]);
    // checkformat: allowed flags, a width that does not start with '0',
    // then '.' and a precision, each of at most two digits.
    let body = &text[1..];
    let mut spec = Spec {
        flags: Flags::default(),
        width: 0,
        precision: None,
        conv,
        text: text.clone(),
    };
    let mut j = 0;
    while let Some(&c) = body.get(j).filter(|c| flags.contains(c)) {
        match c {
            b'-' => spec.flags.left = true,
            b'+' => spec.flags.plus = true,
            b' ' => spec.flags.space = true,
            b'#' => spec.flags.alt = true,
            _ => spec.flags.zero = true,
        }
        j += 1;
    }
    if body.get(j) != Some(&b'0') {
        let (width, next) = two_digits(body, j);
        spec.width = width;
        j = next;
        if body.get(j) == Some(&b'.') && precision_ok {
            let (precision, next) = two_digits(body, j + 1);
            spec.precision = Some(precision);
            j = next;
        }
    }
    if check_flags && !body.get(j).is_some_and(u8::is_ascii_alphabetic) {
        return Err(invalid());
    }
    Ok(spec)
}

/// lstrlib `get2digits`: up to two decimal digits at `j`.
fn two_digits(body: &[u8], mut j: usize) -> (usize, usize) {
    let mut value = 0;
    for _ in 0..2 {
        match body.get(j) {
            Some(&c) if c.is_ascii_digit() => {
                value = value * 10 + usize::from(c - b'0');
                j += 1;
            }
            _ => break,
        }
    }
    (value, j)
}

/// Writes `sign prefix zeros digits` into the field, as C does for integers.
fn pad_number(out: &mut Vec<u8>, spec: &Spec, sign: &[u8], prefix: &[u8], digits: &[u8]) {
    // '0' pads with zeros unless '-' is given or a precision is present.
    let zero = spec.flags.zero && !spec.flags.left && spec.precision.is_none();
    number::printf::pad(out, spec.flags.left, zero, spec.width, sign, prefix, digits);
}

/// `%c %d %i %u %o %x %X` of an integer, as C's `printf` with `%lld` does
/// (`u o x X` see the two's-complement bits; `c` writes the low byte).
pub fn format_int(out: &mut Vec<u8>, spec: &Spec, n: i64) {
    if spec.conv == b'c' {
        let byte = [n as u8];
        pad_number(out, spec, b"", b"", &byte);
        return;
    }
    let u = n as u64;
    let (sign, magnitude): (&[u8], u64) = match spec.conv {
        b'd' | b'i' => {
            let sign: &[u8] = if n < 0 {
                b"-"
            } else if spec.flags.plus {
                b"+"
            } else if spec.flags.space {
                b" "
            } else {
                b""
            };
            (sign, n.unsigned_abs())
        }
        _ => (b"", u),
    };
    let mut digits = match spec.conv {
        b'o' => format!("{magnitude:o}"),
        b'x' => format!("{magnitude:x}"),
        b'X' => format!("{magnitude:X}"),
        _ => magnitude.to_string(),
    }
    .into_bytes();
    // A precision is a minimum digit count; ".0" prints nothing for 0.
    if let Some(p) = spec.precision {
        if p == 0 && magnitude == 0 {
            digits.clear();
        } else if digits.len() < p {
            let mut padded = vec![b'0'; p - digits.len()];
            padded.extend_from_slice(&digits);
            digits = padded;
        }
    }
    let mut prefix: &[u8] = b"";
    if spec.flags.alt {
        match spec.conv {
            // '#o' makes the first digit a zero.
            b'o' if digits.first() != Some(&b'0') => digits.insert(0, b'0'),
            b'x' if magnitude != 0 => prefix = b"0x",
            b'X' if magnitude != 0 => prefix = b"0X",
            _ => {}
        }
    }
    pad_number(out, spec, sign, prefix, &digits);
}

/// `%a %A %e %E %f %g %G` of a float (glibc-exact, via omx-core).
pub fn format_float(out: &mut Vec<u8>, spec: &Spec, x: f64) {
    let float_spec = FloatSpec {
        flags: spec.flags,
        width: spec.width,
        precision: spec.precision,
        conv: spec.conv,
    };
    number::format_float(out, &float_spec, x);
}

/// `%s` (and `%p` given the address text) of a string that has already been
/// through `tostring`. Without modifiers the string is copied whole;
/// otherwise it may not contain a NUL byte, then the spec is checked, the
/// precision truncates the string, the width pads it, and (as in Lua) a
/// string of 100 bytes or more without a precision is copied whole.
pub fn format_str(out: &mut Vec<u8>, spec: &Spec, s: &[u8]) -> Result<(), StrError> {
    if !spec.has_modifiers() {
        out.extend_from_slice(s);
        return Ok(());
    }
    if s.contains(&0) {
        return Err(StrError::Arg(ArgError {
            reason: "string contains zeros",
        }));
    }
    if spec.conv == b's' {
        check_spec(spec.text.clone(), b's', true).map_err(StrError::Spec)?;
    }
    if spec.precision.is_none() && s.len() >= 100 {
        out.extend_from_slice(s);
        return Ok(());
    }
    let s = match spec.precision {
        Some(p) => &s[..p.min(s.len())],
        None => s,
    };
    let fill = spec.width.saturating_sub(s.len());
    if spec.flags.left {
        out.extend_from_slice(s);
        out.resize(out.len() + fill, b' ');
    } else {
        out.resize(out.len() + fill, b' ');
        out.extend_from_slice(s);
    }
    Ok(())
}

/// A value `%q` can write back as Lua source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quoted<'a> {
    Str(&'a [u8]),
    Int(i64),
    Float(f64),
    Nil,
    Bool(bool),
}

/// `%q` (lstrlib `addliteral`, `addquoted`, `quotefloat`): strings in double
/// quotes with `"` `\` and newline escaped by a backslash and other control
/// bytes as decimal escapes (`\0`, `\13`; three digits when a digit follows);
/// integers in decimal except `math.mininteger` as `0x8000000000000000`;
/// floats in hex (`0x1p+0`), infinities as `1e9999`/`-1e9999`, NaN as
/// `(0/0)`; `nil`, `true`, `false`.
pub fn format_quoted(out: &mut Vec<u8>, q: Quoted<'_>) {
    match q {
        Quoted::Str(s) => {
            out.push(b'"');
            for (k, &c) in s.iter().enumerate() {
                if c == b'"' || c == b'\\' || c == b'\n' {
                    out.push(b'\\');
                    out.push(c);
                } else if c.is_ascii_control() {
                    let next_is_digit = s.get(k + 1).is_some_and(u8::is_ascii_digit);
                    let text = if next_is_digit {
                        format!("\\{c:03}")
                    } else {
                        format!("\\{c}")
                    };
                    out.extend_from_slice(text.as_bytes());
                } else {
                    out.push(c);
                }
            }
            out.push(b'"');
        }
        Quoted::Int(n) => {
            let text = if n == i64::MIN {
                "0x8000000000000000".to_string()
            } else {
                n.to_string()
            };
            out.extend_from_slice(text.as_bytes());
        }
        Quoted::Float(x) => {
            if x == f64::INFINITY {
                out.extend_from_slice(b"1e9999");
            } else if x == f64::NEG_INFINITY {
                out.extend_from_slice(b"-1e9999");
            } else if x.is_nan() {
                out.extend_from_slice(b"(0/0)");
            } else {
                let spec = FloatSpec {
                    flags: Flags::default(),
                    width: 0,
                    precision: None,
                    conv: b'a',
                };
                number::format_float(out, &spec, x);
            }
        }
        Quoted::Nil => out.extend_from_slice(b"nil"),
        Quoted::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
    }
}
