//! Threads: a value stack and a frame stack, both in the GC heap. The main
//! program and every coroutine is one. Nothing here recurses on the Rust
//! stack: a call pushes a `Frame`, a return pops one.

use std::cell::Cell;

use gc_arena::{Collect, Gc, Lock, Mutation, RefLock};

use crate::function::{Closure, NativeFunction};
use crate::native::Continuation;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Collect)]
#[collect(require_static)]
pub enum ThreadStatus {
    /// Created, never resumed: the function waits in stack slot 0.
    Fresh,
    /// Yielded; resuming delivers values to the `Frame::Yielded` on top.
    Suspended,
    /// The one currently executing.
    Running,
    /// Active but not running: it resumed another coroutine.
    Normal,
    /// Returned or died with an error.
    Dead,
}

/// Where the results of a finished call go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Collect)]
#[collect(require_static)]
pub enum ReturnTo {
    /// Into absolute stack slots `dest..`; `wanted` values, or all of them
    /// (setting the thread's `top`) when `wanted == MULTI`.
    Values { dest: u32, wanted: u8 },
    /// The first result into slot `dest` (metamethod results).
    One { dest: u32 },
    /// The first result into slot `dest`, then the caller's instruction
    /// that asked for the call runs again (`ConcatN` after `__concat`).
    Again { dest: u32 },
    /// Results are dropped (`__newindex`, `__close`).
    Discard,
    /// A comparison metamethod: jump by `offset` when the truthiness of the
    /// first result (negated when `negate`) equals `jump_if`.
    CompareJump {
        jump_if: bool,
        negate: bool,
        offset: i16,
    },
    /// Hand the results to the native continuation frame just below.
    Continuation,
    /// An iterator's next value into slot `dest`; `Empty` (or no value)
    /// means it is exhausted: leave the loop (the `ForIter` before the
    /// frame's pc says where to).
    ForIter { dest: u32 },
    /// The bottom of a thread: the results end the thread.
    ThreadEnd,
    /// A constructor run by the VM (`LangOps::construct`): slot `dest`
    /// holds the new object; the first result replaces it when the
    /// caller's language says it wins (`PlainConstruct::result_wins`).
    Construct { dest: u32 },
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct LuaFrame<'gc> {
    pub closure: Closure<'gc>,
    pub pc: u32,
    /// Absolute stack index of register 0.
    pub base: u32,
    /// Extra arguments of a vararg function: `stack[varargs..varargs+nvarargs]`.
    pub varargs: u32,
    pub nvarargs: u32,
    pub ret: ReturnTo,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct NativeFrame<'gc> {
    /// The native waiting for the call's results; `None` for an
    /// operation's protocol rule waiting for a call it asked for.
    pub callee: Option<NativeFunction<'gc>>,
    pub then: Continuation<'gc>,
    pub ret: ReturnTo,
    /// Stack height when the native was called.
    pub stack_base: u32,
}

impl NativeFrame<'_> {
    /// The name a traceback shows.
    pub fn name(&self) -> &'static str {
        match self.callee {
            Some(c) => c.name(),
            None => "?",
        }
    }
}

#[derive(Collect)]
#[collect(no_drop)]
pub enum Frame<'gc> {
    Lua(LuaFrame<'gc>),
    /// A native waiting for the results of a call it asked for (boxed: it
    /// is rare and large, and frames are moved on every call).
    Native(Box<NativeFrame<'gc>>),
    /// A coroutine suspended in `yield`: resuming delivers the resume
    /// arguments as `yield`'s results, through `ret`.
    Yielded {
        ret: ReturnTo,
    },
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct ThreadState<'gc> {
    pub stack: Vec<Value<'gc>>,
    pub frames: Vec<Frame<'gc>>,
    /// End of the values produced by the last multi-result operation.
    pub top: u32,
    /// The error a dead coroutine died of (`coroutine.close` returns it).
    pub death: Option<Value<'gc>>,
    /// Stack slots of pending `<close>` variables, innermost last. A slot
    /// belongs to the frame whose register window holds it.
    pub tbc: Vec<u32>,
    /// Indexes in `frames` of the native frames waiting for a call they
    /// made: their number is the nested C-call count (`vm/ccalls.rs`).
    #[collect(require_static)]
    pub natives: Vec<u32>,
    /// Where the thread's debug hook is (vm/hooks.rs); `None` when no
    /// hook is set and none is running.
    #[collect(require_static)]
    pub hook_run: Option<Box<crate::hook::HookRun>>,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct ThreadData<'gc> {
    /// Plain data (no GC pointers), so a `Cell` needs no write barrier.
    #[collect(require_static)]
    pub status: Cell<ThreadStatus>,
    /// A generator made by calling a generator function: its stack holds
    /// the function and its bound parameters, ready to run.
    #[collect(require_static)]
    pub generator: bool,
    pub state: Gc<'gc, RefLock<ThreadState<'gc>>>,
    /// The debug hook set on this thread (Lua's `debug.sethook`): set
    /// through `Thread::set_hook`, even while the thread runs.
    pub hook: Lock<Option<Gc<'gc, crate::hook::Hook<'gc>>>>,
}

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Thread<'gc>(pub Gc<'gc, ThreadData<'gc>>);

impl PartialEq for Thread<'_> {
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0)
    }
}

impl std::fmt::Debug for Thread<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "thread: {:p}", Gc::as_ptr(self.0))
    }
}

impl<'gc> Thread<'gc> {
    /// A thread that will run `function` when first resumed.
    pub fn new(mc: &Mutation<'gc>, function: Value<'gc>) -> Thread<'gc> {
        Thread(Gc::new(
            mc,
            ThreadData {
                status: Cell::new(ThreadStatus::Fresh),
                generator: false,
                state: Gc::new(
                    mc,
                    RefLock::new(ThreadState {
                        stack: vec![function],
                        frames: Vec::new(),
                        top: 1,
                        death: None,
                        tbc: Vec::new(),
                        natives: Vec::new(),
                        hook_run: None,
                    }),
                ),
                hook: Lock::new(None),
            },
        ))
    }

    /// A generator: `function`'s frame with its parameter registers
    /// already bound (`params`) and its extra arguments (`varargs`), run
    /// when first resumed.
    pub fn generator(
        mc: &Mutation<'gc>,
        function: Value<'gc>,
        varargs: &[Value<'gc>],
        params: &[Value<'gc>],
    ) -> Thread<'gc> {
        let mut stack = Vec::with_capacity(1 + varargs.len() + params.len() + 8);
        stack.push(function);
        stack.extend_from_slice(varargs);
        stack.extend_from_slice(params);
        Thread(Gc::new(
            mc,
            ThreadData {
                status: Cell::new(ThreadStatus::Fresh),
                generator: true,
                state: Gc::new(
                    mc,
                    RefLock::new(ThreadState {
                        top: varargs.len() as u32,
                        stack,
                        frames: Vec::new(),
                        death: None,
                        tbc: Vec::new(),
                        natives: Vec::new(),
                        hook_run: None,
                    }),
                ),
                hook: Lock::new(None),
            },
        ))
    }

    pub fn is_generator(self) -> bool {
        self.0.generator
    }

    pub fn status(self) -> ThreadStatus {
        self.0.status.get()
    }

    pub fn set_status(self, status: ThreadStatus) {
        self.0.status.set(status);
    }

    /// The thread's debug hook.
    pub fn hook(self) -> Option<Gc<'gc, crate::hook::Hook<'gc>>> {
        self.0.hook.get()
    }

    /// Set (or, with `None`, remove) the thread's debug hook. It takes
    /// effect at the thread's next instruction boundary the VM checks: the
    /// next slice (a native that sets the running thread's hook ends the
    /// slice).
    pub fn set_hook(self, mc: &Mutation<'gc>, hook: Option<crate::hook::Hook<'gc>>) {
        let hook = hook.map(|h| Gc::new(mc, h));
        gc_arena::barrier::unlock!(Gc::write(mc, self.0), ThreadData, hook).set(hook);
    }
}
