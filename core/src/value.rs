//! `Value<'gc>`: the one value type of every omx language.
//!
//! Each variant is a small `Copy` handle; heap records (strings, tables,
//! functions, threads) live in the gc-arena heap. Printing and truthiness are
//! per language and live in `protocol/<lang>/`, not here.

use gc_arena::{Collect, Gc, Lock};

use crate::function::{Closure, NativeFunction};
use crate::object::Table;
use crate::string::Str;
use crate::thread::Thread;

/// `repr(C, u64)`: the tag is a full word and every payload sits at offset 8,
/// so a copy is two aligned moves (the default layout put `bool` at offset
/// 1 and made copies split into odd-sized pieces).
#[derive(Debug, Clone, Copy, Collect, Default)]
#[collect(no_drop)]
#[repr(C, u64)]
pub enum Value<'gc> {
    /// Lua `nil` (Python `None` and Perl `undef` will share it).
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Str<'gc>),
    Table(Table<'gc>),
    Closure(Closure<'gc>),
    Native(NativeFunction<'gc>),
    Thread(Thread<'gc>),
    /// A heap cell holding a captured local variable. Compiler-internal: a
    /// cell only ever sits in a register or an upvalue slot, never reaches
    /// user code as a value.
    Cell(Gc<'gc, Lock<Value<'gc>>>),
}

impl<'gc> Value<'gc> {
    #[inline]
    pub fn is_nil(self) -> bool {
        matches!(self, Value::Nil)
    }

    /// Lua truthiness: only `nil` and `false` are false.
    #[inline]
    pub fn is_truthy_lua(self) -> bool {
        !matches!(self, Value::Nil | Value::Bool(false))
    }

    /// The name Lua's `type()` gives this value.
    pub fn lua_type_name(self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Bool(_) => "boolean",
            Value::Int(_) | Value::Float(_) => "number",
            Value::Str(_) => "string",
            Value::Table(_) => "table",
            Value::Closure(_) | Value::Native(_) => "function",
            Value::Thread(_) => "thread",
            Value::Cell(_) => "cell",
        }
    }

    pub fn is_function(self) -> bool {
        matches!(self, Value::Closure(_) | Value::Native(_))
    }

    /// Raw equality (Lua `rawequal`): no metamethods. Integers and floats
    /// compare by mathematical value; strings by content; heap objects by
    /// identity.
    pub fn raw_eq(self, other: Value<'gc>) -> bool {
        match (self, other) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => {
                crate::numeric::int_eq_float(a, b)
            }
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Table(a), Value::Table(b)) => Gc::ptr_eq(a.0, b.0),
            (Value::Closure(a), Value::Closure(b)) => Gc::ptr_eq(a.0, b.0),
            (Value::Native(a), Value::Native(b)) => Gc::ptr_eq(a.0, b.0),
            (Value::Thread(a), Value::Thread(b)) => Gc::ptr_eq(a.0, b.0),
            (Value::Cell(a), Value::Cell(b)) => Gc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Address used for printing `table: 0x...` and for identity hashing.
    pub fn heap_address(self) -> Option<usize> {
        match self {
            Value::Str(s) => Some(Gc::as_ptr(s.0) as usize),
            Value::Table(t) => Some(Gc::as_ptr(t.0) as *const u8 as usize),
            Value::Closure(c) => Some(Gc::as_ptr(c.0) as *const u8 as usize),
            Value::Native(n) => Some(Gc::as_ptr(n.0) as *const u8 as usize),
            Value::Thread(t) => Some(Gc::as_ptr(t.0) as *const u8 as usize),
            Value::Cell(c) => Some(Gc::as_ptr(c) as *const u8 as usize),
            Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_) => None,
        }
    }
}
