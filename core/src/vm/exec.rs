//! The instruction loop. Fast paths for plain tables and numbers are inline;
//! everything else goes through `protocol::lua` and, when a metamethod must
//! run, becomes a new frame (never a Rust call into user code).

use gc_arena::{Gc, Lock};

use super::error::{describe_reg, describe_rk};
use super::{Interrupt, Vm};
use crate::bytecode::{ArithOp, Instr, Rk, UnaryOp, MULTI};
use crate::function::{Closure, Proto, UpvalueSource};
use crate::object::{KeyError, Table};
use crate::protocol::lua::{arith, compare, concat, index, len, newindex};
use crate::protocol::{MetaResult, OpError};
use crate::thread::{Frame, ReturnTo, Thread, ThreadState};
use crate::value::Value;

// Unchecked access. Every operand was checked by `vm::verify` when the
// prototype was loaded (registers below `max_stack`, constant, upvalue and
// prototype indexes in range, jumps inside the code, code ending in a
// `Return` or `Jmp`), and `push_lua_frame` makes the stack hold at least
// `base + max_stack` slots while a frame runs; the stack never shrinks.

/// Register at absolute stack index `i` (`base + r`).
#[inline(always)]
fn rget<'gc>(stack: &[Value<'gc>], i: usize) -> Value<'gc> {
    debug_assert!(i < stack.len());
    // SAFETY: `i = base + r` with `r < max_stack` (verified) and
    // `stack.len() >= base + max_stack` (see above).
    unsafe { *stack.get_unchecked(i) }
}

#[inline(always)]
fn rset<'gc>(stack: &mut [Value<'gc>], i: usize, v: Value<'gc>) {
    debug_assert!(i < stack.len());
    // SAFETY: as for `rget`.
    unsafe { *stack.get_unchecked_mut(i) = v }
}

#[inline(always)]
fn rmut<'gc, 'a>(stack: &'a mut [Value<'gc>], i: usize) -> &'a mut Value<'gc> {
    debug_assert!(i < stack.len());
    // SAFETY: as for `rget`.
    unsafe { stack.get_unchecked_mut(i) }
}

/// Constant `i` of the running prototype.
#[inline(always)]
fn konst<'gc>(k: &[Value<'gc>], i: usize) -> Value<'gc> {
    debug_assert!(i < k.len());
    // SAFETY: constant indexes were verified against the constant table.
    unsafe { *k.get_unchecked(i) }
}

/// Upvalue cell `i` of the running closure.
#[inline(always)]
fn upvalue<'gc, 'a>(
    upvals: &'a [crate::function::UpvalueCell<'gc>],
    i: u8,
) -> &'a crate::function::UpvalueCell<'gc> {
    debug_assert!((i as usize) < upvals.len());
    // SAFETY: upvalue indexes were verified against the prototype's upvalue
    // list, and every closure has one cell per entry.
    unsafe { upvals.get_unchecked(i as usize) }
}

#[inline(always)]
fn rk<'gc>(stack: &[Value<'gc>], base: usize, k: &[Value<'gc>], op: Rk) -> Value<'gc> {
    if op.is_const() {
        konst(k, op.index())
    } else {
        rget(stack, base + op.index())
    }
}

#[inline(always)]
fn save_pc(ts: &mut ThreadState<'_>, pc: usize) {
    if let Some(Frame::Lua(f)) = ts.frames.last_mut() {
        f.pc = pc as u32;
    }
}

/// Fast arithmetic on two numbers of the same subtype, written straight
/// into the destination register. False when the slow path is needed.
#[inline(always)]
fn fast_arith<'gc>(dst: &mut Value<'gc>, op: ArithOp, a: Value<'gc>, b: Value<'gc>) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            ArithOp::Add => *dst = Value::Int(x.wrapping_add(y)),
            ArithOp::Sub => *dst = Value::Int(x.wrapping_sub(y)),
            ArithOp::Mul => *dst = Value::Int(x.wrapping_mul(y)),
            ArithOp::Div => *dst = Value::Float(x as f64 / y as f64),
            _ => return false,
        },
        (Value::Float(x), Value::Float(y)) => match op {
            ArithOp::Add => *dst = Value::Float(x + y),
            ArithOp::Sub => *dst = Value::Float(x - y),
            ArithOp::Mul => *dst = Value::Float(x * y),
            ArithOp::Div => *dst = Value::Float(x / y),
            _ => return false,
        },
        _ => return false,
    }
    true
}

/// Lua 5.4 `forprep` wording: "bad 'for' limit (number expected, got nil)".
fn for_error(what: &str, v: Value<'_>) -> String {
    format!(
        "bad 'for' {what} (number expected, got {})",
        v.lua_type_name()
    )
}

/// The outcome of an index operation whose value, if any, is already in
/// its register (so no `Value` travels through a large `Result`).
enum Got<'gc> {
    Done,
    Call(MetaResult<'gc>),
    Err(OpError<'gc>),
}

/// `stack[dest] = o[key]` by the Lua index protocol, with the common
/// cases inline: a raw hit, and a miss answered by an `__index` table
/// one level up (the class of an object).
#[inline(always)]
fn index_to<'gc>(
    rt: &crate::runtime::RuntimeState<'gc>,
    stack: &mut [Value<'gc>],
    dest: usize,
    o: Value<'gc>,
    key: Value<'gc>,
) -> Got<'gc> {
    if rt.tracing {
        return index_slow(rt, stack, dest, o, key);
    }
    if let Value::Table(table) = o {
        let state = table.0.borrow();
        let v = state.get(key);
        if !v.is_nil() {
            stack[dest] = v;
            return Got::Done;
        }
        let Some(mt) = state.metatable else {
            stack[dest] = Value::Nil;
            return Got::Done;
        };
        drop(state);
        match mt.get_str(rt.names.index) {
            Value::Nil => {
                stack[dest] = Value::Nil;
                return Got::Done;
            }
            Value::Table(class) => {
                let state = class.0.borrow();
                let v = state.get(key);
                if !v.is_nil() || state.metatable.is_none() {
                    stack[dest] = v;
                    return Got::Done;
                }
            }
            h if h.is_function() => return Got::Call(MetaResult::call2(h, o, key)),
            _ => {}
        }
    }
    index_slow(rt, stack, dest, o, key)
}

#[inline(never)]
fn index_slow<'gc>(
    rt: &crate::runtime::RuntimeState<'gc>,
    stack: &mut [Value<'gc>],
    dest: usize,
    o: Value<'gc>,
    key: Value<'gc>,
) -> Got<'gc> {
    match index::index(rt, o, key) {
        Ok(MetaResult::Value(v)) => {
            stack[dest] = v;
            Got::Done
        }
        Ok(call) => Got::Call(call),
        Err(e) => Got::Err(e),
    }
}

enum Store<'gc> {
    Done,
    /// A `__newindex` call was set up: reload the frame.
    Called,
    Failed(OpError<'gc>),
    Stop(Interrupt<'gc>),
}

impl<'gc> Vm<'gc, '_> {
    /// Run Lua frames of `ts` until something interrupts.
    pub(crate) fn execute(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
    ) -> Interrupt<'gc> {
        'frame: loop {
            let (closure, mut pc, base) = match ts.frames.last() {
                Some(Frame::Lua(f)) => (f.closure, f.pc as usize, f.base as usize),
                _ => return Interrupt::Throw(self.message_value("internal: no Lua frame to run")),
            };
            let cdata = closure.0.as_ref();
            let proto: &'gc Proto<'gc> = cdata.proto.as_ref();
            let code: &'gc [Instr] = &proto.info.code;
            let k: &'gc [Value<'gc>] = &proto.constants;
            let upvals = &cdata.upvalues;
            let meta_slot = base + proto.info.max_stack as usize;
            loop {
                if self.fuel == 0 {
                    save_pc(ts, pc);
                    return Interrupt::Pause;
                }
                self.fuel -= 1;
                debug_assert!(pc < code.len());
                // SAFETY: verified jumps land inside the code and the code
                // ends with a Return or Jmp, so `pc` stays in range.
                let instr = unsafe { *code.get_unchecked(pc) };
                pc += 1;
                match instr {
                    Instr::Move { dst, src } => {
                        let v = rget(&ts.stack, base + src as usize);
                        rset(&mut ts.stack, base + dst as usize, v);
                    }
                    Instr::LoadK { dst, k: i } => {
                        rset(&mut ts.stack, base + dst as usize, konst(k, i as usize))
                    }
                    Instr::LoadInt { dst, value } => {
                        rset(&mut ts.stack, base + dst as usize, Value::Int(value as i64))
                    }
                    Instr::LoadNil { dst, count } => {
                        let s = base + dst as usize;
                        ts.stack[s..s + count as usize].fill(Value::Nil);
                    }
                    Instr::LoadBool { dst, value } => {
                        rset(&mut ts.stack, base + dst as usize, Value::Bool(value))
                    }
                    Instr::NewCell { reg } => {
                        let slot = base + reg as usize;
                        let boxed = Value::Cell(Gc::new(self.mc, Lock::new(rget(&ts.stack, slot))));
                        rset(&mut ts.stack, slot, boxed);
                    }
                    Instr::GetCell { dst, cell } => {
                        let v = match rget(&ts.stack, base + cell as usize) {
                            Value::Cell(c) => c.get(),
                            other => other,
                        };
                        rset(&mut ts.stack, base + dst as usize, v);
                    }
                    Instr::SetCell { cell, src } => {
                        let v = rk(&ts.stack, base, k, src);
                        if let Value::Cell(c) = rget(&ts.stack, base + cell as usize) {
                            c.set(self.mc, v);
                        }
                    }
                    Instr::GetUpval { dst, up } => {
                        rset(
                            &mut ts.stack,
                            base + dst as usize,
                            upvalue(upvals, up).get(),
                        );
                    }
                    Instr::SetUpval { up, src } => {
                        let v = rk(&ts.stack, base, k, src);
                        upvalue(upvals, up).set(self.mc, v);
                    }
                    Instr::GetTabUp { dst, up, key } => {
                        let t = upvalue(upvals, up).get();
                        let key = konst(k, key as usize);
                        match index_to(self.rt, &mut ts.stack, base + dst as usize, t, key) {
                            Got::Done => {}
                            Got::Call(call) => {
                                if let Err(e) = self.meta_call_at(
                                    ts,
                                    thread,
                                    pc,
                                    meta_slot,
                                    call,
                                    super::one(base + dst as usize),
                                ) {
                                    return e;
                                }
                                continue 'frame;
                            }
                            Got::Err(e) => {
                                let name = proto
                                    .info
                                    .upvalues
                                    .get(up as usize)
                                    .map(|u| format!("upvalue '{}'", u.name));
                                return self.op_error(ts, pc, e, [name, None]);
                            }
                        }
                    }
                    Instr::GetIndex { dst, obj, key } | Instr::SelfOp { dst, obj, key } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        let key = rk(&ts.stack, base, k, key);
                        if let Instr::SelfOp { .. } = instr {
                            // method call set-up: the object is `self`
                            rset(&mut ts.stack, base + dst as usize + 1, o);
                        }
                        match index_to(self.rt, &mut ts.stack, base + dst as usize, o, key) {
                            Got::Done => {}
                            Got::Call(call) => {
                                if let Err(e) = self.meta_call_at(
                                    ts,
                                    thread,
                                    pc,
                                    meta_slot,
                                    call,
                                    super::one(base + dst as usize),
                                ) {
                                    return e;
                                }
                                continue 'frame;
                            }
                            Got::Err(e) => {
                                let name = describe_reg(proto, pc - 1, obj);
                                return self.op_error(ts, pc, e, [name, None]);
                            }
                        }
                    }
                    Instr::SetTabUp { up, key, src } => {
                        let t = upvalue(upvals, up).get();
                        let key = konst(k, key as usize);
                        let v = rk(&ts.stack, base, k, src);
                        match self.store(ts, thread, pc, meta_slot, t, key, v) {
                            Store::Done => {}
                            Store::Called => continue 'frame,
                            Store::Stop(e) => return e,
                            Store::Failed(e) => {
                                let name = proto
                                    .info
                                    .upvalues
                                    .get(up as usize)
                                    .map(|u| format!("upvalue '{}'", u.name));
                                return self.op_error(ts, pc, e, [name, None]);
                            }
                        }
                    }
                    Instr::SetIndex { obj, key, src } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        let key = rk(&ts.stack, base, k, key);
                        let v = rk(&ts.stack, base, k, src);
                        match self.store(ts, thread, pc, meta_slot, o, key, v) {
                            Store::Done => {}
                            Store::Called => continue 'frame,
                            Store::Stop(e) => return e,
                            Store::Failed(e) => {
                                let name = describe_reg(proto, pc - 1, obj);
                                return self.op_error(ts, pc, e, [name, None]);
                            }
                        }
                    }
                    Instr::NewTable { dst, array, hash } => {
                        let t = Table::with_capacity(self.mc, array as usize, hash as usize);
                        rset(&mut ts.stack, base + dst as usize, Value::Table(t));
                    }
                    Instr::SetList {
                        table,
                        count,
                        first,
                    } => {
                        let start = base + table as usize + 1;
                        let n = if count == MULTI {
                            (ts.top as usize).saturating_sub(start)
                        } else {
                            count as usize
                        };
                        if let Value::Table(t) = rget(&ts.stack, base + table as usize) {
                            let mut state = t.0.borrow_mut(self.mc);
                            for i in 0..n {
                                let _ = state
                                    .set(Value::Int(first as i64 + i as i64), ts.stack[start + i]);
                            }
                        }
                    }
                    // Arith and Concat stay separate arms: merging them costs
                    // ~5% on call-heavy code (measured on bench/fib.lua).
                    Instr::Arith { op, dst, a, b } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        if fast_arith(rmut(&mut ts.stack, base + dst as usize), op, x, y) {
                            continue;
                        }
                        match arith::arith(self.rt, op, x, y) {
                            Ok(MetaResult::Value(v)) => rset(&mut ts.stack, base + dst as usize, v),
                            Ok(call) => {
                                if let Err(e) = self.meta_call_at(
                                    ts,
                                    thread,
                                    pc,
                                    meta_slot,
                                    call,
                                    super::one(base + dst as usize),
                                ) {
                                    return e;
                                }
                                continue 'frame;
                            }
                            Err(e) => {
                                let names =
                                    [describe_rk(proto, pc - 1, a), describe_rk(proto, pc - 1, b)];
                                return self.op_error(ts, pc, e, names);
                            }
                        }
                    }
                    Instr::Concat { dst, a, b } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        match concat::concat(self.mc, self.rt, x, y) {
                            Ok(MetaResult::Value(v)) => rset(&mut ts.stack, base + dst as usize, v),
                            Ok(call) => {
                                if let Err(e) = self.meta_call_at(
                                    ts,
                                    thread,
                                    pc,
                                    meta_slot,
                                    call,
                                    super::one(base + dst as usize),
                                ) {
                                    return e;
                                }
                                continue 'frame;
                            }
                            Err(e) => {
                                let names =
                                    [describe_rk(proto, pc - 1, a), describe_rk(proto, pc - 1, b)];
                                return self.op_error(ts, pc, e, names);
                            }
                        }
                    }
                    Instr::Unary { op, dst, src } => {
                        let v = rget(&ts.stack, base + src as usize);
                        let result = match op {
                            UnaryOp::Not => Ok(MetaResult::Value(Value::Bool(!v.is_truthy_lua()))),
                            UnaryOp::Len => match v {
                                Value::Table(t) if t.metatable().is_none() => {
                                    Ok(MetaResult::Value(Value::Int(t.length())))
                                }
                                _ => len::length(self.rt, v),
                            },
                            UnaryOp::Neg => match v {
                                Value::Int(i) => {
                                    Ok(MetaResult::Value(Value::Int(i.wrapping_neg())))
                                }
                                Value::Float(f) => Ok(MetaResult::Value(Value::Float(-f))),
                                _ => arith::unary(self.rt, op, v),
                            },
                            UnaryOp::BNot => arith::unary(self.rt, op, v),
                        };
                        match result {
                            Ok(MetaResult::Value(v)) => rset(&mut ts.stack, base + dst as usize, v),
                            Ok(call) => {
                                if let Err(e) = self.meta_call_at(
                                    ts,
                                    thread,
                                    pc,
                                    meta_slot,
                                    call,
                                    super::one(base + dst as usize),
                                ) {
                                    return e;
                                }
                                continue 'frame;
                            }
                            Err(e) => {
                                let name = describe_reg(proto, pc - 1, src);
                                return self.op_error(ts, pc, e, [name, None]);
                            }
                        }
                    }
                    Instr::Jmp { offset } => pc = (pc as i64 + offset as i64) as usize,
                    Instr::Test {
                        reg,
                        jump_if,
                        offset,
                    } => {
                        if rget(&ts.stack, base + reg as usize).is_truthy_lua() == jump_if {
                            pc = (pc as i64 + offset as i64) as usize;
                        }
                    }
                    Instr::TestSet {
                        dst,
                        src,
                        jump_if,
                        offset,
                    } => {
                        let v = rget(&ts.stack, base + src as usize);
                        if v.is_truthy_lua() == jump_if {
                            rset(&mut ts.stack, base + dst as usize, v);
                            pc = (pc as i64 + offset as i64) as usize;
                        }
                    }
                    Instr::Eq {
                        a,
                        b,
                        jump_if,
                        offset,
                    } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        match compare::equal(self.rt, x, y) {
                            MetaResult::Value(v) => {
                                if v.is_truthy_lua() == jump_if {
                                    pc = (pc as i64 + offset as i64) as usize;
                                }
                            }
                            call => {
                                save_pc(ts, pc);
                                let ret = ReturnTo::CompareJump {
                                    jump_if,
                                    negate: false,
                                    offset,
                                };
                                if let Err(e) = self.meta_call(ts, thread, meta_slot, call, ret) {
                                    return e;
                                }
                                continue 'frame;
                            }
                        }
                    }
                    Instr::Lt {
                        a,
                        b,
                        jump_if,
                        offset,
                    }
                    | Instr::Le {
                        a,
                        b,
                        jump_if,
                        offset,
                    } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        let is_lt = matches!(instr, Instr::Lt { .. });
                        let fast = if is_lt {
                            compare::raw_less_than(x, y)
                        } else {
                            compare::raw_less_equal(x, y)
                        };
                        if let Some(r) = fast {
                            if r == jump_if {
                                pc = (pc as i64 + offset as i64) as usize;
                            }
                            continue;
                        }
                        let result = if is_lt {
                            compare::less_than(self.rt, x, y)
                        } else {
                            compare::less_equal(self.rt, x, y)
                        };
                        match result {
                            Ok(MetaResult::Value(v)) => {
                                if v.is_truthy_lua() == jump_if {
                                    pc = (pc as i64 + offset as i64) as usize;
                                }
                            }
                            Ok(call) => {
                                save_pc(ts, pc);
                                let ret = ReturnTo::CompareJump {
                                    jump_if,
                                    negate: false,
                                    offset,
                                };
                                if let Err(e) = self.meta_call(ts, thread, meta_slot, call, ret) {
                                    return e;
                                }
                                continue 'frame;
                            }
                            Err(e) => {
                                if !is_lt {
                                    if let Some(call) = compare::less_equal_by_lt(self.rt, x, y) {
                                        save_pc(ts, pc);
                                        let ret = ReturnTo::CompareJump {
                                            jump_if,
                                            negate: true,
                                            offset,
                                        };
                                        if let Err(e) =
                                            self.meta_call(ts, thread, meta_slot, call, ret)
                                        {
                                            return e;
                                        }
                                        continue 'frame;
                                    }
                                }
                                return self.op_error(ts, pc, e, [None, None]);
                            }
                        }
                    }
                    Instr::Call {
                        func,
                        nargs,
                        nresults,
                    } => {
                        let slot = base + func as usize;
                        let n = if nargs == MULTI {
                            (ts.top as usize).saturating_sub(slot + 1)
                        } else {
                            nargs as usize
                        };
                        save_pc(ts, pc);
                        let ret = ReturnTo::Values {
                            dest: slot as u32,
                            wanted: nresults,
                        };
                        if let Value::Closure(c) = rget(&ts.stack, slot) {
                            if let Err(e) = self.push_lua_frame(ts, c, slot, n, ret) {
                                return e;
                            }
                            continue 'frame;
                        }
                        if let Err(e) = self.call_value(ts, thread, slot, n, ret) {
                            return self.name_call_error(ts, e, proto, pc, func);
                        }
                        continue 'frame;
                    }
                    Instr::TailCall { func, nargs } => {
                        let slot = base + func as usize;
                        let n = if nargs == MULTI {
                            (ts.top as usize).saturating_sub(slot + 1)
                        } else {
                            nargs as usize
                        };
                        save_pc(ts, pc);
                        if let Err(e) = self.tail_call(ts, thread, slot, n) {
                            return self.name_call_error(ts, e, proto, pc, func);
                        }
                        continue 'frame;
                    }
                    Instr::Return { start, count } => {
                        let from = base + start as usize;
                        let n = if count == MULTI {
                            (ts.top as usize).saturating_sub(from)
                        } else {
                            count as usize
                        };
                        save_pc(ts, pc);
                        if ts.tbc.last().is_some_and(|&s| s as usize >= base) {
                            // Close pending variables, then run this
                            // Return again.
                            save_pc(ts, pc - 1);
                            if let Err(e) = self.close_one(ts, thread, meta_slot + n + 1, base) {
                                return e;
                            }
                            continue 'frame;
                        }
                        if let Err(e) = self.return_from_lua(ts, thread, from, n) {
                            return e;
                        }
                        continue 'frame;
                    }
                    Instr::ForPrep { base: a, offset } => {
                        match self.for_prep(ts, base + a as usize) {
                            Ok(true) => {}
                            Ok(false) => pc = (pc as i64 + offset as i64) as usize,
                            Err(msg) => return self.error_at(ts, pc, &msg),
                        }
                    }
                    Instr::ForLoop { base: a, offset } => {
                        let r = base + a as usize;
                        match (
                            rget(&ts.stack, r),
                            rget(&ts.stack, r + 1),
                            rget(&ts.stack, r + 2),
                        ) {
                            (Value::Int(i), Value::Int(count), Value::Int(step)) if count > 0 => {
                                let next = i.wrapping_add(step);
                                rset(&mut ts.stack, r, Value::Int(next));
                                rset(&mut ts.stack, r + 1, Value::Int(count - 1));
                                rset(&mut ts.stack, r + 3, Value::Int(next));
                                pc = (pc as i64 + offset as i64) as usize;
                            }
                            (Value::Float(i), Value::Float(limit), Value::Float(step)) => {
                                let next = i + step;
                                let go = if step > 0.0 {
                                    next <= limit
                                } else {
                                    next >= limit
                                };
                                if go {
                                    rset(&mut ts.stack, r, Value::Float(next));
                                    rset(&mut ts.stack, r + 3, Value::Float(next));
                                    pc = (pc as i64 + offset as i64) as usize;
                                }
                            }
                            _ => {}
                        }
                    }
                    Instr::TForCall { base: a, nresults } => {
                        let r = base + a as usize;
                        {
                            let v = rget(&ts.stack, r);
                            rset(&mut ts.stack, r + 4, v);
                        }
                        {
                            let v = rget(&ts.stack, r + 1);
                            rset(&mut ts.stack, r + 5, v);
                        }
                        {
                            let v = rget(&ts.stack, r + 2);
                            rset(&mut ts.stack, r + 6, v);
                        }
                        save_pc(ts, pc);
                        let ret = ReturnTo::Values {
                            dest: (r + 4) as u32,
                            wanted: nresults,
                        };
                        if let Err(e) = self.call_value(ts, thread, r + 4, 2, ret) {
                            return self.name_call_error(ts, e, proto, pc, a);
                        }
                        continue 'frame;
                    }
                    Instr::TForLoop { base: a, offset } => {
                        let r = base + a as usize;
                        let v = rget(&ts.stack, r + 4);
                        if !v.is_nil() {
                            rset(&mut ts.stack, r + 2, v);
                            pc = (pc as i64 + offset as i64) as usize;
                        }
                    }
                    Instr::Closure { dst, proto: index } => {
                        let Some(&child) = proto.protos.get(index as usize) else {
                            return self.error_at(ts, pc, "internal: bad prototype index");
                        };
                        let mut cells = Vec::with_capacity(child.info.upvalues.len());
                        for desc in child.info.upvalues.iter() {
                            let cell = match desc.source {
                                UpvalueSource::ParentCell(reg) => {
                                    match rget(&ts.stack, base + reg as usize) {
                                        Value::Cell(c) => c,
                                        other => Gc::new(self.mc, Lock::new(other)),
                                    }
                                }
                                UpvalueSource::ParentUpvalue(i) => *upvalue(upvals, i),
                            };
                            cells.push(cell);
                        }
                        let c = Closure::new(self.mc, child, cells.into_boxed_slice());
                        rset(&mut ts.stack, base + dst as usize, Value::Closure(c));
                    }
                    Instr::VarArg { dst, count } => {
                        let (va, nva) = match ts.frames.last() {
                            Some(Frame::Lua(f)) => (f.varargs as usize, f.nvarargs as usize),
                            _ => (0, 0),
                        };
                        let d = base + dst as usize;
                        if count == MULTI {
                            if ts.stack.len() < d + nva + 8 {
                                ts.stack.resize(d + nva + 8, Value::Nil);
                            }
                            ts.stack.copy_within(va..va + nva, d);
                            ts.top = (d + nva) as u32;
                        } else {
                            for i in 0..count as usize {
                                ts.stack[d + i] = if i < nva {
                                    ts.stack[va + i]
                                } else {
                                    Value::Nil
                                };
                            }
                        }
                    }
                    Instr::Tbc { reg } => {
                        let slot = base + reg as usize;
                        let v = rget(&ts.stack, slot);
                        if v.is_truthy_lua() {
                            let handler = crate::protocol::lua::meta::metamethod(
                                self.rt,
                                v,
                                self.rt.names.close,
                            );
                            if handler.is_nil() {
                                let name =
                                    describe_reg(proto, pc, reg).unwrap_or_else(|| "?".into());
                                let name = name.trim_start_matches("local ").to_string();
                                return self.error_at(
                                    ts,
                                    pc,
                                    &format!("variable {name} got a non-closable value"),
                                );
                            }
                            ts.tbc.push(slot as u32);
                        }
                    }
                    Instr::Close { from } => {
                        let level = base + from as usize;
                        let pending = ts.tbc.last().is_some_and(|&s| s as usize >= level);
                        if pending {
                            save_pc(ts, pc - 1);
                            if let Err(e) = self.close_one(ts, thread, meta_slot, level) {
                                return e;
                            }
                            continue 'frame;
                        }
                    }
                }
            }
        }
    }

    /// `t[key] = v`: raw for a table without metatable, otherwise the
    /// newindex protocol (which may call `__newindex`).
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn store(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        meta_slot: usize,
        t: Value<'gc>,
        key: Value<'gc>,
        v: Value<'gc>,
    ) -> Store<'gc> {
        if let (Value::Table(table), false) = (t, self.rt.tracing) {
            let mut state = table.0.borrow_mut(self.mc);
            // An existing field is assigned raw whatever the metatable says
            // (§2.4: __newindex is only for absent keys).
            if state.metatable.is_some() && state.replace_existing(key, v) {
                return Store::Done;
            }
            if state.metatable.is_none() {
                return match state.set(key, v) {
                    Ok(()) => Store::Done,
                    Err(KeyError::Nil) => {
                        drop(state);
                        Store::Stop(self.error_at(ts, pc, "table index is nil"))
                    }
                    Err(KeyError::NaN) => {
                        drop(state);
                        Store::Stop(self.error_at(ts, pc, "table index is NaN"))
                    }
                };
            }
        }
        match newindex::newindex(self.mc, self.rt, t, key, v) {
            Ok(MetaResult::Value(_)) => Store::Done,
            Ok(call) => {
                save_pc(ts, pc);
                match self.meta_call(ts, thread, meta_slot, call, ReturnTo::Discard) {
                    Ok(()) => Store::Called,
                    Err(e) => Store::Stop(e),
                }
            }
            Err(OpError::Message(m)) => Store::Stop(self.error_at(ts, pc, &m)),
            Err(e) => Store::Failed(e),
        }
    }

    /// Lua 5.4 `forprep`: prepare a numeric loop; false when it runs zero
    /// times.
    fn for_prep(&mut self, ts: &mut ThreadState<'gc>, r: usize) -> Result<bool, String> {
        let (init, limit, step) = (
            rget(&ts.stack, r),
            rget(&ts.stack, r + 1),
            rget(&ts.stack, r + 2),
        );
        if let (Value::Int(i), Value::Int(s)) = (init, step) {
            if s == 0 {
                return Err("'for' step is zero".into());
            }
            // Convert the limit to an integer, clipping floats (forlimit).
            let lim = match limit {
                Value::Int(l) => l,
                Value::Float(f) => {
                    if f.is_nan() {
                        return Ok(false);
                    }
                    let fl = if s > 0 { f.floor() } else { f.ceil() };
                    if fl >= 9.223_372_036_854_776e18 {
                        i64::MAX
                    } else if fl < -9.223_372_036_854_776e18 {
                        i64::MIN
                    } else {
                        fl as i64
                    }
                }
                other => return Err(for_error("limit", other)),
            };
            if (s > 0 && i > lim) || (s < 0 && i < lim) {
                return Ok(false);
            }
            let count = if s > 0 {
                ((lim as i128 - i as i128) / s as i128) as u64
            } else {
                ((i as i128 - lim as i128) / -(s as i128)) as u64
            };
            rset(
                &mut ts.stack,
                r + 1,
                Value::Int(count.min(i64::MAX as u64) as i64),
            );
            rset(&mut ts.stack, r + 3, Value::Int(i));
            return Ok(true);
        }
        let to_f = |v: Value<'gc>, what: &str| -> Result<f64, String> {
            match v {
                Value::Int(i) => Ok(i as f64),
                Value::Float(f) => Ok(f),
                other => Err(for_error(what, other)),
            }
        };
        let l = to_f(limit, "limit")?;
        let s = to_f(step, "step")?;
        let i = to_f(init, "initial value")?;
        if s == 0.0 {
            return Err("'for' step is zero".into());
        }
        if (s > 0.0 && i > l) || (s < 0.0 && i < l) || i.is_nan() || l.is_nan() {
            return Ok(false);
        }
        rset(&mut ts.stack, r, Value::Float(i));
        rset(&mut ts.stack, r + 1, Value::Float(l));
        rset(&mut ts.stack, r + 2, Value::Float(s));
        rset(&mut ts.stack, r + 3, Value::Float(i));
        Ok(true)
    }

    /// Record the pc, then call a metamethod into `ret`.
    #[inline]
    fn meta_call_at(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        slot: usize,
        call: MetaResult<'gc>,
        ret: ReturnTo,
    ) -> Result<(), Interrupt<'gc>> {
        save_pc(ts, pc);
        self.meta_call(ts, thread, slot, call, ret)
    }

    /// An operator error, worded with the operands' names and positioned.
    pub(crate) fn op_error(
        &mut self,
        ts: &mut ThreadState<'gc>,
        pc: usize,
        err: OpError<'gc>,
        names: [Option<String>; 2],
    ) -> Interrupt<'gc> {
        let msg = super::error::op_error_message(self.rt, &err, names);
        self.error_at(ts, pc, &msg)
    }

    /// A runtime error positioned at the running instruction.
    pub(crate) fn error_at(
        &mut self,
        ts: &mut ThreadState<'gc>,
        pc: usize,
        msg: &str,
    ) -> Interrupt<'gc> {
        save_pc(ts, pc);
        let text = format!("{}{}", super::error::where_at(ts, 1), msg);
        Interrupt::Throw(self.message_value(&text))
    }

    pub(crate) fn message_value(&self, text: &str) -> Value<'gc> {
        Value::Str(crate::string::Str::new(self.mc, text.as_bytes()))
    }

    /// Name the callee in "attempt to call a nil value (global 'f')".
    fn name_call_error(
        &mut self,
        ts: &mut ThreadState<'gc>,
        e: Interrupt<'gc>,
        proto: &Proto<'gc>,
        pc: usize,
        func: u8,
    ) -> Interrupt<'gc> {
        match e {
            Interrupt::NotCallable(v) => {
                let name = describe_reg(proto, pc - 1, func);
                self.op_error(ts, pc, OpError::Call(v), [name, None])
            }
            other => other,
        }
    }
}
