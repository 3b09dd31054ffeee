//! Variables and containers (perldata, perlref): stashes and package
//! variables, array and hash construction and assignment, slices,
//! autovivification, references, `local`, `++` (perlop "Auto-increment":
//! the magic string increment), and the string and numeric comparisons.

use omx_core::native::{Ctx, NativeResult};
use omx_core::object::Object;
use omx_core::protocol::perl::{container, ops, overload, reftype, scalar};
use omx_core::string::Str;
use omx_core::Value;

use super::*;

pub(crate) const NATIVES: &[Entry] = &[
    ("stash", stash),
    ("defsub", defsub),
    ("gav", gav),
    ("ghv", ghv),
    ("viva_elem", viva_elem),
    ("vivh_elem", vivh_elem),
    ("aref", aref),
    ("href", href),
    ("array", array),
    ("hash", hash),
    ("defined", defined),
    ("sderef", sderef),
    ("sref", sref),
    ("sbox", sbox),
    ("skey", skey),
    ("alen", alen),
    ("hcount", hcount),
    ("not", not),
    ("sig_check", sig_check),
    ("truth", truth),
    ("bareword", bareword),
    ("code", code),
    ("glob", |c, a| {
        let n = sv(arg(a, 0));
        let mut out = b"*".to_vec();
        if !n.contains(&b':') {
            out.extend_from_slice(b"main::");
        }
        out.extend(n.strip_prefix(b"*").unwrap_or(&n).iter().copied());
        ret_str(c, out)
    }),
    ("code_called", code_called),
    ("flat", flat),
    ("unpack_arr", |c, a| {
        ret_list(c, array_arg(arg(a, 0)).map(items).unwrap_or_default())
    }),
    ("key", key),
    ("seq", |c, a| strcmp_op(c, a, "eq")),
    ("sne", |c, a| strcmp_op(c, a, "ne")),
    ("slt", |c, a| strcmp_op(c, a, "lt")),
    ("sgt", |c, a| strcmp_op(c, a, "gt")),
    ("sle", |c, a| strcmp_op(c, a, "le")),
    ("sge", |c, a| strcmp_op(c, a, "ge")),
    ("scmp", |c, a| strcmp_op(c, a, "cmp")),
    ("ncmp", ncmp),
    ("xor", |c, a| {
        ret(
            c,
            boolv(scalar::truthy(arg(a, 0)) != scalar::truthy(arg(a, 1))),
        )
    }),
    ("repeat", repeat),
    ("defwrap", defwrap),
    ("hflat", hflat),
    ("range", range),
    ("aslice", aslice),
    ("hslice", hslice),
    ("kvslice", kvslice),
    ("lrepeat", lrepeat),
    ("last", |c, a| {
        ret(c, a.last().copied().unwrap_or(Value::Nil))
    }),
    ("last_of", |c, a| {
        ret(
            c,
            array_arg(arg(a, 0))
                .and_then(|o| items(o).last().copied())
                .unwrap_or(Value::Nil),
        )
    }),
    ("count_last", count_last),
    ("set_count", set_count),
    ("slice_from", slice_from),
    ("hash_from", hash_from),
    ("aassign", aassign),
    ("hassign", hassign),
    ("setlen", setlen),
    ("slice_assign", slice_assign),
    ("glob_assign", glob_assign),
    ("arepeat_assign", arepeat_assign),
    ("num_or_undef", |c, a| {
        ret(
            c,
            if arg(a, 0).is_nil() {
                Value::Int(0)
            } else {
                arg(a, 0)
            },
        )
    }),
    ("local_container", local_container),
    ("restore_container", restore_container),
    ("local_elem", local_elem),
    ("restore_elem", restore_elem),
    ("set_eval_error", set_eval_error),
    ("alias_back", alias_back),
    ("int", int),
    ("str", |c, a| {
        if let Some(r) = stringify_first(c, a, 0) {
            return r;
        }
        ret_str(c, sv(arg(a, 0)))
    }),
];

fn stash<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = sv(arg(a, 0));
    let st = container::stash(ctx.mc, ctx.rt, &name);
    ret(ctx, Value::Object(st))
}

fn stash_of<'gc>(v: Value<'gc>) -> Option<Object<'gc>> {
    match v {
        Value::Object(o) if container::is_stash(o) => Some(o),
        _ => None,
    }
}

fn sym_key<'gc>(ctx: &mut Ctx<'gc, '_>, prefix: &str, name: Value<'gc>) -> Value<'gc> {
    let mut k = prefix.as_bytes().to_vec();
    k.extend(sv(name));
    Value::Str(ctx.rt.intern(ctx.mc, &k))
}

/// `sub NAME {...}`: the code goes into the stash (a method cache keyed
/// by the prototype epoch sees the change).
fn defsub<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(st) = stash_of(arg(a, 0)) {
        let k = sym_key(ctx, "&", arg(a, 1));
        st.set_key(ctx.mc, k, arg(a, 2));
        omx_core::object::bump_epoch();
    }
    Ok(omx_core::native::Outcome::Return)
}

fn global_container<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    a: &[Value<'gc>],
    hash: bool,
) -> NativeResult<'gc> {
    let Some(st) = stash_of(arg(a, 0)) else {
        return ret(ctx, Value::Nil);
    };
    let k = match arg(a, 1) {
        Value::Str(s) => Value::Str(ctx.rt.intern(ctx.mc, s.as_bytes())),
        other => other,
    };
    if let Value::Object(o) = st.get_key(k) {
        return ret(ctx, Value::Object(o));
    }
    let o = if hash {
        container::new_hash(ctx.mc, ctx.rt.perl.hash_shape)
    } else {
        container::new_array(ctx.mc, ctx.rt.root_shape, &[])
    };
    if sv(k) == b"@ISA" {
        // A change to @ISA invalidates method caches (the epoch).
        o.mark_proto();
        omx_core::object::bump_epoch();
    }
    st.set_key(ctx.mc, k, Value::Object(o));
    ret(ctx, Value::Object(o))
}

fn gav<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    global_container(ctx, a, false)
}

fn ghv<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    global_container(ctx, a, true)
}

fn elem_get<'gc>(ctx: &mut Ctx<'gc, '_>, c: Object<'gc>, k: Value<'gc>) -> Value<'gc> {
    if container::is_array(c) {
        container::array_index(c, k)
            .map(|i| c.array_get(i).or_nil())
            .unwrap_or(Value::Nil)
    } else {
        let k = container::key_of(ctx, k);
        c.get_key(k).or_nil()
    }
}

fn elem_set<'gc>(ctx: &mut Ctx<'gc, '_>, c: Object<'gc>, k: Value<'gc>, v: Value<'gc>) {
    if container::is_array(c) {
        let _ = container::array_store(ctx.mc, c, k, v);
    } else {
        let k = container::key_of(ctx, k);
        c.set_key(ctx.mc, k, v);
    }
}

fn viv<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], hash: bool) -> NativeResult<'gc> {
    let Value::Object(c) = arg(a, 0) else {
        return die("Can't use an undefined value as a reference");
    };
    let cur = elem_get(ctx, c, arg(a, 1));
    match cur {
        Value::Nil => {
            let o = if hash {
                container::new_hash(ctx.mc, ctx.rt.perl.hash_shape)
            } else {
                container::new_array(ctx.mc, ctx.rt.root_shape, &[])
            };
            elem_set(ctx, c, arg(a, 1), Value::Object(o));
            ret(ctx, Value::Object(o))
        }
        other => {
            if hash {
                href(ctx, &[other])
            } else {
                aref(ctx, &[other])
            }
        }
    }
}

fn viva_elem<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    viv(ctx, a, false)
}

fn vivh_elem<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    viv(ctx, a, true)
}

/// `@{$r}` / `%{$r}`: the container a reference points at (an undefined
/// value reads as an empty one), or what an overloaded `@{}`/`%{}` gives.
fn deref_container<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>, hash: bool) -> NativeResult<'gc> {
    let (key, msg) = if hash {
        ("%{}", "Not a HASH reference")
    } else {
        ("@{}", "Not an ARRAY reference")
    };
    match v {
        Value::Object(o)
            if (hash && (container::is_hash(o) || container::is_stash(o)))
                || (!hash && container::is_array(o)) =>
        {
            ret(ctx, v)
        }
        Value::Nil => {
            let o = if hash {
                container::new_hash(ctx.mc, ctx.rt.perl.hash_shape)
            } else {
                container::new_array(ctx.mc, ctx.rt.root_shape, &[])
            };
            ret(ctx, Value::Object(o))
        }
        // A symbolic reference (`no strict 'refs'`): the package variable
        // of that name.
        Value::Str(name) if !name.is_empty() => {
            let text = String::from_utf8_lossy(name.as_bytes()).into_owned();
            let text = text.trim_start_matches(['@', '%', '*']).to_string();
            let (pkg, short) = match text.rfind("::") {
                Some(i) => (text[..i].to_string(), text[i + 2..].to_string()),
                None => ("main".to_string(), text.clone()),
            };
            let st = container::stash(ctx.mc, ctx.rt, pkg.as_bytes());
            let sigil = if hash { "%" } else { "@" };
            let k = str_v(ctx.mc, format!("{sigil}{short}").as_bytes());
            global_container(ctx, &[Value::Object(st), k], hash)
        }
        // An object of another language (a Lua table, a Python list or
        // dict, a JavaScript object): `$r->{k}` and `$r->[i]` index it
        // through its own model, with the key as given.
        Value::Object(_) if super::foreign::foreign_object(v).is_some() => ret(ctx, v),
        Value::Object(_) => match overload::find(ctx, v, key) {
            Some(h) => Ok(omx_core::native::Outcome::tail_call(
                h,
                vec![v, Value::Nil, Value::Bool(false)],
            )),
            None => die(msg),
        },
        _ => die(msg),
    }
}

fn aref<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    deref_container(ctx, arg(a, 0), false)
}

fn href<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    deref_container(ctx, arg(a, 0), true)
}

pub(crate) fn new_array_from<'gc>(ctx: &mut Ctx<'gc, '_>, vals: &[Value<'gc>]) -> Value<'gc> {
    Value::Object(container::new_array(ctx.mc, ctx.rt.root_shape, vals))
}

fn array<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = new_array_from(ctx, a);
    ret(ctx, v)
}

pub(crate) fn fill_hash<'gc>(ctx: &mut Ctx<'gc, '_>, h: Object<'gc>, a: &[Value<'gc>]) {
    for pair in a.chunks(2) {
        let k = container::key_of(ctx, pair[0].or_nil());
        let v = pair.get(1).copied().unwrap_or(Value::Nil).or_nil();
        h.set_key(ctx.mc, k, v);
    }
}

fn hash<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_some(ctx, a, 0, 2) {
        return r;
    }
    let h = container::new_hash(ctx.mc, ctx.rt.perl.hash_shape);
    fill_hash(ctx, h, a);
    ret(ctx, Value::Object(h))
}

fn defined<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    ret(ctx, boolv(!arg(a, 0).is_nil()))
}

fn sderef<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(a, 0) {
        Value::Object(o) if container::is_scalar(o) => ret(ctx, o.internal(0).or_nil()),
        v @ Value::Object(_) => {
            if let Some(h) = overload::find(ctx, v, "${}") {
                return Ok(omx_core::native::Outcome::tail_call(
                    h,
                    vec![v, Value::Nil, Value::Bool(false)],
                ));
            }
            die("Not a SCALAR reference")
        }
        Value::Nil => die("Can't use an undefined value as a SCALAR reference"),
        Value::Str(name) if !name.is_empty() => {
            let text = String::from_utf8_lossy(name.as_bytes()).into_owned();
            let (pkg, short) = match text.rfind("::") {
                Some(i) => (text[..i].to_string(), text[i + 2..].to_string()),
                None => ("main".to_string(), text.clone()),
            };
            let st = container::stash(ctx.mc, ctx.rt, pkg.as_bytes());
            let v = container::symbol(ctx.mc, ctx.rt, st, format!("${short}").as_bytes());
            ret(ctx, v)
        }
        _ => die("Not a SCALAR reference"),
    }
}

/// `\EXPR` of a scalar: a new scalar container holding the value (omx
/// does not alias a lexical through `\$x`; see COMPATIBILITY.md).
fn sref<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = container::new_scalar(ctx.mc, ctx.rt.root_shape, arg(a, 0));
    ret(ctx, Value::Object(s))
}

/// The package and name of a symbolic scalar reference `${"Pkg::name"}`.
fn symbolic<'gc>(ctx: &mut Ctx<'gc, '_>, name: &[u8]) -> (Object<'gc>, Value<'gc>) {
    let text = String::from_utf8_lossy(name).into_owned();
    let text = text.trim_start_matches('$').to_string();
    let (pkg, short) = match text.rfind("::") {
        Some(i) => (text[..i].to_string(), text[i + 2..].to_string()),
        None => ("main".to_string(), text.clone()),
    };
    let st = container::stash(ctx.mc, ctx.rt, pkg.as_bytes());
    let k = Value::Str(ctx.rt.intern(ctx.mc, format!("${short}").as_bytes()));
    (st, k)
}

/// The key to store at in what `sbox` gave: the symbol's name for a
/// symbolic reference, anything for a scalar container.
fn skey<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(a, 0) {
        Value::Str(s) => {
            let (_, k) = symbolic(ctx, s.as_bytes());
            ret(ctx, k)
        }
        _ => ret(ctx, Value::Int(0)),
    }
}

fn sbox<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(a, 0) {
        Value::Str(s) if !s.is_empty() => {
            let (st, _) = symbolic(ctx, s.as_bytes());
            ret(ctx, Value::Object(st))
        }
        Value::Object(o) if container::is_scalar(o) => ret(ctx, Value::Object(o)),
        _ => die("Not a SCALAR reference"),
    }
}

fn alen<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let n = match arg(a, 0) {
        Value::Object(o) => o.array_len() as i64,
        _ => 0,
    };
    ret(ctx, Value::Int(n))
}

fn hcount<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let n = match arg(a, 0) {
        Value::Object(o) if container::is_array(o) => o.array_len() as i64,
        Value::Object(o) => o.keyed_live_len() as i64,
        _ => 0,
    };
    ret(ctx, Value::Int(n))
}

fn not<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let v @ Value::Object(_) = arg(a, 0) {
        if overload::find(ctx, v, "bool").is_some() || overload::find(ctx, v, "\"\"").is_some() {
            let h = overload::find(ctx, v, "bool")
                .or_else(|| overload::find(ctx, v, "\"\""))
                .unwrap_or_default();
            return Ok(omx_core::native::Outcome::call(
                h,
                vec![v, Value::Nil, Value::Bool(false)],
                omx_core::native::Continuation::new(not_cont, Vec::new()),
            ));
        }
    }
    ret(ctx, boolv(!scalar::truthy(arg(a, 0))))
}

fn truth<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let v @ Value::Object(_) = arg(a, 0) {
        if let Some(h) = overload::find(ctx, v, "bool").or_else(|| overload::find(ctx, v, "\"\"")) {
            return Ok(omx_core::native::Outcome::call(
                h,
                vec![v, Value::Nil, Value::Bool(false)],
                omx_core::native::Continuation::new(truth_cont, Vec::new()),
            ));
        }
    }
    ret(ctx, Value::Bool(scalar::truthy(arg(a, 0))))
}

fn truth_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(omx_core::native::NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    ret(ctx, Value::Bool(scalar::truthy(v)))
}

fn not_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(omx_core::native::NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    ret(ctx, boolv(!scalar::truthy(v)))
}

/// A bareword: a call of the sub of that name when there is one (a
/// constant), else the word itself (a class name).
fn bareword<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(st) = stash_of(arg(a, 0)) {
        let k = sym_key(ctx, "&", arg(a, 1));
        let f = st.get_key(k);
        if !f.is_nothing() {
            return Ok(omx_core::native::Outcome::tail_call(f, Vec::new()));
        }
    }
    ret(ctx, arg(a, 2))
}

fn code<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(st) = stash_of(arg(a, 0)) {
        let k = sym_key(ctx, "&", arg(a, 1));
        let f = st.get_key(k);
        if !f.is_nothing() {
            return ret(ctx, f);
        }
        // A builtin of `main` reached through a package (CORE::GLOBAL).
        let name = sv(arg(a, 1));
        if let Some(f) = object::builtin_sub(ctx, &name) {
            return ret(ctx, f);
        }
    }
    ret(ctx, Value::Nil)
}

/// The code of a named sub about to be called.
fn code_called<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    code(ctx, a)?;
    if ctx.ret.last().is_none_or(|v| v.is_nil()) {
        ctx.ret.clear();
        let full = String::from_utf8_lossy(&sv(arg(a, 2))).into_owned();
        return die(format!("Undefined subroutine &{full} called"));
    }
    Ok(omx_core::native::Outcome::Return)
}

fn flat<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    ret_list(ctx, a.iter().map(|v| v.or_nil()).collect())
}

fn key<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    match arg(a, 0) {
        v @ Value::Str(_) => ret(ctx, v),
        v => ret_str(ctx, sv(v)),
    }
}

/// `eq ne lt gt le ge cmp` (pp_seq, pp_scmp): string comparison, through
/// the operands' `eq`/`cmp` overloads or their `""` conversion.
fn strcmp_op<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], op: &str) -> NativeResult<'gc> {
    let (x, y) = (arg(a, 0), arg(a, 1));
    for (i, v) in [x, y].into_iter().enumerate() {
        if let Value::Object(_) = v {
            for key in [op, "cmp"] {
                if let Some(h) = overload::find(ctx, v, key) {
                    let (other, swapped) = if i == 0 { (y, false) } else { (x, true) };
                    if key == op {
                        return Ok(omx_core::native::Outcome::tail_call(
                            h,
                            vec![v, other, Value::Bool(swapped)],
                        ));
                    }
                    let state = vec![str_v(ctx.mc, op.as_bytes()), Value::Bool(swapped)];
                    return Ok(omx_core::native::Outcome::call(
                        h,
                        vec![v, other, Value::Bool(swapped)],
                        omx_core::native::Continuation::new(cmp_cont, state),
                    ));
                }
            }
        }
    }
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let o = sv(x).cmp(&sv(y));
    ret(ctx, cmp_result(op, o))
}

fn cmp_result<'gc>(op: &str, o: std::cmp::Ordering) -> Value<'gc> {
    use std::cmp::Ordering::*;
    match op {
        "eq" => boolv(o == Equal),
        "ne" => boolv(o != Equal),
        "lt" => boolv(o == Less),
        "gt" => boolv(o == Greater),
        "le" => boolv(o != Greater),
        "ge" => boolv(o != Less),
        _ => Value::Int(match o {
            Less => -1,
            Equal => 0,
            Greater => 1,
        }),
    }
}

/// `eq` and friends generated from an overloaded `cmp`/`<=>`.
fn cmp_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(omx_core::native::NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    let op = String::from_utf8_lossy(&sv(state[0])).into_owned();
    let mut n = intof(v);
    if matches!(state[1], Value::Bool(true)) {
        n = -n;
    }
    let o = n.cmp(&0);
    let op = match op.as_str() {
        "==" => "eq",
        "!=" => "ne",
        "<" => "lt",
        ">" => "gt",
        "<=" => "le",
        ">=" => "ge",
        other => other,
    };
    ret(ctx, cmp_result(op, o))
}

/// `<=>` (pp_ncmp): undef for NaN.
fn ncmp<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let (x, y) = (arg(a, 0), arg(a, 1));
    for (i, v) in [x, y].into_iter().enumerate() {
        if let Value::Object(_) = v {
            if let Some(h) = overload::find(ctx, v, "<=>") {
                let (other, swapped) = if i == 0 { (y, false) } else { (x, true) };
                return Ok(omx_core::native::Outcome::tail_call(
                    h,
                    vec![v, other, Value::Bool(swapped)],
                ));
            }
            if let Some(r) = stringify_first(ctx, a, 0) {
                return r;
            }
        }
    }
    match ops::num_cmp(x, y) {
        Some(o) => ret(ctx, cmp_result("<=>", o)),
        None => ret(ctx, Value::Nil),
    }
}

fn repeat<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let s = sv(arg(a, 0));
    let n = intof(arg(a, 1)).max(0) as usize;
    if s.len().saturating_mul(n) > 1 << 30 || !omx_core::memory::fits(s.len() * n) {
        return die("Out of memory in string repetition");
    }
    ret_str(ctx, s.repeat(n))
}

fn lrepeat<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let src = array_arg(arg(a, 0)).map(items).unwrap_or_default();
    let n = intof(arg(a, 1)).max(0) as usize;
    if src.len().saturating_mul(n) > 1 << 26 {
        return die("Out of memory in list repetition");
    }
    let mut out = Vec::with_capacity(src.len() * n);
    for _ in 0..n {
        out.extend_from_slice(&src);
    }
    let v = new_array_from(ctx, &out);
    ret(ctx, v)
}

fn defwrap<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(a, 0);
    if v.is_nil() {
        return ret(ctx, Value::Bool(false));
    }
    let arr = new_array_from(ctx, &[v]);
    ret(ctx, arr)
}

fn hflat<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut out = Vec::new();
    if let Value::Object(h) = arg(a, 0) {
        if container::is_array(h) {
            out = items(h);
        } else {
            for (k, v) in h.keyed_entries() {
                out.push(k);
                out.push(v.or_nil());
            }
        }
    }
    let v = new_array_from(ctx, &out);
    ret(ctx, v)
}

/// `a .. b` (perlop "Range Operators"): numbers, or the magic string
/// increment from `a` up to `b`'s length.
fn range<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let (x, y) = (arg(a, 0), arg(a, 1));
    let mut out = Vec::new();
    // pp_flop: a string range unless the left side is a number or a
    // numeric string not starting with "0".
    let is_str = |v: Value<'_>| {
        matches!(v, Value::Str(s) if {
            let numeric = !s.is_empty() && scalar::parse_num(s.as_bytes()).1 && s.as_bytes()[0] != b'0';
            !s.is_empty() && !numeric
        })
    };

    if is_str(x) {
        let mut cur = sv(x);
        let end = sv(y);
        while cur.len() <= end.len() && out.len() < 1 << 24 {
            out.push(Value::Str(Str::new(ctx.mc, &cur)));
            if cur == end {
                break;
            }
            cur = omx_core::protocol::perl::incdec::magic_inc(&cur);
        }
    } else {
        let (lo, hi) = (intof(x), intof(y));
        if hi.saturating_sub(lo) > 1 << 26 {
            return die("Out of memory during list extend");
        }
        for i in lo..=hi {
            out.push(Value::Int(i));
        }
    }
    let v = new_array_from(ctx, &out);
    ret(ctx, v)
}

fn aslice<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(arr) = array_arg(arg(a, 0)) else {
        return die("Not an ARRAY reference");
    };
    let out: Vec<Value<'gc>> = a[1..]
        .iter()
        .map(|k| {
            container::array_index(arr, *k)
                .map(|i| arr.array_get(i).or_nil())
                .unwrap_or(Value::Nil)
        })
        .collect();
    let v = new_array_from(ctx, &out);
    ret(ctx, v)
}

fn hslice<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(h) = arg(a, 0) else {
        return die("Not a HASH reference");
    };
    let mut out = Vec::new();
    for k in &a[1..] {
        out.push(elem_get(ctx, h, *k));
    }
    let v = new_array_from(ctx, &out);
    ret(ctx, v)
}

fn kvslice<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(h) = arg(a, 0) else {
        return die("Not a HASH reference");
    };
    let mut out = Vec::new();
    for k in &a[1..] {
        out.push(*k);
        out.push(elem_get(ctx, h, *k));
    }
    let v = new_array_from(ctx, &out);
    ret(ctx, v)
}

fn count_cell<'gc>(ctx: &mut Ctx<'gc, '_>) -> (Object<'gc>, Value<'gc>) {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"\x01count"));
    (main, k)
}

fn count_last<'gc>(ctx: &mut Ctx<'gc, '_>, _: &[Value<'gc>]) -> NativeResult<'gc> {
    let (m, k) = count_cell(ctx);
    let v = m.get_key(k).or_nil();
    ret(ctx, v)
}

fn set_count<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let n = array_arg(arg(a, 0)).map(|o| o.array_len()).unwrap_or(0);
    let (m, k) = count_cell(ctx);
    m.set_key(ctx.mc, k, Value::Int(n as i64));
    Ok(omx_core::native::Outcome::Return)
}

fn slice_from<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let src = array_arg(arg(a, 0)).map(items).unwrap_or_default();
    let i = (intof(arg(a, 1)).max(0) as usize).min(src.len());
    let v = new_array_from(ctx, &src[i..]);
    ret(ctx, v)
}

fn hash_from<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let src = array_arg(arg(a, 0)).map(items).unwrap_or_default();
    let i = (intof(arg(a, 1)).max(0) as usize).min(src.len());
    let h = container::new_hash(ctx.mc, ctx.rt.perl.hash_shape);
    fill_hash(ctx, h, &src[i..]);
    ret(ctx, Value::Object(h))
}

fn aassign<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(arr) = array_arg(arg(a, 0)) else {
        return die("Not an ARRAY reference");
    };
    let vals: Vec<Value<'gc>> = a[1..].iter().map(|v| v.or_nil()).collect();
    arr.with_array_mut(ctx.mc, |xs| {
        xs.clear();
        xs.extend(vals);
    });
    // An @ISA: method caches see the change.
    if arr.is_proto() {
        omx_core::object::bump_epoch();
    }
    Ok(omx_core::native::Outcome::Return)
}

fn hassign<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_some(ctx, a, 1, 2) {
        return r;
    }
    let Value::Object(h) = arg(a, 0) else {
        return die("Not a HASH reference");
    };
    h.clear(ctx.mc, ctx.rt.root_shape);
    fill_hash(ctx, h, &a[1..]);
    Ok(omx_core::native::Outcome::Return)
}

fn setlen<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(arr) = array_arg(arg(a, 0)) else {
        return die("Not an ARRAY reference");
    };
    let n = (intof(arg(a, 1)) + 1).max(0) as usize;
    if n > 1 << 26 {
        return die("Out of memory during array extend");
    }
    arr.with_array_mut(ctx.mc, |xs| xs.resize(n, Value::Nil));
    Ok(omx_core::native::Outcome::Return)
}

fn slice_assign<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(c) = arg(a, 0) else {
        return die("Not a reference");
    };
    let keys = array_arg(arg(a, 1)).map(items).unwrap_or_default();
    let vals = array_arg(arg(a, 2)).map(items).unwrap_or_default();
    for (i, k) in keys.iter().enumerate() {
        let v = vals.get(i).copied().unwrap_or(Value::Nil);
        elem_set(ctx, c, *k, v);
    }
    Ok(omx_core::native::Outcome::Return)
}

/// `*{"Pkg::name"} = REF` (perlmod "Symbol Tables"): the slot the
/// reference's kind names.
fn glob_assign<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = sv(arg(a, 0));
    let name = name.strip_prefix(b"*").unwrap_or(&name).to_vec();
    let text = String::from_utf8_lossy(&name).into_owned();
    let (pkg, short) = match text.rfind("::") {
        Some(i) => (text[..i].to_string(), text[i + 2..].to_string()),
        None => (
            String::from_utf8_lossy(&sv(arg(a, 2))).into_owned(),
            text.clone(),
        ),
    };
    let st = container::stash(ctx.mc, ctx.rt, pkg.as_bytes());
    let v = arg(a, 1);
    let sigil = match v {
        Value::Closure(_) | Value::Native(_) => "&",
        Value::Object(o) if container::is_array(o) => "@",
        Value::Object(o) if container::is_hash(o) => "%",
        Value::Object(o) if container::is_scalar(o) => "$",
        _ => "$",
    };
    let stored = match v {
        Value::Object(o) if container::is_scalar(o) => o.internal(0).or_nil(),
        other => other,
    };
    let k = Value::Str(ctx.rt.intern(ctx.mc, format!("{sigil}{short}").as_bytes()));
    st.set_key(ctx.mc, k, stored);
    omx_core::object::bump_epoch();
    Ok(omx_core::native::Outcome::Return)
}

fn arepeat_assign<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(arr) = array_arg(arg(a, 0)) else {
        return die("Not an ARRAY reference");
    };
    let src = items(arr);
    let n = intof(arg(a, 1)).max(0) as usize;
    let mut out = Vec::new();
    for _ in 0..n {
        out.extend_from_slice(&src);
    }
    arr.with_array_mut(ctx.mc, |xs| *xs = out);
    Ok(omx_core::native::Outcome::Return)
}

fn local_container<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(st) = stash_of(arg(a, 0)) else {
        return ret(ctx, Value::Nil);
    };
    let key = sv(arg(a, 1));
    let k = Value::Str(ctx.rt.intern(ctx.mc, &key));
    let old = st.get_key(k).or_nil();
    let fresh = if key.starts_with(b"%") {
        Value::Object(container::new_hash(ctx.mc, ctx.rt.perl.hash_shape))
    } else {
        Value::Object(container::new_array(ctx.mc, ctx.rt.root_shape, &[]))
    };
    st.set_key(ctx.mc, k, fresh);
    ret(ctx, old)
}

fn restore_container<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(st) = stash_of(arg(a, 0)) {
        let k = Value::Str(ctx.rt.intern(ctx.mc, &sv(arg(a, 1))));
        st.set_key(ctx.mc, k, arg(a, 2));
        omx_core::object::bump_epoch();
    }
    Ok(omx_core::native::Outcome::Return)
}

fn local_elem<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(c) = arg(a, 0) else {
        return ret(ctx, Value::Nil);
    };
    let existed = if container::is_array(c) {
        container::array_index(c, arg(a, 1)).is_some()
    } else {
        let k = container::key_of(ctx, arg(a, 1));
        !c.get_key(k).is_empty()
    };
    let old = elem_get(ctx, c, arg(a, 1));
    let saved = new_array_from(ctx, &[Value::Bool(existed), old]);
    ret(ctx, saved)
}

fn restore_elem<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(c) = arg(a, 0) else {
        return Ok(omx_core::native::Outcome::Return);
    };
    let saved = array_arg(arg(a, 2)).map(items).unwrap_or_default();
    let existed = matches!(saved.first(), Some(Value::Bool(true)));
    if existed || container::is_array(c) {
        elem_set(
            ctx,
            c,
            arg(a, 1),
            saved.get(1).copied().unwrap_or(Value::Nil),
        );
    } else {
        let k = container::key_of(ctx, arg(a, 1));
        c.remove_key(ctx.mc, k);
    }
    Ok(omx_core::native::Outcome::Return)
}

/// `$@` after `eval`: the error, or "" on success.
fn set_eval_error<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"$@"));
    let v = match arg(a, 0) {
        Value::Nil => str_v(ctx.mc, b""),
        other => other,
    };
    main.set_key(ctx.mc, k, v);
    Ok(omx_core::native::Outcome::Return)
}

fn alias_back<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(arr) = array_arg(arg(a, 0)) {
        let i = intof(arg(a, 1));
        if i >= 0 && (i as usize) < arr.array_len() {
            arr.array_set(ctx.mc, i as usize, arg(a, 2));
        }
    }
    Ok(omx_core::native::Outcome::Return)
}

fn int<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = match num(arg(a, 0)) {
        Value::Float(f) if f.is_finite() => {
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Value::Int(t as i64)
            } else {
                Value::Float(t)
            }
        }
        other => other,
    };
    ret(ctx, v)
}

#[allow(dead_code)]
fn refname(v: Value<'_>) -> String {
    reftype::ref_name(v)
}

/// A sub with a signature checks its argument count (perlsub
/// "Signatures"): "Too few/many arguments for subroutine".
fn sig_check<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let got = array_arg(arg(a, 0))
        .map(|o| o.array_len() as i64)
        .unwrap_or(0);
    let (req, max) = (intof(arg(a, 1)), intof(arg(a, 2)));
    let name = String::from_utf8_lossy(&sv(arg(a, 3))).into_owned();
    if got < req {
        let exp = if max == req {
            format!("{req}")
        } else {
            format!("at least {req}")
        };
        return die(format!(
            "Too few arguments for subroutine '{name}' (got {got}; expected {exp})"
        ));
    }
    if max >= 0 && got > max {
        let exp = if max == req {
            format!("{max}")
        } else {
            format!("at most {max}")
        };
        return die(format!(
            "Too many arguments for subroutine '{name}' (got {got}; expected {exp})"
        ));
    }
    let _ = ctx;
    Ok(omx_core::native::Outcome::Return)
}
