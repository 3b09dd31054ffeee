//! The stackless executor: one loop runs the top frame of the running
//! thread; calls push frames, returns pop them, and protocol calls
//! (metamethods, getters, `__index` functions), natives' callbacks and
//! coroutine switches are frames too. It runs in fuel-bounded slices and
//! returns to the host between them (DESIGN.md invariant 3).
//!
//! The VM knows no language: it runs the numeric and cached-property fast
//! paths, and sends everything else to the running frame's operator table
//! (`Proto::ops`) or to the object's model (DESIGN.md invariant 4).

mod add;
mod bind;
mod call;
mod ccalls;
mod construct;
mod driver;
mod exec;
mod hooks;
mod ops;
mod receiver;
mod slow;
mod tracing;
pub mod verify;

pub use driver::{run_slice, ExecState, SliceEnd, UncaughtError, CLOSE_HANDLER, MESSAGE_HANDLER};
pub use receiver::takes_this;

use gc_arena::Mutation;

use crate::host::Host;
use crate::model::OpError;
use crate::runtime::RuntimeState;
use crate::thread::{ReturnTo, Thread};
use crate::value::Value;

/// Why the executor stopped running the current thread.
pub(crate) enum Interrupt<'gc> {
    /// An error value is propagating: unwind to the nearest catching frame.
    Throw(Value<'gc>),
    /// Fuel ran out, or a full collection was requested.
    Pause,
    /// Resume `thread` with `args` (the caller pushed its continuation).
    Resume {
        thread: Thread<'gc>,
        args: Vec<Value<'gc>>,
        mode: crate::native::ResumeMode,
    },
    /// The running coroutine yields these values.
    Yield { values: Vec<Value<'gc>> },
    /// The thread's bottom function returned these values.
    ThreadEnd { values: Vec<Value<'gc>> },
    /// The thread died of an uncaught error.
    Died(Value<'gc>),
    /// An operation failed; the instruction that ran it names the
    /// operands, then the frame's language words the error.
    Op(OpError<'gc>),
}

pub(crate) type Flow<'gc> = Result<(), Interrupt<'gc>>;

/// Everything the executor needs while a slice runs.
pub(crate) struct Vm<'gc, 'a> {
    pub mc: &'a Mutation<'gc>,
    pub rt: &'a mut RuntimeState<'gc>,
    pub host: &'a mut dyn Host,
    /// Remaining instructions in this slice.
    pub fuel: u64,
    /// Results buffer handed to natives.
    pub ret_buf: Vec<Value<'gc>>,
    /// The running thread is a coroutine (so it may yield).
    pub in_coroutine: bool,
    pub full_gc_requested: bool,
    /// Whether any frame in the resume chain below the running thread can
    /// catch an error (decides whether to record a traceback).
    pub outer_catch: bool,
    /// Traceback of the error being thrown, when nothing will catch it.
    pub traceback: Option<String>,
    /// The thread being run.
    pub running: Option<Thread<'gc>>,
    /// `rt.max_depth`, at hand for every call.
    pub max_depth: usize,
    /// Keyword arguments for the native or object about to be called.
    pub kwargs: Option<crate::object::Object<'gc>>,
    /// The language of the frame an uncaught error escaped from (it
    /// words the error's report).
    pub uncaught_ops: Option<&'static crate::model::LangOps>,
    /// The argument list of the last spread call (`CallEx`), emptied, for
    /// the next `NewList`: the compiler makes that list for one call only,
    /// and once its elements are in the argument registers nothing else
    /// holds it (its register is the first argument's).
    pub spare_list: Option<crate::object::Object<'gc>>,
}

/// Where the call of a protocol function puts its result.
pub(crate) fn one(dest: usize) -> ReturnTo {
    ReturnTo::One { dest: dest as u32 }
}
