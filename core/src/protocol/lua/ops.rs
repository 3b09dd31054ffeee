//! Lua's operator table (`LangOps`): what a Lua frame makes of each
//! operation (DESIGN.md invariant 4), and how its errors are worded
//! (ldebug.c `luaG_typeerror`, lauxlib.c `luaL_argerror`, lua.c
//! `msghandler`).

use super::meta::{metamethod, Event};
use super::table::{is_table, new_table};
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::debuginfo::{call_site, frames, position, CallSite, TraceFrame};
use crate::model::{Access, ErrorSite, LangOps, OpError, Step, VarKind, VarName};
use crate::native::{Continuation, Ctx, NativeResult, Outcome};
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::thread::ThreadState;
use crate::value::Value;
use crate::Lang;

pub static LUA: LangOps = LUA_OPS;

/// Lua's operator table as a constant (so a table differing in a few
/// entries can be built from it).
pub const LUA_OPS: LangOps = LangOps {
    lang: Lang::Lua,
    passes_this: false,
    truthy: |_, v| Step::Done(Value::Bool(!matches!(v, Value::Nil | Value::Bool(false)))),
    simple_truthiness: true,
    raw_equality: true,
    missing_is_nil: true,
    fields_are_elements: false,
    string_len_is_bytes: true,
    get,
    set,
    binary,
    inplace: None,
    concat_text: super::concat::concat_text,
    unary,
    compare,
    call,
    plan_string_get: Some(super::plan::plan_string_get),
    plan_method: None,
    delete: |ctx, obj, key, _| match super::table::as_table(obj) {
        Some(t) => {
            let present = !super::table::raw_get(t, key).is_nil();
            let _ = super::table::raw_set(ctx.mc, t, key, Value::Nil);
            Step::Done(Value::Bool(present))
        }
        None => Step::Error(OpError::Index(obj)),
    },
    get_iter: |ctx, v| match v {
        Value::Object(o) => match (o.model().iterate)(ctx, o) {
            Step::Absent => Step::Error(OpError::NotIterable(v)),
            other => other,
        },
        _ => Step::Error(OpError::NotIterable(v)),
    },
    strict_arity: false,
    new_list: |ctx, values| {
        let t = new_table(ctx.mc, ctx.rt.root_shape, values.len(), 0);
        super::table::set_list(ctx.mc, t, 1, values);
        Value::Object(t)
    },
    new_kwargs: |ctx, pairs| {
        let t = new_table(ctx.mc, ctx.rt.root_shape, 0, pairs.len());
        for (k, v) in pairs {
            super::table::raw_set_str(ctx.mc, t, *k, *v);
        }
        Value::Object(t)
    },
    make_generator: |_, thread| Value::Thread(thread),
    tostring: super::tostring::tostring,
    set_list,
    close_handler: |rt, v| {
        let h = metamethod(rt, v, Event::Close);
        (!h.is_nil()).then_some(h)
    },
    new_table: |ctx, array, keys| Value::Object(new_table(ctx.mc, ctx.rt.root_shape, array, keys)),
    error_value,
    native_error,
    error_text,
    traceback,
    construct: None,
};

/// The name Lua's `type()` gives a value. Objects of other languages are
/// `userdata` (as a host's objects are in lua5.4).
pub fn type_name(v: Value<'_>) -> &'static str {
    match v {
        Value::Nil | Value::Empty => "nil",
        Value::Bool(_) => "boolean",
        Value::Int(_) | Value::Float(_) => "number",
        Value::Str(_) => "string",
        Value::Object(o) if is_table(o) => "table",
        Value::Object(_) if super::callable::is_function(v) => "function",
        Value::Object(_) | Value::Null | Value::BigInt(_) => "userdata",
        Value::Closure(_) | Value::Native(_) => "function",
        Value::Thread(_) => "thread",
        Value::Cell(_) => "cell",
    }
}

fn get<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, key: Value<'gc>, access: Access) -> Step<'gc> {
    match super::index::index_as(ctx, obj, key, access) {
        Step::Absent => Step::Done(Value::Nil),
        other => other,
    }
}

fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    access: Access,
) -> Step<'gc> {
    super::newindex::newindex_as(ctx, obj, key, value, access)
}

/// A table constructor's positional items (holes stay holes, so
/// `#{1, nil, 3}` is 3 as in lua5.4).
fn set_list<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    t: Value<'gc>,
    first: i64,
    values: &[Value<'gc>],
) -> Step<'gc> {
    if let Some(t) = super::table::as_table(t) {
        super::table::set_list(ctx.mc, t, first, values);
    }
    Step::Done(Value::Nil)
}

/// §2.4 binary events: the hook of the first operand, then the second's.
/// For a Lua table or a string the hook is the metamethod; an object of
/// another language answers by its own rules.
pub fn operand_hook<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    protocol: &'static str,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Step<'gc> {
    for (v, left) in [(a, true), (b, false)] {
        let step = match v {
            Value::Object(o) if !is_table(o) => (o.model().binary)(ctx, op, a, b, left),
            _ => {
                let other = if left { b } else { a };
                let h = metamethod(ctx.rt, v, Event::of_binop(op));
                if h.is_nil() {
                    Step::Absent
                } else {
                    if ctx.rt.tracing {
                        let (rt, e) = (&*ctx.rt, Event::of_binop(op));
                        rt.trace(protocol, "lua.arith.object_operand", move |n| {
                                                        if left {
                                format!(
                                    "the left operand ({}) has {}: call it with both operands",
                                    n.of(v),
                                    e.name()
                                )
                            } else {
                                format!(
                                    "the left operand ({}) has no {ev}; the right operand ({}) has one: call it",
                                    n.of(other),
                                    n.of(v),
                                    ev = e.name()
                                )
                            }
                        });
                    }
                    super::meta::call_metamethod(ctx.rt, h, &[a, b], Event::of_binop(op))
                }
            }
        };
        match step {
            Step::Absent => {}
            other => return other,
        }
    }
    Step::Absent
}

fn binary<'gc>(ctx: &mut Ctx<'gc, '_>, op: BinOp, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    match op {
        BinOp::Concat => super::concat::concat(ctx, a, b),
        _ => super::arith::arith(ctx, op, a, b),
    }
}

fn unary<'gc>(ctx: &mut Ctx<'gc, '_>, op: UnaryOp, a: Value<'gc>) -> Step<'gc> {
    match op {
        UnaryOp::Not => Step::Done(Value::Bool(matches!(a, Value::Nil | Value::Bool(false)))),
        UnaryOp::Len => super::len::length(ctx, a),
        UnaryOp::Neg | UnaryOp::BNot => super::arith::unary(ctx, op, a),
        // Not Lua operators (Perl's `++`/`--`): `a + 1`, `a - 1` by Lua's rules.
        UnaryOp::Inc => super::arith::arith(ctx, BinOp::Add, a, Value::Int(1)),
        UnaryOp::Dec => super::arith::arith(ctx, BinOp::Sub, a, Value::Int(1)),
        // Answered by the VM (Perl's `defined`); here for completeness.
        UnaryOp::Defined => Step::Done(Value::Bool(!a.is_nothing())),
    }
}

/// Comparisons as values: `==`, `~=`, `<`, `<=` (and `>`, `>=` by
/// swapping). A metamethod's result is converted to a boolean.
fn compare<'gc>(ctx: &mut Ctx<'gc, '_>, op: CompareOp, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    let (step, negate) = match op {
        CompareOp::Eq => (super::compare::equal(ctx, a, b), false),
        CompareOp::Ne => (super::compare::equal(ctx, a, b), true),
        CompareOp::Lt => (super::compare::less_than(ctx, a, b), false),
        CompareOp::Le => (super::compare::less_equal(ctx, a, b), false),
        CompareOp::Gt => (super::compare::less_than(ctx, b, a), false),
        CompareOp::Ge => (super::compare::less_equal(ctx, b, a), false),
    };
    match step {
        Step::Done(v) => Step::Done(Value::Bool(truthy(v) != negate)),
        Step::Call(mut req) if req.then.is_none() => {
            let state = vec![Value::Bool(negate)];
            req.then = Some(Continuation::new(to_boolean_cont, state));
            Step::Call(req)
        }
        other => other,
    }
}

fn to_boolean_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let negate = matches!(state.first(), Some(Value::Bool(true)));
    let v = result
        .map_err(crate::native::NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    ctx.ret.push(Value::Bool(truthy(v) != negate));
    Ok(Outcome::Return)
}

#[inline]
pub fn truthy(v: Value<'_>) -> bool {
    !matches!(v, Value::Nil | Value::Bool(false) | Value::Empty)
}

/// Calling a value that is neither a function nor an object: `__call` of
/// its metatable (strings have none unless a program gives them one).
fn call<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    let h = metamethod(ctx.rt, v, Event::Call);
    if h.is_nil() {
        return Step::Error(OpError::Call(v));
    }
    Step::CallPrepending { func: h, first: v }
}

/// "chunk:line: " of the running compiled frame, as `luaL_where(L, 1)`.
pub fn where_prefix(ts: &ThreadState<'_>, level: u32) -> String {
    match position(ts, level) {
        Some((chunk, line)) => format!("{chunk}:{line}: "),
        None => String::new(),
    }
}

fn name_text(n: &VarName) -> String {
    let kind = match n.kind {
        VarKind::Local => "local",
        VarKind::Global => "global",
        VarKind::Field => "field",
        VarKind::Upvalue => "upvalue",
        VarKind::Method => "method",
        VarKind::Constant => "constant",
        VarKind::Metamethod => "metamethod",
    };
    format!("{kind} '{}'", n.name)
}

/// Word an operator's type error as Lua does; `names` are the operands'
/// names (left, right).
pub fn op_message<'gc>(
    rt: &RuntimeState<'gc>,
    err: &OpError<'gc>,
    names: &[Option<VarName>; 2],
) -> String {
    use super::compare::{object_type_name, order_error_message};
    let with = |what: String, name: &Option<VarName>| match name {
        Some(n) => format!("{what} ({})", name_text(n)),
        None => what,
    };
    match err {
        OpError::Index(v) => with(
            format!("attempt to index a {} value", object_type_name(rt, *v)),
            &names[0],
        ),
        OpError::Call(v) => with(
            format!("attempt to call a {} value", object_type_name(rt, *v)),
            &names[0],
        ),
        OpError::Arith { operand, value } => with(
            format!(
                "attempt to perform arithmetic on a {} value",
                object_type_name(rt, *value)
            ),
            &names[*operand as usize & 1],
        ),
        OpError::Bitwise { operand, value } => with(
            format!(
                "attempt to perform bitwise operation on a {} value",
                object_type_name(rt, *value)
            ),
            &names[*operand as usize & 1],
        ),
        OpError::NoIntegerRep { operand } => match &names[*operand as usize & 1] {
            Some(n) => format!("number ({}) has no integer representation", name_text(n)),
            None => "number has no integer representation".to_string(),
        },
        OpError::Concat { operand, value } => with(
            format!(
                "attempt to concatenate a {} value",
                object_type_name(rt, *value)
            ),
            &names[*operand as usize & 1],
        ),
        OpError::Compare(a, b) => order_error_message(rt, *a, *b),
        OpError::Length(v) => with(
            format!(
                "attempt to get length of a {} value",
                object_type_name(rt, *v)
            ),
            &names[0],
        ),
        OpError::NotClosable(_) => match &names[0] {
            Some(n) => format!("variable '{}' got a non-closable value", n.name),
            None => "variable '?' got a non-closable value".into(),
        },
        OpError::ForLoop { what, value } => {
            if *what == "step zero" {
                "'for' step is zero".into()
            } else {
                format!(
                    "bad 'for' {what} (number expected, got {})",
                    object_type_name(rt, *value)
                )
            }
        }
        OpError::YieldOutside => "attempt to yield from outside a coroutine".into(),
        OpError::NotIterable(v) => format!(
            "attempt to iterate over a {} value",
            object_type_name(rt, *v)
        ),
        OpError::Arity(a) => arity_message(a),
        OpError::Message(m) => m.clone(),
        OpError::Throw(_) => String::new(),
    }
}

/// The error value of a failed operation: its message, positioned at the
/// running instruction.
fn error_value<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    err: OpError<'gc>,
    names: [Option<VarName>; 2],
    site: ErrorSite,
) -> Value<'gc> {
    if let OpError::Throw(v) = err {
        return v;
    }
    let msg = op_message(ctx.rt, &err, &names);
    // An error inside a builtin has no position (in Lua the running
    // function is a C function).
    if matches!(err, OpError::YieldOutside) || site == ErrorSite::Builtin {
        return Value::Str(Str::from_vec(ctx.mc, msg.into_bytes()));
    }
    let text = format!("{}{}", where_prefix(ctx.ts, 1), msg);
    Value::Str(Str::from_vec(ctx.mc, text.into_bytes()))
}

/// A builtin's error: "bad argument" messages name the function as the
/// call site does (`luaL_argerror` with `getfuncname`; for a method call
/// `self` does not count), then the position of the calling frame.
fn native_error<'gc>(ctx: &mut Ctx<'gc, '_>, m: String) -> Value<'gc> {
    let global = ctx
        .callee
        .and_then(|n| global_function_name(ctx.mc, ctx.rt, Value::Native(n)));
    let m = rename_bad_argument(ctx.ts, m, global);
    let text = format!("{}{}", where_prefix(ctx.ts, 1), m);
    Value::Str(Str::from_vec(ctx.mc, text.into_bytes()))
}

/// `pushglobalfuncname` (lauxlib.c): "table.sort" for a function found in
/// a loaded module (`package.loaded`, kept in the registry as `_LOADED`),
/// "print" for one in `_G`. Lua names a builtin so when no call site names
/// it (it was called by another builtin, e.g. `pcall(table.sort)`).
fn global_function_name<'gc>(
    mc: &gc_arena::Mutation<'gc>,
    rt: &RuntimeState<'gc>,
    f: Value<'gc>,
) -> Option<String> {
    use super::table::{as_table, raw_get_str, raw_next};
    let loaded = as_table(raw_get_str(rt.registry, Str::new(mc, b"_LOADED")))?;
    let mut found = None;
    let mut k = Value::Nil;
    while let Ok(Some((name, module))) = raw_next(loaded, k) {
        k = name;
        let (Value::Str(name), Some(module)) = (name, as_table(module)) else {
            continue;
        };
        let mut fk = Value::Nil;
        while let Ok(Some((field, v))) = raw_next(module, fk) {
            fk = field;
            if let (Value::Str(field), true) = (field, v.raw_eq(f)) {
                let module = name.to_str_lossy();
                let field = field.to_str_lossy();
                let full = if module == "_G" {
                    field.into_owned()
                } else {
                    format!("{module}.{field}")
                };
                // Prefer a library's name over `_G`'s (both may hold it).
                if module != "_G" {
                    return Some(full);
                }
                found = Some(full);
            }
        }
    }
    found
}

/// Rewrite "bad argument #N to 'f' (msg)" with the call site's name, or
/// when no call site names the builtin, its global name.
fn rename_bad_argument(ts: &ThreadState<'_>, m: String, global: Option<String>) -> String {
    let Some(rest) = m.strip_prefix("bad argument #") else {
        return m;
    };
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let Ok(n) = digits.parse::<usize>() else {
        return m;
    };
    let Some(after) = rest[digits.len()..].strip_prefix(" to '") else {
        return m;
    };
    let Some(q) = after.find("' (") else {
        return m;
    };
    let detail = &after[q + 3..];
    let detail = detail.strip_suffix(')').unwrap_or(detail);
    match call_site(ts) {
        Some(CallSite::Method(name)) => {
            if n == 1 {
                format!("calling '{name}' on bad self ({detail})")
            } else {
                format!("bad argument #{} to '{name}' ({detail})", n - 1)
            }
        }
        Some(CallSite::Named(name)) => format!("bad argument #{n} to '{name}' ({detail})"),
        Some(CallSite::ForIterator) => format!("bad argument #{n} to 'for iterator' ({detail})"),
        None => match global {
            Some(name) => format!("bad argument #{n} to '{name}' ({detail})"),
            None => m,
        },
    }
}

/// How an uncaught error value prints (lua.c's msghandler).
fn error_text<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> String {
    match v {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        Value::Int(_) | Value::Float(_) => {
            String::from_utf8_lossy(&super::tostring::basic_tostring(v)).into_owned()
        }
        other => format!(
            "(error object is a {} value)",
            super::compare::object_type_name(rt, other)
        ),
    }
}

/// A Lua-style traceback of a thread's frames, innermost first.
fn traceback(ts: &ThreadState<'_>) -> String {
    let mut out = String::from("stack traceback:");
    let mut lines = Vec::new();
    for frame in frames(ts) {
        match frame {
            TraceFrame::Compiled {
                chunk,
                line,
                name,
                line_defined,
                hook,
                metamethod,
            } => {
                let what = if hook {
                    "hook '?'".to_string()
                } else if let (Some(event), true) = (metamethod, name.is_empty()) {
                    format!("metamethod '{event}'")
                } else if line_defined == 0 {
                    "main chunk".to_string()
                } else if name.is_empty() {
                    format!("function <{chunk}:{line_defined}>")
                } else {
                    format!("function '{name}'")
                };
                lines.push(format!("\n\t{chunk}:{line}: in {what}"));
            }
            TraceFrame::Native { name } => lines.push(format!("\n\t[C]: in function '{name}'")),
        }
    }
    if lines.len() > 22 {
        let skipped = lines.len() - 21;
        let tail = lines.split_off(lines.len() - 11);
        lines.truncate(10);
        lines.push(format!("\n\t...\t(skipping {skipped} levels)"));
        lines.extend(tail);
    }
    for l in lines {
        out.push_str(&l);
    }
    out.push_str("\n\t[C]: in ?");
    out
}

/// A call that does not fit a function's parameters (only functions of
/// languages with keyword or strict parameters raise these).
fn arity_message(a: &crate::model::ArityError) -> String {
    use crate::model::ArityError;
    match a {
        ArityError::TooMany { func, max, given } => {
            format!("{func}() takes {max} positional arguments but {given} were given")
        }
        ArityError::Missing { func, names } => {
            format!(
                "{func}() missing required argument(s): {}",
                names.join(", ")
            )
        }
        ArityError::MissingKeyword { func, names } => format!(
            "{func}() missing required keyword-only argument(s): {}",
            names.join(", ")
        ),
        ArityError::UnexpectedKeyword { func, name } => {
            format!("{func}() got an unexpected keyword argument '{name}'")
        }
        ArityError::Multiple { func, name } => {
            format!("{func}() got multiple values for argument '{name}'")
        }
        ArityError::NoKeywords { func } => format!("{func}() takes no keyword arguments"),
    }
}
