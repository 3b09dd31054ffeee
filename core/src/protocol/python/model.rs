//! The object models of Python's objects (Language Reference §3.1
//! "Objects, values and types"): classes (`PY_TYPE`, the namespace in
//! their own storage, `meta` the metaclass), instances (`PY_INSTANCE`,
//! `__dict__` in their own storage, `meta` the class), the builtin
//! containers (`list`, `tuple`, `dict`, `set`) and bound methods. Each
//! entry forwards to the rule of its own file.

use super::state::{new_tuple, type_of, T};
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::model::{Access, ObjectModel, OpError, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::value::Value;
use crate::Lang;

macro_rules! py_model {
    ($name:ident, $text:literal, $base:expr) => {
        py_model!($name, $text, $base, None, None);
    };
    ($name:ident, $text:literal, $base:expr, $plan_get:expr, $plan_set:expr) => {
        pub static $name: ObjectModel = ObjectModel {
            name: $text,
            lang: Some(Lang::Python),
            array_base: $base,
            get,
            set,
            delete,
            has,
            own_keys,
            call,
            forward: None,
            construct: call,
            unary,
            binary: |_, _: BinOp, _, _, _| Step::Absent,
            compare: |_, _: CompareOp, _, _, _| Step::Absent,
            to_string: |ctx, o| super::repr::str_step(ctx, Value::Object(o)),
            iterate: |ctx, o| super::iter::get_iter(ctx, Value::Object(o)),
            next: |ctx, o| super::iter::next(ctx, o),
            describe,
            plan_get: $plan_get,
            plan_set: $plan_set,
        };
    };
}

py_model!(
    PY_TYPE,
    "Python class",
    None,
    Some(super::plan::plan_get),
    None
);
py_model!(
    PY_INSTANCE,
    "Python object",
    None,
    Some(super::plan::plan_get),
    Some(super::plan::plan_set)
);
py_model!(PY_LIST, "Python list", Some(0));
// An instance of a subclass of `list`: the same storage, but no array base,
// so the VM's integer-index fast path does not answer for it and the item
// rule (item.rs) finds the subclass's own `__getitem__`/`__setitem__`.
py_model!(PY_LIST_SUB, "Python list", None);
py_model!(PY_TUPLE, "Python tuple", None);
py_model!(PY_DICT, "Python dict", None);
py_model!(PY_SET, "Python set", None);
py_model!(PY_METHOD, "Python bound method", None);

pub fn is_dict(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &PY_DICT)
}

/// Where a dict keeps its entries: itself, or for an instance's
/// `__dict__` (a live view) the instance's own storage.
pub fn dict_storage(o: Object<'_>) -> Object<'_> {
    match o.internal(0) {
        Value::Object(owner) if is_dict(o) => owner,
        _ => o,
    }
}

pub fn is_set(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &PY_SET)
}

/// A `list` or an instance of a subclass of it.
pub fn is_list(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &PY_LIST) || std::ptr::eq(o.model(), &PY_LIST_SUB)
}

pub fn is_tuple(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &PY_TUPLE)
}

/// A new list holding `items`.
pub fn new_list<'gc>(ctx: &mut Ctx<'gc, '_>, items: &[Value<'gc>]) -> Object<'gc> {
    let list = ctx.rt.python.ty(T::List);
    new_list_of(ctx, list, items)
}

/// A new instance of `cls` (`list` or a subclass of it) holding `items`.
pub fn new_list_of<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    cls: Object<'gc>,
    items: &[Value<'gc>],
) -> Object<'gc> {
    let model = if cls == ctx.rt.python.ty(T::List) {
        &PY_LIST
    } else {
        &PY_LIST_SUB
    };
    let l = Object::with_capacity(ctx.mc, ctx.rt.root_shape, model, items.len(), 0);
    l.set_meta(ctx.mc, Some(cls));
    for v in items {
        l.array_push(ctx.mc, *v);
    }
    l
}

/// A new, empty dict (insertion-ordered for every kind of key).
pub fn new_dict<'gc>(ctx: &mut Ctx<'gc, '_>) -> Object<'gc> {
    let d = Object::new(ctx.mc, ctx.rt.root_shape, &PY_DICT);
    d.make_dictionary(ctx.mc);
    d.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Dict)));
    d
}

/// A new, empty set.
pub fn new_set<'gc>(ctx: &mut Ctx<'gc, '_>) -> Object<'gc> {
    let d = Object::new(ctx.mc, ctx.rt.root_shape, &PY_SET);
    d.make_dictionary(ctx.mc);
    d.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Set)));
    d
}

/// A tuple with its type.
pub fn tuple<'gc>(ctx: &mut Ctx<'gc, '_>, items: &[Value<'gc>]) -> Object<'gc> {
    let t = new_tuple(ctx.mc, ctx.rt.root_shape, items);
    t.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Tuple)));
    t
}

/// The length of a builtin container, without user code.
pub fn length(o: Object<'_>) -> Option<usize> {
    if is_list(o) || is_tuple(o) {
        Some(o.array_len())
    } else if is_dict(o) || is_set(o) {
        Some(dict_storage(o).keyed_live_len())
    } else {
        None
    }
}

fn get<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, access: Access) -> Step<'gc> {
    match (access, key) {
        (Access::Item, _) => super::item::getitem(ctx, Value::Object(o), key),
        (_, Value::Str(name)) => {
            if let Some(v) = special_attr(ctx, Value::Object(o), name.as_bytes()) {
                return Step::Done(v);
            }
            if std::ptr::eq(o.model(), &PY_TYPE) {
                super::type_getattr::type_getattr(ctx, o, name, access)
            } else {
                super::getattr::getattr(ctx, Value::Object(o), name, access)
            }
        }
        _ => Step::Absent,
    }
}

/// Attributes every object has without looking them up (`__class__`,
/// `__dict__`, a class's `__name__`, `__mro__`, `__bases__`, a method's
/// `__self__` and `__func__`, a function's `__name__`).
pub fn special_attr<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>, name: &[u8]) -> Option<Value<'gc>> {
    if !name.starts_with(b"__") {
        return None;
    }
    if let Value::Object(o) = v {
        if std::ptr::eq(o.model(), &PY_METHOD)
            && !matches!(name, b"__self__" | b"__func__" | b"__class__")
        {
            // Other special names of a bound method are its function's.
            return special_attr(ctx, o.internal(0), name);
        }
    }
    match name {
        b"__class__" => Some(Value::Object(type_of(&ctx.rt.python, v))),
        b"__dict__" if matches!(v, Value::Closure(_)) => {
            Some(Value::Object(super::state::func_dict(ctx, v)))
        }
        b"__annotations__" | b"__kwdefaults__" if matches!(v, Value::Closure(_)) => {
            let d = super::state::func_dict(ctx, v);
            let k = ctx.rt.intern(ctx.mc, name);
            let got = d.get_key(Value::Str(k));
            if !got.is_empty() {
                return Some(got);
            }
            let fresh = new_dict(ctx);
            d.set_key(ctx.mc, Value::Str(k), Value::Object(fresh));
            Some(Value::Object(fresh))
        }
        b"__defaults__" => match v {
            Value::Closure(c) => {
                let d = &c.0.defaults;
                let npos = c
                    .proto()
                    .info
                    .sig
                    .as_ref()
                    .map_or(0, |s| s.defaults as usize)
                    .min(d.len());
                if npos == 0 {
                    return Some(Value::Nil);
                }
                let items: Vec<Value<'gc>> = d[..npos].to_vec();
                Some(Value::Object(tuple(ctx, &items)))
            }
            _ => None,
        },
        b"__module__" if matches!(v, Value::Closure(_)) => {
            Some(Value::Str(ctx.rt.intern(ctx.mc, b"__main__")))
        }
        b"__doc__" if matches!(v, Value::Closure(_) | Value::Native(_)) => {
            let d = ctx.rt.python.func_attrs.get_key(v);
            let k = ctx.rt.intern(ctx.mc, name);
            match d {
                Value::Object(d) if !d.get_key(Value::Str(k)).is_empty() => {
                    Some(d.get_key(Value::Str(k)))
                }
                _ => Some(Value::Nil),
            }
        }
        b"__base__" => match v {
            Value::Object(o) if std::ptr::eq(o.model(), &PY_TYPE) => {
                match o.internal(super::state::SLOT_BASES) {
                    Value::Object(t) if t.array_len() > 0 => Some(t.array_get(0)),
                    _ => Some(Value::Nil),
                }
            }
            _ => None,
        },
        b"__dict__" => {
            let Value::Object(o) = v else { return None };
            if !(std::ptr::eq(o.model(), &PY_INSTANCE) || std::ptr::eq(o.model(), &PY_TYPE)) {
                return None;
            }
            let d = new_dict(ctx);
            if std::ptr::eq(o.model(), &PY_INSTANCE) {
                // A live view of the instance's storage.
                d.set_internal(ctx.mc, 0, Value::Object(o));
                return Some(Value::Object(d));
            }
            for (k, x) in o.keyed_entries() {
                d.set_key(ctx.mc, k, x);
            }
            Some(Value::Object(d))
        }
        b"__name__" | b"__qualname__" => match v {
            Value::Object(o) if std::ptr::eq(o.model(), &PY_TYPE) => {
                let own = o.get_field(ctx.rt.intern(ctx.mc, name));
                if !own.is_empty() {
                    return Some(own);
                }
                Some(o.internal(super::state::SLOT_NAME))
            }
            Value::Closure(c) => {
                if let Value::Object(d) = ctx.rt.python.func_attrs.get_key(v) {
                    let k = ctx.rt.intern(ctx.mc, name);
                    let own = d.get_key(Value::Str(k));
                    if !own.is_empty() {
                        return Some(own);
                    }
                }
                let n = c.proto().info.name.to_string();
                Some(Value::Str(ctx.rt.intern(ctx.mc, n.as_bytes())))
            }
            Value::Native(n) => Some(Value::Str(ctx.rt.intern(ctx.mc, n.name().as_bytes()))),
            _ => None,
        },
        b"__mro__" | b"__bases__" => match v {
            Value::Object(o) if std::ptr::eq(o.model(), &PY_TYPE) => {
                let slot = if name == b"__mro__" {
                    super::state::SLOT_MRO
                } else {
                    super::state::SLOT_BASES
                };
                let items = match o.internal(slot) {
                    Value::Object(t) => t.with_array(|a| a.to_vec()),
                    _ => Vec::new(),
                };
                Some(Value::Object(tuple(ctx, &items)))
            }
            _ => None,
        },
        b"__self__" | b"__func__" => match v {
            Value::Object(o) if std::ptr::eq(o.model(), &PY_METHOD) => {
                Some(o.internal(if name == b"__func__" { 0 } else { 1 }))
            }
            _ => None,
        },

        _ => None,
    }
}

fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    access: Access,
) -> Step<'gc> {
    match (access, key) {
        (Access::Item, _) => super::item::setitem(ctx, Value::Object(o), key, value),
        (_, Value::Str(name)) => super::setattr::setattr(ctx, Value::Object(o), name, value),
        _ => Step::Absent,
    }
}

fn delete<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    access: Access,
) -> Step<'gc> {
    match (access, key) {
        (Access::Item, _) => super::item::setitem(ctx, Value::Object(o), key, Value::Empty),
        (_, Value::Str(name)) => super::setattr::setattr(ctx, Value::Object(o), name, Value::Empty),
        _ => Step::Absent,
    }
}

fn has<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>) -> Step<'gc> {
    super::item::contains(ctx, Value::Object(o), key)
}

fn own_keys<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) -> Step<'gc> {
    let list = crate::model::list::new_list(ctx.mc, ctx.rt.root_shape, 0);
    for (k, _) in o.keyed_entries() {
        list.array_push(ctx.mc, k);
    }
    Step::Done(Value::Object(list))
}

fn call<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, args: &[Value<'gc>]) -> Step<'gc> {
    super::call::call_object(ctx, o, args)
}

fn unary<'gc>(ctx: &mut Ctx<'gc, '_>, op: UnaryOp, o: Object<'gc>) -> Step<'gc> {
    super::ops::unary(ctx, op, Value::Object(o))
}

fn describe<'gc>(_: &RuntimeState<'gc>, o: Object<'gc>) -> String {
    match o.meta() {
        Some(t) => format!("a Python {} object", super::state::type_name(t)),
        None => "a Python object".into(),
    }
}

/// An error value for "not callable" and friends.
pub fn not_callable<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> OpError<'gc> {
    let msg = format!("'{}' object is not callable", super::errors::tname(ctx, v));
    super::errors::error(ctx, T::TypeError, msg)
}
