//! Raw tables: an array part for keys `1..=n` and an insertion-ordered hash
//! part for every other key. Every method here is *raw*: it never consults a
//! metatable (that is `protocol/lua/`'s job).
//!
//! Invariant kept by `set`: the hash part never holds the key
//! `array.len() + 1`; appending to the array migrates following integer keys
//! out of the hash part. So `#t` can be answered from the array part alone.
//!
//! Removing a hash key leaves a tombstone (the key with a `nil` value) so that
//! `next` keeps working while a traversal assigns `nil` to fields, as Lua
//! allows. Tombstones are compacted away when a *new* key is inserted (which
//! Lua forbids during traversal).

use gc_arena::collect::Trace;
use gc_arena::{Collect, Gc, Mutation, RefLock};

use super::hash::HashPart;
use super::key::{Key, KeyError};
use crate::string::Str;
use crate::value::Value;

/// Lua `__mode`: which references in this table do not keep objects alive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WeakMode {
    pub keys: bool,
    pub values: bool,
}

impl WeakMode {
    pub fn is_weak(self) -> bool {
        self.keys || self.values
    }
}

pub struct TableState<'gc> {
    pub array: Vec<Value<'gc>>,
    pub hash: HashPart<'gc>,
    pub metatable: Option<Table<'gc>>,
    /// Weak references in this table; set by `setmetatable` from `__mode`.
    pub weak: WeakMode,
    tombstones: u32,
}

// SAFETY: every `Gc` held by a `TableState` is traced: array values, hash keys
// and values, and the metatable. Entries of a weak table that may hold a
// collectable object are traced *weakly* (`trace_gc_weak` keeps the
// allocation, not the object); `Runtime::collect_garbage` stops at the fully
// marked phase and removes every entry whose object is dead (see
// `TableState::clear_dead_weak_entries`) before sweeping, so no dropped
// object is ever reachable from a table. Strings are always traced strongly
// (Lua never removes strings from weak tables). No interior mutability.
unsafe impl<'gc> Collect<'gc> for TableState<'gc> {
    fn trace<T: Trace<'gc>>(&self, cc: &mut T) {
        if let Some(mt) = self.metatable {
            cc.trace(&mt);
        }
        if !self.weak.is_weak() {
            for v in &self.array {
                cc.trace(v);
            }
            cc.trace(&self.hash);
            return;
        }
        for v in &self.array {
            trace_maybe_weak(cc, *v, self.weak.values);
        }
        for (k, v) in self.hash.iter() {
            trace_maybe_weak(cc, k.value(), self.weak.keys);
            trace_maybe_weak(cc, *v, self.weak.values);
        }
    }
}

fn trace_maybe_weak<'gc, T: Trace<'gc>>(cc: &mut T, v: Value<'gc>, weak: bool) {
    if !weak {
        cc.trace(&v);
        return;
    }
    match v {
        Value::Table(t) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(t.0))),
        Value::Closure(c) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(c.0))),
        Value::Native(n) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(n.0))),
        Value::Thread(t) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(t.0))),
        Value::Cell(c) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(c))),
        Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) => {
            cc.trace(&v)
        }
    }
}

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Table<'gc>(pub Gc<'gc, RefLock<TableState<'gc>>>);

impl PartialEq for Table<'_> {
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0)
    }
}

impl std::fmt::Debug for Table<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "table: {:p}", Gc::as_ptr(self.0))
    }
}

impl<'gc> TableState<'gc> {
    pub fn new(array_capacity: usize, hash_capacity: usize) -> TableState<'gc> {
        TableState {
            array: Vec::with_capacity(array_capacity),
            hash: HashPart::with_capacity(hash_capacity),
            metatable: None,
            weak: WeakMode::default(),
            tombstones: 0,
        }
    }

    /// Raw get.
    #[inline(always)]
    pub fn get(&self, key: Value<'gc>) -> Value<'gc> {
        match key {
            Value::Int(i) => self.get_int(i),
            Value::Str(s) => self.get_str(s),
            Value::Nil => Value::Nil,
            _ => match Key::new(key) {
                Ok(Key(Value::Int(i))) => self.get_int(i),
                Ok(k) => self.hash.get(&k).copied().unwrap_or_default(),
                Err(_) => Value::Nil,
            },
        }
    }

    #[inline(always)]
    pub fn get_int(&self, i: i64) -> Value<'gc> {
        if i >= 1 && (i as u64) <= self.array.len() as u64 {
            return self.array[(i - 1) as usize];
        }
        if self.hash.is_empty() {
            return Value::Nil;
        }
        self.hash
            .get(&Key(Value::Int(i)))
            .copied()
            .unwrap_or_default()
    }

    #[inline(always)]
    pub fn get_str(&self, s: Str<'gc>) -> Value<'gc> {
        match self.str_index(s) {
            Some(i) => self.hash[i],
            None => Value::Nil,
        }
    }

    /// Position of the string key `s` in the hash part. Small hash parts
    /// (most objects' fields) are scanned linearly: interned strings match
    /// by pointer, others by hash and bytes.
    #[inline(always)]
    fn str_index(&self, s: Str<'gc>) -> Option<usize> {
        let n = self.hash.len();
        if n == 0 {
            return None;
        }
        if let Some(entries) = self.hash.small_entries() {
            for (i, (k, _)) in entries.iter().enumerate() {
                if let Key(Value::Str(k)) = k {
                    if *k == s {
                        return Some(i);
                    }
                }
            }
            return None;
        }
        self.hash.get_index_of(&Key(Value::Str(s)))
    }

    /// Raw set. Fails only for `nil` and NaN keys.
    pub fn set(&mut self, key: Value<'gc>, value: Value<'gc>) -> Result<(), KeyError> {
        let key = Key::new(key)?;
        if let Value::Int(i) = key.value() {
            let len = self.array.len();
            if i >= 1 && (i as u64) <= len as u64 {
                self.array[(i - 1) as usize] = value;
                return Ok(());
            }
            if i as u64 == len as u64 + 1 && !value.is_nil() {
                self.array.push(value);
                self.migrate_from_hash();
                return Ok(());
            }
        }
        self.set_hash(key, value);
        Ok(())
    }

    /// Assign `value` if `key` is present with a non-nil value; false (and
    /// nothing changed) otherwise. One lookup.
    #[inline(always)]
    pub fn replace_existing(&mut self, key: Value<'gc>, value: Value<'gc>) -> bool {
        if value.is_nil() {
            return false;
        }
        match key {
            Value::Int(i) if i >= 1 && (i as u64) <= self.array.len() as u64 => {
                let slot = &mut self.array[(i - 1) as usize];
                if slot.is_nil() {
                    return false;
                }
                *slot = value;
                true
            }
            Value::Str(s) => match self.str_index(s) {
                Some(i) if !self.hash[i].is_nil() => {
                    self.hash[i] = value;
                    true
                }
                _ => false,
            },
            Value::Int(_) | Value::Bool(_) | Value::Table(_) => {
                match self.hash.get_mut(&Key(key)) {
                    Some(slot) if !slot.is_nil() => {
                        *slot = value;
                        true
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// Raw set of an existing or new string key.
    #[inline]
    pub fn set_str(&mut self, key: Str<'gc>, value: Value<'gc>) {
        self.set_hash(Key(Value::Str(key)), value)
    }

    fn set_hash(&mut self, key: Key<'gc>, value: Value<'gc>) {
        let existing = match key.value() {
            Value::Str(s) => self.str_index(s),
            _ => self.hash.get_index_of(&key),
        };
        if let Some(slot) = existing.map(|i| &mut self.hash[i]) {
            if slot.is_nil() && !value.is_nil() {
                self.tombstones -= 1;
            } else if !slot.is_nil() && value.is_nil() {
                self.tombstones += 1;
            }
            *slot = value;
            return;
        }
        if value.is_nil() {
            return;
        }
        if self.tombstones > 8 && self.tombstones as usize * 2 > self.hash.len() {
            self.hash.retain(|_, v| !v.is_nil());
            self.tombstones = 0;
        }
        self.hash.insert(key, value);
    }

    /// Move keys `len+1, len+2, ...` from the hash part to the array part.
    fn migrate_from_hash(&mut self) {
        if self.hash.is_empty() {
            return;
        }
        loop {
            let next = Key(Value::Int(self.array.len() as i64 + 1));
            match self.hash.get_index_of(&next) {
                Some(index) => {
                    let value = self.hash[index];
                    if value.is_nil() {
                        // A tombstone: drop it, and stop here.
                        self.hash.shift_remove_index(index);
                        self.tombstones -= 1;
                        return;
                    }
                    self.hash.shift_remove_index(index);
                    self.array.push(value);
                }
                None => return,
            }
        }
    }

    /// Raw length (Lua `rawlen` / `#` without `__len`): a border.
    pub fn length(&self) -> i64 {
        let n = self.array.len();
        if n == 0 {
            return 0;
        }
        if !self.array[n - 1].is_nil() {
            return n as i64;
        }
        // Binary search for a border inside the array part: a[lo] non-nil
        // (or lo == 0), a[hi] nil.
        let (mut lo, mut hi) = (0usize, n);
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if self.array[mid - 1].is_nil() {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        lo as i64
    }

    /// Raw traversal (Lua `next`): the entry after `key`, `Ok(None)` at the
    /// end, `Err(())` when `key` is not in the table.
    #[allow(clippy::result_unit_err)]
    pub fn next(&self, key: Value<'gc>) -> Result<Option<(Value<'gc>, Value<'gc>)>, ()> {
        let mut array_from = 0usize;
        let mut hash_from = 0usize;
        match key {
            Value::Nil => {}
            _ => {
                let k = Key::new(key).map_err(|_| ())?;
                match k.value() {
                    Value::Int(i) if i >= 1 && (i as u64) <= self.array.len() as u64 => {
                        array_from = i as usize;
                    }
                    _ => {
                        array_from = self.array.len();
                        hash_from = self.hash.get_index_of(&k).ok_or(())? + 1;
                    }
                }
            }
        }
        for i in array_from..self.array.len() {
            if !self.array[i].is_nil() {
                return Ok(Some((Value::Int(i as i64 + 1), self.array[i])));
            }
        }
        for i in hash_from..self.hash.len() {
            let (k, v) = self.hash.get_index(i).ok_or(())?;
            if !v.is_nil() {
                return Ok(Some((k.value(), *v)));
            }
        }
        Ok(None)
    }

    /// Remove entries whose weakly held object is dead. Called by the
    /// collector at the fully-marked phase, before sweeping.
    pub fn clear_dead_weak_entries(&mut self, is_dead: impl Fn(Value<'gc>) -> bool) {
        if self.weak.values {
            for v in self.array.iter_mut() {
                if is_dead(*v) {
                    *v = Value::Nil;
                }
            }
        }
        let weak = self.weak;
        self.hash
            .retain(|k, v| !((weak.keys && is_dead(k.value())) || (weak.values && is_dead(*v))));
        self.tombstones = self.hash.values().filter(|v| v.is_nil()).count() as u32;
    }
}

impl<'gc> Table<'gc> {
    pub fn new(mc: &Mutation<'gc>) -> Table<'gc> {
        Table(Gc::new(mc, RefLock::new(TableState::new(0, 0))))
    }

    pub fn with_capacity(mc: &Mutation<'gc>, array: usize, hash: usize) -> Table<'gc> {
        if array + hash > 64 {
            mc.metrics().adjust_debt((array + hash) as f64 / 4.0);
        }
        Table(Gc::new(mc, RefLock::new(TableState::new(array, hash))))
    }

    /// Raw get.
    #[inline]
    pub fn get(self, key: Value<'gc>) -> Value<'gc> {
        self.0.borrow().get(key)
    }

    #[inline(always)]
    pub fn get_str(self, key: Str<'gc>) -> Value<'gc> {
        self.0.borrow().get_str(key)
    }

    #[inline]
    pub fn get_int(self, key: i64) -> Value<'gc> {
        self.0.borrow().get_int(key)
    }

    /// Raw set.
    #[inline]
    pub fn set(
        self,
        mc: &Mutation<'gc>,
        key: Value<'gc>,
        value: Value<'gc>,
    ) -> Result<(), KeyError> {
        self.0.borrow_mut(mc).set(key, value)
    }

    pub fn set_str(self, mc: &Mutation<'gc>, key: Str<'gc>, value: Value<'gc>) {
        self.0.borrow_mut(mc).set_str(key, value)
    }

    #[inline]
    pub fn metatable(self) -> Option<Table<'gc>> {
        self.0.borrow().metatable
    }

    pub fn set_metatable(self, mc: &Mutation<'gc>, mt: Option<Table<'gc>>) {
        self.0.borrow_mut(mc).metatable = mt;
    }

    pub fn length(self) -> i64 {
        self.0.borrow().length()
    }

    #[allow(clippy::result_unit_err)]
    pub fn next(self, key: Value<'gc>) -> Result<Option<(Value<'gc>, Value<'gc>)>, ()> {
        self.0.borrow().next(key)
    }
}
