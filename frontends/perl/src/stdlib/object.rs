//! Objects (perlobj): `bless`, `ref`, method calls resolved through
//! `@ISA` (core/src/protocol/perl/mro.rs), `SUPER::`, the `UNIVERSAL`
//! methods `can`/`isa`/`DOES`/`VERSION`, `AUTOLOAD` with `$AUTOLOAD`
//! (never for `DESTROY`), and the pragmas that shape classes: `parent`,
//! `base`, `mro`, `overload`, `constant`.

use omx_core::function::NativeFunction;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Object;
use omx_core::protocol::perl::{container, explain, mro, reftype};
use omx_core::trace::{self, OpKind};
use omx_core::Value;

use super::*;

pub(crate) const NATIVES: &[Entry] = &[
    ("callm", callm),
    ("bless", bless),
    ("ref", |c, a| {
        ret_str(c, reftype::ref_name(arg(a, 0)).into_bytes())
    }),
    ("blessed", |c, a| {
        let v = arg(a, 0);
        match v.as_object().and_then(|o| o.meta()) {
            Some(st) if container::is_stash(st) => ret_str(c, reftype::stash_name(st).into_bytes()),
            _ => ret(c, Value::Nil),
        }
    }),
    ("reftype", |c, a| match reftype::reftype(arg(a, 0)) {
        Some(t) => ret_str(c, t.as_bytes().to_vec()),
        None => ret(c, Value::Nil),
    }),
    ("refaddr", |c, a| {
        let v = arg(a, 0);
        match reftype::reftype(v) {
            Some(_) => ret(c, Value::Int(reftype::address(v) as i64)),
            None => ret(c, Value::Nil),
        }
    }),
    ("weaken", |c, _| ret(c, Value::Nil)),
    ("dualvar", |c, a| ret(c, arg(a, 1))),
    ("use_module", use_module),
    ("use_constant", use_constant),
    ("require", require),
    ("caller", |c, _| ret_list(c, vec![str_v(c.mc, b"main")])),
    ("defined_sub", |c, a| {
        let name = String::from_utf8_lossy(&sv(arg(a, 0))).into_owned();
        let (pkg, short) = match name.rfind("::") {
            Some(i) => (name[..i].to_string(), name[i + 2..].to_string()),
            None => (
                String::from_utf8_lossy(&sv(arg(a, 1))).into_owned(),
                name.clone(),
            ),
        };
        let st = container::stash(c.mc, c.rt, pkg.as_bytes());
        let f = container::symbol(c.mc, c.rt, st, format!("&{short}").as_bytes());
        ret(c, boolv(!f.is_nil()))
    }),
    ("isa_op", |c, a| {
        let v = arg(a, 0);
        let class = sv(arg(a, 1));
        let r = match v.as_object().and_then(|o| o.meta()) {
            Some(st) if container::is_stash(st) => isa(c, st, &class),
            _ => false,
        };
        ret(c, boolv(r))
    }),
];

/// Subs that packages omx provides define (`UNIVERSAL::can`,
/// `mro::get_linear_isa`, `overload::StrVal`...): package, name, native
/// of `P` or here.
pub(crate) const PACKAGE_SUBS: &[(&str, &str, NativeFn)] = &[
    ("UNIVERSAL", "can", universal_can),
    ("UNIVERSAL", "isa", universal_isa),
    ("UNIVERSAL", "DOES", universal_isa),
    ("mro", "get_linear_isa", get_linear_isa),
    ("mro", "set_mro", set_mro),
    ("mro", "get_mro", get_mro),
    ("overload", "StrVal", |c, a| {
        ret_str(c, reftype::ref_string(arg(a, 0)).into_bytes())
    }),
    ("overload", "Overloaded", |c, a| {
        let v = arg(a, 0);
        let r = omx_core::protocol::perl::overload::find(c, v, "(").is_some();
        ret(c, boolv(r))
    }),
    ("overload", "Method", |c, a| {
        let key = String::from_utf8_lossy(&sv(arg(a, 1))).into_owned();
        let r = omx_core::protocol::perl::overload::find(c, arg(a, 0), &key).unwrap_or(Value::Nil);
        ret(c, r)
    }),
];

fn class_stash<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Option<Object<'gc>> {
    match v {
        Value::Object(o) => o.meta().filter(|st| container::is_stash(*st)),
        Value::Str(s) if !s.is_empty() => container::find_stash(ctx.mc, ctx.rt, s.as_bytes()),
        _ => None,
    }
}

fn universal_can<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(st) = class_stash(ctx, arg(a, 0)) else {
        return ret(ctx, Value::Nil);
    };
    let m = sv(arg(a, 1));
    match mro::find_method(ctx.mc, ctx.rt, st, &m) {
        Some(f) => ret(ctx, f.code),
        None => ret(ctx, boolv(false)),
    }
}

fn universal_isa<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let class = sv(arg(a, 1));
    let v = arg(a, 0);
    if let Some(t) = reftype::reftype(v) {
        if t.as_bytes() == class.as_slice() {
            return ret(ctx, Value::Int(1));
        }
    }
    let Some(st) = class_stash(ctx, v) else {
        return ret(ctx, boolv(false));
    };
    let r = isa(ctx, st, &class);
    ret(ctx, boolv(r))
}

fn get_linear_isa<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = sv(arg(a, 0));
    let st = container::stash(ctx.mc, ctx.rt, &name);
    let wants_c3 = if a.len() > 1 {
        sv(arg(a, 1)) == b"c3"
    } else {
        mro::is_c3(st)
    };
    if let Some(e) = mro::linearisation_error(ctx.mc, ctx.rt, st, wants_c3) {
        return die(e);
    }
    let saved = st.internal(1);
    if a.len() > 1 {
        st.set_internal(ctx.mc, 1, arg(a, 1));
    }
    let names = mro::linear_names(ctx.mc, ctx.rt, st);
    st.set_internal(ctx.mc, 1, saved);
    let vals: Vec<Value<'gc>> = names.iter().map(|n| str_v(ctx.mc, n.as_bytes())).collect();
    let arr = container::new_array(ctx.mc, ctx.rt.root_shape, &vals);
    ret(ctx, Value::Object(arr))
}

fn set_mro<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let st = container::stash(ctx.mc, ctx.rt, &sv(arg(a, 0)));
    st.set_internal(ctx.mc, 1, str_v(ctx.mc, &sv(arg(a, 1))));
    omx_core::object::bump_epoch();
    Ok(Outcome::Return)
}

fn get_mro<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let st = container::stash(ctx.mc, ctx.rt, &sv(arg(a, 0)));
    let c3 = mro::is_c3(st);
    ret_str(ctx, if c3 { b"c3".to_vec() } else { b"dfs".to_vec() })
}

/// A builtin reachable as `\&name` (none yet besides natives of `P`).
pub(crate) fn builtin_sub<'gc>(_: &mut Ctx<'gc, '_>, _: &[u8]) -> Option<Value<'gc>> {
    None
}

fn isa<'gc>(ctx: &mut Ctx<'gc, '_>, st: Object<'gc>, class: &[u8]) -> bool {
    mro::linear_names(ctx.mc, ctx.rt, st)
        .iter()
        .any(|n| n.as_bytes() == class)
        || class == b"UNIVERSAL"
}

fn class_of<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    inv: Value<'gc>,
    name: &str,
) -> Result<Object<'gc>, NativeError<'gc>> {
    match inv {
        Value::Object(o) => match o.meta() {
            Some(st) if container::is_stash(st) => Ok(st),
            _ => Err(NativeError::msg(format!(
                "Can't call method \"{name}\" on unblessed reference"
            ))),
        },
        Value::Nil => Err(NativeError::msg(format!(
            "Can't call method \"{name}\" on an undefined value"
        ))),
        Value::Str(s) if !s.is_empty() => {
            let n = s
                .as_bytes()
                .strip_prefix(b"::")
                .unwrap_or(s.as_bytes())
                .to_vec();
            match container::find_stash(ctx.mc, ctx.rt, &n) {
                Some(st) => Ok(st),
                None => Err(NativeError::msg(format!(
                    "Can't locate object method \"{name}\" via package \"{}\" (perhaps you forgot to load \"{}\"?)",
                    s.to_str_lossy(),
                    s.to_str_lossy()
                ))),
            }
        }
        Value::Closure(_) | Value::Native(_) => Err(NativeError::msg(format!(
            "Can't call method \"{name}\" on unblessed reference"
        ))),
        _ => Err(NativeError::msg(format!(
            "Can't call method \"{name}\" without a package or object reference"
        ))),
    }
}

/// `INVOCANT->NAME(ARGS)` (perlobj "Method Call Syntax"; pp_hot.c
/// `pp_method_named`): the sub found along the class's MRO is called with
/// the invocant first.
fn callm<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let inv = arg(a, 0);
    let mname = arg(a, 1);
    // The common case: a plain name found through the method cache; the
    // arguments go to the sub through the native's result buffer.
    if !ctx.rt.tracing {
        if let Some(f) = plain_method(ctx, inv, mname) {
            ctx.ret.clear();
            ctx.ret.push(inv);
            ctx.ret.extend(a.iter().skip(3).map(|v| v.or_nil()));
            return Ok(Outcome::TailCallRet(f, omx_core::native::CallKind::Method));
        }
    }
    // The invocant, then the arguments after the name and the package.
    let mut args = Vec::with_capacity(a.len().saturating_sub(2).max(1));
    args.push(inv);
    args.extend(a.iter().skip(3).map(|v| v.or_nil()));
    // `$obj->$code(...)`: a code reference, or a function of another
    // language, called as a method.
    if matches!(mname, Value::Closure(_) | Value::Native(_))
        || super::foreign::foreign_object(mname).is_some()
    {
        return Ok(Outcome::tail_call_method(mname, args));
    }
    if !ctx.rt.tracing {
        return resolve(ctx, inv, mname, a, args);
    }
    // Explained: the call is one operation, answered by the sub's result.
    trace::native::begin(ctx, OpKind::Method, inv, Some(mname), 0);
    let result = resolve(ctx, inv, mname, a, args);
    match &result {
        Ok(Outcome::Return) => {
            let first = ctx.ret.first().copied().unwrap_or_default();
            trace::native::end(ctx, Ok(first));
        }
        Err(e) => trace::native::fail(ctx, e),
        Ok(_) => trace::native::wait(ctx),
    }
    result
}

/// The common case without building any string: a plain method name
/// (no `::`, so neither `SUPER::` nor a fully qualified one) on a blessed
/// reference or a class name, found through the method cache.
fn plain_method<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    inv: Value<'gc>,
    mname: Value<'gc>,
) -> Option<Value<'gc>> {
    let Value::Str(m) = mname else {
        return None;
    };
    if m.as_bytes().contains(&b':') {
        return None;
    }
    let st = match inv {
        Value::Object(o) => o.meta().filter(|st| container::is_stash(*st))?,
        Value::Str(s) if !s.is_empty() && !s.as_bytes().starts_with(b"::") => {
            container::find_stash_named(ctx.mc, ctx.rt, s)?
        }
        _ => return None,
    };
    mro::find_method_named(ctx.mc, ctx.rt, st, m).map(|f| f.code)
}

/// Find the sub `mname` names for `inv` and call it with `args`.
fn resolve<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    inv: Value<'gc>,
    mname: Value<'gc>,
    a: &[Value<'gc>],
    args: Vec<Value<'gc>>,
) -> NativeResult<'gc> {
    let name = String::from_utf8_lossy(&sv(mname)).into_owned();
    let cur = sv(arg(a, 2));
    if let Some(m) = name.strip_prefix("SUPER::") {
        let from = container::stash(ctx.mc, ctx.rt, &cur);
        if let Some(f) = mro::find_super(ctx.mc, ctx.rt, from, m.as_bytes()) {
            let p = reftype::stash_name(f.package);
            ctx.rt.trace(explain::EVENT, "perl.mro.super", move |_| {
                format!("SUPER:: searches the parents of the package compiled in: {p}::{m} found")
            });
            return Ok(Outcome::tail_call_method(f.code, args));
        }
        let st = class_of(ctx, inv, m)?;
        return universal(ctx, st, m, args, &cur, true);
    }
    if let Some(i) = name.rfind("::") {
        let (pkg, m) = (&name[..i], &name[i + 2..]);
        if pkg == "next" || pkg == "maybe::next" {
            return next_method(ctx, inv, m, pkg == "maybe::next", &cur, args);
        }
        let st = container::stash(ctx.mc, ctx.rt, pkg.as_bytes());
        if let Some(f) = mro::find_method(ctx.mc, ctx.rt, st, m.as_bytes()) {
            return Ok(Outcome::tail_call_method(f.code, args));
        }
        return die(format!(
            "Can't locate object method \"{m}\" via package \"{pkg}\""
        ));
    }
    if let Some(o) = super::foreign::foreign_object(inv) {
        return super::foreign::call_method(ctx, o, &name, args);
    }
    let st = class_of(ctx, inv, &name)?;
    if ctx.rt.tracing {
        explain::invocant(ctx.rt, inv, st);
    }
    explain::mro(ctx.mc, ctx.rt, st);
    if let Some(f) = mro::find_method(ctx.mc, ctx.rt, st, name.as_bytes()) {
        explain::found(ctx.mc, ctx.rt, st, &name, f.package);
        return Ok(Outcome::tail_call_method(f.code, args));
    }
    universal(ctx, st, &name, args, &cur, false)
}

/// What no package defines: the `UNIVERSAL` methods, then `AUTOLOAD`.
fn universal<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    st: Object<'gc>,
    name: &str,
    args: Vec<Value<'gc>>,
    _cur: &[u8],
    _super: bool,
) -> NativeResult<'gc> {
    if matches!(
        name,
        "can" | "isa" | "DOES" | "VERSION" | "import" | "unimport"
    ) {
        let n = name.to_string();
        ctx.rt
            .trace(explain::EVENT, "perl.mro.universal", move |_| {
                format!("no package defines {n}: UNIVERSAL::{n}, built into perl, answers")
            });
    }
    match name {
        "can" => {
            let m = sv(arg(&args, 1));
            let r = mro::find_method(ctx.mc, ctx.rt, st, &m)
                .map(|f| f.code)
                .unwrap_or(Value::Bool(false));
            return ret(ctx, if r.is_nil() { Value::Bool(false) } else { r });
        }
        "isa" | "DOES" => {
            let c = sv(arg(&args, 1));
            let r = isa(ctx, st, &c);
            return ret(ctx, boolv(r));
        }
        "VERSION" => {
            let v = container::symbol(ctx.mc, ctx.rt, st, b"$VERSION");
            return ret(ctx, v);
        }
        "import" | "unimport" => return Ok(Outcome::Return),
        _ => {}
    }
    explain::not_found(ctx.mc, ctx.rt, st, name);
    if name != "DESTROY" {
        if let Some(f) = mro::find_method(ctx.mc, ctx.rt, st, b"AUTOLOAD") {
            let full = format!("{}::{name}", reftype::stash_name(st));
            let k = Value::Str(ctx.rt.intern(ctx.mc, b"$AUTOLOAD"));
            f.package.set_key(ctx.mc, k, str_v(ctx.mc, full.as_bytes()));
            if ctx.rt.tracing {
                let (n, p) = (full.clone(), reftype::stash_name(f.package));
                ctx.rt.trace(explain::EVENT, "perl.mro.autoload", move |_| {
                    format!("{p}::AUTOLOAD found: $AUTOLOAD = \"{n}\"")
                });
            }
            return Ok(Outcome::tail_call_method(f.code, args));
        }
    } else {
        return Ok(Outcome::Return);
    }
    die(format!(
        "Can't locate object method \"{name}\" via package \"{}\"",
        reftype::stash_name(st)
    ))
}

/// `bless REF, CLASSNAME` (perlfunc "bless"): the referent's meta becomes
/// the package's stash; re-blessing replaces it.
fn bless<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(a, 0);
    // `bless {...}, $class` with a class name: no copy of the name.
    if let (Value::Object(o), Value::Str(c)) = (v, arg(a, 1)) {
        if !container::is_stash(o) {
            let st = match container::find_stash_named(ctx.mc, ctx.rt, c) {
                Some(st) => st,
                None => container::stash(ctx.mc, ctx.rt, c.as_bytes()),
            };
            o.set_meta(ctx.mc, Some(st));
            return ret(ctx, v);
        }
    }
    let class = if a.len() > 1 {
        sv(arg(a, 1))
    } else {
        b"main".to_vec()
    };
    let class = if let Value::Object(o) = arg(a, 1) {
        match o.meta() {
            Some(st) if container::is_stash(st) => reftype::stash_name(st).into_bytes(),
            _ => class,
        }
    } else {
        class
    };
    match v {
        Value::Object(o) if !container::is_stash(o) => {
            let st = container::stash(ctx.mc, ctx.rt, &class);
            o.set_meta(ctx.mc, Some(st));
            ret(ctx, v)
        }
        Value::Closure(_) | Value::Native(_) => {
            let o = omx_core::protocol::perl::code::new_code(ctx, v);
            let st = container::stash(ctx.mc, ctx.rt, &class);
            o.set_meta(ctx.mc, Some(st));
            ret(ctx, Value::Object(o))
        }
        _ => die("Can't bless non-reference value"),
    }
}

fn stash_arg<'gc>(v: Value<'gc>) -> Option<Object<'gc>> {
    match v {
        Value::Object(o) if container::is_stash(o) => Some(o),
        _ => None,
    }
}

/// `use MODULE LIST` for the modules omx provides.
fn use_module<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(st) = stash_arg(arg(a, 0)) else {
        return Ok(Outcome::Return);
    };
    let module = String::from_utf8_lossy(&sv(arg(a, 1))).into_owned();
    let rest: Vec<Value<'gc>> = a.iter().skip(2).copied().collect();
    match module.as_str() {
        "parent" | "base" => {
            let k = Value::Str(ctx.rt.intern(ctx.mc, b"@ISA"));
            let isa = match st.get_key(k) {
                Value::Object(o) => o,
                _ => {
                    let o = container::new_array(ctx.mc, ctx.rt.root_shape, &[]);
                    o.mark_proto();
                    st.set_key(ctx.mc, k, Value::Object(o));
                    o
                }
            };
            for v in rest {
                let n = sv(v);
                if n == b"-norequire" {
                    continue;
                }
                container::stash(ctx.mc, ctx.rt, &n);
                isa.array_push(ctx.mc, str_v(ctx.mc, &n));
            }
            omx_core::object::bump_epoch();
        }
        "mro" => {
            if let Some(kind) = rest.first() {
                st.set_internal(ctx.mc, 1, str_v(ctx.mc, &sv(*kind)));
                omx_core::object::bump_epoch();
            }
        }
        "overload" => {
            for pair in rest.chunks(2) {
                let mut k = b"(".to_vec();
                k.extend(sv(pair[0]));
                let key = Value::Str(ctx.rt.intern(ctx.mc, &k));
                st.set_key(ctx.mc, key, pair.get(1).copied().unwrap_or(Value::Nil));
            }
            let marker = Value::Str(ctx.rt.intern(ctx.mc, b"(("));
            st.set_key(ctx.mc, marker, Value::Int(1));
            omx_core::object::bump_epoch();
        }
        "strict" | "warnings" | "utf8" | "feature" | "integer" | "lib" | "Carp" | "Exporter"
        | "Scalar::Util" | "List::Util" | "POSIX" | "Data::Dumper" | "vars" | "constant"
        | "IO::Handle" | "FindBin" => {}
        other => {
            let mut state = vec![Value::Object(st), arg(a, 1)];
            state.extend(rest);
            let then = omx_core::native::Continuation::new(after_require, state);
            return load_once(ctx, &module_file(other), Some(other), then);
        }
    }
    Ok(Outcome::Return)
}

/// `A::B` → `A/B.pm` (perlfunc require).
fn module_file(module: &str) -> String {
    format!("{}.pm", module.replace("::", "/"))
}

/// perlfunc require at run time: `require A::B` (a bareword, so the
/// second argument is true) loads `A/B.pm`, `require "x.pl"` the file
/// named; a number is a version check, which omx accepts. The file runs
/// once (`%INC` records it); the result is true.
fn require<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(a, 0);
    if matches!(v, Value::Int(_) | Value::Float(_)) {
        return ret(ctx, Value::Int(1));
    }
    let name = String::from_utf8_lossy(&sv(v)).into_owned();
    if name.is_empty() {
        return die("Missing or undefined argument to require");
    }
    let (path, module) = if matches!(arg(a, 1), Value::Int(1)) {
        (module_file(&name), Some(name.as_str()))
    } else {
        (name.clone(), None)
    };
    let state = vec![str_v(ctx.mc, path.as_bytes())];
    let then = omx_core::native::Continuation::new(required, state);
    load_once(ctx, &path, module, then)
}

/// After a required file ran: its value must be true, else perl's
/// "Foo.pm did not return a true value" and the file leaves `%INC`
/// (perlfunc require's pseudo-code: `delete $INC{$filename}`). A file
/// ending in a statement that is not an expression has no value omx
/// checks (`lower/file_value.rs`).
fn required<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let results = r.map_err(NativeError::Throw)?;
    let falsy = results
        .last()
        .is_some_and(|v| !omx_core::protocol::perl::scalar::truthy(*v));
    if falsy {
        let path = state.first().copied().unwrap_or_default();
        inc_hash(ctx).remove_key(ctx.mc, path);
        let path = String::from_utf8_lossy(&sv(path)).into_owned();
        return die(format!("{path} did not return a true value"));
    }
    ret(ctx, Value::Int(1))
}

/// `%INC` (perlvar): the files `require` and `use` loaded.
fn inc_hash<'gc>(ctx: &mut Ctx<'gc, '_>) -> Object<'gc> {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    if let Value::Object(h) = container::symbol(ctx.mc, ctx.rt, main, b"%INC") {
        return h;
    }
    let h = container::new_hash(ctx.mc, ctx.rt.perl.hash_shape);
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"%INC"));
    main.set_key(ctx.mc, k, Value::Object(h));
    h
}

/// Run file `path` once (next to the program or under `lib/`, read
/// through the host, so through an embedding host's module loader), then
/// `then`. A file `%INC` already lists runs `then` at once; one not found
/// dies with perl's "Can't locate".
fn load_once<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    path: &str,
    module: Option<&str>,
    then: omx_core::native::Continuation<'gc>,
) -> NativeResult<'gc> {
    let inc = inc_hash(ctx);
    let key = Value::Str(ctx.rt.intern(ctx.mc, path.as_bytes()));
    if !inc.get_key(key).or_nil().is_nil() {
        return Ok(Outcome::step(
            omx_core::model::Step::Done(Value::Int(1)),
            then,
        ));
    }
    let dirs: &[&str] = if path.starts_with('/') || path.starts_with("./") {
        &[""]
    } else {
        &["", "lib/"]
    };
    for dir in dirs {
        let full = format!("{dir}{path}");
        let Ok(bytes) = ctx.host.read_file(&full) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let proto = crate::lower::compile_file(&text, &full)
            .map_err(|e| NativeError::msg(format!("{} at {full} line {}.", e.message, e.line())))?;
        let c = omx_core::runtime::main_closure(ctx.mc, ctx.rt, &proto, None)
            .map_err(NativeError::Message)?;
        // Recorded before it runs, as perl does (a file requiring itself
        // does not loop).
        inc.set_key(ctx.mc, key, str_v(ctx.mc, full.as_bytes()));
        return Ok(Outcome::call(Value::Closure(c), Vec::new(), then));
    }
    // pp_ctl.c S_require_file: "Can't locate %s in @INC%s%s (@INC
    // contains:%s)"; the hint names the module for a `.pm` file.
    let hint = match module {
        Some(m) => format!(" (you may need to install the {m} module)"),
        None => String::new(),
    };
    die(format!(
        "Can't locate {path} in @INC{hint} (@INC contains: . lib)"
    ))
}

fn constant_value<'gc>(ctx: &mut Ctx<'gc, '_>, _: &[Value<'gc>]) -> NativeResult<'gc> {
    let vals: Vec<Value<'gc>> = ctx.callee.map(|c| c.0.bound.to_vec()).unwrap_or_default();
    ret_list(ctx, vals)
}

/// `use constant NAME => VALUE` / `use constant { A => 1, B => 2 }`.
fn use_constant<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(st) = stash_arg(arg(a, 0)) else {
        return Ok(Outcome::Return);
    };
    let define = |ctx: &mut Ctx<'gc, '_>, name: Value<'gc>, vals: Vec<Value<'gc>>| {
        let mut k = b"&".to_vec();
        k.extend(sv(name));
        let key = Value::Str(ctx.rt.intern(ctx.mc, &k));
        let f = NativeFunction::with_bound(ctx.mc, "constant", constant_value, vals);
        st.set_key(ctx.mc, key, Value::Native(f));
    };
    match arg(a, 1) {
        Value::Object(h) if container::is_hash(h) => {
            for (k, v) in h.keyed_entries() {
                define(ctx, k, vec![v]);
            }
        }
        name => {
            let vals = a.iter().skip(2).copied().collect();
            define(ctx, name, vals);
        }
    }
    omx_core::object::bump_epoch();
    Ok(Outcome::Return)
}

/// `$self->next::method(...)` (mro "next::method"): the next class after
/// the one the calling sub was compiled in, along the C3 linearisation
/// of the invocant's class, that defines a sub of the same name.
fn next_method<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    inv: Value<'gc>,
    what: &str,
    maybe: bool,
    cur: &[u8],
    args: Vec<Value<'gc>>,
) -> NativeResult<'gc> {
    let mut parts = cur.splitn(2, |b| *b == 0);
    let here = parts.next().unwrap_or(b"main").to_vec();
    let sub = parts.next().unwrap_or(b"").to_vec();
    let st = class_of(ctx, inv, what)?;
    let saved = st.internal(1);
    st.set_internal(ctx.mc, 1, str_v(ctx.mc, b"c3"));
    let order = mro::linear_isa(ctx.mc, ctx.rt, st);
    st.set_internal(ctx.mc, 1, saved);
    let start = order
        .iter()
        .position(|p| reftype::stash_name(*p).as_bytes() == here.as_slice())
        .map(|i| i + 1)
        .unwrap_or(order.len());
    let mut sym = b"&".to_vec();
    sym.extend_from_slice(&sub);
    for p in &order[start..] {
        let f = container::symbol(ctx.mc, ctx.rt, *p, &sym);
        if !f.is_nil() {
            if what == "can" {
                return ret(ctx, f);
            }
            return Ok(Outcome::tail_call_method(f, args));
        }
    }
    if maybe || what == "can" {
        return Ok(Outcome::Return);
    }
    die(format!(
        "No next::method '{}' found for {}",
        String::from_utf8_lossy(&sub),
        reftype::stash_name(st)
    ))
}

/// After a module's file ran: `Module->import(LIST)` when the module
/// defines `import`, else Exporter's rule (the names asked for, or
/// `@EXPORT`, become subs of the caller's package).
fn after_require<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    st: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    r.map_err(NativeError::Throw)?;
    let Some(caller) = stash_arg(st[0]) else {
        return Ok(Outcome::Return);
    };
    let module = sv(st[1]);
    let mst = container::stash(ctx.mc, ctx.rt, &module);
    let own_import = container::symbol(ctx.mc, ctx.rt, mst, b"&import");
    if !own_import.is_nil() {
        let mut args = vec![st[1]];
        args.extend_from_slice(&st[2..]);
        return Ok(Outcome::call(
            own_import,
            args,
            omx_core::native::Continuation::new(|_, _, _| Ok(Outcome::Return), Vec::new()),
        ));
    }
    let mut names: Vec<Vec<u8>> = st[2..].iter().map(|v| sv(*v)).collect();
    if names.is_empty() {
        if let Value::Object(e) = container::symbol(ctx.mc, ctx.rt, mst, b"@EXPORT") {
            names = items(e).into_iter().map(sv).collect();
        }
    }
    for n in names {
        let n = n.strip_prefix(b"&").unwrap_or(&n).to_vec();
        let mut sym = b"&".to_vec();
        sym.extend_from_slice(&n);
        let f = container::symbol(ctx.mc, ctx.rt, mst, &sym);
        if !f.is_nil() {
            let k = Value::Str(ctx.rt.intern(ctx.mc, &sym));
            caller.set_key(ctx.mc, k, f);
        }
    }
    omx_core::object::bump_epoch();
    Ok(Outcome::Return)
}
