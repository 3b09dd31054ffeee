//! Raw object storage. Nothing in here dispatches: no metatables,
//! descriptors, prototypes or `@ISA` are consulted, and no key is
//! normalised (DESIGN.md invariant 2). Each object points to the model
//! that does all of that (`crate::model`).

pub mod dict;
pub mod key;
#[allow(clippy::module_inception)]
pub mod object;
pub mod shape;

use std::sync::atomic::{AtomicU64, Ordering};

pub use dict::Dict;
pub use key::Key;
pub use object::{Object, INLINE};
pub use shape::Shape;

/// Storage flags of an object (the low bits); a model may use the bits
/// from `MODEL_SHIFT` up for facts of its own.
pub mod flags {
    /// Keys of the dictionary part are held weakly.
    pub const WEAK_KEYS: u32 = 1;
    /// Values are held weakly.
    pub const WEAK_VALUES: u32 = 2;
    /// The object is a prototype (a metatable, an `__index` table, a type,
    /// a `[[Prototype]]`, a package): writes to it bump the epoch.
    pub const PROTO: u32 = 4;
    /// No key may be added (JavaScript's non-extensible objects).
    pub const NOT_EXTENSIBLE: u32 = 8;
    /// First bit a model may use.
    pub const MODEL_SHIFT: u32 = 8;
}

/// Property attribute bits (JavaScript's, stored with each key). Zero is a
/// plain property: writable, enumerable, configurable data.
pub mod attrs {
    pub const READ_ONLY: u8 = 1;
    pub const HIDDEN: u8 = 2;
    pub const PERMANENT: u8 = 4;
    /// The value is an accessor pair (getter, setter) object.
    pub const ACCESSOR: u8 = 8;
}

/// Which references of an object do not keep their targets alive.
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

/// The prototype epoch: a process-wide counter bumped by every write to an
/// object flagged as a prototype. A lookup cache that depends on what
/// prototypes contain (a method found on a class, "no `__newindex` on this
/// metatable") records the epoch it was filled in and is valid while the
/// epoch is unchanged. Sharing one counter between runtimes only costs
/// extra misses, never a wrong answer.
static EPOCH: AtomicU64 = AtomicU64::new(1);

/// Buckets of key names, each with an epoch of its own.
pub const NAME_BUCKETS: usize = 64;

/// The epochs by key name, our type version tags (CPython's
/// `tp_version_tag`, keyed by name instead of by type): writing key `k` of
/// a prototype bumps only the bucket of `k` ([`bump_name_epoch`]), so an
/// inline cache of a field access (`cache.rs`), whose plan depends only on
/// what the prototypes hold under *its* key, survives writes of other
/// names (`Counter.count += 1` no longer drops every method cache). A write
/// that is not about one string key (a new meta object, an array element,
/// a move to dictionary mode, a deleted key) and a write of a `__dunder__`
/// name (`__getattr__`, `__index`, `__proto__`: they change how *every*
/// name is looked up) bump all buckets ([`bump_epoch`]). Two names in one
/// bucket only cost extra misses.
static NAME_EPOCHS: [AtomicU64; NAME_BUCKETS] = [const { AtomicU64::new(1) }; NAME_BUCKETS];

#[inline(always)]
pub fn epoch() -> u64 {
    EPOCH.load(Ordering::Relaxed)
}

/// A write that may change any lookup: every epoch moves.
#[inline]
pub fn bump_epoch() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
    for e in NAME_EPOCHS.iter() {
        e.fetch_add(1, Ordering::Relaxed);
    }
}

/// The bucket of key `name` (its seeded hash: one runtime's strings all use
/// one seed).
#[inline]
pub fn name_bucket(name: crate::string::Str<'_>) -> u8 {
    (name.hash_code() % NAME_BUCKETS as u64) as u8
}

/// The epoch that guards caches of key names in `bucket`.
#[inline(always)]
pub fn name_epoch(bucket: u8) -> u64 {
    NAME_EPOCHS[bucket as usize % NAME_BUCKETS].load(Ordering::Relaxed)
}

/// A write of key `name` to a prototype.
#[inline(never)]
pub fn bump_name_epoch(name: crate::string::Str<'_>) {
    if name.as_bytes().starts_with(b"__") {
        return bump_epoch();
    }
    EPOCH.fetch_add(1, Ordering::Relaxed);
    NAME_EPOCHS[name_bucket(name) as usize].fetch_add(1, Ordering::Relaxed);
}

#[cfg(test)]
mod layout {
    /// Every object and every register pays for these sizes: keep them.
    #[test]
    fn values_and_objects_stay_small() {
        assert_eq!(std::mem::size_of::<crate::value::Value<'static>>(), 16);
        assert_eq!(std::mem::size_of::<super::object::ObjectBox<'static>>(), 72);
        assert!(std::mem::size_of::<crate::thread::Frame<'static>>() <= 32);
    }
}
