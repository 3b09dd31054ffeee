//! The sentences JavaScript's property rules report to the explain
//! facility (core/src/trace): a property's attributes as ECMA-262 names
//! them (§6.1.7.1 Property Attributes), and the steps of `new`
//! (§13.3.5 EvaluateNew, §10.2.2 [[Construct]]).

use crate::object::attrs;

/// `{value, writable: true, enumerable: false, configurable: true}` or
/// `{get, set, enumerable: ..., configurable: ...}` for the bits `a`
/// (`getter`/`setter`: whether the accessor has each function).
pub fn attrs_text(a: u8, getter: bool, setter: bool) -> String {
    let enumerable = a & attrs::HIDDEN == 0;
    let configurable = a & attrs::PERMANENT == 0;
    if a & attrs::ACCESSOR != 0 {
        let mut parts = Vec::new();
        if getter {
            parts.push("get".to_string());
        }
        if setter {
            parts.push("set".to_string());
        }
        parts.push(format!("enumerable: {enumerable}"));
        parts.push(format!("configurable: {configurable}"));
        format!("{{{}}}", parts.join(", "))
    } else {
        let writable = a & attrs::READ_ONLY == 0;
        format!(
            "{{value, writable: {writable}, enumerable: {enumerable}, configurable: {configurable}}}"
        )
    }
}

/// The protocol name `new`'s steps are reported under.
pub const CONSTRUCT: &str = "[[Construct]] (ECMA-262 10.2.2)";

/// A step of [[Construct]] (rule `rule`) on constructor `f`.
pub fn construct_step<'gc>(
    rt: &crate::runtime::RuntimeState<'gc>,
    rule: &'static str,
    f: crate::value::Value<'gc>,
) {
    rt.trace(CONSTRUCT, rule, move |n| {
        let f = n.of(f);
        match rule {
            "js.construct.proxy_trap" => format!("{f} is a Proxy: its handler's construct trap is called"),
            "js.construct.proxy_target" => format!("{f} is a Proxy with no construct trap: construct its target"),
            "js.construct.bound" => format!("{f} is a bound function: construct its target, the bound arguments first"),
            "js.construct.derived" => format!(
                "{f} is a derived class: it is called with no this; super(...) makes the object (the base's [[Construct]] with new.target = {f})"
            ),
            "js.construct.create" => format!(
                "OrdinaryCreateFromConstructor: a new object whose [[Prototype]] is {f}.prototype"
            ),
            "js.construct.fields" => format!("{f}'s field initialisers run on the new object"),
            "js.construct.derived_fields" => format!(
                "super(...) returned this: {f}'s field initialisers run on it"
            ),
            "js.construct.call" => format!("call {f} with this = the new object"),
            "js.construct.derived_this" => format!("{f} returns the this super(...) made: the result"),
            "js.construct.override" => format!("{f} returned an object: it replaces this as the result"),
            _ => format!("{f} returned no object: the result is this"),
        }
    });
}
