//! Perl's method call on an object of another language (a Lua table, a
//! Python instance, a JavaScript object, an embedding host's object):
//! `$o->m(ARGS)` looks `m` up through the object's own model, as that
//! language's `o.m(...)` / `o:m(...)` would (DESIGN.md invariant 4: the
//! object's rules decide the lookup; Perl only makes the call), and calls
//! what it finds. perlobj's rules (`@ISA`, `AUTOLOAD`, `can`) belong to
//! Perl's packages and do not apply to such an object.

use omx_core::model::{Access, Step};
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Object;
use omx_core::protocol::perl::container;
use omx_core::{Lang, Value};

/// `Some(o)` when `inv` is an object of another language, not blessed
/// into a Perl package.
pub(crate) fn foreign_object(inv: Value<'_>) -> Option<Object<'_>> {
    let o = inv.as_object()?;
    let lang = o.model().lang?;
    if lang == Lang::Perl || o.meta().is_some_and(container::is_stash) {
        return None;
    }
    Some(o)
}

/// `$o->name(args...)` on a foreign object `o`: `args` start with `o`.
pub(crate) fn call_method<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    name: &str,
    args: Vec<Value<'gc>>,
) -> NativeResult<'gc> {
    let key = Value::Str(ctx.rt.intern(ctx.mc, name.as_bytes()));
    match (o.model().get)(ctx, o, key, Access::Method) {
        // A function to call with the receiver (a Lua table's method, a
        // Python class's function).
        Step::Method(f) => Ok(Outcome::tail_call_method(f, args)),
        Step::Done(f) => call_found(ctx, o.model().lang, f, args, name),
        Step::Absent => Err(NativeError::msg(format!(
            "Can't locate object method \"{name}\" via {}",
            o.model().name
        ))),
        Step::Error(e) => Err(NativeError::Op(Box::new(e))),
        // A getter, a `__getattr__`, an `__index` function: its result is
        // the method.
        step => {
            let mut state = args;
            state.push(Value::Str(omx_core::string::Str::new(
                ctx.mc,
                name.as_bytes(),
            )));
            Ok(Outcome::step(step, Continuation::new(after_lookup, state)))
        }
    }
}

fn after_lookup<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut args: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let f = r
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    let name = args.pop().unwrap_or_default();
    let name = match name {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => String::new(),
    };
    let owner = foreign_object(args[0]).and_then(|o| o.model().lang);
    call_found(ctx, owner, f, args, &name)
}

/// The lookup read the method as a plain value. Called as the owner's
/// language calls a method: Python's `o.m(...)` calls the value as it is
/// (a bound method, an instance attribute; Language Reference §6.3.4),
/// except a function that takes `this`; Lua's `o:m(...)` (§3.4.10) and
/// JavaScript's `o.m(...)` (§13.3.6.1) pass the receiver.
fn call_found<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    owner: Option<Lang>,
    f: Value<'gc>,
    args: Vec<Value<'gc>>,
    name: &str,
) -> NativeResult<'gc> {
    if f.is_nil() {
        return Err(NativeError::msg(format!(
            "Can't locate object method \"{name}\" (the object's lookup gave undef)"
        )));
    }
    if owner != Some(Lang::Python) || omx_core::vm::takes_this(ctx.rt, f) == Some(true) {
        Ok(Outcome::tail_call_method(f, args))
    } else {
        Ok(Outcome::tail_call(f, args[1..].to_vec()))
    }
}
