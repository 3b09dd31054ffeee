//! `obj[lower:upper]` without a step (Language Reference §6.3.3
//! "Slicings"; CPython 3.12 `BINARY_SLICE`, `_PyBuildSlice_ConsumeRefs`
//! then `PyObject_GetItem`): the value is `obj[slice(lower, upper)]`.
//!
//! A `str`, `list` or `tuple` itself (not a subclass) with integer or
//! `None` bounds is cut directly, as CPython's `unicode_subscript` /
//! `list_subscript` / `tuple_subscript` would after clamping the bounds
//! (`PySlice_AdjustIndices`): no slice object is made. Everything else
//! makes the slice object and takes the item rule (`item.rs`), so a class
//! with `__getitem__` sees `slice(lower, upper, None)`.

use super::item::slice_bounds;
use super::model::{new_list, tuple};
use super::state::T;
use crate::model::{Access, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::value::Value;

/// A new `slice(start, stop, step)` object: its bounds in internal slots
/// 0-2 (read by `item::as_slice`) and as its `start`, `stop` and `step`
/// attributes.
pub fn new_slice<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    start: Value<'gc>,
    stop: Value<'gc>,
    step: Value<'gc>,
) -> Object<'gc> {
    let s = Object::new(ctx.mc, ctx.rt.root_shape, &super::PY_INSTANCE);
    s.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Slice)));
    let parts = [start, stop, step];
    for (i, name) in ["start", "stop", "step"].iter().enumerate() {
        s.set_internal(ctx.mc, i, parts[i]);
        let k = ctx.rt.intern(ctx.mc, name.as_bytes());
        s.set_field(ctx.mc, k, parts[i]);
    }
    s
}

/// A bound the direct cut takes as it is.
fn plain_bound(v: Value<'_>) -> bool {
    matches!(v, Value::Nil | Value::Int(_))
}

/// `obj[lower:upper]`.
pub fn getslice<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    lower: Value<'gc>,
    upper: Value<'gc>,
) -> Step<'gc> {
    if plain_bound(lower) && plain_bound(upper) {
        if let Some(step) = cut(ctx, obj, [lower, upper, Value::Nil]) {
            return step;
        }
    }
    let s = new_slice(ctx, lower, upper, Value::Nil);
    super::ops::get(ctx, obj, Value::Object(s), Access::Item)
}

/// The direct cut of an ASCII `str`, a `list` or a `tuple`; `None` for
/// anything else.
fn cut<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, bounds: [Value<'gc>; 3]) -> Option<Step<'gc>> {
    let py = &ctx.rt.python;
    let (len, kind) = match obj {
        Value::Str(s) if s.is_ascii() => (s.len(), T::Str),
        Value::Object(o) if o.meta() == Some(py.ty(T::List)) => (o.array_len(), T::List),
        Value::Object(o) if o.meta() == Some(py.ty(T::Tuple)) => (o.array_len(), T::Tuple),
        _ => return None,
    };
    let (start, stop) = match slice_bounds(ctx, bounds, len) {
        Ok((start, stop, _)) => (start as usize, (stop.max(start)) as usize),
        Err(e) => return Some(Step::Error(e)),
    };
    Some(Step::Done(match (obj, kind) {
        // A whole string is itself (CPython `unicode_subscript`).
        (Value::Str(_), _) if start == 0 && stop == len => obj,
        (Value::Str(s), _) => {
            let run = s.as_bytes().get(start..stop).unwrap_or_default();
            Value::Str(ctx.rt.new_str(ctx.mc, run))
        }
        (Value::Object(o), T::List) => {
            let items = o.with_array(|a| a.get(start..stop).unwrap_or_default().to_vec());
            Value::Object(new_list(ctx, &items))
        }
        // A whole exact tuple is itself (CPython `tuple_subscript`).
        (Value::Object(_), _) if start == 0 && stop == len => obj,
        (Value::Object(o), _) => {
            let items = o.with_array(|a| a.get(start..stop).unwrap_or_default().to_vec());
            Value::Object(tuple(ctx, &items))
        }
        _ => return None,
    }))
}
