//! Python's builtins: the builtin types' constructors and methods, the
//! builtin functions, and the helpers lowered code calls (`__omx_*`).
//! Natives never call Python code themselves (DESIGN.md invariant 3):
//! they return a protocol step or a call with a continuation. Builtins
//! that are plain Python (`sorted`, `enumerate`, `zip`, `print`, class
//! creation...) live in `prelude.py`, the standard modules omx provides in
//! `modules.py`; both run once into `builtins`.

mod format;
mod functions;
mod helpers;
mod methods;
mod strings;
mod types;

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::model::Step;
use omx_core::native::{Continuation, Ctx, NativeError, NativeFn, NativeResult, Outcome};
use omx_core::protocol::python::binary::pass_through;
use omx_core::protocol::python::globals::new_globals;
use omx_core::protocol::python::T;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

/// The Python source of the builtins written in Python (prelude.py, two
/// newlines, modules.py; see build.rs).
pub const PRELUDE: &str = include_str!(concat!(env!("OUT_DIR"), "/prelude.py"));

/// Names of prelude functions the core's rules call (`PyState::helpers`).
const HELPERS: &[&str] = &[
    "call_kw",
    "repr_slow",
    "percent_format",
    "set_op",
    "contains_slow",
    "seq_iter",
    "list_set_slice",
    "list_del_slice",
    "index_get",
    "hashed_key",
];

/// Install the native builtins into the runtime (the prelude runs later,
/// with `builtins` as its namespace).
pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    types::install(mc, rt);
    functions::install(mc, rt);
    format::install(mc, rt);
    helpers::install(mc, rt);
    methods::install(mc, rt);
    strings::install(mc, rt);
    // The explain facility names builtins (`object`, `int`) through this
    // hidden global (core/src/trace/session.rs).
    let k = rt.intern(mc, b"\0py.builtins");
    rt.globals
        .set_field(mc, k, Value::Object(rt.python.builtins));
}

/// After the prelude ran: hand the helpers it defined to the core.
pub fn finish_prelude<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    for name in HELPERS {
        let k = rt.intern(mc, name.as_bytes());
        let v = rt.python.builtins.get_key(Value::Str(k));
        if !v.is_empty() {
            rt.python.helpers.set_field(mc, k, v);
        }
    }
}

/// The namespace of a new `__main__` module.
pub fn new_module<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) -> Value<'gc> {
    let g = new_globals(mc, rt);
    let k = rt.intern(mc, b"__name__");
    let v = rt.intern(mc, b"__main__");
    g.set_key(mc, Value::Str(k), Value::Str(v));
    Value::Object(g)
}

/// `builtins.name = f`.
pub(crate) fn builtin<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    name: &'static str,
    f: NativeFn,
) {
    let k = rt.intern(mc, name.as_bytes());
    let v = Value::Native(NativeFunction::plain(mc, name, f));
    rt.python.builtins.set_key(mc, Value::Str(k), v);
}

/// `builtins.name = v`.
pub(crate) fn builtin_value<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    name: &str,
    v: Value<'gc>,
) {
    let k = rt.intern(mc, name.as_bytes());
    rt.python.builtins.set_key(mc, Value::Str(k), v);
}

/// A method of a builtin type.
pub(crate) fn method<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    t: T,
    name: &'static str,
    f: NativeFn,
) {
    let k = rt.intern(mc, name.as_bytes());
    let ty = rt.python.ty(t);
    ty.set_field(mc, k, Value::Native(NativeFunction::new(mc, name, f)));
}

pub(crate) fn arg<'gc>(args: &[Value<'gc>], i: usize) -> Value<'gc> {
    args.get(i).copied().unwrap_or(Value::Nil)
}

/// A keyword argument of the running native call.
pub(crate) fn kwarg<'gc>(ctx: &Ctx<'gc, '_>, name: &str) -> Option<Value<'gc>> {
    let pairs = ctx.kwargs?;
    let items = pairs.with_array(|a| a.to_vec());
    for kv in items.chunks(2) {
        if let [Value::Str(k), v] = kv {
            if k.as_bytes() == name.as_bytes() {
                return Some(*v);
            }
        }
    }
    None
}

/// Finish a native with a protocol step's result.
pub(crate) fn step_result<'gc>(ctx: &mut Ctx<'gc, '_>, step: Step<'gc>) -> NativeResult<'gc> {
    match step {
        Step::Done(v) | Step::Method(v) => ctx.ret1(v),
        Step::Absent => ctx.ret1(Value::Nil),
        Step::Error(e) => Err(NativeError::Op(Box::new(e))),
        other => Ok(Outcome::step(
            other,
            Continuation::new(pass_through, Vec::new()),
        )),
    }
}

pub(crate) fn str_value<'gc>(ctx: &mut Ctx<'gc, '_>, s: &str) -> Value<'gc> {
    Value::Str(Str::from_vec(ctx.mc, s.as_bytes().to_vec()))
}

pub(crate) fn type_error<'gc>(msg: impl Into<String>) -> NativeError<'gc> {
    NativeError::msg(format!("TypeError: {}", msg.into()))
}

pub(crate) fn value_error<'gc>(msg: impl Into<String>) -> NativeError<'gc> {
    NativeError::msg(format!("ValueError: {}", msg.into()))
}

/// The elements of a list or tuple.
pub(crate) fn seq_items<'gc>(v: Value<'gc>) -> Option<Vec<Value<'gc>>> {
    match v {
        Value::Object(o)
            if omx_core::protocol::python::model::is_list(o)
                || omx_core::protocol::python::model::is_tuple(o) =>
        {
            Some(o.with_array(|a| a.iter().map(|v| v.or_nil()).collect()))
        }
        _ => None,
    }
}
