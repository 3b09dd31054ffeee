//! The dictionary part of an object: raw keys to values, in insertion
//! order. Up to `SMALL` entries it is a plain vector searched linearly (one
//! allocation, and for a handful of keys a scan beats hashing); beyond that
//! an `IndexMap` with the runtime's seeded hasher.
//!
//! An entry whose value is `Empty` is a tombstone: the key keeps its
//! position (so a traversal can go on after a value is cleared, as Lua's
//! `next` allows) until the owner compacts.
//!
//! A key removed for real (Python's `del d[k]`, JavaScript's `delete`,
//! Perl's `delete`: a key added again goes to the end) leaves a dead
//! entry in a large part: its key becomes `Empty`, which no lookup asks
//! for, so the key is absent at once, and the entry goes at the next
//! compaction. Shifting the later entries instead made deleting every key
//! of a 100,000-entry dictionary take 13 s (quadratic).
//!
//! Property attributes (JavaScript's writable/enumerable/configurable and
//! accessor flags, see `object::attrs`) are a parallel vector, empty while
//! every entry is plain.

use gc_arena::Collect;
use indexmap::map::MutableKeys;
use indexmap::IndexMap;

use super::key::{key_hash_state, Key, KeyHashState};
use crate::value::Value;

/// Largest dictionary part kept as a vector.
pub const SMALL: usize = 8;

#[derive(Collect)]
#[collect(no_drop)]
pub enum Entries<'gc> {
    Small(Vec<(Key<'gc>, Value<'gc>)>),
    Large(Box<IndexMap<Key<'gc>, Value<'gc>, KeyHashState>>),
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct Dict<'gc> {
    pub entries: Entries<'gc>,
    /// Attributes of entry `i`, or empty when all are plain.
    #[collect(require_static)]
    attrs: Vec<u8>,
    /// Entries holding `Empty`.
    #[collect(require_static)]
    tombstones: u32,
    /// Positions are observed from outside (JavaScript's Map and Set
    /// iterators): removals leave dead entries in the small part too, and
    /// only the owner compacts (see `protocol/js/map_store.rs`).
    #[collect(require_static)]
    pinned: bool,
}

impl Default for Dict<'_> {
    fn default() -> Self {
        Dict {
            entries: Entries::Small(Vec::new()),
            attrs: Vec::new(),
            tombstones: 0,
            pinned: false,
        }
    }
}

impl<'gc> Dict<'gc> {
    pub fn with_capacity(n: usize) -> Dict<'gc> {
        let entries = if n <= SMALL {
            Entries::Small(Vec::with_capacity(n))
        } else {
            Entries::Large(Box::new(IndexMap::with_capacity_and_hasher(
                n,
                key_hash_state(),
            )))
        };
        Dict {
            entries,
            attrs: Vec::new(),
            tombstones: 0,
            pinned: false,
        }
    }

    /// Entries, tombstones included.
    #[inline]
    pub fn len(&self) -> usize {
        match &self.entries {
            Entries::Small(v) => v.len(),
            Entries::Large(m) => m.len(),
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keep positions until the owner compacts (see the field).
    pub fn pin(&mut self) {
        self.pinned = true;
    }

    /// The part is a small vector (at most `SMALL` entries).
    pub fn is_small(&self) -> bool {
        matches!(self.entries, Entries::Small(_))
    }

    /// Live entries (tombstones excluded).
    pub fn live_len(&self) -> usize {
        self.len() - self.tombstones as usize
    }

    #[inline(always)]
    pub fn index_of(&self, key: &Key<'gc>) -> Option<usize> {
        match &self.entries {
            Entries::Small(v) => v.iter().position(|(k, _)| k == key),
            Entries::Large(m) => m.get_index_of(key),
        }
    }

    /// Position of a string key: a linear scan for small parts compares
    /// pointers first (interned names match without touching bytes).
    #[inline(always)]
    pub fn index_of_str(&self, s: crate::string::Str<'gc>) -> Option<usize> {
        match &self.entries {
            Entries::Small(v) => v
                .iter()
                .position(|(k, _)| matches!(k.0, Value::Str(x) if x == s)),
            Entries::Large(m) => m.get_index_of(&Key(Value::Str(s))),
        }
    }

    /// The value at `key`; `Empty` when absent (or a tombstone).
    #[inline]
    pub fn get(&self, key: &Key<'gc>) -> Value<'gc> {
        match self.index_of(key) {
            Some(i) => self.value_at(i),
            None => Value::Empty,
        }
    }

    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Value<'gc> {
        match &self.entries {
            Entries::Small(v) => v[i].1,
            Entries::Large(m) => m[i],
        }
    }

    pub fn entry_at(&self, i: usize) -> Option<(Value<'gc>, Value<'gc>)> {
        match &self.entries {
            Entries::Small(v) => v.get(i).map(|(k, x)| (k.0, *x)),
            Entries::Large(m) => m.get_index(i).map(|(k, x)| (k.0, *x)),
        }
    }

    pub fn attrs_at(&self, i: usize) -> u8 {
        self.attrs.get(i).copied().unwrap_or(0)
    }

    pub fn set_attrs_at(&mut self, i: usize, attrs: u8) {
        if attrs == 0 && self.attrs.is_empty() {
            return;
        }
        if self.attrs.is_empty() {
            self.attrs = vec![0; self.len()];
        }
        if let Some(a) = self.attrs.get_mut(i) {
            *a = attrs;
        }
    }

    /// Overwrite entry `i` (keeping the tombstone count right).
    #[inline]
    pub fn set_at(&mut self, i: usize, value: Value<'gc>) {
        let slot = match &mut self.entries {
            Entries::Small(v) => &mut v[i].1,
            Entries::Large(m) => &mut m[i],
        };
        match (slot.is_empty(), value.is_empty()) {
            (true, false) => self.tombstones -= 1,
            (false, true) => self.tombstones += 1,
            _ => {}
        }
        *slot = value;
    }

    /// Set `key` (present or not). Storing `Empty` clears the value but
    /// keeps the key's position (a tombstone).
    pub fn set(&mut self, key: Key<'gc>, value: Value<'gc>) {
        if let Some(i) = self.index_of(&key) {
            self.set_at(i, value);
            return;
        }
        if value.is_empty() {
            return;
        }
        self.insert_new(key, value, 0);
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, key: Key<'gc>, value: Value<'gc>, attrs: u8) {
        // The host's collection size limit (runtime/size_limit.rs): the
        // entry is added all the same; the program is stopped soon after.
        let _ = crate::runtime::size_limit::collection_fits(self.live_len() + 1);
        if !self.pinned && self.tombstones > 8 && self.tombstones as usize * 2 > self.len() {
            self.compact();
        }
        if !self.attrs.is_empty() || attrs != 0 {
            if self.attrs.is_empty() {
                self.attrs = vec![0; self.len()];
            }
            self.attrs.push(attrs);
        }
        match &mut self.entries {
            Entries::Small(v) => {
                if v.len() < SMALL {
                    v.push((key, value));
                    return;
                }
                let mut m = IndexMap::with_capacity_and_hasher(v.len() * 2, key_hash_state());
                for (k, x) in v.drain(..) {
                    m.insert(k, x);
                }
                m.insert(key, value);
                self.entries = Entries::Large(Box::new(m));
            }
            Entries::Large(m) => {
                m.insert(key, value);
            }
        }
    }

    /// Remove entry `i`, keeping the order of the others.
    pub fn remove_at(&mut self, i: usize) {
        let was_tombstone = self.value_at(i).is_empty();
        match &mut self.entries {
            Entries::Small(v) if self.pinned => {
                v[i] = (Key(Value::Empty), Value::Empty);
                if !was_tombstone {
                    self.tombstones += 1;
                }
            }
            Entries::Small(v) => {
                v.remove(i);
                if was_tombstone {
                    self.tombstones -= 1;
                }
                if !self.attrs.is_empty() {
                    self.attrs.remove(i);
                }
            }
            Entries::Large(m) => {
                // A dead entry (see the module's comment). The hash table
                // still holds its index under the old key's hash: lookups
                // there compare keys, find `Empty`, and go on probing.
                if let Some((k, v)) = m.get_index_mut2(i) {
                    *k = Key(Value::Empty);
                    *v = Value::Empty;
                }
                if !was_tombstone {
                    self.tombstones += 1;
                }
                if let Some(a) = self.attrs.get_mut(i) {
                    *a = 0;
                }
            }
        }
    }

    /// Drop every tombstone.
    pub fn compact(&mut self) {
        if self.tombstones == 0 {
            return;
        }
        if !self.attrs.is_empty() {
            let mut i = 0;
            let values: Vec<bool> = (0..self.len())
                .map(|j| !self.value_at(j).is_empty())
                .collect();
            self.attrs.retain(|_| {
                let keep = values[i];
                i += 1;
                keep
            });
        }
        match &mut self.entries {
            Entries::Small(v) => v.retain(|(_, x)| !x.is_empty()),
            Entries::Large(m) => m.retain(|_, x| !x.is_empty()),
        }
        self.tombstones = 0;
    }

    /// Remove entries for which `dead` holds (weak tables, at collection).
    pub fn retain_live(&mut self, mut dead: impl FnMut(Value<'gc>, Value<'gc>) -> bool) {
        self.compact();
        let keep: Vec<bool> = (0..self.len())
            .map(|i| {
                let (k, v) = self.entry_at(i).unwrap_or((Value::Nil, Value::Nil));
                !dead(k, v)
            })
            .collect();
        if keep.iter().all(|&k| k) {
            return;
        }
        let mut i = 0;
        if !self.attrs.is_empty() {
            self.attrs.retain(|_| {
                let k = keep[i];
                i += 1;
                k
            });
        }
        i = 0;
        match &mut self.entries {
            Entries::Small(v) => v.retain(|_| {
                let k = keep[i];
                i += 1;
                k
            }),
            Entries::Large(m) => m.retain(|_, _| {
                let k = keep[i];
                i += 1;
                k
            }),
        }
    }

    pub fn clear(&mut self) {
        let pinned = self.pinned;
        *self = Dict::default();
        self.pinned = pinned;
    }

    pub fn iter(&self) -> impl Iterator<Item = (Value<'gc>, Value<'gc>)> + '_ {
        (0..self.len()).filter_map(move |i| self.entry_at(i))
    }
}
