//! Natives the lowered code calls for operations the IR has no
//! instruction for: `new` (ECMA-262 §13.3.5 EvaluateNew, §10.2.2
//! [[Construct]]), function and class creation (§10.2.3 OrdinaryFunctionCreate,
//! §15.7.14 ClassDefinitionEvaluation), `typeof` (§13.5.3), `instanceof`
//! (§13.10.2 InstanceofOperator), `in`, `==`, `%`, the bitwise operators,
//! `super`. Every native takes `this` first (unused here).

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::model::Step;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::{attrs, Object};
use omx_core::protocol::js::convert::{number_value, to_int32, to_number, to_uint32};
use omx_core::protocol::js::explain::construct_step;
use omx_core::protocol::js::model::{
    fflags, fslot, is_array, is_callable, is_function, is_proxy, is_symbol,
};
use omx_core::protocol::js::ops::{new_array, new_object};
use omx_core::protocol::js::realm::{intrinsic, proto, realm, Slot};
use omx_core::protocol::js::{error, JS_FUNCTION, JS_ORDINARY};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::trace::OpKind;
use omx_core::value::Value;

use super::register;

pub(crate) fn arg<'gc>(args: &[Value<'gc>], i: usize) -> Value<'gc> {
    args.get(i).copied().unwrap_or(Value::Nil)
}

pub(crate) fn throw_type<'gc>(ctx: &mut Ctx<'gc, '_>, msg: &str) -> NativeError<'gc> {
    NativeError::Throw(error::make_error(ctx, Slot::TypeErrorProto, msg))
}

pub(crate) fn str_val<'gc>(ctx: &mut Ctx<'gc, '_>, s: &str) -> Value<'gc> {
    Value::Str(Str::new(ctx.mc, s.as_bytes()))
}

/// Finish a native with the result of a protocol step.
pub(crate) fn step_result<'gc>(ctx: &mut Ctx<'gc, '_>, step: Step<'gc>) -> NativeResult<'gc> {
    match step {
        Step::Done(v) => ctx.ret1(v),
        Step::Absent => ctx.ret1(Value::Nil),
        other => Ok(Outcome::step(
            other,
            Continuation::new(pass_first, Vec::new()),
        )),
    }
}

pub(crate) fn pass_first<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match r {
        Ok(v) => ctx.ret1(v.first().copied().unwrap_or(Value::Nil)),
        Err(e) => Err(NativeError::Throw(e)),
    }
}

pub(crate) fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, i: Object<'gc>) {
    let table: [(&'static str, omx_core::native::NativeFn); 35] = [
        ("setStrict", |ctx, a| {
            let prev = omx_core::protocol::js::realm::is_strict(ctx.rt);
            if let Some(r) = realm(ctx.rt) {
                r.set_internal(
                    ctx.mc,
                    Slot::Strict as usize,
                    Value::Bool(matches!(arg(a, 1), Value::Bool(true))),
                );
            }
            ctx.ret1(Value::Bool(prev))
        }),
        ("register", register_intrinsic),
        ("array", make_array),
        ("toArray", to_array),
        ("templateObject", |ctx, a| {
            if let (Value::Object(s), raw) = (arg(a, 1), arg(a, 2)) {
                let k = ctx.rt.intern(ctx.mc, b"raw");
                s.define_field(ctx.mc, k, raw, attrs::HIDDEN);
            }
            ctx.ret1(arg(a, 1))
        }),
        ("constructWith", |ctx, a| {
            let args: Vec<Value<'_>> = match arg(a, 3) {
                Value::Object(l) => l.with_array(|x| x.iter().map(|v| v.or_nil()).collect()),
                _ => vec![],
            };
            do_construct(ctx, arg(a, 1), arg(a, 2), args)
        }),
        ("mkfunc", mkfunc),
        ("mkclass", mkclass),
        ("takeNewTarget", |ctx, _| {
            let v = intrinsic(ctx.rt, Slot::Count);
            if let Some(r) = realm(ctx.rt) {
                r.set_internal(ctx.mc, Slot::Count as usize, Value::Nil);
            }
            ctx.ret1(v.or_nil())
        }),
        ("superCall", super_call),
        ("initFields", |ctx, a| {
            let this = arg(a, 1);
            let init = arg(a, 2)
                .as_object()
                .map(|c| c.internal(fslot::FIELDS))
                .unwrap_or(Value::Nil);
            if init.is_nil() || init.is_empty() {
                return ctx.ret1(this);
            }
            // §10.2.1.3 step 10 (via super(...)): a derived class's fields.
            step(ctx, "js.construct.derived_fields", arg(a, 2));
            Ok(Outcome::call(
                init,
                vec![this],
                Continuation::new(return_state, vec![this]),
            ))
        }),
        ("superGet", |ctx, a| {
            let Value::Object(home) = arg(a, 1) else {
                return ctx.ret1(Value::Nil);
            };
            let Some(parent) = home.meta() else {
                return ctx.ret1(Value::Nil);
            };
            let key = omx_core::protocol::js::key::to_key(ctx.mc, arg(a, 2)).unwrap_or(Value::Nil);
            let step = omx_core::protocol::js::get::get(ctx, parent, key, arg(a, 3));
            step_result(ctx, step)
        }),
        ("typeof", |ctx, a| {
            let t = type_of(arg(a, 1));
            let v = str_val(ctx, t);
            ctx.ret1(v)
        }),
        ("toNumber", |ctx, a| to_number_native(ctx, arg(a, 1))),
        ("toNumeric", |ctx, a| to_number_native(ctx, arg(a, 1))),
        ("toStr", |ctx, a| {
            let step = (omx_core::protocol::js::JS.tostring)(ctx, arg(a, 1));
            step_result(ctx, step)
        }),
        ("toKey", |ctx, a| {
            let v = arg(a, 1);
            match omx_core::protocol::js::key::to_key(ctx.mc, v) {
                Some(k) => {
                    let k = match k {
                        Value::Int(_) => k,
                        other => other,
                    };
                    ctx.ret1(k)
                }
                None => {
                    let step = (omx_core::protocol::js::JS.tostring)(ctx, v);
                    step_result(ctx, step)
                }
            }
        }),
        ("rem", |ctx, a| arith(ctx, a, omx_core::ir::BinOp::Mod)),
        ("bitand", |ctx, a| arith(ctx, a, omx_core::ir::BinOp::BAnd)),
        ("bitor", |ctx, a| arith(ctx, a, omx_core::ir::BinOp::BOr)),
        ("bitxor", |ctx, a| arith(ctx, a, omx_core::ir::BinOp::BXor)),
        ("shl", |ctx, a| arith(ctx, a, omx_core::ir::BinOp::Shl)),
        ("shr", |ctx, a| arith(ctx, a, omx_core::ir::BinOp::Shr)),
        ("ushr", |ctx, a| {
            let (Some(x), Some(y)) = (to_number(arg(a, 1)), to_number(arg(a, 2))) else {
                return Err(throw_type(ctx, "Cannot convert object to primitive value"));
            };
            ctx.ret1(Value::Int((to_uint32(x) >> (to_uint32(y) & 31)) as i64))
        }),
        ("bitnot", |ctx, a| {
            let x = to_number(arg(a, 1)).unwrap_or(f64::NAN);
            ctx.ret1(Value::Int(!to_int32(x) as i64))
        }),
        ("looseEq", |ctx, a| {
            let (x, y) = (arg(a, 1), arg(a, 2));
            match omx_core::protocol::js::equality::loose_equal(x, y) {
                Some(b) => ctx.ret1(Value::Bool(b)),
                None => {
                    let helper = intrinsic(ctx.rt, Slot::HelperCompare);
                    Ok(Outcome::tail_call(
                        helper,
                        vec![Value::Nil, Value::Int(9), x, y],
                    ))
                }
            }
        }),
        ("has", |ctx, a| match arg(a, 1) {
            Value::Object(o) if !is_symbol(o) => {
                let step = (o.model().has)(ctx, o, arg(a, 2));
                step_result(ctx, step)
            }
            other => {
                let msg = format!(
                    "Cannot use 'in' operator to search for '{}' in {}",
                    omx_core::protocol::js::convert::primitive_to_string(arg(a, 2))
                        .unwrap_or_default(),
                    omx_core::protocol::js::convert::primitive_to_string(other).unwrap_or_default()
                );
                Err(throw_type(ctx, &msg))
            }
        }),
        ("instanceOf", instance_of),
        ("forInKeys", for_in_keys),
        ("requireObjectCoercible", |ctx, a| match arg(a, 1) {
            Value::Nil | Value::Null => Err(throw_type(
                ctx,
                "Cannot destructure 'undefined' as it is undefined.",
            )),
            v => ctx.ret1(v),
        }),
        ("objectRest", |ctx, a| {
            let out = new_object(ctx);
            if let (Value::Object(src), Value::Object(ex)) = (arg(a, 1), arg(a, 2)) {
                let excluded: Vec<Value<'_>> = ex.with_array(|x| {
                    x.iter()
                        .map(|k| omx_core::protocol::js::key::to_key(ctx.mc, *k).unwrap_or(*k))
                        .collect()
                });
                for k in omx_core::protocol::js::keys::own_keys(ctx.mc, src) {
                    if k.attrs & attrs::HIDDEN != 0 || excluded.iter().any(|e| e.raw_eq(k.key)) {
                        continue;
                    }
                    if let Some(v) = omx_core::protocol::js::get::get_data(src, k.key) {
                        omx_core::protocol::js::set::write_own(ctx, out, k.key, v);
                    }
                }
            }
            ctx.ret1(Value::Object(out))
        }),
        ("sliceFrom", |ctx, a| {
            let n = match arg(a, 2) {
                Value::Int(n) => n.max(0) as usize,
                _ => 0,
            };
            let items: Vec<Value<'_>> = match arg(a, 1) {
                Value::Object(o) => o.with_array(|x| {
                    x.get(n..)
                        .map(|s| s.iter().map(|v| v.or_nil()).collect())
                        .unwrap_or_default()
                }),
                _ => vec![],
            };
            let arr = new_array(ctx, &items);
            ctx.ret1(Value::Object(arr))
        }),
        ("checkThis", |ctx, a| match arg(a, 1) {
            Value::Nil | Value::Empty => {
                let e = error::make_error(ctx, Slot::ReferenceErrorProto, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
                Err(NativeError::Throw(e))
            }
            v => ctx.ret1(v),
        }),
        ("isCallable", |ctx, a| {
            ctx.ret1(Value::Bool(is_callable(arg(a, 1))))
        }),
        ("isConstructor", |ctx, a| {
            ctx.ret1(Value::Bool(is_constructor(arg(a, 1))))
        }),
    ];
    for (name, f) in table {
        register(mc, rt, i, name, f);
    }
    // `new f(...)`: the VM runs ordinary constructors itself
    // (omx_core::protocol::js::construct); this native is the rule for
    // every other.
    let k = rt.intern(mc, b"construct");
    let native = NativeFunction::constructor_rule(mc, "construct", construct);
    i.set_field(mc, k, Value::Native(native));
}

/// IsConstructor (§7.2.4): functions other than arrows, methods and
/// generators; a Proxy whose target is one.
fn is_constructor(v: Value<'_>) -> bool {
    match v {
        Value::Object(o) if is_function(o) => {
            !matches!(o.internal(fslot::FLAGS), Value::Int(f) if f & fflags::NO_CONSTRUCT != 0)
        }
        Value::Object(o) if is_proxy(o) => is_constructor(o.internal(0)),
        _ => false,
    }
}

/// `array(...items)`: an array literal (the intrinsic `hole` marks `[a, , b]`).
fn make_array<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let hole = intrinsic(ctx.rt, Slot::Intrinsics)
        .as_object()
        .map(|i| i.get_field(ctx.rt.intern(ctx.mc, b"hole")))
        .unwrap_or(Value::Empty);
    let items: Vec<Value<'gc>> = a
        .get(1..)
        .unwrap_or(&[])
        .iter()
        .map(|v| {
            if !hole.is_empty() && v.raw_eq(hole) {
                Value::Empty
            } else {
                *v
            }
        })
        .collect();
    let arr = new_array(ctx, &items);
    ctx.ret1(Value::Object(arr))
}

fn return_state<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    if let Err(e) = r {
        return Err(NativeError::Throw(e));
    }
    ctx.ret1(state.first().copied().unwrap_or(Value::Nil))
}

/// `__omx.register(name, value)`: an intrinsic made by the prelude.
fn register_intrinsic<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Str(name) = arg(a, 1) else {
        return Ok(Outcome::Return);
    };
    let slot = match name.as_bytes() {
        b"TypeError" => Slot::TypeErrorProto,
        b"RangeError" => Slot::RangeErrorProto,
        b"ReferenceError" => Slot::ReferenceErrorProto,
        b"SyntaxError" => Slot::SyntaxErrorProto,
        b"Error" => Slot::ErrorProto,
        b"iterator" => Slot::SymIterator,
        b"hasInstance" => Slot::SymHasInstance,
        b"toPrimitive" => Slot::SymToPrimitive,
        b"toStringTag" => Slot::SymToStringTag,
        b"binary" => Slot::HelperBinary,
        b"compare" => Slot::HelperCompare,
        b"toString" => Slot::HelperToString,
        b"iterate" => Slot::HelperIterate,
        _ => return Ok(Outcome::Return),
    };
    if let Some(r) = realm(ctx.rt) {
        r.set_internal(ctx.mc, slot as usize, arg(a, 2));
    }
    Ok(Outcome::Return)
}

/// §13.5.3 typeof.
pub fn type_of(v: Value<'_>) -> &'static str {
    match v {
        Value::Nil | Value::Empty => "undefined",
        Value::Null => "object",
        Value::Bool(_) => "boolean",
        Value::Int(_) | Value::Float(_) => "number",
        Value::Str(_) => "string",
        Value::BigInt(_) => "bigint",
        Value::Object(o) if is_symbol(o) => "symbol",
        v if is_callable(v) => "function",
        _ => "object",
    }
}

fn to_number_native<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> NativeResult<'gc> {
    match v {
        Value::Int(_) | Value::Float(_) => ctx.ret1(v),
        other => match to_number(other) {
            Some(f) => ctx.ret1(number_value(f)),
            None => {
                let step = (omx_core::protocol::js::JS.binary)(
                    ctx,
                    omx_core::ir::BinOp::Mul,
                    other,
                    Value::Int(1),
                );
                step_result(ctx, step)
            }
        },
    }
}

fn arith<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    a: &[Value<'gc>],
    op: omx_core::ir::BinOp,
) -> NativeResult<'gc> {
    let step = (omx_core::protocol::js::JS.binary)(ctx, op, arg(a, 1), arg(a, 2));
    step_result(ctx, step)
}

/// `toArray(v)`: an array's own elements, a string's characters, or
/// anything iterable through the prelude.
fn to_array<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(a, 1);
    match v {
        Value::Object(o) if is_array(o) => ctx.ret1(v),
        Value::Str(s) => {
            let chars: Vec<Value<'gc>> = s
                .to_str_lossy()
                .chars()
                .map(|c| Value::Str(Str::new(ctx.mc, c.to_string().as_bytes())))
                .collect();
            let arr = new_array(ctx, &chars);
            ctx.ret1(Value::Object(arr))
        }
        _ => {
            let helper = intrinsic(ctx.rt, Slot::HelperIterate);
            Ok(Outcome::tail_call(
                helper,
                vec![Value::Nil, v, Value::Bool(true)],
            ))
        }
    }
}

/// §10.2.3 OrdinaryFunctionCreate + MakeConstructor: a function object
/// around `closure` with `length`, `name` and (for constructors) a
/// `prototype` whose `constructor` is the function.
fn mkfunc<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let flags = match arg(a, 4) {
        Value::Int(f) => f,
        _ => 0,
    };
    let f = new_function(ctx, arg(a, 1), arg(a, 2), arg(a, 3), flags);
    if let Value::Str(_) = arg(a, 5) {
        f.set_internal(ctx.mc, fslot::SOURCE, arg(a, 5));
    }
    if flags & (fflags::GENERATOR | fflags::ASYNC) != 0 {
        // %GeneratorFunction.prototype% (§27.3.3) or
        // %AsyncFunction.prototype% (§27.7.3), made by the prelude.
        let name: &[u8] = if flags & fflags::ASYNC != 0 {
            b"AsyncFunctionPrototype"
        } else {
            b"GeneratorFunctionPrototype"
        };
        let key = ctx.rt.intern(ctx.mc, name);
        if let Some(Value::Object(p)) = intrinsic(ctx.rt, Slot::Intrinsics)
            .as_object()
            .map(|i| i.get_field(key))
        {
            f.set_meta(ctx.mc, Some(p));
        }
    }
    if flags & fflags::NO_CONSTRUCT == 0 {
        let p = new_object(ctx);
        let ck = ctx.rt.intern(ctx.mc, b"constructor");
        p.define_field(ctx.mc, ck, Value::Object(f), attrs::HIDDEN);
        let pk = ctx.rt.intern(ctx.mc, b"prototype");
        f.define_field(
            ctx.mc,
            pk,
            Value::Object(p),
            attrs::HIDDEN | attrs::PERMANENT,
        );
    }
    ctx.ret1(Value::Object(f))
}

pub(crate) fn new_function<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    call: Value<'gc>,
    name: Value<'gc>,
    length: Value<'gc>,
    flags: i64,
) -> Object<'gc> {
    let f = Object::new(ctx.mc, ctx.rt.root_shape, &JS_FUNCTION);
    f.set_meta(ctx.mc, proto(ctx.rt, Slot::FunctionProto));
    f.set_internal(ctx.mc, fslot::CALL, call);
    f.set_internal(ctx.mc, fslot::FLAGS, Value::Int(flags));
    let lk = ctx.rt.intern(ctx.mc, b"length");
    let nk = ctx.rt.intern(ctx.mc, b"name");
    let ro = attrs::HIDDEN | attrs::READ_ONLY;
    f.define_field(ctx.mc, lk, length.or_nil(), ro);
    let name = if let Value::Str(_) = name {
        name
    } else {
        Value::Str(Str::new(ctx.mc, b""))
    };
    f.define_field(ctx.mc, nk, name, ro);
    f
}

/// §15.7.14 ClassDefinitionEvaluation steps for the constructor:
/// `mkclass(closure, name, length, flags, parent, derived, fieldsInit)`.
fn mkclass<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let flags = match arg(a, 4) {
        Value::Int(f) => f,
        _ => 0,
    };
    let derived = matches!(arg(a, 6), Value::Bool(true));
    let parent = arg(a, 5);
    // 8. protoParent and constructorParent.
    let (proto_parent, ctor_parent) = if !derived {
        (
            proto(ctx.rt, Slot::ObjectProto),
            proto(ctx.rt, Slot::FunctionProto),
        )
    } else {
        match parent {
            Value::Null => (None, proto(ctx.rt, Slot::FunctionProto)),
            Value::Object(p) if is_callable(parent) => {
                let pp = omx_core::protocol::js::get::get_data(
                    p,
                    Value::Str(ctx.rt.intern(ctx.mc, b"prototype")),
                );
                match pp {
                    Some(Value::Object(o)) => (Some(o), Some(p)),
                    Some(Value::Null) => (None, Some(p)),
                    _ => {
                        return Err(throw_type(
                            ctx,
                            "Class extends value does not have valid prototype property",
                        ))
                    }
                }
            }
            other => {
                let text = format!(
                    "Class extends value {} is not a constructor or null",
                    omx_core::protocol::js::convert::primitive_to_string(other)
                        .unwrap_or_else(|| "[object]".into())
                );
                return Err(throw_type(ctx, &text));
            }
        }
    };
    let flags = if derived && matches!(parent, Value::Null) {
        flags & !fflags::DERIVED
    } else {
        flags
    };
    let f = new_function(ctx, arg(a, 1), arg(a, 2), arg(a, 3), flags);
    f.set_meta(ctx.mc, ctor_parent);
    f.mark_proto();
    let p = Object::new(ctx.mc, ctx.rt.root_shape, &JS_ORDINARY);
    p.set_meta(ctx.mc, proto_parent);
    p.mark_proto();
    let ck = ctx.rt.intern(ctx.mc, b"constructor");
    p.define_field(ctx.mc, ck, Value::Object(f), attrs::HIDDEN);
    let pk = ctx.rt.intern(ctx.mc, b"prototype");
    f.define_field(
        ctx.mc,
        pk,
        Value::Object(p),
        attrs::HIDDEN | attrs::PERMANENT | attrs::READ_ONLY,
    );
    f.set_internal(ctx.mc, fslot::FIELDS, arg(a, 7));
    if let Value::Str(_) = arg(a, 8) {
        f.set_internal(ctx.mc, fslot::SOURCE, arg(a, 8));
    }
    ctx.ret1(Value::Object(f))
}

/// `construct(F, newTarget, ...args)`: §10.2.2 [[Construct]].
fn construct<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(a, 1);
    let nt = arg(a, 2);
    let args = a.get(3..).unwrap_or(&[]).to_vec();
    if !ctx.rt.tracing {
        return do_construct(ctx, f, nt, args);
    }
    // Explained: `new F(...)` is one operation, answered by its result.
    omx_core::trace::native::begin(ctx, OpKind::Construct, f, None, 1);
    let result = do_construct(ctx, f, nt, args);
    match &result {
        Ok(Outcome::Return) => {
            let first = ctx.ret.first().copied().unwrap_or_default();
            omx_core::trace::native::end(ctx, Ok(first));
        }
        Err(e) => omx_core::trace::native::fail(ctx, e),
        Ok(_) => omx_core::trace::native::wait(ctx),
    }
    result
}

/// A step of [[Construct]] on `f`, when explained.
fn step<'gc>(ctx: &Ctx<'gc, '_>, rule: &'static str, f: Value<'gc>) {
    if ctx.rt.tracing {
        construct_step(ctx.rt, rule, f);
    }
}

pub(crate) fn do_construct<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    f: Value<'gc>,
    nt: Value<'gc>,
    args: Vec<Value<'gc>>,
) -> NativeResult<'gc> {
    let Value::Object(fo) = f else {
        let text = format!(
            "{} is not a constructor",
            omx_core::protocol::js::convert::primitive_to_string(f)
                .unwrap_or_else(|| "value".into())
        );
        return Err(throw_type(ctx, &text));
    };
    if is_proxy(fo) {
        let handler = fo.internal(1);
        let trap = handler
            .as_object()
            .and_then(|h| {
                omx_core::protocol::js::get::get_data(
                    h,
                    Value::Str(ctx.rt.intern(ctx.mc, b"construct")),
                )
            })
            .unwrap_or(Value::Nil);
        let target = fo.internal(0);
        if trap.is_nil() {
            step(ctx, "js.construct.proxy_target", f);
            let nt = if nt.raw_eq(f) { target } else { nt };
            return do_construct(ctx, target, nt, args);
        }
        step(ctx, "js.construct.proxy_trap", f);
        let list = new_array(ctx, &args);
        return Ok(Outcome::call(
            trap,
            vec![handler, target, Value::Object(list), nt],
            Continuation::new(construct_trap_result, vec![]),
        ));
    }
    let flags = match fo.internal(fslot::FLAGS) {
        Value::Int(x) if is_function(fo) => x,
        _ => fflags::NO_CONSTRUCT,
    };
    if flags & fflags::NO_CONSTRUCT != 0 {
        let name = error::lookup_data_str(fo, b"name")
            .and_then(omx_core::protocol::js::convert::primitive_to_string)
            .unwrap_or_default();
        let name = if name.is_empty() {
            "anonymous".to_string()
        } else {
            name
        };
        return Err(throw_type(ctx, &format!("{name} is not a constructor")));
    }
    if let Value::Object(b) = fo.internal(fslot::BOUND) {
        // A bound function: its target with the bound arguments first.
        step(ctx, "js.construct.bound", f);
        let target = b.internal(0);
        let mut all: Vec<Value<'gc>> = b.with_array(|x| x.to_vec());
        all.extend(args);
        let nt = if nt.raw_eq(f) { target } else { nt };
        return do_construct(ctx, target, nt, all);
    }
    let call = fo.internal(fslot::CALL);
    if flags & fflags::NEW_TARGET != 0 {
        if let Some(r) = realm(ctx.rt) {
            r.set_internal(ctx.mc, Slot::Count as usize, nt);
        }
    }
    if flags & fflags::DERIVED != 0 {
        step(ctx, "js.construct.derived", f);
        let mut all = vec![Value::Nil];
        all.extend(args);
        return Ok(Outcome::call(
            call,
            all,
            Continuation::new(construct_result, vec![Value::Nil, f]),
        ));
    }
    // OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%").
    let obj = new_object(ctx);
    // A Proxy as new.target: its target's prototype (no `get` trap).
    let mut nt = nt;
    for _ in 0..omx_core::protocol::js::MAX_CHAIN {
        match nt {
            Value::Object(p) if is_proxy(p) => nt = p.internal(0),
            _ => break,
        }
    }
    if let Value::Object(nto) = nt {
        let pk = Value::Str(ctx.rt.intern(ctx.mc, b"prototype"));
        if let Some(Value::Object(p)) = omx_core::protocol::js::get::get_data(nto, pk) {
            obj.set_meta(ctx.mc, Some(p));
        }
    }
    step(ctx, "js.construct.create", nt);
    let this = Value::Object(obj);
    let mut all = vec![this];
    all.extend(args);
    let init = fo.internal(fslot::FIELDS);
    if init.is_nil() || init.is_empty() {
        step(ctx, "js.construct.call", f);
        return Ok(Outcome::call(
            call,
            all,
            Continuation::new(construct_result, vec![this, f]),
        ));
    }
    step(ctx, "js.construct.fields", f);
    let mut state = vec![this, f, call];
    state.extend(all);
    Ok(Outcome::call(
        init,
        vec![this],
        Continuation::new(after_fields, state),
    ))
}

/// §10.5.13 step 11: a `construct` trap must return an object.
fn construct_trap_result<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = match r {
        Ok(v) => v.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    match v {
        Value::Object(o) if !is_symbol(o) => ctx.ret1(v),
        _ => Err(throw_type(ctx, "proxy [[Construct]] must return an object")),
    }
}

fn after_fields<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    if let Err(e) = r {
        return Err(NativeError::Throw(e));
    }
    let (this, f, call) = (state[0], state[1], state[2]);
    let args = state[3..].to_vec();
    step(ctx, "js.construct.call", f);
    Ok(Outcome::call(
        call,
        args,
        Continuation::new(construct_result, vec![this, f]),
    ))
}

/// §10.2.2 steps 10–12: an object returned wins over `this`.
fn construct_result<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = match r {
        Ok(v) => v.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    let f = state.get(1).copied().unwrap_or_default();
    // A derived constructor has no `this` of its own: it returns the one
    // `super(...)` made.
    let derived = state.first().is_none_or(|t| t.is_nil());
    match v {
        Value::Object(o) if !is_symbol(o) => {
            let rule = if derived {
                "js.construct.derived_this"
            } else {
                "js.construct.override"
            };
            step(ctx, rule, f);
            ctx.ret1(v)
        }
        Value::Closure(_) | Value::Native(_) => {
            step(ctx, "js.construct.override", f);
            ctx.ret1(v)
        }
        _ => {
            step(ctx, "js.construct.this", f);
            ctx.ret1(state.first().copied().unwrap_or(Value::Nil))
        }
    }
}

/// `super(...args)`: construct the parent with the derived `new.target`.
fn super_call<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let nt = arg(a, 1);
    let parent = arg(a, 2);
    let args = a.get(3..).unwrap_or(&[]).to_vec();
    do_construct(ctx, parent, nt, args)
}

/// §13.10.2 InstanceofOperator.
fn instance_of<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(a, 1);
    let c = arg(a, 2);
    let Value::Object(co) = c else {
        return Err(throw_type(
            ctx,
            "Right-hand side of 'instanceof' is not callable",
        ));
    };
    let hi = intrinsic(ctx.rt, Slot::SymHasInstance);
    if let Some(h) = omx_core::protocol::js::get::get_data(co, hi) {
        if is_callable(h) && !is_builtin_has_instance(ctx.rt, h) {
            return Ok(Outcome::call(
                h,
                vec![c, v],
                Continuation::new(to_bool_result, vec![]),
            ));
        }
    }
    if !is_callable(c) {
        return Err(throw_type(
            ctx,
            "Right-hand side of 'instanceof' is not callable",
        ));
    }
    let target = match co.internal(fslot::BOUND) {
        Value::Object(b) => b.internal(0).as_object().unwrap_or(co),
        _ => co,
    };
    let pk = Value::Str(ctx.rt.intern(ctx.mc, b"prototype"));
    let Some(Value::Object(p)) = omx_core::protocol::js::get::get_data(target, pk) else {
        return ctx.ret1(Value::Bool(false));
    };
    if let Value::Object(po) = v {
        if is_proxy(po) {
            // A Proxy's [[GetPrototypeOf]] may be a trap: the prelude walks it.
            let key = ctx.rt.intern(ctx.mc, b"instanceOfSlow");
            let slow = intrinsic(ctx.rt, Slot::Intrinsics)
                .as_object()
                .map(|i| i.get_field(key))
                .unwrap_or(Value::Nil);
            if !slow.is_nil() && !slow.is_empty() {
                return Ok(Outcome::tail_call(
                    slow,
                    vec![Value::Nil, v, Value::Object(p)],
                ));
            }
        }
    }
    let Value::Object(mut o) = v else {
        return ctx.ret1(Value::Bool(false));
    };
    for _ in 0..omx_core::protocol::js::MAX_CHAIN {
        match o.meta() {
            Some(m) if m == p => return ctx.ret1(Value::Bool(true)),
            Some(m) => o = m,
            None => break,
        }
    }
    ctx.ret1(Value::Bool(false))
}

fn is_builtin_has_instance<'gc>(rt: &RuntimeState<'gc>, h: Value<'gc>) -> bool {
    let fp = proto(rt, Slot::FunctionProto);
    let hi = intrinsic(rt, Slot::SymHasInstance);
    fp.and_then(|f| omx_core::protocol::js::get::get_data(f, hi))
        .is_some_and(|b| b.raw_eq(h))
}

fn to_bool_result<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match r {
        Ok(v) => ctx.ret1(Value::Bool(omx_core::protocol::js::convert::to_boolean(
            v.first().copied().unwrap_or(Value::Nil),
        ))),
        Err(e) => Err(NativeError::Throw(e)),
    }
}

/// The keys `for-in` visits (§14.7.5.9 EnumerateObjectProperties): own
/// enumerable string keys, then the prototype's not yet seen.
fn for_in_keys<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut out: Vec<Value<'gc>> = Vec::new();
    let mut seen: Vec<Value<'gc>> = Vec::new();
    let mut cur = match arg(a, 1) {
        Value::Object(o) => Some(o),
        Value::Str(s) => {
            let n = s.to_str_lossy().chars().count();
            let keys: Vec<Value<'gc>> = (0..n)
                .map(|i| Value::Str(Str::new(ctx.mc, i.to_string().as_bytes())))
                .collect();
            let arr = new_array(ctx, &keys);
            return ctx.ret1(Value::Object(arr));
        }
        _ => None,
    };
    let mut guard = 0;
    while let Some(o) = cur {
        guard += 1;
        if guard > omx_core::protocol::js::MAX_CHAIN || is_proxy(o) {
            break;
        }
        for k in omx_core::protocol::js::keys::own_keys(ctx.mc, o) {
            if matches!(k.key, Value::Object(_)) || seen.iter().any(|s| s.raw_eq(k.key)) {
                continue;
            }
            seen.push(k.key);
            if k.attrs & attrs::HIDDEN == 0 {
                let text = omx_core::protocol::js::key::key_text(k.key);
                out.push(Value::Str(Str::new(ctx.mc, text.as_bytes())));
            }
        }
        cur = o.meta();
    }
    let arr = new_array(ctx, &out);
    ctx.ret1(Value::Object(arr))
}
