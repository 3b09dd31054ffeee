//! The instruction loop's slow paths, kept out of line so the loop stays
//! small enough for its hot state to live in registers. Each takes what
//! the instruction decoded, finds the running prototype again from the
//! frame, and tells the loop how to go on (`Next`).

use gc_arena::{Gc, Lock};

use super::exec::{cache, rget, rset, save_pc};
use super::ops::run_set_plan;
use super::tracing::{binary_symbol, compare_symbol, unary_symbol};
use super::{Interrupt, Vm};
use crate::bytecode::{BinOp, CompareOp, Rk, UnaryOp, MULTI};
use crate::cache::{CacheKind, FieldCache};
use crate::debuginfo::describe_reg;
use crate::function::{Closure, Proto, UpvalueSource};
use crate::model::{Access, ErrorSite, OpError, Step, VarKind, VarName};
use crate::object::Object;
use crate::string::Str;
use crate::thread::{Frame, ReturnTo, Thread, ThreadState};
use crate::trace::event::OpKind;
use crate::value::Value;

/// How the instruction loop goes on after a slow path.
pub(crate) enum Next<'gc> {
    /// With the next instruction of this frame.
    Go,
    /// A frame was pushed or popped, or the pc moved: reload the frame.
    Reload,
    /// Stop running this thread.
    Exit(Interrupt<'gc>),
}

/// Which operand an error message names.
#[derive(Clone, Copy)]
pub(crate) enum Operand {
    None,
    Reg(u8),
    Rk(Rk, Rk),
    /// Only the right operand is named: the left is a value computed by
    /// the instruction itself (`AddN`'s running sum).
    Right(Rk),
    Upvalue(u8),
}

/// What the inline cache says of an attribute get.
pub(crate) enum Cached<'gc> {
    Value(Value<'gc>),
    /// Call this function with the receiver (and the key).
    Call(Value<'gc>, bool),
    Miss,
}

/// An attribute answered by the inline cache: an own slot, a value found
/// on a prototype, or a function to call (an `__index` function, a
/// getter).
#[inline(always)]
pub(crate) fn cached_get<'gc>(site: &[Lock<FieldCache<'gc>>; 2], o: Object<'gc>) -> Cached<'gc> {
    let shape = Some(o.shape());
    for entry in site {
        // SAFETY: caches are written only by `store_cache`, never while
        // this reference is alive (no user code or cache fill runs here).
        let c = unsafe { &*entry.as_ptr() };
        if c.shape == shape {
            return entry_get(c, o);
        }
    }
    Cached::Miss
}

#[inline(always)]
fn entry_get<'gc>(c: &FieldCache<'gc>, o: Object<'gc>) -> Cached<'gc> {
    let guards = || c.meta == o.meta() && c.epoch_holds();
    match c.kind {
        CacheKind::Own => {
            let v = o.slot(c.slot as usize);
            if !v.is_empty() && (!c.guarded || guards()) {
                Cached::Value(v)
            } else {
                Cached::Miss
            }
        }
        CacheKind::Found if guards() => Cached::Value(c.value),
        CacheKind::CallWithKey if guards() => Cached::Call(c.value, true),
        CacheKind::Call if guards() => Cached::Call(c.value, false),
        _ => Cached::Miss,
    }
}

/// The entry of a site filled for `o`'s shape, if any.
#[inline(always)]
fn entry_for<'a, 'gc>(
    site: &'a [Lock<FieldCache<'gc>>; 2],
    o: Object<'gc>,
) -> Option<&'a FieldCache<'gc>> {
    let shape = Some(o.shape());
    site.iter()
        // SAFETY: as in `cached_get`.
        .map(|entry| unsafe { &*entry.as_ptr() })
        .find(|c| c.shape == shape)
}

/// The hot loop's question: a plain value the cache answers for `o`
/// (an own slot or a value found on a prototype), or nothing. Returns
/// only a `Value`, so the copy is two words.
#[inline(always)]
pub(crate) fn cached_value<'gc>(
    site: &[Lock<FieldCache<'gc>>; 2],
    o: Object<'gc>,
) -> Option<Value<'gc>> {
    let c = entry_for(site, o)?;
    let guards = || c.meta == o.meta() && c.epoch_holds();
    match c.kind {
        CacheKind::Own if !c.guarded || guards() => {
            let v = o.slot(c.slot as usize);
            (!v.is_empty()).then_some(v)
        }
        CacheKind::Found if guards() => Some(c.value),
        _ => None,
    }
}

/// The function a method load's cache calls with the receiver `o` first
/// (a `Method` plan whose guards hold), for the hot loop.
#[inline(always)]
pub(crate) fn cached_method<'gc>(
    site: &[Lock<FieldCache<'gc>>; 2],
    o: Object<'gc>,
) -> Option<Value<'gc>> {
    let c = entry_for(site, o)?;
    let holds = c.kind == CacheKind::Method && c.meta == o.meta() && c.epoch_holds();
    holds.then_some(c.value)
}

/// The function a method load's cache calls with a string receiver first
/// (a `Method` plan for strings whose epoch holds), for the hot loop.
#[inline(always)]
pub(crate) fn string_cached_method<'gc>(site: &[Lock<FieldCache<'gc>>; 2]) -> Option<Value<'gc>> {
    site.iter()
        // SAFETY: as in `cached_get`.
        .map(|entry| unsafe { &*entry.as_ptr() })
        .find(|c| c.string_receiver && c.kind == CacheKind::Method && c.epoch_holds())
        .map(|c| c.value)
}

/// What a cache filled for a string receiver says, if anything.
#[inline(always)]
pub(crate) fn string_cached<'gc>(site: &[Lock<FieldCache<'gc>>; 2]) -> Option<Cached<'gc>> {
    for entry in site {
        // SAFETY: as in `cached_get`.
        let c = unsafe { &*entry.as_ptr() };
        if !c.string_receiver || !c.epoch_holds() {
            continue;
        }
        return match c.kind {
            CacheKind::Found => Some(Cached::Value(c.value)),
            CacheKind::CallWithKey => Some(Cached::Call(c.value, true)),
            CacheKind::Call => Some(Cached::Call(c.value, false)),
            _ => None,
        };
    }
    None
}

/// A plain value the cache answers for a string receiver (a method found
/// through the strings' metatable), for the hot loop.
#[inline(always)]
pub(crate) fn string_cached_value<'gc>(site: &[Lock<FieldCache<'gc>>; 2]) -> Option<Value<'gc>> {
    for entry in site {
        // SAFETY: as in `cached_get`.
        let c = unsafe { &*entry.as_ptr() };
        if c.string_receiver && c.kind == CacheKind::Found && c.epoch_holds() {
            return Some(c.value);
        }
    }
    None
}

/// The running compiled frame's closure, prototype and register base.
#[inline]
fn running<'gc>(ts: &ThreadState<'gc>) -> Option<(Closure<'gc>, Gc<'gc, Proto<'gc>>, usize)> {
    match ts.frames.last() {
        Some(Frame::Lua(f)) => Some((f.closure, f.closure.0.proto, f.base as usize)),
        _ => None,
    }
}

impl<'gc> Vm<'gc, '_> {
    /// Act on a protocol step whose value goes to `ret` (a register, or a
    /// comparison jump), naming `operand` if it fails.
    pub(crate) fn finish(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        step: Step<'gc>,
        ret: ReturnTo,
        operand: Operand,
    ) -> Next<'gc> {
        let err = match step {
            Step::Done(v) => {
                if let ReturnTo::One { dest } = ret {
                    rset(&mut ts.stack, dest as usize, v);
                    return Next::Go;
                }
                save_pc(ts, pc);
                return match self.deliver(ts, &[v], ret) {
                    Ok(()) => Next::Reload,
                    Err(e) => Next::Exit(e),
                };
            }
            Step::Absent => {
                if let ReturnTo::One { dest } = ret {
                    rset(&mut ts.stack, dest as usize, Value::Nil);
                }
                return Next::Go;
            }
            Step::Error(e) => e,
            call => {
                save_pc(ts, pc);
                let Some((_, proto, base)) = running(ts) else {
                    return Next::Reload;
                };
                let slot = base + proto.info.max_stack as usize;
                match self.call_step(ts, thread, slot, call, ret) {
                    Ok(()) => return Next::Reload,
                    Err(Interrupt::Op(e)) => e,
                    Err(e) => return Next::Exit(e),
                }
            }
        };
        let e = self.named_error(ts, thread, pc, err, operand);
        if self.rt.tracing {
            self.trace_error(ts, &e);
        }
        Next::Exit(e)
    }

    /// An operation's error, worded with the operand's name.
    pub(crate) fn named_error(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        err: OpError<'gc>,
        operand: Operand,
    ) -> Interrupt<'gc> {
        let names = match (running(ts), operand) {
            (Some((_, proto, _)), Operand::Reg(r)) => Self::name_reg(&proto, pc, r),
            (Some((_, proto, _)), Operand::Rk(a, b)) => {
                Self::names_rk(&proto, pc, Some(a), Some(b))
            }
            (Some((_, proto, _)), Operand::Right(b)) => Self::names_rk(&proto, pc, None, Some(b)),
            (Some((_, proto, _)), Operand::Upvalue(up)) => {
                let n = proto.info.upvalues.get(up as usize).map(|u| VarName {
                    kind: VarKind::Upvalue,
                    name: u.name.to_string(),
                });
                [n, None]
            }
            _ => [None, None],
        };
        self.op_error(ts, thread, pc, err, names)
    }

    /// `dst = obj.key` when the inline cache did not answer with a value.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn get_field_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        dst: usize,
        obj: Value<'gc>,
        key: Str<'gc>,
        ic: u16,
        access: Access,
        operand: Operand,
    ) -> Next<'gc> {
        let Some((_, proto, base)) = running(ts) else {
            return Next::Reload;
        };
        if let (Value::Object(o), false) = (obj, self.rt.tracing) {
            if let Cached::Call(Value::Closure(f), with_key) =
                cached_get(cache(&proto.caches, ic), o)
            {
                // A cached `__index` function or getter: call it straight
                // into the destination register.
                save_pc(ts, pc);
                let slot = base + proto.info.max_stack as usize;
                super::call::ensure(&mut ts.stack, slot + 3);
                ts.stack[slot] = Value::Closure(f);
                ts.stack[slot + 1] = obj;
                ts.stack[slot + 2] = Value::Str(key);
                let nargs = if with_key { 2 } else { 1 };
                return match self.push_lua_frame(ts, f, slot, nargs, super::one(dst)) {
                    Ok(()) => Next::Reload,
                    Err(e) => Next::Exit(e),
                };
            }
        }
        let step = match (obj, self.rt.tracing) {
            (Value::Str(_), false) => match string_cached(cache(&proto.caches, ic)) {
                Some(Cached::Value(v)) => Step::Done(v),
                Some(Cached::Call(f, true)) => Step::call(f, &[obj, Value::Str(key)]),
                Some(Cached::Call(f, false)) => Step::call(f, &[obj]),
                _ => self.get_field_slow(ts, thread, proto, ic, obj, key, access),
            },
            (Value::Object(o), false) => match cached_get(cache(&proto.caches, ic), o) {
                Cached::Value(v) => Step::Done(v),
                Cached::Call(f, true) => Step::call(f, &[obj, Value::Str(key)]),
                Cached::Call(f, false) => Step::call(f, &[obj]),
                Cached::Miss => self.get_field_slow(ts, thread, proto, ic, obj, key, access),
            },
            _ => {
                if self.rt.tracing {
                    let key = Some(Value::Str(key));
                    self.trace_begin(ts, pc, OpKind::Get, obj, key, None, operand);
                }
                let step = self.get_field_slow(ts, thread, proto, ic, obj, key, access);
                if self.rt.tracing {
                    self.trace_after(&step, None);
                }
                step
            }
        };
        self.finish(ts, thread, pc, step, super::one(dst), operand)
    }

    /// `obj.key = v` when the inline cache did not store it.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn set_field_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        obj: Value<'gc>,
        key: Str<'gc>,
        v: Value<'gc>,
        ic: u16,
        operand: Operand,
    ) -> Next<'gc> {
        let Some((_, proto, base)) = running(ts) else {
            return Next::Reload;
        };
        let mut planned = false;
        if let (Value::Object(o), false) = (obj, self.rt.tracing) {
            for entry in cache(&proto.caches, ic) {
                let c = entry.get();
                if !c.matches(o) {
                    continue;
                }
                planned = true;
                match run_set_plan(self.mc, &c, o, key, v) {
                    Some(Step::Done(_)) => return Next::Go,
                    Some(step) => {
                        let slot = base + proto.info.max_stack as usize;
                        return self.finish(ts, thread, pc, step, super::one(slot), operand);
                    }
                    None => {}
                }
                break;
            }
        }
        // A plan that holds but does not settle this store (a `nil`): the
        // language's rule, without planning again.
        let step = if planned {
            let ops = proto.ops;
            let mut ctx = self.ctx(ts, thread, None);
            (ops.set)(&mut ctx, obj, Value::Str(key), v, Access::Attr)
        } else if self.rt.tracing {
            let k = Some(Value::Str(key));
            self.trace_begin(ts, pc, OpKind::Set, obj, k, Some(v), operand);
            let step = self.set_field_slow(ts, thread, proto, ic, obj, key, v);
            self.trace_after(&step, Some(v));
            step
        } else {
            self.set_field_slow(ts, thread, proto, ic, obj, key, v)
        };
        if let Step::Done(_) = step {
            return Next::Go;
        }
        let slot = base + proto.info.max_stack as usize;
        self.finish(ts, thread, pc, step, super::one(slot), operand)
    }

    /// `dst = obj[key]` off the array fast path.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn get_index_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        dst: usize,
        obj: Value<'gc>,
        key: Value<'gc>,
        operand: Operand,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        if self.rt.tracing {
            self.trace_begin(ts, pc, OpKind::Get, obj, Some(key), None, operand);
        }
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.get)(&mut ctx, obj, key, Access::Item)
        };
        if self.rt.tracing {
            self.trace_after(&step, None);
        }
        self.finish(ts, thread, pc, step, super::one(dst), operand)
    }

    /// `obj[key] = v` off the array fast path.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn set_index_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        obj: Value<'gc>,
        key: Value<'gc>,
        v: Value<'gc>,
        operand: Operand,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        if self.rt.tracing {
            self.trace_begin(ts, pc, OpKind::Set, obj, Some(key), Some(v), operand);
        }
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.set)(&mut ctx, obj, key, v, Access::Item)
        };
        if self.rt.tracing {
            self.trace_after(&step, Some(v));
        }
        if let Step::Done(_) = step {
            return Next::Go;
        }
        let Some((_, proto, base)) = running(ts) else {
            return Next::Reload;
        };
        let slot = base + proto.info.max_stack as usize;
        self.finish(ts, thread, pc, step, super::one(slot), operand)
    }

    /// A binary operator the numeric fast path declined; `inplace`: an
    /// augmented assignment's (`InplaceArith`), which takes the language's
    /// `inplace` rule when it has one.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn binary_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        (op, inplace): (BinOp, bool),
        dst: usize,
        x: Value<'gc>,
        y: Value<'gc>,
        operand: Operand,
    ) -> Next<'gc> {
        if let (BinOp::Concat, Value::Str(sx), Value::Str(sy)) = (op, x, y) {
            if !crate::memory::fits(sx.len() + sy.len()) {
                let error = Step::Error(OpError::Message("not enough memory".into()));
                return self.finish(ts, thread, pc, error, super::one(dst), operand);
            }
            let joined = Str::concat(self.mc, sx, sy.as_bytes());
            rset(&mut ts.stack, dst, Value::Str(joined));
            return Next::Go;
        }
        let ops = self.ops_at(ts);
        let tracing = self.rt.tracing;
        if tracing {
            let kind = OpKind::Binary(binary_symbol(op));
            self.trace_begin(ts, pc, kind, x, Some(y), None, operand);
        }
        let rule = match ops.inplace {
            Some(rule) if inplace => rule,
            _ => ops.binary,
        };
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            rule(&mut ctx, op, x, y)
        };
        if tracing {
            self.trace_after(&step, None);
        }
        self.finish(ts, thread, pc, step, super::one(dst), operand)
    }

    /// `ConcatN`: a right-nested concatenation chain in `first..first+count`,
    /// done right to left. Runs of plain values (the language's
    /// `concat_text`) are joined in one step; a pair with any other value
    /// goes to the language's `binary` rule, and when that calls a
    /// metamethod the result comes back into the chain and the instruction
    /// runs again (`ReturnTo::Again`; consumed operands are `Empty`).
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn concat_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        base: usize,
        dst: u8,
        first: u8,
        count: u8,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        let lo = base + first as usize;
        let mut n = count as usize;
        while n > 1 && ts.stack[lo + n - 1].is_empty() {
            n -= 1;
        }
        // The explainer reports every pairwise step, so it never joins runs.
        let join = !self.rt.tracing;
        while n > 1 {
            let mut start = n;
            while join && start > 0 && (ops.concat_text)(ts.stack[lo + start - 1], None) {
                start -= 1;
            }
            if n - start >= 2 {
                let all_str = ts.stack[lo + start..lo + n]
                    .iter()
                    .all(|v| matches!(v, Value::Str(_)));
                let cap = if all_str {
                    ts.stack[lo + start..lo + n]
                        .iter()
                        .map(|v| if let Value::Str(s) = v { s.len() } else { 0 })
                        .sum()
                } else {
                    16 * (n - start)
                };
                let fits = if all_str {
                    crate::memory::fits(cap)
                } else {
                    crate::memory::room_for(cap)
                };
                if !fits {
                    let operand =
                        Operand::Rk(Rk::reg(first + n as u8 - 2), Rk::reg(first + n as u8 - 1));
                    let error = Step::Error(OpError::Message("not enough memory".into()));
                    return self.finish(ts, thread, pc, error, super::one(lo + n - 2), operand);
                }
                // A string on the left is appended to (Str::concat: a loop
                // of appends stays linear).
                let head = match ts.stack[lo + start] {
                    Value::Str(s) => Some(s),
                    _ => None,
                };
                let mut out = Vec::with_capacity(cap.saturating_sub(head.map_or(0, |s| s.len())));
                for i in start..n {
                    if i > start || head.is_none() {
                        (ops.concat_text)(ts.stack[lo + i], Some(&mut out));
                    }
                    ts.stack[lo + i] = Value::Empty;
                }
                ts.stack[lo + start] = Value::Str(match head {
                    Some(head) => Str::concat(self.mc, head, &out),
                    None => Str::from_vec(self.mc, out),
                });
                n = start + 1;
                continue;
            }
            let pair = (ts.stack[lo + n - 2], ts.stack[lo + n - 1]);
            let operand = Operand::Rk(Rk::reg(first + n as u8 - 2), Rk::reg(first + n as u8 - 1));
            ts.stack[lo + n - 1] = Value::Empty;
            let step = (BinOp::Concat, pair, false);
            match self.chain_pair(ts, thread, pc, step, lo + n - 2, operand) {
                Ok(v) => {
                    ts.stack[lo + n - 2] = v;
                    n -= 1;
                }
                Err(next) => return next,
            }
        }
        let v = ts.stack[lo];
        rset(&mut ts.stack, base + dst as usize, v);
        Next::Go
    }

    /// A unary operator the fast path declined.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn unary_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        op: UnaryOp,
        dst: usize,
        v: Value<'gc>,
        operand: Operand,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        let tracing = self.rt.tracing;
        if tracing {
            let kind = OpKind::Unary(unary_symbol(op));
            self.trace_begin(ts, pc, kind, v, None, None, operand);
        }
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.unary)(&mut ctx, op, v)
        };
        if tracing {
            self.trace_after(&step, None);
        }
        self.finish(ts, thread, pc, step, super::one(dst), operand)
    }

    /// A truthiness test the language's rule decides (a call may be
    /// needed), as a conditional jump.
    #[inline(never)]
    pub(crate) fn test_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        v: Value<'gc>,
        jump_if: bool,
        offset: i32,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.truthy)(&mut ctx, v)
        };
        let ret = ReturnTo::CompareJump {
            jump_if,
            negate: false,
            offset: offset as i16,
        };
        save_pc(ts, pc);
        match self.finish(ts, thread, pc, step, ret, Operand::None) {
            Next::Go => Next::Reload,
            other => other,
        }
    }

    /// The language's truthiness of `v`, for `TestSet` (no call: a value
    /// whose truthiness needs one counts as true).
    #[inline(never)]
    pub(crate) fn truthy_now(
        &mut self,
        ts: &ThreadState<'gc>,
        thread: Thread<'gc>,
        v: Value<'gc>,
    ) -> bool {
        let ops = self.ops_at(ts);
        let mut ctx = self.ctx(ts, thread, None);
        !matches!((ops.truthy)(&mut ctx, v), Step::Done(Value::Bool(false)))
    }

    /// A comparison the fast path declined, as a conditional jump.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn compare_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        op: CompareOp,
        x: Value<'gc>,
        y: Value<'gc>,
        jump_if: bool,
        offset: i16,
        operand: Operand,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        let tracing = self.rt.tracing;
        if tracing {
            let kind = OpKind::Compare(compare_symbol(op));
            self.trace_begin(ts, pc, kind, x, Some(y), None, operand);
        }
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.compare)(&mut ctx, op, x, y)
        };
        if tracing {
            self.trace_after(&step, None);
        }
        save_pc(ts, pc);
        let ret = ReturnTo::CompareJump {
            jump_if,
            negate: false,
            offset,
        };
        match self.finish(ts, thread, pc, step, ret, operand) {
            Next::Go => Next::Reload,
            other => other,
        }
    }

    /// `{}`: the frame language's table.
    #[inline(never)]
    pub(crate) fn new_table_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        dst: usize,
        array: usize,
        keys: usize,
    ) {
        let ops = self.ops_at(ts);
        let t = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.new_table)(&mut ctx, array, keys)
        };
        rset(&mut ts.stack, dst, t);
    }

    /// A constructor's positional items.
    #[inline(never)]
    pub(crate) fn set_list_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        t: usize,
        count: u8,
        first: u32,
    ) -> Next<'gc> {
        let n = if count == MULTI {
            (ts.top as usize).saturating_sub(t + 1)
        } else {
            count as usize
        };
        let values: Vec<Value<'gc>> = ts.stack[t + 1..t + 1 + n].to_vec();
        let target = rget(&ts.stack, t);
        let ops = self.ops_at(ts);
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.set_list)(&mut ctx, target, first as i64, &values)
        };
        match step {
            Step::Error(e) => Next::Exit(self.op_error(ts, thread, pc, e, [None, None])),
            _ => Next::Go,
        }
    }

    /// Call a value that is not a closure (a native, a callable object).
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn call_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        slot: usize,
        nargs: usize,
        ret: ReturnTo,
        func: u8,
        receiver: bool,
    ) -> Next<'gc> {
        let nargs = if receiver {
            nargs
        } else {
            let caller = self.ops_at(ts);
            self.adapt_receiver(ts, caller, slot, nargs, 0)
        };
        match self.call_value(ts, thread, slot, nargs, ret) {
            Ok(()) => Next::Reload,
            Err(Interrupt::Op(e)) => {
                Next::Exit(self.named_error(ts, thread, pc, e, Operand::Reg(func)))
            }
            Err(e) => Next::Exit(e),
        }
    }

    /// A tail call.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn tail_call_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        slot: usize,
        nargs: usize,
        func: u8,
        receiver: bool,
    ) -> Next<'gc> {
        let nargs = if receiver {
            nargs
        } else {
            let caller = self.ops_at(ts);
            self.adapt_receiver(ts, caller, slot, nargs, 0)
        };
        if receiver {
            // A method call passes its receiver: bind it as the callee
            // wants (an ordinary call; its results are this frame's).
            let ret = ReturnTo::Values {
                dest: slot as u32,
                wanted: MULTI,
            };
            return self.call_kw_op(ts, thread, pc, slot, nargs, 0, None, ret, true, func);
        }
        match self.tail_call(ts, thread, slot, nargs) {
            Ok(()) => Next::Reload,
            Err(Interrupt::Op(e)) => {
                Next::Exit(self.named_error(ts, thread, pc, e, Operand::Reg(func)))
            }
            Err(e) => Next::Exit(e),
        }
    }

    /// A return that closes pending to-be-closed variables first.
    #[inline(never)]
    pub(crate) fn return_closing(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        base: usize,
        n: usize,
    ) -> Next<'gc> {
        // Close one variable, then run this Return again.
        save_pc(ts, pc - 1);
        let Some((_, proto, _)) = running(ts) else {
            return Next::Reload;
        };
        let slot = base + proto.info.max_stack as usize + n + 1;
        match self.close_one(ts, thread, slot, base) {
            Ok(()) => Next::Reload,
            Err(e) => Next::Exit(e),
        }
    }

    /// `Close`: close the to-be-closed variables at or above `level`.
    #[inline(never)]
    pub(crate) fn close_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        base: usize,
        level: usize,
    ) -> Next<'gc> {
        save_pc(ts, pc - 1);
        let Some((_, proto, _)) = running(ts) else {
            return Next::Reload;
        };
        let slot = base + proto.info.max_stack as usize;
        match self.close_one(ts, thread, slot, level) {
            Ok(()) => Next::Reload,
            Err(e) => Next::Exit(e),
        }
    }

    /// `Tbc`: mark a to-be-closed variable (its value must be closable).
    #[inline(never)]
    pub(crate) fn tbc_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        slot: usize,
        reg: u8,
    ) -> Next<'gc> {
        let v = rget(&ts.stack, slot);
        if matches!(v, Value::Nil | Value::Bool(false)) {
            return Next::Go;
        }
        let ops = self.ops_at(ts);
        if (ops.close_handler)(self.rt, v).is_none() {
            let names = match running(ts) {
                Some((_, proto, _)) => [describe_reg(&proto, pc, reg), None],
                None => [None, None],
            };
            return Next::Exit(self.op_error(ts, thread, pc, OpError::NotClosable(v), names));
        }
        ts.tbc.push(slot as u32);
        Next::Go
    }

    /// `Closure`: a new closure of child prototype `index`, with its
    /// default values from register `defaults` on.
    #[inline(never)]
    pub(crate) fn closure_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        dst: usize,
        index: u16,
        defaults: Option<usize>,
    ) -> Next<'gc> {
        let Some((closure, proto, base)) = running(ts) else {
            return Next::Reload;
        };
        let Some(&child) = proto.protos.get(index as usize) else {
            let e = OpError::Message("internal: bad prototype index".into());
            return Next::Exit(self.plain_error(ts, thread, e, ErrorSite::Instruction));
        };
        let upvals = &closure.0.upvalues;
        let mut cells = Vec::with_capacity(child.info.upvalues.len());
        for desc in child.info.upvalues.iter() {
            let cell = match desc.source {
                UpvalueSource::ParentCell(reg) => match rget(&ts.stack, base + reg as usize) {
                    Value::Cell(c) => c,
                    other => Gc::new(self.mc, Lock::new(other)),
                },
                UpvalueSource::ParentUpvalue(i) => match upvals.get(i as usize) {
                    Some(c) => c.get(),
                    None => Gc::new(self.mc, Lock::new(Value::Nil)),
                },
            };
            cells.push(Lock::new(cell));
        }
        let c = match (defaults, child.info.sig.as_deref()) {
            (Some(first), Some(sig)) => {
                let n = sig.defaults as usize + sig.kwonly as usize;
                let values: Vec<Value<'gc>> = ts.stack[first..first + n].to_vec();
                Closure::with_defaults(
                    self.mc,
                    child,
                    cells.into_boxed_slice(),
                    values.into_boxed_slice(),
                )
            }
            _ => Closure::new(self.mc, child, cells.into_boxed_slice()),
        };
        rset(&mut ts.stack, dst, Value::Closure(c));
        Next::Go
    }

    /// `VarArg`: the frame's extra arguments.
    #[inline(never)]
    pub(crate) fn vararg_op(&mut self, ts: &mut ThreadState<'gc>, d: usize, count: u8) {
        let (va, nva) = match ts.frames.last() {
            Some(Frame::Lua(f)) => (f.varargs as usize, f.nvarargs as usize),
            _ => (0, 0),
        };
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

    /// `TForCall`: call the generic `for` iterator.
    #[inline(never)]
    pub(crate) fn tfor_call_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        r: usize,
        nresults: u8,
        a: u8,
    ) -> Next<'gc> {
        for i in 0..3 {
            let v = rget(&ts.stack, r + i);
            rset(&mut ts.stack, r + 4 + i, v);
        }
        save_pc(ts, pc);
        let ret = ReturnTo::Values {
            dest: (r + 4) as u32,
            wanted: nresults,
        };
        if let Value::Closure(c) = rget(&ts.stack, r + 4) {
            return match self.push_lua_frame(ts, c, r + 4, 2, ret) {
                Ok(()) => Next::Reload,
                Err(e) => Next::Exit(e),
            };
        }
        self.call_op(ts, thread, pc, r + 4, 2, ret, a, false)
    }

    /// `ForPrep`: prepare a numeric loop (false: it runs zero times).
    #[inline(never)]
    pub(crate) fn for_prep_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        r: usize,
    ) -> Result<bool, Interrupt<'gc>> {
        self.for_prep(ts, r)
            .map_err(|e| self.op_error(ts, thread, pc, e, [None, None]))
    }

    /// Lua 5.4 `forprep`: prepare a numeric loop; false when it runs zero
    /// times.
    fn for_prep(&mut self, ts: &mut ThreadState<'gc>, r: usize) -> Result<bool, OpError<'gc>> {
        let (init, limit, step) = (
            rget(&ts.stack, r),
            rget(&ts.stack, r + 1),
            rget(&ts.stack, r + 2),
        );
        // forlimit and the float loop convert numeric strings (cvt2num);
        // only integers take the integer loop.
        let numeric = |v: Value<'gc>| match v {
            Value::Str(st) => match crate::number::lua_number::str_to_number(st.as_bytes()) {
                Some(crate::number::lua_number::Number::Int(i)) => Value::Int(i),
                Some(crate::number::lua_number::Number::Float(f)) => Value::Float(f),
                None => v,
            },
            _ => v,
        };
        let limit = numeric(limit);
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
                    // lvm.c forlimit: a limit beyond the integers on the
                    // side the loop moves away from means no iteration.
                    if fl >= 9.223_372_036_854_776e18 {
                        if s < 0 {
                            return Ok(false);
                        }
                        i64::MAX
                    } else if fl < -9.223_372_036_854_776e18 {
                        if s > 0 {
                            return Ok(false);
                        }
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
            match numeric(v) {
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

    /// A call with keyword arguments (or a method call to a function that
    /// binds its receiver): `npos` positional values, then `nkw` keyword
    /// values named by `names`.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn call_kw_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        slot: usize,
        npos: usize,
        nkw: usize,
        names: Option<Object<'gc>>,
        ret: ReturnTo,
        receiver: bool,
        func: u8,
    ) -> Next<'gc> {
        let (mut npos, mut receiver) = (npos, receiver);
        if receiver && npos > 0 && rget(&ts.stack, slot + 1).is_empty() {
            ts.stack
                .copy_within(slot + 2..slot + 1 + npos + nkw, slot + 1);
            npos -= 1;
            receiver = false;
        }
        if !receiver {
            let caller = self.ops_at(ts);
            npos = self.adapt_receiver(ts, caller, slot, npos, nkw);
        }
        let r = match rget(&ts.stack, slot) {
            Value::Closure(c) => {
                let shape = super::bind::Shape {
                    receiver,
                    nkw,
                    names,
                };
                self.push_bound(ts, c, slot, npos, shape, ret)
            }
            _ => {
                // A native or a callable object: the keywords go in the
                // context as name/value pairs.
                if nkw > 0 {
                    let pairs = crate::model::list::new_list(self.mc, self.rt.root_shape, 2 * nkw);
                    for i in 0..nkw {
                        let name = names.map_or(Value::Nil, |n| n.array_get(i));
                        pairs.array_push(self.mc, name);
                        pairs.array_push(self.mc, rget(&ts.stack, slot + 1 + npos + i));
                    }
                    self.kwargs = Some(pairs);
                }
                let r = self.call_value(ts, thread, slot, npos, ret);
                self.kwargs = None;
                r
            }
        };
        match r {
            Ok(()) => Next::Reload,
            Err(Interrupt::Op(e)) => {
                Next::Exit(self.named_error(ts, thread, pc, e, Operand::Reg(func)))
            }
            Err(e) => Next::Exit(e),
        }
    }

    /// A call with spread arguments: the elements of `list`, and the
    /// name/value pairs of `kwlist`.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn call_ex_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        slot: usize,
        list: Value<'gc>,
        kwlist: Value<'gc>,
        ret: ReturnTo,
        receiver: bool,
        func: u8,
    ) -> Next<'gc> {
        // The lists are read straight into the argument registers (no
        // copies, and no names list without keywords).
        let array_len = |v: Value<'gc>| match v {
            Value::Object(l) => l.array_len(),
            _ => 0,
        };
        let (npositional, nkw) = (array_len(list), array_len(kwlist) / 2);
        let first = slot + 1 + receiver as usize;
        let npos = receiver as usize + npositional;
        super::call::ensure(&mut ts.stack, first + npositional + nkw + 8);
        if let Value::Object(l) = list {
            l.with_array(|a| {
                for (to, v) in ts.stack[first..first + npositional].iter_mut().zip(a) {
                    *to = v.or_nil();
                }
            });
            // Only the compiler's `NewList` makes this list (see
            // `Vm::spare_list`): it can serve the next spread call.
            l.with_array_mut(self.mc, |a| a.clear());
            self.spare_list = Some(l);
        }
        let mut names = None;
        if let (Value::Object(l), true) = (kwlist, nkw > 0) {
            let n = crate::model::list::new_list(self.mc, self.rt.root_shape, nkw);
            for i in 0..nkw {
                n.array_push(self.mc, l.array_get(2 * i));
                ts.stack[first + npositional + i] = l.array_get(2 * i + 1);
            }
            names = Some(n);
        }
        self.call_kw_op(ts, thread, pc, slot, npos, nkw, names, ret, receiver, func)
    }

    /// `LoadMethod`: a method found to bind keeps the receiver in
    /// `dst + 1`; any other value leaves that slot empty.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn load_method_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        dst: usize,
        obj: Value<'gc>,
        key: Str<'gc>,
        ic: u16,
        operand: Operand,
    ) -> Next<'gc> {
        let Some((_, proto, _)) = running(ts) else {
            return Next::Reload;
        };
        // A language with its own method lookup explains it in the call
        // (`LangOps::plan_method`).
        let traced = self.rt.tracing && proto.ops.plan_method.is_none();
        if traced {
            let key = Some(Value::Str(key));
            self.trace_begin(ts, pc, OpKind::Get, obj, key, None, operand);
        }
        let step = match (obj, self.rt.tracing) {
            (Value::Object(o), false) => match cached_get(cache(&proto.caches, ic), o) {
                Cached::Value(v) => Step::Done(v),
                Cached::Call(f, true) => Step::call(f, &[obj, Value::Str(key)]),
                Cached::Call(f, false) => Step::call(f, &[obj]),
                Cached::Miss => {
                    self.get_field_slow(ts, thread, proto, ic, obj, key, Access::Method)
                }
            },
            _ => self.get_field_slow(ts, thread, proto, ic, obj, key, Access::Method),
        };
        if traced {
            match &step {
                // The method itself is the lookup's result.
                Step::Method(f) => self.trace_after(&Step::Done(*f), None),
                other => self.trace_after(other, None),
            }
        }
        match step {
            Step::Method(f) => {
                rset(&mut ts.stack, dst, f);
                Next::Go
            }
            // A function that takes `this` (`vm/receiver.rs`).
            Step::Done(f) if self.binds_receiver(proto.ops, f) => {
                rset(&mut ts.stack, dst, f);
                Next::Go
            }
            other => {
                rset(&mut ts.stack, dst + 1, Value::Empty);
                self.finish(ts, thread, pc, other, super::one(dst), operand)
            }
        }
    }

    /// `GetIter`: the language's iterator over `v`.
    #[inline(never)]
    pub(crate) fn get_iter_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        dst: usize,
        v: Value<'gc>,
        src: u8,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.get_iter)(&mut ctx, v)
        };
        self.finish(ts, thread, pc, step, super::one(dst), Operand::Reg(src))
    }

    /// `ForIter` off the array fast path: the iterator's model gives the
    /// next value (`Absent`, or a call resulting in `Empty`, when done).
    #[inline(never)]
    pub(crate) fn for_iter_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        dst: usize,
        it: Value<'gc>,
        iter: u8,
    ) -> Next<'gc> {
        let Value::Object(o) = it else {
            let e = OpError::NotIterable(it);
            return Next::Exit(self.named_error(ts, thread, pc, e, Operand::Reg(iter)));
        };
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (o.model().next)(&mut ctx, o)
        };
        match step {
            Step::Done(Value::Empty) | Step::Absent => {
                save_pc(ts, pc);
                for_iter_exit(ts);
                Next::Reload
            }
            other => self.finish(
                ts,
                thread,
                pc,
                other,
                ReturnTo::ForIter { dest: dst as u32 },
                Operand::Reg(iter),
            ),
        }
    }

    /// `delete obj[key]`.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn delete_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        dst: usize,
        obj: Value<'gc>,
        key: Value<'gc>,
        access: Access,
        reg: u8,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.delete)(&mut ctx, obj, key, access)
        };
        self.finish(ts, thread, pc, step, super::one(dst), Operand::Reg(reg))
    }

    /// A comparison as a value, off the fast path.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn compare_value_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        op: CompareOp,
        dst: usize,
        x: Value<'gc>,
        y: Value<'gc>,
        operand: Operand,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        let tracing = self.rt.tracing;
        if tracing {
            let kind = OpKind::Compare(compare_symbol(op));
            self.trace_begin(ts, pc, kind, x, Some(y), None, operand);
        }
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.compare)(&mut ctx, op, x, y)
        };
        if tracing {
            self.trace_after(&step, None);
        }
        self.finish(ts, thread, pc, step, super::one(dst), operand)
    }

    /// `ArgList`: the frame's extra arguments as the language's list.
    #[inline(never)]
    pub(crate) fn arg_list_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        dst: usize,
    ) {
        let (va, nva) = match ts.frames.last() {
            Some(Frame::Lua(f)) => (f.varargs as usize, f.nvarargs as usize),
            _ => (0, 0),
        };
        let ops = self.ops_at(ts);
        let values: Vec<Value<'gc>> = ts.stack[va..va + nva].to_vec();
        let list = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.new_list)(&mut ctx, &values)
        };
        rset(&mut ts.stack, dst, list);
    }

    /// `ListExtend`: append the elements (or the string-keyed pairs) of
    /// `from` to the list in `list`.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn list_extend_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        list: usize,
        from: Value<'gc>,
        pairs: bool,
        src: u8,
    ) -> Next<'gc> {
        let (Value::Object(l), Value::Object(f)) = (rget(&ts.stack, list), from) else {
            let e = OpError::NotIterable(from);
            return Next::Exit(self.named_error(ts, thread, pc, e, Operand::Reg(src)));
        };
        if pairs {
            for (k, v) in f.keyed_entries() {
                if let Value::Str(_) = k {
                    l.array_push(self.mc, k);
                    l.array_push(self.mc, v);
                }
            }
        } else {
            let values: Vec<Value<'gc>> = f.with_array(|a| a.iter().map(|v| v.or_nil()).collect());
            l.with_array_mut(self.mc, |a| a.extend(values));
        }
        Next::Go
    }

    /// No compiled frame on top where one should be.
    #[cold]
    pub(crate) fn no_frame(
        &mut self,
        ts: &ThreadState<'gc>,
        thread: Thread<'gc>,
    ) -> Interrupt<'gc> {
        self.plain_error(
            ts,
            thread,
            OpError::Message("internal: no frame to run".into()),
            ErrorSite::Instruction,
        )
    }
}

/// Leave a `ForIter` loop: jump by the offset of the `ForIter` instruction
/// the running frame's saved pc follows.
pub(crate) fn for_iter_exit(ts: &mut ThreadState<'_>) {
    if let Some(Frame::Lua(f)) = ts.frames.last_mut() {
        let code = &f.closure.0.proto.info.code;
        if let Some(crate::bytecode::Instr::ForIter { offset, .. }) =
            code.get((f.pc as usize).wrapping_sub(1))
        {
            f.pc = (f.pc as i64 + *offset as i64) as u32;
        }
    }
}
