//! The sentences Perl's method resolution reports to the explain facility
//! (core/src/trace), as perlobj describes a method call: what the invocant
//! is (a reference blessed into a package, or a package name), the
//! package's MRO and its kind (`dfs` by default, `c3` under `use mro`),
//! which packages lacked the sub and where it was found, or the
//! `AUTOLOAD` taken instead (perlsub "Autoloading").

use gc_arena::Mutation;

use super::mro::{is_c3, linear_names};
use super::reftype::{reftype, stash_name};
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::value::Value;

/// The protocol name the steps are reported under.
pub const EVENT: &str = "Perl method resolution";

/// `$cat is a HASH reference blessed into Cat` / `Cat is a package name`.
pub fn invocant<'gc>(rt: &RuntimeState<'gc>, inv: Value<'gc>, st: Object<'gc>) {
    let pkg = stash_name(st);
    match reftype(inv) {
        Some(kind) => rt.trace(EVENT, "perl.method.invocant", move |n| {
            let a = if kind.starts_with(['A', 'E', 'I', 'O', 'U']) {
                "an"
            } else {
                "a"
            };
            format!("{} is {a} {kind} reference blessed into {pkg}", n.of(inv))
        }),
        None => rt.trace(EVENT, "perl.method.class", move |_| {
            format!("{pkg} is a package name: a class method call")
        }),
    }
}

/// `MRO (dfs): Cat → Animal → UNIVERSAL`: the order a method is searched.
pub fn mro<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, st: Object<'gc>) {
    if !rt.tracing {
        return;
    }
    let kind = if is_c3(st) { "c3" } else { "dfs" };
    let names = searched(mc, rt, st, None).join(" → ");
    rt.trace(EVENT, "perl.mro.order", move |_| {
        format!("MRO ({kind}): {names}")
    });
}

/// The packages searched before `found` (all of them when it is `None`).
fn searched<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
    found: Option<Object<'gc>>,
) -> Vec<String> {
    let mut names = linear_names(mc, rt, st);
    if !names.iter().any(|n| n == "UNIVERSAL") {
        names.push("UNIVERSAL".into());
    }
    let stop = found.map(stash_name);
    names
        .into_iter()
        .take_while(|n| Some(n) != stop.as_ref())
        .collect()
}

/// `no sub "speak" in Cat; Animal::speak found`.
pub fn found<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
    name: &str,
    package: Object<'gc>,
) {
    if !rt.tracing {
        return;
    }
    let before = searched(mc, rt, st, Some(package));
    let text = match before.is_empty() {
        true => format!("{}::{name} found", stash_name(package)),
        false => format!(
            "no sub \"{name}\" in {}; {}::{name} found",
            before.join(", "),
            stash_name(package)
        ),
    };
    rt.trace(EVENT, "perl.mro.found", move |_| text);
}

/// `no sub "fly" in Cat, Animal, UNIVERSAL`.
pub fn not_found<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, st: Object<'gc>, name: &str) {
    if !rt.tracing {
        return;
    }
    let text = format!(
        "no sub \"{name}\" in {}",
        searched(mc, rt, st, None).join(", ")
    );
    rt.trace(EVENT, "perl.mro.not_found", move |_| text);
}
