//! `format(value, spec)` and the format specification mini-language
//! (Python Library Reference §6.1.3.1: `[[fill]align][sign][#][0][width]
//! [,|_][.precision][type]`) for `int`, `float` and `str`; an object's
//! own `__format__` is called.

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::python::number::{as_num, big_to_f64, Num};
use omx_core::protocol::python::repr::{float_repr, str_step};
use omx_core::protocol::python::state::type_of;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::{arg, builtin, step_result, value_error};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    builtin(mc, rt, "format", format);
}

#[derive(Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    group: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse(spec: &str) -> Option<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    if c.len() >= 2 && matches!(c[1], '<' | '>' | '^' | '=') {
        s.fill = Some(c[0]);
        s.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && matches!(c[0], '<' | '>' | '^' | '=') {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = c[start..i].iter().collect::<String>().parse().ok()?;
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        s.group = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        s.precision = Some(c[start..i].iter().collect::<String>().parse().ok()?);
    }
    if i < c.len() {
        s.kind = Some(c[i]);
        i += 1;
    }
    (i == c.len()).then_some(s)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let (int, frac) = match digits.find('.') {
        Some(p) => (&digits[..p], &digits[p..]),
        None => (digits, ""),
    };
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out + frac
}

fn exp_form(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let r = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        r.to_uppercase()
    } else {
        r
    }
}

/// The formatted number body (no sign) and whether it is negative.
fn number_body(n: &Num, s: &Spec) -> Result<(String, bool), String> {
    match (n, s.kind) {
        (Num::Int(b), None | Some('d') | Some('n')) => Ok((
            b.magnitude().to_string(),
            b.sign() == num_bigint::Sign::Minus,
        )),
        (Num::Int(b), Some(k @ ('x' | 'X' | 'o' | 'b'))) => {
            let radix = match k {
                'x' | 'X' => 16,
                'o' => 8,
                _ => 2,
            };
            let mut t = b.magnitude().to_str_radix(radix);
            if k == 'X' {
                t = t.to_uppercase();
            }
            if s.alt {
                t = format!("0{}{t}", k);
            }
            Ok((t, b.sign() == num_bigint::Sign::Minus))
        }
        (Num::Int(b), Some('c')) => Ok((
            char::from_u32(i64::try_from(b).unwrap_or(0) as u32)
                .unwrap_or('?')
                .to_string(),
            false,
        )),
        (Num::Int(b), Some(k)) => number_body(
            &Num::Float(big_to_f64(b)),
            &Spec {
                kind: Some(k),
                precision: s.precision,
                ..Default::default()
            },
        ),
        (Num::Float(f), k) => {
            let neg = f.is_sign_negative() && !f.is_nan();
            let a = f.abs();
            let body = if a.is_infinite() {
                if matches!(k, Some('F' | 'E' | 'G')) {
                    "INF".into()
                } else {
                    "inf".into()
                }
            } else if a.is_nan() {
                if matches!(k, Some('F' | 'E' | 'G')) {
                    "NAN".into()
                } else {
                    "nan".into()
                }
            } else {
                match k {
                    Some('f' | 'F') => format!("{:.*}", s.precision.unwrap_or(6), a),
                    Some('e' | 'E') => exp_form(a, s.precision.unwrap_or(6), k == Some('E')),
                    Some('%') => format!("{:.*}%", s.precision.unwrap_or(6), a * 100.0),
                    Some('g' | 'G') | None if s.precision.is_some() || k.is_some() => {
                        let p = s.precision.unwrap_or(6).max(1);
                        let exp = if a == 0.0 {
                            0
                        } else {
                            a.log10().floor() as i32
                        };
                        let t = if exp < -4 || exp >= p as i32 {
                            let e = exp_form(a, p - 1, k == Some('G'));
                            let (m, x) = e.split_once(['e', 'E']).unwrap_or((&e, ""));
                            let m = if s.alt {
                                m.to_string()
                            } else {
                                m.trim_end_matches('0').trim_end_matches('.').to_string()
                            };
                            format!("{m}{}{x}", if k == Some('G') { 'E' } else { 'e' })
                        } else {
                            let t = format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a);
                            if s.alt || !t.contains('.') {
                                t
                            } else {
                                t.trim_end_matches('0').trim_end_matches('.').to_string()
                            }
                        };
                        if k.is_none() && !t.contains(['.', 'e', 'n', 'i']) {
                            format!("{t}.0")
                        } else {
                            t
                        }
                    }
                    None => float_repr(a),
                    Some(other) => {
                        return Err(format!(
                            "Unknown format code '{other}' for object of type 'float'"
                        ))
                    }
                }
            };
            Ok((body, neg))
        }
    }
}

fn apply(spec: &Spec, body: String, neg: bool, numeric: bool) -> String {
    let sign = if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') if numeric => "+",
            Some(' ') if numeric => " ",
            _ => "",
        }
    };
    let body = match spec.group {
        Some(g) if numeric => group(&body, g, 3),
        _ => body,
    };
    let len = sign.chars().count() + body.chars().count();
    let (fill, align) = match (spec.fill, spec.align) {
        (f, Some(a)) => (f.unwrap_or(' '), a),
        (None, None) if spec.zero && numeric => ('0', '='),
        (_, None) => (' ', if numeric { '>' } else { '<' }),
    };
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let pad = spec.width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(pad)),
        '>' => format!("{}{sign}{body}", f(pad)),
        '^' => format!("{}{sign}{body}{}", f(pad / 2), f(pad - pad / 2)),
        _ => format!("{sign}{}{body}", f(pad)),
    }
}

/// Format a builtin value by `spec`; `None` when the value is not one.
pub fn format_value<'gc>(v: Value<'gc>, spec: &str) -> Option<Result<String, String>> {
    let s = match parse(spec) {
        Some(s) => s,
        None => return Some(Err("Invalid format specifier".into())),
    };
    match v {
        Value::Str(t) => {
            if s.kind.is_some_and(|k| k != 's') {
                return Some(Err(format!(
                    "Unknown format code '{}' for object of type 'str'",
                    s.kind.unwrap_or('?')
                )));
            }
            let mut body: String = t.to_str_lossy().into_owned();
            if let Some(p) = s.precision {
                body = body.chars().take(p).collect();
            }
            Some(Ok(apply(&s, body, false, false)))
        }
        Value::Bool(b) if s.kind.is_none() => Some(Ok(apply(
            &s,
            if b { "True" } else { "False" }.into(),
            false,
            false,
        ))),
        _ => {
            let n = as_num(v)?;
            if let (Num::Int(_), Some('s')) = (&n, s.kind) {
                return Some(Err(
                    "Unknown format code 's' for object of type 'int'".into()
                ));
            }
            Some(number_body(&n, &s).map(|(body, neg)| apply(&s, body, neg, true)))
        }
    }
}

fn format<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(args, 0);
    let spec = match arg(args, 1) {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => String::new(),
    };
    if let Value::Object(_) = v {
        let k = ctx.rt.intern(ctx.mc, b"__format__");
        let tp = type_of(&ctx.rt.python, v);
        if let Some((f, owner)) = omx_core::protocol::python::lookup::type_lookup(tp, k) {
            if owner != ctx.rt.python.ty(omx_core::protocol::python::T::Object) {
                let sv = Value::Str(Str::from_vec(ctx.mc, spec.into_bytes()));
                return Ok(Outcome::tail_call(f, vec![v, sv]));
            }
        }
        if spec.is_empty() {
            let st = str_step(ctx, v);
            return step_result(ctx, st);
        }
        let st = str_step(ctx, v);
        let _ = st;
        return Err(NativeError::msg(format!(
            "TypeError: unsupported format string passed to {}.__format__",
            omx_core::protocol::python::errors::tname(ctx, v)
        )));
    }
    if spec.is_empty() {
        let st = str_step(ctx, v);
        return step_result(ctx, st);
    }
    match format_value(v, &spec) {
        Some(Ok(s)) => ctx.ret1(Value::Str(Str::from_vec(ctx.mc, s.into_bytes()))),
        Some(Err(m)) => Err(value_error(m)),
        None => {
            let st = str_step(ctx, v);
            step_result(ctx, st)
        }
    }
}
