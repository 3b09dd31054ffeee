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
//!
//! Appending (`s = s .. x`, Perl's `$s .= $x`): a long string made by
//! concatenation keeps its bytes in a growable buffer with spare room,
//! shared with the strings appended to it. When the left operand of a
//! concatenation ends exactly where its buffer is filled, the right
//! operand's bytes are written into the spare room and the new string is
//! a longer prefix of the same buffer. Strings stay immutable: bytes below
//! a buffer's fill mark are never written again, so a loop of appends
//! costs time linear in the final length, not quadratic (perl's own
//! in-place `.=`; CPython's `+=` with one reference).
//!
//! Short strings (at most `INLINE` bytes: characters, keys, numbers as
//! text) keep their bytes inside the string record itself: one heap
//! allocation per string instead of two (a record and a byte buffer),
//! which halves the allocator and sweeping work of string-heavy code.
//!
//! Every string is made in `from_boxed`, `inline` or `concat`, where the host's
//! string size limit is checked (runtime/size_limit.rs).

use std::cell::{Cell, UnsafeCell};
use std::fmt;
use std::hash::{BuildHasher, Hash, Hasher};
use std::rc::Rc;

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

/// Concatenations at least this long get a growable buffer.
const GROWABLE_MIN: usize = 64;

/// Strings up to this many bytes are stored in their record (the size of
/// the largest other owner, so the record does not grow).
pub const INLINE: usize = 22;

#[derive(Collect)]
#[collect(require_static)]
pub struct StrData {
    /// 0 until a table hashes this string.
    hash: Cell<u64>,
    /// 0 until asked: 1 when every byte is ASCII, 2 otherwise (Python
    /// indexes strings by character; ASCII text indexes by byte).
    ascii: Cell<u8>,
    /// The string is the first `len` bytes at `ptr`, inside `owner`'s heap
    /// allocation or inside this record (`Owner::Inline`; set right after
    /// the record is placed in the heap, where it never moves). Either
    /// lives as long as this record.
    ptr: Cell<*const u8>,
    len: usize,
    owner: Owner,
}

/// Who owns a string's bytes.
enum Owner {
    /// Short strings: the bytes are part of the record.
    Inline([u8; INLINE]),
    Boxed(#[allow(dead_code)] Box<[u8]>),
    /// A prefix of a buffer that later strings may extend.
    Shared(Rc<Growable>),
}

/// A fixed-size buffer filled from the front; see the module documentation.
struct Growable {
    data: Box<[UnsafeCell<u8>]>,
    /// Bytes `..fill` are written and never change again.
    fill: Cell<usize>,
}

impl Growable {
    /// A buffer of `capacity` bytes holding `head` then `tail`.
    fn new(head: &[u8], tail: &[u8], capacity: usize) -> Growable {
        let fill = head.len() + tail.len();
        let data = head
            .iter()
            .chain(tail)
            .copied()
            .chain(std::iter::repeat_n(0, capacity.saturating_sub(fill)))
            .map(UnsafeCell::new)
            .collect();
        Growable {
            data,
            fill: Cell::new(fill),
        }
    }

    fn start(&self) -> *const u8 {
        // UnsafeCell<u8> is repr(transparent) over u8.
        self.data.as_ptr().cast::<u8>()
    }

    /// Writes `extra` at `at` if `at` is the fill mark and it fits.
    fn try_append(&self, at: usize, extra: &[u8]) -> bool {
        if at != self.fill.get() || self.data.len() - at < extra.len() {
            return false;
        }
        // SAFETY: `at + extra.len() <= data.len()` (checked above), so the
        // destination lies inside the buffer; the bytes there are at or past
        // the fill mark, which no string's slice covers (every string built
        // on this buffer has `len <= fill`), and `extra`, when it comes from
        // this buffer, lies below the mark: the regions do not overlap and
        // no shared slice sees the write. UnsafeCell makes writing through
        // `&self` allowed.
        unsafe {
            let dst = UnsafeCell::raw_get(self.data.as_ptr().add(at));
            std::ptr::copy_nonoverlapping(extra.as_ptr(), dst, extra.len());
        }
        self.fill.set(at + extra.len());
        true
    }
}

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Str<'gc>(pub Gc<'gc, StrData>);

impl<'gc> Str<'gc> {
    pub fn new(mc: &Mutation<'gc>, bytes: &[u8]) -> Str<'gc> {
        if bytes.len() <= INLINE {
            return Str::inline(mc, bytes);
        }
        Str::from_boxed(mc, bytes.into())
    }

    pub fn from_vec(mc: &Mutation<'gc>, bytes: Vec<u8>) -> Str<'gc> {
        if bytes.len() <= INLINE {
            return Str::inline(mc, &bytes);
        }
        Str::from_boxed(mc, bytes.into_boxed_slice())
    }

    fn from_boxed(mc: &Mutation<'gc>, bytes: Box<[u8]>) -> Str<'gc> {
        // The host's string size limit (runtime/size_limit.rs): the bytes
        // are made already, so the string is too (a caller may rely on
        // its length), and the program is stopped at its next call or
        // return.
        let _ = crate::runtime::size_limit::string_fits(bytes.len());
        Str::report(mc, bytes.len());
        Str::record(mc, bytes.as_ptr(), bytes.len(), Owner::Boxed(bytes))
    }

    /// A short string, its bytes in its own record (`bytes.len() <= INLINE`).
    fn inline(mc: &Mutation<'gc>, bytes: &[u8]) -> Str<'gc> {
        // The size limit, as in `from_boxed` (a host may set one this low).
        let _ = crate::runtime::size_limit::string_fits(bytes.len());
        let mut buf = [0u8; INLINE];
        buf[..bytes.len()].copy_from_slice(bytes);
        let s = Str::record(mc, std::ptr::null(), bytes.len(), Owner::Inline(buf));
        let d: &'gc StrData = s.0.as_ref();
        if let Owner::Inline(b) = &d.owner {
            // The record is in the heap now and never moves: its bytes'
            // address is fixed for as long as the record lives.
            d.ptr.set(b.as_ptr());
        }
        s
    }

    /// Large buffers are invisible to gc-arena's allocation counting.
    fn report(mc: &Mutation<'gc>, bytes: usize) {
        if bytes > 256 {
            mc.metrics().adjust_debt(bytes as f64 / 64.0);
        }
    }

    fn record(mc: &Mutation<'gc>, ptr: *const u8, len: usize, owner: Owner) -> Str<'gc> {
        Str(Gc::new(
            mc,
            StrData {
                hash: Cell::new(0),
                ascii: Cell::new(0),
                ptr: Cell::new(ptr),
                len,
                owner,
            },
        ))
    }

    /// `head .. tail`. When `head` ends at its growable buffer's fill mark
    /// and `tail` fits in the spare room, `tail` is written there and the
    /// result shares the buffer (amortised O(len(tail))); a long result
    /// otherwise starts a new buffer with half as much room again.
    pub fn concat(mc: &Mutation<'gc>, head: Str<'gc>, tail: &[u8]) -> Str<'gc> {
        let len = head.len() + tail.len();
        if !crate::runtime::size_limit::string_fits(len) {
            // Past the host's string size limit: nothing is made, and the
            // program is stopped before it looks (runtime/size_limit.rs).
            return head;
        }
        if let Owner::Shared(buf) = &head.0.owner {
            if buf.try_append(head.len(), tail) {
                return Str::record(mc, buf.start(), len, Owner::Shared(buf.clone()));
            }
        }
        if len <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..head.len()].copy_from_slice(head.as_bytes());
            buf[head.len()..len].copy_from_slice(tail);
            return Str::inline(mc, &buf[..len]);
        }
        if len < GROWABLE_MIN {
            let mut out = Vec::with_capacity(len);
            out.extend_from_slice(head.as_bytes());
            out.extend_from_slice(tail);
            return Str::from_vec(mc, out);
        }
        let capacity = len.saturating_add(len / 2);
        Str::report(mc, capacity);
        let buf = Rc::new(Growable::new(head.as_bytes(), tail, capacity));
        Str::record(mc, buf.start(), len, Owner::Shared(buf))
    }

    /// Whether every byte is ASCII (computed once).
    pub fn is_ascii(self) -> bool {
        let d = self.0.as_ref();
        match d.ascii.get() {
            1 => true,
            2 => false,
            _ => {
                let a = self.as_bytes().is_ascii();
                d.ascii.set(if a { 1 } else { 2 });
                a
            }
        }
    }

    #[inline(always)]
    pub fn as_bytes(self) -> &'gc [u8] {
        let d = self.0.as_ref();
        // SAFETY: `ptr` points at `len` initialised bytes inside the heap
        // allocation `owner` holds (a Box or a shared Growable whose fill
        // mark is at least `len`) or inside this record's own `Inline`
        // array (set by `Str::inline` once the record is in the heap, before
        // the string is handed out; a Gc allocation never moves); either
        // lives as long as this record (so for 'gc) and those bytes are
        // never written again.
        unsafe { std::slice::from_raw_parts(d.ptr.get(), d.len) }
    }

    #[inline]
    pub fn len(self) -> usize {
        self.0.len
    }

    pub fn is_empty(self) -> bool {
        self.0.len == 0
    }

    /// The seeded hash (computed once, with this thread's runtime seed).
    #[inline]
    pub fn hash_code(self) -> u64 {
        let h = self.0.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_bytes(hash_seed(), self.as_bytes());
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
        self.as_bytes() == other.as_bytes()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_strings_live_in_their_record() {
        // The inline array takes no more room than a boxed owner did.
        assert!(std::mem::size_of::<StrData>() <= 56);
        gc_arena::arena::rootless_mutate(|mc| {
            for n in [0, 1, INLINE - 1, INLINE, INLINE + 1, 100] {
                let bytes: Vec<u8> = (0..n as u8).collect();
                for s in [
                    Str::new(mc, &bytes),
                    Str::from_vec(mc, bytes.clone()),
                    Str::concat(mc, Str::new(mc, &bytes[..n / 2]), &bytes[n / 2..]),
                ] {
                    assert_eq!(s.as_bytes(), &bytes[..]);
                    assert_eq!(s, Str::new(mc, &bytes));
                    let inside = matches!(s.0.owner, Owner::Inline(_));
                    assert_eq!(inside, n <= INLINE, "{n} bytes");
                    if inside {
                        let rec = Gc::as_ptr(s.0) as usize;
                        let at = s.as_bytes().as_ptr() as usize;
                        assert!(at >= rec && at < rec + std::mem::size_of::<StrData>());
                    }
                }
            }
        });
    }

    #[test]
    fn appends_share_the_buffer_and_leave_earlier_strings_alone() {
        gc_arena::arena::rootless_mutate(|mc| {
            let a = Str::concat(mc, Str::new(mc, &[b'x'; 60]), b"0123");
            assert_eq!(a.len(), 64);
            // `a` ends at its buffer's fill mark: appending writes in place.
            let b = Str::concat(mc, a, b"b");
            assert_eq!(b.as_bytes().as_ptr(), a.as_bytes().as_ptr());
            // `a` no longer ends at the mark: a second append to it copies,
            // and neither `b` nor `a` sees the other's tail.
            let c = Str::concat(mc, a, b"c");
            assert_ne!(c.as_bytes().as_ptr(), a.as_bytes().as_ptr());
            assert_eq!(&a.as_bytes()[60..], b"0123");
            assert_eq!(&b.as_bytes()[60..], b"0123b");
            assert_eq!(&c.as_bytes()[60..], b"0123c");
            assert!(b != c && a != b);
            // A string appended to itself.
            let d = Str::concat(mc, b, b.as_bytes());
            assert_eq!(d.len(), 130);
            assert_eq!(&d.as_bytes()[..65], b.as_bytes());
            assert_eq!(&d.as_bytes()[65..], b.as_bytes());
            // A loop of appends fills one buffer after another, each half
            // as large again: few distinct buffers for many appends (short
            // strings are plain copies).
            let mut s = Str::new(mc, b"");
            let mut buffers = std::collections::HashSet::new();
            for _ in 0..10_000 {
                s = Str::concat(mc, s, b"ab");
                if s.len() >= GROWABLE_MIN {
                    buffers.insert(s.as_bytes().as_ptr() as usize);
                }
            }
            assert_eq!(s.len(), 20_000);
            assert!(s.as_bytes().chunks(2).all(|p| p == b"ab"));
            assert!(buffers.len() < 20, "{} buffers", buffers.len());
        });
    }
}

/// The first position of `needle` in `hay` (an empty needle is at 0).
/// Linear time natively (memchr's two-way search); the browser build, where
/// code size counts, scans for the first byte and compares.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    #[cfg(not(target_family = "wasm"))]
    return memchr::memmem::find(hay, needle);
    #[cfg(target_family = "wasm")]
    return small_find(hay, needle);
}

/// The last position of `needle` in `hay` (an empty needle is at the end).
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    #[cfg(not(target_family = "wasm"))]
    return memchr::memmem::rfind(hay, needle);
    #[cfg(target_family = "wasm")]
    return small_rfind(hay, needle);
}

#[cfg(any(test, target_family = "wasm"))]
fn small_find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let last = hay.len().checked_sub(needle.len())?;
    let mut i = 0;
    while i <= last {
        i += hay[i..=last].iter().position(|&b| b == first)?;
        if hay[i + 1..].starts_with(rest) {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(any(test, target_family = "wasm"))]
fn small_rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let last = hay.len().checked_sub(needle.len())?;
    (0..=last).rev().find(|&i| hay[i..].starts_with(needle))
}

#[cfg(test)]
mod search_tests {
    #[test]
    fn small_search_agrees_with_memmem() {
        let hay = b"abcabcabd, xyz abcabd";
        for needle in [
            &b""[..],
            b"a",
            b"abd",
            b"abcabd",
            b"d",
            b"zz",
            b"xyz abcabd",
            b"abcabcabd, xyz abcabd!",
        ] {
            assert_eq!(
                super::small_find(hay, needle),
                memchr::memmem::find(hay, needle)
            );
            assert_eq!(
                super::small_rfind(hay, needle),
                memchr::memmem::rfind(hay, needle)
            );
        }
    }
}
