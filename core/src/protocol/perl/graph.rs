//! How `:graph` draws a Perl package (perlobj "A Class is Simply a
//! Package", "Method Resolution Order"): titled by its name, its subs and
//! `@ISA` as rows, an arrow to each package of `@ISA`, and its MRO kind.
//! A blessed reference keeps the generic box (its referent's fields and
//! the arrow to the package it is blessed into).

use gc_arena::Mutation;

use super::container::{find_stash, is_stash};
use super::mro::{is_c3, isa_names};
use super::reftype::stash_name;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::trace::graph::{Expansion, MAX_FIELDS};
use crate::value::Value;

/// The drawing of `o` if it is a Perl package.
pub fn expand<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    o: Object<'gc>,
) -> Option<Expansion<'gc>> {
    if !is_stash(o) {
        return None;
    }
    let mut e = Expansion {
        title: Some(format!("package {}", stash_name(o))),
        ..Expansion::default()
    };
    let isa = isa_names(mc, rt, o);
    let names: Vec<String> = isa
        .iter()
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    e.fields
        .push(("@ISA".into(), format!("({})", names.join(", "))));
    e.fields
        .push(("mro".into(), if is_c3(o) { "c3" } else { "dfs" }.into()));
    let mut subs: Vec<String> = o
        .keyed_entries()
        .into_iter()
        .filter_map(|(k, v)| match (k, v) {
            (Value::Str(k), v) if !v.is_nil() && !v.is_empty() => k
                .as_bytes()
                .strip_prefix(b"&")
                .map(|s| String::from_utf8_lossy(s).into_owned()),
            _ => None,
        })
        .collect();
    crate::sort::sort_by_bytes(&mut subs, |s| s.as_bytes());
    let shown = subs.len().min(MAX_FIELDS);
    e.more = subs.len() - shown;
    for s in subs.into_iter().take(shown) {
        e.fields.push((format!("&{s}"), "sub".into()));
    }
    for n in &isa {
        if let Some(p) = find_stash(mc, rt, n) {
            e.edges.push((p, "@ISA".into()));
        }
    }
    Some(e)
}
