//! The slice driver: runs the resume chain of threads until the program
//! ends, fuel runs out, or an error escapes; switches coroutines; unwinds
//! errors to the nearest catching continuation.

use gc_arena::{Collect, Mutation};

use super::{Flow, Interrupt, Vm};
use crate::host::Host;
use crate::model::{ErrorSite, OpError, Step};
use crate::runtime::RuntimeState;
use crate::thread::{Frame, ReturnTo, Thread, ThreadState, ThreadStatus};
use crate::value::Value;

#[derive(Collect)]
#[collect(no_drop)]
enum Pending<'gc> {
    /// Call the function in stack slot 0 of the top thread.
    Start { nargs: usize },
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
    let mut vm = Vm {
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
        uncaught_ops: None,
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
            } => {
                thread.set_status(ThreadStatus::Normal);
                let fresh = target.status() == ThreadStatus::Fresh;
                target.set_status(ThreadStatus::Running);
                exec.chain.push(target);
                if fresh {
                    let mut ts = target.0.state.borrow_mut(mc);
                    ts.stack.truncate(1);
                    ts.stack.extend_from_slice(&args);
                    exec.pending = Some(Pending::Start { nargs: args.len() });
                } else {
                    exec.pending = Some(Pending::Deliver(args));
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
        let callee = crate::function::NativeFunction::new(self.mc, "__close", rethrow);
        ts.frames
            .push(Frame::Native(Box::new(crate::thread::NativeFrame {
                callee: Some(callee),
                then: crate::native::Continuation::new(rethrow_cont, vec![error]),
                ret: ReturnTo::Discard,
                stack_base: (slot + 1) as u32,
            })));
        let Some(handler) = handler else {
            return Err(Interrupt::Throw(error));
        };
        let call = Step::call(handler, &[v, error]);
        self.call_step(ts, thread, slot + 1, call, ReturnTo::Continuation)
    }

    /// Pop frames up to the nearest continuation that catches errors and
    /// hand it the error; with none, the thread dies.
    fn unwind(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        error: Value<'gc>,
    ) -> Flow<'gc> {
        let catcher = ts
            .frames
            .iter()
            .rposition(|f| matches!(f, Frame::Native(nf) if nf.then.catch_errors));
        // Lua 5.4 §3.3.8: pending to-be-closed variables of the frames being
        // unwound are closed first, innermost first, with the error.
        let level = match catcher.map(|i| &ts.frames[i]) {
            Some(Frame::Native(nf)) => nf.stack_base as usize,
            _ => 0,
        };
        if let Some(&slot) = ts.tbc.last() {
            if slot as usize >= level {
                ts.tbc.pop();
                return self.close_while_unwinding(ts, thread, slot as usize, error);
            }
        }
        match catcher {
            Some(i) => {
                ts.frames.truncate(i + 1);
                let (r, c, rt, sb) = self.resume_continuation(ts, thread, Err(error))?;
                self.finish_native(ts, thread, r, c, rt, sb)
            }
            None => {
                ts.tbc.clear();
                if !self.outer_catch && self.traceback.is_none() {
                    let ops = self.ops_at(ts);
                    self.uncaught_ops = Some(ops);
                    self.traceback = Some((ops.traceback)(ts));
                }
                ts.frames.clear();
                Err(Interrupt::Died(error))
            }
        }
    }
}
