//! The instruction loop. The fast paths are the same for every language:
//! two integers or two floats, an attribute answered by the inline cache,
//! an element inside an array part. Everything else goes to the running
//! frame's operator table (`ops`) or to the object's model, and when user
//! code must run (a metamethod, a getter) it becomes a new frame — never a
//! Rust call into user code.

use gc_arena::{Gc, Lock};

use super::ops::run_set_plan;
use super::{Interrupt, Vm};
use crate::bytecode::{BinOp, CompareOp, Instr, Rk, UnaryOp, MULTI};
use crate::cache::{CacheKind, FieldCache};
use crate::function::{Closure, Proto, UpvalueSource};
use crate::model::{Access, ErrorSite, LangOps, OpError, Step};
use crate::object::Object;
use crate::string::Str;
use crate::thread::{Frame, ReturnTo, Thread, ThreadState};
use crate::value::Value;

// Unchecked access. Every operand was checked by `vm::verify` when the
// prototype was loaded (registers below `max_stack`, constant, upvalue,
// cache and prototype indexes in range, field keys are string constants,
// jumps inside the code, code ending in a `Return` or `Jmp`), and
// `push_lua_frame` makes the stack hold at least `base + max_stack` slots
// while a frame runs; the stack never shrinks.

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

/// Constant `i` of the running prototype.
#[inline(always)]
fn konst<'gc>(k: &[Value<'gc>], i: usize) -> Value<'gc> {
    debug_assert!(i < k.len());
    // SAFETY: constant indexes were verified against the constant table.
    unsafe { *k.get_unchecked(i) }
}

/// The string constant `i` (a field instruction's key).
#[inline(always)]
fn key_str<'gc>(k: &[Value<'gc>], i: u16) -> Str<'gc> {
    match konst(k, i as usize) {
        Value::Str(s) => s,
        // The verifier checks that field keys are string constants.
        _ => unreachable_key(),
    }
}

#[cold]
fn unreachable_key() -> ! {
    panic!("internal: a field instruction's key is not a string (the verifier checks this)")
}

/// Inline cache `i` of the running prototype.
#[inline(always)]
fn cache<'a, 'gc>(caches: &'a [Lock<FieldCache<'gc>>], i: u16) -> &'a Lock<FieldCache<'gc>> {
    debug_assert!((i as usize) < caches.len());
    // SAFETY: cache indexes were verified against `num_caches`, and the
    // prototype has one cache per index.
    unsafe { caches.get_unchecked(i as usize) }
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
pub(crate) fn save_pc(ts: &mut ThreadState<'_>, pc: usize) {
    if let Some(Frame::Lua(f)) = ts.frames.last_mut() {
        f.pc = pc as u32;
    }
}

/// The same fast arithmetic for every language: two integers without
/// overflow, or two floats, where every language agrees. False when the
/// language's rule is needed (overflow, division by zero, mixed kinds).
#[inline(always)]
fn fast_arith<'gc>(dst: &mut Value<'gc>, op: BinOp, a: Value<'gc>, b: Value<'gc>) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::Div if y != 0 => {
                    *dst = Value::Float(x as f64 / y as f64);
                    return true;
                }
                BinOp::IDiv if y != -1 => crate::numeric::int_floor_div(x, y),
                BinOp::Mod => crate::numeric::int_floor_mod(x, y),
                BinOp::BAnd => Some(x & y),
                BinOp::BOr => Some(x | y),
                BinOp::BXor => Some(x ^ y),
                _ => None,
            };
            match r {
                Some(r) => {
                    *dst = Value::Int(r);
                    true
                }
                None => false,
            }
        }
        (Value::Float(x), Value::Float(y)) => {
            *dst = match op {
                BinOp::Add => Value::Float(x + y),
                BinOp::Sub => Value::Float(x - y),
                BinOp::Mul => Value::Float(x * y),
                BinOp::Div if y != 0.0 => Value::Float(x / y),
                _ => return false,
            };
            true
        }
        _ => false,
    }
}

/// Truthiness where every language agrees (`nil`, `false`, `true`), or
/// the frame language's when it is simple; `None` when its rule must run.
#[inline(always)]
fn fast_truthy(ops: &LangOps, v: Value<'_>) -> Option<bool> {
    match v {
        Value::Nil | Value::Empty => Some(false),
        Value::Bool(b) => Some(b),
        _ if ops.simple_truthiness => Some(true),
        _ => None,
    }
}

/// `a == b` where every language agrees: numbers, strings; and, for a
/// language with raw equality, everything but two distinct objects.
#[inline(always)]
fn fast_equal<'gc>(ops: &LangOps, a: Value<'gc>, b: Value<'gc>) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => Some(a.raw_eq(b)),
        (Value::Str(x), Value::Str(y)) => Some(x == y),
        (Value::Object(x), Value::Object(y)) => {
            if x == y && ops.raw_equality {
                Some(true)
            } else {
                None
            }
        }
        _ if ops.raw_equality => Some(a.raw_eq(b)),
        _ => None,
    }
}

/// `a < b` / `a <= b` on two numbers or two strings.
#[inline(always)]
fn fast_order(a: Value<'_>, b: Value<'_>, or_equal: bool) -> Option<bool> {
    use crate::numeric::{float_le_int, float_lt_int, int_le_float, int_lt_float};
    Some(match (a, b, or_equal) {
        (Value::Int(x), Value::Int(y), false) => x < y,
        (Value::Int(x), Value::Int(y), true) => x <= y,
        (Value::Float(x), Value::Float(y), false) => x < y,
        (Value::Float(x), Value::Float(y), true) => x <= y,
        (Value::Int(x), Value::Float(y), false) => int_lt_float(x, y),
        (Value::Int(x), Value::Float(y), true) => int_le_float(x, y),
        (Value::Float(x), Value::Int(y), false) => float_lt_int(x, y),
        (Value::Float(x), Value::Int(y), true) => float_le_int(x, y),
        (Value::Str(x), Value::Str(y), false) => x.as_bytes() < y.as_bytes(),
        (Value::Str(x), Value::Str(y), true) => x.as_bytes() <= y.as_bytes(),
        _ => return None,
    })
}

/// An attribute answered by the inline cache: an own slot, or a value
/// found on a prototype.
#[inline(always)]
fn cached_get<'gc>(c: &Lock<FieldCache<'gc>>, o: Object<'gc>) -> Option<Value<'gc>> {
    let c = c.get();
    if c.shape != Some(o.shape()) {
        return None;
    }
    match c.kind {
        CacheKind::Own if !c.guarded => {
            let v = o.slot(c.slot as usize);
            (!v.is_empty()).then_some(v)
        }
        CacheKind::Found if c.meta == o.meta() && c.epoch == crate::object::epoch() => {
            Some(c.value)
        }
        _ => None,
    }
}

/// An element inside the array part of an object whose model lets
/// elements answer integer keys.
#[inline(always)]
fn array_get<'gc>(o: Value<'gc>, key: Value<'gc>) -> Option<Value<'gc>> {
    if let (Value::Object(o), Value::Int(i)) = (o, key) {
        let base = o.model().array_base?;
        let idx = i.wrapping_sub(base);
        if idx >= 0 {
            let v = o.array_get(idx as usize);
            if !v.is_empty() {
                return Some(v);
            }
        }
    }
    None
}

/// What an instruction's slow path returned.
enum Slow<'gc> {
    /// The value is stored.
    Done,
    /// A call was set up: reload the frame.
    Called,
    /// An error to word with the operands' names.
    Failed(OpError<'gc>),
    Stop(Interrupt<'gc>),
}

impl<'gc> Vm<'gc, '_> {
    /// Act on a protocol step whose value goes to `ret` (a register, or a
    /// comparison jump).
    #[inline]
    fn finish(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        meta_slot: usize,
        step: Step<'gc>,
        ret: ReturnTo,
    ) -> Slow<'gc> {
        match step {
            Step::Done(v) => {
                if let ReturnTo::One { dest } = ret {
                    rset(&mut ts.stack, dest as usize, v);
                    return Slow::Done;
                }
                save_pc(ts, pc);
                match self.deliver(ts, &[v], ret) {
                    Ok(()) => Slow::Called,
                    Err(e) => Slow::Stop(e),
                }
            }
            Step::Absent => {
                if let ReturnTo::One { dest } = ret {
                    rset(&mut ts.stack, dest as usize, Value::Nil);
                }
                Slow::Done
            }
            Step::Error(e) => Slow::Failed(e),
            call => {
                save_pc(ts, pc);
                match self.call_step(ts, thread, meta_slot, call, ret) {
                    Ok(()) => Slow::Called,
                    Err(Interrupt::Op(e)) => Slow::Failed(e),
                    Err(e) => Slow::Stop(e),
                }
            }
        }
    }

    /// Run Lua frames of `ts` until something interrupts.
    pub(crate) fn execute(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
    ) -> Interrupt<'gc> {
        'frame: loop {
            let (closure, mut pc, base) = match ts.frames.last() {
                Some(Frame::Lua(f)) => (f.closure, f.pc as usize, f.base as usize),
                _ => {
                    return self.plain_error(
                        ts,
                        thread,
                        OpError::Message("internal: no frame to run".into()),
                        ErrorSite::Instruction,
                    )
                }
            };
            let cdata = closure.0.as_ref();
            let proto_gc = cdata.proto;
            let proto: &'gc Proto<'gc> = proto_gc.as_ref();
            let ops: &'static LangOps = proto.ops;
            let code: &'gc [Instr] = &proto.info.code;
            let k: &'gc [Value<'gc>] = &proto.constants;
            let caches: &'gc [Lock<FieldCache<'gc>>] = &proto.caches;
            let upvals = &cdata.upvalues;
            let meta_slot = base + proto.info.max_stack as usize;
            // Operation results that need a slow path, each with how to name
            // its operands when it fails.
            macro_rules! slow {
                ($step:expr, $dst:expr, $names:expr) => {
                    match self.finish(ts, thread, pc, meta_slot, $step, super::one($dst)) {
                        Slow::Done => {}
                        Slow::Called => continue 'frame,
                        Slow::Failed(e) => {
                            let names = $names;
                            return self.op_error(ts, thread, pc, e, names);
                        }
                        Slow::Stop(e) => return e,
                    }
                };
            }
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
                    Instr::GetUpField { dst, up, key, ic } => {
                        let t = upvalue(upvals, up).get();
                        if let (Value::Object(o), false) = (t, self.rt.tracing) {
                            if let Some(v) = cached_get(cache(caches, ic), o) {
                                rset(&mut ts.stack, base + dst as usize, v);
                                continue;
                            }
                        }
                        let name = key_str(k, key);
                        let step =
                            self.get_field_slow(ts, thread, proto_gc, ic, t, name, Access::Attr);
                        slow!(step, base + dst as usize, {
                            let n = proto.info.upvalues.get(up as usize).map(|u| {
                                crate::model::VarName {
                                    kind: crate::model::VarKind::Upvalue,
                                    name: u.name.to_string(),
                                }
                            });
                            [n, None]
                        });
                    }
                    Instr::GetField { dst, obj, key, ic } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        if let (Value::Object(x), false) = (o, self.rt.tracing) {
                            if let Some(v) = cached_get(cache(caches, ic), x) {
                                rset(&mut ts.stack, base + dst as usize, v);
                                continue;
                            }
                        }
                        let name = key_str(k, key);
                        let step =
                            self.get_field_slow(ts, thread, proto_gc, ic, o, name, Access::Attr);
                        slow!(step, base + dst as usize, Self::name_reg(proto, pc, obj));
                    }
                    Instr::GetMethod { dst, obj, key, ic } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        rset(&mut ts.stack, base + dst as usize + 1, o);
                        if let (Value::Object(x), false) = (o, self.rt.tracing) {
                            if let Some(v) = cached_get(cache(caches, ic), x) {
                                rset(&mut ts.stack, base + dst as usize, v);
                                continue;
                            }
                        }
                        let name = key_str(k, key);
                        let step =
                            self.get_field_slow(ts, thread, proto_gc, ic, o, name, Access::Method);
                        slow!(step, base + dst as usize, Self::name_reg(proto, pc, obj));
                    }
                    Instr::SetUpField { up, key, src, ic } => {
                        let t = upvalue(upvals, up).get();
                        let v = rk(&ts.stack, base, k, src);
                        match self.set_field(
                            ts,
                            thread,
                            proto_gc,
                            caches,
                            ic,
                            t,
                            key_str(k, key),
                            v,
                        ) {
                            Some(step) => slow!(step, meta_slot, {
                                let n = proto.info.upvalues.get(up as usize).map(|u| {
                                    crate::model::VarName {
                                        kind: crate::model::VarKind::Upvalue,
                                        name: u.name.to_string(),
                                    }
                                });
                                [n, None]
                            }),
                            None => {}
                        }
                    }
                    Instr::SetField { obj, key, src, ic } => {
                        let t = rget(&ts.stack, base + obj as usize);
                        let v = rk(&ts.stack, base, k, src);
                        if let Some(step) =
                            self.set_field(ts, thread, proto_gc, caches, ic, t, key_str(k, key), v)
                        {
                            slow!(step, meta_slot, Self::name_reg(proto, pc, obj));
                        }
                    }
                    Instr::GetIndex { dst, obj, key } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        let key = rk(&ts.stack, base, k, key);
                        if !self.rt.tracing {
                            if let Some(v) = array_get(o, key) {
                                rset(&mut ts.stack, base + dst as usize, v);
                                continue;
                            }
                        }
                        let step = {
                            let mut ctx = self.ctx(ts, thread, None);
                            (ops.get)(&mut ctx, o, key, Access::Item)
                        };
                        slow!(step, base + dst as usize, Self::name_reg(proto, pc, obj));
                    }
                    Instr::SetIndex { obj, key, src } => {
                        let t = rget(&ts.stack, base + obj as usize);
                        let key = rk(&ts.stack, base, k, key);
                        let v = rk(&ts.stack, base, k, src);
                        if let (Value::Object(o), Value::Int(i), false) = (t, key, self.rt.tracing)
                        {
                            if let Some(b) = o.model().array_base {
                                let idx = i.wrapping_sub(b);
                                if idx >= 0
                                    && !v.is_nothing()
                                    && !o.array_get(idx as usize).is_empty()
                                    && o.array_set(self.mc, idx as usize, v)
                                {
                                    continue;
                                }
                            }
                        }
                        let step = {
                            let mut ctx = self.ctx(ts, thread, None);
                            (ops.set)(&mut ctx, t, key, v, Access::Item)
                        };
                        slow!(step, meta_slot, Self::name_reg(proto, pc, obj));
                    }
                    Instr::NewTable { dst, array, hash } => {
                        let t = {
                            let mut ctx = self.ctx(ts, thread, None);
                            (ops.new_table)(&mut ctx, array as usize, hash as usize)
                        };
                        rset(&mut ts.stack, base + dst as usize, t);
                    }
                    Instr::SetList {
                        table,
                        count,
                        first,
                    } => {
                        let t = base + table as usize;
                        let n = if count == MULTI {
                            (ts.top as usize).saturating_sub(t + 1)
                        } else {
                            count as usize
                        };
                        let values: Vec<Value<'gc>> = ts.stack[t + 1..t + 1 + n].to_vec();
                        let target = rget(&ts.stack, t);
                        let step = {
                            let mut ctx = self.ctx(ts, thread, None);
                            (ops.set_list)(&mut ctx, target, first as i64, &values)
                        };
                        if let Step::Error(e) = step {
                            return self.op_error(ts, thread, pc, e, [None, None]);
                        }
                    }
                    Instr::Arith { op, dst, a, b } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        // SAFETY: as for `rget`.
                        let d = unsafe { ts.stack.get_unchecked_mut(base + dst as usize) };
                        if fast_arith(d, op, x, y) {
                            continue;
                        }
                        let step = {
                            let mut ctx = self.ctx(ts, thread, None);
                            (ops.binary)(&mut ctx, op, x, y)
                        };
                        slow!(
                            step,
                            base + dst as usize,
                            Self::names_rk(proto, pc, Some(a), Some(b))
                        );
                    }
                    Instr::Concat { dst, a, b } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        if let (Value::Str(sx), Value::Str(sy)) = (x, y) {
                            let mut out = Vec::with_capacity(sx.len() + sy.len());
                            out.extend_from_slice(sx.as_bytes());
                            out.extend_from_slice(sy.as_bytes());
                            let s = Value::Str(Str::from_vec(self.mc, out));
                            rset(&mut ts.stack, base + dst as usize, s);
                            continue;
                        }
                        let step = {
                            let mut ctx = self.ctx(ts, thread, None);
                            (ops.binary)(&mut ctx, BinOp::Concat, x, y)
                        };
                        slow!(
                            step,
                            base + dst as usize,
                            Self::names_rk(proto, pc, Some(a), Some(b))
                        );
                    }
                    Instr::Unary { op, dst, src } => {
                        let v = rget(&ts.stack, base + src as usize);
                        let fast = match (op, v) {
                            (UnaryOp::Not, _) => fast_truthy(ops, v).map(|t| Value::Bool(!t)),
                            (UnaryOp::Neg, Value::Int(i)) => i.checked_neg().map(Value::Int),
                            (UnaryOp::Neg, Value::Float(f)) => Some(Value::Float(-f)),
                            (UnaryOp::BNot, Value::Int(i)) => Some(Value::Int(!i)),
                            _ => None,
                        };
                        if let Some(r) = fast {
                            rset(&mut ts.stack, base + dst as usize, r);
                            continue;
                        }
                        let step = {
                            let mut ctx = self.ctx(ts, thread, None);
                            (ops.unary)(&mut ctx, op, v)
                        };
                        slow!(step, base + dst as usize, Self::name_reg(proto, pc, src));
                    }
                    Instr::Jmp { offset } => pc = (pc as i64 + offset as i64) as usize,
                    Instr::Test {
                        reg,
                        jump_if,
                        offset,
                    } => {
                        let v = rget(&ts.stack, base + reg as usize);
                        match fast_truthy(ops, v) {
                            Some(t) => {
                                if t == jump_if {
                                    pc = (pc as i64 + offset as i64) as usize;
                                }
                            }
                            None => {
                                let step = {
                                    let mut ctx = self.ctx(ts, thread, None);
                                    (ops.truthy)(&mut ctx, v)
                                };
                                let ret = ReturnTo::CompareJump {
                                    jump_if,
                                    negate: false,
                                    offset: offset as i16,
                                };
                                match self.finish(ts, thread, pc, meta_slot, step, ret) {
                                    Slow::Done | Slow::Called => continue 'frame,
                                    Slow::Failed(e) => {
                                        return self.op_error(ts, thread, pc, e, [None, None])
                                    }
                                    Slow::Stop(e) => return e,
                                }
                            }
                        }
                    }
                    Instr::TestSet {
                        dst,
                        src,
                        jump_if,
                        offset,
                    } => {
                        let v = rget(&ts.stack, base + src as usize);
                        let t = match fast_truthy(ops, v) {
                            Some(t) => t,
                            None => {
                                let mut ctx = self.ctx(ts, thread, None);
                                matches!((ops.truthy)(&mut ctx, v), Step::Done(Value::Bool(true)))
                            }
                        };
                        if t == jump_if {
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
                        if let Some(r) = fast_equal(ops, x, y) {
                            if r == jump_if {
                                pc = (pc as i64 + offset as i64) as usize;
                            }
                            continue;
                        }
                        let step = {
                            let mut ctx = self.ctx(ts, thread, None);
                            (ops.compare)(&mut ctx, CompareOp::Eq, x, y)
                        };
                        if let Some(e) =
                            self.compare_jump(ts, thread, pc, meta_slot, step, jump_if, offset)
                        {
                            match e {
                                Err(e) => {
                                    let names = Self::names_rk(proto, pc, Some(a), Some(b));
                                    return self.op_error(ts, thread, pc, e, names);
                                }
                                Ok(i) => return i,
                            }
                        }
                        continue 'frame;
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
                        let is_le = matches!(instr, Instr::Le { .. });
                        if let Some(r) = fast_order(x, y, is_le) {
                            if r == jump_if {
                                pc = (pc as i64 + offset as i64) as usize;
                            }
                            continue;
                        }
                        let op = if is_le { CompareOp::Le } else { CompareOp::Lt };
                        let step = {
                            let mut ctx = self.ctx(ts, thread, None);
                            (ops.compare)(&mut ctx, op, x, y)
                        };
                        if let Some(e) =
                            self.compare_jump(ts, thread, pc, meta_slot, step, jump_if, offset)
                        {
                            match e {
                                Err(e) => {
                                    let names = Self::names_rk(proto, pc, Some(a), Some(b));
                                    return self.op_error(ts, thread, pc, e, names);
                                }
                                Ok(i) => return i,
                            }
                        }
                        continue 'frame;
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
                            return self.name_call_error(ts, thread, e, proto, pc, func);
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
                            return self.name_call_error(ts, thread, e, proto, pc, func);
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
                            Err(e) => return self.op_error(ts, thread, pc, e, [None, None]),
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
                        for i in 0..3 {
                            let v = rget(&ts.stack, r + i);
                            rset(&mut ts.stack, r + 4 + i, v);
                        }
                        save_pc(ts, pc);
                        let ret = ReturnTo::Values {
                            dest: (r + 4) as u32,
                            wanted: nresults,
                        };
                        if let Err(e) = self.call_value(ts, thread, r + 4, 2, ret) {
                            return self.name_call_error(ts, thread, e, proto, pc, a);
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
                            return self.plain_error(
                                ts,
                                thread,
                                OpError::Message("internal: bad prototype index".into()),
                                ErrorSite::Instruction,
                            );
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
                        if !matches!(v, Value::Nil | Value::Bool(false)) {
                            if (ops.close_handler)(self.rt, v).is_none() {
                                let names = [crate::debuginfo::describe_reg(proto, pc, reg), None];
                                return self.op_error(
                                    ts,
                                    thread,
                                    pc,
                                    OpError::NotClosable(v),
                                    names,
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

    /// `obj.key = v`: the inline cache's plan when its guards hold, else
    /// the slow path. `None` when stored.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn set_field(
        &mut self,
        ts: &ThreadState<'gc>,
        thread: Thread<'gc>,
        proto: Gc<'gc, Proto<'gc>>,
        caches: &[Lock<FieldCache<'gc>>],
        ic: u16,
        t: Value<'gc>,
        key: Str<'gc>,
        v: Value<'gc>,
    ) -> Option<Step<'gc>> {
        if let (Value::Object(o), false) = (t, self.rt.tracing) {
            let c = cache(caches, ic).get();
            if c.matches(o) {
                match run_set_plan(self.mc, &c, o, key, v) {
                    Some(Step::Done(_)) => return None,
                    Some(step) => return Some(step),
                    None => {}
                }
            }
        }
        match self.set_field_slow(ts, thread, proto, ic, t, key, v) {
            Step::Done(_) => None,
            step => Some(step),
        }
    }

    /// A comparison's slow-path step as a conditional jump. `None` when
    /// the frame continues (jumped or a call was set up); `Some(Err)` to
    /// word an error; `Some(Ok)` to stop.
    #[allow(clippy::too_many_arguments)]
    fn compare_jump(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        meta_slot: usize,
        step: Step<'gc>,
        jump_if: bool,
        offset: i16,
    ) -> Option<Result<Interrupt<'gc>, OpError<'gc>>> {
        save_pc(ts, pc);
        let ret = ReturnTo::CompareJump {
            jump_if,
            negate: false,
            offset,
        };
        match self.finish(ts, thread, pc, meta_slot, step, ret) {
            Slow::Done | Slow::Called => None,
            Slow::Failed(e) => Some(Err(e)),
            Slow::Stop(e) => Some(Ok(e)),
        }
    }

    /// Lua 5.4 `forprep`: prepare a numeric loop; false when it runs zero
    /// times.
    fn for_prep(&mut self, ts: &mut ThreadState<'gc>, r: usize) -> Result<bool, OpError<'gc>> {
        let (init, limit, step) = (
            rget(&ts.stack, r),
            rget(&ts.stack, r + 1),
            rget(&ts.stack, r + 2),
        );
        let zero = || OpError::ForLoop {
            what: "step zero",
            value: Value::Nil,
        };
        if let (Value::Int(i), Value::Int(s)) = (init, step) {
            if s == 0 {
                return Err(zero());
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
                other => {
                    return Err(OpError::ForLoop {
                        what: "limit",
                        value: other,
                    })
                }
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
        let to_f = |v: Value<'gc>, what: &'static str| -> Result<f64, OpError<'gc>> {
            match v {
                Value::Int(i) => Ok(i as f64),
                Value::Float(f) => Ok(f),
                other => Err(OpError::ForLoop { what, value: other }),
            }
        };
        let l = to_f(limit, "limit")?;
        let s = to_f(step, "step")?;
        let i = to_f(init, "initial value")?;
        if s == 0.0 {
            return Err(zero());
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

    /// Name the callee in "attempt to call a nil value (global 'f')".
    fn name_call_error(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        e: Interrupt<'gc>,
        proto: &Proto<'gc>,
        pc: usize,
        func: u8,
    ) -> Interrupt<'gc> {
        match e {
            Interrupt::Op(err) => {
                let names = Self::name_reg(proto, pc, func);
                self.op_error(ts, thread, pc, err, names)
            }
            other => other,
        }
    }
}
