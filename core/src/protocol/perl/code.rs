//! A blessed code reference (perlobj: "any reference can be blessed",
//! a closure object such as `bless sub {...}, $class`). omx's closures
//! carry no package, so `bless` of a code reference makes this object: the
//! code in internal slot 0, the stash as `meta`; calling it calls the code
//! with the same arguments (all its results come back).

use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::model::{ObjectModel, OpError, Step};
use crate::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::value::Value;
use crate::Lang;

pub static PERL_CODE: ObjectModel = ObjectModel {
    name: "Perl code",
    lang: Some(Lang::Perl),
    array_base: None,
    get: |_, _, _, _| Step::Done(Value::Nil),
    set: |_, o, _, _, _| Step::Error(OpError::Index(Value::Object(o))),
    delete: |_, _, _, _| Step::Done(Value::Nil),
    has: |_, _, _| Step::Done(Value::Bool(false)),
    own_keys: |ctx, _| {
        Step::Done(Value::Object(crate::model::list::new_list(
            ctx.mc,
            ctx.rt.root_shape,
            0,
        )))
    },
    call,
    forward: None,
    construct: call,
    unary: |ctx, op: UnaryOp, o| super::overload::unary_hook(ctx, op, o),
    binary: |ctx, op: BinOp, a, b, left| super::overload::binary_hook(ctx, op, a, b, left),
    compare: |ctx, op: CompareOp, a, b, left| super::overload::compare_hook(ctx, op, a, b, left),
    to_string: |ctx, o| super::overload::to_string_hook(ctx, o),
    iterate: |_, _| Step::Absent,
    next: |_, _| Step::Absent,
    describe,
    plan_get: None,
    plan_set: None,
};

fn describe<'gc>(_: &RuntimeState<'gc>, o: Object<'gc>) -> String {
    match o.meta().map(super::reftype::stash_name) {
        Some(pkg) => format!("a code reference blessed into {pkg}"),
        None => "a code reference".into(),
    }
}

/// Make the blessed form of `code`.
pub fn new_code<'gc>(ctx: &mut Ctx<'gc, '_>, code: Value<'gc>) -> Object<'gc> {
    let o = Object::new(ctx.mc, ctx.rt.root_shape, &PERL_CODE);
    o.set_internal(ctx.mc, 0, code);
    o
}

pub fn is_code(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &PERL_CODE)
}

fn call<'gc>(_: &mut Ctx<'gc, '_>, o: Object<'gc>, args: &[Value<'gc>]) -> Step<'gc> {
    Step::call_then(
        o.internal(0),
        args,
        Continuation::new(all_results, Vec::new()),
    )
}

fn all_results<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let vals = r.map_err(NativeError::Throw)?.to_vec();
    ctx.ret.extend(vals);
    Ok(Outcome::Return)
}
