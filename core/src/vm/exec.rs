//! The instruction loop. The fast paths are the same for every language:
//! two integers or two floats, an attribute answered by the inline cache,
//! an element inside an array part. Everything else goes to the running
//! frame's operator table (`ops`) or to the object's model, and when user
//! code must run (a metamethod, a getter) it becomes a new frame — never a
//! Rust call into user code.

use gc_arena::Lock;

use super::ops::run_set_plan;
use super::slow::{
    cached_method, cached_value, string_cached_method, string_cached_value, Next, Operand,
};
use super::{Interrupt, Vm};
use crate::bytecode::{BinOp, CompareOp, Instr, Rk, UnaryOp, MULTI};
use crate::cache::FieldCache;
use crate::function::Proto;
use crate::model::{Access, LangOps, Step};
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
pub(crate) fn rget<'gc>(stack: &[Value<'gc>], i: usize) -> Value<'gc> {
    debug_assert!(i < stack.len());
    // SAFETY: `i = base + r` with `r < max_stack` (verified) and
    // `stack.len() >= base + max_stack` (see above).
    unsafe { *stack.get_unchecked(i) }
}

#[inline(always)]
pub(crate) fn rset<'gc>(stack: &mut [Value<'gc>], i: usize, v: Value<'gc>) {
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

/// The inline cache of site `i` of the running prototype: two entries
/// (most recent first), so a site that sees two shapes stays cached.
#[inline(always)]
pub(crate) fn cache<'a, 'gc>(
    caches: &'a [Lock<FieldCache<'gc>>],
    i: u16,
) -> &'a [Lock<FieldCache<'gc>>; 2] {
    let at = i as usize * crate::cache::WAYS;
    debug_assert!(at + 2 <= caches.len());
    // SAFETY: cache indexes were verified against `num_caches`, and the
    // prototype has `WAYS` entries per index.
    unsafe { &*(caches.as_ptr().add(at) as *const [Lock<FieldCache<'gc>>; 2]) }
}

/// Upvalue cell `i` of the running closure.
#[inline(always)]
fn upvalue<'gc>(
    upvals: &[crate::function::UpvalueSlot<'gc>],
    i: u8,
) -> crate::function::UpvalueCell<'gc> {
    debug_assert!((i as usize) < upvals.len());
    // SAFETY: upvalue indexes were verified against the prototype's upvalue
    // list, and every closure has one cell per entry.
    unsafe { upvals.get_unchecked(i as usize) }.get()
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
/// overflow, or numbers of which one is a float (`+ - * /`), where every
/// language agrees. False when the language's rule is needed (overflow,
/// division by zero, other operators on floats, non-numbers).
#[inline(always)]
pub(crate) fn fast_arith<'gc>(
    dst: &mut Value<'gc>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                // A product beyond 2^53 takes the language's rule (exact
                // for Lua and Python, rounded to a double for JavaScript).
                BinOp::Mul => x.checked_mul(y).filter(|r| r.unsigned_abs() <= 1 << 53),
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
        (Value::Float(_), Value::Float(_))
        | (Value::Int(_), Value::Float(_))
        | (Value::Float(_), Value::Int(_)) => {
            // An integer meeting a float is converted to the nearest float
            // (Lua §3.4.3, Python, Perl and JavaScript alike).
            let as_float = |v| match v {
                Value::Int(i) => i as f64,
                Value::Float(f) => f,
                _ => 0.0,
            };
            let (x, y) = (as_float(a), as_float(b));
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
        // Byte order is every language's order when one side is ASCII;
        // otherwise JavaScript's UTF-16 order may differ (ops.compare).
        (Value::Str(x), Value::Str(y), false) if x.is_ascii() || y.is_ascii() => {
            x.as_bytes() < y.as_bytes()
        }
        (Value::Str(x), Value::Str(y), true) if x.is_ascii() || y.is_ascii() => {
            x.as_bytes() <= y.as_bytes()
        }
        _ => return None,
    })
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

impl<'gc> Vm<'gc, '_> {
    /// Run compiled frames of `ts` until something interrupts.
    pub(crate) fn execute(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
    ) -> Interrupt<'gc> {
        // A debug hook (vm/hooks.rs): checked once per entry, not per
        // instruction, so an unhooked thread pays nothing.
        if thread.0.hook.get().is_some() || ts.hook_run.is_some() {
            return self.execute_hooked(ts, thread);
        }
        let (end, fuel) = self.run_frames(ts, thread, self.fuel);
        self.fuel = fuel;
        end
    }

    /// The loop of `execute`, with the fuel in a local. Slow paths are out
    /// of line (vm/slow.rs), so the hot state stays in registers.
    pub(crate) fn run_frames(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        fuel: u64,
    ) -> (Interrupt<'gc>, u64) {
        let mut fuel = fuel;
        // Every way out hands back the fuel left.
        macro_rules! exit {
            ($e:expr) => {{
                let e = $e;
                return (e, fuel);
            }};
        }
        'frame: loop {
            if crate::memory::collection_due() {
                // Near the memory limit at a call or return: end the slice
                // so the engine collects everything and checks again.
                self.full_gc_requested = true;
            }
            if self.full_gc_requested {
                // A native asked for a full collection: end the slice.
                fuel = 0;
            }
            let (closure, mut pc, mut base) = match ts.frames.last() {
                Some(Frame::Lua(f)) => (f.closure, f.pc as usize, f.base as usize),
                _ => exit!(self.no_frame(ts, thread)),
            };
            let mut cdata = closure.0.as_ref();
            let mut proto: &'gc Proto<'gc> = cdata.proto.as_ref();
            let mut code: &'gc [Instr] = &proto.info.code;
            let mut k: &'gc [Value<'gc>] = &proto.constants;
            // How the loop goes on after a slow path.
            macro_rules! next {
                ($e:expr) => {
                    match $e {
                        Next::Go => {}
                        Next::Reload => continue 'frame,
                        Next::Exit(e) => exit!(e),
                    }
                };
            }
            loop {
                if fuel == 0 {
                    save_pc(ts, pc);
                    exit!(Interrupt::Pause);
                }
                fuel -= 1;
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
                        let cell = gc_arena::Gc::new(self.mc, Lock::new(rget(&ts.stack, slot)));
                        rset(&mut ts.stack, slot, Value::Cell(cell));
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
                        let v = upvalue(&cdata.upvalues, up).get();
                        rset(&mut ts.stack, base + dst as usize, v);
                    }
                    Instr::SetUpval { up, src } => {
                        let v = rk(&ts.stack, base, k, src);
                        upvalue(&cdata.upvalues, up).set(self.mc, v);
                    }
                    Instr::GetUpField { dst, up, key, ic } => {
                        let t = upvalue(&cdata.upvalues, up).get();
                        if let (Value::Object(o), false) = (t, self.rt.tracing) {
                            if let Some(v) = cached_value(cache(&proto.caches, ic), o) {
                                rset(&mut ts.stack, base + dst as usize, v);
                                continue;
                            }
                        }
                        next!(self.get_field_op(
                            ts,
                            thread,
                            pc,
                            base + dst as usize,
                            t,
                            key_str(k, key),
                            ic,
                            Access::Attr,
                            Operand::Upvalue(up),
                        ));
                    }
                    Instr::GetField { dst, obj, key, ic } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        if let (Value::Object(x), false) = (o, self.rt.tracing) {
                            if let Some(v) = cached_value(cache(&proto.caches, ic), x) {
                                rset(&mut ts.stack, base + dst as usize, v);
                                continue;
                            }
                        }
                        next!(self.get_field_op(
                            ts,
                            thread,
                            pc,
                            base + dst as usize,
                            o,
                            key_str(k, key),
                            ic,
                            Access::Attr,
                            Operand::Reg(obj),
                        ));
                    }
                    Instr::GetMethod { dst, obj, key, ic } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        rset(&mut ts.stack, base + dst as usize + 1, o);
                        match (o, self.rt.tracing) {
                            (Value::Object(x), false) => {
                                if let Some(v) = cached_value(cache(&proto.caches, ic), x) {
                                    rset(&mut ts.stack, base + dst as usize, v);
                                    continue;
                                }
                            }
                            (Value::Str(_), false) => {
                                if let Some(v) = string_cached_value(cache(&proto.caches, ic)) {
                                    rset(&mut ts.stack, base + dst as usize, v);
                                    continue;
                                }
                            }
                            _ => {}
                        }
                        next!(self.get_field_op(
                            ts,
                            thread,
                            pc,
                            base + dst as usize,
                            o,
                            key_str(k, key),
                            ic,
                            Access::Method,
                            Operand::Reg(obj),
                        ));
                    }
                    Instr::SetUpField { up, key, src, ic } => {
                        let t = upvalue(&cdata.upvalues, up).get();
                        let v = rk(&ts.stack, base, k, src);
                        let key = key_str(k, key);
                        if !self.set_cached(&proto.caches, ic, t, key, v) {
                            next!(self.set_field_op(
                                ts,
                                thread,
                                pc,
                                t,
                                key,
                                v,
                                ic,
                                Operand::Upvalue(up)
                            ));
                        }
                    }
                    Instr::SetField { obj, key, src, ic } => {
                        let t = rget(&ts.stack, base + obj as usize);
                        let v = rk(&ts.stack, base, k, src);
                        let key = key_str(k, key);
                        if !self.set_cached(&proto.caches, ic, t, key, v) {
                            next!(self.set_field_op(
                                ts,
                                thread,
                                pc,
                                t,
                                key,
                                v,
                                ic,
                                Operand::Reg(obj)
                            ));
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
                        next!(self.get_index_op(
                            ts,
                            thread,
                            pc,
                            base + dst as usize,
                            o,
                            key,
                            Operand::Reg(obj)
                        ));
                    }
                    Instr::SetIndex { obj, key, src } => {
                        let t = rget(&ts.stack, base + obj as usize);
                        let key = rk(&ts.stack, base, k, key);
                        let v = rk(&ts.stack, base, k, src);
                        if !self.rt.tracing && self.array_set(t, key, v) {
                            continue;
                        }
                        next!(self.set_index_op(ts, thread, pc, t, key, v, Operand::Reg(obj)));
                    }
                    Instr::NewTable { dst, array, hash } => {
                        self.new_table_op(
                            ts,
                            thread,
                            base + dst as usize,
                            array as usize,
                            hash as usize,
                        );
                    }
                    Instr::SetList {
                        table,
                        count,
                        first,
                    } => {
                        next!(self.set_list_op(
                            ts,
                            thread,
                            pc,
                            base + table as usize,
                            count,
                            first
                        ));
                    }
                    Instr::Arith { op, dst, a, b } | Instr::InplaceArith { op, dst, a, b } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        // SAFETY: as for `rget`.
                        let d = unsafe { ts.stack.get_unchecked_mut(base + dst as usize) };
                        if fast_arith(d, op, x, y) {
                            continue;
                        }
                        let inplace = matches!(instr, Instr::InplaceArith { .. });
                        next!(self.binary_op(
                            ts,
                            thread,
                            pc,
                            (op, inplace),
                            base + dst as usize,
                            x,
                            y,
                            Operand::Rk(a, b)
                        ));
                    }
                    Instr::Concat { dst, a, b } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        next!(self.binary_op(
                            ts,
                            thread,
                            pc,
                            (BinOp::Concat, false),
                            base + dst as usize,
                            x,
                            y,
                            Operand::Rk(a, b)
                        ));
                    }
                    Instr::ConcatN { dst, first, count } => {
                        next!(self.concat_op(ts, thread, pc, base, dst, first, count));
                    }
                    Instr::AddN { dst, first, count } => {
                        next!(self.add_n_op(ts, thread, pc, base, dst, first, count));
                    }
                    Instr::Unary { op, dst, src } => {
                        let v = rget(&ts.stack, base + src as usize);
                        let fast = match (op, v) {
                            (UnaryOp::Not, _) => fast_truthy(proto.ops, v).map(|t| Value::Bool(!t)),
                            (UnaryOp::Defined, _) => Some(Value::Bool(!v.is_nothing())),
                            // Int 0 goes to the language's rule: JavaScript's
                            // `-0` is a float.
                            (UnaryOp::Neg, Value::Int(i)) if i != 0 => {
                                i.checked_neg().map(Value::Int)
                            }
                            (UnaryOp::Neg, Value::Float(f)) => Some(Value::Float(-f)),
                            (UnaryOp::BNot, Value::Int(i)) => Some(Value::Int(!i)),
                            (UnaryOp::Inc, Value::Int(i)) => i.checked_add(1).map(Value::Int),
                            (UnaryOp::Dec, Value::Int(i)) => i.checked_sub(1).map(Value::Int),
                            (UnaryOp::Inc, Value::Float(f)) => Some(Value::Float(f + 1.0)),
                            (UnaryOp::Dec, Value::Float(f)) => Some(Value::Float(f - 1.0)),
                            (UnaryOp::Len, Value::Str(s)) if proto.ops.string_len_is_bytes => {
                                Some(Value::Int(s.len() as i64))
                            }
                            _ => None,
                        };
                        if let Some(r) = fast {
                            rset(&mut ts.stack, base + dst as usize, r);
                            continue;
                        }
                        next!(self.unary_op(
                            ts,
                            thread,
                            pc,
                            op,
                            base + dst as usize,
                            v,
                            Operand::Reg(src)
                        ));
                    }
                    Instr::Jmp { offset } => pc = (pc as i64 + offset as i64) as usize,
                    Instr::Test {
                        reg,
                        jump_if,
                        offset,
                    } => {
                        let v = rget(&ts.stack, base + reg as usize);
                        match fast_truthy(proto.ops, v) {
                            Some(t) => {
                                if t == jump_if {
                                    pc = (pc as i64 + offset as i64) as usize;
                                }
                            }
                            None => next!(self.test_op(ts, thread, pc, v, jump_if, offset)),
                        }
                    }
                    Instr::TestSet {
                        dst,
                        src,
                        jump_if,
                        offset,
                    } => {
                        let v = rget(&ts.stack, base + src as usize);
                        let t = match fast_truthy(proto.ops, v) {
                            Some(t) => t,
                            None => self.truthy_now(ts, thread, v),
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
                        match fast_equal(proto.ops, x, y) {
                            Some(r) => {
                                if r == jump_if {
                                    pc = (pc as i64 + offset as i64) as usize;
                                }
                            }
                            None => next!(self.compare_op(
                                ts,
                                thread,
                                pc,
                                CompareOp::Eq,
                                x,
                                y,
                                jump_if,
                                offset,
                                Operand::Rk(a, b)
                            )),
                        }
                    }
                    Instr::Lt {
                        a,
                        b,
                        jump_if,
                        offset,
                    } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        match fast_order(x, y, false) {
                            Some(r) => {
                                if r == jump_if {
                                    pc = (pc as i64 + offset as i64) as usize;
                                }
                            }
                            None => next!(self.compare_op(
                                ts,
                                thread,
                                pc,
                                CompareOp::Lt,
                                x,
                                y,
                                jump_if,
                                offset,
                                Operand::Rk(a, b)
                            )),
                        }
                    }
                    Instr::Le {
                        a,
                        b,
                        jump_if,
                        offset,
                    } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        match fast_order(x, y, true) {
                            Some(r) => {
                                if r == jump_if {
                                    pc = (pc as i64 + offset as i64) as usize;
                                }
                            }
                            None => next!(self.compare_op(
                                ts,
                                thread,
                                pc,
                                CompareOp::Le,
                                x,
                                y,
                                jump_if,
                                offset,
                                Operand::Rk(a, b)
                            )),
                        }
                    }
                    Instr::Call {
                        func,
                        nargs,
                        nresults,
                        receiver,
                    } => {
                        if crate::memory::collection_due() {
                            // Near the memory limit: collect everything
                            // first (the garbage may be what fills it), then
                            // run this call in the next slice.
                            self.full_gc_requested = true;
                            save_pc(ts, pc - 1);
                            exit!(Interrupt::Pause);
                        }
                        let mut slot = base + func as usize;
                        let mut n = if nargs == MULTI {
                            (ts.top as usize).saturating_sub(slot + 1)
                        } else {
                            nargs as usize
                        };
                        save_pc(ts, pc);
                        let ret = ReturnTo::Values {
                            dest: slot as u32,
                            wanted: nresults,
                        };
                        let mut receiver = receiver;
                        if receiver && n > 0 && rget(&ts.stack, slot + 1).is_empty() {
                            // A method load found no method to bind: call
                            // the value without a receiver.
                            let f = rget(&ts.stack, slot);
                            slot += 1;
                            n -= 1;
                            rset(&mut ts.stack, slot, f);
                            receiver = false;
                        }
                        // A function object whose call is its code's
                        // (`ObjectModel::forward`): call the code here.
                        let mut forwarded = false;
                        if let Value::Object(o) = rget(&ts.stack, slot) {
                            if let (Some(fwd), false) = (o.model().forward, self.rt.tracing) {
                                if let Some(target) = fwd(o) {
                                    rset(&mut ts.stack, slot, target);
                                    forwarded = true;
                                }
                            }
                        }
                        if let Value::Closure(c) = rget(&ts.stack, slot) {
                            if !receiver && c.0.proto.ops.passes_this != proto.ops.passes_this {
                                // Another calling convention (`vm/receiver.rs`).
                                n = self.adapt_receiver(ts, proto.ops, slot, n, 0);
                            }
                            if c.0.proto.info.binds_plainly(n) {
                                // A plain call: push the frame and go on in
                                // it without reloading from the frame stack.
                                match self.push_lua_frame(ts, c, slot, n, ret) {
                                    Ok(()) => {
                                        cdata = c.0.as_ref();
                                        proto = cdata.proto.as_ref();
                                        code = &proto.info.code;
                                        k = &proto.constants;
                                        base = match ts.frames.last() {
                                            Some(Frame::Lua(f)) => f.base as usize,
                                            _ => continue 'frame,
                                        };
                                        pc = 0;
                                        continue;
                                    }
                                    Err(Interrupt::Op(e)) => exit!(self.named_error(
                                        ts,
                                        thread,
                                        pc,
                                        e,
                                        Operand::Reg(func)
                                    )),
                                    Err(e) => exit!(e),
                                }
                            }
                            let r = if receiver && !forwarded {
                                let shape = super::bind::Shape {
                                    receiver: true,
                                    ..super::bind::Shape::plain()
                                };
                                self.push_bound(ts, c, slot, n, shape, ret)
                            } else {
                                self.push_lua_frame(ts, c, slot, n, ret)
                            };
                            match r {
                                Ok(()) => continue 'frame,
                                Err(Interrupt::Op(e)) => {
                                    exit!(self.named_error(ts, thread, pc, e, Operand::Reg(func)))
                                }
                                Err(e) => exit!(e),
                            }
                        }
                        if let Value::Native(nf) = rget(&ts.stack, slot) {
                            // `new f(...)` of an ordinary constructor:
                            // its code, called here (`vm/construct.rs`).
                            if nf.0.constructs && !receiver && nresults <= 1 {
                                if let Some(c) = self.plain_construct(ts, proto.ops, slot, n) {
                                    let ret = ReturnTo::Construct { dest: slot as u32 };
                                    match self.push_lua_frame(ts, c, slot + 2, n - 2, ret) {
                                        Ok(()) => continue 'frame,
                                        Err(Interrupt::Op(e)) => exit!(self.named_error(
                                            ts,
                                            thread,
                                            pc,
                                            e,
                                            Operand::Reg(func)
                                        )),
                                        Err(e) => exit!(e),
                                    }
                                }
                            }
                            if !receiver
                                && (nf.0.plain || nf.0.this_first)
                                && nf.0.this_first != proto.ops.passes_this
                            {
                                // Another calling convention (`vm/receiver.rs`).
                                n = self.adapt_receiver(ts, proto.ops, slot, n, 0);
                            }
                            // A builtin: its results land in the registers;
                            // unless it set up a call, go on in this frame.
                            let depth = ts.frames.len();
                            match self.call_native(ts, thread, nf, slot, n, ret) {
                                Ok(()) if ts.frames.len() == depth && !self.full_gc_requested => {
                                    continue
                                }
                                Ok(()) => continue 'frame,
                                Err(Interrupt::Op(e)) => {
                                    exit!(self.named_error(ts, thread, pc, e, Operand::Reg(func)))
                                }
                                Err(e) => exit!(e),
                            }
                        }
                        next!(self.call_op(ts, thread, pc, slot, n, ret, func, receiver));
                    }
                    Instr::TailCall {
                        func,
                        nargs,
                        receiver,
                    } => {
                        let slot = base + func as usize;
                        let mut n = if nargs == MULTI {
                            (ts.top as usize).saturating_sub(slot + 1)
                        } else {
                            nargs as usize
                        };
                        save_pc(ts, pc);
                        let mut receiver = receiver;
                        if receiver && n > 0 && rget(&ts.stack, slot + 1).is_empty() {
                            // The call's results go to `slot..` (the
                            // following Return): call from there.
                            ts.stack.copy_within(slot + 2..slot + 1 + n, slot + 1);
                            n -= 1;
                            receiver = false;
                        }
                        next!(self.tail_call_op(ts, thread, pc, slot, n, func, receiver));
                    }
                    Instr::CallKw {
                        func,
                        nargs,
                        nkw,
                        names,
                        nresults,
                        receiver,
                    } => {
                        let slot = base + func as usize;
                        save_pc(ts, pc);
                        let ret = ReturnTo::Values {
                            dest: slot as u32,
                            wanted: nresults,
                        };
                        let names = konst(k, names as usize).as_object();
                        next!(self.call_kw_op(
                            ts,
                            thread,
                            pc,
                            slot,
                            nargs as usize,
                            nkw as usize,
                            names,
                            ret,
                            receiver,
                            func
                        ));
                    }
                    Instr::CallEx {
                        func,
                        args,
                        kwargs,
                        nresults,
                        receiver,
                    } => {
                        let slot = base + func as usize;
                        save_pc(ts, pc);
                        let ret = ReturnTo::Values {
                            dest: slot as u32,
                            wanted: nresults,
                        };
                        let list = rget(&ts.stack, base + args as usize);
                        let kw = if kwargs == MULTI {
                            Value::Nil
                        } else {
                            rget(&ts.stack, base + kwargs as usize)
                        };
                        next!(self.call_ex_op(ts, thread, pc, slot, list, kw, ret, receiver, func));
                    }
                    Instr::LoadMethod { dst, obj, key, ic } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        rset(&mut ts.stack, base + dst as usize + 1, o);
                        let cached = match (o, self.rt.tracing) {
                            (Value::Object(x), false) => cached_method(cache(&proto.caches, ic), x),
                            (Value::Str(_), false) => {
                                string_cached_method(cache(&proto.caches, ic))
                            }
                            _ => None,
                        };
                        if let Some(f) = cached {
                            rset(&mut ts.stack, base + dst as usize, f);
                            continue;
                        }
                        next!(self.load_method_op(
                            ts,
                            thread,
                            pc,
                            base + dst as usize,
                            o,
                            key_str(k, key),
                            ic,
                            Operand::Reg(obj)
                        ));
                    }
                    Instr::Throw { src } => {
                        let v = rget(&ts.stack, base + src as usize);
                        save_pc(ts, pc);
                        exit!(Interrupt::Throw(v));
                    }
                    Instr::Yield { dst, src } => {
                        let v = rget(&ts.stack, base + src as usize);
                        save_pc(ts, pc);
                        if !self.in_coroutine {
                            exit!(self.named_error(
                                ts,
                                thread,
                                pc,
                                crate::model::OpError::YieldOutside,
                                Operand::None
                            ));
                        }
                        ts.frames.push(Frame::Yielded {
                            ret: super::one(base + dst as usize),
                        });
                        exit!(Interrupt::Yield { values: vec![v] });
                    }
                    Instr::GetIter { dst, src } => {
                        let v = rget(&ts.stack, base + src as usize);
                        next!(self.get_iter_op(ts, thread, pc, base + dst as usize, v, src));
                    }
                    Instr::ForIter { iter, dst, offset } => {
                        let it = rget(&ts.stack, base + iter as usize);
                        if let Value::Object(o) = it {
                            // The core's cursor iterators (model/iter.rs).
                            if let Some(next) = crate::model::iter::step(self.rt, self.mc, o) {
                                match next {
                                    Some(v) => rset(&mut ts.stack, base + dst as usize, v),
                                    None => pc = (pc as i64 + offset as i64) as usize,
                                }
                                continue;
                            }
                        }
                        next!(self.for_iter_op(ts, thread, pc, base + dst as usize, it, iter));
                    }
                    Instr::DelField { dst, obj, key } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        let key = Value::Str(key_str(k, key));
                        next!(self.delete_op(
                            ts,
                            thread,
                            pc,
                            base + dst as usize,
                            o,
                            key,
                            Access::Attr,
                            obj
                        ));
                    }
                    Instr::DelIndex { dst, obj, key } => {
                        let o = rget(&ts.stack, base + obj as usize);
                        let key = rk(&ts.stack, base, k, key);
                        next!(self.delete_op(
                            ts,
                            thread,
                            pc,
                            base + dst as usize,
                            o,
                            key,
                            Access::Item,
                            obj
                        ));
                    }
                    Instr::Compare { op, dst, a, b } => {
                        let x = rk(&ts.stack, base, k, a);
                        let y = rk(&ts.stack, base, k, b);
                        let fast = match op {
                            CompareOp::Eq => fast_equal(proto.ops, x, y),
                            CompareOp::Ne => fast_equal(proto.ops, x, y).map(|r| !r),
                            CompareOp::Lt => fast_order(x, y, false),
                            CompareOp::Le => fast_order(x, y, true),
                            CompareOp::Gt => fast_order(y, x, false),
                            CompareOp::Ge => fast_order(y, x, true),
                        };
                        if let Some(r) = fast {
                            rset(&mut ts.stack, base + dst as usize, Value::Bool(r));
                            continue;
                        }
                        next!(self.compare_value_op(
                            ts,
                            thread,
                            pc,
                            op,
                            base + dst as usize,
                            x,
                            y,
                            Operand::Rk(a, b)
                        ));
                    }
                    Instr::ArgList { dst } => {
                        self.arg_list_op(ts, thread, base + dst as usize);
                    }
                    Instr::CallContext { dst } => {
                        let context = match ts.frames.last() {
                            Some(Frame::Lua(f)) => match f.ret {
                                ReturnTo::Values { wanted: 0, .. } | ReturnTo::Discard => 0,
                                ReturnTo::Values { wanted: 1, .. }
                                | ReturnTo::One { .. }
                                | ReturnTo::Again { .. }
                                | ReturnTo::CompareJump { .. } => 1,
                                _ => 2,
                            },
                            _ => 2,
                        };
                        rset(&mut ts.stack, base + dst as usize, Value::Int(context));
                    }
                    Instr::NewList { dst } => {
                        let l = match self.spare_list.take() {
                            Some(l) => l,
                            None => crate::model::list::new_list(self.mc, self.rt.root_shape, 0),
                        };
                        rset(&mut ts.stack, base + dst as usize, Value::Object(l));
                    }
                    Instr::ListAppend { list, src } => {
                        let v = rget(&ts.stack, base + src as usize);
                        if let Value::Object(l) = rget(&ts.stack, base + list as usize) {
                            l.array_push(self.mc, v);
                        }
                    }
                    Instr::ListExtendTop { list, first } => {
                        let from = base + first as usize;
                        let to = (ts.top as usize).max(from);
                        if let Value::Object(l) = rget(&ts.stack, base + list as usize) {
                            let values = &ts.stack[from..to];
                            l.with_array_mut(self.mc, |a| a.extend_from_slice(values));
                        }
                    }
                    Instr::ListExtend { list, src, pairs } => {
                        let from = rget(&ts.stack, base + src as usize);
                        next!(self.list_extend_op(
                            ts,
                            thread,
                            pc,
                            base + list as usize,
                            from,
                            pairs,
                            src
                        ));
                    }
                    Instr::Return { start, count } => {
                        let from = base + start as usize;
                        let n = if count == MULTI {
                            (ts.top as usize).saturating_sub(from)
                        } else {
                            count as usize
                        };
                        if ts.tbc.last().is_some_and(|&s| s as usize >= base) {
                            next!(self.return_closing(ts, thread, pc, base, n));
                        }
                        // The common return: one value to a compiled caller.
                        // Switch to it here, without reloading through the
                        // frame stack.
                        let len = ts.frames.len();
                        if let ([.., Frame::Lua(caller), Frame::Lua(callee)], false) =
                            (&ts.frames[..], self.rt.tracing)
                        {
                            let one = match callee.ret {
                                ReturnTo::Values { dest, wanted: 1 } => Some((dest, false)),
                                ReturnTo::Construct { dest } => Some((dest, true)),
                                _ => None,
                            };
                            if let Some((dest, constructed)) = one {
                                let v = if n > 0 {
                                    rget(&ts.stack, from)
                                } else {
                                    Value::Nil
                                };
                                if constructed {
                                    let ops = caller.closure.0.proto.ops;
                                    Self::construct_result(&mut ts.stack, ops, dest, v);
                                } else {
                                    rset(&mut ts.stack, dest as usize, v);
                                }
                                cdata = caller.closure.0.as_ref();
                                pc = caller.pc as usize;
                                base = caller.base as usize;
                                proto = cdata.proto.as_ref();
                                code = &proto.info.code;
                                k = &proto.constants;
                                // SAFETY: the last frame is a `Frame::Lua`,
                                // which owns nothing that needs dropping.
                                unsafe { ts.frames.set_len(len - 1) };
                                continue;
                            }
                        }
                        if let Err(e) = self.return_from_lua(ts, thread, from, n) {
                            exit!(e);
                        }
                        continue 'frame;
                    }
                    Instr::ForPrep { base: a, offset } => {
                        match self.for_prep_op(ts, thread, pc, base + a as usize) {
                            Ok(true) => {}
                            Ok(false) => pc = (pc as i64 + offset as i64) as usize,
                            Err(e) => exit!(e),
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
                        next!(self.tfor_call_op(ts, thread, pc, base + a as usize, nresults, a));
                    }
                    Instr::TForLoop { base: a, offset } => {
                        let r = base + a as usize;
                        let v = rget(&ts.stack, r + 4);
                        if !v.is_nil() {
                            rset(&mut ts.stack, r + 2, v);
                            pc = (pc as i64 + offset as i64) as usize;
                        }
                    }
                    Instr::Closure {
                        dst,
                        proto: index,
                        defaults,
                    } => {
                        let defaults = if defaults == MULTI {
                            None
                        } else {
                            Some(base + defaults as usize)
                        };
                        next!(self.closure_op(ts, thread, base + dst as usize, index, defaults));
                    }
                    Instr::VarArg { dst, count } => {
                        self.vararg_op(ts, base + dst as usize, count);
                    }
                    Instr::Tbc { reg } => {
                        next!(self.tbc_op(ts, thread, pc, base + reg as usize, reg));
                    }
                    Instr::Close { from } => {
                        let level = base + from as usize;
                        if ts.tbc.last().is_some_and(|&s| s as usize >= level) {
                            next!(self.close_op(ts, thread, pc, base, level));
                        }
                    }
                }
            }
        }
    }

    /// `obj.key = v` by the inline cache: true when stored.
    #[inline(always)]
    fn set_cached(
        &mut self,
        caches: &[Lock<FieldCache<'gc>>],
        ic: u16,
        t: Value<'gc>,
        key: Str<'gc>,
        v: Value<'gc>,
    ) -> bool {
        if let (Value::Object(o), false) = (t, self.rt.tracing) {
            for entry in cache(caches, ic) {
                // SAFETY: as in `cached_get`: no cache write happens while
                // this reference lives.
                let c = unsafe { &*entry.as_ptr() };
                if c.matches(o) {
                    return matches!(run_set_plan(self.mc, c, o, key, v), Some(Step::Done(_)));
                }
            }
        }
        false
    }

    /// `obj[key] = v` into an existing element of an array part: true when
    /// stored.
    #[inline(always)]
    fn array_set(&mut self, t: Value<'gc>, key: Value<'gc>, v: Value<'gc>) -> bool {
        if let (Value::Object(o), Value::Int(i)) = (t, key) {
            if let Some(b) = o.model().array_base {
                let idx = i.wrapping_sub(b);
                return idx >= 0
                    && !v.is_nothing()
                    && !o.array_get(idx as usize).is_empty()
                    && o.array_set(self.mc, idx as usize, v);
            }
        }
        false
    }
}
