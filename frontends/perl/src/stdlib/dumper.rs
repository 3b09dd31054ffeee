//! `Data::Dumper::Dumper` (Data/Dumper.pm, its pure-Perl `_dump`):
//! `$VAR1 = ...;` with `$Data::Dumper::Indent` (2: nested under the
//! opening bracket, 1: two spaces a level, 0: one line),
//! `$Data::Dumper::Sortkeys` and `$Data::Dumper::Terse`.

use omx_core::native::{Ctx, NativeResult};
use omx_core::object::Object;
use omx_core::protocol::perl::{container, reftype};
use omx_core::Value;

use super::*;

pub(crate) const NATIVES: &[Entry] = &[("Dumper", dumper)];

struct Style {
    indent: i64,
    sortkeys: bool,
    terse: bool,
}

fn config<'gc>(ctx: &mut Ctx<'gc, '_>, name: &[u8], default: i64) -> i64 {
    let Some(st) = container::find_stash(ctx.mc, ctx.rt, b"Data::Dumper") else {
        return default;
    };
    match container::symbol(ctx.mc, ctx.rt, st, name) {
        Value::Nil => default,
        v => intof(v),
    }
}

fn dumper<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let style = Style {
        indent: config(ctx, b"$Indent", 2),
        sortkeys: config(ctx, b"$Sortkeys", 0) != 0,
        terse: config(ctx, b"$Terse", 0) != 0,
    };
    let mut out = String::new();
    for (i, v) in a.iter().enumerate() {
        let prefix = if style.terse {
            String::new()
        } else {
            format!("$VAR{} = ", i + 1)
        };
        let col = if style.indent >= 2 { prefix.len() } else { 0 };
        out.push_str(&prefix);
        dump(&mut out, *v, col, 0, &style, 0);
        if !style.terse {
            out.push(';');
        }
        out.push('\n');
    }
    ret_str(ctx, out.into_bytes())
}

fn quote(s: &[u8]) -> String {
    let t = String::from_utf8_lossy(s);
    format!("'{}'", t.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn scalar_text(v: Value<'_>) -> String {
    match v {
        Value::Nil | Value::Empty => "undef".into(),
        Value::Int(i) if (-999_999_999..=999_999_999).contains(&i) => i.to_string(),
        other => {
            let s = sv(other);
            let t = String::from_utf8_lossy(&s);
            let plain = !t.is_empty()
                && t.len() <= 10
                && (t == "0"
                    || (t
                        .trim_start_matches('-')
                        .starts_with(|c: char| ('1'..='9').contains(&c))
                        && t.trim_start_matches('-')
                            .chars()
                            .all(|c| c.is_ascii_digit())));
            if plain {
                t.into_owned()
            } else {
                quote(&s)
            }
        }
    }
}

fn pad(out: &mut String, style: &Style, col: usize, level: usize) {
    match style.indent {
        0 => out.push(' '),
        1 => {
            out.push('\n');
            out.push_str(&"  ".repeat(level));
        }
        _ => {
            out.push('\n');
            out.push_str(&" ".repeat(col));
        }
    }
}

fn dump(out: &mut String, v: Value<'_>, col: usize, level: usize, style: &Style, depth: usize) {
    if depth > 100 {
        out.push_str("'...'");
        return;
    }
    let Some(kind) = reftype::reftype(v) else {
        out.push_str(&scalar_text(v));
        return;
    };
    let blessed = match v {
        Value::Object(o) => o
            .meta()
            .filter(|m| container::is_stash(*m))
            .map(reftype::stash_name),
        _ => None,
    };
    let (col, start_len) = if blessed.is_some() {
        out.push_str("bless( ");
        (col + 7, out.len())
    } else {
        (col, out.len())
    };
    let _ = start_len;
    match (kind, v) {
        ("ARRAY", Value::Object(o)) => dump_array(out, o, col, level, style, depth),
        ("HASH", Value::Object(o)) => dump_hash(out, o, col, level, style, depth),
        ("SCALAR" | "REF", Value::Object(o)) => {
            out.push('\\');
            dump(
                out,
                o.internal(0).or_nil(),
                col + 1,
                level,
                style,
                depth + 1,
            );
        }
        ("CODE", _) => out.push_str("sub { \"DUMMY\" }"),
        _ => out.push_str(&quote(&sv(v))),
    }
    if let Some(pkg) = blessed {
        out.push_str(&format!(", '{pkg}' )"));
    }
}

fn dump_array(
    out: &mut String,
    o: Object<'_>,
    col: usize,
    level: usize,
    style: &Style,
    depth: usize,
) {
    let xs = items(o);
    out.push('[');
    if xs.is_empty() {
        out.push(']');
        return;
    }
    for (i, x) in xs.iter().enumerate() {
        pad(out, style, col + 2, level + 1);
        dump(out, *x, col + 2, level + 1, style, depth + 1);
        if i + 1 < xs.len() {
            out.push(',');
        }
    }
    pad(out, style, col, level);
    out.push(']');
}

fn dump_hash(
    out: &mut String,
    o: Object<'_>,
    col: usize,
    level: usize,
    style: &Style,
    depth: usize,
) {
    let mut entries: Vec<(Vec<u8>, Value<'_>)> = o
        .keyed_entries()
        .into_iter()
        .filter(|(k, _)| !matches!(k, Value::Str(s) if s.as_bytes().first() == Some(&1)))
        .map(|(k, v)| (sv(k), v.or_nil()))
        .collect();
    if style.sortkeys {
        omx_core::sort::sort_by_bytes(&mut entries, |e| e.0.as_slice());
    }
    out.push('{');
    if entries.is_empty() {
        out.push('}');
        return;
    }
    let n = entries.len();
    for (i, (k, v)) in entries.into_iter().enumerate() {
        pad(out, style, col + 2, level + 1);
        let key = format!("{} => ", quote(&k));
        out.push_str(&key);
        dump(out, v, col + 2 + key.len(), level + 1, style, depth + 1);
        if i + 1 < n {
            out.push(',');
        }
    }
    pad(out, style, col, level);
    out.push('}');
}
