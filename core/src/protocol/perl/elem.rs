//! A hash element by a constant key, `$h{key}` and `$r->{key}` (perlref
//! "Using References" rule 3, perldata "Hashes"): Perl code compiles it
//! to a field access (`GetField`/`SetField`), so that a Perl hash — plain
//! or blessed — answers from its shaped slot through the inline cache
//! (`container::hash_plan_get`/`hash_plan_set`; `LangOps::
//! fields_are_elements` keeps other languages' objects out of those
//! caches). On the slow path:
//!
//! 1. a Perl hash or stash: the element, or `undef` (no hook: a hash
//!    element is its stored value);
//! 2. `undef`: reading gives `undef` (nothing is autovivified by an
//!    rvalue; a store through a variable was vivified by the compiled
//!    code before);
//! 3. another language's object: its own item lookup or store;
//! 4. a Perl value with `%{}` overloading: the handler's hash (overload
//!    "Dereferencing");
//! 5. a non-empty string: a symbolic reference, resolved by the
//!    frontend's rule for `%{"name"}` (`PerlState::deref_hash`);
//! 6. anything else: "Not a HASH reference".

use super::container::{is_hash, is_stash};
use crate::model::{Access, Step};
use crate::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use crate::value::Value;

/// Is `v` a container `$r->{k}` reads without dereferencing first?
fn is_hash_like(v: Value<'_>) -> bool {
    matches!(v, Value::Object(o) if is_hash(o) || is_stash(o) || std::ptr::eq(o.model(), &super::container::PERL_RUNTIME))
}

/// What `$r->{...}` does with `obj`: what `deref` is to be done first.
enum Deref<'gc> {
    /// Index `obj` itself through the Perl operator table.
    Index,
    /// Read `undef` / store nowhere.
    Nothing,
    /// Call this function with these arguments; its result is the hash.
    Call(Value<'gc>, Vec<Value<'gc>>),
    Error,
}

fn deref<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>) -> Deref<'gc> {
    match obj {
        Value::Nil | Value::Empty => Deref::Nothing,
        Value::Object(_) if is_hash_like(obj) => Deref::Index,
        // 3. Another language's object (not one blessed by Perl).
        Value::Object(o)
            if o.model().lang.is_some_and(|l| l != crate::Lang::Perl)
                && !o.meta().is_some_and(is_stash) =>
        {
            Deref::Index
        }
        Value::Object(_) => match super::overload::find(ctx, obj, "%{}") {
            Some(h) => Deref::Call(h, vec![obj, Value::Nil, Value::Bool(false)]),
            None => Deref::Error,
        },
        Value::Str(s) if !s.is_empty() => Deref::Call(ctx.rt.perl.deref_hash, vec![obj]),
        _ => Deref::Error,
    }
}

const NOT_A_HASH: &str = "Not a HASH reference";

/// `$r->{key}` off the inline cache.
pub fn get<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, key: Value<'gc>) -> Step<'gc> {
    match deref(ctx, obj) {
        Deref::Index => index(ctx, obj, key),
        Deref::Nothing => Step::Done(Value::Nil),
        Deref::Call(f, args) => Step::call_then(f, &args, Continuation::new(elem_cont, vec![key])),
        Deref::Error => Step::msg(NOT_A_HASH),
    }
}

fn index<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, key: Value<'gc>) -> Step<'gc> {
    (super::ops::PERL.get)(ctx, obj, key, Access::Item)
}

/// `$r->{key} = value` off the inline cache.
pub fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Step<'gc> {
    match deref(ctx, obj) {
        Deref::Index => (super::ops::PERL.set)(ctx, obj, key, value, Access::Item),
        Deref::Nothing => Step::Done(Value::Nil),
        Deref::Call(f, args) => {
            Step::call_then(f, &args, Continuation::new(elem_cont, vec![key, value]))
        }
        Deref::Error => Step::msg(NOT_A_HASH),
    }
}

/// The hash the reference gave: read the element as `$h{key}` would
/// (`state`: the key), or store it (`state`: the key and the value).
fn elem_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let h = r
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    let step = match state.as_slice() {
        [key] => index(ctx, h, *key),
        [key, value, ..] => (super::ops::PERL.set)(ctx, h, *key, *value, Access::Item),
        [] => Step::Done(Value::Nil),
    };
    Ok(Outcome::step(
        step,
        Continuation::new(super::ops::pass_cont, Vec::new()),
    ))
}
