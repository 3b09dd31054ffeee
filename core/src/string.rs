//! Immutable byte strings in the GC heap, with a lazily computed, seeded
//! hash.
//!
//! Lua strings are arbitrary bytes; Python, JavaScript and Perl strings are
//! stored as UTF-8 in the same record. Equality compares identity first,
//! then length and bytes.
//!
//! Hashing (issue "hash flooding"): a string's hash is a keyed hash
//! (foldhash) of all its bytes with the seed of the runtime that owns it.
//! The seed is the runtime's (`Engine` sets it on this thread whenever it
//! runs; see `set_hash_seed`), so a script cannot choose keys that collide.
//! The hash is computed the first time a table needs it and cached.

use std::cell::Cell;
use std::fmt;
use std::hash::{BuildHasher, Hash, Hasher};

use gc_arena::{Collect, Gc, Mutation};

thread_local! {
    static HASH_SEED: Cell<u64> = const { Cell::new(0x5EED_0F0B_1EC7_5EED) };
}

/// Make `seed` the hash seed of the runtime about to run on this thread.
pub fn set_hash_seed(seed: u64) {
    HASH_SEED.with(|s| s.set(seed));
}

/// The hash seed of the runtime running on this thread.
#[inline]
pub fn hash_seed() -> u64 {
    HASH_SEED.with(|s| s.get())
}

/// The keyed hash of `bytes` under `seed` (never 0: 0 marks "not yet
/// computed").
#[inline]
pub fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    foldhash::fast::FixedState::with_seed(seed).hash_one(bytes) | 1
}

#[derive(Collect)]
#[collect(require_static)]
pub struct StrData {
    /// 0 until a table hashes this string.
    hash: Cell<u64>,
    /// 0 until asked: 1 when every byte is ASCII, 2 otherwise (Python
    /// indexes strings by character; ASCII text indexes by byte).
    ascii: Cell<u8>,
    bytes: Box<[u8]>,
}

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Str<'gc>(pub Gc<'gc, StrData>);

impl<'gc> Str<'gc> {
    pub fn new(mc: &Mutation<'gc>, bytes: &[u8]) -> Str<'gc> {
        Str::from_boxed(mc, bytes.into())
    }

    pub fn from_vec(mc: &Mutation<'gc>, bytes: Vec<u8>) -> Str<'gc> {
        Str::from_boxed(mc, bytes.into_boxed_slice())
    }

    fn from_boxed(mc: &Mutation<'gc>, bytes: Box<[u8]>) -> Str<'gc> {
        if bytes.len() > 256 {
            // Large buffers are invisible to gc-arena's allocation counting.
            mc.metrics().adjust_debt(bytes.len() as f64 / 64.0);
        }
        Str(Gc::new(
            mc,
            StrData {
                hash: Cell::new(0),
                ascii: Cell::new(0),
                bytes,
            },
        ))
    }

    /// Whether every byte is ASCII (computed once).
    pub fn is_ascii(self) -> bool {
        let d = self.0.as_ref();
        match d.ascii.get() {
            1 => true,
            2 => false,
            _ => {
                let a = d.bytes.is_ascii();
                d.ascii.set(if a { 1 } else { 2 });
                a
            }
        }
    }

    #[inline(always)]
    pub fn as_bytes(self) -> &'gc [u8] {
        &self.0.as_ref().bytes
    }

    #[inline]
    pub fn len(self) -> usize {
        self.0.bytes.len()
    }

    pub fn is_empty(self) -> bool {
        self.0.bytes.is_empty()
    }

    /// The seeded hash (computed once, with this thread's runtime seed).
    #[inline]
    pub fn hash_code(self) -> u64 {
        let h = self.0.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_bytes(hash_seed(), &self.0.bytes);
        self.0.hash.set(h);
        h
    }

    /// Lossy UTF-8 view, for messages.
    pub fn to_str_lossy(self) -> std::borrow::Cow<'gc, str> {
        String::from_utf8_lossy(self.as_bytes())
    }

    pub fn ptr_eq(self, other: Str<'gc>) -> bool {
        Gc::ptr_eq(self.0, other.0)
    }
}

impl PartialEq for Str<'_> {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        if Gc::ptr_eq(self.0, other.0) {
            return true;
        }
        let (a, b) = (self.0.hash.get(), other.0.hash.get());
        if a != 0 && b != 0 && a != b {
            return false;
        }
        self.0.bytes == other.0.bytes
    }
}

impl Eq for Str<'_> {}

impl Hash for Str<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash_code());
    }
}

impl fmt::Debug for Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_str_lossy())
    }
}
