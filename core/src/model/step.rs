//! What a protocol step returns to the VM: a value, "absent", "call this
//! and continue", or an error. A rule never runs user code itself
//! (DESIGN.md invariant 3): it asks the VM to make the call, and may name a
//! continuation to resume the rule with the call's results.

use crate::native::Continuation;
use crate::value::Value;

/// The outcome of a protocol step.
pub enum Step<'gc> {
    /// The result.
    Done(Value<'gc>),
    /// A lookup found nothing: the running frame's language decides what
    /// that means (Lua `nil`, Python `AttributeError`, JavaScript
    /// `undefined`). Also "no hook" from an operator hook.
    Absent,
    /// Call `func` with `args` (`args[0]` is the receiver when the callee
    /// takes one), then either use its first result (no continuation), or
    /// resume `then` with all of its results.
    Call(Box<CallRequest<'gc>>),
    /// Call `func` with `first` followed by the arguments of the call being
    /// made (a callable object's `__call`, a bound method).
    CallPrepending { func: Value<'gc>, first: Value<'gc> },
    /// A method load (`Access::Method`) found a function to call with the
    /// receiver: no bound method is made. Anywhere else it reads as the
    /// function itself.
    Method(Value<'gc>),
    /// Raise an error.
    Error(OpError<'gc>),
}

impl<'gc> Step<'gc> {
    /// "Call `func` with these arguments; its first result is the result."
    pub fn call(func: Value<'gc>, args: &[Value<'gc>]) -> Step<'gc> {
        Step::Call(Box::new(CallRequest {
            func,
            args: Args::from_slice(args),
            then: None,
        }))
    }

    /// "Call `func`, then resume `then` with its results."
    pub fn call_then(func: Value<'gc>, args: &[Value<'gc>], then: Continuation<'gc>) -> Step<'gc> {
        Step::Call(Box::new(CallRequest {
            func,
            args: Args::from_slice(args),
            then: Some(then),
        }))
    }

    pub fn msg(text: impl Into<String>) -> Step<'gc> {
        Step::Error(OpError::Message(text.into()))
    }
}

pub struct CallRequest<'gc> {
    pub func: Value<'gc>,
    pub args: Args<'gc>,
    pub then: Option<Continuation<'gc>>,
}

/// Arguments of a requested call: up to three inline (metamethods take
/// one to three), more on the heap.
pub enum Args<'gc> {
    Inline { len: u8, values: [Value<'gc>; 3] },
    Heap(Vec<Value<'gc>>),
}

impl<'gc> Args<'gc> {
    pub fn from_slice(values: &[Value<'gc>]) -> Args<'gc> {
        if values.len() <= 3 {
            let mut inline = [Value::Nil; 3];
            inline[..values.len()].copy_from_slice(values);
            Args::Inline {
                len: values.len() as u8,
                values: inline,
            }
        } else {
            Args::Heap(values.to_vec())
        }
    }

    pub fn as_slice(&self) -> &[Value<'gc>] {
        match self {
            Args::Inline { len, values } => &values[..*len as usize],
            Args::Heap(v) => v,
        }
    }
}

/// An error raised by an operation. The running frame's language words it
/// (and, for Lua, adds the name of the offending variable: "attempt to
/// index a nil value (local 't')").
#[derive(Debug, Clone)]
pub enum OpError<'gc> {
    /// Indexing (get or set) a value that cannot be indexed.
    Index(Value<'gc>),
    /// Calling a value that cannot be called.
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
    /// A to-be-closed variable got a value that cannot be closed.
    NotClosable(Value<'gc>),
    /// A numeric `for` loop's `what` ("initial value", "limit", "step")
    /// is not a number.
    ForLoop {
        what: &'static str,
        value: Value<'gc>,
    },
    /// `yield` outside a coroutine.
    YieldOutside,
    /// A call's arguments do not fit the callee's parameters.
    Arity(ArityError),
    /// A value that cannot be iterated.
    NotIterable(Value<'gc>),
    /// A complete message ("attempt to perform 'n//0'").
    Message(String),
    /// Throw this value unchanged (already an error of the language).
    Throw(Value<'gc>),
}

impl OpError<'_> {
    /// A plain sentence for a case a language has no wording of its own
    /// for (an operation between values of other languages).
    pub fn summary(&self) -> String {
        match self {
            OpError::Index(_) => "this value cannot be indexed".into(),
            OpError::Call(_) => "this value cannot be called".into(),
            OpError::Arith { .. } => "arithmetic on a value that is not a number".into(),
            OpError::Bitwise { .. } => "bitwise operation on a value that is not a number".into(),
            OpError::NoIntegerRep { .. } => "number has no integer representation".into(),
            OpError::Concat { .. } => "this value cannot be concatenated".into(),
            OpError::Compare(..) => "these values cannot be compared".into(),
            OpError::Length(_) => "this value has no length".into(),
            OpError::NotClosable(_) => "this value cannot be closed".into(),
            OpError::ForLoop { what, .. } => format!("'for' {what} must be a number"),
            OpError::YieldOutside => "yield outside a coroutine".into(),
            OpError::Arity(_) => "the arguments do not fit the function's parameters".into(),
            OpError::NotIterable(_) => "this value cannot be iterated".into(),
            OpError::Message(m) => m.clone(),
            OpError::Throw(_) => "a value was thrown".into(),
        }
    }
}

/// How a call's arguments failed to fit (the callee's language words it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArityError {
    /// More positional arguments than parameters.
    TooMany {
        func: String,
        max: usize,
        given: usize,
    },
    /// Required positional parameters without an argument.
    Missing { func: String, names: Vec<String> },
    /// Required keyword-only parameters without an argument.
    MissingKeyword { func: String, names: Vec<String> },
    /// A keyword naming no parameter.
    UnexpectedKeyword { func: String, name: String },
    /// A parameter given positionally and by keyword (or twice).
    Multiple { func: String, name: String },
    /// Keyword arguments to a function that takes none.
    NoKeywords { func: String },
}
