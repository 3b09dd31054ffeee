//! Inline caches of attribute gets and sets (DESIGN.md "Performance
//! design"). Each `GetField`/`SetField`/`GetMethod`/`GetUpField`/
//! `SetUpField` instruction owns one cache in its prototype. A cache holds
//! the plan a model made on a miss (`model::plan`) with its guards:
//!
//! - `shape`: the receiver's shape when the plan was made — every plan
//!   holds only for it (invalidated by nothing: shapes are immutable; a
//!   receiver that gains or loses a key has another shape);
//! - `meta` and `epoch` (guarded plans): the receiver's meta object and
//!   the epoch of the key's name (`object::name_epoch`) — invalidated by
//!   giving the receiver another meta object, by a write of that name (or
//!   of a name in its bucket) to an object marked as a prototype, or by
//!   any other kind of write to one (`object::bump_epoch`).
//!
//! Two entries per site, most recent first: a miss puts the new plan first
//! (replacing the entry for the same shape, else pushing the older one
//! out).

use gc_arena::Collect;

/// Entries per inline-cache site.
pub const WAYS: usize = 2;

use crate::model::{GetPlan, SetPlan};
use crate::object::{Object, Shape};
use crate::string::Str;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CacheKind {
    #[default]
    Empty,
    /// Read or write shaped slot `slot`.
    Own,
    /// The result is `value`.
    Found,
    /// Nothing is there.
    Absent,
    /// Call `value` with the receiver and the key (and the value, for a
    /// set).
    CallWithKey,
    /// Call `value` with the receiver (and the value, for a set).
    Call,
    /// Add the key: move the receiver to shape `to`.
    Add,
    /// A method load calls `value` with the receiver first; other reads
    /// take the full rule.
    Method,
}

#[derive(Clone, Copy, Collect, Default)]
#[collect(no_drop)]
pub struct FieldCache<'gc> {
    pub shape: Option<Shape<'gc>>,
    pub meta: Option<Object<'gc>>,
    pub to: Option<Shape<'gc>>,
    pub value: Value<'gc>,
    #[collect(require_static)]
    pub epoch: u64,
    /// The name bucket whose epoch `epoch` is (`object::name_bucket`).
    #[collect(require_static)]
    pub bucket: u8,
    #[collect(require_static)]
    pub slot: u32,
    #[collect(require_static)]
    pub kind: CacheKind,
    /// The plan depends on `meta` and `epoch`.
    #[collect(require_static)]
    pub guarded: bool,
    /// The receiver was a string (a primitive: no shape; the plan holds
    /// for every string while the epoch is unchanged).
    #[collect(require_static)]
    pub string_receiver: bool,
}

impl<'gc> FieldCache<'gc> {
    /// Does this entry apply to `o` now?
    #[inline(always)]
    pub fn matches(&self, o: Object<'gc>) -> bool {
        self.shape == Some(o.shape())
            && (!self.guarded || (self.meta == o.meta() && self.epoch_holds()))
    }

    /// Has no prototype write that may change this plan happened since it
    /// was made?
    #[inline(always)]
    pub fn epoch_holds(&self) -> bool {
        self.epoch == crate::object::name_epoch(self.bucket)
    }

    /// A cache of key `key`: its bucket and that bucket's epoch now.
    fn for_key(key: Str<'gc>) -> FieldCache<'gc> {
        let bucket = crate::object::name_bucket(key);
        FieldCache {
            epoch: crate::object::name_epoch(bucket),
            bucket,
            guarded: true,
            ..FieldCache::default()
        }
    }

    pub fn from_get(o: Object<'gc>, plan: GetPlan<'gc>, key: Str<'gc>) -> FieldCache<'gc> {
        let mut c = FieldCache {
            shape: Some(o.shape()),
            meta: o.meta(),
            ..FieldCache::for_key(key)
        };
        match plan {
            GetPlan::Own { slot, guarded } => {
                c.kind = CacheKind::Own;
                c.slot = slot;
                c.guarded = guarded;
            }
            GetPlan::Found(v) => {
                c.kind = CacheKind::Found;
                c.value = v;
            }
            GetPlan::Absent => c.kind = CacheKind::Absent,
            GetPlan::Method(v) => {
                c.kind = CacheKind::Method;
                c.value = v;
            }
            GetPlan::Call { func, with_key } => {
                c.kind = if with_key {
                    CacheKind::CallWithKey
                } else {
                    CacheKind::Call
                };
                c.value = func;
            }
        }
        c
    }

    /// A plan for a string receiver.
    pub fn for_string(plan: GetPlan<'gc>, key: Str<'gc>) -> Option<FieldCache<'gc>> {
        let (kind, value) = match plan {
            GetPlan::Found(v) => (CacheKind::Found, v),
            GetPlan::Call { func, with_key } => (
                if with_key {
                    CacheKind::CallWithKey
                } else {
                    CacheKind::Call
                },
                func,
            ),
            GetPlan::Absent => (CacheKind::Absent, Value::Nil),
            GetPlan::Method(v) => (CacheKind::Method, v),
            GetPlan::Own { .. } => return None,
        };
        Some(FieldCache {
            kind,
            value,
            string_receiver: true,
            ..FieldCache::for_key(key)
        })
    }

    pub fn from_set(o: Object<'gc>, plan: SetPlan<'gc>, key: Str<'gc>) -> FieldCache<'gc> {
        let mut c = FieldCache {
            shape: Some(o.shape()),
            meta: o.meta(),
            ..FieldCache::for_key(key)
        };
        match plan {
            SetPlan::Own { slot, guarded } => {
                c.kind = CacheKind::Own;
                c.slot = slot;
                c.guarded = guarded;
            }
            SetPlan::Add { to } => {
                c.kind = CacheKind::Add;
                c.to = Some(to);
            }
            SetPlan::Call { func, with_key } => {
                c.kind = if with_key {
                    CacheKind::CallWithKey
                } else {
                    CacheKind::Call
                };
                c.value = func;
            }
        }
        c
    }
}

/// Entries of the megamorphic cache (a power of two).
pub const MEGA_ENTRIES: usize = 1024;

/// The megamorphic cache: one table for the whole runtime, indexed by
/// receiver shape and key, consulted when a site's own entries miss (a
/// call site that sees many classes: `shape:area()` over five kinds of
/// shape). An entry holds the same plan and guards as a site entry, plus
/// its key. A hit replays the plan without planning again; a miss plans
/// and fills both. Full collections (`collectgarbage()`) empty it, so it
/// keeps nothing alive that a program expects collected.
#[derive(Collect)]
#[collect(no_drop)]
pub struct MegaCache<'gc> {
    entries: Box<[(Option<Str<'gc>>, FieldCache<'gc>)]>,
}

impl Default for MegaCache<'_> {
    fn default() -> Self {
        MegaCache {
            entries: vec![(None, FieldCache::default()); MEGA_ENTRIES].into_boxed_slice(),
        }
    }
}

impl<'gc> MegaCache<'gc> {
    #[inline]
    fn index(o: Object<'gc>, key: Str<'gc>) -> usize {
        // Receivers of one shape often differ only in their metatable or
        // prototype (`{w=, h=}` as a Rect and as a Square): both go in
        // the hash, or such receivers evict each other.
        let s = gc_arena::Gc::as_ptr(o.shape().0) as usize;
        let m = o.meta().map_or(0, |m| gc_arena::Gc::as_ptr(m.0) as usize);
        let k = gc_arena::Gc::as_ptr(key.0) as usize;
        let h = ((s ^ m.rotate_left(17) ^ k.rotate_left(31)) as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - MEGA_ENTRIES.trailing_zeros())) as usize
    }

    /// The entry for `o.key`, if one holds for `o` now.
    #[inline]
    pub fn get(&self, o: Object<'gc>, key: Str<'gc>) -> Option<FieldCache<'gc>> {
        let (k, c) = &self.entries[Self::index(o, key)];
        (*k == Some(key) && c.matches(o)).then_some(*c)
    }

    pub fn put(&mut self, o: Object<'gc>, key: Str<'gc>, c: FieldCache<'gc>) {
        self.entries[Self::index(o, key)] = (Some(key), c);
    }

    /// Forget every entry.
    pub fn clear(&mut self) {
        self.entries.fill((None, FieldCache::default()));
    }
}
