//! Subscription (Language Reference §3.3.7 "Emulating container types",
//! CPython `PyObject_GetItem`, `PyObject_SetItem`, `PySequence_Contains`):
//! lists, tuples and strings by integer index (negative from the end) or
//! slice, dicts by key (a missing key is `__missing__` on a subclass, else
//! `KeyError`), sets by membership; objects by `__getitem__`,
//! `__setitem__`, `__delitem__` and `__contains__` on their type.

use super::binary::helper;
use super::lookup::lookup;
use super::model::{is_dict, is_list, is_set, is_tuple, new_list, tuple};
use super::state::{type_of, T};
use crate::model::{OpError, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::string::Str;
use crate::value::Value;

/// The `(start, stop, step)` of a slice object, when `v` is one.
pub fn as_slice<'gc>(ctx: &Ctx<'gc, '_>, v: Value<'gc>) -> Option<[Value<'gc>; 3]> {
    match v {
        Value::Object(o) if o.meta() == Some(ctx.rt.python.ty(T::Slice)) => Some([
            o.internal(0).or_nil(),
            o.internal(1).or_nil(),
            o.internal(2).or_nil(),
        ]),
        _ => None,
    }
}

/// The `(start, stop, step)` a slice selects in a sequence of `len`, start
/// and stop clamped (CPython `PySlice_AdjustIndices`).
pub fn slice_bounds<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    s: [Value<'gc>; 3],
    len: usize,
) -> Result<(i64, i64, i64), OpError<'gc>> {
    let len = len as i64;
    let int = |v: Value<'gc>| -> Result<Option<i64>, ()> {
        match v {
            Value::Nil => Ok(None),
            Value::Int(i) => Ok(Some(i)),
            Value::Bool(b) => Ok(Some(b as i64)),
            Value::BigInt(b) => Ok(Some(if b.0.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            _ => Err(()),
        }
    };
    let bad = |ctx: &mut Ctx<'gc, '_>| {
        super::errors::error(
            ctx,
            T::TypeError,
            "slice indices must be integers or None or have an __index__ method".into(),
        )
    };
    let step = int(s[2]).map_err(|_| bad(ctx))?.unwrap_or(1);
    if step == 0 {
        return Err(super::errors::error(
            ctx,
            T::ValueError,
            "slice step cannot be zero".into(),
        ));
    }
    let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lo),
            Some(i) => i.min(hi),
        }
    };
    let (start, stop);
    if step > 0 {
        start = adjust(int(s[0]).map_err(|_| bad(ctx))?, 0, 0, len);
        stop = adjust(int(s[1]).map_err(|_| bad(ctx))?, len, 0, len);
    } else {
        start = adjust(int(s[0]).map_err(|_| bad(ctx))?, len - 1, -1, len - 1);
        stop = adjust(int(s[1]).map_err(|_| bad(ctx))?, -1, -1, len - 1);
    }
    Ok((start, stop, step))
}

/// The positions a slice selects in a sequence of `len` (CPython
/// `PySlice_AdjustIndices`).
pub fn slice_indices<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    s: [Value<'gc>; 3],
    len: usize,
) -> Result<Vec<usize>, OpError<'gc>> {
    let (start, stop, step) = slice_bounds(ctx, s, len)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

/// A sequence index made non-negative, when in range.
fn index_of(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (i >= 0 && (i as usize) < len).then_some(i as usize)
}

fn key_int(v: Value<'_>) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

/// A dict key: tuples of hashable values are made canonical (equal tuples
/// are one object), so they find each other; `1.0` finds `1`.
pub fn dict_key<'gc>(ctx: &mut Ctx<'gc, '_>, k: Value<'gc>) -> Result<Value<'gc>, OpError<'gc>> {
    match k {
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9e15 => Ok(Value::Int(f as i64)),
        Value::Bool(b) => Ok(Value::Bool(b)),
        Value::Object(o) if is_tuple(o) => {
            let mut enc = Vec::new();
            if !encode_key(o, &mut enc, 0) {
                return Ok(k);
            }
            let s = Str::from_vec(ctx.mc, enc);
            let canon = ctx.rt.python.helpers.get_key(Value::Str(s));
            if let Value::Object(c) = canon {
                if is_tuple(c) {
                    return Ok(canon);
                }
            }
            ctx.rt.python.helpers.set_key(ctx.mc, Value::Str(s), k);
            Ok(k)
        }
        Value::Object(o) if is_set(o) && o.meta() == Some(ctx.rt.python.ty(T::FrozenSet)) => {
            // A frozenset: equal sets are one key.
            let mut parts: Vec<Vec<u8>> = Vec::new();
            for (e, _) in o.keyed_entries() {
                let t = super::model::tuple(ctx, &[e]);
                let mut enc = Vec::new();
                if !encode_key(t, &mut enc, 0) {
                    return Ok(k);
                }
                parts.push(enc);
            }
            crate::sort::sort_by_bytes(&mut parts, |p| p.as_slice());
            let mut enc = b"\0frozenset".to_vec();
            for p in parts {
                enc.extend_from_slice(&p);
            }
            let s = Str::from_vec(ctx.mc, enc);
            let canon = ctx.rt.python.helpers.get_key(Value::Str(s));
            if let Value::Object(_) = canon {
                return Ok(canon);
            }
            ctx.rt.python.helpers.set_key(ctx.mc, Value::Str(s), k);
            Ok(k)
        }
        Value::Object(o) if is_list(o) || is_dict(o) || is_set(o) => {
            let msg = format!("unhashable type: '{}'", super::errors::tname(ctx, k));
            Err(super::errors::error(ctx, T::TypeError, msg))
        }
        _ => Ok(k),
    }
}

fn encode_key(t: Object<'_>, out: &mut Vec<u8>, depth: usize) -> bool {
    if depth > 50 {
        return false;
    }
    out.extend_from_slice(b"\0tuple(");
    let items = t.with_array(|a| a.to_vec());
    for v in items {
        match v {
            Value::Nil => out.extend_from_slice(b"N"),
            Value::Bool(b) => out.extend_from_slice(if b { b"i1" } else { b"i0" }),
            Value::Int(i) => out.extend_from_slice(format!("i{i}").as_bytes()),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9e15 => {
                out.extend_from_slice(format!("i{}", f as i64).as_bytes())
            }
            Value::Float(f) => out.extend_from_slice(format!("f{:?}", f.to_bits()).as_bytes()),
            Value::BigInt(b) => out.extend_from_slice(format!("i{}", b.0).as_bytes()),
            Value::Str(s) => {
                out.extend_from_slice(format!("s{}:", s.len()).as_bytes());
                out.extend_from_slice(s.as_bytes());
            }
            Value::Object(o) if is_tuple(o) => {
                if !encode_key(o, out, depth + 1) {
                    return false;
                }
            }
            Value::Object(o) => out.extend_from_slice(format!("o{}", o.address()).as_bytes()),
            _ => return false,
        }
        out.push(b',');
    }
    out.push(b')');
    true
}

fn str_chars(s: Str<'_>) -> Vec<char> {
    s.to_str_lossy().chars().collect()
}

/// The `__getitem__`/`__setitem__`/`__delitem__` a subclass of `list` or
/// `tuple` defines itself (a Python function found along its MRO before
/// the builtin's): the rule calls it (`slot_mp_subscript`).
fn subclass_override<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    name: &[u8],
) -> Option<Value<'gc>> {
    let Value::Object(o) = obj else {
        return None;
    };
    let py = &ctx.rt.python;
    if !(is_list(o) || is_tuple(o))
        || o.meta() == Some(py.ty(T::List))
        || o.meta() == Some(py.ty(T::Tuple))
    {
        return None;
    }
    let k = ctx.rt.intern(ctx.mc, name);
    lookup(type_of(&ctx.rt.python, obj), k).filter(|f| !matches!(f, Value::Native(_)))
}

/// `obj[key]` (CPython `PyObject_GetItem`).
pub fn getitem<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, key: Value<'gc>) -> Step<'gc> {
    if let Some(f) = subclass_override(ctx, obj, b"__getitem__") {
        return Step::call(f, &[obj, key]);
    }
    getitem_of_kind(ctx, obj, key)
}

/// `obj[key]` by the builtin kind `obj` is stored as.
fn getitem_of_kind<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, key: Value<'gc>) -> Step<'gc> {
    match obj {
        Value::Str(s) => {
            if let Some(sl) = as_slice(ctx, key) {
                if s.is_ascii() {
                    // Characters are bytes: slice in place.
                    let b = s.as_bytes();
                    return match slice_bounds(ctx, sl, b.len()) {
                        // A run of bytes: copied at once.
                        Ok((start, stop, 1)) => {
                            let run = b.get(start as usize..stop.max(start) as usize);
                            Step::Done(Value::Str(Str::new(ctx.mc, run.unwrap_or_default())))
                        }
                        Ok(_) => match slice_indices(ctx, sl, b.len()) {
                            Ok(ix) => {
                                let out: Vec<u8> = ix.iter().map(|i| b[*i]).collect();
                                Step::Done(Value::Str(Str::from_vec(ctx.mc, out)))
                            }
                            Err(e) => Step::Error(e),
                        },
                        Err(e) => Step::Error(e),
                    };
                }
                let chars = str_chars(s);
                return match slice_indices(ctx, sl, chars.len()) {
                    Ok(ix) => {
                        let t: String = ix.iter().map(|i| chars[*i]).collect();
                        Step::Done(Value::Str(Str::from_vec(ctx.mc, t.into_bytes())))
                    }
                    Err(e) => Step::Error(e),
                };
            }
            let Some(i) = key_int(key) else {
                let msg = format!(
                    "string indices must be integers, not '{}'",
                    super::errors::tname(ctx, key)
                );
                return Step::Error(super::errors::error(ctx, T::TypeError, msg));
            };
            let bytes = s.as_bytes();
            if s.is_ascii() {
                return match index_of(i, bytes.len()) {
                    Some(i) => Step::Done(Value::Str(ctx.rt.new_str(ctx.mc, &bytes[i..i + 1]))),
                    None => Step::Error(super::errors::error(
                        ctx,
                        T::IndexError,
                        "string index out of range".into(),
                    )),
                };
            }
            let chars = str_chars(s);
            match index_of(i, chars.len()) {
                Some(i) => Step::Done(Value::Str(Str::from_vec(
                    ctx.mc,
                    chars[i].to_string().into_bytes(),
                ))),
                None => Step::Error(super::errors::error(
                    ctx,
                    T::IndexError,
                    "string index out of range".into(),
                )),
            }
        }
        Value::Object(o) if is_list(o) || is_tuple(o) => {
            let what = if is_list(o) { "list" } else { "tuple" };
            if let Some(sl) = as_slice(ctx, key) {
                let items = o.with_array(|a| a.to_vec());
                return match slice_indices(ctx, sl, items.len()) {
                    Ok(ix) => {
                        let picked: Vec<Value<'gc>> = ix.iter().map(|i| items[*i]).collect();
                        let r = if is_list(o) {
                            new_list(ctx, &picked)
                        } else {
                            tuple(ctx, &picked)
                        };
                        Step::Done(Value::Object(r))
                    }
                    Err(e) => Step::Error(e),
                };
            }
            let Some(i) = key_int(key) else {
                if let Some(f) = helper(ctx, b"index_get") {
                    let k = ctx.rt.intern(ctx.mc, b"__index__");
                    if lookup(type_of(&ctx.rt.python, key), k).is_some() {
                        return Step::call(f, &[obj, key]);
                    }
                }
                let msg = format!(
                    "{what} indices must be integers or slices, not {}",
                    super::errors::tname(ctx, key)
                );
                return Step::Error(super::errors::error(ctx, T::TypeError, msg));
            };
            match index_of(i, o.array_len()) {
                Some(i) => Step::Done(o.array_get(i).or_nil()),
                None => Step::Error(super::errors::error(
                    ctx,
                    T::IndexError,
                    format!("{what} index out of range"),
                )),
            }
        }
        Value::Object(o) if is_dict(o) && o.meta() == Some(ctx.rt.python.ty(T::Dict)) => {
            dict_get(ctx, o, key)
        }
        Value::Object(o) if std::ptr::eq(o.model(), &super::PY_TYPE) => {
            let k = ctx.rt.intern(ctx.mc, b"__class_getitem__");
            match super::type_getattr::type_getattr(ctx, o, k, crate::model::Access::Attr) {
                Step::Absent if ctx.rt.python.types.contains(&o) => {
                    // `list[int]`: a generic alias reads as the class.
                    Step::Done(obj)
                }
                Step::Absent => {
                    let msg = format!("type '{}' is not subscriptable", super::state::type_name(o));
                    Step::Error(super::errors::error(ctx, T::TypeError, msg))
                }
                Step::Done(f) => Step::call(f, &[key]),
                other => other,
            }
        }
        _ => {
            let tp = type_of(&ctx.rt.python, obj);
            let k = ctx.rt.intern(ctx.mc, b"__getitem__");
            if let Some(f) = lookup(tp, k) {
                return Step::call(f, &[obj, key]);
            }
            if let Value::Object(o) = obj {
                if is_dict(o) {
                    return dict_get(ctx, o, key);
                }
            }
            let msg = format!(
                "'{}' object is not subscriptable",
                super::errors::tname(ctx, obj)
            );
            Step::Error(super::errors::error(ctx, T::TypeError, msg))
        }
    }
}

fn dict_get<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>) -> Step<'gc> {
    if let Some(step) = by_user_hash(ctx, o, key, 0, Value::Empty) {
        return step;
    }
    dict_get_raw(ctx, o, key)
}

fn dict_get_raw<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>) -> Step<'gc> {
    let k = match dict_key(ctx, key) {
        Ok(k) => k,
        Err(e) => return Step::Error(e),
    };
    let v = super::model::dict_storage(o).get_key(k);
    if !v.is_empty() {
        return Step::Done(v);
    }
    let tp = type_of(&ctx.rt.python, Value::Object(o));
    let m = ctx.rt.intern(ctx.mc, b"__missing__");
    if let Some(f) = lookup(tp, m) {
        return Step::call(f, &[Value::Object(o), key]);
    }
    let args = [key];
    let e = super::errors::instance_with_args(ctx, ctx.rt.python.ty(T::KeyError), &args);
    Step::Error(OpError::Throw(e))
}

/// `obj[key] = value`; `value` `Empty` for `del obj[key]` (CPython
/// `PyObject_SetItem`, `PyObject_DelItem`).
pub fn setitem<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Step<'gc> {
    if value.is_empty() {
        if let Some(f) = subclass_override(ctx, obj, b"__delitem__") {
            return Step::call(f, &[obj, key]);
        }
    } else if let Some(f) = subclass_override(ctx, obj, b"__setitem__") {
        return Step::call(f, &[obj, key, value]);
    }
    setitem_of_kind(ctx, obj, key, value)
}

/// `obj[key] = value` by the builtin kind `obj` is stored as.
fn setitem_of_kind<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Step<'gc> {
    let deleting = value.is_empty();
    match obj {
        Value::Object(o) if is_list(o) => {
            if let Some(sl) = as_slice(ctx, key) {
                let f = helper(
                    ctx,
                    if deleting {
                        b"list_del_slice"
                    } else {
                        b"list_set_slice"
                    },
                );
                let _ = sl;
                return match f {
                    Some(f) if deleting => Step::call(f, &[obj, key]),
                    Some(f) => Step::call(f, &[obj, key, value]),
                    None => Step::Absent,
                };
            }
            let Some(i) = key_int(key) else {
                let msg = format!(
                    "list indices must be integers or slices, not {}",
                    super::errors::tname(ctx, key)
                );
                return Step::Error(super::errors::error(ctx, T::TypeError, msg));
            };
            let len = o.array_len();
            match index_of(i, len) {
                Some(i) => {
                    if deleting {
                        o.with_array_mut(ctx.mc, |a| {
                            a.remove(i);
                        });
                    } else {
                        o.array_set(ctx.mc, i, value);
                    }
                    Step::Done(Value::Nil)
                }
                None => {
                    let msg = "list assignment index out of range";
                    Step::Error(super::errors::error(ctx, T::IndexError, msg.into()))
                }
            }
        }
        Value::Object(o) if is_dict(o) && o.meta() == Some(ctx.rt.python.ty(T::Dict)) => {
            dict_set(ctx, o, key, value)
        }
        _ => {
            let tp = type_of(&ctx.rt.python, obj);
            let name: &[u8] = if deleting {
                b"__delitem__"
            } else {
                b"__setitem__"
            };
            let k = ctx.rt.intern(ctx.mc, name);
            if let Some(f) = lookup(tp, k) {
                return if deleting {
                    Step::call(f, &[obj, key])
                } else {
                    Step::call(f, &[obj, key, value])
                };
            }
            if let Value::Object(o) = obj {
                if is_dict(o) {
                    return dict_set(ctx, o, key, value);
                }
            }
            let msg = if deleting {
                format!(
                    "'{}' object doesn't support item deletion",
                    super::errors::tname(ctx, obj)
                )
            } else {
                format!(
                    "'{}' object does not support item assignment",
                    super::errors::tname(ctx, obj)
                )
            };
            Step::Error(super::errors::error(ctx, T::TypeError, msg))
        }
    }
}

fn dict_set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Step<'gc> {
    if let Some(step) = by_user_hash(ctx, o, key, 1, value) {
        return step;
    }
    dict_set_raw(ctx, o, key, value)
}

fn dict_set_raw<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Step<'gc> {
    let o = super::model::dict_storage(o);
    let k = match dict_key(ctx, key) {
        Ok(k) => k,
        Err(e) => return Step::Error(e),
    };
    if value.is_empty() {
        if !o.remove_key(ctx.mc, k) {
            let e = super::errors::instance_with_args(ctx, ctx.rt.python.ty(T::KeyError), &[key]);
            return Step::Error(OpError::Throw(e));
        }
    } else {
        o.set_key(ctx.mc, k, value);
    }
    Step::Done(Value::Nil)
}

/// `x in container`.
pub fn contains<'gc>(ctx: &mut Ctx<'gc, '_>, container: Value<'gc>, x: Value<'gc>) -> Step<'gc> {
    match container {
        Value::Str(s) => match x {
            Value::Str(n) => {
                let (h, n) = (s.as_bytes(), n.as_bytes());
                let found = n.is_empty() || h.windows(n.len()).any(|w| w == n);
                Step::Done(Value::Bool(found))
            }
            _ => {
                let msg = format!(
                    "'in <string>' requires string as left operand, not {}",
                    super::errors::tname(ctx, x)
                );
                Step::Error(super::errors::error(ctx, T::TypeError, msg))
            }
        },
        Value::Object(o)
            if (is_dict(o) || is_set(o))
                && lookup(
                    type_of(&ctx.rt.python, container),
                    ctx.rt.intern(ctx.mc, b"__contains__"),
                )
                .is_none() =>
        {
            if let Some(step) = by_user_hash(ctx, o, x, 2, Value::Empty) {
                return step;
            }
            match dict_key(ctx, x) {
                Ok(k) => Step::Done(Value::Bool(
                    !super::model::dict_storage(o).get_key(k).is_empty(),
                )),
                Err(e) => Step::Error(e),
            }
        }
        Value::Object(o) if is_list(o) || is_tuple(o) => {
            let items = o.with_array(|a| a.to_vec());
            let mut needs_call = false;
            for v in items {
                match super::compare::simple(crate::bytecode::CompareOp::Eq, x, v, 0) {
                    super::compare::Simple::Bool(true) => return Step::Done(Value::Bool(true)),
                    super::compare::Simple::NeedsCall => needs_call = true,
                    _ => {}
                }
            }
            if needs_call {
                if let Some(f) = helper(ctx, b"contains_slow") {
                    return Step::call(f, &[container, x]);
                }
            }
            Step::Done(Value::Bool(false))
        }
        _ => {
            let tp = type_of(&ctx.rt.python, container);
            let k = ctx.rt.intern(ctx.mc, b"__contains__");
            if let Some(f) = lookup(tp, k) {
                return Step::call(f, &[container, x]);
            }
            match helper(ctx, b"contains_slow") {
                Some(f) => Step::call(f, &[container, x]),
                None => Step::Done(Value::Bool(false)),
            }
        }
    }
}

/// `dict.__getitem__`/`list.__getitem__` themselves: the builtin's own
/// item access, whatever the subclass overrides.
pub fn builtin_getitem<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, key: Value<'gc>) -> Step<'gc> {
    match obj {
        Value::Object(o) if is_dict(o) => dict_get(ctx, o, key),
        _ => getitem_of_kind(ctx, obj, key),
    }
}

/// `dict.__setitem__`/`__delitem__` themselves (`value` `Empty`: delete).
pub fn builtin_setitem<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Step<'gc> {
    match obj {
        Value::Object(o) if is_dict(o) => dict_set(ctx, o, key, value),
        _ => setitem_of_kind(ctx, obj, key, value),
    }
}

/// A key whose type defines its own `__hash__` (a Python function).
pub fn user_hashed<'gc>(ctx: &mut Ctx<'gc, '_>, key: Value<'gc>) -> bool {
    let Value::Object(o) = key else {
        return false;
    };
    if !std::ptr::eq(o.model(), &super::PY_INSTANCE) {
        return false;
    }
    let k = ctx.rt.intern(ctx.mc, b"__hash__");
    matches!(
        lookup(type_of(&ctx.rt.python, key), k),
        Some(Value::Closure(_))
    )
}

/// A dict operation on a key hashed by `__hash__`/`__eq__` (CPython's
/// lookdict): the frontend's `hashed_key` finds the equal key already
/// there (or gives the key itself), then the operation (`op` 0 get, 1 set
/// or delete, 2 contains) runs on it.
fn by_user_hash<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    op: i64,
    value: Value<'gc>,
) -> Option<Step<'gc>> {
    if !user_hashed(ctx, key) {
        return None;
    }
    let h = helper(ctx, b"hashed_key")?;
    Some(Step::call_then(
        h,
        &[Value::Object(o), key],
        crate::native::Continuation::new(
            after_hashed,
            vec![Value::Int(op), Value::Object(o), value],
        ),
    ))
}

fn after_hashed<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> crate::native::NativeResult<'gc> {
    let k = match result {
        Ok(r) => r.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(crate::native::NativeError::Throw(e)),
    };
    let Value::Object(o) = state[1] else {
        return ctx.ret1(Value::Nil);
    };
    let step = match state[0] {
        Value::Int(0) => dict_get_raw(ctx, o, k),
        Value::Int(1) => dict_set_raw(ctx, o, k, state[2]),
        _ => Step::Done(Value::Bool(
            !super::model::dict_storage(o).get_key(k).is_empty(),
        )),
    };
    Ok(crate::native::Outcome::step(
        step,
        crate::native::Continuation::new(super::binary::pass_through, Vec::new()),
    ))
}
