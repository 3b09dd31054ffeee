//! Calls and returns: pushing Lua frames, running natives and their
//! continuations, delivering results. All of it iterative: a chain of
//! natives returning into continuations never grows the Rust stack.

use super::{Flow, Interrupt, Vm};
use crate::bytecode::MULTI;
use crate::debuginfo::position;
use crate::function::{Closure, NativeFunction};
use crate::model::{ErrorSite, OpError, Step};
use crate::native::{NativeError, NativeResult, Outcome};
use crate::string::Str;
use crate::thread::{Frame, LuaFrame, NativeFrame, ReturnTo, Thread, ThreadState};
use crate::value::Value;

/// Longest chain of callable objects (`__call` of `__call` ...) a call
/// follows.
const MAX_CALL_CHAIN: usize = 2000;

/// Lua's LUAI_MAXSTACK: slots per thread.
pub const MAX_STACK: usize = 1_000_000;

/// Frames a message handler may add above the frame limit.
const HANDLER_ROOM: usize = 200;

#[inline(always)]
pub(crate) fn ensure(stack: &mut Vec<Value<'_>>, len: usize) {
    if stack.len() < len {
        grow(stack, len);
    }
}

#[cold]
#[inline(never)]
fn grow(stack: &mut Vec<Value<'_>>, len: usize) {
    // Grow by half, but not past MAX_STACK unless `len` itself is past it
    // (a message handler's extra room): the limit is checked only when
    // the stack grows.
    let grow = (len - stack.len()).max(stack.len() / 2).max(64);
    let new_len = (stack.len() + grow).min(MAX_STACK.max(len));
    stack.resize(new_len, Value::Nil);
}

impl<'gc> Vm<'gc, '_> {
    /// Call the value in `slot` with the `nargs` values above it.
    pub(crate) fn call_value(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        slot: usize,
        nargs: usize,
        ret: ReturnTo,
    ) -> Flow<'gc> {
        let mut nargs = nargs;
        for _ in 0..MAX_CALL_CHAIN {
            let callee = ts.stack[slot];
            // The handler comes from a language that calls handlers
            // plainly (Lua's `__call` of a non-table value).
            let mut plain_handler = false;
            let step = match callee {
                Value::Closure(c) => return self.push_lua_frame(ts, c, slot, nargs, ret),
                Value::Native(n) => return self.call_native(ts, thread, n, slot, nargs, ret),
                Value::Object(o) => {
                    let args: Vec<Value<'gc>> = ts.stack[slot + 1..slot + 1 + nargs].to_vec();
                    let tracing = self.rt.tracing;
                    if tracing {
                        self.trace_call_begin(ts, callee);
                    }
                    let step = {
                        let mut ctx = self.ctx(ts, thread, None);
                        (o.model().call)(&mut ctx, o, &args)
                    };
                    if tracing {
                        self.trace_after(&step, None);
                    }
                    step
                }
                other => {
                    let ops = self.ops_at(ts);
                    plain_handler = !ops.passes_this;
                    let tracing = self.rt.tracing;
                    if tracing {
                        self.trace_call_begin(ts, other);
                    }
                    let step = {
                        let mut ctx = self.ctx(ts, thread, None);
                        (ops.call)(&mut ctx, other)
                    };
                    if tracing {
                        self.trace_after(&step, None);
                    }
                    step
                }
            };
            match step {
                Step::CallPrepending { func, first } => {
                    // The callee's handler, with `first` before the
                    // arguments; a handler taking `this` (JavaScript's),
                    // called plainly, gets `undefined` for it
                    // (protocol/lua/callable.rs).
                    let this = plain_handler && super::takes_this(self.rt, func) == Some(true);
                    let extra = 1 + usize::from(this);
                    ensure(&mut ts.stack, slot + nargs + 1 + extra);
                    ts.stack
                        .copy_within(slot + 1..slot + 1 + nargs, slot + 1 + extra);
                    ts.stack[slot] = func;
                    if this {
                        ts.stack[slot + 1] = Value::Nil;
                    }
                    ts.stack[slot + extra] = first;
                    nargs += extra;
                }
                Step::Call(req) if req.then.is_none() => {
                    let args = req.args.as_slice();
                    ensure(&mut ts.stack, slot + args.len() + 2);
                    ts.stack[slot] = req.func;
                    ts.stack[slot + 1..slot + 1 + args.len()].copy_from_slice(args);
                    nargs = args.len();
                }
                Step::Absent => return Err(Interrupt::Op(OpError::Call(callee))),
                other => return self.call_step(ts, thread, slot, other, ret),
            }
        }
        Err(Interrupt::Op(OpError::Message(
            "'__call' chain too long; possible loop".into(),
        )))
    }

    /// Past the frame or stack limit: "stack overflow", except that a
    /// message handler running for an error gets some room above the limit
    /// (Lua's EXTRA_STACK); past that room it is "error in error handling".
    #[cold]
    pub(crate) fn overflow(
        &mut self,
        ts: &ThreadState<'gc>,
        depth: usize,
        needed: usize,
    ) -> Result<(), Interrupt<'gc>> {
        let handling = ts.frames.iter().rev().any(|f| {
            matches!(f, Frame::Native(nf)
                if nf.callee.is_some_and(|c| c.name() == super::driver::MESSAGE_HANDLER))
        });
        if !handling {
            return Err(Interrupt::Op(OpError::Message("stack overflow".into())));
        }
        if depth < self.max_depth + HANDLER_ROOM && needed <= MAX_STACK + HANDLER_ROOM * 32 {
            return Ok(());
        }
        let msg = crate::string::Str::new(self.mc, b"error in error handling");
        Err(Interrupt::Throw(Value::Str(msg)))
    }

    #[inline(always)]
    pub(crate) fn push_lua_frame(
        &mut self,
        ts: &mut ThreadState<'gc>,
        c: Closure<'gc>,
        slot: usize,
        nargs: usize,
        ret: ReturnTo,
    ) -> Flow<'gc> {
        let info = &c.0.proto.info;
        if !info.binds_plainly(nargs) {
            return self.push_bound(ts, c, slot, nargs, super::bind::Shape::plain(), ret);
        }
        let np = info.num_params as usize;
        if ts.frames.len() >= self.max_depth {
            self.overflow(ts, ts.frames.len(), 0)?;
        }
        let base = if info.is_vararg {
            slot + 1 + nargs
        } else {
            slot + 1
        };
        let needed = base + info.max_stack as usize + 16;
        if ts.stack.len() < needed {
            if needed > MAX_STACK {
                self.overflow(ts, 0, needed)?;
            }
            grow(&mut ts.stack, needed);
        }
        let (varargs, nvarargs) = if info.is_vararg {
            // Fixed parameters move above the extra arguments (as Lua 5.4).
            for i in 0..np {
                ts.stack[base + i] = if i < nargs {
                    ts.stack[slot + 1 + i]
                } else {
                    Value::Nil
                };
            }
            // The extra arguments start at `slot + 1 + np` (`np` past the
            // function even when fewer were given, so a tail call finds
            // the function's slot again).
            (slot + 1 + np, nargs.saturating_sub(np))
        } else {
            if nargs < np {
                ts.stack[base + nargs..base + np].fill(Value::Nil);
            }
            (0, 0)
        };
        // Written in place into the frame vector (a push of a frame built
        // on the Rust stack costs a store-forwarding stall on every call).
        if ts.frames.len() == ts.frames.capacity() {
            ts.frames.reserve(1);
        }
        let len = ts.frames.len();
        ts.frames.spare_capacity_mut()[0].write(Frame::Lua(LuaFrame {
            closure: c,
            pc: 0,
            base: base as u32,
            varargs: varargs as u32,
            nvarargs: nvarargs as u32,
            ret,
        }));
        // SAFETY: the element at `len` (within capacity after `reserve`)
        // was initialised just above.
        unsafe { ts.frames.set_len(len + 1) };
        Ok(())
    }

    pub(crate) fn call_native(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        n: NativeFunction<'gc>,
        slot: usize,
        nargs: usize,
        ret: ReturnTo,
    ) -> Flow<'gc> {
        self.ret_buf.clear();
        let result = {
            // The arguments are read in place: a native sees the stack
            // only through shared borrows.
            let args = &ts.stack[slot + 1..slot + 1 + nargs];
            let mut ctx = self.ctx(ts, thread, Some(n));
            (n.0.func)(&mut ctx, args)
        };
        // Writes the native asked for in this thread's stack
        // (`debug.setlocal`).
        if !self.rt.stack_writes.is_empty() {
            for (at, v) in self.rt.stack_writes.drain(..) {
                if let Some(s) = ts.stack.get_mut(at) {
                    *s = v;
                }
            }
        }
        if self.full_gc_requested {
            // End the slice now so the host collects; the registers above
            // the call are dead temporaries (as in Lua, which does not mark
            // the stack above the call).
            ts.stack[slot + 1..].fill(Value::Nil);
        }
        self.finish_native(ts, thread, result, Some(n), ret, slot)
    }

    /// Act on what a native (or a continuation) asked for, iteratively.
    pub(crate) fn finish_native(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        mut result: NativeResult<'gc>,
        mut callee: Option<NativeFunction<'gc>>,
        mut ret: ReturnTo,
        mut stack_base: usize,
    ) -> Flow<'gc> {
        loop {
            match result {
                Err(e) => return Err(self.native_error(ts, thread, callee, e)),
                Ok(Outcome::Return) => {
                    if self.rt.tracing {
                        // A native handler, or a rule's continuation (which
                        // turns a metamethod's result into the operation's),
                        // answers an operation waiting at this depth.
                        let first = self.ret_buf.first().copied().unwrap_or_default();
                        self.trace_returned(ts.frames.len(), first);
                    }
                    if let ReturnTo::Values { dest, wanted: 1 } = ret {
                        // The common case: one result into a register.
                        let v = self.ret_buf.first().copied().unwrap_or_default();
                        ts.stack[dest as usize] = v;
                        return Ok(());
                    }
                    if ret != ReturnTo::Continuation {
                        let values = std::mem::take(&mut self.ret_buf);
                        let flow = self.deliver(ts, &values, ret);
                        self.ret_buf = values;
                        return flow;
                    }
                    let values = std::mem::take(&mut self.ret_buf);
                    let (r, c, rt, sb) = self.resume_continuation(ts, thread, Ok(&values))?;
                    result = r;
                    callee = c;
                    ret = rt;
                    stack_base = sb;
                }
                Ok(Outcome::Call(call)) => {
                    let crate::native::CallOutcome {
                        func,
                        args,
                        then,
                        kind,
                    } = *call;
                    let frame = NativeFrame {
                        callee,
                        then,
                        ret,
                        stack_base: stack_base as u32,
                    };
                    self.push_native(ts, thread, frame)?;
                    ensure(&mut ts.stack, stack_base + args.len() + 8);
                    ts.stack[stack_base] = func;
                    for (i, a) in args.iter().enumerate() {
                        ts.stack[stack_base + 1 + i] = *a;
                    }
                    let n = self.adapt_request(ts, callee, kind, stack_base, args.len());
                    return self.call_value(ts, thread, stack_base, n, ReturnTo::Continuation);
                }
                Ok(Outcome::Step(s)) => {
                    let crate::native::StepOutcome { step, then } = *s;
                    let step = match step {
                        Step::Done(v) => {
                            // Run the continuation now, with the value.
                            ts.frames.push(Frame::Native(Box::new(NativeFrame {
                                callee,
                                then,
                                ret,
                                stack_base: stack_base as u32,
                            })));
                            let (r, c, rt, sb) = self.resume_continuation(ts, thread, Ok(&[v]))?;
                            result = r;
                            callee = c;
                            ret = rt;
                            stack_base = sb;
                            continue;
                        }
                        Step::Absent => {
                            ts.frames.push(Frame::Native(Box::new(NativeFrame {
                                callee,
                                then,
                                ret,
                                stack_base: stack_base as u32,
                            })));
                            let (r, c, rt, sb) =
                                self.resume_continuation(ts, thread, Ok(&[Value::Nil]))?;
                            result = r;
                            callee = c;
                            ret = rt;
                            stack_base = sb;
                            continue;
                        }
                        Step::Error(e) => {
                            return Err(self.plain_error(ts, thread, e, ErrorSite::Builtin))
                        }
                        other => other,
                    };
                    let frame = NativeFrame {
                        callee,
                        then,
                        ret,
                        stack_base: stack_base as u32,
                    };
                    self.push_native(ts, thread, frame)?;
                    return self.call_step(ts, thread, stack_base, step, ReturnTo::Continuation);
                }
                Ok(Outcome::TailCall(t)) => {
                    let crate::native::TailCallOutcome { func, args, kind } = *t;
                    ensure(&mut ts.stack, stack_base + args.len() + 8);
                    ts.stack[stack_base] = func;
                    for (i, a) in args.iter().enumerate() {
                        ts.stack[stack_base + 1 + i] = *a;
                    }
                    let n = self.adapt_request(ts, callee, kind, stack_base, args.len());
                    return self.call_value(ts, thread, stack_base, n, ret);
                }
                Ok(Outcome::TailCallRet(func, kind)) => {
                    let nargs = self.ret_buf.len();
                    ensure(&mut ts.stack, stack_base + nargs + 8);
                    ts.stack[stack_base] = func;
                    ts.stack[stack_base + 1..stack_base + 1 + nargs].copy_from_slice(&self.ret_buf);
                    self.ret_buf.clear();
                    let n = self.adapt_request(ts, callee, kind, stack_base, nargs);
                    return self.call_value(ts, thread, stack_base, n, ret);
                }
                Ok(Outcome::Yield) => {
                    if !self.in_coroutine {
                        return Err(Interrupt::Op(OpError::YieldOutside));
                    }
                    ts.frames.push(Frame::Yielded { ret });
                    let values = std::mem::take(&mut self.ret_buf);
                    return Err(Interrupt::Yield { values });
                }
                Ok(Outcome::Resume(r)) => {
                    let crate::native::ResumeOutcome {
                        thread: target,
                        then,
                        mode,
                    } = *r;
                    let frame = NativeFrame {
                        callee,
                        then,
                        ret,
                        stack_base: stack_base as u32,
                    };
                    self.push_native(ts, thread, frame)?;
                    let args = std::mem::take(&mut self.ret_buf);
                    return Err(Interrupt::Resume {
                        thread: target,
                        args,
                        mode,
                    });
                }
            }
        }
    }

    /// Pop the native frame on top and run its continuation with `values`.
    #[allow(clippy::type_complexity)]
    pub(crate) fn resume_continuation(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        values: Result<&[Value<'gc>], Value<'gc>>,
    ) -> Result<
        (
            NativeResult<'gc>,
            Option<NativeFunction<'gc>>,
            ReturnTo,
            usize,
        ),
        Interrupt<'gc>,
    > {
        let Some(Frame::Native(nf)) = ts.frames.pop() else {
            return Err(Interrupt::Op(OpError::Message(
                "internal: no continuation to return to".into(),
            )));
        };
        self.ret_buf.clear();
        let result = {
            let mut ctx = self.ctx(ts, thread, nf.callee);
            (nf.then.func)(&mut ctx, nf.then.state, values)
        };
        Ok((result, nf.callee, nf.ret, nf.stack_base as usize))
    }

    /// Turn a native's error into a thrown value, worded by the calling
    /// frame's language.
    fn native_error(
        &mut self,
        ts: &ThreadState<'gc>,
        thread: Thread<'gc>,
        callee: Option<NativeFunction<'gc>>,
        e: NativeError<'gc>,
    ) -> Interrupt<'gc> {
        let ops = self.ops_at(ts);
        match e {
            NativeError::Message(m) => {
                // The failing native is the context's callee, so the
                // language can name it (Lua's `pushglobalfuncname`).
                let mut ctx = self.ctx(ts, thread, callee);
                Interrupt::Throw((ops.native_error)(&mut ctx, m))
            }
            NativeError::Op(e) => self.plain_error(ts, thread, *e, ErrorSite::Builtin),
            NativeError::Throw(v) => Interrupt::Throw(v),
            NativeError::AtLevel(v, level) => match (v, position(ts, level)) {
                (Value::Str(s), Some((chunk, line))) if level > 0 => {
                    let mut text = format!("{chunk}:{line}: ").into_bytes();
                    text.extend_from_slice(s.as_bytes());
                    Interrupt::Throw(Value::Str(Str::from_vec(self.mc, text)))
                }
                (other, _) => Interrupt::Throw(other),
            },
        }
    }

    /// Deliver `values` to a non-continuation destination.
    pub(crate) fn deliver(
        &mut self,
        ts: &mut ThreadState<'gc>,
        values: &[Value<'gc>],
        ret: ReturnTo,
    ) -> Flow<'gc> {
        match ret {
            ReturnTo::Values { dest, wanted } => {
                let dest = dest as usize;
                let n = values.len();
                if wanted == MULTI {
                    ensure(&mut ts.stack, dest + n + 16);
                    ts.stack[dest..dest + n].copy_from_slice(values);
                    ts.top = (dest + n) as u32;
                } else {
                    let w = wanted as usize;
                    ensure(&mut ts.stack, dest + w + 1);
                    for i in 0..w {
                        ts.stack[dest + i] = values.get(i).copied().unwrap_or_default();
                    }
                }
                Ok(())
            }
            ReturnTo::One { dest } => {
                ts.stack[dest as usize] = values.first().copied().unwrap_or_default();
                Ok(())
            }
            ReturnTo::Discard => Ok(()),
            ReturnTo::CompareJump {
                jump_if,
                negate,
                offset,
            } => {
                let first = values.first().copied().unwrap_or_default();
                let truthy = self.result_truthy(ts, first) != negate;
                if truthy == jump_if {
                    if let Some(Frame::Lua(f)) = ts.frames.last_mut() {
                        f.pc = (f.pc as i64 + offset as i64) as u32;
                    }
                }
                Ok(())
            }
            ReturnTo::Again { dest } => {
                ts.stack[dest as usize] = values.first().copied().unwrap_or_default();
                if let Some(Frame::Lua(f)) = ts.frames.last_mut() {
                    f.pc -= 1;
                }
                Ok(())
            }
            ReturnTo::ForIter { dest } => {
                match values.first().copied() {
                    None | Some(Value::Empty) => super::slow::for_iter_exit(ts),
                    Some(v) => ts.stack[dest as usize] = v,
                }
                Ok(())
            }
            ReturnTo::ThreadEnd => Err(Interrupt::ThreadEnd {
                values: values.to_vec(),
            }),
            ReturnTo::Construct { dest } => {
                let first = values.first().copied().unwrap_or_default();
                let ops = self.ops_at(ts);
                Self::construct_result(&mut ts.stack, ops, dest, first);
                Ok(())
            }
            ReturnTo::Continuation => Err(Interrupt::Op(OpError::Message(
                "internal: continuation delivery out of order".into(),
            ))),
        }
    }

    /// Pop the running Lua frame, handing `n` values from `from` to its
    /// destination.
    #[inline(always)]
    pub(crate) fn return_from_lua(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        from: usize,
        n: usize,
    ) -> Flow<'gc> {
        let len = ts.frames.len();
        let ret = match ts.frames.last() {
            Some(Frame::Lua(f)) => f.ret,
            _ => {
                return Err(Interrupt::Op(OpError::Message(
                    "internal: return without frame".into(),
                )))
            }
        };
        // SAFETY: the last frame is a `Frame::Lua`, which owns nothing that
        // needs dropping (a closure handle and plain numbers): shortening
        // the vector forgets it without leaking.
        unsafe { ts.frames.set_len(len - 1) };
        if self.rt.tracing {
            let first = if n > 0 { ts.stack[from] } else { Value::Nil };
            self.trace_returned(len - 1, first);
        }
        match ret {
            ReturnTo::Values { dest, wanted: 1 } => {
                debug_assert!((dest as usize) < ts.stack.len() && from < ts.stack.len());
                // SAFETY: `dest` is a register of the calling frame and
                // `from` one of the returning frame (both verified against
                // their prototypes' `max_stack`), and the stack holds every
                // live frame's registers (it never shrinks).
                unsafe {
                    let v = if n > 0 {
                        *ts.stack.get_unchecked(from)
                    } else {
                        Value::Nil
                    };
                    *ts.stack.get_unchecked_mut(dest as usize) = v;
                }
                Ok(())
            }
            ReturnTo::Values { dest, wanted } => {
                let dest = dest as usize;
                ts.stack.copy_within(from..from + n, dest);
                if wanted == MULTI {
                    ts.top = (dest + n) as u32;
                } else {
                    for i in n..wanted as usize {
                        ts.stack[dest + i] = Value::Nil;
                    }
                }
                Ok(())
            }
            ReturnTo::Continuation => {
                let values: Vec<Value<'gc>> = ts.stack[from..from + n].to_vec();
                let (r, c, rt, sb) = self.resume_continuation(ts, thread, Ok(&values))?;
                self.finish_native(ts, thread, r, c, rt, sb)
            }
            ReturnTo::One { dest } => {
                ts.stack[dest as usize] = if n > 0 { ts.stack[from] } else { Value::Nil };
                Ok(())
            }
            ReturnTo::Discard => Ok(()),
            ReturnTo::Construct { dest } => {
                let first = if n > 0 { ts.stack[from] } else { Value::Nil };
                let ops = self.ops_at(ts);
                Self::construct_result(&mut ts.stack, ops, dest, first);
                Ok(())
            }
            ReturnTo::CompareJump {
                jump_if,
                negate,
                offset,
            } => {
                let first = if n > 0 { ts.stack[from] } else { Value::Nil };
                if (self.result_truthy(ts, first) != negate) == jump_if {
                    if let Some(Frame::Lua(f)) = ts.frames.last_mut() {
                        f.pc = (f.pc as i64 + offset as i64) as u32;
                    }
                }
                Ok(())
            }
            other => {
                let values: Vec<Value<'gc>> = ts.stack[from..from + n].to_vec();
                self.deliver(ts, &values, other)
            }
        }
    }

    /// A Lua tail call: replace the running frame.
    pub(crate) fn tail_call(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        slot: usize,
        nargs: usize,
    ) -> Flow<'gc> {
        let (func_slot, ret, complex) = match ts.frames.last() {
            Some(Frame::Lua(f)) => {
                let info = &f.closure.0.proto.info;
                let fs = if info.is_vararg {
                    f.varargs as usize - 1 - info.num_params as usize
                } else {
                    f.base as usize - 1
                };
                (fs, f.ret, info.is_complex())
            }
            _ => return self.call_value(ts, thread, slot, nargs, ReturnTo::Discard),
        };
        // Natives, callable objects, and calls from or to functions with
        // bound parameters: an ordinary call into `slot`; the compiler
        // follows every TailCall with `Return slot, MULTI`.
        let callee_complex = match ts.stack[slot] {
            Value::Closure(c) => c.0.proto.info.is_complex(),
            _ => true,
        };
        if complex || callee_complex {
            let r = ReturnTo::Values {
                dest: slot as u32,
                wanted: MULTI,
            };
            return self.call_value(ts, thread, slot, nargs, r);
        }
        ts.frames.pop();
        ts.stack.copy_within(slot..slot + 1 + nargs, func_slot);
        if let Value::Closure(c) = ts.stack[func_slot] {
            return self.push_lua_frame(ts, c, func_slot, nargs, ret);
        }
        Ok(())
    }

    /// Call `__close` of the innermost pending to-be-closed variable at or
    /// above `level` of the running frame.
    pub(crate) fn close_one(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        meta_slot: usize,
        level: usize,
    ) -> Flow<'gc> {
        let slot = match ts.tbc.last() {
            Some(&s) if s as usize >= level => {
                ts.tbc.pop();
                s as usize
            }
            _ => return Ok(()),
        };
        let v = ts.stack[slot];
        let Some(handler) = (self.ops_at(ts).close_handler)(self.rt, v) else {
            // Its `__close` went away after it was marked: calling it
            // fails (lfunc.c `callclosemethod`).
            let pc = match ts.frames.last() {
                Some(Frame::Lua(f)) => f.pc as usize,
                _ => 0,
            };
            let name = crate::model::VarName {
                kind: crate::model::VarKind::Metamethod,
                name: "close".into(),
            };
            return Err(self.op_error(
                ts,
                thread,
                pc,
                OpError::Call(Value::Nil),
                [Some(name), None],
            ));
        };
        let call = Step::call(handler, &[v, Value::Nil]);
        self.call_step(ts, thread, meta_slot, call, ReturnTo::Discard)
    }

    /// The truthiness of a protocol call's result used as a condition
    /// (`__eq`, `__lt`, `__bool__`): the running frame's language decides;
    /// a value whose truthiness would need another call counts as true.
    pub(crate) fn result_truthy(&mut self, ts: &ThreadState<'gc>, v: Value<'gc>) -> bool {
        match v {
            Value::Nil | Value::Empty | Value::Bool(false) => false,
            Value::Bool(true) => true,
            _ => {
                let ops = self.ops_at(ts);
                if ops.simple_truthiness {
                    return true;
                }
                let Some(thread) = self.running else {
                    return true;
                };
                let mut ctx = self.ctx(ts, thread, None);
                !matches!((ops.truthy)(&mut ctx, v), Step::Done(Value::Bool(false)))
            }
        }
    }
}
