//! Name resolution of a module's globals (Language Reference §4.2.2
//! "Resolution of names"): a global name is looked up in the module's
//! namespace, then in `builtins`; absent from both it is a `NameError`
//! ("name 'x' is not defined").

use super::state::T;
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::model::{Access, ObjectModel, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::value::Value;
use crate::Lang;

pub static PY_GLOBALS: ObjectModel = ObjectModel {
    name: "Python module namespace",
    lang: Some(Lang::Python),
    array_base: None,
    get,
    set: |ctx, o, k, v, _| {
        o.set_key(ctx.mc, k, v);
        Step::Done(Value::Nil)
    },
    delete: |ctx, o, k, _| {
        if o.remove_key(ctx.mc, k) {
            Step::Done(Value::Bool(true))
        } else {
            Step::Error(name_error(ctx, k))
        }
    },
    has: |_, o, k| Step::Done(Value::Bool(!o.get_key(k).is_empty())),
    own_keys: |ctx, o| {
        let list = crate::model::list::new_list(ctx.mc, ctx.rt.root_shape, 0);
        for (k, _) in o.keyed_entries() {
            list.array_push(ctx.mc, k);
        }
        Step::Done(Value::Object(list))
    },
    call: |ctx, o, _| Step::Error(super::model::not_callable(ctx, Value::Object(o))),
    construct: |ctx, o, _| Step::Error(super::model::not_callable(ctx, Value::Object(o))),
    unary: |_, _: UnaryOp, _| Step::Absent,
    binary: |_, _: BinOp, _, _, _| Step::Absent,
    compare: |_, _: CompareOp, _, _, _| Step::Absent,
    to_string: |_, _| Step::Absent,
    iterate: |_, _| Step::Absent,
    next: |_, _| Step::Absent,
    describe: |_: &RuntimeState<'_>, _| "a Python module namespace".into(),
    plan_get: None,
    plan_set: None,
};

/// A new, empty module namespace.
pub fn new_globals<'gc>(mc: &gc_arena::Mutation<'gc>, rt: &RuntimeState<'gc>) -> Object<'gc> {
    let g = Object::new(mc, rt.root_shape, &PY_GLOBALS);
    g.make_dictionary(mc);
    g
}

/// The protocol name steps are reported under.
const EVENT: &str = "Python name resolution (Language Reference §4.2.2)";

fn get<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, _: Access) -> Step<'gc> {
    let name = |n: &crate::trace::Namer<'_, 'gc>| match key {
        Value::Str(s) => format!("'{}'", s.to_str_lossy()),
        _ => n.of(key),
    };
    let v = o.get_key(key);
    if !v.is_empty() {
        ctx.rt.trace(EVENT, "py.global.module", |n| {
            format!("{} is a global of the module", name(n))
        });
        return Step::Done(v);
    }
    let b = ctx.rt.python.builtins.get_key(key);
    if !b.is_empty() {
        ctx.rt.trace(EVENT, "py.global.builtins", |n| {
            format!(
                "{} is not a global of the module: found in builtins",
                name(n)
            )
        });
        return Step::Done(b);
    }
    ctx.rt.trace(EVENT, "py.global.missing", |n| {
        format!(
            "{} is neither a global of the module nor in builtins: NameError",
            name(n)
        )
    });
    Step::Error(name_error(ctx, key))
}

fn name_error<'gc>(ctx: &mut Ctx<'gc, '_>, key: Value<'gc>) -> crate::model::OpError<'gc> {
    let name = match key {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => "?".into(),
    };
    super::errors::error(ctx, T::NameError, format!("name '{name}' is not defined"))
}
