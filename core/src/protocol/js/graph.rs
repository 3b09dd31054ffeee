//! How `:graph` draws a JavaScript object: its own properties with their
//! attributes (ECMA-262 §6.1.7.1: `writable`, `enumerable`,
//! `configurable` of a data property; `get`/`set` of an accessor) and an
//! arrow to its [[Prototype]], and nothing else (fields named like
//! `__proto__` are properties, not hooks). `Object.prototype`, where
//! every chain ends, shows how many properties it has, not them.

use super::get::accessor_pair;
use crate::object::{attrs, Object};
use crate::trace::graph::{meta_label, Expansion, MAX_FIELDS};
use crate::trace::Namer;
use crate::value::Value;
use crate::Lang;

/// `3 (writable, enumerable, configurable)`, `get, set (configurable)`.
fn property_text<'gc>(n: &Namer<'_, 'gc>, v: Value<'gc>, a: u8) -> String {
    let mut flags = Vec::new();
    let head = if a & attrs::ACCESSOR != 0 {
        let (g, s) = accessor_pair(v);
        let parts: Vec<String> = [("get", g), ("set", s)]
            .iter()
            .filter(|(_, f)| !f.is_nil())
            .map(|(w, f)| {
                // A getter is named `get total` already (its `name`).
                let f = n.of(*f);
                match f.strip_prefix(w).filter(|rest| rest.starts_with(' ')) {
                    Some(_) => f,
                    None => format!("{w} {f}"),
                }
            })
            .collect();
        parts.join(", ")
    } else {
        if a & attrs::READ_ONLY == 0 {
            flags.push("writable");
        }
        n.of(v)
    };
    if a & attrs::HIDDEN == 0 {
        flags.push("enumerable");
    }
    if a & attrs::PERMANENT == 0 {
        flags.push("configurable");
    }
    if flags.is_empty() {
        flags.push("none");
    }
    format!("{head} ({})", flags.join(", "))
}

/// The drawing of `o` if it is a JavaScript object.
pub fn expand<'gc>(o: Object<'gc>, n: &Namer<'_, 'gc>) -> Option<Expansion<'gc>> {
    if o.model().lang != Some(Lang::JavaScript) {
        return None;
    }
    let mut e = Expansion::default();
    let count = o.keyed_len();
    let end_of_chain = o.meta().is_none() && count > MAX_FIELDS;
    for pos in 0..count {
        let Some((k, v)) = o.keyed_entry(pos) else {
            continue;
        };
        if v.is_empty() {
            continue;
        }
        if end_of_chain || e.fields.len() >= MAX_FIELDS {
            e.more += 1;
            continue;
        }
        let key = match k {
            Value::Str(s) => s.to_str_lossy().into_owned(),
            other => format!("[{}]", n.of(other)),
        };
        e.fields
            .push((key, property_text(n, v, o.keyed_attrs(pos))));
    }
    if o.array_len() > 0 {
        e.fields
            .push(("length".into(), format!("{} elements", o.array_len())));
    }
    if let Some(p) = o.meta() {
        e.edges.push((p, meta_label(Some(Lang::JavaScript)).into()));
    }
    Some(e)
}
