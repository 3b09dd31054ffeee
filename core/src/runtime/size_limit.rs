//! The host's string and collection size limits (`Engine::size_limits`,
//! the embedding's `Runtime::set_max_string_len` and
//! `Runtime::set_max_collection_len`).
//!
//! The limits are checked where the core makes strings and grows
//! collections, so that every language and every builtin is bounded by
//! them: a string is made in `Str::new`/`Str::from_vec` (natives'
//! results, builders such as `join` and `format`), grown in `Str::concat`
//! (`..`, `+`, `.=`), and asked for beforehand in `memory::fits` (the
//! repeat operators `string.rep`, `*`, `x`, `repeat`); a collection is the
//! array part or the keyed part of a core object (Lua tables, Python
//! lists, dicts and sets, JavaScript arrays and objects, Perl arrays and
//! hashes), grown in `Object::array_push`, `Object::with_array_mut`, a
//! shaped field added, and `Dict::insert_new`.
//!
//! The limits are in force only while a slice of a program runs (the
//! engine sets them on its thread around `run_slice`): the host's own
//! conversions between slices are not limited. When a check fails the
//! limit is recorded here and the slice is made to end (the memory
//! meter's "collection due" mark is set, which the VM looks at before each
//! call and at each return); an error raised after it is caught by no
//! handler of the program (vm/driver.rs `unwind` ends the slice instead).
//! The engine then stops the program and reports which limit it hit and
//! where: like the step and memory limits, no handler of the program sees
//! it. A concatenation or repetition that would be too long is not made
//! (a concatenation gives back its left operand, a repeat is refused
//! before it allocates); a builder's finished buffer (`join`, `format`, a
//! host function's result) is already made, so it becomes the string
//! (callers may rely on its length), and the program is stopped at its
//! next call or return. A collection gets its element (every caller may
//! rely on a push having happened) and no more than what the
//! instructions left before the slice ends add.

use std::cell::Cell;

/// The host's limits; `None`: no limit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SizeLimits {
    /// The longest string, in bytes.
    pub max_string: Option<usize>,
    /// The most elements in an array part, or entries in a keyed part.
    pub max_collection: Option<usize>,
}

/// Which limit a program went past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeKind {
    String,
    Collection,
}

/// A size limit the program went past, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeExceeded {
    pub kind: SizeKind,
    /// The limit that was set.
    pub limit: usize,
    /// The size the program asked for.
    pub size: usize,
    /// The chunk and line of the innermost compiled frame running then
    /// (`None` when there was none, e.g. a host function called by the
    /// host).
    pub at: Option<(String, u32)>,
}

thread_local! {
    static MAX_STRING: Cell<usize> = const { Cell::new(usize::MAX) };
    static MAX_COLLECTION: Cell<usize> = const { Cell::new(usize::MAX) };
    /// The first limit gone past in the running slice.
    static HIT: Cell<Option<(SizeKind, usize, usize)>> = const { Cell::new(None) };
}

/// The limits of the engine whose slice runs on this thread, and what was
/// in force before (an engine may run inside another's host function).
pub struct Active {
    string: usize,
    collection: usize,
    hit: Option<(SizeKind, usize, usize)>,
}

/// Put `limits` in force on this thread for one slice.
pub fn enter(limits: SizeLimits) -> Active {
    Active {
        string: MAX_STRING.with(|c| c.replace(limits.max_string.unwrap_or(usize::MAX))),
        collection: MAX_COLLECTION.with(|c| c.replace(limits.max_collection.unwrap_or(usize::MAX))),
        hit: HIT.with(|c| c.replace(None)),
    }
}

/// End the slice's limits: the limit gone past, if one was (kind, limit,
/// size).
pub fn leave(active: Active) -> Option<(SizeKind, usize, usize)> {
    MAX_STRING.with(|c| c.set(active.string));
    MAX_COLLECTION.with(|c| c.set(active.collection));
    HIT.with(|c| c.replace(active.hit))
}

/// Whether a limit was gone past in the running slice (the VM's unwinding
/// then lets no handler catch the error that follows).
#[inline]
pub fn exceeded() -> bool {
    HIT.with(|c| c.get().is_some())
}

/// Whether a string of `len` bytes may be made; when not, the limit is
/// recorded and the slice is made to end.
#[inline]
pub fn string_fits(len: usize) -> bool {
    let max = MAX_STRING.with(Cell::get);
    len <= max || went_past(SizeKind::String, max, len)
}

/// Whether a collection may hold `len` elements (checked as it grows);
/// when not, as [`string_fits`].
#[inline]
pub fn collection_fits(len: usize) -> bool {
    let max = MAX_COLLECTION.with(Cell::get);
    len <= max || went_past(SizeKind::Collection, max, len)
}

#[cold]
#[inline(never)]
fn went_past(kind: SizeKind, limit: usize, size: usize) -> bool {
    HIT.with(|c| {
        if c.get().is_none() {
            c.set(Some((kind, limit, size)));
        }
    });
    crate::memory::end_slice_soon();
    false
}

/// The chunk and line of the innermost compiled frame of `ts`.
pub fn innermost_position(ts: &crate::thread::ThreadState<'_>) -> Option<(String, u32)> {
    ts.frames.iter().rev().find_map(|frame| match frame {
        crate::thread::Frame::Lua(f) => {
            let proto = f.closure.proto();
            let pc = (f.pc as usize).saturating_sub(1);
            Some((proto.info.chunk_name.to_string(), proto.line_at(pc)))
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_hold_only_while_entered_and_the_first_hit_is_kept() {
        assert!(string_fits(usize::MAX));
        let active = enter(SizeLimits {
            max_string: Some(10),
            max_collection: Some(3),
        });
        assert!(string_fits(10) && collection_fits(3));
        assert!(!exceeded());
        assert!(!collection_fits(4));
        assert!(!string_fits(11));
        assert!(exceeded());
        assert_eq!(leave(active), Some((SizeKind::Collection, 3, 4)));
        assert!(!exceeded());
        assert!(string_fits(1 << 40) && collection_fits(1 << 40));
    }
}
