//! Memory accounting for the memory limit (`Engine::set_max_memory`,
//! `omx run --max-memory`).
//!
//! gc-arena counts objects, not bytes, and most of omx's memory is in
//! buffers its objects own (string bytes, table parts, stacks). So the
//! bytes come from the allocator: [`CountingAlloc`] wraps the system
//! allocator and keeps, per thread, the number of bytes allocated and not
//! yet freed. A program that wants memory limits installs it:
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOC: omx_core::memory::CountingAlloc = omx_core::memory::CountingAlloc;
//! ```
//!
//! (the `omx` binary does; without it `Engine::set_max_memory` returns an
//! error). An engine charges to itself what the thread's count grows by
//! while it runs (every entry into the arena goes through
//! [`Meter::enter`]), so several runtimes on one thread, and the host's own
//! allocations between their slices, are kept apart. Frees during a
//! collection are the engine's own objects' and are credited to it.
//!
//! The limit is checked where it is cheap and still bounds memory: the VM
//! ends its slice when half of the headroom is spent, before a call or at
//! a return, natives that build large strings ask [`reserve`] first, and
//! between slices the engine collects all garbage and stops the program
//! (an error no handler catches, as the step limit) only when the memory
//! still in use is over the limit. Garbage not yet collected counts until
//! then, so a program near its limit collects more often.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

thread_local! {
    /// Bytes allocated on this thread through `CountingAlloc` and not freed.
    static LIVE: Cell<isize> = const { Cell::new(0) };
    /// `LIVE` value past which the engine running on this thread is over
    /// its limit (`isize::MAX` when it has none).
    static CEILING: Cell<isize> = const { Cell::new(isize::MAX) };
    /// `LIVE` value past which a collection is due before the next call:
    /// half of the headroom the engine had when it entered is spent (at
    /// least an eighth of the limit, at most all of it).
    static SOFT: Cell<isize> = const { Cell::new(isize::MAX) };
}

static INSTALLED: AtomicBool = AtomicBool::new(false);

/// The system allocator, counting the bytes each thread holds.
pub struct CountingAlloc;

/// Another allocator, counting the bytes each thread holds as
/// [`CountingAlloc`] does (the `omx` binary wraps a faster allocator so).
pub struct CountingWith<A>(pub A);

#[inline]
fn count(delta: isize) {
    // `try_with`: the allocator can run while the thread's locals are being
    // torn down; a const-initialised `Cell` has no destructor, so this only
    // fails on platforms without thread locals, where nothing is counted.
    let _ = LIVE.try_with(|l| l.set(l.get().wrapping_add(delta)));
}

// SAFETY: every method forwards to the wrapped allocator with the caller's
// arguments unchanged and returns its result; the counting only touches a
// thread-local integer and never allocates.
unsafe impl<A: GlobalAlloc> GlobalAlloc for CountingWith<A> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received (see the impl's comment).
        let p = unsafe { self.0.alloc(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received.
        let p = unsafe { self.0.alloc_zeroed(layout) };
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        // SAFETY: forwarded as received.
        unsafe { self.0.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as received.
        let p = unsafe { self.0.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

// SAFETY: each method is `CountingWith(System)`'s, with the same arguments.
unsafe impl GlobalAlloc for CountingAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received.
        unsafe { CountingWith(System).alloc(layout) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as received.
        unsafe { CountingWith(System).alloc_zeroed(layout) }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as received.
        unsafe { CountingWith(System).dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as received.
        unsafe { CountingWith(System).realloc(ptr, layout, new_size) }
    }
}

impl CountingAlloc {
    /// Note that the process counts its allocations (called by
    /// `Engine::set_max_memory`'s check; any allocation made through
    /// `CountingAlloc` also proves it).
    fn probe() -> bool {
        if INSTALLED.load(Ordering::Relaxed) {
            return true;
        }
        let before = LIVE.with(Cell::get);
        let probe = std::hint::black_box(vec![0u8; 64]);
        let counted = LIVE.with(Cell::get) != before;
        drop(probe);
        if counted {
            INSTALLED.store(true, Ordering::Relaxed);
        }
        counted
    }
}

/// Whether [`CountingAlloc`] is the global allocator.
pub fn counting_installed() -> bool {
    CountingAlloc::probe()
}

/// One engine's share of the thread's allocations, and its limit.
#[derive(Debug, Default)]
pub struct Meter {
    /// Bytes charged to this engine (what the thread's count grew by while
    /// it ran).
    pub used: isize,
    /// The limit, when one is set.
    pub limit: Option<usize>,
    /// `used` after the last full collection (`None`: none since the
    /// limit was set).
    pub after_full_gc: Option<isize>,
}

/// The engine is inside the arena; [`Entered::leave`] charges it what the
/// thread's count grew by.
pub struct Entered {
    start: isize,
    ceiling: isize,
    soft: isize,
}

impl Meter {
    /// Start charging this thread's allocations to this engine.
    pub fn enter(&self) -> Entered {
        let start = LIVE.with(Cell::get);
        let (ceiling, soft) = match self.limit {
            Some(limit) => {
                let headroom = (limit as isize).saturating_sub(self.used).max(0);
                let ceiling = start.saturating_add(headroom);
                // Half the headroom, but no less than a granule: a
                // program whose memory is all live would otherwise
                // collect everything again and again as the headroom
                // halves (twenty-five full collections of a 64 MB heap
                // before it is stopped, 6 s).
                let step = (headroom / 2).max(granule(limit));
                (ceiling, start.saturating_add(step))
            }
            None => (isize::MAX, isize::MAX),
        };
        Entered {
            start,
            ceiling: CEILING.with(|c| c.replace(ceiling)),
            soft: SOFT.with(|c| c.replace(soft)),
        }
    }

    /// Stop charging (the thread's ceiling goes back to what it was, for
    /// an engine entered from inside another's host function).
    pub fn leave(&mut self, entered: Entered) {
        let now = LIVE.with(Cell::get);
        self.used = self.used.wrapping_add(now.wrapping_sub(entered.start));
        CEILING.with(|c| c.set(entered.ceiling));
        SOFT.with(|c| c.set(entered.soft));
    }

    /// Whether the engine holds more than its limit.
    pub fn over(&self) -> bool {
        self.limit.is_some_and(|l| self.used > l as isize)
    }

    /// Whether a full collection is worth it before the next slice: the
    /// engine is past three quarters of its limit and has grown by a tenth
    /// of it since the last one, or it is over its limit and has grown by
    /// a granule since (a program just under its limit after each
    /// collection, the garbage of one iteration apart, is not collected
    /// after every slice; it is stopped once a collection leaves it over).
    pub fn wants_full_gc(&self) -> bool {
        let Some(limit) = self.limit else {
            return false;
        };
        let grown = self.after_full_gc.map(|after| self.used - after);
        let limit_bytes = limit as isize;
        (self.used > limit_bytes / 4 * 3 && grown.is_none_or(|g| g > limit_bytes / 10))
            || (self.over() && grown.is_none_or(|g| g >= granule(limit)))
    }
}

/// How far past its limit a program may get between two full collections
/// (a 32nd of the limit): the bound on the overshoot, and the least growth
/// that makes another full collection near the limit worth it.
fn granule(limit: usize) -> isize {
    (limit / 32) as isize
}

/// Whether the engine running on this thread has spent half of the memory
/// headroom it had when its slice began (checked by the VM before each
/// call and at returns: it then ends the slice, so the engine collects
/// everything and checks the limit, and runs the call in the next slice).
#[inline]
pub fn collection_due() -> bool {
    LIVE.with(Cell::get) > SOFT.with(Cell::get)
}

/// Make [`collection_due`] true until the engine leaves the arena: the VM
/// ends the slice at its next call or return (a size limit was gone past,
/// runtime/size_limit.rs).
pub fn end_slice_soon() {
    SOFT.with(|c| c.set(isize::MIN));
}

/// Whether a string of `bytes` may be built: small ones always, large ones
/// only when they fit under the running engine's memory limit, and none
/// longer than its string size limit (runtime/size_limit.rs; `bytes` is
/// the exact length). Operators
/// and natives about to build a large string ask first and raise the
/// language's out-of-memory error when it would not fit.
#[inline]
pub fn fits(bytes: usize) -> bool {
    room_for(bytes) && crate::runtime::size_limit::string_fits(bytes)
}

/// Whether a buffer of about `bytes` fits under the memory limit (an
/// estimate, so not checked against the string size limit).
#[inline]
pub fn room_for(bytes: usize) -> bool {
    bytes < 1 << 16 || reserve(bytes)
}

/// Whether `bytes` more would still fit under the running engine's limit.
pub fn reserve(bytes: usize) -> bool {
    let bytes = isize::try_from(bytes).unwrap_or(isize::MAX);
    LIVE.with(Cell::get).saturating_add(bytes) <= CEILING.with(Cell::get)
}
