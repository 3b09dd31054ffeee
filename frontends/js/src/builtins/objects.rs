//! Object natives (ECMA-262 §20.1.2 Object constructor functions,
//! §7.3 operations on objects): defineProperty with
//! ValidateAndApplyPropertyDescriptor, getOwnPropertyDescriptor, the own
//! keys with their attributes, prototypes, integrity levels; generator
//! resumption (§27.5.3); the host's output.

use gc_arena::Mutation;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome, ResumeMode};
use omx_core::object::{attrs, flags, Object};
use omx_core::protocol::js::define::{define_own, make_pair, own_descriptor, Descriptor};
use omx_core::protocol::js::get::get_data;
use omx_core::protocol::js::key::to_key;
use omx_core::protocol::js::keys::own_keys;
use omx_core::protocol::js::model::{is_array, is_proxy, JS_PROXY};
use omx_core::protocol::js::ops::{new_array, new_object};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::thread::ThreadStatus;
use omx_core::value::Value;

use super::intrinsics::{arg, throw_type};
use super::register;

fn key_of<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Value<'gc> {
    to_key(ctx.mc, v).unwrap_or(v)
}

fn obj_arg<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    a: &[Value<'gc>],
    i: usize,
    what: &str,
) -> Result<Object<'gc>, NativeError<'gc>> {
    match arg(a, i) {
        Value::Object(o) => Ok(o),
        _ => Err(throw_type(ctx, what)),
    }
}

fn descriptor_from<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    d: Value<'gc>,
) -> Result<Descriptor<'gc>, NativeError<'gc>> {
    let Value::Object(o) = d else {
        let t = format!(
            "Property description must be an object: {}",
            omx_core::protocol::js::convert::primitive_to_string(d).unwrap_or_default()
        );
        return Err(throw_type(ctx, &t));
    };
    let mut field = |name: &[u8]| {
        let k = Value::Str(ctx.rt.intern(ctx.mc, name));
        get_data(o, k)
    };
    let b = |v: Option<Value<'gc>>| v.map(omx_core::protocol::js::convert::to_boolean);
    let desc = Descriptor {
        value: field(b"value"),
        writable: b(field(b"writable")),
        get: field(b"get"),
        set: field(b"set"),
        enumerable: b(field(b"enumerable")),
        configurable: b(field(b"configurable")),
    };
    if desc.is_accessor() && desc.is_data() {
        return Err(throw_type(ctx, "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>"));
    }
    for g in [desc.get, desc.set].into_iter().flatten() {
        if !g.is_nil() && !omx_core::protocol::js::model::is_callable(g) {
            let t = format!(
                "Getter must be a function: {}",
                omx_core::protocol::js::convert::primitive_to_string(g)
                    .unwrap_or_else(|| "#<Object>".into())
            );
            return Err(throw_type(ctx, &t));
        }
    }
    Ok(desc)
}

fn descriptor_object<'gc>(ctx: &mut Ctx<'gc, '_>, d: Descriptor<'gc>) -> Value<'gc> {
    let o = new_object(ctx);
    let put = |ctx: &mut Ctx<'gc, '_>, k: &[u8], v: Value<'gc>| {
        let k = ctx.rt.intern(ctx.mc, k);
        o.set_field(ctx.mc, k, v);
    };
    if let Some(v) = d.value {
        put(ctx, b"value", v);
        put(ctx, b"writable", Value::Bool(d.writable.unwrap_or(false)));
    } else {
        put(ctx, b"get", d.get.unwrap_or(Value::Nil));
        put(ctx, b"set", d.set.unwrap_or(Value::Nil));
    }
    put(
        ctx,
        b"enumerable",
        Value::Bool(d.enumerable.unwrap_or(false)),
    );
    put(
        ctx,
        b"configurable",
        Value::Bool(d.configurable.unwrap_or(false)),
    );
    Value::Object(o)
}

pub(crate) fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, i: Object<'gc>) {
    let table: [(&'static str, omx_core::native::NativeFn); 20] = [
        ("defineProperty", |ctx, a| {
            let o = obj_arg(ctx, a, 1, "Object.defineProperty called on non-object")?;
            let k = key_of(ctx, arg(a, 2));
            let d = descriptor_from(ctx, arg(a, 3))?;
            match define_own(ctx, o, k, d) {
                Ok(()) => ctx.ret1(Value::Object(o)),
                Err(m) if matches!(arg(a, 4), Value::Bool(true)) => {
                    let _ = m;
                    ctx.ret1(Value::Bool(false))
                }
                Err(m) => Err(throw_type(ctx, &m)),
            }
        }),
        ("getOwnPropertyDescriptor", |ctx, a| {
            let Value::Object(o) = arg(a, 1) else {
                return ctx.ret1(Value::Nil);
            };
            let k = key_of(ctx, arg(a, 2));
            match own_descriptor(o, k) {
                Some(d) => {
                    let v = descriptor_object(ctx, d);
                    ctx.ret1(v)
                }
                None => ctx.ret1(Value::Nil),
            }
        }),
        ("ownKeys", |ctx, a| {
            // ownKeys(o, which): 0 enumerable strings, 1 all strings, 2 symbols, 3 all.
            let Value::Object(o) = arg(a, 1) else {
                let e = new_array(ctx, &[]);
                return ctx.ret1(Value::Object(e));
            };
            let which = match arg(a, 2) {
                Value::Int(w) => w,
                _ => 0,
            };
            let mut out = Vec::new();
            for k in own_keys(ctx.mc, o) {
                let sym = matches!(k.key, Value::Object(_));
                let ok = match which {
                    0 => !sym && k.attrs & attrs::HIDDEN == 0,
                    1 => !sym,
                    2 => sym,
                    _ => true,
                };
                if ok {
                    let v = match k.key {
                        Value::Int(i) => Value::Str(Str::new(ctx.mc, i.to_string().as_bytes())),
                        other => other,
                    };
                    out.push(v);
                }
            }
            let arr = new_array(ctx, &out);
            ctx.ret1(Value::Object(arr))
        }),
        ("getProto", |ctx, a| {
            use omx_core::protocol::js::realm::{proto, Slot};
            let slot = match arg(a, 1) {
                Value::Object(o) if is_proxy(o) => return ctx.ret1(Value::Null),
                Value::Object(o) => {
                    return ctx.ret1(o.meta().map(Value::Object).unwrap_or(Value::Null))
                }
                Value::Str(_) => Slot::StringProto,
                Value::Int(_) | Value::Float(_) => Slot::NumberProto,
                Value::Bool(_) => Slot::BooleanProto,
                Value::BigInt(_) => Slot::BigIntProto,
                Value::Closure(_) | Value::Native(_) => Slot::FunctionProto,
                Value::Nil | Value::Null => {
                    return Err(throw_type(
                        ctx,
                        "Cannot convert undefined or null to object",
                    ))
                }
                _ => return ctx.ret1(Value::Null),
            };
            ctx.ret1(
                proto(ctx.rt, slot)
                    .map(Value::Object)
                    .unwrap_or(Value::Null),
            )
        }),
        ("setProto", |ctx, a| {
            if let Value::Object(o) = arg(a, 1) {
                match arg(a, 2) {
                    Value::Object(p)
                        if o.meta() != Some(p) && o.flags() & flags::NOT_EXTENSIBLE != 0 =>
                    {
                        return Err(throw_type(ctx, "#<Object> is not extensible"));
                    }
                    Value::Object(p) => {
                        let mut cur = Some(p);
                        while let Some(c) = cur {
                            if c == o {
                                return Err(throw_type(ctx, "Cyclic __proto__ value"));
                            }
                            cur = c.meta();
                        }
                        p.mark_proto();
                        o.set_meta(ctx.mc, Some(p));
                    }
                    Value::Null if o.meta().is_some() && o.flags() & flags::NOT_EXTENSIBLE != 0 => {
                        return Err(throw_type(ctx, "#<Object> is not extensible"));
                    }
                    Value::Null => o.set_meta(ctx.mc, None),
                    _ => {}
                }
            }
            ctx.ret1(arg(a, 1))
        }),
        ("create", |ctx, a| {
            let o = new_object(ctx);
            match arg(a, 1) {
                Value::Object(p) => {
                    p.mark_proto();
                    o.set_meta(ctx.mc, Some(p))
                }
                Value::Null => o.set_meta(ctx.mc, None),
                _ => {
                    return Err(throw_type(
                        ctx,
                        "Object prototype may only be an Object or null: undefined",
                    ))
                }
            }
            ctx.ret1(Value::Object(o))
        }),
        ("defData", |ctx, a| {
            if let Value::Object(o) = arg(a, 1) {
                let k = key_of(ctx, arg(a, 2));
                if let (Value::Bool(true), Value::Object(f)) = (arg(a, 4), arg(a, 3)) {
                    name_function(ctx, f, k);
                }
                let _ = define_own(ctx, o, k, Descriptor::data(arg(a, 3)));
            }
            Ok(Outcome::Return)
        }),
        ("defField", |ctx, a| {
            if let Value::Object(o) = arg(a, 1) {
                let k = key_of(ctx, arg(a, 2));
                let mut d = Descriptor::data(arg(a, 3));
                if let Value::Str(s) = k {
                    if s.as_bytes().first() == Some(&b'#') {
                        d.enumerable = Some(false);
                    }
                }
                let _ = define_own(ctx, o, k, d);
            }
            Ok(Outcome::Return)
        }),
        ("defMethod", |ctx, a| {
            // defMethod(target, key, f, kind, enumerable)
            let Value::Object(o) = arg(a, 1) else {
                return Ok(Outcome::Return);
            };
            let k = key_of(ctx, arg(a, 2));
            let f = arg(a, 3);
            let enumerable = Some(matches!(arg(a, 5), Value::Bool(true)));
            let d = match arg(a, 4) {
                Value::Int(1) => Descriptor {
                    get: Some(f),
                    enumerable,
                    configurable: Some(true),
                    ..Default::default()
                },
                Value::Int(2) => Descriptor {
                    set: Some(f),
                    enumerable,
                    configurable: Some(true),
                    ..Default::default()
                },
                _ => Descriptor {
                    value: Some(f),
                    writable: Some(true),
                    enumerable,
                    configurable: Some(true),
                    ..Default::default()
                },
            };
            let _ = define_own(ctx, o, k, d);
            Ok(Outcome::Return)
        }),
        ("copyProps", |ctx, a| {
            if let (Value::Object(t), Value::Object(src)) = (arg(a, 1), arg(a, 2)) {
                for k in own_keys(ctx.mc, src) {
                    if k.attrs & attrs::HIDDEN != 0 {
                        continue;
                    }
                    if let Some(v) = omx_core::protocol::js::get::get_data(src, k.key) {
                        omx_core::protocol::js::set::write_own(ctx, t, k.key, v);
                    }
                }
            }
            Ok(Outcome::Return)
        }),
        ("preventExtensions", |ctx, a| {
            if let Value::Object(o) = arg(a, 1) {
                prevent_extensions(ctx.mc, o);
            }
            ctx.ret1(arg(a, 1))
        }),
        ("isExtensible", |ctx, a| match arg(a, 1) {
            Value::Object(o) => ctx.ret1(Value::Bool(o.flags() & flags::NOT_EXTENSIBLE == 0)),
            _ => ctx.ret1(Value::Bool(false)),
        }),
        ("freeze", |ctx, a| integrity(ctx, a, true)),
        ("seal", |ctx, a| integrity(ctx, a, false)),
        ("isArray", |ctx, a| {
            ctx.ret1(Value::Bool(
                matches!(arg(a, 1), Value::Object(o) if is_array(o)),
            ))
        }),
        ("proxy", |ctx, a| {
            let (t, h) = (arg(a, 1), arg(a, 2));
            if !matches!(t, Value::Object(_)) || !matches!(h, Value::Object(_)) {
                return Err(throw_type(
                    ctx,
                    "Cannot create proxy with a non-object as target or handler",
                ));
            }
            let p = Object::new(ctx.mc, ctx.rt.root_shape, &JS_PROXY);
            p.set_internal(ctx.mc, 0, t);
            p.set_internal(ctx.mc, 1, h);
            ctx.ret1(Value::Object(p))
        }),
        ("proxyParts", |ctx, a| match arg(a, 1) {
            Value::Object(o) if is_proxy(o) => {
                let arr = new_array(ctx, &[o.internal(0), o.internal(1)]);
                ctx.ret1(Value::Object(arr))
            }
            _ => ctx.ret1(Value::Nil),
        }),
        ("write", |ctx, a| {
            if let Value::Str(s) = arg(a, 1) {
                let fd = match arg(a, 2) {
                    Value::Int(2) => 2,
                    _ => 1,
                };
                if fd == 2 {
                    ctx.host.write_stderr(s.as_bytes())
                } else {
                    ctx.host.write_stdout(s.as_bytes())
                }
            }
            Ok(Outcome::Return)
        }),
        ("genResume", gen_resume),
        ("funcInfo", |ctx, a| {
            // [isClass, isBound-ish flags] for inspection.
            let v = match arg(a, 1) {
                Value::Object(o) if omx_core::protocol::js::model::is_function(o) => {
                    o.internal(1).or_nil()
                }
                Value::Native(_) => Value::Int(omx_core::protocol::js::model::fflags::NO_CONSTRUCT),
                _ => Value::Nil,
            };
            ctx.ret1(v)
        }),
    ];
    for (name, f) in table {
        register(mc, rt, i, name, f);
    }
    register(mc, rt, i, "callThis", |_, a| {
        let f = arg(a, 1);
        let mut all = vec![arg(a, 2)];
        if let Value::Object(l) = arg(a, 3) {
            all.extend(l.with_array(|x| x.iter().map(|v| v.or_nil()).collect::<Vec<_>>()));
        }
        Ok(Outcome::tail_call(f, all))
    });
    register(mc, rt, i, "newSymbol", |ctx, a| {
        let s = Object::new(
            ctx.mc,
            ctx.rt.root_shape,
            &omx_core::protocol::js::JS_SYMBOL,
        );
        s.set_meta(
            ctx.mc,
            omx_core::protocol::js::realm::proto(
                ctx.rt,
                omx_core::protocol::js::realm::Slot::SymbolProto,
            ),
        );
        let d = arg(a, 1);
        if !d.is_nil() {
            let t = omx_core::protocol::js::convert::primitive_to_string(d).unwrap_or_default();
            s.set_internal(ctx.mc, 0, Value::Str(Str::new(ctx.mc, t.as_bytes())));
        }
        ctx.ret1(Value::Object(s))
    });
    register(mc, rt, i, "symbolDescription", |ctx, a| match arg(a, 1) {
        Value::Object(o) if omx_core::protocol::js::model::is_symbol(o) => {
            ctx.ret1(o.internal(0).or_nil())
        }
        _ => ctx.ret1(Value::Nil),
    });
    register(mc, rt, i, "numToString", |ctx, a| {
        let t = omx_core::protocol::js::convert::primitive_to_string(arg(a, 1)).unwrap_or_default();
        ctx.ret1(Value::Str(Str::new(ctx.mc, t.as_bytes())))
    });
    register(mc, rt, i, "setGlobal", |ctx, a| {
        if let (Some(g), Value::Str(k)) = (
            omx_core::protocol::js::realm::proto(
                ctx.rt,
                omx_core::protocol::js::realm::Slot::Global,
            ),
            arg(a, 1),
        ) {
            let k = ctx.rt.intern(ctx.mc, k.as_bytes());
            g.define_field(ctx.mc, k, arg(a, 2), attrs::HIDDEN);
        }
        Ok(Outcome::Return)
    });
    register(mc, rt, i, "getGlobal", |ctx, a| {
        let g = omx_core::protocol::js::realm::proto(
            ctx.rt,
            omx_core::protocol::js::realm::Slot::Global,
        );
        let k = arg(a, 1);
        if let (Some(g), Value::Str(s)) = (g, k) {
            let key = Value::Str(ctx.rt.intern(ctx.mc, s.as_bytes()));
            if let Some(v) = get_data(g, key) {
                return ctx.ret1(v);
            }
            let text = format!("{} is not defined", s.to_str_lossy());
            let e = omx_core::protocol::js::error::make_error(
                ctx,
                omx_core::protocol::js::realm::Slot::ReferenceErrorProto,
                &text,
            );
            return Err(NativeError::Throw(e));
        }
        ctx.ret1(Value::Nil)
    });
    register(mc, rt, i, "tdz", |ctx, a| {
        let name =
            omx_core::protocol::js::convert::primitive_to_string(arg(a, 1)).unwrap_or_default();
        let text = format!("Cannot access '{name}' before initialization");
        let e = omx_core::protocol::js::error::make_error(
            ctx,
            omx_core::protocol::js::realm::Slot::ReferenceErrorProto,
            &text,
        );
        Err(NativeError::Throw(e))
    });
    // §9.1.1.1.5 SetMutableBinding of an immutable (`const`) binding.
    register(mc, rt, i, "constAssign", |ctx, _| {
        Err(throw_type(ctx, "Assignment to constant variable."))
    });
    register(mc, rt, i, "getWithReceiver", |ctx, a| {
        let Value::Object(o) = arg(a, 1) else {
            return Err(throw_type(ctx, "Reflect.get called on non-object"));
        };
        let k = key_of(ctx, arg(a, 2));
        let step = omx_core::protocol::js::get::get(ctx, o, k, arg(a, 3));
        super::intrinsics::step_result(ctx, step)
    });
    register(mc, rt, i, "reflectSet", reflect_set);
    register(mc, rt, i, "revoke", |ctx, a| {
        if let Value::Object(p) = arg(a, 1) {
            if is_proxy(p) {
                p.set_internal(ctx.mc, 0, Value::Nil);
                p.set_internal(ctx.mc, 1, Value::Nil);
            }
        }
        Ok(Outcome::Return)
    });
    register(mc, rt, i, "now", |ctx, _| {
        let t = ctx.host.unix_time() as f64 * 1000.0;
        ctx.ret1(omx_core::protocol::js::convert::number_value(t))
    });
    register(mc, rt, i, "stackTrace", |ctx, _| {
        let t = omx_core::protocol::js::error::stack_frames(ctx);
        ctx.ret1(Value::Str(Str::new(ctx.mc, t.as_bytes())))
    });
    register(mc, rt, i, "getIter", |ctx, a| {
        let step = (omx_core::protocol::js::JS.get_iter)(ctx, arg(a, 1));
        super::intrinsics::step_result(ctx, step)
    });
    register(mc, rt, i, "adapterTarget", |ctx, a| match arg(a, 1) {
        Value::Object(o)
            if std::ptr::eq(
                o.model(),
                &omx_core::protocol::js::iterator::JS_ITER_ADAPTER,
            ) =>
        {
            ctx.ret1(o.internal(0))
        }
        _ => ctx.ret1(Value::Nil),
    });
    register(mc, rt, i, "markBound", |ctx, a| {
        // A bound function (§10.4.1): its target and bound arguments, for
        // `new` and `instanceof`.
        if let (Value::Object(g), Value::Object(args)) = (arg(a, 1), arg(a, 3)) {
            let holder = Object::new(
                ctx.mc,
                ctx.rt.root_shape,
                &omx_core::protocol::js::JS_ORDINARY,
            );
            holder.set_internal(ctx.mc, 0, arg(a, 2));
            let items: Vec<Value<'_>> = args.with_array(|x| x.to_vec());
            holder.with_array_mut(ctx.mc, |arr| arr.extend(items));
            g.set_internal(
                ctx.mc,
                omx_core::protocol::js::model::fslot::BOUND,
                Value::Object(holder),
            );
        }
        Ok(Outcome::Return)
    });
    register(mc, rt, i, "bigint", |ctx, a| {
        // A BigInt from a literal's digits or any value (§21.2.1.1 BigInt).
        use omx_core::protocol::js::bigint;
        let v = arg(a, 1);
        let n = match v {
            Value::BigInt(b) => Some(b.0.clone()),
            Value::Int(i) => Some(num_bigint::BigInt::from(i)),
            Value::Float(f) if f.fract() == 0.0 && f.is_finite() => {
                bigint::parse(&format!("{f:.0}"))
            }
            Value::Bool(b) => Some(num_bigint::BigInt::from(b as i64)),
            Value::Str(s) => bigint::parse(&s.to_str_lossy()),
            _ => None,
        };
        match n {
            Some(n) => {
                let v = bigint::make(ctx, n);
                ctx.ret1(v)
            }
            None => {
                let what =
                    omx_core::protocol::js::convert::primitive_to_string(v).unwrap_or_default();
                let (slot, text) = match v {
                    Value::Str(_) => (omx_core::protocol::js::realm::Slot::SyntaxErrorProto, format!("Cannot convert {what} to a BigInt")),
                    Value::Float(_) => (omx_core::protocol::js::realm::Slot::RangeErrorProto, format!("The number {what} cannot be converted to a BigInt because it is not an integer")),
                    _ => (omx_core::protocol::js::realm::Slot::TypeErrorProto, format!("Cannot convert {what} to a BigInt")),
                };
                Err(NativeError::Throw(
                    omx_core::protocol::js::error::make_error(ctx, slot, &text),
                ))
            }
        }
    });
    register(mc, rt, i, "bigintAsUintN", |ctx, a| {
        let bits = match arg(a, 1) {
            Value::Int(n) if n >= 0 => n as usize,
            _ => 64,
        };
        let Value::BigInt(b) = arg(a, 2) else {
            return Err(throw_type(ctx, "Cannot convert to a BigInt"));
        };
        let m = num_bigint::BigInt::from(1) << bits;
        let r = ((&b.0 % &m) + &m) % &m;
        let v = omx_core::protocol::js::bigint::make(ctx, r);
        ctx.ret1(v)
    });
    register(mc, rt, i, "evalScript", |ctx, a| {
        // Global (indirect) eval and the Function constructor: compile the
        // text as a script whose last expression is its value, then run it.
        let text =
            omx_core::protocol::js::convert::primitive_to_string(arg(a, 1)).unwrap_or_default();
        let proto = match crate::lower::compile_eval(&text, "<eval>") {
            Ok(p) => p,
            Err(e) => {
                let msg = e.message.clone();
                let err = omx_core::protocol::js::error::make_error(
                    ctx,
                    omx_core::protocol::js::realm::Slot::SyntaxErrorProto,
                    &msg,
                );
                return Err(NativeError::Throw(err));
            }
        };
        match omx_core::runtime::main_closure(ctx.mc, ctx.rt, &proto, None) {
            Ok(c) => Ok(Outcome::call(
                Value::Closure(c),
                vec![],
                Continuation::new(super::intrinsics::pass_first, vec![]),
            )),
            Err(e) => Err(throw_type(ctx, &format!("internal error: {e}"))),
        }
    });
    register(mc, rt, i, "box", |ctx, a| {
        // ToObject of a primitive (§7.1.18): a wrapper holding it.
        use omx_core::protocol::js::realm::{proto, Slot};
        let v = arg(a, 1);
        let slot = match v {
            Value::Str(_) => Slot::StringProto,
            Value::Int(_) | Value::Float(_) => Slot::NumberProto,
            Value::Bool(_) => Slot::BooleanProto,
            Value::BigInt(_) => Slot::BigIntProto,
            Value::Object(o) if omx_core::protocol::js::model::is_symbol(o) => Slot::SymbolProto,
            _ => return ctx.ret1(v),
        };
        let o = Object::new(
            ctx.mc,
            ctx.rt.root_shape,
            &omx_core::protocol::js::JS_ORDINARY,
        );
        o.set_meta(ctx.mc, proto(ctx.rt, slot));
        o.set_internal(ctx.mc, 0, Value::Bool(true));
        o.set_internal(ctx.mc, 1, v);
        if let Value::Str(s) = v {
            let n = s.to_str_lossy().encode_utf16().count();
            let lk = ctx.rt.intern(ctx.mc, b"length");
            o.define_field(
                ctx.mc,
                lk,
                Value::Int(n as i64),
                attrs::HIDDEN | attrs::READ_ONLY | attrs::PERMANENT,
            );
        }
        ctx.ret1(Value::Object(o))
    });
    register(mc, rt, i, "unbox", |ctx, a| match arg(a, 1) {
        Value::Object(o)
            if !omx_core::protocol::js::model::is_symbol(o)
                && matches!(o.internal(0), Value::Bool(true))
                && std::ptr::eq(o.model(), &omx_core::protocol::js::JS_ORDINARY) =>
        {
            ctx.ret1(o.internal(1))
        }
        _ => ctx.ret1(Value::Nil),
    });
    register(mc, rt, i, "funcSource", |ctx, a| match arg(a, 1) {
        Value::Object(f) if omx_core::protocol::js::model::is_function(f) => ctx.ret1(
            f.internal(omx_core::protocol::js::model::fslot::SOURCE)
                .or_nil(),
        ),
        _ => ctx.ret1(Value::Nil),
    });
    register(mc, rt, i, "isNegZero", |ctx, a| {
        ctx.ret1(Value::Bool(
            matches!(arg(a, 1), Value::Float(f) if f == 0.0 && f.is_sign_negative()),
        ))
    });
}

/// `Reflect.set(o, k, v)` (§10.1.9.2 OrdinarySetWithOwnDescriptor with
/// its boolean result): false where an assignment would fail.
fn reflect_set<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(a, 1) else {
        return Err(throw_type(ctx, "Reflect.set called on non-object"));
    };
    let k = key_of(ctx, arg(a, 2));
    let v = arg(a, 3);
    let mut cur = Some(o);
    while let Some(c) = cur {
        if is_proxy(c) {
            break;
        }
        if let Some(d) = own_descriptor(c, k) {
            if d.get.is_some() || d.set.is_some() {
                let setter = d.set.unwrap_or(Value::Nil);
                if setter.is_nil() {
                    return ctx.ret1(Value::Bool(false));
                }
                return Ok(Outcome::call(
                    setter,
                    vec![Value::Object(o), v],
                    Continuation::new(
                        |ctx, _, r| match r {
                            Ok(_) => ctx.ret1(Value::Bool(true)),
                            Err(e) => Err(NativeError::Throw(e)),
                        },
                        vec![],
                    ),
                ));
            }
            if d.writable == Some(false) {
                return ctx.ret1(Value::Bool(false));
            }
            break;
        }
        cur = c.meta();
    }
    if own_descriptor(o, k).is_none() && o.flags() & flags::NOT_EXTENSIBLE != 0 {
        return ctx.ret1(Value::Bool(false));
    }
    let step = omx_core::protocol::js::set::set(ctx, o, k, v);
    match step {
        omx_core::model::Step::Done(_) => ctx.ret1(Value::Bool(true)),
        other => Ok(Outcome::step(
            other,
            Continuation::new(
                |ctx, _, r| match r {
                    Ok(_) => ctx.ret1(Value::Bool(true)),
                    Err(e) => Err(NativeError::Throw(e)),
                },
                vec![],
            ),
        )),
    }
}

/// §10.2.9 SetFunctionName for an anonymous function stored under a
/// computed key (a symbol key gives `[description]`).
fn name_function<'gc>(ctx: &mut Ctx<'gc, '_>, f: Object<'gc>, key: Value<'gc>) {
    if !omx_core::protocol::js::model::is_function(f) {
        return;
    }
    let nk = ctx.rt.intern(ctx.mc, b"name");
    if !matches!(f.get_field(nk), Value::Str(s) if s.is_empty()) {
        return;
    }
    let text = match key {
        Value::Object(s) if omx_core::protocol::js::model::is_symbol(s) => {
            format!("[{}]", omx_core::protocol::js::model::symbol_description(s))
        }
        other => omx_core::protocol::js::key::key_text(other),
    };
    let v = Value::Str(Str::new(ctx.mc, text.as_bytes()));
    f.define_field(ctx.mc, nk, v, attrs::HIDDEN | attrs::READ_ONLY);
}

/// §10.1.4.1 OrdinaryPreventExtensions: no key may be added from now on.
/// The object also leaves the shape tree: an inline cache's "add the key"
/// plan holds for a shape, and a shape says nothing of extensibility, so a
/// non-extensible object must not share a shape with extensible ones
/// (`omx_core::protocol::js::plan`).
fn prevent_extensions<'gc>(mc: &Mutation<'gc>, o: Object<'gc>) {
    o.set_flags(o.flags() | flags::NOT_EXTENSIBLE);
    o.make_dictionary(mc);
}

/// §7.3.15 SetIntegrityLevel: sealed or frozen.
fn integrity<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], frozen: bool) -> NativeResult<'gc> {
    let Value::Object(o) = arg(a, 1) else {
        return ctx.ret1(arg(a, 1));
    };
    prevent_extensions(ctx.mc, o);
    for k in own_keys(ctx.mc, o) {
        let Some(d) = own_descriptor(o, k.key) else {
            continue;
        };
        let mut nd = Descriptor {
            configurable: Some(false),
            ..Default::default()
        };
        if frozen && d.value.is_some() {
            nd.writable = Some(false);
        }
        let _ = define_own(ctx, o, k.key, nd);
    }
    let _ = make_pair;
    ctx.ret1(Value::Object(o))
}

/// `genResume(gen, value, mode)`: §27.5.3.3 GeneratorResume; the result is
/// `[value, done]`.
fn gen_resume<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(g) = arg(a, 1) else {
        return Err(throw_type(
            ctx,
            "next method called on incompatible receiver",
        ));
    };
    let Value::Thread(t) = g.internal(0) else {
        return Err(throw_type(
            ctx,
            "next method called on incompatible receiver",
        ));
    };
    let mode = match arg(a, 3) {
        Value::Int(1) => ResumeMode::Throw,
        Value::Int(2) => ResumeMode::Return,
        _ => ResumeMode::Values,
    };
    if t.status() == ThreadStatus::Dead
        || (t.status() == ThreadStatus::Fresh && mode != ResumeMode::Values)
    {
        if t.status() == ThreadStatus::Fresh {
            t.set_status(ThreadStatus::Dead);
        }
        return match mode {
            ResumeMode::Throw => Err(NativeError::Throw(arg(a, 2))),
            ResumeMode::Return => {
                let arr = new_array(ctx, &[arg(a, 2), Value::Bool(true)]);
                ctx.ret1(Value::Object(arr))
            }
            ResumeMode::Values => {
                let arr = new_array(ctx, &[Value::Nil, Value::Bool(true)]);
                ctx.ret1(Value::Object(arr))
            }
        };
    }
    if t.status() == ThreadStatus::Running || t.status() == ThreadStatus::Normal {
        return Err(throw_type(ctx, "Generator is already running"));
    }
    ctx.ret.push(arg(a, 2));
    Ok(Outcome::resume(
        t,
        Continuation::new(gen_after, vec![Value::Thread(t)]),
        mode,
    ))
}

fn gen_after<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = match r {
        Ok(v) => v.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    let done = matches!(state.first(), Some(Value::Thread(t)) if t.status() == ThreadStatus::Dead);
    let arr = new_array(ctx, &[v, Value::Bool(done)]);
    ctx.ret1(Value::Object(arr))
}
