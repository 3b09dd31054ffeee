//! A probe object model for the IR tests: it answers gets with what it
//! was asked (so attribute and item access can be told apart), offers a
//! method to bind and a value not to bind, and iterates its array part.

#![allow(dead_code)]

use omx_core::bytecode::{BinOp, CompareOp, UnaryOp};
use omx_core::model::list::array_iter;
use omx_core::model::{Access, ObjectModel, OpError, Step};
use omx_core::native::Ctx;
use omx_core::object::Object;
use omx_core::protocol::lua::table::raw_get_str;
use omx_core::string::Str;
use omx_core::Value;

pub static PROBE: ObjectModel = ObjectModel {
    name: "probe",
    lang: None,
    array_base: None,
    get,
    set: |_, o, _, _, _| Step::Error(OpError::Index(Value::Object(o))),
    delete: |_, _, _, _| Step::Done(Value::Bool(false)),
    has: |_, _, _| Step::Done(Value::Bool(true)),
    own_keys: |_, _| Step::Absent,
    call: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    forward: None,
    construct: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    unary: |_, _: UnaryOp, _| Step::Absent,
    binary: |_, _: BinOp, _, _, _| Step::Absent,
    compare: |_, _: CompareOp, _, _, _| Step::Absent,
    to_string: |_, _| Step::Absent,
    iterate: |ctx, o| Step::Done(Value::Object(array_iter(ctx, o))),
    next: |_, _| Step::Absent,
    describe: |_, _| "a probe".into(),
    plan_get: None,
    plan_set: None,
};

/// `probe.m` with `Access::Method` is the global function `method` to
/// call with the probe as receiver; `probe.v` is the global `value`; any
/// other key reads as "attr:key" or "item:key".
fn get<'gc>(ctx: &mut Ctx<'gc, '_>, _o: Object<'gc>, key: Value<'gc>, access: Access) -> Step<'gc> {
    let name = match key {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        other => format!("{other:?}"),
    };
    let global = |ctx: &mut Ctx<'gc, '_>, n: &str| {
        raw_get_str(ctx.rt.globals, Str::new(ctx.mc, n.as_bytes()))
    };
    match (name.as_str(), access) {
        ("m", Access::Method) => Step::Method(global(ctx, "method")),
        ("m", _) | ("v", _) => {
            Step::Done(global(ctx, if name == "m" { "method" } else { "value" }))
        }
        _ => {
            let kind = match access {
                Access::Attr => "attr",
                Access::Item => "item",
                Access::Method => "method",
            };
            Step::Done(Value::Str(Str::new(
                ctx.mc,
                format!("{kind}:{name}").as_bytes(),
            )))
        }
    }
}

/// A new probe holding `values` in its array part.
pub fn new_probe<'gc>(ctx: &mut Ctx<'gc, '_>, values: &[Value<'gc>]) -> Object<'gc> {
    let o = Object::new(ctx.mc, ctx.rt.root_shape, &PROBE);
    for v in values {
        o.array_push(ctx.mc, *v);
    }
    o
}
