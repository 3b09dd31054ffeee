//! A method call's lookup at its call site (perlobj "Method Call
//! Resolution"; perl's method cache is keyed by `PL_sub_generation`).
//!
//! `$obj->name(...)` with a plain name (no `::`: neither `SUPER::` nor a
//! fully qualified one) on a blessed reference: the sub the MRO of the
//! invocant's stash finds is the call's function, and the call site
//! caches it for the object's shape and stash while the prototype epoch
//! holds (the epoch moves when a sub is defined or an `@ISA` changes, as
//! `PL_sub_generation` does; re-blessing changes the stash). A class name
//! (`$class->name`) is looked up each time, uncached at the site.
//! Everything else (an unblessed or foreign invocant, `UNIVERSAL`
//! methods, `AUTOLOAD`, "Can't locate object method", any call while
//! explaining) is the frontend's method call (`PerlState::call_method`),
//! reached through a native bound to the name, which also explains the
//! lookup step by step.

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

/// A method load the site cannot answer. A class name (`$class->name`)
/// whose package has the sub: the sub itself. Anything else: a native
/// that makes the frontend's full method call for `name` (the invocant
/// is its first argument), which also explains the lookup when traced.
pub fn method_call<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, name: Value<'gc>) -> Step<'gc> {
    if let (Value::Str(class), Value::Str(m), false) = (obj, name, ctx.rt.tracing) {
        let plain = !class.is_empty() && !class.as_bytes().starts_with(b"::");
        if plain && !m.as_bytes().contains(&b':') {
            if let Some(st) = container::find_stash_named(ctx.mc, ctx.rt, class) {
                if let Some(f) = mro::find_method_named(ctx.mc, ctx.rt, st, m) {
                    return Step::Method(f.code);
                }
            }
        }
    }
    let call = ctx.rt.perl.call_method;
    if call.is_nil() {
        return Step::msg(
            "not supported by omx: a method call before the Perl builtins are installed",
        );
    }
    // One native per method name, kept for the next miss.
    let shims = &mut ctx.rt.perl.method_shims;
    if let Some((_, f)) = shims.iter().find(|(n, _)| n.raw_eq(name)) {
        return Step::Method(*f);
    }
    let pkg = Value::Str(ctx.rt.intern(ctx.mc, b"main"));
    let f = Value::Native(NativeFunction::with_bound(
        ctx.mc,
        "method call",
        by_name,
        vec![call, name, pkg],
    ));
    let shims = &mut ctx.rt.perl.method_shims;
    if shims.len() >= SHIMS {
        shims.remove(0);
    }
    shims.push((name, f));
    Step::Method(f)
}

/// How many method-call natives `method_call` keeps.
const SHIMS: usize = 32;

/// The bound native: `call_method(invocant, name, package, args...)`.
fn by_name<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(me) = ctx.callee else {
        return Ok(Outcome::Return);
    };
    let (call, name, pkg) = match &me.0.bound[..] {
        [call, name, pkg] => (*call, *name, *pkg),
        _ => return Ok(Outcome::Return),
    };
    let mut all = Vec::with_capacity(args.len() + 2);
    all.push(args.first().copied().unwrap_or(Value::Nil));
    all.push(name);
    // The calling package matters only to `SUPER::` and `next::`, which
    // never come here.
    all.push(pkg);
    all.extend(args.iter().skip(1).copied());
    Ok(Outcome::tail_call(call, all))
}
