//! The iterator protocol (Language Reference §3.3.7 `__iter__`,
//! `__next__`; CPython `PyObject_GetIter`, `PyIter_Next`): lists, tuples,
//! strings, dicts (their keys) and sets iterate natively; `range` by a
//! counter; generators by resuming their thread; other objects by
//! `__iter__`/`__next__`, a `StopIteration` ending the loop, or by the
//! legacy `__getitem__` sequence protocol.

use super::binary::helper;
use super::lookup::lookup;
use super::model::{is_dict, is_list, is_set, is_tuple, new_list, PY_INSTANCE};
use super::state::{is_instance, type_of, T};
use crate::function::NativeFunction;
use crate::model::{list::array_iter, Step};
use crate::native::{Continuation, Ctx, NativeError, NativeResult, Outcome, ResumeMode};
use crate::object::Object;
use crate::thread::ThreadStatus;
use crate::value::Value;

/// Internal slot of a generator object: its thread.
pub const SLOT_THREAD: usize = 0;

/// A new range iterator from `start` by `step`, stopping before `stop`
/// (the core's counting iterator, `model::iter`, which the VM steps
/// itself).
pub fn range_iter<'gc>(ctx: &mut Ctx<'gc, '_>, start: i64, stop: i64, step: i64) -> Object<'gc> {
    let count = crate::model::iter::range_len(start, stop, step);
    crate::model::iter::range_iter(ctx, start, count, step)
}

/// `iter(v)`.
pub fn get_iter<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    let py = &ctx.rt.python;
    match v {
        Value::Str(s) if s.is_ascii() => {
            // Characters are bytes: a cursor over the string (CPython's
            // `str_ascii_iterator`), no list of characters.
            Step::Done(Value::Object(crate::model::iter::ascii_iter(ctx, s)))
        }
        Value::Str(s) => {
            let chars: Vec<Value<'gc>> = s
                .to_str_lossy()
                .chars()
                .map(|c| {
                    let mut b = [0u8; 4];
                    Value::Str(ctx.rt.intern(ctx.mc, c.encode_utf8(&mut b).as_bytes()))
                })
                .collect();
            let l = new_list(ctx, &chars);
            Step::Done(Value::Object(array_iter(ctx, l)))
        }
        Value::Object(o)
            if (is_list(o) || is_tuple(o))
                && (o.meta() == Some(py.ty(T::List)) || o.meta() == Some(py.ty(T::Tuple))) =>
        {
            Step::Done(Value::Object(array_iter(ctx, o)))
        }
        Value::Object(o)
            if (is_dict(o) || is_set(o))
                && (o.meta() == Some(py.ty(T::Dict))
                    || o.meta() == Some(py.ty(T::Set))
                    || o.meta() == Some(py.ty(T::FrozenSet))) =>
        {
            let keys: Vec<Value<'gc>> = super::model::dict_storage(o)
                .keyed_entries()
                .into_iter()
                .map(|e| e.0)
                .collect();
            let l = new_list(ctx, &keys);
            Step::Done(Value::Object(array_iter(ctx, l)))
        }
        Value::Object(o)
            if o.meta() == Some(py.ty(T::Generator)) || o.meta() == Some(py.ty(T::Iterator)) =>
        {
            Step::Done(v)
        }
        Value::Object(o) if crate::model::iter::is_cursor(o) => Step::Done(v),
        Value::Object(o) if o.meta() == Some(py.ty(T::Range)) => {
            // `range.__iter__` itself, without the call: a range holds its
            // start, stop and step in internal slots 0-2 (`range_new`).
            match (o.internal(0), o.internal(1), o.internal(2)) {
                (Value::Int(a), Value::Int(b), Value::Int(c)) if c != 0 => {
                    Step::Done(Value::Object(range_iter(ctx, a, b, c)))
                }
                _ => {
                    let msg = "range object without bounds".to_string();
                    Step::Error(super::errors::error(ctx, T::TypeError, msg))
                }
            }
        }
        _ => {
            let tp = type_of(py, v);
            let k = ctx.rt.intern(ctx.mc, b"__iter__");
            if let Some(f) = lookup(tp, k) {
                return Step::call(f, &[v]);
            }
            if let Value::Object(o) = v {
                if is_list(o) || is_tuple(o) {
                    return Step::Done(Value::Object(array_iter(ctx, o)));
                }
                if is_dict(o) || is_set(o) {
                    let keys: Vec<Value<'gc>> =
                        o.keyed_entries().into_iter().map(|e| e.0).collect();
                    let l = new_list(ctx, &keys);
                    return Step::Done(Value::Object(array_iter(ctx, l)));
                }
            }
            let k = ctx.rt.intern(ctx.mc, b"__getitem__");
            if lookup(tp, k).is_some() {
                if let Some(f) = helper(ctx, b"seq_iter") {
                    return Step::call(f, &[v]);
                }
            }
            let msg = format!("'{}' object is not iterable", super::errors::tname(ctx, v));
            Step::Error(super::errors::error(ctx, T::TypeError, msg))
        }
    }
}

/// The next value of an iterator for a `for` loop: `Empty` (or `Absent`)
/// when exhausted.
pub fn next<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) -> Step<'gc> {
    let py = &ctx.rt.python;
    if let Some(next) = crate::model::iter::step(ctx.rt, ctx.mc, o) {
        return match next {
            Some(v) => Step::Done(v),
            None => Step::Absent,
        };
    }
    if o.meta() == Some(py.ty(T::Generator)) {
        let f = NativeFunction::with_bound(
            ctx.mc,
            "generator.__next__",
            gen_resume,
            vec![Value::Bool(true)],
        );
        return Step::call(Value::Native(f), &[Value::Object(o), Value::Nil]);
    }
    let tp = type_of(py, Value::Object(o));
    let k = ctx.rt.intern(ctx.mc, b"__next__");
    match lookup(tp, k) {
        Some(f) => Step::call_then(
            f,
            &[Value::Object(o)],
            Continuation::catching(stop_is_end, vec![]),
        ),
        None => {
            let msg = format!(
                "'{}' object is not an iterator",
                super::errors::tname(ctx, Value::Object(o))
            );
            Step::Error(super::errors::error(ctx, T::TypeError, msg))
        }
    }
}

/// `__next__` raising `StopIteration` ends the loop.
fn stop_is_end<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(r) => ctx.ret1(r.first().copied().unwrap_or(Value::Nil)),
        Err(e) => {
            if is_instance(&ctx.rt.python, e, ctx.rt.python.ty(T::StopIteration)) {
                ctx.ret1(Value::Empty)
            } else {
                Err(NativeError::Throw(e))
            }
        }
    }
}

/// Resume a generator with a value (`next`, `send`); bound value 0 tells
/// a `for` loop (exhaustion is `Empty`) from a call (exhaustion raises
/// `StopIteration` with the return value). Bound value 1, when present,
/// is the resumption mode: `Int(1)` throws the value, `Int(2)` closes.
pub fn gen_resume<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let g = args.first().copied().unwrap_or(Value::Nil);
    let value = args.get(1).copied().unwrap_or(Value::Nil);
    let for_loop = matches!(ctx.bound(0), Value::Bool(true));
    let closing = matches!(ctx.bound(1), Value::Int(2));
    // `close()` throws `GeneratorExit` in (its `finally` blocks run).
    let mode = match ctx.bound(1) {
        Value::Int(1) | Value::Int(2) => ResumeMode::Throw,
        _ => ResumeMode::Values,
    };
    let Some(thread) = g.as_object().and_then(|o| match o.internal(SLOT_THREAD) {
        Value::Thread(t) => Some(t),
        _ => None,
    }) else {
        return Err(NativeError::msg("TypeError: not a generator"));
    };
    match thread.status() {
        ThreadStatus::Dead => {
            if mode == ResumeMode::Throw {
                return Err(NativeError::Throw(value));
            }
            if closing {
                return ctx.ret1(Value::Nil);
            }
            if for_loop {
                return ctx.ret1(if for_loop { Value::Empty } else { Value::Nil });
            }
            let e = super::errors::instance_with_args(ctx, ctx.rt.python.ty(T::StopIteration), &[]);
            return Err(NativeError::Throw(e));
        }
        ThreadStatus::Running | ThreadStatus::Normal => {
            return Err(NativeError::msg("ValueError: generator already executing"));
        }
        ThreadStatus::Fresh if closing => {
            thread.set_status(ThreadStatus::Dead);
            return ctx.ret1(Value::Nil);
        }
        ThreadStatus::Fresh if mode == ResumeMode::Throw => {
            thread.set_status(ThreadStatus::Dead);
            return Err(NativeError::Throw(value));
        }
        _ => {}
    }
    ctx.ret.push(value);
    let state = vec![g, Value::Bool(for_loop), Value::Bool(closing)];
    Ok(Outcome::resume(
        thread,
        Continuation::catching(gen_done, state),
        mode,
    ))
}

fn gen_done<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let thread = state[0]
        .as_object()
        .and_then(|o| match o.internal(SLOT_THREAD) {
            Value::Thread(t) => Some(t),
            _ => None,
        });
    let for_loop = matches!(state[1], Value::Bool(true));
    let closing = matches!(state[2], Value::Bool(true));
    match result {
        Err(e) => {
            if let Some(t) = thread {
                t.set_status(ThreadStatus::Dead);
            }
            if closing && is_instance(&ctx.rt.python, e, ctx.rt.python.ty(T::GeneratorExit)) {
                return ctx.ret1(Value::Nil);
            }
            // A `StopIteration` escaping a generator is a RuntimeError (PEP 479).
            if is_instance(&ctx.rt.python, e, ctx.rt.python.ty(T::StopIteration)) {
                let err = super::errors::new_exception(
                    ctx,
                    T::RuntimeError,
                    "generator raised StopIteration".into(),
                );
                return Err(NativeError::Throw(err));
            }
            Err(NativeError::Throw(e))
        }
        Ok(values) => {
            let v = values.first().copied().unwrap_or(Value::Nil);
            let dead = thread.is_none_or(|t| t.status() == ThreadStatus::Dead);
            if !dead {
                if closing {
                    let err = super::errors::new_exception(
                        ctx,
                        T::RuntimeError,
                        "generator ignored GeneratorExit".into(),
                    );
                    return Err(NativeError::Throw(err));
                }
                return ctx.ret1(v);
            }
            if for_loop {
                return ctx.ret1(Value::Empty);
            }
            if closing {
                return ctx.ret1(Value::Nil);
            }
            let args: Vec<Value<'gc>> = if v.is_nothing() { vec![] } else { vec![v] };
            let e =
                super::errors::instance_with_args(ctx, ctx.rt.python.ty(T::StopIteration), &args);
            let k = ctx.rt.intern(ctx.mc, b"value");
            if let Value::Object(eo) = e {
                eo.set_field(ctx.mc, k, v);
            }
            Err(NativeError::Throw(e))
        }
    }
}

/// Make a generator object around a generator thread.
pub fn make_generator<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    thread: crate::thread::Thread<'gc>,
) -> Value<'gc> {
    let g = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    g.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Generator)));
    g.set_internal(ctx.mc, SLOT_THREAD, Value::Thread(thread));
    Value::Object(g)
}
