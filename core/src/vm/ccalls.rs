//! The limit on nested calls made from natives and operations (Lua 5.4's
//! C-call limit: ldo.c `ccall`, lstate.c `luaE_checkcstack`,
//! `LUAI_MAXCCALLS` = 200).
//!
//! omx is stackless, so a native that calls back into the program (a
//! `gsub` replacement function, a `sort` comparator, `pcall`) or an
//! operation that calls a metamethod grows no Rust stack: it waits in a
//! native frame. lua5.4 counts those calls and stops them at 200 nested
//! levels ("C stack overflow"), well before its Lua stack limit; programs
//! and the official test suite rely on that (a `gsub` that recurses into
//! itself fails after ~200 levels, not 500,000). The rule, as
//! `luaE_checkcstack`:
//!
//! 1. the call that makes the count exactly `MAX_C_CALLS` raises
//!    "C stack overflow" (positioned like any runtime error: by the
//!    operation, or without a position from inside a builtin);
//! 2. the levels above it are room for a message handler or `__close`
//!    handling that error;
//! 3. past that room (11/10 of the limit) the error is
//!    "error in error handling".
//!
//! The count is the length of `ThreadState::natives`, the frame indexes of
//! the native frames that wait for a call. Frames are popped in many
//! places; an index that no longer names a native frame is stale and is
//! dropped before the next push (frames change only at the top, so stale
//! entries are always the last ones).

use super::{Flow, Interrupt, Vm};
use crate::model::{ErrorSite, OpError};
use crate::thread::{Frame, NativeFrame, Thread, ThreadState};

/// LUAI_MAXCCALLS.
pub(crate) const MAX_C_CALLS: usize = 200;

/// LUAI_MAXCCALLS / 10 * 11: past this even error handling stops.
const MAX_C_CALLS_HANDLING: usize = MAX_C_CALLS / 10 * 11;

impl<'gc> Vm<'gc, '_> {
    /// Push a native frame that waits for a call it is about to make, and
    /// count it as one nested C call. The frame is pushed even when the
    /// count is past the limit: a catching native (`pcall`) then receives
    /// the error, as `lua_pcall` does.
    pub(crate) fn push_native(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        frame: NativeFrame<'gc>,
    ) -> Flow<'gc> {
        let site = match frame.callee {
            Some(_) => ErrorSite::Builtin,
            None => ErrorSite::Instruction,
        };
        drop_stale(ts);
        ts.natives.push(ts.frames.len() as u32);
        ts.frames.push(Frame::Native(Box::new(frame)));
        let depth = ts.natives.len();
        if depth == MAX_C_CALLS {
            let err = OpError::Message("C stack overflow".into());
            return Err(self.plain_error(ts, thread, err, site));
        }
        if depth >= MAX_C_CALLS_HANDLING {
            let msg = crate::string::Str::new(self.mc, b"error in error handling");
            return Err(Interrupt::Throw(crate::value::Value::Str(msg)));
        }
        Ok(())
    }
}

/// Forget recorded native frames that have been popped.
fn drop_stale(ts: &mut ThreadState<'_>) {
    while let Some(&i) = ts.natives.last() {
        match ts.frames.get(i as usize) {
            Some(Frame::Native(_)) => break,
            _ => {
                ts.natives.pop();
            }
        }
    }
}
