//! Dispatch rules, one folder per language, one file per rule.

pub mod lua;

use crate::value::Value;

/// The outcome of a protocol step: a value, or "call this function with
/// these arguments and use its result" (the VM makes the call; a protocol
/// function never runs user code itself).
#[derive(Debug, Clone, Copy)]
pub enum MetaResult<'gc> {
    Value(Value<'gc>),
    Call {
        func: Value<'gc>,
        args: [Value<'gc>; 3],
        nargs: u8,
    },
}

impl<'gc> MetaResult<'gc> {
    pub fn call2(func: Value<'gc>, a: Value<'gc>, b: Value<'gc>) -> MetaResult<'gc> {
        MetaResult::Call {
            func,
            args: [a, b, Value::Nil],
            nargs: 2,
        }
    }
}

/// A type error raised by an operator. The VM words it and adds the name of
/// the offending variable ("attempt to index a nil value (local 't')").
#[derive(Debug, Clone)]
pub enum OpError<'gc> {
    Index(Value<'gc>),
    Call(Value<'gc>),
    /// Arithmetic on a non-number; `operand` is 0 (left) or 1 (right).
    Arith {
        operand: u8,
        value: Value<'gc>,
    },
    Bitwise {
        operand: u8,
        value: Value<'gc>,
    },
    /// A float without an exact integer value in a bitwise operation.
    NoIntegerRep {
        operand: u8,
    },
    Concat {
        operand: u8,
        value: Value<'gc>,
    },
    Compare(Value<'gc>, Value<'gc>),
    Length(Value<'gc>),
    /// A complete message ("attempt to perform 'n//0'").
    Message(String),
}
