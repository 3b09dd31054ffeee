//! How `:graph` draws a Python class (Language Reference §3.3.3.1
//! "Resolving MRO entries", `type.__mro__`): its own attributes (its
//! `__dict__`, without the bookkeeping entries `__module__`,
//! `__qualname__`, `__doc__`), its MRO as a row, and an arrow to each
//! base in `__bases__`; the metatype only when it is not `type`. A
//! builtin class (`object`) shows how many attributes it has, not them.

use super::model::PY_TYPE;
use super::state::{SLOT_BASES, SLOT_MRO};
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::trace::graph::{Expansion, MAX_FIELDS};
use crate::trace::Namer;
use crate::value::Value;

/// Bookkeeping entries of a class's `__dict__` not drawn.
const HIDDEN: &[&str] = &[
    "__module__",
    "__qualname__",
    "__doc__",
    "__dict__",
    "__weakref__",
];

/// The drawing of `o` if it is a Python class.
pub fn expand<'gc>(
    rt: &RuntimeState<'gc>,
    o: Object<'gc>,
    n: &Namer<'_, 'gc>,
) -> Option<Expansion<'gc>> {
    if !std::ptr::eq(o.model(), &PY_TYPE) {
        return None;
    }
    let mut e = Expansion::default();
    let mut user_defined = false;
    let mut attrs = Vec::new();
    for (k, v) in o.keyed_entries() {
        let Value::Str(k) = k else { continue };
        let k = k.to_str_lossy().into_owned();
        if k == "__module__" {
            user_defined = true;
        }
        if !HIDDEN.contains(&k.as_str()) && !v.is_empty() {
            attrs.push((k, n.of(v)));
        }
    }
    if let Value::Object(mro) = o.internal(SLOT_MRO) {
        let names: Vec<String> = (0..mro.array_len())
            .map(|i| n.of(mro.array_get(i)))
            .collect();
        e.fields.push(("__mro__".into(), names.join(" → ")));
    }
    if user_defined {
        let shown = attrs.len().min(MAX_FIELDS);
        e.more = attrs.len() - shown;
        e.fields.extend(attrs.into_iter().take(shown));
    } else {
        e.more = attrs.len();
    }
    if let Value::Object(bases) = o.internal(SLOT_BASES) {
        for i in 0..bases.array_len() {
            if let Value::Object(b) = bases.array_get(i) {
                e.edges.push((b, "base".into()));
            }
        }
    }
    let type_type = rt.python.types[super::state::T::Type as usize];
    match o.meta() {
        Some(m) if m != type_type => e.edges.push((m, "metaclass".into())),
        _ => {}
    }
    Some(e)
}
