//! Name resolution of a module's globals (Language Reference §4.2.2
//! "Resolution of names"): a global name is looked up in the module's
//! namespace, then in `builtins`; absent from both it is a `NameError`
//! ("name 'x' is not defined").

use super::plan::own_slot;
use super::state::T;
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use gc_arena::Mutation;

use crate::model::{Access, GetPlan, ObjectModel, SetPlan, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::string::Str;
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
    forward: None,
    construct: |ctx, o, _| Step::Error(super::model::not_callable(ctx, Value::Object(o))),
    unary: |_, _: UnaryOp, _| Step::Absent,
    binary: |_, _: BinOp, _, _, _| Step::Absent,
    compare: |_, _: CompareOp, _, _, _| Step::Absent,
    to_string: |_, _| Step::Absent,
    iterate: |_, _| Step::Absent,
    next: |_, _| Step::Absent,
    describe: |_: &RuntimeState<'_>, _| "a Python module namespace".into(),
    plan_get: Some(plan_get),
    plan_set: Some(plan_set),
};

/// A new, empty module namespace. It keeps its names in a shape (until
/// it outgrows one), so that global reads and writes can be cached.
pub fn new_globals<'gc>(mc: &gc_arena::Mutation<'gc>, rt: &RuntimeState<'gc>) -> Object<'gc> {
    Object::new(mc, rt.root_shape, &PY_GLOBALS)
}

/// Cached global reads (CPython's `LOAD_GLOBAL` specialisation, keyed by
/// the dict versions of the module and of `builtins`): a name in the
/// namespace's shape is read from its slot, whatever it holds now (the
/// shape fixes that the name is there and where); a name absent from it is
/// `builtins`' value, guarded by the epoch (`builtins` is marked as a
/// prototype, so rebinding a builtin drops the plan; defining the global
/// changes the namespace's shape). A dictionary-mode namespace (more than a
/// shape holds) is never planned, nor is a `NameError`.
fn plan_get<'gc>(rt: &RuntimeState<'gc>, o: Object<'gc>, key: Str<'gc>) -> Option<GetPlan<'gc>> {
    if o.shape().is_dictionary() {
        return None;
    }
    if o.shape().slot_of(key).is_some() {
        return own_slot(o, key).map(|slot| GetPlan::Own {
            slot,
            guarded: false,
        });
    }
    let b = rt.python.builtins;
    if b == o {
        return None;
    }
    let v = b.get_key(Value::Str(key));
    if v.is_empty() {
        return None;
    }
    b.mark_proto();
    Some(GetPlan::Found(v))
}

/// Cached global writes: rebinding a name the shape holds stores into its
/// slot; a new name moves the namespace to the shape with it.
fn plan_set<'gc>(
    mc: &Mutation<'gc>,
    _: &RuntimeState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
) -> Option<SetPlan<'gc>> {
    if o.shape().is_dictionary() {
        return None;
    }
    if o.shape().slot_of(key).is_none() {
        return Some(SetPlan::Add {
            to: o.shape().with_key(mc, key, 0)?,
        });
    }
    own_slot(o, key).map(|slot| SetPlan::Own {
        slot,
        guarded: false,
    })
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
