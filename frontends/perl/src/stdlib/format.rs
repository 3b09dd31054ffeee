//! `sprintf` (perlfunc "sprintf"; sv.c `sv_vcatpvfn_flags`): C-style
//! conversions with perl's rules (`%s` of any scalar, `%d` truncating,
//! `%v` not provided).

use omx_core::protocol::perl::scalar;
use omx_core::Value;

use super::{f64of, intof, sv};

/// Format `args` by `fmt`.
pub(crate) fn sprintf(fmt: &[u8], args: &[Value<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut ai = 0;
    let next = |ai: &mut usize| {
        let v = args.get(*ai).copied().unwrap_or(Value::Nil).or_nil();
        *ai += 1;
        v
    };
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= fmt.len() {
            out.push(b'%');
            break;
        }
        if fmt[i] == b'%' {
            out.push(b'%');
            i += 1;
            continue;
        }
        // `%2$s`: an explicit argument index.
        let mut j = i;
        while j < fmt.len() && fmt[j].is_ascii_digit() {
            j += 1;
        }
        if j > i && j < fmt.len() && fmt[j] == b'$' {
            let n = std::str::from_utf8(&fmt[i..j])
                .ok()
                .and_then(|t| t.parse::<usize>().ok())
                .unwrap_or(1);
            ai = n.saturating_sub(1);
            i = j + 1;
        }
        let (mut left, mut plus, mut space, mut zero, mut alt) =
            (false, false, false, false, false);
        while i < fmt.len() {
            match fmt[i] {
                b'-' => left = true,
                b'+' => plus = true,
                b' ' => space = true,
                b'0' => zero = true,
                b'#' => alt = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < fmt.len() && fmt[i] == b'*' {
            let w = intof(next(&mut ai));
            if w < 0 {
                left = true;
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let ws = i;
            while i < fmt.len() && fmt[i].is_ascii_digit() {
                i += 1;
            }
            if i > ws {
                width = std::str::from_utf8(&fmt[ws..i])
                    .ok()
                    .and_then(|t| t.parse().ok());
            }
        }
        let mut prec: Option<usize> = None;
        if i < fmt.len() && fmt[i] == b'.' {
            i += 1;
            if i < fmt.len() && fmt[i] == b'*' {
                prec = Some(intof(next(&mut ai)).max(0) as usize);
                i += 1;
            } else {
                let ps = i;
                while i < fmt.len() && fmt[i].is_ascii_digit() {
                    i += 1;
                }
                prec = Some(
                    std::str::from_utf8(&fmt[ps..i])
                        .ok()
                        .and_then(|t| t.parse().ok())
                        .unwrap_or(0),
                );
            }
        }
        while i < fmt.len() && matches!(fmt[i], b'l' | b'h' | b'q' | b'L' | b'V') {
            i += 1;
        }
        if i >= fmt.len() {
            out.extend_from_slice(&fmt[start..]);
            break;
        }
        let conv = fmt[i];
        i += 1;
        let width = width.unwrap_or(0).min(1 << 20);
        let prec = prec.map(|p| p.min(1 << 10));
        let sign = |neg: bool| -> &'static str {
            if neg {
                "-"
            } else if plus {
                "+"
            } else if space {
                " "
            } else {
                ""
            }
        };
        let (body, signs, numeric): (Vec<u8>, &str, bool) = match conv {
            b's' => {
                let mut s = sv(next(&mut ai));
                if let Some(p) = prec {
                    s.truncate(p);
                }
                (s, "", false)
            }
            b'c' => {
                let n = intof(next(&mut ai));
                let ch = char::from_u32(n.max(0) as u32).unwrap_or('\u{fffd}');
                (ch.to_string().into_bytes(), "", false)
            }
            b'd' | b'i' | b'u' => {
                let v = scalar::to_num(next(&mut ai));
                let (neg, mag) = match v {
                    Value::Int(n) => (n < 0, n.unsigned_abs().to_string()),
                    Value::Float(f) if f.is_infinite() => (f < 0.0, "Inf".into()),
                    Value::Float(f) if f.is_nan() => (false, "NaN".into()),
                    Value::Float(f) => (
                        f < 0.0 && f.trunc() != 0.0,
                        (f.trunc().abs() as u128).to_string(),
                    ),
                    _ => (false, "0".into()),
                };
                let mut m = mag.into_bytes();
                if let Some(p) = prec {
                    while m.len() < p {
                        m.insert(0, b'0');
                    }
                }
                (m, sign(neg), true)
            }
            b'x' | b'X' | b'o' | b'b' | b'B' => {
                let n = intof(next(&mut ai)) as u64;
                let mut m = match conv {
                    b'x' => format!("{n:x}"),
                    b'X' => format!("{n:X}"),
                    b'o' => format!("{n:o}"),
                    _ => format!("{n:b}"),
                }
                .into_bytes();
                if let Some(p) = prec {
                    while m.len() < p {
                        m.insert(0, b'0');
                    }
                }
                if alt && n != 0 {
                    let pre: &[u8] = match conv {
                        b'x' => b"0x",
                        b'X' => b"0X",
                        b'o' => b"0",
                        b'b' => b"0b",
                        _ => b"0B",
                    };
                    let mut v = pre.to_vec();
                    v.extend(m);
                    m = v;
                }
                (m, "", true)
            }
            b'f' | b'F' | b'e' | b'E' | b'g' | b'G' => {
                let f = f64of(next(&mut ai));
                let p = prec.unwrap_or(6);
                let neg = f.is_sign_negative();
                let a = f.abs();
                let m = if !a.is_finite() {
                    if a.is_nan() {
                        "NaN".to_string()
                    } else {
                        "Inf".to_string()
                    }
                } else {
                    match conv {
                        b'f' | b'F' => format!("{a:.p$}"),
                        b'e' | b'E' => exp_form(a, p, conv == b'E'),
                        _ => {
                            let g = scalar::format_g(a, if p == 0 { 1 } else { p }, alt);
                            if conv == b'G' {
                                g.to_uppercase()
                            } else {
                                g
                            }
                        }
                    }
                };
                (
                    m.into_bytes(),
                    sign(neg && f != 0.0 || (neg && f.to_bits() >> 63 == 1 && conv != b'g')),
                    true,
                )
            }
            _ => {
                out.extend_from_slice(&fmt[start..i]);
                continue;
            }
        };
        let total = body.len() + signs.len();
        if total >= width {
            out.extend_from_slice(signs.as_bytes());
            out.extend(body);
        } else if left {
            out.extend_from_slice(signs.as_bytes());
            out.extend(body);
            out.extend(std::iter::repeat_n(b' ', width - total));
        } else if zero
            && numeric
            && !(prec.is_some() && matches!(conv, b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'b'))
        {
            out.extend_from_slice(signs.as_bytes());
            out.extend(std::iter::repeat_n(b'0', width - total));
            out.extend(body);
        } else {
            out.extend(std::iter::repeat_n(b' ', width - total));
            out.extend_from_slice(signs.as_bytes());
            out.extend(body);
        }
    }
    out
}

fn exp_form(a: f64, p: usize, upper: bool) -> String {
    let s = format!("{a:.p$e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let r = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        r.to_uppercase()
    } else {
        r
    }
}
