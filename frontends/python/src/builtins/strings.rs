//! Methods of `str` (Python Library Reference §4.7.1) that need no user
//! code: case, search, split/join, strip, padding, predicates.

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::python::model::{new_list, tuple};
use omx_core::protocol::python::T;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::{arg, method, str_value, type_error, value_error};

fn text<'gc>(v: Value<'gc>) -> Result<String, NativeError<'gc>> {
    match v {
        Value::Str(s) => Ok(s.to_str_lossy().into_owned()),
        _ => Err(type_error("descriptor requires a 'str' object")),
    }
}

fn opt_text<'gc>(v: Value<'gc>) -> Result<Option<String>, NativeError<'gc>> {
    match v {
        Value::Nil => Ok(None),
        Value::Str(s) => Ok(Some(s.to_str_lossy().into_owned())),
        _ => Err(type_error("must be str or None")),
    }
}

fn out<'gc>(ctx: &mut Ctx<'gc, '_>, s: String) -> NativeResult<'gc> {
    ctx.ret1(Value::Str(Str::from_vec(ctx.mc, s.into_bytes())))
}

fn strs<'gc>(ctx: &mut Ctx<'gc, '_>, parts: Vec<String>) -> NativeResult<'gc> {
    let vals: Vec<Value<'gc>> = parts
        .into_iter()
        .map(|p| Value::Str(Str::from_vec(ctx.mc, p.into_bytes())))
        .collect();
    let l = new_list(ctx, &vals);
    ctx.ret1(Value::Object(l))
}

fn int_arg<'gc>(v: Value<'gc>, default: i64) -> i64 {
    match v {
        Value::Int(i) => i,
        _ => default,
    }
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    method(mc, rt, T::Str, "upper", |ctx, a| {
        let s = text(arg(a, 0))?;
        out(ctx, s.to_uppercase())
    });
    method(mc, rt, T::Str, "lower", |ctx, a| {
        let s = text(arg(a, 0))?;
        out(ctx, s.to_lowercase())
    });
    method(mc, rt, T::Str, "casefold", |ctx, a| {
        let s = text(arg(a, 0))?;
        out(ctx, s.to_lowercase())
    });
    method(mc, rt, T::Str, "swapcase", |ctx, a| {
        let s = text(arg(a, 0))?;
        out(
            ctx,
            s.chars()
                .map(|c| {
                    if c.is_uppercase() {
                        c.to_lowercase().collect::<String>()
                    } else {
                        c.to_uppercase().collect()
                    }
                })
                .collect(),
        )
    });
    method(mc, rt, T::Str, "capitalize", |ctx, a| {
        let s = text(arg(a, 0))?;
        let mut c = s.chars();
        let r = match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
            None => String::new(),
        };
        out(ctx, r)
    });
    method(mc, rt, T::Str, "title", |ctx, a| {
        let s = text(arg(a, 0))?;
        let mut r = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                r.extend(c.to_lowercase());
            } else {
                r.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out(ctx, r)
    });
    method(mc, rt, T::Str, "strip", |ctx, a| strip(ctx, a, true, true));
    method(mc, rt, T::Str, "lstrip", |ctx, a| {
        strip(ctx, a, true, false)
    });
    method(mc, rt, T::Str, "rstrip", |ctx, a| {
        strip(ctx, a, false, true)
    });
    method(mc, rt, T::Str, "split", |ctx, a| {
        let s = text(arg(a, 0))?;
        let sep = opt_text(super::kwarg(ctx, "sep").unwrap_or(arg(a, 1)))?;
        let max = int_arg(super::kwarg(ctx, "maxsplit").unwrap_or(arg(a, 2)), -1);
        let parts: Vec<String> = match sep {
            None => {
                let mut v: Vec<String> = Vec::new();
                let mut rest = s.trim_start();
                while !rest.is_empty() {
                    if max >= 0 && v.len() as i64 == max {
                        v.push(rest.to_string());
                        break;
                    }
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    v.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
                v
            }
            Some(sep) => {
                if sep.is_empty() {
                    return Err(value_error("empty separator"));
                }
                if max >= 0 {
                    s.splitn(max as usize + 1, sep.as_str())
                        .map(String::from)
                        .collect()
                } else {
                    s.split(sep.as_str()).map(String::from).collect()
                }
            }
        };
        strs(ctx, parts)
    });
    method(mc, rt, T::Str, "rsplit", |ctx, a| {
        let s = text(arg(a, 0))?;
        let sep = opt_text(arg(a, 1))?;
        let max = int_arg(super::kwarg(ctx, "maxsplit").unwrap_or(arg(a, 2)), -1);
        let mut parts: Vec<String> = match (sep, max) {
            (None, _) => s.split_whitespace().map(String::from).collect(),
            (Some(sep), m) if m >= 0 => s
                .rsplitn(m as usize + 1, sep.as_str())
                .map(String::from)
                .collect(),
            (Some(sep), _) => s.rsplit(sep.as_str()).map(String::from).collect(),
        };
        parts.reverse();
        strs(ctx, parts)
    });
    method(mc, rt, T::Str, "splitlines", |ctx, a| {
        let s = text(arg(a, 0))?;
        let keep = match arg(a, 1) {
            Value::Bool(b) => b,
            Value::Int(n) => n != 0,
            _ => false,
        };
        strs(ctx, split_lines(&s, keep))
    });
    method(mc, rt, T::Str, "join", |ctx, a| {
        let sep = text(arg(a, 0))?;
        let Some(items) = super::types::quick_items(ctx, arg(a, 1)) else {
            let k = ctx.rt.intern(ctx.mc, b"__omx_join");
            let f = ctx.rt.python.builtins.get_key(Value::Str(k));
            return Ok(Outcome::tail_call(f, a.to_vec()));
        };
        let mut r = Vec::new();
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                r.extend_from_slice(sep.as_bytes());
            }
            match v {
                Value::Str(s) => r.extend_from_slice(s.as_bytes()),
                other => {
                    let t = omx_core::protocol::python::errors::tname(ctx, *other);
                    return Err(type_error(format!(
                        "sequence item {i}: expected str instance, {t} found"
                    )));
                }
            }
        }
        ctx.ret1(Value::Str(Str::from_vec(ctx.mc, r)))
    });
    method(mc, rt, T::Str, "startswith", |ctx, a| affix(ctx, a, true));
    method(mc, rt, T::Str, "endswith", |ctx, a| affix(ctx, a, false));
    method(mc, rt, T::Str, "find", |ctx, a| {
        let r = search(a, false)?;
        ctx.ret1(Value::Int(r))
    });
    method(mc, rt, T::Str, "rfind", |ctx, a| {
        let r = search(a, true)?;
        ctx.ret1(Value::Int(r))
    });
    method(mc, rt, T::Str, "index", |ctx, a| match search(a, false)? {
        -1 => Err(value_error("substring not found")),
        r => ctx.ret1(Value::Int(r)),
    });
    method(mc, rt, T::Str, "rindex", |ctx, a| match search(a, true)? {
        -1 => Err(value_error("substring not found")),
        r => ctx.ret1(Value::Int(r)),
    });
    method(mc, rt, T::Str, "count", |ctx, a| {
        let (hay, _) = window(a)?;
        let sub = text(arg(a, 1))?;
        let n = if sub.is_empty() {
            hay.chars().count() + 1
        } else {
            hay.matches(sub.as_str()).count()
        };
        ctx.ret1(Value::Int(n as i64))
    });
    // `str.removeprefix` / `str.removesuffix` (PEP 616).
    for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
        let f = omx_core::function::NativeFunction::with_bound(
            mc,
            name,
            |ctx, a| {
                let (s, affix) = (text(arg(a, 0))?, text(arg(a, 1))?);
                let cut = if matches!(ctx.bound(0), Value::Bool(true)) {
                    s.strip_prefix(affix.as_str())
                } else {
                    s.strip_suffix(affix.as_str())
                };
                let v = str_value(ctx, cut.unwrap_or(&s));
                ctx.ret1(v)
            },
            vec![Value::Bool(prefix)],
        );
        let k = rt.intern(mc, name.as_bytes());
        rt.python.ty(T::Str).set_field(mc, k, Value::Native(f));
    }
    method(mc, rt, T::Str, "replace", |ctx, a| {
        let s = text(arg(a, 0))?;
        let old = text(arg(a, 1))?;
        let new = text(arg(a, 2))?;
        let n = int_arg(arg(a, 3), -1);
        let r = if n < 0 {
            s.replace(&old, &new)
        } else {
            s.replacen(&old, &new, n as usize)
        };
        out(ctx, r)
    });
    for (name, pred) in [
        (
            "isdigit",
            (|c: char| c.is_ascii_digit()) as fn(char) -> bool,
        ),
        ("isdecimal", |c: char| c.is_ascii_digit()),
        ("isnumeric", |c: char| c.is_numeric()),
        ("isalpha", |c: char| c.is_alphabetic()),
        ("isalnum", |c: char| c.is_alphanumeric()),
        ("isspace", |c: char| c.is_whitespace()),
    ] {
        let k = rt.intern(mc, name.as_bytes());
        let f = omx_core::function::NativeFunction::with_bound(
            mc,
            name,
            predicate,
            vec![Value::Int(pred as usize as i64)],
        );
        let _ = pred;
        rt.python.ty(T::Str).set_field(mc, k, Value::Native(f));
    }
    method(mc, rt, T::Str, "isupper", |ctx, a| {
        let s = text(arg(a, 0))?;
        ctx.ret1(Value::Bool(
            s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_lowercase()),
        ))
    });
    // CPython `unicode_istitle_impl`: an uppercase letter only after an
    // uncased character, a lowercase one only after a cased one, and at
    // least one cased character.
    method(mc, rt, T::Str, "istitle", |ctx, a| {
        let s = text(arg(a, 0))?;
        let (mut cased, mut previous_cased) = (false, false);
        for c in s.chars() {
            if c.is_uppercase() || c.is_lowercase() {
                if c.is_uppercase() == previous_cased {
                    return ctx.ret1(Value::Bool(false));
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        ctx.ret1(Value::Bool(cased))
    });
    method(mc, rt, T::Str, "islower", |ctx, a| {
        let s = text(arg(a, 0))?;
        ctx.ret1(Value::Bool(
            s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_uppercase()),
        ))
    });
    method(mc, rt, T::Str, "isidentifier", |ctx, a| {
        let s = text(arg(a, 0))?;
        let ok = s
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && s.chars().all(|c| c.is_alphanumeric() || c == '_');
        ctx.ret1(Value::Bool(ok))
    });
    method(mc, rt, T::Str, "center", |ctx, a| pad(ctx, a, 'c'));
    method(mc, rt, T::Str, "ljust", |ctx, a| pad(ctx, a, 'l'));
    method(mc, rt, T::Str, "rjust", |ctx, a| pad(ctx, a, 'r'));
    method(mc, rt, T::Str, "zfill", |ctx, a| {
        let s = text(arg(a, 0))?;
        let w = int_arg(arg(a, 1), 0) as usize;
        let n = s.chars().count();
        if n >= w {
            return out(ctx, s);
        }
        let (sign, rest) = match s.chars().next() {
            Some(c @ ('-' | '+')) => (c.to_string(), s[1..].to_string()),
            _ => (String::new(), s.clone()),
        };
        out(ctx, format!("{sign}{}{rest}", "0".repeat(w - n)))
    });
    method(mc, rt, T::Str, "partition", |ctx, a| {
        let s = text(arg(a, 0))?;
        let sep = text(arg(a, 1))?;
        let (x, y, z) = match s.find(&sep) {
            Some(i) => (
                s[..i].to_string(),
                sep.clone(),
                s[i + sep.len()..].to_string(),
            ),
            None => (s.clone(), String::new(), String::new()),
        };
        let vals: Vec<Value<'_>> = [x, y, z]
            .into_iter()
            .map(|p| Value::Str(Str::from_vec(ctx.mc, p.into_bytes())))
            .collect();
        let t = tuple(ctx, &vals);
        ctx.ret1(Value::Object(t))
    });
    method(mc, rt, T::Str, "rpartition", |ctx, a| {
        let s = text(arg(a, 0))?;
        let sep = text(arg(a, 1))?;
        let (x, y, z) = match s.rfind(&sep) {
            Some(i) => (
                s[..i].to_string(),
                sep.clone(),
                s[i + sep.len()..].to_string(),
            ),
            None => (String::new(), String::new(), s.clone()),
        };
        let vals: Vec<Value<'_>> = [x, y, z]
            .into_iter()
            .map(|p| Value::Str(Str::from_vec(ctx.mc, p.into_bytes())))
            .collect();
        let t = tuple(ctx, &vals);
        ctx.ret1(Value::Object(t))
    });
    method(mc, rt, T::Str, "encode", |ctx, a| ctx.ret1(arg(a, 0)));
    method(mc, rt, T::Str, "__mod__", |ctx, a| {
        let st = omx_core::protocol::python::binary::binary(
            ctx,
            omx_core::bytecode::BinOp::Mod,
            arg(a, 0),
            arg(a, 1),
        );
        super::step_result(ctx, st)
    });
}

fn predicate<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = text(arg(a, 0))?;
    let f: fn(char) -> bool = match ctx.callee.map(|c| c.name()) {
        Some("isdigit") | Some("isdecimal") => |c| c.is_ascii_digit(),
        Some("isnumeric") => |c| c.is_numeric(),
        Some("isalpha") => |c| c.is_alphabetic(),
        Some("isalnum") => |c| c.is_alphanumeric(),
        _ => |c| c.is_whitespace(),
    };
    ctx.ret1(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn strip<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    a: &[Value<'gc>],
    left: bool,
    right: bool,
) -> NativeResult<'gc> {
    let s = text(arg(a, 0))?;
    let chars = opt_text(arg(a, 1))?;
    let is_strip = |c: char| match &chars {
        None => c.is_whitespace(),
        Some(set) => set.contains(c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(is_strip);
    }
    if right {
        r = r.trim_end_matches(is_strip);
    }
    out(ctx, r.to_string())
}

fn affix<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], start: bool) -> NativeResult<'gc> {
    let s = text(arg(a, 0))?;
    let candidates: Vec<String> = match arg(a, 1) {
        Value::Str(p) => vec![p.to_str_lossy().into_owned()],
        other => match super::seq_items(other) {
            Some(items) => items
                .into_iter()
                .map(|v| text(v))
                .collect::<Result<_, _>>()?,
            None => {
                return Err(type_error(
                    "startswith first arg must be str or a tuple of str",
                ))
            }
        },
    };
    let from = int_arg(arg(a, 2), 0).max(0) as usize;
    let hay: String = s.chars().skip(from).collect();
    let r = candidates.iter().any(|p| {
        if start {
            hay.starts_with(p.as_str())
        } else {
            hay.ends_with(p.as_str())
        }
    });
    ctx.ret1(Value::Bool(r))
}

fn pad<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], how: char) -> NativeResult<'gc> {
    let s = text(arg(a, 0))?;
    let w = int_arg(arg(a, 1), 0).max(0) as usize;
    let fill = match arg(a, 2) {
        Value::Str(f) => f.to_str_lossy().chars().next().unwrap_or(' '),
        _ => ' ',
    };
    let n = s.chars().count();
    if n >= w {
        return out(ctx, s);
    }
    let total = w - n;
    let (l, r) = match how {
        'l' => (0, total),
        'r' => (total, 0),
        _ => {
            let l = total / 2 + (total & w & 1);
            (l, total - l)
        }
    };
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    out(ctx, format!("{}{s}{}", f(l), f(r)))
}

/// The part of `a[0]` between the optional start and end arguments
/// `a[2]`, `a[3]` (character positions, negative from the end), and the
/// character offset it starts at.
fn window<'gc>(a: &[Value<'gc>]) -> Result<(String, i64), NativeError<'gc>> {
    let Value::Str(s) = arg(a, 0) else {
        return Err(type_error("descriptor requires a 'str' object"));
    };
    let bound = |v: Value<'gc>, len: i64, default: i64| match v {
        Value::Int(i) if i < 0 => (i + len).max(0),
        Value::Int(i) => i.min(len),
        _ => default,
    };
    if s.is_ascii() {
        let b = s.as_bytes();
        let len = b.len() as i64;
        let start = bound(arg(a, 2), len, 0);
        let end = bound(arg(a, 3), len, len).max(start);
        let part = String::from_utf8_lossy(&b[start as usize..end as usize]).into_owned();
        return Ok((part, start));
    }
    let chars: Vec<char> = s.to_str_lossy().chars().collect();
    let len = chars.len() as i64;
    let start = bound(arg(a, 2), len, 0);
    let end = bound(arg(a, 3), len, len).max(start);
    Ok((chars[start as usize..end as usize].iter().collect(), start))
}

/// `find`/`rfind`: the character position of `a[1]` in the window, or -1.
fn search<'gc>(a: &[Value<'gc>], from_right: bool) -> Result<i64, NativeError<'gc>> {
    if let (Value::Str(s), Value::Str(sub)) = (arg(a, 0), arg(a, 1)) {
        if s.is_ascii() && sub.is_ascii() && !sub.is_empty() {
            // Byte positions are character positions: search in place.
            let b = s.as_bytes();
            let len = b.len() as i64;
            let bound = |v: Value<'gc>, default: i64| match v {
                Value::Int(i) if i < 0 => (i + len).max(0),
                Value::Int(i) => i.min(len),
                _ => default,
            };
            let start = bound(arg(a, 2), 0) as usize;
            let end = (bound(arg(a, 3), len) as usize).max(start);
            let hay = &b[start..end];
            let n = sub.as_bytes();
            let found = if n.len() > hay.len() {
                None
            } else if from_right {
                omx_core::string::rfind_bytes(hay, n)
            } else {
                omx_core::string::find_bytes(hay, n)
            };
            return Ok(found.map_or(-1, |p| (start + p) as i64));
        }
    }
    let (hay, offset) = window(a)?;
    let sub = text(arg(a, 1))?;
    let found = if from_right {
        hay.rfind(&sub)
    } else {
        hay.find(&sub)
    };
    Ok(found.map_or(-1, |b| offset + char_index(&hay, b)))
}

/// CPython `str.splitlines`: lines end at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`-`\x1e`, `\x85`, U+2028 and U+2029; `keep` keeps the ends.
fn split_lines(s: &str, keep: bool) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < chars.len() {
        let c = chars[i];
        let boundary = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !boundary {
            i += 1;
            continue;
        }
        let end = if c == '\r' && chars.get(i + 1) == Some(&'\n') {
            i + 2
        } else {
            i + 1
        };
        out.push(chars[start..if keep { end } else { i }].iter().collect());
        start = end;
        i = end;
    }
    if start < chars.len() {
        out.push(chars[start..].iter().collect());
    }
    out
}
