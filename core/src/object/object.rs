//! The object record: raw storage plus the pointer to the object model
//! that governs it (DESIGN.md invariant 2). Every method here is *raw*:
//! nothing consults a metatable, a type, a prototype or `@ISA`; nothing
//! normalises a key. Storage uses `Value::Empty` to mean "absent".
//!
//! ```text
//!  Object ──► ObjectBox (one GC allocation, 88 bytes)
//!             ├ model ──► &'static ObjectModel     dispatch: get/set/call/ops...
//!             ├ meta  ──► Object?                  Lua metatable, Python type,
//!             │                                    JS [[Prototype]], Perl package
//!             ├ shape ──► Shape                    string keys → slot numbers
//!             ├ flags, cache bits
//!             ├ inline slots [2]                   the first shaped values
//!             └ ext ────► Ext (GC, only when needed)
//!                         ├ slots                  shaped values past the inline ones
//!                         ├ array                  dense indexed elements (0-based)
//!                         ├ dict                   every other key, in insertion order
//!                         └ internal               the model's own slots
//! ```

use std::cell::Cell;

use gc_arena::barrier::{field, unlock};
use gc_arena::collect::Trace;
use gc_arena::{Collect, Gc, Lock, Mutation, RefLock};

use super::dict::Dict;
use super::key::Key;
use super::shape::Shape;
use super::{bump_epoch, bump_name_epoch, flags, WeakMode};
use crate::model::ObjectModel;
use crate::string::Str;
use crate::value::Value;

/// Shaped values kept in the object record itself.
pub const INLINE: usize = 2;

pub struct ObjectBox<'gc> {
    model: &'static ObjectModel,
    meta: Lock<Option<Object<'gc>>>,
    shape: Lock<Shape<'gc>>,
    flags: Cell<u32>,
    /// A model's cache of facts about this object's keys (Lua: "this
    /// metatable has no `__index`"); cleared by every key write.
    cache: Cell<u32>,
    inline: [Lock<Value<'gc>>; INLINE],
    ext: Lock<Option<Ext<'gc>>>,
}

/// The parts most small objects never need.
#[derive(Default)]
pub struct ExtData<'gc> {
    /// Copy of the owner's weak mode (the trace of this record needs it).
    pub weak: WeakMode,
    /// Shaped values from slot `INLINE` on.
    pub slots: Vec<Value<'gc>>,
    /// Indexed elements, 0-based; `Empty` is a hole.
    pub array: Vec<Value<'gc>>,
    pub dict: Dict<'gc>,
    /// The model's own internal slots (a Proxy's target and handler, a
    /// bound method's function and receiver, ...).
    pub internal: Vec<Value<'gc>>,
}

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Ext<'gc>(pub Gc<'gc, RefLock<ExtData<'gc>>>);

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Object<'gc>(pub Gc<'gc, ObjectBox<'gc>>);

impl PartialEq for Object<'_> {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0)
    }
}

impl Eq for Object<'_> {}

impl std::fmt::Debug for Object<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:#x}", self.model().name, self.address())
    }
}

fn trace_value<'gc, T: Trace<'gc>>(cc: &mut T, v: Value<'gc>, weak: bool) {
    if !weak {
        cc.trace(&v);
        return;
    }
    match v {
        Value::Object(o) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(o.0))),
        Value::Closure(c) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(c.0))),
        Value::Native(n) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(n.0))),
        Value::Thread(t) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(t.0))),
        Value::Cell(c) => cc.trace_gc_weak(Gc::downgrade(Gc::erase(c))),
        // Strings and numbers are values, not objects: never weak (as Lua).
        Value::Nil
        | Value::Null
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::BigInt(_)
        | Value::Empty => cc.trace(&v),
    }
}

// SAFETY: every `Gc` an `ObjectBox` holds is traced: the metatable/meta,
// the shape, the extension record and the inline slots. Values of a weak
// object are traced *weakly* (`trace_gc_weak` keeps the allocation, not
// the object); the collector stops at the fully marked phase and clears
// every entry whose object is dead (`Object::clear_dead`) before sweeping,
// so no dropped object is ever reachable from an object.
unsafe impl<'gc> Collect<'gc> for ObjectBox<'gc> {
    const NEEDS_TRACE: bool = true;
    fn trace<T: Trace<'gc>>(&self, cc: &mut T) {
        cc.trace(&self.meta);
        cc.trace(&self.shape);
        cc.trace(&self.ext);
        let weak_values = self.flags.get() & flags::WEAK_VALUES != 0;
        for slot in &self.inline {
            trace_value(cc, slot.get(), weak_values);
        }
    }
}

// SAFETY: as for `ObjectBox`, with the weak mode copied into the record.
unsafe impl<'gc> Collect<'gc> for ExtData<'gc> {
    const NEEDS_TRACE: bool = true;
    fn trace<T: Trace<'gc>>(&self, cc: &mut T) {
        for v in &self.slots {
            trace_value(cc, *v, self.weak.values);
        }
        for v in &self.array {
            trace_value(cc, *v, self.weak.values);
        }
        for (k, v) in self.dict.iter() {
            trace_value(cc, k, self.weak.keys);
            trace_value(cc, v, self.weak.values);
        }
        for v in &self.internal {
            cc.trace(v);
        }
    }
}

impl<'gc> Object<'gc> {
    /// A new, empty object governed by `model`, starting from the
    /// runtime's root shape.
    pub fn new(mc: &Mutation<'gc>, root: Shape<'gc>, model: &'static ObjectModel) -> Object<'gc> {
        Object(Gc::new(
            mc,
            ObjectBox {
                model,
                meta: Lock::new(None),
                shape: Lock::new(root),
                flags: Cell::new(0),
                cache: Cell::new(0),
                inline: [Lock::new(Value::Empty), Lock::new(Value::Empty)],
                ext: Lock::new(None),
            },
        ))
    }

    /// A new object with room for `array` elements and `keys` other keys.
    pub fn with_capacity(
        mc: &Mutation<'gc>,
        root: Shape<'gc>,
        model: &'static ObjectModel,
        array: usize,
        keys: usize,
    ) -> Object<'gc> {
        let o = Object::new(mc, root, model);
        if array > 0 || keys > INLINE {
            if array + keys > 64 {
                mc.metrics().adjust_debt((array + keys) as f64 / 4.0);
            }
            let ext = o.ext_or_create(mc);
            let mut e = ext.0.borrow_mut(mc);
            e.array.reserve(array);
            if keys > super::shape::MAX_SHAPED {
                drop(e);
                o.make_dictionary(mc);
                let ext = o.ext_or_create(mc);
                ext.0.borrow_mut(mc).dict = Dict::with_capacity(keys);
            } else if keys > INLINE {
                e.slots.reserve(keys - INLINE);
            }
        }
        o
    }

    #[inline(always)]
    pub fn model(self) -> &'static ObjectModel {
        self.0.model
    }

    #[inline(always)]
    pub fn address(self) -> usize {
        Gc::as_ptr(self.0) as *const u8 as usize
    }

    #[inline(always)]
    pub fn meta(self) -> Option<Object<'gc>> {
        self.0.meta.get()
    }

    /// Set the meta object (a metatable, a type, a prototype, a package).
    pub fn set_meta(self, mc: &Mutation<'gc>, meta: Option<Object<'gc>>) {
        self.written();
        unlock!(Gc::write(mc, self.0), ObjectBox, meta).set(meta);
    }

    #[inline(always)]
    pub fn flags(self) -> u32 {
        self.0.flags.get()
    }

    pub fn set_flags(self, f: u32) {
        self.0.flags.set(f);
    }

    /// Mark this object as a prototype: from now on every write to it
    /// invalidates the lookup caches that may depend on it (see
    /// `object::epoch`).
    #[inline]
    pub fn mark_proto(self) {
        let f = self.0.flags.get();
        if f & flags::PROTO == 0 {
            self.0.flags.set(f | flags::PROTO);
        }
    }

    #[inline(always)]
    pub fn is_proto(self) -> bool {
        self.0.flags.get() & flags::PROTO != 0
    }

    #[inline(always)]
    pub fn cache_bits(self) -> u32 {
        self.0.cache.get()
    }

    pub fn set_cache_bits(self, bits: u32) {
        self.0.cache.set(bits);
    }

    #[inline(always)]
    pub fn shape(self) -> Shape<'gc> {
        self.0.shape.get()
    }

    pub fn weak(self) -> WeakMode {
        let f = self.flags();
        WeakMode {
            keys: f & flags::WEAK_KEYS != 0,
            values: f & flags::WEAK_VALUES != 0,
        }
    }

    pub fn set_weak(self, mc: &Mutation<'gc>, weak: WeakMode) {
        let mut f = self.flags() & !(flags::WEAK_KEYS | flags::WEAK_VALUES);
        if weak.keys {
            f |= flags::WEAK_KEYS;
        }
        if weak.values {
            f |= flags::WEAK_VALUES;
        }
        self.set_flags(f);
        // Re-trace under the new mode.
        let _ = Gc::write(mc, self.0);
        if let Some(ext) = self.0.ext.get() {
            ext.0.borrow_mut(mc).weak = weak;
        }
    }

    /// Called before every write: a write to a prototype invalidates the
    /// caches, and the model's key facts are forgotten.
    #[inline(always)]
    fn written(self) {
        self.0.cache.set(0);
        if self.0.flags.get() & flags::PROTO != 0 {
            bump_epoch();
        }
    }

    /// Called before a write of the one string key `key` (a new value,
    /// or the key added): a prototype bumps only that name's epoch.
    #[inline(always)]
    fn written_key(self, key: Str<'gc>) {
        self.0.cache.set(0);
        if self.0.flags.get() & flags::PROTO != 0 {
            bump_name_epoch(key);
        }
    }

    /// A prototype's shaped slot `i` is written: its key's epoch moves
    /// (out of line: the instance writes of the hot paths never come here).
    #[cold]
    #[inline(never)]
    fn proto_slot_written(self, i: usize) {
        match self.shape().key_at(i) {
            Some((key, _)) => bump_name_epoch(key),
            None => bump_epoch(),
        }
    }

    #[inline(always)]
    pub fn ext(self) -> Option<Ext<'gc>> {
        self.0.ext.get()
    }

    fn ext_or_create(self, mc: &Mutation<'gc>) -> Ext<'gc> {
        if let Some(e) = self.0.ext.get() {
            return e;
        }
        let e = Ext(Gc::new(
            mc,
            RefLock::new(ExtData {
                weak: self.weak(),
                ..ExtData::default()
            }),
        ));
        unlock!(Gc::write(mc, self.0), ObjectBox, ext).set(Some(e));
        e
    }

    // ----- shaped slots -----

    /// The value in shaped slot `i` (`Empty` when out of range).
    #[inline(always)]
    pub fn slot(self, i: usize) -> Value<'gc> {
        if i < INLINE {
            return self.0.inline[i].get();
        }
        match self.0.ext.get() {
            Some(e) => {
                e.0.borrow()
                    .slots
                    .get(i - INLINE)
                    .copied()
                    .unwrap_or(Value::Empty)
            }
            None => Value::Empty,
        }
    }

    /// Overwrite shaped slot `i` (which must exist).
    #[inline(always)]
    pub fn set_slot(self, mc: &Mutation<'gc>, i: usize, v: Value<'gc>) {
        self.0.cache.set(0);
        if self.0.flags.get() & flags::PROTO != 0 {
            self.proto_slot_written(i);
        }
        if i < INLINE {
            field!(Gc::write(mc, self.0), ObjectBox, inline)[i]
                .unlock()
                .set(v);
            return;
        }
        if let Some(e) = self.0.ext.get() {
            if let Some(s) = e.0.borrow_mut(mc).slots.get_mut(i - INLINE) {
                *s = v;
            }
        }
    }

    fn push_slot(self, mc: &Mutation<'gc>, i: usize, v: Value<'gc>) {
        // The host's collection size limit (runtime/size_limit.rs): the
        // field is added all the same; the program is stopped soon after.
        let _ = crate::runtime::size_limit::collection_fits(i + 1);
        if i < INLINE {
            field!(Gc::write(mc, self.0), ObjectBox, inline)[i]
                .unlock()
                .set(v);
        } else {
            let e = self.ext_or_create(mc);
            e.0.borrow_mut(mc).slots.push(v);
        }
    }

    // ----- string-keyed fields -----

    /// The shaped slot of `key`, when this object is not a dictionary.
    #[inline]
    pub fn field_slot(self, key: Str<'gc>) -> Option<usize> {
        self.shape().slot_of(key)
    }

    /// The value of the string key `key` (`Empty` when absent).
    #[inline]
    pub fn get_field(self, key: Str<'gc>) -> Value<'gc> {
        let shape = self.shape();
        if !shape.is_dictionary() {
            return match shape.slot_of(key) {
                Some(i) => self.slot(i),
                None => Value::Empty,
            };
        }
        match self.0.ext.get() {
            Some(e) => {
                let e = e.0.borrow();
                match e.dict.index_of_str(key) {
                    Some(i) => e.dict.value_at(i),
                    None => Value::Empty,
                }
            }
            None => Value::Empty,
        }
    }

    /// Attributes of the string key `key`, when present.
    pub fn field_attrs(self, key: Str<'gc>) -> Option<u8> {
        let shape = self.shape();
        if !shape.is_dictionary() {
            return shape
                .slot_of(key)
                .and_then(|i| shape.key_at(i))
                .map(|k| k.1);
        }
        let e = self.0.ext.get()?;
        let e = e.0.borrow();
        e.dict.index_of_str(key).map(|i| e.dict.attrs_at(i))
    }

    /// Set the string key `key`: overwrite it when present, add it
    /// otherwise (plain attributes). Storing `Empty` clears the value but
    /// keeps the key's place (so a traversal can continue).
    pub fn set_field(self, mc: &Mutation<'gc>, key: Str<'gc>, v: Value<'gc>) {
        let shape = self.shape();
        if !shape.is_dictionary() {
            if let Some(i) = shape.slot_of(key) {
                self.set_slot(mc, i, v);
                return;
            }
            if v.is_empty() {
                return;
            }
            self.add_field(mc, key, v, 0);
            return;
        }
        self.written_key(key);
        let e = self.ext_or_create(mc);
        e.0.borrow_mut(mc).dict.set(Key(Value::Str(key)), v);
    }

    /// Add a key known to be absent, with attributes `attrs`.
    pub fn add_field(self, mc: &Mutation<'gc>, key: Str<'gc>, v: Value<'gc>, attrs: u8) {
        self.written_key(key);
        let shape = self.shape();
        if !shape.is_dictionary() {
            if let Some(child) = shape.with_key(mc, key, attrs) {
                self.push_slot(mc, shape.len(), v);
                unlock!(Gc::write(mc, self.0), ObjectBox, shape).set(child);
                return;
            }
            self.make_dictionary(mc);
        }
        let e = self.ext_or_create(mc);
        e.0.borrow_mut(mc)
            .dict
            .insert_new(Key(Value::Str(key)), v, attrs);
    }

    /// Add a key whose transition is known: `to` must be the child of the
    /// current shape that adds it (an inline cache's `Add` plan).
    #[inline]
    pub fn push_field(self, mc: &Mutation<'gc>, to: Shape<'gc>, v: Value<'gc>) {
        self.written();
        self.push_slot(mc, self.shape().len(), v);
        unlock!(Gc::write(mc, self.0), ObjectBox, shape).set(to);
    }

    /// Set a key with attributes (JavaScript's define): a changed
    /// attribute moves the object to dictionary mode.
    pub fn define_field(self, mc: &Mutation<'gc>, key: Str<'gc>, v: Value<'gc>, attrs: u8) {
        match self.field_attrs(key) {
            None => self.add_field(mc, key, v, attrs),
            Some(a) if a == attrs => self.set_field(mc, key, v),
            Some(_) => {
                self.make_dictionary(mc);
                self.written();
                let e = self.ext_or_create(mc);
                let mut e = e.0.borrow_mut(mc);
                if let Some(i) = e.dict.index_of_str(key) {
                    e.dict.set_at(i, v);
                    e.dict.set_attrs_at(i, attrs);
                }
            }
        }
    }

    /// Remove the string key `key` for real (later keys keep their order).
    pub fn remove_field(self, mc: &Mutation<'gc>, key: Str<'gc>) -> bool {
        if self.field_attrs(key).is_none() {
            return false;
        }
        self.make_dictionary(mc);
        self.written();
        let e = self.ext_or_create(mc);
        let mut e = e.0.borrow_mut(mc);
        match e.dict.index_of_str(key) {
            Some(i) => {
                e.dict.remove_at(i);
                true
            }
            None => false,
        }
    }

    /// Remove every key and element: the object is empty again, with the
    /// root shape `root` (its meta object and flags stay).
    pub fn clear(self, mc: &Mutation<'gc>, root: Shape<'gc>) {
        self.written();
        let w = Gc::write(mc, self.0);
        for i in 0..INLINE {
            field!(w, ObjectBox, inline)[i].unlock().set(Value::Empty);
        }
        unlock!(w, ObjectBox, shape).set(root);
        if let Some(e) = self.0.ext.get() {
            let mut e = e.0.borrow_mut(mc);
            e.slots.clear();
            e.array.clear();
            e.dict.clear();
        }
    }

    /// Leave the shape tree: string keys move to the dictionary part, in
    /// order, with their attributes.
    pub fn make_dictionary(self, mc: &Mutation<'gc>) {
        let shape = self.shape();
        if shape.is_dictionary() {
            return;
        }
        self.written();
        let values: Vec<Value<'gc>> = (0..shape.len()).map(|i| self.slot(i)).collect();
        let e = self.ext_or_create(mc);
        {
            let mut e = e.0.borrow_mut(mc);
            let old = std::mem::take(&mut e.dict);
            let mut dict = Dict::with_capacity(shape.len() + old.len());
            for (i, (k, attrs)) in shape.keys().iter().enumerate() {
                if !values[i].is_empty() {
                    dict.insert_new(Key(Value::Str(*k)), values[i], *attrs);
                }
            }
            for i in 0..old.len() {
                if let Some((k, v)) = old.entry_at(i) {
                    if !v.is_empty() {
                        dict.insert_new(Key(k), v, old.attrs_at(i));
                    }
                }
            }
            e.dict = dict;
            e.slots = Vec::new();
        }
        let w = Gc::write(mc, self.0);
        for i in 0..INLINE {
            field!(w, ObjectBox, inline)[i].unlock().set(Value::Empty);
        }
        unlock!(w, ObjectBox, shape).set(Shape::dictionary(mc));
    }

    // ----- any key (the array part is separate) -----

    /// The value of `key` outside the array part (`Empty` when absent).
    #[inline]
    pub fn get_key(self, key: Value<'gc>) -> Value<'gc> {
        if let Value::Str(s) = key {
            return self.get_field(s);
        }
        match self.0.ext.get() {
            Some(e) => e.0.borrow().dict.get(&Key(key)),
            None => Value::Empty,
        }
    }

    /// Set `key` outside the array part (see `set_field` for `Empty`).
    pub fn set_key(self, mc: &Mutation<'gc>, key: Value<'gc>, v: Value<'gc>) {
        if let Value::Str(s) = key {
            return self.set_field(mc, s, v);
        }
        if v.is_empty() && self.0.ext.get().is_none() {
            return;
        }
        self.written();
        let e = self.ext_or_create(mc);
        e.0.borrow_mut(mc).dict.set(Key(key), v);
    }

    /// Remove `key` (outside the array part) for real.
    pub fn remove_key(self, mc: &Mutation<'gc>, key: Value<'gc>) -> bool {
        if let Value::Str(s) = key {
            return self.remove_field(mc, s);
        }
        let Some(e) = self.0.ext.get() else {
            return false;
        };
        self.written();
        let mut e = e.0.borrow_mut(mc);
        match e.dict.index_of(&Key(key)) {
            Some(i) => {
                e.dict.remove_at(i);
                true
            }
            None => false,
        }
    }

    /// Attributes of a non-array key, when present.
    pub fn key_attrs(self, key: Value<'gc>) -> Option<u8> {
        if let Value::Str(s) = key {
            return self.field_attrs(s);
        }
        let e = self.0.ext.get()?;
        let e = e.0.borrow();
        e.dict.index_of(&Key(key)).map(|i| e.dict.attrs_at(i))
    }

    /// Define a non-string key with attributes (dictionary part).
    pub fn define_key(self, mc: &Mutation<'gc>, key: Value<'gc>, v: Value<'gc>, attrs: u8) {
        if let Value::Str(s) = key {
            return self.define_field(mc, s, v, attrs);
        }
        self.written();
        let e = self.ext_or_create(mc);
        let mut e = e.0.borrow_mut(mc);
        match e.dict.index_of(&Key(key)) {
            Some(i) => {
                e.dict.set_at(i, v);
                e.dict.set_attrs_at(i, attrs);
            }
            None => e.dict.insert_new(Key(key), v, attrs),
        }
    }

    // ----- keyed entries in order: shaped fields, then the dictionary -----

    /// Number of keyed positions (tombstones included).
    pub fn keyed_len(self) -> usize {
        let shape = self.shape();
        let n = if shape.is_dictionary() {
            0
        } else {
            shape.len()
        };
        n + self.0.ext.get().map_or(0, |e| e.0.borrow().dict.len())
    }

    /// The entry at keyed position `pos`; the value is `Empty` for a
    /// cleared key.
    pub fn keyed_entry(self, pos: usize) -> Option<(Value<'gc>, Value<'gc>)> {
        let shape = self.shape();
        let n = if shape.is_dictionary() {
            0
        } else {
            shape.len()
        };
        if pos < n {
            let (k, _) = shape.key_at(pos)?;
            return Some((Value::Str(k), self.slot(pos)));
        }
        let e = self.0.ext.get()?;
        let e = e.0.borrow();
        e.dict.entry_at(pos - n)
    }

    /// Attributes of the entry at keyed position `pos`.
    pub fn keyed_attrs(self, pos: usize) -> u8 {
        let shape = self.shape();
        let n = if shape.is_dictionary() {
            0
        } else {
            shape.len()
        };
        if pos < n {
            return shape.key_at(pos).map_or(0, |k| k.1);
        }
        self.0
            .ext
            .get()
            .map_or(0, |e| e.0.borrow().dict.attrs_at(pos - n))
    }

    /// The keyed position of `key`.
    pub fn keyed_position(self, key: Value<'gc>) -> Option<usize> {
        let shape = self.shape();
        let n = if shape.is_dictionary() {
            0
        } else {
            shape.len()
        };
        if let (Value::Str(s), false) = (key, shape.is_dictionary()) {
            if let Some(i) = shape.slot_of(s) {
                return Some(i);
            }
        }
        let e = self.0.ext.get()?;
        let e = e.0.borrow();
        e.dict.index_of(&Key(key)).map(|i| n + i)
    }

    /// How many keyed entries are live (values that are not `Empty`),
    /// without collecting them.
    pub fn keyed_live_len(self) -> usize {
        let shape = self.shape();
        let shaped = if shape.is_dictionary() {
            0
        } else {
            (0..shape.len())
                .filter(|&i| !self.slot(i).is_empty())
                .count()
        };
        shaped + self.0.ext.get().map_or(0, |e| e.0.borrow().dict.live_len())
    }

    /// Live keyed entries (values that are not `Empty`), in order.
    pub fn keyed_entries(self) -> Vec<(Value<'gc>, Value<'gc>)> {
        (0..self.keyed_len())
            .filter_map(|i| self.keyed_entry(i))
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }

    /// Run `f` on the dictionary part.
    pub fn with_dict<R>(self, f: impl FnOnce(Option<&Dict<'gc>>) -> R) -> R {
        match self.0.ext.get() {
            Some(e) => f(Some(&e.0.borrow().dict)),
            None => f(None),
        }
    }

    /// Run `f` on the dictionary part, mutably.
    pub fn with_dict_mut<R>(self, mc: &Mutation<'gc>, f: impl FnOnce(&mut Dict<'gc>) -> R) -> R {
        self.written();
        let e = self.ext_or_create(mc);
        let mut e = e.0.borrow_mut(mc);
        f(&mut e.dict)
    }

    // ----- the array part (0-based) -----

    #[inline]
    pub fn array_len(self) -> usize {
        self.0.ext.get().map_or(0, |e| e.0.borrow().array.len())
    }

    /// Element `i` (`Empty` when out of range or a hole).
    #[inline(always)]
    pub fn array_get(self, i: usize) -> Value<'gc> {
        match self.0.ext.get() {
            Some(e) => e.0.borrow().array.get(i).copied().unwrap_or(Value::Empty),
            None => Value::Empty,
        }
    }

    /// Overwrite element `i`; false (nothing done) when out of range.
    #[inline]
    pub fn array_set(self, mc: &Mutation<'gc>, i: usize, v: Value<'gc>) -> bool {
        let Some(e) = self.0.ext.get() else {
            return false;
        };
        let mut e = e.0.borrow_mut(mc);
        match e.array.get_mut(i) {
            Some(slot) => {
                *slot = v;
                drop(e);
                if self.is_proto() {
                    bump_epoch();
                }
                true
            }
            None => false,
        }
    }

    pub fn array_push(self, mc: &Mutation<'gc>, v: Value<'gc>) {
        if self.is_proto() {
            bump_epoch();
        }
        let e = self.ext_or_create(mc);
        let mut e = e.0.borrow_mut(mc);
        if e.array.len() == e.array.capacity() && e.array.len() >= 64 {
            mc.metrics().adjust_debt(e.array.len() as f64 / 4.0);
        }
        // The host's collection size limit (see `push_slot`).
        let _ = crate::runtime::size_limit::collection_fits(e.array.len() + 1);
        e.array.push(v);
    }

    /// Run `f` on the elements.
    pub fn with_array<R>(self, f: impl FnOnce(&[Value<'gc>]) -> R) -> R {
        match self.0.ext.get() {
            Some(e) => f(&e.0.borrow().array),
            None => f(&[]),
        }
    }

    /// Run `f` on the elements, mutably. `f` must not run user code.
    pub fn with_array_mut<R>(
        self,
        mc: &Mutation<'gc>,
        f: impl FnOnce(&mut Vec<Value<'gc>>) -> R,
    ) -> R {
        if self.is_proto() {
            bump_epoch();
        }
        let e = self.ext_or_create(mc);
        let mut e = e.0.borrow_mut(mc);
        let before = e.array.capacity();
        let r = f(&mut e.array);
        // The host's collection size limit (see `push_slot`).
        let _ = crate::runtime::size_limit::collection_fits(e.array.len());
        let after = e.array.capacity();
        if after > before && after >= 64 {
            mc.metrics().adjust_debt((after - before) as f64 / 4.0);
        }
        r
    }

    // ----- internal slots -----

    pub fn internal(self, i: usize) -> Value<'gc> {
        match self.0.ext.get() {
            Some(e) => {
                e.0.borrow()
                    .internal
                    .get(i)
                    .copied()
                    .unwrap_or(Value::Empty)
            }
            None => Value::Empty,
        }
    }

    pub fn set_internal(self, mc: &Mutation<'gc>, i: usize, v: Value<'gc>) {
        let e = self.ext_or_create(mc);
        let mut e = e.0.borrow_mut(mc);
        if e.internal.len() <= i {
            e.internal.resize(i + 1, Value::Empty);
        }
        e.internal[i] = v;
    }

    // ----- collection support -----

    /// Clear entries whose weakly held object is dead (weak objects, at
    /// the fully marked phase of a collection).
    pub fn clear_dead(self, mc: &Mutation<'gc>, is_dead: impl Fn(Value<'gc>) -> bool) {
        let weak = self.weak();
        if weak.values {
            for i in 0..INLINE {
                if is_dead(self.0.inline[i].get()) {
                    field!(Gc::write(mc, self.0), ObjectBox, inline)[i]
                        .unlock()
                        .set(Value::Empty);
                }
            }
        }
        let Some(e) = self.0.ext.get() else {
            return;
        };
        let mut e = e.0.borrow_mut(mc);
        if weak.values {
            let ExtData { slots, array, .. } = &mut *e;
            for v in slots.iter_mut().chain(array.iter_mut()) {
                if is_dead(*v) {
                    *v = Value::Empty;
                }
            }
        }
        e.dict
            .retain_live(|k, v| (weak.keys && is_dead(k)) || (weak.values && is_dead(v)));
    }
}
