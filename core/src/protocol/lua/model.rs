//! The object model of a Lua table (Reference Manual §2.4): what any
//! frame — a Lua frame or another language's — gets when it touches a Lua
//! table. Raw storage rules are in `table.rs`; each event in its own file.

use super::meta::{fast_event, Event};
use super::table::{raw_get, raw_len, raw_next, raw_set};
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::model::{Access, ObjectModel, OpError, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::value::Value;
use crate::Lang;

pub static LUA_TABLE: ObjectModel = ObjectModel {
    name: "table",
    lang: Some(Lang::Lua),
    array_base: Some(1),
    get,
    set,
    delete,
    has,
    own_keys,
    call,
    forward: None,
    construct: call,
    unary,
    binary,
    compare,
    to_string,
    iterate: no_iterator,
    next: no_iterator,
    describe,
    plan_get: Some(super::plan::plan_get),
    plan_set: Some(super::plan::plan_set),
};

fn get<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, _: Access) -> Step<'gc> {
    super::index::index(ctx, Value::Object(o), key)
}

fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    _: Access,
) -> Step<'gc> {
    super::newindex::newindex(ctx, Value::Object(o), key, value)
}

fn delete<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, _: Access) -> Step<'gc> {
    let present = !raw_get(o, key).is_nil();
    let _ = raw_set(ctx.mc, o, key, Value::Nil);
    Step::Done(Value::Bool(present))
}

fn has<'gc>(_: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>) -> Step<'gc> {
    Step::Done(Value::Bool(!raw_get(o, key).is_nil()))
}

/// The keys `next` would visit, in its order.
fn own_keys<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) -> Step<'gc> {
    let list = crate::model::list::new_list(ctx.mc, ctx.rt.root_shape, 0);
    let mut key = Value::Nil;
    while let Ok(Some((k, _))) = raw_next(o, key) {
        list.array_push(ctx.mc, k);
        key = k;
    }
    Step::Done(Value::Object(list))
}

/// `t(...)`: the `__call` metamethod, with the table as first argument.
fn call<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, args: &[Value<'gc>]) -> Step<'gc> {
    let handler = match o.meta() {
        Some(mt) => fast_event(ctx.rt, mt, Event::Call),
        None => Value::Nil,
    };
    if handler.is_nil() {
        return Step::Error(OpError::Call(Value::Object(o)));
    }
    if ctx.rt.tracing {
        ctx.rt.trace("Lua call event", "lua.call.metamethod", move |n| {
            format!(
                "{} is not a function: its metatable's __call is called with it as the first argument",
                n.of(Value::Object(o))
            )
        });
    }
    if crate::vm::takes_this(ctx.rt, handler) == Some(true) {
        // A function taking `this` (JavaScript's) is called plainly, as
        // every Lua handler is (callable.rs).
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(Value::Object(o));
        all.extend_from_slice(args);
        return super::callable::call_handler(ctx.rt, handler, &all);
    }
    Step::CallPrepending {
        func: handler,
        first: Value::Object(o),
    }
}

fn unary<'gc>(ctx: &mut Ctx<'gc, '_>, op: UnaryOp, o: Object<'gc>) -> Step<'gc> {
    let event = match op {
        UnaryOp::Neg => Event::Unm,
        UnaryOp::BNot => Event::BNot,
        UnaryOp::Len => Event::Len,
        UnaryOp::Not | UnaryOp::Inc | UnaryOp::Dec | UnaryOp::Defined => return Step::Absent,
    };
    let Some(mt) = o.meta() else {
        return match op {
            UnaryOp::Len => Step::Done(Value::Int(raw_len(o))),
            _ => Step::Absent,
        };
    };
    let h = fast_event(ctx.rt, mt, event);
    if h.is_nil() {
        return match op {
            UnaryOp::Len => Step::Done(Value::Int(raw_len(o))),
            _ => Step::Absent,
        };
    }
    let v = Value::Object(o);
    super::callable::call_handler(ctx.rt, h, &[v, v])
}

/// The binary hook of the table that is the left (or right) operand.
fn binary<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
    left: bool,
) -> Step<'gc> {
    let me = if left { a } else { b };
    let Some(mt) = me.as_object().and_then(|o| o.meta()) else {
        return Step::Absent;
    };
    let e = Event::of_binop(op);
    let h = fast_event(ctx.rt, mt, e);
    if h.is_nil() {
        return Step::Absent;
    }
    super::meta::call_metamethod(ctx.rt, h, &[a, b], e)
}

fn compare<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: CompareOp,
    a: Value<'gc>,
    b: Value<'gc>,
    left: bool,
) -> Step<'gc> {
    let me = if left { a } else { b };
    let Some(mt) = me.as_object().and_then(|o| o.meta()) else {
        return Step::Absent;
    };
    let (event, x, y) = match op {
        CompareOp::Eq => (Event::Eq, a, b),
        CompareOp::Lt => (Event::Lt, a, b),
        CompareOp::Le => (Event::Le, a, b),
        CompareOp::Gt => (Event::Lt, b, a),
        CompareOp::Ge => (Event::Le, b, a),
        CompareOp::Ne => return Step::Absent,
    };
    let h = fast_event(ctx.rt, mt, event);
    if h.is_nil() {
        return Step::Absent;
    }
    super::meta::call_metamethod(ctx.rt, h, &[x, y], event)
}

fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) -> Step<'gc> {
    let Some(mt) = o.meta() else {
        return Step::Absent;
    };
    let h = fast_event(ctx.rt, mt, Event::ToString);
    if h.is_nil() {
        return Step::Absent;
    }
    super::callable::call_handler(ctx.rt, h, &[Value::Object(o)])
}

fn no_iterator<'gc>(_: &mut Ctx<'gc, '_>, _: Object<'gc>) -> Step<'gc> {
    Step::Absent
}

fn describe<'gc>(_: &RuntimeState<'gc>, o: Object<'gc>) -> String {
    if o.meta().is_some() {
        "a table with a metatable".into()
    } else {
        "a table".into()
    }
}
