//! Debug hooks: a function the VM calls at events of one thread's run
//! (Lua 5.4 §4.7 `lua_sethook`, §6.10 `debug.sethook`; ldo.c `luaD_hook`,
//! `luaD_hookcall`, `rethook`; ldebug.c `luaG_traceexec`). The hook is set
//! per thread (`Thread::set_hook`); the VM runs a hooked thread one
//! instruction at a time and calls the hook as a frame of the thread
//! (vm/hooks.rs), so a thread without a hook pays nothing.

use gc_arena::Collect;

use crate::value::Value;

/// Call events: a function is entered (its first instruction is about to
/// run, or a native is about to be called).
pub const MASK_CALL: u8 = 1;
/// Return events: a function is about to return.
pub const MASK_RETURN: u8 = 2;
/// Line events: an instruction of a new line (or a jump back) is about to
/// run.
pub const MASK_LINE: u8 = 4;
/// Count events: every `count` instructions.
pub const MASK_COUNT: u8 = 8;

/// A thread's hook: `func(event, line)` is called at the events of `mask`
/// (`event` one of "call", "tail call", "return", "line", "count"; `line`
/// the line of a line event, otherwise nil).
#[derive(Collect)]
#[collect(no_drop)]
pub struct Hook<'gc> {
    pub func: Value<'gc>,
    #[collect(require_static)]
    pub mask: u8,
    /// Instructions between count events (0: none).
    #[collect(require_static)]
    pub count: u32,
}

/// The VM's bookkeeping for a hooked thread (in its `ThreadState`).
#[derive(Debug, Default)]
pub struct HookRun {
    /// Instructions left before the next count event.
    pub counter: u32,
    /// The address of the hook `counter` counts for: a new hook (each
    /// `debug.sethook` makes one) starts its count afresh (ldebug.c
    /// `resethookcount`).
    pub counting_for: usize,
    /// The instruction position (frame count, pc) whose events are being
    /// handled, and the events already handled there (`FIRED_*`).
    pub at: (u32, u32),
    pub fired: u8,
    /// Frame count and pc of the last instruction run (Lua's `oldpc`).
    pub last: (u32, u32),
    /// A hook call is running above this frame count; when it returns,
    /// the thread's `top` is restored to the second value.
    pub running: Option<(u32, u32)>,
    /// Frame counts of compiled frames waiting for a native they called:
    /// when the native is done, its return event.
    pub native_returns: Vec<u32>,
    /// The next new frame was entered by a tail call.
    pub tail: bool,
}

pub const FIRED_NATIVE_RETURN: u8 = 1;
pub const FIRED_CALL: u8 = 2;
pub const FIRED_COUNT: u8 = 4;
pub const FIRED_LINE: u8 = 8;
pub const FIRED_RETURN: u8 = 16;
pub const FIRED_NATIVE_CALL: u8 = 32;
