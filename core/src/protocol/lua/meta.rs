//! Finding metatables and metamethods (§2.4): tables carry their own
//! metatable; strings share one; other types have none (yet).

use crate::object::Table;
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::trace::describe;
use crate::value::Value;

/// `getmetatable` without the `__metatable` field: the raw metatable.
#[inline]
pub fn metatable_of<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> Option<Table<'gc>> {
    match v {
        Value::Table(t) => t.metatable(),
        Value::Str(_) => rt.string_meta,
        _ => None,
    }
}

/// The metamethod `event` of `v`, or nil. Raw access: `rawget(mt, event)`.
#[inline]
pub fn metamethod<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>, event: Str<'gc>) -> Value<'gc> {
    match metatable_of(rt, v) {
        Some(mt) => mt.get_str(event),
        None => Value::Nil,
    }
}

/// The `__name` of a value's metatable, when it is a string (used by
/// `tostring` and error messages).
pub fn type_name_of<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> Option<Str<'gc>> {
    match metamethod(rt, v, rt.names.name) {
        Value::Str(s) => Some(s),
        _ => None,
    }
}

/// The binary-event rule (§2.4, e.g. "__add"): the first operand's
/// metamethod, and if it has none the second operand's. Nil when neither
/// has one. Reports the choice to the explain tracer under `protocol`.
pub fn binary_metamethod<'gc>(
    rt: &RuntimeState<'gc>,
    protocol: &'static str,
    a: Value<'gc>,
    b: Value<'gc>,
    event: Str<'gc>,
) -> Value<'gc> {
    let first = metamethod(rt, a, event);
    if !first.is_nil() {
        if rt.tracing {
            rt.trace(protocol, move || {
                format!(
                    "the left operand ({}) has {}: call it with both operands",
                    describe(a),
                    event.to_str_lossy()
                )
            });
        }
        return first;
    }
    let second = metamethod(rt, b, event);
    if !second.is_nil() && rt.tracing {
        rt.trace(protocol, move || {
            format!(
                "the left operand ({}) has no {ev}; the right operand ({}) has one: call it",
                describe(a),
                describe(b),
                ev = event.to_str_lossy()
            )
        });
    }
    second
}
