//! The executor's slow paths: building the context a protocol function
//! runs in, turning a protocol `Step` into a stored value or a call,
//! filling inline caches from a model's plans, and wording errors through
//! the running frame's language.

use gc_arena::barrier::field;
use gc_arena::Gc;

use super::{Flow, Interrupt, Vm};
use crate::bytecode::Rk;
use crate::cache::{CacheKind, FieldCache};
use crate::debuginfo::{describe_reg, describe_rk};
use crate::function::{NativeFunction, Proto};
use crate::model::{Access, ErrorSite, GetPlan, LangOps, OpError, Step, VarName};
use crate::native::Ctx;
use crate::object::Object;
use crate::string::Str;
use crate::thread::{Frame, NativeFrame, ReturnTo, Thread, ThreadState};
use crate::value::Value;

/// Stack slots a call set up by an operation may need above `slot`.
const CALL_ROOM: usize = 8;

impl<'gc> Vm<'gc, '_> {
    /// The context protocol functions and natives run in.
    #[inline(always)]
    pub(crate) fn ctx<'s>(
        &'s mut self,
        ts: &'s ThreadState<'gc>,
        thread: Thread<'gc>,
        callee: Option<NativeFunction<'gc>>,
    ) -> Ctx<'gc, 's> {
        Ctx {
            mc: self.mc,
            rt: self.rt,
            ret: &mut self.ret_buf,
            thread,
            ts,
            callee,
            host: self.host,
            full_gc_requested: &mut self.full_gc_requested,
            kwargs: self.kwargs.take(),
        }
    }

    /// Make the call a protocol step asked for, its results going to
    /// `ret`: the function and arguments go at `slot` (above the running
    /// frame's registers); a continuation becomes a native frame that
    /// resumes the rule.
    pub(crate) fn call_step(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        slot: usize,
        step: Step<'gc>,
        ret: ReturnTo,
    ) -> Flow<'gc> {
        let (func, args, then) = match step {
            Step::Call(req) => {
                let req = *req;
                (req.func, req.args, req.then)
            }
            Step::CallPrepending { func, first } => {
                (func, crate::model::Args::from_slice(&[first]), None)
            }
            Step::Done(v) | Step::Method(v) => return self.deliver_value(ts, thread, v, ret),
            Step::Absent => return self.deliver_value(ts, thread, Value::Nil, ret),
            Step::Error(e) => return Err(Interrupt::Op(e)),
        };
        let args = args.as_slice();
        super::call::ensure(&mut ts.stack, slot + args.len() + CALL_ROOM);
        ts.stack[slot] = func;
        ts.stack[slot + 1..slot + 1 + args.len()].copy_from_slice(args);
        let ret = match then {
            Some(then) => {
                let frame = NativeFrame {
                    callee: None,
                    then,
                    ret,
                    stack_base: slot as u32,
                };
                self.push_native(ts, thread, frame)?;
                ReturnTo::Continuation
            }
            None => ret,
        };
        if let Value::Closure(c) = func {
            return self.push_lua_frame(ts, c, slot, args.len(), ret);
        }
        self.call_value(ts, thread, slot, args.len(), ret)
    }

    /// Deliver a value a call resolved to at once; a continuation
    /// waiting for it (a native's `Outcome::Call` of a callable object
    /// that answered without a frame) resumes with it.
    fn deliver_value(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        v: Value<'gc>,
        ret: ReturnTo,
    ) -> Flow<'gc> {
        if ret == ReturnTo::Continuation {
            let (r, c, rt, sb) = self.resume_continuation(ts, thread, Ok(&[v]))?;
            return self.finish_native(ts, thread, r, c, rt, sb);
        }
        self.deliver(ts, &[v], ret)
    }

    /// The value an operation's error throws, worded by the frame's
    /// language with the operands' names.
    pub(crate) fn op_error(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        err: OpError<'gc>,
        names: [Option<VarName>; 2],
    ) -> Interrupt<'gc> {
        super::exec::save_pc(ts, pc);
        let ops = self.ops_at(ts);
        let v = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.error_value)(&mut ctx, err, names, ErrorSite::Instruction)
        };
        Interrupt::Throw(v)
    }

    /// An error with no operand names.
    pub(crate) fn plain_error(
        &mut self,
        ts: &ThreadState<'gc>,
        thread: Thread<'gc>,
        err: OpError<'gc>,
        site: ErrorSite,
    ) -> Interrupt<'gc> {
        let ops = self.ops_at(ts);
        let v = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.error_value)(&mut ctx, err, [None, None], site)
        };
        Interrupt::Throw(v)
    }

    /// The operator table of the innermost compiled frame (the language a
    /// native or a protocol rule was called from).
    pub(crate) fn ops_at(&self, ts: &ThreadState<'gc>) -> &'static LangOps {
        for f in ts.frames.iter().rev() {
            if let Frame::Lua(f) = f {
                return f.closure.0.proto.ops;
            }
        }
        self.rt.default_ops
    }

    /// Name the register operands of an instruction for an error message.
    pub(crate) fn names_rk(
        proto: &Proto<'gc>,
        pc: usize,
        a: Option<Rk>,
        b: Option<Rk>,
    ) -> [Option<VarName>; 2] {
        [
            a.and_then(|a| describe_rk(proto, pc - 1, a)),
            b.and_then(|b| describe_rk(proto, pc - 1, b)),
        ]
    }

    pub(crate) fn name_reg(proto: &Proto<'gc>, pc: usize, reg: u8) -> [Option<VarName>; 2] {
        [describe_reg(proto, pc - 1, reg), None]
    }

    /// `obj.key` on a cache miss: make and store a plan when the model can,
    /// then run it; otherwise the frame language's full lookup.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn get_field_slow(
        &mut self,
        ts: &ThreadState<'gc>,
        thread: Thread<'gc>,
        proto: Gc<'gc, Proto<'gc>>,
        ic: u16,
        obj: Value<'gc>,
        key: Str<'gc>,
        access: Access,
    ) -> Step<'gc> {
        let ops = proto.ops;
        if let (Access::Method, Some(plan)) = (access, ops.plan_method) {
            // The language's own method lookup (`LangOps::plan_method`).
            if let (Value::Object(o), false) = (obj, self.rt.tracing) {
                if let Some(f) = plan(self.mc, self.rt, o, key) {
                    let cache = FieldCache::from_get(o, GetPlan::Method(f), key);
                    store_cache(self.mc, proto, ic, cache);
                    return Step::Method(f);
                }
            }
            let mut ctx = self.ctx(ts, thread, None);
            return (ops.get)(&mut ctx, obj, Value::Str(key), access);
        }
        if let (Value::Str(_), false, Some(plan)) = (obj, self.rt.tracing, ops.plan_string_get) {
            if let Some(cache) = plan(self.rt, key).and_then(|p| FieldCache::for_string(p, key)) {
                store_cache(self.mc, proto, ic, cache);
            }
        }
        if let (Value::Object(o), false, true) = (obj, self.rt.tracing, plannable(ops, obj)) {
            // A method plan answers method loads only: another site would
            // replan on every read.
            let usable =
                |c: &FieldCache<'gc>| c.kind != CacheKind::Method || access == Access::Method;
            if let Some(cache) = self.rt.mega.get(o, key).filter(usable) {
                // A site whose two entries are both taken has now seen a
                // third receiver: it is megamorphic, and the shared cache
                // answers it without the write (and its barrier) each time.
                if !site_full(proto, ic) {
                    store_cache(self.mc, proto, ic, cache);
                }
                if let Some(step) = run_get_plan(&cache, o, key, ops, access) {
                    return step;
                }
            }
            if let Some(plan) = o.model().plan_get {
                if let Some(plan) = plan(self.rt, o, key) {
                    let cache = FieldCache::from_get(o, plan, key);
                    if usable(&cache) {
                        store_cache(self.mc, proto, ic, cache);
                    }
                    self.rt.mega.put(o, key, cache);
                    if let Some(step) = run_get_plan(&cache, o, key, ops, access) {
                        return step;
                    }
                }
            }
        }
        let mut ctx = self.ctx(ts, thread, None);
        (ops.get)(&mut ctx, obj, Value::Str(key), access)
    }

    /// `obj.key = v` on a cache miss (see `get_field_slow`). `Done` when
    /// stored.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn set_field_slow(
        &mut self,
        ts: &ThreadState<'gc>,
        thread: Thread<'gc>,
        proto: Gc<'gc, Proto<'gc>>,
        ic: u16,
        obj: Value<'gc>,
        key: Str<'gc>,
        v: Value<'gc>,
    ) -> Step<'gc> {
        let ops = proto.ops;
        if let (Value::Object(o), false, true) = (obj, self.rt.tracing, plannable(ops, obj)) {
            if let Some(plan) = o.model().plan_set {
                if let Some(plan) = plan(self.mc, self.rt, o, key) {
                    let cache = FieldCache::from_set(o, plan, key);
                    store_cache(self.mc, proto, ic, cache);
                    if let Some(step) = run_set_plan(self.mc, &cache, o, key, v) {
                        return step;
                    }
                }
            }
        }
        let mut ctx = self.ctx(ts, thread, None);
        (ops.set)(&mut ctx, obj, Value::Str(key), v, Access::Attr)
    }
}

/// May a field access of a frame running `ops` on `obj` be planned and
/// cached by the object's model? Always, except where the language's
/// fields are its own hashes' elements (`LangOps::fields_are_elements`)
/// and the object belongs to another language.
#[inline]
fn plannable(ops: &LangOps, obj: Value<'_>) -> bool {
    match obj {
        Value::Object(o) => !ops.fields_are_elements || o.model().lang == Some(ops.lang),
        _ => true,
    }
}

/// Store `c` as inline cache `ic` of `proto` (with the write barrier).
/// Are both entries of site `ic` taken?
fn site_full(proto: Gc<'_, Proto<'_>>, ic: u16) -> bool {
    let at = ic as usize * crate::cache::WAYS + 1;
    proto
        .caches
        .get(at)
        .is_some_and(|c| c.get().kind != crate::cache::CacheKind::Empty)
}

fn store_cache<'gc>(
    mc: &gc_arena::Mutation<'gc>,
    proto: Gc<'gc, Proto<'gc>>,
    ic: u16,
    c: FieldCache<'gc>,
) {
    let w = Gc::write(mc, proto);
    let caches = field!(w, Proto, caches).as_deref();
    let at = ic as usize * crate::cache::WAYS;
    if at + 1 < caches.len() {
        let first = caches[at].unlock();
        let old = first.get();
        // The same receiver shape replaces its entry; a new shape pushes
        // the older entry to second place.
        if old.shape != c.shape || old.string_receiver != c.string_receiver {
            caches[at + 1].unlock().set(old);
        }
        first.set(c);
    }
}

/// Replay a get plan whose guards hold; `None` when the plan does not
/// settle it (a cleared slot, an absence the language must word).
#[inline]
pub(crate) fn run_get_plan<'gc>(
    c: &FieldCache<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
    ops: &'static LangOps,
    access: Access,
) -> Option<Step<'gc>> {
    match c.kind {
        CacheKind::Method => (access == Access::Method).then_some(Step::Method(c.value)),
        CacheKind::Own => {
            let v = o.slot(c.slot as usize);
            (!v.is_empty()).then_some(Step::Done(v))
        }
        CacheKind::Found => Some(Step::Done(c.value)),
        CacheKind::Absent => ops.missing_is_nil.then_some(Step::Done(Value::Nil)),
        CacheKind::CallWithKey => Some(Step::call(c.value, &[Value::Object(o), Value::Str(key)])),
        CacheKind::Call => Some(Step::call(c.value, &[Value::Object(o)])),
        CacheKind::Add | CacheKind::Empty => None,
    }
}

/// Replay a set plan whose guards hold (`None`: the slow path decides).
/// A `nil` value always takes the slow path: what storing it means is the
/// language's (Lua clears the key, JavaScript stores `undefined`).
#[inline]
pub(crate) fn run_set_plan<'gc>(
    mc: &gc_arena::Mutation<'gc>,
    c: &FieldCache<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
    v: Value<'gc>,
) -> Option<Step<'gc>> {
    if v.is_nothing() {
        return None;
    }
    match c.kind {
        CacheKind::Own => {
            let slot = c.slot as usize;
            if o.slot(slot).is_empty() {
                return None;
            }
            o.set_slot(mc, slot, v);
            Some(Step::Done(Value::Nil))
        }
        CacheKind::Add => {
            o.push_field(mc, c.to?, v);
            Some(Step::Done(Value::Nil))
        }
        CacheKind::CallWithKey => {
            Some(Step::call(c.value, &[Value::Object(o), Value::Str(key), v]))
        }
        CacheKind::Call => Some(Step::call(c.value, &[Value::Object(o), v])),
        CacheKind::Found | CacheKind::Absent | CacheKind::Method | CacheKind::Empty => None,
    }
}
