//! `Value<'gc>`: the one value type of every omx language.
//!
//! Each variant is a small `Copy` handle; heap records (strings, objects,
//! functions, threads) live in the gc-arena heap. Nothing here knows a
//! language: truthiness, printing, type names and operators belong to the
//! running frame's language (`model::LangOps`) and to the object's model
//! (`model::ObjectModel`).
//!
//! The "nothing" values (core/ARCHITECTURE.md, "Nothing"): `Nil` is Lua's
//! `nil`, Python's `None`, Perl's `undef` and JavaScript's `undefined`;
//! `Null` is JavaScript's `null`, which a program can tell apart from
//! `undefined`. `Empty` is the runtime's own "no value here" (an absent
//! property slot, an array hole, a binding not yet initialised); it never
//! reaches user code as a value.

use gc_arena::{Collect, Gc, Lock};

use crate::function::{Closure, NativeFunction};
use crate::object::Object;
use crate::string::Str;
use crate::thread::Thread;

/// A Python `int` too large for an `i64` (the big-integer escape point).
/// Only Python's arithmetic creates these; every other language keeps
/// integers in `Int` and overflows by its own rule.
#[derive(Collect, Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[collect(require_static)]
pub struct BigIntData(pub num_bigint::BigInt);

/// `repr(C, u64)`: the tag is a full word and every payload sits at offset 8,
/// so a copy is two aligned moves.
#[derive(Debug, Clone, Copy, Collect, Default)]
#[collect(no_drop)]
#[repr(C, u64)]
pub enum Value<'gc> {
    /// Lua `nil`, Python `None`, Perl `undef`, JavaScript `undefined`.
    #[default]
    Nil,
    /// JavaScript `null`.
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Str<'gc>),
    BigInt(Gc<'gc, BigIntData>),
    /// Any object that carries an object model: Lua tables, Python
    /// instances and types, JavaScript objects, Perl containers.
    Object(Object<'gc>),
    /// A function compiled from source (any language).
    Closure(Closure<'gc>),
    /// A function written in Rust.
    Native(NativeFunction<'gc>),
    /// A coroutine or generator: a stack of frames of its own.
    Thread(Thread<'gc>),
    /// A heap cell holding a captured local variable. Compiler-internal: a
    /// cell only ever sits in a register or an upvalue slot.
    Cell(Gc<'gc, Lock<Value<'gc>>>),
    /// No value: an absent slot, an array hole, an uninitialised binding.
    /// Storage uses it to mean "absent"; it is never a user value.
    Empty,
}

impl<'gc> Value<'gc> {
    #[inline(always)]
    pub fn is_nil(self) -> bool {
        matches!(self, Value::Nil)
    }

    /// `Empty`: storage's "absent".
    #[inline(always)]
    pub fn is_empty(self) -> bool {
        matches!(self, Value::Empty)
    }

    /// `Nil` or `Empty`: nothing a language would call a value here.
    #[inline(always)]
    pub fn is_nothing(self) -> bool {
        matches!(self, Value::Nil | Value::Empty)
    }

    /// `Empty` becomes `Nil` (reading an absent slot as a value).
    #[inline(always)]
    pub fn or_nil(self) -> Value<'gc> {
        match self {
            Value::Empty => Value::Nil,
            v => v,
        }
    }

    /// Closures and natives.
    #[inline]
    pub fn is_function(self) -> bool {
        matches!(self, Value::Closure(_) | Value::Native(_))
    }

    #[inline]
    pub fn as_object(self) -> Option<Object<'gc>> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    /// Identity equality, with integers and floats compared by
    /// mathematical value and strings by content. No language's rules
    /// (Lua's `rawequal`, JavaScript's SameValueZero minus NaN, Python's
    /// `is` for everything but numbers and strings).
    pub fn raw_eq(self, other: Value<'gc>) -> bool {
        match (self, other) {
            (Value::Nil, Value::Nil) | (Value::Null, Value::Null) => true,
            (Value::Empty, Value::Empty) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => {
                crate::numeric::int_eq_float(a, b)
            }
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::BigInt(a), Value::BigInt(b)) => a.0 == b.0,
            (Value::Object(a), Value::Object(b)) => a == b,
            (Value::Closure(a), Value::Closure(b)) => Gc::ptr_eq(a.0, b.0),
            (Value::Native(a), Value::Native(b)) => Gc::ptr_eq(a.0, b.0),
            (Value::Thread(a), Value::Thread(b)) => Gc::ptr_eq(a.0, b.0),
            (Value::Cell(a), Value::Cell(b)) => Gc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Address of a heap value, for printing `table: 0x...` and identity.
    pub fn heap_address(self) -> Option<usize> {
        match self {
            Value::Str(s) => Some(Gc::as_ptr(s.0) as *const u8 as usize),
            Value::BigInt(b) => Some(Gc::as_ptr(b) as *const u8 as usize),
            Value::Object(o) => Some(o.address()),
            Value::Closure(c) => Some(Gc::as_ptr(c.0) as *const u8 as usize),
            Value::Native(n) => Some(Gc::as_ptr(n.0) as *const u8 as usize),
            Value::Thread(t) => Some(Gc::as_ptr(t.0) as *const u8 as usize),
            Value::Cell(c) => Some(Gc::as_ptr(c) as *const u8 as usize),
            Value::Nil
            | Value::Null
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Empty => None,
        }
    }

    /// The kind of value, in the runtime's words (not a language's type
    /// name: see `LangOps::type_name`).
    pub fn kind(self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "integer",
            Value::Float(_) => "float",
            Value::Str(_) => "string",
            Value::BigInt(_) => "big integer",
            Value::Object(o) => o.model().name,
            Value::Closure(_) | Value::Native(_) => "function",
            Value::Thread(_) => "thread",
            Value::Cell(_) => "cell",
            Value::Empty => "empty",
        }
    }
}
