//! Perl's builtins (perlfunc) as natives of the runtime table `P` that
//! lowered code calls. Natives never call Perl code themselves: sort
//! comparators, map/grep blocks, overloaded operators and method calls
//! go back to the VM with a continuation (omx_core::native).

mod data;
mod dumper;
mod foreign;
mod format;
mod io;
mod list;
mod object;
mod regex;
mod regex_translate;
mod string;

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::native::{Continuation, Ctx, NativeError, NativeFn, NativeResult, Outcome};
use omx_core::object::Object;
use omx_core::protocol::lua::table::raw_set_str;
use omx_core::protocol::perl::{self, container, overload, scalar};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::{Lang, Value};

pub(crate) type Entry = (&'static str, NativeFn);

/// Install Perl's operator table and the runtime table `P`.
pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    rt.lang_ops[Lang::Perl as usize] = Some(&perl::PERL);
    // A Perl hash (not a Lua table): looking a builtin up is no Lua
    // index event in traces. Its own model lets a lookup be cached.
    let p = container::new_runtime_table(mc, rt.root_shape);
    for table in [
        data::NATIVES,
        dumper::NATIVES,
        string::NATIVES,
        list::NATIVES,
        io::NATIVES,
        object::NATIVES,
        regex::NATIVES,
    ] {
        for (name, f) in table {
            let key = rt.intern(mc, name.as_bytes());
            p.set_key(
                mc,
                Value::Str(key),
                Value::Native(NativeFunction::new(mc, name, *f)),
            );
        }
    }
    let href = rt.intern(mc, b"href");
    rt.perl.deref_hash = p.get_field(href);
    let callm = rt.intern(mc, b"callm");
    rt.perl.call_method = p.get_field(callm);
    let key = rt.intern(mc, b"__omx_perl");
    raw_set_str(mc, rt.globals, key, Value::Object(p));
    let main = container::stash(mc, rt, b"main");
    let set = |rt: &mut RuntimeState<'gc>, k: &[u8], v: Value<'gc>| {
        let k = Value::Str(rt.intern(mc, k));
        main.set_key(mc, k, v);
    };
    set(rt, b"$\"", str_v(mc, b" "));
    set(rt, b"$,", Value::Nil);
    set(rt, b"$0", str_v(mc, b"-"));
    let inc = container::new_array(mc, rt.root_shape, &[]);
    set(rt, b"@INC", Value::Object(inc));
    let envh = container::new_hash(mc, rt.perl.hash_shape);
    set(rt, b"%ENV", Value::Object(envh));
    container::stash(mc, rt, b"UNIVERSAL");
    for (pkg, name, f) in object::PACKAGE_SUBS {
        let st = container::stash(mc, rt, pkg.as_bytes());
        let k = Value::Str(rt.intern(mc, format!("&{name}").as_bytes()));
        st.set_key(mc, k, Value::Native(NativeFunction::new(mc, name, *f)));
    }
    // Functions of the modules omx provides, by their full names
    // (`Scalar::Util::blessed`, `List::Util::sum`, `POSIX::floor`...).
    for (pkg, names) in [
        (
            "Scalar::Util",
            &[
                "blessed",
                "reftype",
                "looks_like_number",
                "refaddr",
                "weaken",
                "dualvar",
            ][..],
        ),
        (
            "List::Util",
            &[
                "sum", "sum0", "max", "min", "maxstr", "minstr", "uniq", "uniqnum", "shuffle",
            ][..],
        ),
        ("POSIX", &["floor", "ceil", "fmod", "pow"][..]),
        ("Carp", &["croak", "confess", "carp", "cluck"][..]),
        ("Data::Dumper", &["Dumper"][..]),
    ] {
        let st = container::stash(mc, rt, pkg.as_bytes());
        for name in names {
            let f = p
                .get_key(Value::Str(rt.intern(mc, name.as_bytes())))
                .or_nil();
            let k = Value::Str(rt.intern(mc, format!("&{name}").as_bytes()));
            st.set_key(mc, k, f);
        }
    }
}

/// Set the script name (`$0`) and `@ARGV`.
pub fn set_script_args<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    script: &str,
    args: &[String],
) {
    let main = container::stash(mc, rt, b"main");
    let k = Value::Str(rt.intern(mc, b"$0"));
    main.set_key(mc, k, str_v(mc, script.as_bytes()));
    let vals: Vec<Value<'gc>> = args.iter().map(|a| str_v(mc, a.as_bytes())).collect();
    let argv = container::new_array(mc, rt.root_shape, &vals);
    let k = Value::Str(rt.intern(mc, b"@ARGV"));
    main.set_key(mc, k, Value::Object(argv));
}

pub(crate) fn str_v<'gc>(mc: &Mutation<'gc>, b: &[u8]) -> Value<'gc> {
    Value::Str(Str::new(mc, b))
}

pub(crate) fn arg<'gc>(args: &[Value<'gc>], i: usize) -> Value<'gc> {
    args.get(i).copied().unwrap_or(Value::Nil).or_nil()
}

/// The string form of a plain value or a reference (no overloading).
pub(crate) fn sv(v: Value<'_>) -> Vec<u8> {
    perl::ops::string_of(v)
}

/// A value's string bytes, borrowed when it is a string (a scan through a
/// long string must not copy it on every call).
pub(crate) fn sbytes<'gc>(v: Value<'gc>) -> std::borrow::Cow<'gc, [u8]> {
    match v {
        Value::Str(s) => std::borrow::Cow::Borrowed(s.as_bytes()),
        v => std::borrow::Cow::Owned(perl::ops::string_of(v)),
    }
}

pub(crate) fn ret<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> NativeResult<'gc> {
    ctx.ret1(v)
}

pub(crate) fn ret_list<'gc>(ctx: &mut Ctx<'gc, '_>, vs: Vec<Value<'gc>>) -> NativeResult<'gc> {
    ctx.ret.extend(vs);
    Ok(Outcome::Return)
}

pub(crate) fn ret_str<'gc>(ctx: &mut Ctx<'gc, '_>, b: Vec<u8>) -> NativeResult<'gc> {
    let v = Value::Str(Str::from_vec(ctx.mc, b));
    ctx.ret1(v)
}

pub(crate) fn boolv<'gc>(b: bool) -> Value<'gc> {
    if b {
        Value::Int(1)
    } else {
        Value::Bool(false)
    }
}

pub(crate) fn die<'gc>(msg: impl Into<String>) -> NativeResult<'gc> {
    Err(NativeError::Message(msg.into()))
}

/// An array argument (a container object).
pub(crate) fn array_arg<'gc>(v: Value<'gc>) -> Option<Object<'gc>> {
    match v {
        Value::Object(o) if container::is_array(o) => Some(o),
        _ => None,
    }
}

pub(crate) fn items<'gc>(o: Object<'gc>) -> Vec<Value<'gc>> {
    o.with_array(|a| a.iter().map(|v| v.or_nil()).collect())
}

/// When an argument from `from` on is an object whose class overloads
/// `""`, call the handler and run this native again with the string in
/// its place (natives that stringify their arguments: print, join, eq...).
pub(crate) fn stringify_first<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    args: &[Value<'gc>],
    from: usize,
) -> Option<NativeResult<'gc>> {
    stringify_some(ctx, args, from, 1)
}

/// `stringify_first` for every `step`-th argument from `from` (the keys
/// of a key/value list).
pub(crate) fn stringify_some<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    args: &[Value<'gc>],
    from: usize,
    step: usize,
) -> Option<NativeResult<'gc>> {
    for (i, v) in args.iter().enumerate().skip(from).step_by(step) {
        if let Value::Object(o) = v {
            if container::is_stash(*o) {
                continue;
            }
            let h = overload::find(ctx, *v, "\"\"").or_else(|| overload::find(ctx, *v, "0+"));
            if let Some(h) = h {
                let me = Value::Native(ctx.callee?);
                let mut state = vec![me, Value::Int(i as i64)];
                state.extend_from_slice(args);
                return Some(Ok(Outcome::call(
                    h,
                    vec![*v, Value::Nil, Value::Bool(false)],
                    Continuation::new(rerun_with, state),
                )));
            }
        }
    }
    None
}

fn rerun_with<'gc>(
    _ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    let func = state[0];
    let i = match state[1] {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let mut args = state[2..].to_vec();
    if i < args.len() {
        // The handler's result, as a string (a reference returned again
        // would loop: use its plain form).
        args[i] = match v {
            Value::Object(_) => Value::Str(Str::from_vec(_ctx.mc, sv(v))),
            other => other,
        };
    }
    Ok(Outcome::tail_call(func, args))
}

pub(crate) fn num<'gc>(v: Value<'gc>) -> Value<'gc> {
    scalar::to_num(v)
}

pub(crate) fn f64of(v: Value<'_>) -> f64 {
    scalar::to_f64(v)
}

pub(crate) fn intof(v: Value<'_>) -> i64 {
    match scalar::to_num(v) {
        Value::Int(i) => i,
        Value::Float(f) if f.is_finite() => f as i64,
        _ => 0,
    }
}
