//! Calls and returns: pushing Lua frames, running natives and their
//! continuations, delivering results. All of it iterative: a chain of
//! natives returning into continuations never grows the Rust stack.

use super::error::where_at;
use super::{Flow, Interrupt, Vm};
use crate::bytecode::MULTI;
use crate::function::{Closure, NativeFunction};
use crate::native::{Ctx, NativeError, NativeResult, Outcome};
use crate::protocol::lua::meta::metamethod;
use crate::protocol::lua::MAX_TAG_LOOP;
use crate::protocol::MetaResult;
use crate::string::Str;
use crate::thread::{Frame, LuaFrame, NativeFrame, ReturnTo, Thread, ThreadState};
use crate::value::Value;

/// Lua's LUAI_MAXSTACK: slots per thread.
pub const MAX_STACK: usize = 1_000_000;

fn ensure(stack: &mut Vec<Value<'_>>, len: usize) {
    if stack.len() < len {
        let grow = (len - stack.len()).max(stack.len() / 2).max(64);
        stack.resize(stack.len() + grow, Value::Nil);
    }
}

/// How the running Lua frame's current instruction calls a function: Lua
/// names a builtin in "bad argument" errors by the call site
/// (`luaL_argerror` with `getfuncname`), and for a method call the self
/// argument does not count.
enum CallSite {
    Named(String),
    Method(String),
    ForIterator,
}

fn call_site(ts: &ThreadState<'_>) -> Option<CallSite> {
    let Some(Frame::Lua(f)) = ts.frames.last() else {
        return None;
    };
    let proto = f.closure.proto();
    let pc = (f.pc as usize).checked_sub(1)?;
    let func = match *proto.info.code.get(pc)? {
        crate::bytecode::Instr::Call { func, .. }
        | crate::bytecode::Instr::TailCall { func, .. } => func,
        crate::bytecode::Instr::TForCall { .. } => return Some(CallSite::ForIterator),
        _ => return None,
    };
    let desc = super::error::describe_reg(&proto, pc, func)?;
    let (kind, rest) = desc.split_once(' ')?;
    let name = rest.trim_matches('\'').to_string();
    match kind {
        "method" => Some(CallSite::Method(name)),
        "global" | "local" | "field" | "upvalue" => Some(CallSite::Named(name)),
        _ => None,
    }
}

/// Rewrite "bad argument #N to 'f' (msg)" with the call site's name.
fn rename_bad_argument(ts: &ThreadState<'_>, m: String) -> String {
    let Some(rest) = m.strip_prefix("bad argument #") else {
        return m;
    };
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let Ok(n) = digits.parse::<usize>() else {
        return m;
    };
    let Some(after) = rest[digits.len()..].strip_prefix(" to '") else {
        return m;
    };
    let Some(q) = after.find("' (") else {
        return m;
    };
    let detail = &after[q + 3..];
    let detail = detail.strip_suffix(')').unwrap_or(detail);
    match call_site(ts) {
        Some(CallSite::Method(name)) => {
            if n == 1 {
                format!("calling '{name}' on bad self ({detail})")
            } else {
                format!("bad argument #{} to '{name}' ({detail})", n - 1)
            }
        }
        Some(CallSite::Named(name)) => format!("bad argument #{n} to '{name}' ({detail})"),
        Some(CallSite::ForIterator) => format!("bad argument #{n} to 'for iterator' ({detail})"),
        None => m,
    }
}

impl<'gc> Vm<'gc, '_> {
    /// Put a metamethod call at `slot` (above the caller's registers).
    #[inline]
    pub(crate) fn meta_call(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        slot: usize,
        call: MetaResult<'gc>,
        ret: ReturnTo,
    ) -> Flow<'gc> {
        let MetaResult::Call { func, args, nargs } = call else {
            return Ok(());
        };
        ensure(&mut ts.stack, slot + 8);
        ts.stack[slot] = func;
        for (i, a) in args.iter().take(nargs as usize).enumerate() {
            ts.stack[slot + 1 + i] = *a;
        }
        if let Value::Closure(c) = func {
            return self.push_lua_frame(ts, c, slot, nargs as usize, ret);
        }
        match self.call_value(ts, thread, slot, nargs as usize, ret) {
            Err(Interrupt::NotCallable(v)) => Err(self.not_callable(ts, v)),
            other => other,
        }
    }

    pub(crate) fn not_callable(&mut self, ts: &ThreadState<'gc>, v: Value<'gc>) -> Interrupt<'gc> {
        let msg = format!(
            "{}attempt to call a {} value",
            where_at(ts, 1),
            crate::protocol::lua::compare::object_type_name(self.rt, v)
        );
        Interrupt::Throw(self.message_value(&msg))
    }

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
        for _ in 0..MAX_TAG_LOOP {
            match ts.stack[slot] {
                Value::Closure(c) => return self.push_lua_frame(ts, c, slot, nargs, ret),
                Value::Native(n) => return self.call_native(ts, thread, n, slot, nargs, ret),
                v => {
                    let handler = metamethod(self.rt, v, self.rt.names.call);
                    if handler.is_nil() {
                        return Err(Interrupt::NotCallable(v));
                    }
                    // `__call`: the callee becomes the first argument.
                    self.rt.trace("Lua call event", || {
                        format!(
                            "{} is not a function: its metatable's __call is called with it as the first argument",
                            crate::trace::describe(v)
                        )
                    });
                    ensure(&mut ts.stack, slot + nargs + 2);
                    ts.stack.copy_within(slot..slot + 1 + nargs, slot + 1);
                    ts.stack[slot] = handler;
                    nargs += 1;
                }
            }
        }
        let msg = format!("{}'__call' chain too long; possible loop", where_at(ts, 1));
        Err(Interrupt::Throw(self.message_value(&msg)))
    }

    fn stack_overflow(&mut self, ts: &ThreadState<'gc>) -> Interrupt<'gc> {
        let msg = format!("{}stack overflow", where_at(ts, 1));
        Interrupt::Throw(self.message_value(&msg))
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
        let np = info.num_params as usize;
        if ts.frames.len() >= self.rt.max_depth {
            return Err(self.stack_overflow(ts));
        }
        let base = if info.is_vararg {
            slot + 1 + nargs
        } else {
            slot + 1
        };
        let needed = base + info.max_stack as usize + 16;
        if needed > MAX_STACK {
            return Err(self.stack_overflow(ts));
        }
        ensure(&mut ts.stack, needed);
        let (varargs, nvarargs) = if info.is_vararg {
            // Fixed parameters move above the extra arguments (as Lua 5.4).
            for i in 0..np {
                ts.stack[base + i] = if i < nargs {
                    ts.stack[slot + 1 + i]
                } else {
                    Value::Nil
                };
            }
            (slot + 1 + np.min(nargs), nargs.saturating_sub(np))
        } else {
            for i in nargs..np {
                ts.stack[base + i] = Value::Nil;
            }
            (0, 0)
        };
        // Written in place into the frame vector (a push of a frame built
        // on the Rust stack costs a store-forwarding stall on every call).
        ts.frames.reserve(1);
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

    fn call_native(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        n: NativeFunction<'gc>,
        slot: usize,
        nargs: usize,
        ret: ReturnTo,
    ) -> Flow<'gc> {
        let mut args = std::mem::take(&mut self.args_buf);
        args.clear();
        args.extend_from_slice(&ts.stack[slot + 1..slot + 1 + nargs]);
        self.ret_buf.clear();
        let result = {
            let mut ctx = Ctx {
                mc: self.mc,
                rt: self.rt,
                ret: &mut self.ret_buf,
                thread,
                callee: Some(n),
                host: self.host,
                full_gc_requested: &mut self.full_gc_requested,
            };
            (n.0.func)(&mut ctx, &args)
        };
        args.clear();
        self.args_buf = args;
        if self.full_gc_requested {
            // End the slice now so the host collects; the registers above
            // the call are dead temporaries (as in Lua, which does not mark
            // the stack above the call).
            self.fuel = 0;
            ts.stack[slot + 1..].fill(Value::Nil);
        }
        self.finish_native(ts, thread, result, n, ret, slot)
    }

    /// Act on what a native (or a continuation) asked for, iteratively.
    pub(crate) fn finish_native(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        mut result: NativeResult<'gc>,
        mut callee: NativeFunction<'gc>,
        mut ret: ReturnTo,
        mut stack_base: usize,
    ) -> Flow<'gc> {
        loop {
            match result {
                Err(e) => return Err(self.native_error(ts, e)),
                Ok(Outcome::Return) => {
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
                Ok(Outcome::Call { func, args, then }) => {
                    ts.frames.push(Frame::Native(Box::new(NativeFrame {
                        callee,
                        then,
                        ret,
                        stack_base: stack_base as u32,
                    })));
                    ensure(&mut ts.stack, stack_base + args.len() + 8);
                    ts.stack[stack_base] = func;
                    for (i, a) in args.iter().enumerate() {
                        ts.stack[stack_base + 1 + i] = *a;
                    }
                    return match self.call_value(
                        ts,
                        thread,
                        stack_base,
                        args.len(),
                        ReturnTo::Continuation,
                    ) {
                        Err(Interrupt::NotCallable(v)) => Err(self.not_callable(ts, v)),
                        other => other,
                    };
                }
                Ok(Outcome::TailCall { func, args }) => {
                    ensure(&mut ts.stack, stack_base + args.len() + 8);
                    ts.stack[stack_base] = func;
                    for (i, a) in args.iter().enumerate() {
                        ts.stack[stack_base + 1 + i] = *a;
                    }
                    return match self.call_value(ts, thread, stack_base, args.len(), ret) {
                        Err(Interrupt::NotCallable(v)) => Err(self.not_callable(ts, v)),
                        other => other,
                    };
                }
                Ok(Outcome::Yield) => {
                    if !self.in_coroutine {
                        let msg = "attempt to yield from outside a coroutine";
                        return Err(Interrupt::Throw(self.message_value(msg)));
                    }
                    ts.frames.push(Frame::Yielded { ret });
                    let values = std::mem::take(&mut self.ret_buf);
                    return Err(Interrupt::Yield { values });
                }
                Ok(Outcome::Resume {
                    thread: target,
                    then,
                }) => {
                    ts.frames.push(Frame::Native(Box::new(NativeFrame {
                        callee,
                        then,
                        ret,
                        stack_base: stack_base as u32,
                    })));
                    let args = std::mem::take(&mut self.ret_buf);
                    return Err(Interrupt::Resume {
                        thread: target,
                        args,
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
    ) -> Result<(NativeResult<'gc>, NativeFunction<'gc>, ReturnTo, usize), Interrupt<'gc>> {
        let Some(Frame::Native(nf)) = ts.frames.pop() else {
            return Err(Interrupt::Throw(
                self.message_value("internal: no continuation to return to"),
            ));
        };
        self.ret_buf.clear();
        let result = {
            let mut ctx = Ctx {
                mc: self.mc,
                rt: self.rt,
                ret: &mut self.ret_buf,
                thread,
                callee: Some(nf.callee),
                host: self.host,
                full_gc_requested: &mut self.full_gc_requested,
            };
            (nf.then.func)(&mut ctx, nf.then.state, values)
        };
        Ok((result, nf.callee, nf.ret, nf.stack_base as usize))
    }

    /// Turn a native's error into a thrown value (positions per Lua).
    fn native_error(&mut self, ts: &ThreadState<'gc>, e: NativeError<'gc>) -> Interrupt<'gc> {
        match e {
            NativeError::Message(m) => {
                let m = rename_bad_argument(ts, m);
                let text = format!("{}{}", where_at(ts, 1), m);
                Interrupt::Throw(self.message_value(&text))
            }
            NativeError::Throw(v) => Interrupt::Throw(v),
            NativeError::AtLevel(v, level) => match v {
                Value::Str(s) if level > 0 => {
                    let mut text = where_at(ts, level).into_bytes();
                    text.extend_from_slice(s.as_bytes());
                    Interrupt::Throw(Value::Str(Str::from_vec(self.mc, text)))
                }
                other => Interrupt::Throw(other),
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
                let truthy = values.first().copied().unwrap_or_default().is_truthy_lua() != negate;
                if truthy == jump_if {
                    if let Some(Frame::Lua(f)) = ts.frames.last_mut() {
                        f.pc = (f.pc as i64 + offset as i64) as u32;
                    }
                }
                Ok(())
            }
            ReturnTo::ThreadEnd => Err(Interrupt::ThreadEnd {
                values: values.to_vec(),
            }),
            ReturnTo::Continuation => Err(Interrupt::Throw(
                self.message_value("internal: continuation delivery out of order"),
            )),
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
        let ret = match ts.frames.pop() {
            Some(Frame::Lua(f)) => f.ret,
            _ => {
                return Err(Interrupt::Throw(
                    self.message_value("internal: return without frame"),
                ))
            }
        };
        match ret {
            ReturnTo::Values { dest, wanted: 1 } => {
                ts.stack[dest as usize] = if n > 0 { ts.stack[from] } else { Value::Nil };
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
            ReturnTo::CompareJump {
                jump_if,
                negate,
                offset,
            } => {
                let first = if n > 0 { ts.stack[from] } else { Value::Nil };
                if (first.is_truthy_lua() != negate) == jump_if {
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
        let (func_slot, ret) = match ts.frames.last() {
            Some(Frame::Lua(f)) => {
                let info = &f.closure.0.proto.info;
                let fs = if info.is_vararg {
                    f.varargs as usize - 1 - (info.num_params as usize).min(f.varargs as usize)
                } else {
                    f.base as usize - 1
                };
                (fs, f.ret)
            }
            _ => return self.call_value(ts, thread, slot, nargs, ReturnTo::Discard),
        };
        // Natives and callable tables: an ordinary call into `slot`; the
        // compiler follows every TailCall with `Return slot, MULTI`.
        if !matches!(ts.stack[slot], Value::Closure(_)) {
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
        let handler = metamethod(self.rt, v, self.rt.names.close);
        if handler.is_nil() {
            return Ok(());
        }
        let call = MetaResult::call2(handler, v, Value::Nil);
        self.meta_call(ts, thread, meta_slot, call, ReturnTo::Discard)
    }
}
