//! Methods of `list`, `dict` and `set` (Python Library Reference §4.6.3,
//! §4.10, §4.9) that need no user code; `sort` with a key, views and the
//! rest are in the prelude.

use gc_arena::Mutation;
use omx_core::bytecode::CompareOp;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Object;
use omx_core::protocol::python::compare::{simple, Simple};
use omx_core::protocol::python::model::{is_dict, is_list, is_set, new_dict, new_list, new_set};
use omx_core::protocol::python::{item, T};
use omx_core::runtime::RuntimeState;
use omx_core::Value;

use super::{arg, method, type_error, value_error};

fn this<'gc>(
    args: &[Value<'gc>],
    check: fn(Object<'gc>) -> bool,
    what: &str,
) -> Result<Object<'gc>, NativeError<'gc>> {
    match arg(args, 0) {
        Value::Object(o) if check(o) => Ok(o),
        _ => Err(type_error(format!("descriptor requires a '{what}' object"))),
    }
}

fn key<'gc>(ctx: &mut Ctx<'gc, '_>, k: Value<'gc>) -> Result<Value<'gc>, NativeError<'gc>> {
    item::dict_key(ctx, k).map_err(|e| NativeError::Op(Box::new(e)))
}

/// Position of `x` in `items` by `==` without user code; `Err` when user
/// code is needed.
fn position<'gc>(items: &[Value<'gc>], x: Value<'gc>) -> Result<Option<usize>, ()> {
    for (i, v) in items.iter().enumerate() {
        if v.raw_eq(x) {
            return Ok(Some(i));
        }
        match simple(CompareOp::Eq, *v, x, 0) {
            Simple::Bool(true) => return Ok(Some(i)),
            Simple::NeedsCall => return Err(()),
            _ => {}
        }
    }
    Ok(None)
}

fn slow<'gc>(ctx: &mut Ctx<'gc, '_>, name: &str, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let k = ctx.rt.intern(ctx.mc, name.as_bytes());
    let f = ctx.rt.python.builtins.get_key(Value::Str(k));
    Ok(Outcome::tail_call(f, args.to_vec()))
}

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    method(mc, rt, T::List, "append", |ctx, a| {
        let l = this(a, is_list, "list")?;
        l.array_push(ctx.mc, arg(a, 1));
        ctx.ret1(Value::Nil)
    });
    method(mc, rt, T::List, "extend", |ctx, a| {
        let l = this(a, is_list, "list")?;
        match super::types::quick_items(ctx, arg(a, 1)) {
            Some(items) => {
                l.with_array_mut(ctx.mc, |arr| arr.extend(items));
                ctx.ret1(Value::Nil)
            }
            None => slow(ctx, "__omx_list_extend", a),
        }
    });
    // CPython `list_inplace_concat`: `list.extend`, then the list itself.
    method(mc, rt, T::List, "__iadd__", |ctx, a| {
        let l = this(a, is_list, "list")?;
        match super::types::quick_items(ctx, arg(a, 1)) {
            Some(items) => {
                l.with_array_mut(ctx.mc, |arr| arr.extend(items));
                ctx.ret1(Value::Object(l))
            }
            None => slow(ctx, "__omx_list_iadd", a),
        }
    });
    method(mc, rt, T::List, "pop", |ctx, a| {
        let l = this(a, is_list, "list")?;
        let n = l.array_len();
        if n == 0 {
            return Err(NativeError::msg("IndexError: pop from empty list"));
        }
        let i = match arg(a, 1) {
            Value::Nil => n - 1,
            Value::Int(i) => {
                let i = if i < 0 { i + n as i64 } else { i };
                if i < 0 || i as usize >= n {
                    return Err(NativeError::msg("IndexError: pop index out of range"));
                }
                i as usize
            }
            _ => {
                return Err(type_error(
                    "'str' object cannot be interpreted as an integer",
                ))
            }
        };
        let v = l.with_array_mut(ctx.mc, |arr| arr.remove(i));
        ctx.ret1(v.or_nil())
    });
    method(mc, rt, T::List, "insert", |ctx, a| {
        let l = this(a, is_list, "list")?;
        let n = l.array_len() as i64;
        let i = match arg(a, 1) {
            Value::Int(i) => i,
            _ => return Err(type_error("an integer is required")),
        };
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        let v = arg(a, 2);
        l.with_array_mut(ctx.mc, |arr| arr.insert(i, v));
        ctx.ret1(Value::Nil)
    });
    method(mc, rt, T::List, "remove", |ctx, a| {
        let l = this(a, is_list, "list")?;
        let items = l.with_array(|arr| arr.to_vec());
        match position(&items, arg(a, 1)) {
            Ok(Some(i)) => {
                l.with_array_mut(ctx.mc, |arr| {
                    arr.remove(i);
                });
                ctx.ret1(Value::Nil)
            }
            Ok(None) => Err(value_error("list.remove(x): x not in list")),
            Err(()) => slow(ctx, "__omx_list_remove", a),
        }
    });
    method(mc, rt, T::List, "index", |ctx, a| {
        let l = this(a, is_list, "list")?;
        let items = l.with_array(|arr| arr.to_vec());
        match position(&items, arg(a, 1)) {
            Ok(Some(i)) => ctx.ret1(Value::Int(i as i64)),
            Ok(None) => {
                let t = omx_core::protocol::python::repr::text_of(ctx, arg(a, 1));
                let t = if matches!(arg(a, 1), Value::Str(_)) {
                    omx_core::protocol::python::repr::str_repr(&t)
                } else {
                    t
                };
                Err(value_error(format!("{t} is not in list")))
            }
            Err(()) => slow(ctx, "__omx_seq_index", a),
        }
    });
    method(mc, rt, T::Tuple, "index", |ctx, a| {
        let items = super::seq_items(arg(a, 0)).unwrap_or_default();
        match position(&items, arg(a, 1)) {
            Ok(Some(i)) => ctx.ret1(Value::Int(i as i64)),
            Ok(None) => Err(value_error("tuple.index(x): x not in tuple")),
            Err(()) => slow(ctx, "__omx_seq_index", a),
        }
    });
    for t in [T::List, T::Tuple] {
        method(mc, rt, t, "count", |ctx, a| {
            let items = super::seq_items(arg(a, 0)).unwrap_or_default();
            let x = arg(a, 1);
            let mut n = 0;
            for v in items {
                match simple(CompareOp::Eq, v, x, 0) {
                    Simple::Bool(true) => n += 1,
                    Simple::NeedsCall => return slow(ctx, "__omx_seq_count", a),
                    _ => {}
                }
            }
            ctx.ret1(Value::Int(n))
        });
    }
    method(mc, rt, T::List, "reverse", |ctx, a| {
        let l = this(a, is_list, "list")?;
        l.with_array_mut(ctx.mc, |arr| arr.reverse());
        ctx.ret1(Value::Nil)
    });
    method(mc, rt, T::List, "clear", |ctx, a| {
        let l = this(a, is_list, "list")?;
        l.with_array_mut(ctx.mc, |arr| arr.clear());
        ctx.ret1(Value::Nil)
    });
    method(mc, rt, T::List, "copy", |ctx, a| {
        let items = super::seq_items(arg(a, 0)).unwrap_or_default();
        let l = new_list(ctx, &items);
        ctx.ret1(Value::Object(l))
    });
    method(mc, rt, T::List, "sort", |ctx, a| {
        let l = this(a, is_list, "list")?;
        let key_fn = super::kwarg(ctx, "key").unwrap_or(Value::Nil);
        let reverse = matches!(
            super::kwarg(ctx, "reverse"),
            Some(Value::Bool(true)) | Some(Value::Int(1))
        );
        let items = l.with_array(|arr| arr.to_vec());
        if key_fn.is_nil() {
            let mut ok = true;
            let mut sorted = items.clone();
            omx_core::sort::sort_values_by(&mut sorted, &mut |x, y| match simple(
                CompareOp::Lt,
                x,
                y,
                0,
            ) {
                Simple::Bool(true) => std::cmp::Ordering::Less,
                Simple::Bool(false) => match simple(CompareOp::Lt, y, x, 0) {
                    Simple::Bool(true) => std::cmp::Ordering::Greater,
                    Simple::Bool(false) => std::cmp::Ordering::Equal,
                    _ => {
                        ok = false;
                        std::cmp::Ordering::Equal
                    }
                },
                _ => {
                    ok = false;
                    std::cmp::Ordering::Equal
                }
            });
            if ok {
                if reverse {
                    // Stable descending: reverse, sort, reverse keeps ties in order.
                    let mut r = items;
                    r.reverse();
                    omx_core::sort::sort_values_by(&mut r, &mut |x, y| match simple(
                        CompareOp::Lt,
                        x,
                        y,
                        0,
                    ) {
                        Simple::Bool(true) => std::cmp::Ordering::Less,
                        _ => match simple(CompareOp::Lt, y, x, 0) {
                            Simple::Bool(true) => std::cmp::Ordering::Greater,
                            _ => std::cmp::Ordering::Equal,
                        },
                    });
                    r.reverse();
                    sorted = r;
                }
                l.with_array_mut(ctx.mc, |arr| *arr = sorted);
                return ctx.ret1(Value::Nil);
            }
        }
        slow(
            ctx,
            "__omx_list_sort",
            &[arg(a, 0), key_fn, Value::Bool(reverse)],
        )
    });
    method(mc, rt, T::Dict, "get", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        let k = key(ctx, arg(a, 1))?;
        let v = d.get_key(k);
        ctx.ret1(if v.is_empty() { arg(a, 2) } else { v })
    });
    method(mc, rt, T::Dict, "__contains__", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        let k = key(ctx, arg(a, 1))?;
        ctx.ret1(Value::Bool(!d.get_key(k).is_empty()))
    });
    method(mc, rt, T::Dict, "keys", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        let items: Vec<Value<'_>> = d.keyed_entries().into_iter().map(|e| e.0).collect();
        view(ctx, items, "dict_keys")
    });
    method(mc, rt, T::Dict, "values", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        let items: Vec<Value<'_>> = d.keyed_entries().into_iter().map(|e| e.1).collect();
        view(ctx, items, "dict_values")
    });
    method(mc, rt, T::Dict, "items", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        let mut items = Vec::new();
        for (k, v) in d.keyed_entries() {
            let t = omx_core::protocol::python::model::tuple(ctx, &[k, v]);
            items.push(Value::Object(t));
        }
        view(ctx, items, "dict_items")
    });
    method(mc, rt, T::Dict, "pop", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        let k = key(ctx, arg(a, 1))?;
        let v = d.get_key(k);
        if v.is_empty() {
            if a.len() > 2 {
                return ctx.ret1(a[2]);
            }
            let e = omx_core::protocol::python::errors::instance_with_args(
                ctx,
                ctx.rt.python.ty(T::KeyError),
                &[arg(a, 1)],
            );
            return Err(NativeError::Throw(e));
        }
        d.remove_key(ctx.mc, k);
        ctx.ret1(v)
    });
    method(mc, rt, T::Dict, "popitem", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        match d.keyed_entries().last().copied() {
            Some((k, v)) => {
                d.remove_key(ctx.mc, k);
                let t = omx_core::protocol::python::model::tuple(ctx, &[k, v]);
                ctx.ret1(Value::Object(t))
            }
            None => Err(NativeError::msg(
                "KeyError: 'popitem(): dictionary is empty'",
            )),
        }
    });
    method(mc, rt, T::Dict, "setdefault", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        let k = key(ctx, arg(a, 1))?;
        let v = d.get_key(k);
        if v.is_empty() {
            d.set_key(ctx.mc, k, arg(a, 2));
            return ctx.ret1(arg(a, 2));
        }
        ctx.ret1(v)
    });
    method(mc, rt, T::Dict, "copy", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        let n = new_dict(ctx);
        for (k, v) in d.keyed_entries() {
            n.set_key(ctx.mc, k, v);
        }
        ctx.ret1(Value::Object(n))
    });
    method(mc, rt, T::Dict, "clear", |ctx, a| {
        let d = omx_core::protocol::python::model::dict_storage(this(a, is_dict, "dict")?);
        for (k, _) in d.keyed_entries() {
            d.remove_key(ctx.mc, k);
        }
        ctx.ret1(Value::Nil)
    });
    for t in [T::Set, T::FrozenSet] {
        method(mc, rt, t, "__contains__", |ctx, a| {
            let d = this(a, is_set, "set")?;
            let k = key(ctx, arg(a, 1))?;
            ctx.ret1(Value::Bool(!d.get_key(k).is_empty()))
        });
        method(mc, rt, t, "copy", |ctx, a| {
            let d = this(a, is_set, "set")?;
            let n = new_set(ctx);
            n.set_meta(ctx.mc, d.meta());
            for (k, v) in d.keyed_entries() {
                n.set_key(ctx.mc, k, v);
            }
            ctx.ret1(Value::Object(n))
        });
    }
    method(mc, rt, T::Set, "add", |ctx, a| {
        let d = this(a, is_set, "set")?;
        if item::user_hashed(ctx, arg(a, 1)) {
            let l = new_list(ctx, &[arg(a, 1)]);
            return slow(ctx, "__omx_set_fill", &[arg(a, 0), Value::Object(l)]);
        }
        let k = key(ctx, arg(a, 1))?;
        d.set_key(ctx.mc, k, Value::Bool(true));
        ctx.ret1(Value::Nil)
    });
    method(mc, rt, T::Set, "discard", |ctx, a| {
        let d = this(a, is_set, "set")?;
        let k = key(ctx, arg(a, 1))?;
        d.remove_key(ctx.mc, k);
        ctx.ret1(Value::Nil)
    });
    method(mc, rt, T::Set, "remove", |ctx, a| {
        let d = this(a, is_set, "set")?;
        let k = key(ctx, arg(a, 1))?;
        if !d.remove_key(ctx.mc, k) {
            let e = omx_core::protocol::python::errors::instance_with_args(
                ctx,
                ctx.rt.python.ty(T::KeyError),
                &[arg(a, 1)],
            );
            return Err(NativeError::Throw(e));
        }
        ctx.ret1(Value::Nil)
    });
    method(mc, rt, T::Set, "pop", |ctx, a| {
        let d = this(a, is_set, "set")?;
        match d.keyed_entries().first().copied() {
            Some((k, _)) => {
                d.remove_key(ctx.mc, k);
                ctx.ret1(k)
            }
            None => Err(NativeError::msg("KeyError: 'pop from an empty set'")),
        }
    });
    method(mc, rt, T::Set, "clear", |ctx, a| {
        let d = this(a, is_set, "set")?;
        for (k, _) in d.keyed_entries() {
            d.remove_key(ctx.mc, k);
        }
        ctx.ret1(Value::Nil)
    });
}

/// A dict view: a list in this version (printed as `dict_keys([...])` by
/// its type's repr).
fn view<'gc>(ctx: &mut Ctx<'gc, '_>, items: Vec<Value<'gc>>, kind: &str) -> NativeResult<'gc> {
    let l = new_list(ctx, &items);
    let k = ctx.rt.intern(ctx.mc, kind.as_bytes());
    let cls = ctx.rt.python.builtins.get_key(Value::Str(k));
    if let Value::Object(c) = cls {
        l.set_meta(ctx.mc, Some(c));
    }
    ctx.ret1(Value::Object(l))
}
