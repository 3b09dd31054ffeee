//! Immutable byte strings in the GC heap, with a cached hash.
//!
//! Lua strings are arbitrary bytes; Python and JavaScript strings will be
//! stored as UTF-8 in the same record. Equality compares identity first, then
//! length, hash and bytes.

use std::fmt;
use std::hash::{Hash, Hasher};

use gc_arena::{Collect, Gc, Mutation};

#[derive(Collect)]
#[collect(require_static)]
pub struct StrData {
    hash: u64,
    bytes: Box<[u8]>,
}

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Str<'gc>(pub Gc<'gc, StrData>);

/// FNV-1a over the bytes: stable, cheap, good enough for table keys.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl<'gc> Str<'gc> {
    pub fn new(mc: &Mutation<'gc>, bytes: &[u8]) -> Str<'gc> {
        if bytes.len() > 256 {
            // Large buffers are invisible to gc-arena's allocation counting.
            mc.metrics().adjust_debt(bytes.len() as f64 / 64.0);
        }
        Str(Gc::new(
            mc,
            StrData {
                hash: hash_bytes(bytes),
                bytes: bytes.into(),
            },
        ))
    }

    pub fn from_vec(mc: &Mutation<'gc>, bytes: Vec<u8>) -> Str<'gc> {
        if bytes.len() > 256 {
            mc.metrics().adjust_debt(bytes.len() as f64 / 64.0);
        }
        Str(Gc::new(
            mc,
            StrData {
                hash: hash_bytes(&bytes),
                bytes: bytes.into_boxed_slice(),
            },
        ))
    }

    #[inline]
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

    #[inline]
    pub fn hash_code(self) -> u64 {
        self.0.hash
    }

    /// Lossy UTF-8 view, for messages.
    pub fn to_str_lossy(self) -> std::borrow::Cow<'gc, str> {
        String::from_utf8_lossy(self.as_bytes())
    }
}

impl PartialEq for Str<'_> {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0)
            || (self.0.hash == other.0.hash && self.0.bytes == other.0.bytes)
    }
}

impl Eq for Str<'_> {}

impl Hash for Str<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.0.hash);
    }
}

impl fmt::Debug for Str<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_str_lossy())
    }
}
