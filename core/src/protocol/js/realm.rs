//! The realm (ECMA-262 §9.3): the intrinsic objects a rule needs —
//! `%Object.prototype%`, `%Array.prototype%`, the error prototypes, the
//! well-known symbols, and the JavaScript helpers the frontend's prelude
//! registers for steps that run user code (ToPrimitive, loose equality).
//! The realm is an object kept in the registry; its internal slots hold
//! the intrinsics, numbered by [`Slot`].

use gc_arena::Mutation;

use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::value::Value;

/// The registry key of the realm object.
pub const REALM_KEY: &[u8] = b"\0js.realm";

/// Internal slots of the realm object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    ObjectProto = 0,
    FunctionProto,
    ArrayProto,
    StringProto,
    NumberProto,
    BooleanProto,
    SymbolProto,
    ErrorProto,
    TypeErrorProto,
    RangeErrorProto,
    ReferenceErrorProto,
    SyntaxErrorProto,
    Global,
    Intrinsics,
    SymIterator,
    SymHasInstance,
    SymToPrimitive,
    SymToStringTag,
    GeneratorProto,
    /// `(op, a, b)`: a binary operator with an object operand.
    HelperBinary,
    /// `(op, a, b)`: a relational comparison with an object operand.
    HelperCompare,
    /// `(v)`: ToString of an object.
    HelperToString,
    /// `(v)`: an iterator for `for-of` over a non-array.
    HelperIterate,
    /// Strict mode for the whole script (`"use strict"` at its top).
    Strict,
    BigIntProto,
    /// The interned key `"prototype"`, once `new` has looked it up
    /// (construct.rs).
    KeyPrototype,
    Count,
}

/// The realm object, once the JavaScript library is installed.
#[inline]
pub fn realm<'gc>(rt: &RuntimeState<'gc>) -> Option<Object<'gc>> {
    rt.js_realm
}

/// One intrinsic (`Nil` when the library is not installed).
pub fn intrinsic<'gc>(rt: &RuntimeState<'gc>, slot: Slot) -> Value<'gc> {
    match realm(rt) {
        Some(r) => r.internal(slot as usize).or_nil(),
        None => Value::Nil,
    }
}

/// An intrinsic object.
pub fn proto<'gc>(rt: &RuntimeState<'gc>, slot: Slot) -> Option<Object<'gc>> {
    intrinsic(rt, slot).as_object()
}

/// Make (or return) the realm object.
pub fn ensure_realm<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) -> Object<'gc> {
    if let Some(r) = realm(rt) {
        return r;
    }
    let r = Object::new(mc, rt.root_shape, &super::JS_ORDINARY);
    r.set_internal(mc, Slot::Count as usize, Value::Nil);
    let key = rt.intern(mc, REALM_KEY);
    rt.registry.set_field(mc, key, Value::Object(r));
    rt.js_realm = Some(r);
    r
}

/// Is the running script strict?
pub fn is_strict(rt: &RuntimeState<'_>) -> bool {
    matches!(intrinsic(rt, Slot::Strict), Value::Bool(true))
}
