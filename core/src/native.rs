//! Native (Rust) functions and how they talk to the stackless VM.
//!
//! A native never calls user code itself (DESIGN.md invariant 3). It either
//! returns results (pushed onto `ctx.ret`), or asks the executor to call a
//! function and then resume a *continuation* with that call's results
//! (`pcall`, `tostring` with `__tostring`, `table.sort` with a comparator),
//! or yields/resumes a coroutine.

use gc_arena::{Collect, Mutation};

use crate::function::NativeFunction;
use crate::host::Host;
use crate::runtime::RuntimeState;
use crate::thread::{Thread, ThreadState};
use crate::value::Value;

pub type NativeFn = for<'gc> fn(&mut Ctx<'gc, '_>, &[Value<'gc>]) -> NativeResult<'gc>;

/// Called with the results of the call a native asked for (or, when the
/// continuation catches errors, with the error value).
pub type ContFn = for<'gc> fn(
    &mut Ctx<'gc, '_>,
    Vec<Value<'gc>>,
    Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc>;

pub type NativeResult<'gc> = Result<Outcome<'gc>, NativeError<'gc>>;

/// What a native function asks of the executor. Large requests are boxed,
/// so that returning from a native moves a few words.
pub enum Outcome<'gc> {
    /// Return the values in `ctx.ret`.
    Return,
    /// Call `func(args)`, then run `then` with its results.
    Call(Box<CallOutcome<'gc>>),
    /// Run a protocol step (an operation a native performs: an index, an
    /// arithmetic event, a conversion), then run `then` with its result.
    /// A step that is already a value runs `then` at once.
    Step(Box<StepOutcome<'gc>>),
    /// Call `func(args)` in place of this native; its results are ours.
    TailCall(Box<TailCallOutcome<'gc>>),
    /// [`Outcome::TailCall`] with the arguments the native left in
    /// `ctx.ret` (no argument vector: a Perl method call's dispatch).
    TailCallRet(Value<'gc>, CallKind),
    /// Yield the values in `ctx.ret` from the running coroutine.
    Yield,
    /// Resume `thread` with the values in `ctx.ret`; the values it yields or
    /// returns become this native's results (`true, ...` / `false, err`
    /// framing is the continuation's job). `mode` says how the values
    /// arrive at the suspension point.
    Resume(Box<ResumeOutcome<'gc>>),
}

pub struct CallOutcome<'gc> {
    pub func: Value<'gc>,
    pub args: Vec<Value<'gc>>,
    pub then: Continuation<'gc>,
    pub kind: CallKind,
}

/// What a call a native asks for is, so that the executor adapts it to
/// the callee's calling convention exactly as it adapts a call from
/// compiled code (vm/receiver.rs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// A plain call, `f(args)`, in the native's own convention: a native
    /// of a language without `this` passes the arguments only; one that
    /// passes `this` first (`NativeData::this_first`, JavaScript's) passes
    /// `this` first, and `undefined` or `null` there makes the call plain
    /// (ECMA-262 §10.2.1.2) while any other value is a receiver, as in a
    /// method call.
    Plain,
    /// A method call: the first argument is the receiver, which every
    /// convention reads the same way (Lua's `self`, Python's bound
    /// `self`, Perl's invocant, JavaScript's `this`). Never adapted.
    Method,
}

pub struct StepOutcome<'gc> {
    pub step: crate::model::Step<'gc>,
    pub then: Continuation<'gc>,
}

pub struct TailCallOutcome<'gc> {
    pub func: Value<'gc>,
    pub args: Vec<Value<'gc>>,
    pub kind: CallKind,
}

pub struct ResumeOutcome<'gc> {
    pub thread: Thread<'gc>,
    pub then: Continuation<'gc>,
    pub mode: ResumeMode,
}

impl<'gc> Outcome<'gc> {
    /// Call `func(args)` (a plain call), then run `then` with its results.
    pub fn call(func: Value<'gc>, args: Vec<Value<'gc>>, then: Continuation<'gc>) -> Outcome<'gc> {
        Outcome::Call(Box::new(CallOutcome {
            func,
            args,
            then,
            kind: CallKind::Plain,
        }))
    }

    /// Call method `func` with the receiver `args[0]` and the arguments
    /// after it, then run `then` with its results.
    pub fn call_method(
        func: Value<'gc>,
        args: Vec<Value<'gc>>,
        then: Continuation<'gc>,
    ) -> Outcome<'gc> {
        Outcome::Call(Box::new(CallOutcome {
            func,
            args,
            then,
            kind: CallKind::Method,
        }))
    }

    /// Run a protocol step, then `then` with its result.
    pub fn step(step: crate::model::Step<'gc>, then: Continuation<'gc>) -> Outcome<'gc> {
        Outcome::Step(Box::new(StepOutcome { step, then }))
    }

    /// Call `func(args)` (a plain call) in place of this native.
    pub fn tail_call(func: Value<'gc>, args: Vec<Value<'gc>>) -> Outcome<'gc> {
        Outcome::TailCall(Box::new(TailCallOutcome {
            func,
            args,
            kind: CallKind::Plain,
        }))
    }

    /// Call method `func` with the receiver `args[0]` and the arguments
    /// after it, in place of this native.
    pub fn tail_call_method(func: Value<'gc>, args: Vec<Value<'gc>>) -> Outcome<'gc> {
        Outcome::TailCall(Box::new(TailCallOutcome {
            func,
            args,
            kind: CallKind::Method,
        }))
    }

    /// Resume `thread` (see `ResumeMode`).
    pub fn resume(thread: Thread<'gc>, then: Continuation<'gc>, mode: ResumeMode) -> Outcome<'gc> {
        Outcome::Resume(Box::new(ResumeOutcome { thread, then, mode }))
    }
}

/// How a suspended thread is resumed (a generator's `send`, `throw`,
/// `return`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Collect)]
#[collect(require_static)]
pub enum ResumeMode {
    /// The values become the results of the suspension point (`yield`).
    Values,
    /// The first value is raised at the suspension point.
    Throw,
    /// The thread returns the first value at the suspension point, running
    /// its `finally` blocks on the way out.
    Return,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct Continuation<'gc> {
    #[collect(require_static)]
    pub func: ContFn,
    pub state: Vec<Value<'gc>>,
    /// An error raised by the call is handed to `func` instead of unwinding
    /// past it (`pcall`, `xpcall`, coroutine resumption).
    pub catch_errors: bool,
    /// A message handler (`xpcall`'s): called with an error this
    /// continuation catches at the point the error is raised, before
    /// anything unwinds, so that it sees the whole stack; its result is the
    /// error the continuation receives.
    pub handler: Option<Value<'gc>>,
    /// A coroutine may yield while this continuation waits (Lua 5.4:
    /// the native called with `lua_callk`/`lua_pcallk`, which give the
    /// call a continuation: `pcall`, `xpcall`, `pairs`' `__pairs`). A
    /// language's `yield` refuses to cross a native frame whose
    /// continuation is not yieldable ("attempt to yield across a C-call
    /// boundary"); frames of the VM's own operations (`callee: None`)
    /// never stop a yield. Only Lua reads it today.
    pub yieldable: bool,
}

impl<'gc> Continuation<'gc> {
    pub fn new(func: ContFn, state: Vec<Value<'gc>>) -> Continuation<'gc> {
        Continuation {
            func,
            state,
            catch_errors: false,
            handler: None,
            yieldable: false,
        }
    }

    pub fn catching(func: ContFn, state: Vec<Value<'gc>>) -> Continuation<'gc> {
        Continuation {
            func,
            state,
            catch_errors: true,
            handler: None,
            yieldable: false,
        }
    }

    /// Catch errors, first passing each through `handler` at the point it
    /// is raised (Lua's `xpcall` message handler).
    pub fn catching_with_handler(
        func: ContFn,
        state: Vec<Value<'gc>>,
        handler: Value<'gc>,
    ) -> Continuation<'gc> {
        Continuation {
            handler: Some(handler),
            ..Continuation::catching(func, state)
        }
    }

    /// The same continuation, marked as one a coroutine may yield across.
    pub fn yieldable(self) -> Continuation<'gc> {
        Continuation {
            yieldable: true,
            ..self
        }
    }
}

/// An error raised by a native.
pub enum NativeError<'gc> {
    /// A message in the language's words. Lua prefixes the position of the
    /// calling function (`luaL_error` uses level 1).
    Message(String),
    /// Throw this value unchanged (Lua `error(v, 0)`, non-string errors).
    Throw(Value<'gc>),
    /// Lua `error(msg, level)`: prefix the position of that call level.
    AtLevel(Value<'gc>, u32),
    /// An operation's error (worded by the calling frame's language).
    Op(Box<crate::model::OpError<'gc>>),
}

impl<'gc> NativeError<'gc> {
    pub fn msg(text: impl Into<String>) -> NativeError<'gc> {
        NativeError::Message(text.into())
    }
}

/// What a native sees of the runtime while it runs.
pub struct Ctx<'gc, 'a> {
    pub mc: &'a Mutation<'gc>,
    pub rt: &'a mut RuntimeState<'gc>,
    /// Results go here (cleared before each call).
    pub ret: &'a mut Vec<Value<'gc>>,
    /// The running thread. Its state is borrowed by the VM: read it
    /// through `ts`.
    pub thread: Thread<'gc>,
    /// The running thread's frames and stack, read-only (positions,
    /// tracebacks).
    pub ts: &'a ThreadState<'gc>,
    /// The native being called (for its bound values).
    pub callee: Option<NativeFunction<'gc>>,
    pub host: &'a mut dyn Host,
    /// Set by `collectgarbage("collect")`: the executor ends the slice so
    /// the host can run a full collection.
    pub full_gc_requested: &'a mut bool,
    /// The keyword arguments of the call being made, as a core list of
    /// name, value, name, value... (`None`: there are none).
    pub kwargs: Option<crate::object::Object<'gc>>,
}

impl<'gc> Ctx<'gc, '_> {
    pub fn bound(&self, i: usize) -> Value<'gc> {
        self.callee
            .and_then(|c| c.0.bound.get(i).copied())
            .unwrap_or_default()
    }

    /// Charge `units` of work (about one VM instruction each) to the
    /// program's step budget (runtime/budget.rs). When the budget is spent
    /// or the host interrupts, the error to raise: the native returns it
    /// at once, and the VM ends the slice so the host stops the program.
    #[inline]
    pub fn charge(&mut self, units: u64) -> Result<(), NativeError<'gc>> {
        match self.rt.budget.charge(units) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.budget_spent(e)),
        }
    }

    /// Charge the copying or filling of `bytes` bytes.
    #[inline]
    pub fn charge_bytes(&mut self, bytes: usize) -> Result<(), NativeError<'gc>> {
        self.charge((bytes as u64).div_ceil(crate::runtime::budget::BYTES_PER_UNIT as u64))
    }

    #[cold]
    fn budget_spent(&mut self, e: crate::runtime::budget::Exhausted) -> NativeError<'gc> {
        // Ending the slice is what stops the program: the error only
        // unwinds the native (a `pcall` around it may see it, but no
        // instruction runs after it).
        *self.full_gc_requested = true;
        NativeError::msg(match e {
            crate::runtime::budget::Exhausted::Steps => "step limit reached",
            crate::runtime::budget::Exhausted::Interrupted => "interrupted",
        })
    }

    pub fn ret1(&mut self, v: Value<'gc>) -> NativeResult<'gc> {
        self.ret.push(v);
        Ok(Outcome::Return)
    }

    /// The running thread's frames, innermost first, from the frame that
    /// called this native outwards, captured now as owned data: an exception object
    /// can keep them while user code runs, with no borrow of the thread
    /// held (Python's `__traceback__`, JavaScript's `error.stack`, Lua's
    /// `debug.traceback`).
    pub fn traceback(&self) -> Vec<crate::debuginfo::TraceFrame> {
        crate::debuginfo::frames(self.ts)
    }

    /// The same frames worded as the calling language prints an uncaught
    /// error's traceback (Lua's `stack traceback:` lines).
    pub fn traceback_text(&self) -> String {
        let ops = self
            .ts
            .frames
            .iter()
            .rev()
            .find_map(|f| match f {
                crate::thread::Frame::Lua(f) => Some(f.closure.0.proto.ops),
                _ => None,
            })
            .unwrap_or(self.rt.default_ops);
        (ops.traceback)(self.ts)
    }
}
