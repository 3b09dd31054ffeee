//! A method call's lookup at its call site (perlobj "Method Call
//! Resolution"; perl's method cache is keyed by `PL_sub_generation`).
//!
//! `$obj->name(...)` with a plain name (no `::`: neither `SUPER::` nor a
//! fully qualified one) on a blessed reference: the sub the MRO of the
//! invocant's stash finds is the call's function, and the call site
//! caches it for the object's shape and stash while the prototype epoch
//! holds (the epoch moves when a sub is defined or an `@ISA` changes, as
//! `PL_sub_generation` does; re-blessing changes the stash). Everything
//! else (a class name, an unblessed or foreign invocant, `UNIVERSAL`
//! methods, `AUTOLOAD`, "Can't locate object method") is the frontend's
//! method call (`PerlState::call_method`), reached through a native
//! bound to the name, which also explains the lookup step by step.

use gc_arena::Mutation;

use super::{container, mro};
use crate::function::NativeFunction;
use crate::model::Step;
use crate::native::{Ctx, NativeResult, Outcome};
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::value::Value;

/// `LangOps::plan_method`: the sub found for a blessed reference's stash.
pub fn plan_method<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    o: Object<'gc>,
    name: Str<'gc>,
) -> Option<Value<'gc>> {
    let st = o.meta().filter(|st| container::is_stash(*st))?;
    if name.as_bytes().contains(&b':') {
        return None;
    }
    mro::find_method_named(mc, rt, st, name).map(|f| f.code)
}

/// A method load the site cannot answer: a native that makes the
/// frontend's full method call for `name` (the invocant is its first
/// argument).
pub fn method_call<'gc>(ctx: &mut Ctx<'gc, '_>, name: Value<'gc>) -> Step<'gc> {
    let call = ctx.rt.perl.call_method;
    if call.is_nil() {
        return Step::msg(
            "not supported by omx: a method call before the Perl builtins are installed",
        );
    }
    let f = NativeFunction::with_bound(ctx.mc, "method call", by_name, vec![call, name]);
    Step::Method(Value::Native(f))
}

/// The bound native: `call_method(invocant, name, package, args...)`.
fn by_name<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(me) = ctx.callee else {
        return Ok(Outcome::Return);
    };
    let (call, name) = match &me.0.bound[..] {
        [call, name] => (*call, *name),
        _ => return Ok(Outcome::Return),
    };
    let mut all = Vec::with_capacity(args.len() + 2);
    all.push(args.first().copied().unwrap_or(Value::Nil));
    all.push(name);
    // The calling package matters only to `SUPER::` and `next::`, which
    // never come here.
    all.push(Value::Str(ctx.rt.intern(ctx.mc, b"main")));
    all.extend(args.iter().skip(1).copied());
    Ok(Outcome::tail_call(call, all))
}
