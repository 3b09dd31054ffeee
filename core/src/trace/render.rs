//! Rendering operations: the text the REPL and `omx explain` print (as
//! shared/EXPLORER.md shows it), and JSON for tools and the playground.
//!
//! Text:
//!
//! ```text
//! mydog.barks — Lua index event
//!   1. rawget(mydog, "barks") → nil
//!   2. getmetatable(mydog).__index is a table (Dog): index it
//!   3. rawget(Dog, "barks") → 0
//! = 0
//! ```
//!
//! JSON (schema `omx-trace/1`):
//!
//! ```text
//! {"schema": "omx-trace/1", "operations": [OP...]}
//! OP      = {"id", "kind": "get|set|call|method|construct|binary|unary|compare",
//!            "operator": "+"|null, "lang": "lua|python|javascript|perl",
//!            "protocol": "Lua index event"|null, "title": "mydog.barks",
//!            "target": OBJ, "key": OBJ|null, "value": OBJ|null,
//!            "position": {"chunk", "line"}|null,
//!            "items": [{"step": {"rule", "text"}} | {"operation": OP}],
//!            "outcome": {"value": OBJ} | {"absent": true}
//!                     | {"error": "message"} | {"unfinished": true}}
//! OBJ     = {"kind", "address": "0x..."|null, "name": "mydog"|null,
//!            "text": "mydog"}
//! ```

use std::fmt::Write;

use super::event::{ObjRef, OpKind, Outcome};
use super::log::{Item, Operation};

/// The schema name written in JSON output.
pub const JSON_SCHEMA: &str = "omx-trace/1";

/// How the operation reads in source form: `mydog.barks`, `v + w`.
pub fn title(op: &Operation) -> String {
    let b = &op.begin;
    let key = b.key.as_ref();
    let member = |k: Option<&ObjRef>| match k {
        // A name looked up in a namespace the frontend keeps hidden (a
        // Python module's globals, JavaScript's script scope) is written
        // as the program writes it: the bare name.
        Some(k)
            if k.kind == "string"
                && is_identifier(&k.text)
                && super::session::hidden_name(&b.target.text) =>
        {
            k.text[1..k.text.len() - 1].to_string()
        }
        Some(k) if k.kind == "string" && is_identifier(&k.text) => {
            format!("{}.{}", b.target.text, &k.text[1..k.text.len() - 1])
        }
        Some(k) => format!("{}[{}]", b.target.text, k.text),
        None => b.target.text.clone(),
    };
    match b.kind {
        OpKind::Get => member(key),
        OpKind::Set => format!(
            "{} = {}",
            member(key),
            b.value.as_ref().map_or("?", |v| v.text.as_str())
        ),
        OpKind::Call => format!("{}(...)", b.target.text),
        OpKind::Construct => format!("new {}(...)", b.target.text),
        OpKind::Method => {
            let name = key.map_or("?".to_string(), |k| {
                k.text
                    .strip_prefix('"')
                    .and_then(|t| t.strip_suffix('"'))
                    .unwrap_or(&k.text)
                    .to_string()
            });
            match b.lang {
                // A class method call names the package bare (`Cat->new`).
                crate::lang::Lang::Perl if b.target.kind == "string" => {
                    format!("{}->{name}", b.target.text.trim_matches('"'))
                }
                crate::lang::Lang::Perl => format!("{}->{name}", b.target.text),
                _ => format!("{}.{name}(...)", b.target.text),
            }
        }
        OpKind::Binary(s) | OpKind::Compare(s) => format!(
            "{} {s} {}",
            b.target.text,
            key.map_or("?", |k| k.text.as_str())
        ),
        OpKind::Unary(s) => format!("{s}{}", b.target.text),
    }
}

/// A quoted string literal whose content is an identifier.
fn is_identifier(quoted: &str) -> bool {
    let Some(inner) = quoted.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
        return false;
    };
    let mut chars = inner.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn outcome_text(o: Option<&Outcome>, lang: crate::lang::Lang) -> String {
    match o {
        // The one "no value" each language spells its own way.
        Some(Outcome::Value(v)) if v.kind == "nil" && v.name.is_none() => {
            format!("= {}", nothing_word(lang))
        }
        // Perl's booleans are the numbers 1 and "" (perlsyn "Truth and
        // Falsehood"): `print 2 < 1` prints nothing.
        Some(Outcome::Value(v)) if v.kind == "boolean" && lang == crate::lang::Lang::Perl => {
            format!("= {}", if v.text == "true" { "1" } else { "\"\"" })
        }
        Some(Outcome::Value(v)) => format!("= {}", v.text),
        Some(Outcome::Absent) => "= nil (nothing found)".into(),
        Some(Outcome::Error(e)) => format!("error: {e}"),
        Some(Outcome::Unfinished) | None => "(did not finish)".into(),
    }
}

/// How `lang` writes the value `Value::Nil` stands for.
fn nothing_word(lang: crate::lang::Lang) -> &'static str {
    match lang {
        crate::lang::Lang::Lua => "nil",
        crate::lang::Lang::Python => "None",
        crate::lang::Lang::JavaScript => "undefined",
        crate::lang::Lang::Perl => "undef",
    }
}

/// The text rendering of one operation and everything nested in it.
pub fn text(op: &Operation) -> String {
    let mut out = String::new();
    write_text(&mut out, op, 0);
    out
}

fn write_text(out: &mut String, op: &Operation, indent: usize) {
    let pad = " ".repeat(indent);
    let protocol = op
        .protocol()
        .map(str::to_string)
        .unwrap_or_else(|| format!("{} {}", op.begin.lang.name(), op.begin.kind.name()));
    let _ = writeln!(out, "{pad}{} — {protocol}", title(op));
    let mut n = 0;
    for item in &op.items {
        match item {
            Item::Step(s) => {
                n += 1;
                let _ = writeln!(out, "{pad}  {n}. {}", s.text);
            }
            Item::Nested(inner) => {
                let _ = write!(out, "{pad}     ↳ ");
                let mut sub = String::new();
                write_text(&mut sub, inner, indent + 7);
                out.push_str(sub.trim_start());
            }
        }
    }
    let _ = writeln!(
        out,
        "{pad}{}",
        outcome_text(op.outcome.as_ref(), op.begin.lang)
    );
}

/// A JSON string literal.
pub(crate) fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_opt_str(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.push_str("null"),
    }
}

pub(crate) fn json_obj(out: &mut String, o: Option<&ObjRef>) {
    let Some(o) = o else {
        out.push_str("null");
        return;
    };
    out.push_str("{\"kind\":");
    json_str(out, &o.kind);
    out.push_str(",\"address\":");
    if o.address == 0 {
        out.push_str("null");
    } else {
        json_str(out, &format!("{:#x}", o.address));
    }
    out.push_str(",\"name\":");
    json_opt_str(out, o.name.as_deref());
    out.push_str(",\"text\":");
    json_str(out, &o.text);
    out.push('}');
}

fn json_op(out: &mut String, op: &Operation) {
    let b = &op.begin;
    let _ = write!(out, "{{\"id\":{},\"kind\":", b.id);
    json_str(out, b.kind.name());
    out.push_str(",\"operator\":");
    json_opt_str(out, b.kind.symbol());
    out.push_str(",\"lang\":");
    json_str(out, &b.lang.name().to_ascii_lowercase());
    out.push_str(",\"protocol\":");
    json_opt_str(out, op.protocol());
    out.push_str(",\"title\":");
    json_str(out, &title(op));
    out.push_str(",\"target\":");
    json_obj(out, Some(&b.target));
    out.push_str(",\"key\":");
    json_obj(out, b.key.as_ref());
    out.push_str(",\"value\":");
    json_obj(out, b.value.as_ref());
    out.push_str(",\"position\":");
    match &b.position {
        Some(p) => {
            out.push_str("{\"chunk\":");
            json_str(out, &p.chunk);
            let _ = write!(out, ",\"line\":{}}}", p.line);
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"items\":[");
    for (i, item) in op.items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        match item {
            Item::Step(s) => {
                out.push_str("{\"step\":{\"rule\":");
                json_str(out, s.rule);
                out.push_str(",\"text\":");
                json_str(out, &s.text);
                out.push_str("}}");
            }
            Item::Nested(inner) => {
                out.push_str("{\"operation\":");
                json_op(out, inner);
                out.push('}');
            }
        }
    }
    out.push_str("],\"outcome\":");
    match &op.outcome {
        Some(Outcome::Value(v)) => {
            out.push_str("{\"value\":");
            json_obj(out, Some(v));
            out.push('}');
        }
        Some(Outcome::Absent) => out.push_str("{\"absent\":true}"),
        Some(Outcome::Error(e)) => {
            out.push_str("{\"error\":");
            json_str(out, e);
            out.push('}');
        }
        Some(Outcome::Unfinished) | None => out.push_str("{\"unfinished\":true}"),
    }
    out.push('}');
}

/// The JSON document for `ops` (schema [`JSON_SCHEMA`]).
pub fn json(ops: &[Operation]) -> String {
    let mut out = String::from("{\"schema\":");
    json_str(&mut out, JSON_SCHEMA);
    out.push_str(",\"operations\":[");
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_op(&mut out, op);
    }
    out.push_str("]}");
    out
}
