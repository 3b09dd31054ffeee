//! The slice driver: runs the resume chain of threads until the program
//! ends, fuel runs out, or an error escapes; switches coroutines; unwinds
//! errors to the nearest catching continuation.

use gc_arena::{Collect, Mutation};

use super::{Flow, Interrupt, Vm};
use crate::host::Host;
use crate::model::{ErrorSite, OpError, Step};
use crate::native::ResumeMode;
use crate::runtime::RuntimeState;
use crate::thread::{Frame, ReturnTo, Thread, ThreadState, ThreadStatus};
use crate::value::Value;

/// How deep coroutines may resume one another (Lua's LUAI_MAXCCALLS).
const MAX_RESUME_DEPTH: usize = 200;

#[derive(Collect)]
#[collect(no_drop)]
enum Pending<'gc> {
    /// Call the function in stack slot 0 of the top thread (arguments as
    /// the host passed them).
    Start { nargs: usize },
    /// Start a coroutine: call its function plainly with the values of its
    /// first resume.
    StartCoroutine { nargs: usize },
    /// Run a generator's frame: its parameters are bound already.
    StartGenerator,
    /// Raise this value at the top thread's suspension point.
    Raise(Value<'gc>),
    /// Hand these values to the top thread's `Frame::Yielded`.
    Deliver(Vec<Value<'gc>>),
    /// Run the top thread's continuation (a `resume`) with this outcome.
    Continue(Result<Vec<Value<'gc>>, Value<'gc>>),
}

/// The executor's part of the GC root.
#[derive(Collect, Default)]
#[collect(no_drop)]
pub struct ExecState<'gc> {
    /// The resume chain: the main thread, then each resumed coroutine.
    pub chain: Vec<Thread<'gc>>,
    /// What the main function returned.
    pub results: Vec<Value<'gc>>,
    pending: Option<Pending<'gc>>,
}

impl<'gc> ExecState<'gc> {
    /// Make `thread` (holding its function in slot 0 and `nargs`
    /// arguments after it) the program to run.
    pub fn start(&mut self, thread: Thread<'gc>, nargs: usize) {
        thread.set_status(ThreadStatus::Running);
        self.chain = vec![thread];
        self.results.clear();
        self.pending = Some(Pending::Start { nargs });
    }

    pub fn is_running(&self) -> bool {
        !self.chain.is_empty()
    }
}

/// An error that no `pcall` caught.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UncaughtError {
    /// The error as the language prints it ("t.lua:3: attempt to ...").
    pub message: String,
    pub traceback: Option<String>,
}

pub enum SliceEnd {
    Finished,
    /// Out of fuel, or a collection was requested; call again to go on.
    Paused {
        full_gc: bool,
    },
    Error(UncaughtError),
}

/// Run until the program finishes, errors, or `fuel` instructions ran.
pub fn run_slice<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    exec: &mut ExecState<'gc>,
    host: &mut dyn Host,
    fuel: &mut u64,
) -> SliceEnd {
    let max_depth = rt.max_depth;
    let mut vm = Vm {
        max_depth,
        mc,
        rt,
        host,
        fuel: *fuel,
        ret_buf: Vec::new(),
        in_coroutine: false,
        full_gc_requested: false,
        outer_catch: false,
        traceback: None,
        running: None,
        kwargs: None,
        uncaught_ops: None,
        spare_list: None,
    };
    let end = loop {
        let Some(&thread) = exec.chain.last() else {
            break SliceEnd::Finished;
        };
        vm.in_coroutine = exec.chain.len() > 1;
        vm.running = Some(thread);
        vm.outer_catch = exec.chain.len() > 1;
        let pending = exec.pending.take();
        let interrupt = {
            let mut ts = thread.0.state.borrow_mut(mc);
            let flow = vm.run_pending(&mut ts, thread, pending);
            vm.run_thread(&mut ts, thread, flow)
        };
        match interrupt {
            Interrupt::Pause => {
                break SliceEnd::Paused {
                    full_gc: vm.full_gc_requested,
                }
            }
            Interrupt::Resume {
                thread: target,
                args,
                mode,
            } => {
                let fresh = target.status() == ThreadStatus::Fresh;
                let first = args.first().copied().unwrap_or_default();
                if exec.chain.len() >= MAX_RESUME_DEPTH {
                    // lua_resume's "C stack overflow": resumes nest without
                    // Rust recursion here, but each holds a thread's stack.
                    let msg = crate::string::Str::from_vec(mc, b"C stack overflow".to_vec());
                    exec.pending = Some(Pending::Continue(Err(Value::Str(msg))));
                    continue;
                }
                match (fresh, mode) {
                    // A thread that never ran: thrown into, it dies of the
                    // error; asked to return, it ends with the value.
                    (true, ResumeMode::Throw) => {
                        target.set_status(ThreadStatus::Dead);
                        target.0.state.borrow_mut(mc).death = Some(first);
                        exec.pending = Some(Pending::Continue(Err(first)));
                    }
                    (true, ResumeMode::Return) => {
                        target.set_status(ThreadStatus::Dead);
                        exec.pending = Some(Pending::Continue(Ok(vec![first])));
                    }
                    _ => {
                        thread.set_status(ThreadStatus::Normal);
                        target.set_status(ThreadStatus::Running);
                        exec.chain.push(target);
                        exec.pending = Some(match (fresh, mode) {
                            (true, _) if target.is_generator() => Pending::StartGenerator,
                            (true, _) => {
                                let mut ts = target.0.state.borrow_mut(mc);
                                ts.stack.truncate(1);
                                ts.stack.extend_from_slice(&args);
                                Pending::StartCoroutine { nargs: args.len() }
                            }
                            (false, ResumeMode::Values) => Pending::Deliver(args),
                            (false, ResumeMode::Throw) => Pending::Raise(first),
                            (false, ResumeMode::Return) => Pending::Raise(
                                crate::model::signal::return_request(mc, vm.rt.root_shape, first),
                            ),
                        });
                    }
                }
            }
            Interrupt::Yield { values } => {
                thread.set_status(ThreadStatus::Suspended);
                exec.chain.pop();
                if let Some(resumer) = exec.chain.last() {
                    resumer.set_status(ThreadStatus::Running);
                }
                exec.pending = Some(Pending::Continue(Ok(values)));
            }
            Interrupt::ThreadEnd { values } => {
                thread.set_status(ThreadStatus::Dead);
                exec.chain.pop();
                match exec.chain.last() {
                    Some(resumer) => {
                        resumer.set_status(ThreadStatus::Running);
                        exec.pending = Some(Pending::Continue(Ok(values)));
                    }
                    None => {
                        exec.results = values;
                        // The finished program's registers: nothing reads
                        // them again, and its thread stays reachable
                        // (registry[1]) until the next program loads, so
                        // its last temporaries would stay alive with it.
                        let mut ts = thread.0.state.borrow_mut(mc);
                        ts.stack.clear();
                        ts.top = 0;
                        break SliceEnd::Finished;
                    }
                }
            }
            Interrupt::Died(v) => {
                thread.set_status(ThreadStatus::Dead);
                thread.0.state.borrow_mut(mc).death = Some(v);
                exec.chain.pop();
                match exec.chain.last() {
                    Some(resumer) => {
                        resumer.set_status(ThreadStatus::Running);
                        exec.pending = Some(Pending::Continue(Err(v)));
                    }
                    None => {
                        let ops = vm.uncaught_ops.unwrap_or(vm.rt.default_ops);
                        break SliceEnd::Error(UncaughtError {
                            message: (ops.error_text)(vm.rt, v),
                            traceback: vm.traceback.take(),
                        });
                    }
                }
            }
            Interrupt::Throw(_) | Interrupt::Op(_) => {
                // run_thread resolves these; unreachable in practice.
                exec.chain.clear();
                break SliceEnd::Error(UncaughtError {
                    message: "internal: unresolved error".into(),
                    traceback: None,
                });
            }
        }
    };
    *fuel = vm.fuel;
    end
}

fn rethrow<'gc>(
    _: &mut crate::native::Ctx<'gc, '_>,
    _: &[Value<'gc>],
) -> crate::native::NativeResult<'gc> {
    Ok(crate::native::Outcome::Return)
}

/// The name of the frame that runs a message handler.
pub const MESSAGE_HANDLER: &str = "(message handler)";

/// The name of the runtime's frame that calls `__close` while an error
/// unwinds; like the message handler's, not a level of the program.
pub const CLOSE_HANDLER: &str = "(close handler)";

/// How many times a message handler is called again for errors it raises
/// itself before the error becomes "error in error handling".
const MAX_HANDLER_RETRIES: i64 = 20;

/// After a message handler ran: unwind to its catcher with the handler's
/// result; an error in the handler is handled again, a few times.
fn handler_cont<'gc>(
    ctx: &mut crate::native::Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> crate::native::NativeResult<'gc> {
    let handled = |ctx: &mut crate::native::Ctx<'gc, '_>, v| {
        Err(crate::native::NativeError::Throw(
            crate::model::signal::handled_error(ctx.mc, ctx.rt.root_shape, v),
        ))
    };
    let (h, tries) = (state[0], state[1]);
    match result {
        Ok(values) => handled(ctx, values.first().copied().unwrap_or_default()),
        Err(e) => match tries {
            Value::Int(n) if n < MAX_HANDLER_RETRIES => Ok(crate::native::Outcome::call(
                h,
                handler_args(ctx.rt, h, e),
                crate::native::Continuation::catching(handler_cont, vec![h, Value::Int(n + 1)]),
            )),
            _ => {
                let msg = crate::string::Str::new(ctx.mc, b"error in error handling");
                handled(ctx, Value::Str(msg))
            }
        },
    }
}

/// The arguments of a message handler call: the error, after `this =
/// undefined` for a handler that takes a receiver (a JavaScript function
/// given to Lua's `xpcall` is called plainly, vm/receiver.rs).
fn handler_args<'gc>(
    rt: &crate::runtime::RuntimeState<'gc>,
    h: Value<'gc>,
    error: Value<'gc>,
) -> Vec<Value<'gc>> {
    if super::takes_this(rt, h) == Some(true) {
        vec![Value::Nil, error]
    } else {
        vec![error]
    }
}

/// After a `__close` ran during unwinding: throw the original error again.
fn rethrow_cont<'gc>(
    _: &mut crate::native::Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    _: Result<&[Value<'gc>], Value<'gc>>,
) -> crate::native::NativeResult<'gc> {
    Err(crate::native::NativeError::Throw(
        state.first().copied().unwrap_or_default(),
    ))
}

impl<'gc> Vm<'gc, '_> {
    fn run_pending(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pending: Option<Pending<'gc>>,
    ) -> Flow<'gc> {
        match pending {
            None => Ok(()),
            Some(Pending::Start { nargs }) => {
                self.call_value(ts, thread, 0, nargs, ReturnTo::ThreadEnd)
            }
            Some(Pending::StartCoroutine { nargs }) => {
                // A function taking `this` gets `undefined` (vm/receiver.rs).
                let nargs = self.adapt_plain_call(ts, false, 0, nargs, 0);
                self.call_value(ts, thread, 0, nargs, ReturnTo::ThreadEnd)
            }
            Some(Pending::StartGenerator) => self.start_generator(ts),
            Some(Pending::Raise(v)) => {
                // Leave the suspension point, then raise there.
                if let Some(Frame::Yielded { .. }) = ts.frames.last() {
                    ts.frames.pop();
                }
                Err(Interrupt::Throw(v))
            }
            Some(Pending::Deliver(values)) => {
                let ret = match ts.frames.pop() {
                    Some(Frame::Yielded { ret }) => ret,
                    _ => {
                        return Err(Interrupt::Op(OpError::Message(
                            "internal: resumed thread was not suspended".into(),
                        )))
                    }
                };
                if ret == ReturnTo::Continuation {
                    let (r, c, rt, sb) = self.resume_continuation(ts, thread, Ok(&values))?;
                    self.finish_native(ts, thread, r, c, rt, sb)
                } else {
                    self.deliver(ts, &values, ret)
                }
            }
            Some(Pending::Continue(result)) => {
                let (r, c, rt, sb) = match &result {
                    Ok(values) => self.resume_continuation(ts, thread, Ok(values))?,
                    Err(e) => self.resume_continuation(ts, thread, Err(*e))?,
                };
                self.finish_native(ts, thread, r, c, rt, sb)
            }
        }
    }

    /// Execute, unwinding thrown errors to catching continuations, until
    /// something the driver must handle happens.
    fn run_thread(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        flow: Flow<'gc>,
    ) -> Interrupt<'gc> {
        let mut interrupt = match flow {
            Ok(()) => self.execute(ts, thread),
            Err(i) => i,
        };
        loop {
            match interrupt {
                Interrupt::Throw(v) => match self.unwind(ts, thread, v) {
                    Ok(()) => interrupt = self.execute(ts, thread),
                    Err(i) => interrupt = i,
                },
                Interrupt::Op(e) => {
                    interrupt = self.plain_error(ts, thread, e, ErrorSite::Instruction)
                }
                other => return other,
            }
        }
    }

    /// Call `__close(value, error)` of the variable in `slot`, then go on
    /// unwinding with `error` (or with the error `__close` raised).
    fn close_while_unwinding(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        slot: usize,
        error: Value<'gc>,
    ) -> Flow<'gc> {
        // Frames entirely above the variable are gone.
        while let Some(Frame::Lua(f)) = ts.frames.last() {
            if (f.base as usize) > slot {
                ts.frames.pop();
            } else {
                break;
            }
        }
        let v = ts.stack[slot];
        let handler = (self.ops_at(ts).close_handler)(self.rt, v);
        let callee = crate::function::NativeFunction::new(self.mc, CLOSE_HANDLER, rethrow);
        let frame = crate::thread::NativeFrame {
            callee: Some(callee),
            // A `__close` run while unwinding may yield (lua5.4.4).
            then: crate::native::Continuation::new(rethrow_cont, vec![error]).yieldable(),
            ret: ReturnTo::Discard,
            stack_base: (slot + 1) as u32,
        };
        self.push_native(ts, thread, frame)?;
        let Some(handler) = handler else {
            return Err(Interrupt::Throw(error));
        };
        let call = Step::call(handler, &[v, error]);
        self.call_step(ts, thread, slot + 1, call, ReturnTo::Continuation)
    }

    /// Call a catcher's message handler with `error` above the frames that
    /// raised it; `handler_cont` then unwinds with the handler's result.
    fn call_message_handler(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        handler: Value<'gc>,
        error: Value<'gc>,
    ) -> Flow<'gc> {
        // Above every live register: the innermost compiled frame's and
        // any native frames' above it.
        let mut top = ts.top as usize;
        for frame in ts.frames.iter().rev() {
            match frame {
                Frame::Lua(f) => {
                    let end = f.base as usize + f.closure.proto().info.max_stack as usize;
                    top = top.max(end);
                    break;
                }
                Frame::Native(nf) => top = top.max(nf.stack_base as usize + 1),
                Frame::Yielded { .. } => {}
            }
        }
        super::call::ensure(&mut ts.stack, top + 16);
        let callee = crate::function::NativeFunction::new(self.mc, MESSAGE_HANDLER, rethrow);
        let frame = crate::thread::NativeFrame {
            callee: Some(callee),
            then: crate::native::Continuation::catching(handler_cont, vec![handler, Value::Int(0)]),
            ret: ReturnTo::Discard,
            stack_base: top as u32,
        };
        self.push_native(ts, thread, frame)?;
        let call = Step::call(handler, &handler_args(self.rt, handler, error));
        self.call_step(ts, thread, top, call, ReturnTo::Continuation)
    }

    /// Pop frames up to the nearest continuation that catches errors and
    /// hand it the error; with none, the thread dies.
    fn unwind(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        error: Value<'gc>,
    ) -> Flow<'gc> {
        // Past the host's string or collection size limit: no handler
        // runs; the slice ends and the engine stops the program
        // (runtime/size_limit.rs).
        if crate::runtime::size_limit::exceeded() {
            return Err(Interrupt::Pause);
        }
        // An error its message handler has seen goes to its catcher as is.
        let (error, handled) = match crate::model::signal::handled_value(error) {
            Some(v) => (v, true),
            None => (error, false),
        };
        // A generator's return request passes catch handlers (and
        // catching natives) and stops only at `finally` handlers.
        let returning = crate::model::signal::returned_value(error);
        let mut catcher = None;
        for i in (0..ts.frames.len()).rev() {
            match &ts.frames[i] {
                Frame::Native(nf) if nf.then.catch_errors && returning.is_none() => {
                    catcher = Some(Catcher::Native(i));
                    break;
                }
                Frame::Lua(f) => {
                    let handlers = &f.closure.0.proto.info.handlers;
                    if handlers.is_empty() {
                        continue;
                    }
                    let pc = f.pc.saturating_sub(1);
                    let found = handlers.iter().find(|h| {
                        h.start <= pc && pc < h.end && (h.finally || returning.is_none())
                    });
                    if let Some(h) = found {
                        catcher = Some(Catcher::Handler {
                            frame: i,
                            handler: *h,
                            base: f.base as usize,
                        });
                        break;
                    }
                }
                _ => {}
            }
        }
        // A catcher with a message handler (`xpcall`) has it called here,
        // on top of the frames that raised the error (lua_pcallk's errfunc).
        if let (Some(Catcher::Native(i)), false) = (&catcher, handled) {
            if let Frame::Native(nf) = &ts.frames[*i] {
                if let Some(h) = nf.then.handler {
                    return self.call_message_handler(ts, thread, h, error);
                }
            }
        }
        // Lua 5.4 §3.3.8: pending to-be-closed variables of the frames being
        // unwound are closed first, innermost first, with the error.
        let level = match catcher {
            Some(Catcher::Native(i)) => match &ts.frames[i] {
                Frame::Native(nf) => nf.stack_base as usize,
                _ => 0,
            },
            Some(Catcher::Handler { handler, base, .. }) => base + handler.reg as usize,
            None => 0,
        };
        if let Some(&slot) = ts.tbc.last() {
            if slot as usize >= level {
                ts.tbc.pop();
                if let Some(Catcher::Native(i)) = catcher {
                    // The frames up to the catching native are gone: the
                    // handler runs at its level (ldo.c `luaD_pcall` closes
                    // with `L->ci` back at the protected call's).
                    ts.frames.truncate(i + 1);
                }
                return self.close_while_unwinding(ts, thread, slot as usize, error);
            }
        }
        match catcher {
            Some(Catcher::Native(i)) => {
                ts.frames.truncate(i + 1);
                let (r, c, rt, sb) = self.resume_continuation(ts, thread, Err(error))?;
                self.finish_native(ts, thread, r, c, rt, sb)
            }
            Some(Catcher::Handler {
                frame,
                handler,
                base,
            }) => {
                // Continue at the handler, the error in its register.
                ts.frames.truncate(frame + 1);
                if let Some(Frame::Lua(f)) = ts.frames.last_mut() {
                    f.pc = handler.target;
                }
                ts.stack[base + handler.reg as usize] = error;
                Ok(())
            }
            None => {
                // The traceback is taken before the frames go.
                if returning.is_none() && !self.outer_catch && self.traceback.is_none() {
                    let ops = self.ops_at(ts);
                    self.uncaught_ops = Some(ops);
                    self.traceback = Some((ops.traceback)(ts));
                }
                ts.tbc.clear();
                ts.frames.clear();
                if let Some(v) = returning {
                    // A return request went all the way out: the
                    // generator returns its value.
                    return Err(Interrupt::ThreadEnd { values: vec![v] });
                }
                Err(Interrupt::Died(error))
            }
        }
    }

    /// Push a generator's frame: the function in slot 0, its extra
    /// arguments, then its bound parameter registers.
    fn start_generator(&mut self, ts: &mut ThreadState<'gc>) -> Flow<'gc> {
        let Value::Closure(c) = ts.stack[0] else {
            return Err(Interrupt::Op(OpError::Message(
                "internal: a generator without its function".into(),
            )));
        };
        let nvarargs = ts.top as usize;
        let base = 1 + nvarargs;
        let needed = base + c.0.proto.info.max_stack as usize + 16;
        super::call::ensure(&mut ts.stack, needed);
        ts.frames.push(Frame::Lua(crate::thread::LuaFrame {
            closure: c,
            pc: 0,
            base: base as u32,
            varargs: 1,
            nvarargs: nvarargs as u32,
            ret: ReturnTo::ThreadEnd,
        }));
        Ok(())
    }
}

/// Where an error is caught.
enum Catcher {
    /// A native's catching continuation at this frame index.
    Native(usize),
    /// An exception handler of the compiled frame at this index.
    Handler {
        frame: usize,
        handler: crate::function::Handler,
        base: usize,
    },
}
