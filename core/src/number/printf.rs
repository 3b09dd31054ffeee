//! C `printf` float conversions, byte for byte as glibc prints them.
//!
//! `format_float` implements `%e %E %f %F %g %G %a %A` with the flags
//! `- + space # 0`, a field width and a precision (default 6; for `%a` the
//! default is "as many hex digits as needed"). Decimal digits come from Rust's
//! exact float formatting (`{:.*e}` / `{:.*}`), which rounds the exact binary
//! value half-to-even just as glibc does in the default rounding mode; hex
//! digits are taken from the bits directly. Infinities and NaNs print as glibc
//! prints them: `inf`, `-inf`, `nan`, `-nan` (upper case for `E F G A`), padded
//! with spaces even under the `0` flag.
//!
//! Reference: ISO C11 §7.21.6.1 (fprintf), glibc `printf_fp.c` and
//! `printf_fphex.c`.

/// The flag characters of a C conversion specification.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`: left-justify within the field.
    pub left: bool,
    /// `+`: always print a sign.
    pub plus: bool,
    /// space: print a space where a `+` would go.
    pub space: bool,
    /// `#`: alternate form (keep the point, keep `%g` trailing zeros).
    pub alt: bool,
    /// `0`: pad with zeros after the sign (ignored with `-`, and for inf/nan).
    pub zero: bool,
}

/// One float conversion: `%[flags][width][.precision]conv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatSpec {
    pub flags: Flags,
    /// Minimum field width (0: none).
    pub width: usize,
    /// `None` when the specification has no `.`; `Some(0)` for a bare `.`.
    pub precision: Option<usize>,
    /// One of `e E f F g G a A`; any other byte formats as `g`.
    pub conv: u8,
}

/// Appends `x` formatted as C's `printf` would format it under `spec`.
pub fn format_float(out: &mut Vec<u8>, spec: &FloatSpec, x: f64) {
    let upper = spec.conv.is_ascii_uppercase();
    let sign: &[u8] = if x.is_sign_negative() {
        b"-"
    } else if spec.flags.plus {
        b"+"
    } else if spec.flags.space {
        b" "
    } else {
        b""
    };
    if !x.is_finite() {
        let word: &[u8] = match (x.is_nan(), upper) {
            (true, false) => b"nan",
            (true, true) => b"NAN",
            (false, false) => b"inf",
            (false, true) => b"INF",
        };
        pad(out, spec.flags.left, false, spec.width, sign, b"", word);
        return;
    }
    let ax = x.abs();
    let alt = spec.flags.alt;
    let (prefix, body): (&[u8], Vec<u8>) = match spec.conv.to_ascii_lowercase() {
        b'f' => (b"", fixed(ax, spec.precision.unwrap_or(6), alt)),
        b'e' => (
            b"",
            exponential(ax, spec.precision.unwrap_or(6), alt, upper),
        ),
        b'a' => (
            if upper { b"0X" } else { b"0x" },
            hex(ax, spec.precision, alt, upper),
        ),
        _ => (b"", general(ax, spec.precision.unwrap_or(6), alt, upper)),
    };
    let zero = spec.flags.zero && !spec.flags.left;
    pad(out, spec.flags.left, zero, spec.width, sign, prefix, &body);
}

/// Writes `sign prefix body` into a field of `width` bytes: left-aligned,
/// zero-filled after the sign and prefix, or right-aligned with spaces.
pub fn pad(
    out: &mut Vec<u8>,
    left: bool,
    zero: bool,
    width: usize,
    sign: &[u8],
    prefix: &[u8],
    body: &[u8],
) {
    let len = sign.len() + prefix.len() + body.len();
    let fill = width.saturating_sub(len);
    if left {
        out.extend_from_slice(sign);
        out.extend_from_slice(prefix);
        out.extend_from_slice(body);
        out.resize(out.len() + fill, b' ');
    } else if zero {
        out.extend_from_slice(sign);
        out.extend_from_slice(prefix);
        out.resize(out.len() + fill, b'0');
        out.extend_from_slice(body);
    } else {
        out.resize(out.len() + fill, b' ');
        out.extend_from_slice(sign);
        out.extend_from_slice(prefix);
        out.extend_from_slice(body);
    }
}

/// `%f` of a non-negative finite value.
fn fixed(ax: f64, precision: usize, alt: bool) -> Vec<u8> {
    let mut s = format!("{ax:.precision$}").into_bytes();
    if alt && precision == 0 {
        s.push(b'.');
    }
    s
}

/// Rust's `{:.*e}` split into mantissa digits and decimal exponent.
fn rust_exp(ax: f64, precision: usize) -> (String, i32) {
    let s = format!("{ax:.precision$e}");
    match s.split_once('e') {
        Some((mantissa, exp)) => (mantissa.to_string(), exp.parse().unwrap_or(0)),
        None => (s, 0),
    }
}

/// Appends C's exponent suffix: `e`, a sign and at least two digits.
fn push_exponent(out: &mut Vec<u8>, marker: u8, exp: i32) {
    out.push(marker);
    out.push(if exp < 0 { b'-' } else { b'+' });
    let digits = exp.unsigned_abs().to_string();
    if digits.len() < 2 {
        out.push(b'0');
    }
    out.extend_from_slice(digits.as_bytes());
}

/// `%e` of a non-negative finite value.
fn exponential(ax: f64, precision: usize, alt: bool, upper: bool) -> Vec<u8> {
    let (mantissa, exp) = rust_exp(ax, precision);
    let mut s = mantissa.into_bytes();
    if alt && precision == 0 {
        s.push(b'.');
    }
    push_exponent(&mut s, if upper { b'E' } else { b'e' }, exp);
    s
}

/// `%g` of a non-negative finite value (C11 §7.21.6.1p8, style g).
fn general(ax: f64, precision: usize, alt: bool, upper: bool) -> Vec<u8> {
    // 1. P is the precision, or 1 if it is zero.
    let p = precision.max(1);
    // 2. X is the exponent style e would print with precision P - 1.
    let (mantissa, x) = rust_exp(ax, p - 1);
    let p = i64::try_from(p).unwrap_or(i64::MAX);
    let x64 = i64::from(x);
    // 3. P > X >= -4: style f with precision P - 1 - X, else style e with P - 1.
    let (mut digits, exponent) = if p > x64 && x64 >= -4 {
        let frac = usize::try_from(p - 1 - x64).unwrap_or(0);
        (format!("{ax:.frac$}").into_bytes(), None)
    } else {
        (mantissa.into_bytes(), Some(x))
    };
    // 4. Without '#', trailing zeros of the fraction and a bare point go.
    if alt {
        if !digits.contains(&b'.') {
            digits.push(b'.');
        }
    } else if digits.contains(&b'.') {
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.last() == Some(&b'.') {
            digits.pop();
        }
    }
    if let Some(exp) = exponent {
        push_exponent(&mut digits, if upper { b'E' } else { b'e' }, exp);
    }
    digits
}

/// `%a` of a non-negative finite value, without the `0x` prefix: glibc keeps
/// the leading digit of subnormals at 0 (exponent -1022) and lets rounding
/// carry it to 2 (`%.0a` of 1.5 is `0x2p+0`).
fn hex(ax: f64, precision: Option<usize>, alt: bool, upper: bool) -> Vec<u8> {
    let bits = ax.to_bits();
    let biased = (bits >> 52) & 0x7ff;
    let mut fraction = bits & ((1u64 << 52) - 1);
    let (mut lead, exp) = match (biased, fraction) {
        (0, 0) => (0u64, 0i64),
        (0, _) => (0, -1022),
        _ => (1, i64::try_from(biased).unwrap_or(0) - 1023),
    };
    // The fraction is 13 hex digits; keep `precision` of them, rounding half to even.
    let mut ndigits = 13usize;
    if let Some(p) = precision {
        if p < 13 {
            let drop = 4 * (13 - u32::try_from(p).unwrap_or(13));
            let kept = fraction >> drop;
            let rest = fraction & ((1u64 << drop) - 1);
            let half = 1u64 << (drop - 1);
            let last = if p == 0 { lead } else { kept };
            let round_up = rest > half || (rest == half && last & 1 == 1);
            fraction = kept + u64::from(round_up);
            if p == 0 || fraction >> (4 * p) != 0 {
                // The carry moved into the leading digit.
                lead += fraction >> (4 * p);
                fraction &= (1u64 << (4 * p)) - 1;
            }
            ndigits = p;
        }
    }
    let mut s = Vec::new();
    s.push(hex_digit(lead, upper));
    let mut frac_digits: Vec<u8> = (0..ndigits)
        .rev()
        .map(|i| hex_digit((fraction >> (4 * i)) & 0xf, upper))
        .collect();
    match precision {
        None => {
            while frac_digits.last() == Some(&b'0') {
                frac_digits.pop();
            }
        }
        Some(p) => frac_digits.resize(p, b'0'),
    }
    if !frac_digits.is_empty() || alt {
        s.push(b'.');
    }
    s.extend_from_slice(&frac_digits);
    s.push(if upper { b'P' } else { b'p' });
    s.push(if exp < 0 { b'-' } else { b'+' });
    s.extend_from_slice(exp.unsigned_abs().to_string().as_bytes());
    s
}

fn hex_digit(d: u64, upper: bool) -> u8 {
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    table[usize::try_from(d & 0xf).unwrap_or(0)]
}
