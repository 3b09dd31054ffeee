//! [[OwnPropertyKeys]] (ECMA-262 §10.1.11 OrdinaryOwnPropertyKeys): integer
//! indices in ascending order, then string keys in the order they were
//! created, then symbols in the order they were created. Arrays add
//! `length` after their indices (§10.4.2).

use super::model::{is_array, is_symbol};
use crate::object::{attrs, Object};
use crate::value::Value;

/// One own key with its attributes.
pub struct OwnKey<'gc> {
    pub key: Value<'gc>,
    pub attrs: u8,
}

/// Every own key of `o` in spec order.
pub fn own_keys<'gc>(mc: &gc_arena::Mutation<'gc>, o: Object<'gc>) -> Vec<OwnKey<'gc>> {
    let mut out = Vec::new();
    // 1. Each integer index, ascending: the array part, then any in the
    //    dictionary part.
    o.with_array(|a| {
        for (i, v) in a.iter().enumerate() {
            if !v.is_empty() {
                out.push(OwnKey {
                    key: Value::Int(i as i64),
                    attrs: 0,
                });
            }
        }
    });
    let mut ints = Vec::new();
    let mut strs = Vec::new();
    let mut syms = Vec::new();
    for pos in 0..o.keyed_len() {
        let Some((k, v)) = o.keyed_entry(pos) else {
            continue;
        };
        if v.is_empty() {
            continue;
        }
        let a = o.keyed_attrs(pos);
        match k {
            Value::Int(i) if i >= 0 => ints.push((i, a)),
            Value::Object(s) if is_symbol(s) => syms.push(OwnKey { key: k, attrs: a }),
            Value::Str(_) => strs.push(OwnKey { key: k, attrs: a }),
            _ => {}
        }
    }
    ints.sort_unstable_by_key(|(i, _)| *i);
    out.extend(ints.into_iter().map(|(i, a)| OwnKey {
        key: Value::Int(i),
        attrs: a,
    }));
    if is_array(o) {
        out.push(OwnKey {
            key: Value::Str(crate::string::Str::new(mc, b"length")),
            attrs: attrs::HIDDEN | attrs::PERMANENT,
        });
    }
    // 2. String keys in creation order; 3. symbols.
    out.extend(strs);
    out.extend(syms);
    out
}
