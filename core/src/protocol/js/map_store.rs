//! The entries of Map and Set objects (ECMA-262 §24.1 Map Objects, §24.2
//! Set Objects): keys compared with SameValueZero (§7.2.11: `NaN` is one
//! key, `-0` is `+0`), entries in insertion order, hashed. Iterators
//! (§24.1.5.1 CreateMapIterator, §24.2.5.1 CreateSetIterator) are live:
//! they see entries added while they run and never one deleted before
//! they reach it, and one that has finished stays finished.
//!
//! A store is an inert object in dictionary mode whose dictionary part
//! holds the entries (`Dict::pin`: a deletion leaves a dead entry, so
//! positions hold still). Compaction follows V8's OrderedHashTable: each
//! store points (internal slot 0) to its current *epoch* record; when the
//! store compacts, that record is filled with the positions it removed
//! (its array part, ascending) and a link to the next epoch (its internal
//! slot 0). A cursor remembers the epoch it counted positions in and,
//! when that epoch has been closed, moves its position down by the
//! removed positions before it, epoch by epoch. Closed epochs are kept
//! alive only by cursors that still need them.

use gc_arena::Mutation;

use super::convert::number_value;
use crate::model::signal::INERT;
use crate::model::ObjectModel;
use crate::object::dict::SMALL as SMALL_DICT;
use crate::object::{Object, Shape};
use crate::value::Value;
use crate::Lang;

/// A store of entries (an inert record no script sees: the prelude keeps
/// it in a private field).
pub static JS_MAP_STORE: ObjectModel = STORE;

const STORE: ObjectModel = ObjectModel {
    name: "Map storage",
    lang: Some(Lang::JavaScript),
    describe: |_, _| "the entries of a Map or Set".into(),
    ..INERT
};

/// An epoch record (see the module's comment).
pub static JS_MAP_EPOCH: ObjectModel = ObjectModel {
    name: "Map storage epoch",
    describe: |_, _| "positions a Map or Set compaction removed".into(),
    ..STORE
};

/// A cursor: internal slots store, epoch, next position (`Nil` store when
/// finished).
pub static JS_MAP_CURSOR: ObjectModel = ObjectModel {
    name: "Map iterator state",
    describe: |_, _| "the position of a Map or Set iterator".into(),
    ..STORE
};

/// A new, empty store.
pub fn new_store<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>) -> Object<'gc> {
    let store = Object::new(mc, root, &JS_MAP_STORE);
    store.make_dictionary(mc);
    store.with_dict_mut(mc, |d| d.pin());
    store.set_internal(mc, 0, Value::Object(Object::new(mc, root, &JS_MAP_EPOCH)));
    store
}

/// Whether `v` is a store.
pub fn is_store(v: Value<'_>) -> bool {
    matches!(v, Value::Object(o) if std::ptr::eq(o.model(), &JS_MAP_STORE))
}

/// The key a value is stored under: numbers in one form (§7.2.11
/// SameValueZero: `-0` is `+0`, every `NaN` is the same key).
pub fn normalize(k: Value<'_>) -> Value<'_> {
    match k {
        Value::Float(f) if f.is_nan() => Value::Float(f64::NAN),
        // `-0 + 0` is `+0`.
        Value::Float(f) => number_value(f + 0.0),
        other => other,
    }
}

/// The value under `k`; `Empty` when absent.
pub fn get<'gc>(store: Object<'gc>, k: Value<'gc>) -> Value<'gc> {
    store.get_key(normalize(k))
}

/// The number of entries.
pub fn size(store: Object<'_>) -> usize {
    store.with_dict(|d| d.map_or(0, |d| d.live_len()))
}

/// Set `k` to `v` (a new key goes to the end).
pub fn set<'gc>(
    mc: &Mutation<'gc>,
    root: Shape<'gc>,
    store: Object<'gc>,
    k: Value<'gc>,
    v: Value<'gc>,
) {
    let k = normalize(k);
    if store.get_key(k).is_empty() {
        let (len, dead, small) = store.with_dict(|d| {
            d.map_or((0, 0, true), |d| {
                (d.len(), d.len() - d.live_len(), d.is_small())
            })
        });
        // Compact before the small part would turn into a hash map (dead
        // entries cannot move into one) and when half the entries are dead.
        if dead > 0 && ((small && len >= SMALL_DICT) || (dead > 8 && dead * 2 > len)) {
            compact(mc, root, store);
        }
    }
    store.set_key(mc, k, v);
}

/// Remove `k`; whether it was there.
pub fn delete<'gc>(mc: &Mutation<'gc>, store: Object<'gc>, k: Value<'gc>) -> bool {
    store.remove_key(mc, normalize(k))
}

/// Remove every entry (§24.1.3.1: live iterators go on with entries
/// added later).
pub fn clear<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, store: Object<'gc>) {
    store.with_dict_mut(mc, |d| {
        for i in 0..d.len() {
            if !d.value_at(i).is_empty() {
                d.remove_at(i);
            }
        }
    });
    compact(mc, root, store);
}

/// Drop the dead entries, closing the current epoch.
fn compact<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, store: Object<'gc>) {
    let removed: Vec<usize> = store.with_dict(|d| {
        d.map_or(Vec::new(), |d| {
            (0..d.len()).filter(|&i| d.value_at(i).is_empty()).collect()
        })
    });
    let Value::Object(epoch) = store.internal(0) else {
        return;
    };
    for i in removed {
        epoch.array_push(mc, Value::Int(i as i64));
    }
    let next = Object::new(mc, root, &JS_MAP_EPOCH);
    epoch.set_internal(mc, 0, Value::Object(next));
    store.set_internal(mc, 0, Value::Object(next));
    store.with_dict_mut(mc, |d| d.compact());
}

/// A cursor at the first entry of `store`.
pub fn cursor<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, store: Object<'gc>) -> Object<'gc> {
    let c = Object::new(mc, root, &JS_MAP_CURSOR);
    c.set_internal(mc, 0, Value::Object(store));
    c.set_internal(mc, 1, store.internal(0));
    c.set_internal(mc, 2, Value::Int(0));
    c
}

/// A cursor at the same place as `c`.
pub fn copy_cursor<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, c: Object<'gc>) -> Object<'gc> {
    let copy = Object::new(mc, root, &JS_MAP_CURSOR);
    for i in 0..3 {
        copy.set_internal(mc, i, c.internal(i));
    }
    copy
}

/// Whether `v` is a cursor.
pub fn is_cursor(v: Value<'_>) -> bool {
    matches!(v, Value::Object(o) if std::ptr::eq(o.model(), &JS_MAP_CURSOR))
}

/// The next entry of cursor `c`, or `None` when it has finished (and
/// from then on).
pub fn next<'gc>(mc: &Mutation<'gc>, c: Object<'gc>) -> Option<(Value<'gc>, Value<'gc>)> {
    let Value::Object(store) = c.internal(0) else {
        return None;
    };
    let Value::Object(mut epoch) = c.internal(1) else {
        return None;
    };
    let mut pos = match c.internal(2) {
        Value::Int(p) => p as usize,
        _ => 0,
    };
    // Count positions in today's epoch.
    while let Value::Object(newer) = epoch.internal(0) {
        let before = epoch.with_array(|removed| {
            removed.partition_point(|r| matches!(r, Value::Int(i) if (*i as usize) < pos))
        });
        pos -= before;
        epoch = newer;
    }
    let found = store.with_dict(|d| {
        let d = d?;
        (pos..d.len()).find_map(|i| {
            let (k, v) = d.entry_at(i)?;
            (!v.is_empty()).then_some((i, k, v))
        })
    });
    match found {
        Some((i, k, v)) => {
            c.set_internal(mc, 1, Value::Object(epoch));
            c.set_internal(mc, 2, Value::Int(i as i64 + 1));
            Some((k, v))
        }
        None => {
            c.set_internal(mc, 0, Value::Nil);
            c.set_internal(mc, 1, Value::Nil);
            None
        }
    }
}
