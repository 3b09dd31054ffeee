//! Finding metatables and metamethods (§2.4): tables carry their own
//! metatable; strings share one; other values have none.
//!
//! Negative cache (ltm.c `fasttm`): a metatable remembers, in its model
//! cache bits, which events it was found *not* to have. Storage clears the
//! bits on every write to the table, so a lookup of an absent metamethod
//! in an unchanged metatable costs one bit test.

use gc_arena::{Collect, Mutation};

use super::table::{as_table, raw_get_str};
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::value::Value;

/// The events, in the order of `LuaState::events` (and of the cache bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Event {
    Index,
    NewIndex,
    Gc,
    Mode,
    Len,
    Eq,
    Add,
    Sub,
    Mul,
    Mod,
    Pow,
    Div,
    IDiv,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    Unm,
    BNot,
    Lt,
    Le,
    Concat,
    Call,
    Close,
    ToString,
    Name,
    Metatable,
    Pairs,
}

const EVENT_NAMES: [&str; 29] = [
    "__index",
    "__newindex",
    "__gc",
    "__mode",
    "__len",
    "__eq",
    "__add",
    "__sub",
    "__mul",
    "__mod",
    "__pow",
    "__div",
    "__idiv",
    "__band",
    "__bor",
    "__bxor",
    "__shl",
    "__shr",
    "__unm",
    "__bnot",
    "__lt",
    "__le",
    "__concat",
    "__call",
    "__close",
    "__tostring",
    "__name",
    "__metatable",
    "__pairs",
];

impl Event {
    pub fn of_binop(op: crate::bytecode::BinOp) -> Event {
        use crate::bytecode::BinOp;
        match op {
            BinOp::Add => Event::Add,
            BinOp::Sub => Event::Sub,
            BinOp::Mul => Event::Mul,
            BinOp::Div => Event::Div,
            BinOp::IDiv => Event::IDiv,
            BinOp::Mod => Event::Mod,
            BinOp::Pow => Event::Pow,
            BinOp::BAnd => Event::BAnd,
            BinOp::BOr => Event::BOr,
            BinOp::BXor => Event::BXor,
            BinOp::Shl => Event::Shl,
            BinOp::Shr => Event::Shr,
            BinOp::Concat => Event::Concat,
        }
    }

    pub fn name(self) -> &'static str {
        EVENT_NAMES[self as usize]
    }
}

/// Lua's part of the runtime state: the interned event names and the
/// string metatable.
#[derive(Collect)]
#[collect(no_drop)]
pub struct LuaState<'gc> {
    pub events: [Str<'gc>; 29],
    /// The metatable shared by all strings (`("x"):upper()`).
    pub string_meta: Option<Object<'gc>>,
    /// The metatables of the other types without their own, set only by
    /// `debug.setmetatable`: nil, boolean, number, function, thread (see
    /// `TypeMeta`).
    pub type_meta: [Option<Object<'gc>>; 5],
    /// `collectgarbage("generational")` / `("incremental")`: the mode a
    /// program asked for (omx has one collector; the mode is reported).
    pub gc_generational: bool,
    /// `collectgarbage("stop")` until `("restart")` (reported by
    /// `isrunning`; omx's collector keeps running).
    pub gc_stopped: bool,
}

/// The types whose values share one metatable per type (besides strings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeMeta {
    Nil = 0,
    Boolean = 1,
    Number = 2,
    Function = 3,
    Thread = 4,
}

impl TypeMeta {
    /// The shared-metatable type of `v`, if it is one of them.
    pub fn of(v: Value<'_>) -> Option<TypeMeta> {
        match v {
            Value::Nil => Some(TypeMeta::Nil),
            Value::Bool(_) => Some(TypeMeta::Boolean),
            Value::Int(_) | Value::Float(_) => Some(TypeMeta::Number),
            Value::Closure(_) | Value::Native(_) => Some(TypeMeta::Function),
            Value::Thread(_) => Some(TypeMeta::Thread),
            _ => None,
        }
    }
}

impl<'gc> LuaState<'gc> {
    pub fn new(mc: &Mutation<'gc>) -> LuaState<'gc> {
        LuaState {
            events: EVENT_NAMES.map(|n| Str::new(mc, n.as_bytes())),
            string_meta: None,
            type_meta: [None; 5],
            // lua.c switches the collector to generational mode.
            gc_generational: true,
            gc_stopped: false,
        }
    }

    #[inline(always)]
    pub fn event(&self, e: Event) -> Str<'gc> {
        self.events[e as usize]
    }
}

/// `getmetatable` without the `__metatable` field: the raw metatable.
#[inline]
pub fn metatable_of<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> Option<Object<'gc>> {
    match v {
        Value::Object(o) if super::table::is_table(o) => o.meta(),
        Value::Str(_) => rt.lua.string_meta,
        other => match TypeMeta::of(other) {
            Some(t) => rt.lua.type_meta[t as usize],
            None => None,
        },
    }
}

/// `rawget(mt, event)` through the negative cache.
#[inline]
pub fn fast_event<'gc>(rt: &RuntimeState<'gc>, mt: Object<'gc>, e: Event) -> Value<'gc> {
    let bit = 1u32 << (e as u32);
    if mt.cache_bits() & bit != 0 {
        return Value::Nil;
    }
    let Some(t) = as_table(Value::Object(mt)) else {
        return Value::Nil;
    };
    let v = raw_get_str(t, rt.lua.event(e));
    if v.is_nil() {
        mt.set_cache_bits(mt.cache_bits() | bit);
    }
    v
}

/// The metamethod `e` of `v`, or nil.
#[inline]
pub fn metamethod<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>, e: Event) -> Value<'gc> {
    match metatable_of(rt, v) {
        Some(mt) => fast_event(rt, mt, e),
        None => Value::Nil,
    }
}

/// The `__name` of a value's metatable, when it is a string (used by
/// `tostring` and error messages).
pub fn type_name_of<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> Option<Str<'gc>> {
    match metamethod(rt, v, Event::Name) {
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
    e: Event,
) -> Value<'gc> {
    let first = metamethod(rt, a, e);
    if !first.is_nil() {
        if rt.tracing {
            rt.trace(protocol, "lua.binary.left", move |n| {
                format!(
                    "the left operand ({}) has {}: call it with both operands",
                    n.of(a),
                    e.name()
                )
            });
        }
        return first;
    }
    let second = metamethod(rt, b, e);
    if !second.is_nil() && rt.tracing {
        rt.trace(protocol, "lua.binary.right", move |n| {
            format!(
                "the left operand ({}) has no {ev}; the right operand ({}) has one: call it",
                n.of(a),
                n.of(b),
                ev = e.name()
            )
        });
    }
    second
}

/// Call a metamethod for event `e` (lvm.c `luaT_callTMres`): a value that
/// cannot be called is the error "attempt to call a number value
/// (metamethod 'add')" (ldebug.c `funcnamefromcode` names it).
pub fn call_metamethod<'gc>(
    rt: &RuntimeState<'gc>,
    h: Value<'gc>,
    args: &[Value<'gc>],
    e: Event,
) -> crate::model::Step<'gc> {
    let callable = match h {
        Value::Closure(_) | Value::Native(_) => true,
        Value::Object(o) if super::table::is_table(o) => !metamethod(rt, h, Event::Call).is_nil(),
        Value::Object(_) => true,
        _ => false,
    };
    if callable {
        return super::callable::call_handler(rt, h, args);
    }
    crate::model::Step::Error(crate::model::OpError::Message(format!(
        "attempt to call a {} value (metamethod '{}')",
        super::compare::object_type_name(rt, h),
        &e.name()[2..]
    )))
}
