//! Array, hash and list builtins (perlfunc "Functions for real @ARRAYs",
//! "for real %HASHes", "for list data"): push/pop/shift/unshift/splice,
//! keys/values/each/delete/exists, reverse, wantarray, and sort/map/grep
//! whose blocks run through continuations (pp_sort.c, pp_ctl.c
//! `pp_mapwhile`/`pp_grepwhile`).

use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Object;
use omx_core::protocol::perl::{container, scalar};
use omx_core::Value;

use super::*;

pub(crate) const NATIVES: &[Entry] = &[
    ("push", push),
    ("unshift", unshift),
    ("pop", pop),
    ("shift", shift),
    ("splice", splice),
    ("keys", keys),
    ("values", values),
    ("each", each),
    ("delete", delete),
    ("exists", exists),
    ("delete_elem", delete_elem),
    ("exists_elem", exists_elem),
    ("delete_slice", delete_slice),
    ("wantarray", |c, a| {
        let v = match arg(a, 0) {
            Value::Int(0) => Value::Nil,
            Value::Int(1) => Value::Bool(false),
            _ => Value::Int(1),
        };
        ret(c, v)
    }),
    ("reverse", |c, a| {
        ret_list(c, a.iter().rev().map(|v| v.or_nil()).collect())
    }),
    ("sort", sort),
    ("map", |c, a| map_grep(c, a, 0)),
    ("grep", |c, a| map_grep(c, a, 1)),
    ("first", |c, a| map_grep(c, a, 2)),
    ("any", |c, a| map_grep(c, a, 3)),
    ("all", |c, a| map_grep(c, a, 4)),
    ("none", |c, a| map_grep(c, a, 5)),
    ("reduce", reduce),
    ("sum", |c, a| sum(c, a, Value::Nil)),
    ("sum0", |c, a| sum(c, a, Value::Int(0))),
    ("max", |c, a| minmax(c, a, true)),
    ("min", |c, a| minmax(c, a, false)),
    ("maxstr", |c, a| {
        ret(
            c,
            a.iter()
                .copied()
                .max_by(|x, y| sv(*x).cmp(&sv(*y)))
                .unwrap_or(Value::Nil),
        )
    }),
    ("minstr", |c, a| {
        ret(
            c,
            a.iter()
                .copied()
                .min_by(|x, y| sv(*x).cmp(&sv(*y)))
                .unwrap_or(Value::Nil),
        )
    }),
    ("uniq", uniq),
    ("uniqnum", uniq),
    ("shuffle", |c, a| ret_list(c, a.to_vec())),
];

fn arr<'gc>(v: Value<'gc>) -> Result<Object<'gc>, NativeError<'gc>> {
    array_arg(v).ok_or_else(|| NativeError::msg("Not an ARRAY reference"))
}

fn push<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = arr(arg(a, 0))?;
    for v in &a[1..] {
        o.array_push(ctx.mc, v.or_nil());
    }
    if o.is_proto() {
        omx_core::object::bump_epoch();
    }
    ret(ctx, Value::Int(o.array_len() as i64))
}

fn unshift<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = arr(arg(a, 0))?;
    let vals: Vec<Value<'gc>> = a[1..].iter().map(|v| v.or_nil()).collect();
    o.with_array_mut(ctx.mc, |xs| {
        xs.splice(0..0, vals);
    });
    if o.is_proto() {
        omx_core::object::bump_epoch();
    }
    ret(ctx, Value::Int(o.array_len() as i64))
}

fn pop<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = arr(arg(a, 0))?;
    if o.is_proto() {
        omx_core::object::bump_epoch();
    }
    let v = o
        .with_array_mut(ctx.mc, |xs| xs.pop())
        .unwrap_or(Value::Nil);
    ret(ctx, v.or_nil())
}

fn shift<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = arr(arg(a, 0))?;
    if o.is_proto() {
        omx_core::object::bump_epoch();
    }
    let v = o
        .with_array_mut(ctx.mc, |xs| {
            if xs.is_empty() {
                None
            } else {
                Some(xs.remove(0))
            }
        })
        .unwrap_or(Value::Nil);
    ret(ctx, v.or_nil())
}

fn splice<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = arr(arg(a, 0))?;
    if o.is_proto() {
        omx_core::object::bump_epoch();
    }
    let len = o.array_len() as i64;
    let mut off = if a.len() > 1 { intof(arg(a, 1)) } else { 0 };
    if off < 0 {
        off += len;
    }
    let off = off.clamp(0, len) as usize;
    let mut n = if a.len() > 2 && !arg(a, 2).is_nil() {
        intof(arg(a, 2))
    } else {
        len - off as i64
    };
    if n < 0 {
        n = (len - off as i64 + n).max(0);
    }
    let end = (off + n as usize).min(len as usize);
    let new: Vec<Value<'gc>> = a
        .get(3..)
        .unwrap_or(&[])
        .iter()
        .map(|v| v.or_nil())
        .collect();
    let removed: Vec<Value<'gc>> =
        o.with_array_mut(ctx.mc, |xs| xs.splice(off..end, new).collect());
    ret_list(ctx, removed.into_iter().map(|v| v.or_nil()).collect())
}

fn keys<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(a, 0) {
        Value::Object(o) if container::is_array(o) => ret_list(
            ctx,
            (0..o.array_len()).map(|i| Value::Int(i as i64)).collect(),
        ),
        Value::Object(o) => {
            reset_iter(ctx, o);
            ret_list(ctx, entries(o).into_iter().map(|(k, _)| k).collect())
        }
        _ => Ok(Outcome::Return),
    }
}

/// The entries of a hash: its keyed entries; for an object of another
/// language that keeps an array part (a Lua table's `{10, 20, x = 1}`),
/// the array's elements first, under the keys that language gives them
/// (Lua's 1, 2).
fn entries<'gc>(o: Object<'gc>) -> Vec<(Value<'gc>, Value<'gc>)> {
    let mut out = Vec::new();
    let model = o.model();
    if let (Some(base), false) = (model.array_base, model.lang == Some(omx_core::Lang::Perl)) {
        o.with_array(|xs| {
            for (i, v) in xs.iter().enumerate() {
                if !v.is_empty() && !v.is_nil() {
                    out.push((Value::Int(i as i64 + base), *v));
                }
            }
        });
    }
    out.extend(
        o.keyed_entries()
            .into_iter()
            .filter(|(k, _)| !is_hidden(*k)),
    );
    out
}

fn is_hidden(k: Value<'_>) -> bool {
    matches!(k, Value::Str(s) if s.as_bytes().first() == Some(&1))
}

fn values<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(a, 0) {
        Value::Object(o) if container::is_array(o) => ret_list(ctx, items(o)),
        Value::Object(o) => ret_list(
            ctx,
            entries(o).into_iter().map(|(_, v)| v.or_nil()).collect(),
        ),
        _ => Ok(Outcome::Return),
    }
}

/// The iterator position of `each` lives in the hash's internal slot 0.
fn reset_iter<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) {
    if !container::is_stash(o) {
        o.set_internal(ctx.mc, 0, Value::Int(0));
    }
}

fn each<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(a, 0) else {
        return Ok(Outcome::Return);
    };
    let pos = match o.internal(0) {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    if container::is_array(o) {
        if pos < o.array_len() {
            o.set_internal(ctx.mc, 0, Value::Int(pos as i64 + 1));
            return ret_list(ctx, vec![Value::Int(pos as i64), o.array_get(pos).or_nil()]);
        }
        o.set_internal(ctx.mc, 0, Value::Int(0));
        return Ok(Outcome::Return);
    }
    let entries = o.keyed_entries();
    if pos < entries.len() {
        o.set_internal(ctx.mc, 0, Value::Int(pos as i64 + 1));
        let (k, v) = entries[pos];
        return ret_list(ctx, vec![k, v.or_nil()]);
    }
    o.set_internal(ctx.mc, 0, Value::Int(0));
    Ok(Outcome::Return)
}

fn delete<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(a, 0) else {
        return ret(ctx, Value::Nil);
    };
    let k = container::key_of(ctx, arg(a, 1));
    let old = o.get_key(k);
    if old.is_empty() {
        return ret(ctx, Value::Nil);
    }
    o.remove_key(ctx.mc, k);
    ret(ctx, old.or_nil())
}

fn delete_slice<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(a, 0) else {
        return Ok(Outcome::Return);
    };
    let mut out = Vec::new();
    for k in &a[1..] {
        let k = container::key_of(ctx, *k);
        out.push(o.get_key(k).or_nil());
        o.remove_key(ctx.mc, k);
    }
    ret_list(ctx, out)
}

fn exists<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(a, 0) else {
        return ret(ctx, boolv(false));
    };
    let k = container::key_of(ctx, arg(a, 1));
    ret(ctx, boolv(!o.get_key(k).is_empty()))
}

fn delete_elem<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = arr(arg(a, 0))?;
    let Some(i) = container::array_index(o, arg(a, 1)) else {
        return ret(ctx, Value::Nil);
    };
    let old = o.array_get(i).or_nil();
    if i + 1 == o.array_len() {
        o.with_array_mut(ctx.mc, |xs| {
            xs.pop();
        });
    } else {
        o.array_set(ctx.mc, i, Value::Nil);
    }
    ret(ctx, old)
}

fn exists_elem<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let r = array_arg(arg(a, 0))
        .and_then(|o| container::array_index(o, arg(a, 1)).map(|i| !o.array_get(i).is_empty()))
        .unwrap_or(false);
    ret(ctx, boolv(r))
}

// ----- sort -----

/// `sort LIST` compares strings; `sort BLOCK LIST` and `sort NAME LIST`
/// call the comparator (a block gets `$a`/`$b` as its parameters, a named
/// sub finds them in `$main::a`/`$main::b`, a function of another
/// language gets them as its two arguments). Binary insertion keeps equal
/// elements in order (perl's mergesort is stable too).
fn sort<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(a, 0);
    let list: Vec<Value<'gc>> = a
        .get(2..)
        .unwrap_or(&[])
        .iter()
        .map(|v| v.or_nil())
        .collect();
    if f.is_nil() {
        if let Some(r) = stringify_first(ctx, a, 2) {
            return r;
        }
        let mut v = list;
        omx_core::sort::sort_values_by(&mut v, &mut |x, y| sv(x).cmp(&sv(y)));
        return ret_list(ctx, v);
    }
    let sorted = data::new_array_from(ctx, &[]);
    let input = data::new_array_from(ctx, &list);
    let state = vec![
        f,
        arg(a, 1),
        sorted,
        input,
        Value::Int(0),
        Value::Int(0),
        Value::Int(0),
    ];
    sort_step(ctx, state)
}

fn geti(v: Value<'_>) -> usize {
    match v {
        Value::Int(i) => i as usize,
        _ => 0,
    }
}

fn sort_step<'gc>(ctx: &mut Ctx<'gc, '_>, mut st: Vec<Value<'gc>>) -> NativeResult<'gc> {
    let sorted = array_arg(st[2]).ok_or_else(|| NativeError::msg("sort"))?;
    let input = array_arg(st[3]).ok_or_else(|| NativeError::msg("sort"))?;
    loop {
        let i = geti(st[4]);
        if i >= input.array_len() {
            return ret_list(ctx, items(sorted));
        }
        let (lo, hi) = (geti(st[5]), geti(st[6]));
        if lo < hi {
            let mid = (lo + hi) / 2;
            let x = input.array_get(i).or_nil();
            let y = sorted.array_get(mid).or_nil();
            let by_name = matches!(st[1], Value::Bool(true));
            let args = if by_name {
                let main = container::stash(ctx.mc, ctx.rt, b"main");
                let ka = Value::Str(ctx.rt.intern(ctx.mc, b"$a"));
                let kb = Value::Str(ctx.rt.intern(ctx.mc, b"$b"));
                main.set_key(ctx.mc, ka, x);
                main.set_key(ctx.mc, kb, y);
                if is_perl_sub(st[0]) {
                    Vec::new()
                } else {
                    // A function of another language cannot see `$a`
                    // and `$b`: it gets them as its arguments (as a
                    // Perl sub with a `($$)` prototype does).
                    vec![x, y]
                }
            } else {
                vec![x, y]
            };
            st.push(Value::Int(mid as i64));
            return Ok(Outcome::call(st[0], args, Continuation::new(sort_cont, st)));
        }
        let x = input.array_get(i).or_nil();
        sorted.with_array_mut(ctx.mc, |xs| xs.insert(lo.min(xs.len()), x));
        st[4] = Value::Int(i as i64 + 1);
        st[5] = Value::Int(0);
        st[6] = Value::Int(sorted.array_len() as i64);
    }
}

fn is_perl_sub(f: Value<'_>) -> bool {
    matches!(f, Value::Closure(c) if c.0.proto.ops.lang == omx_core::Lang::Perl)
}

fn sort_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut st: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(NativeError::Throw)?
        .last()
        .copied()
        .unwrap_or_default();
    let mid = geti(st.pop().unwrap_or_default());
    let c = f64of(v);
    if c < 0.0 {
        st[6] = Value::Int(mid as i64);
    } else {
        st[5] = Value::Int(mid as i64 + 1);
    }
    sort_step(ctx, st)
}

// ----- map / grep -----

/// `mode`: 0 map, 1 grep, 2 first, 3 any, 4 all, 5 none (List::Util).
fn map_grep<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], mode: i64) -> NativeResult<'gc> {
    let list: Vec<Value<'gc>> = a
        .get(2..)
        .unwrap_or(&[])
        .iter()
        .map(|v| v.or_nil())
        .collect();
    let out = data::new_array_from(ctx, &[]);
    let input = data::new_array_from(ctx, &list);
    let state = vec![arg(a, 0), Value::Int(mode), out, input, Value::Int(0)];
    map_step(ctx, state)
}

fn map_step<'gc>(ctx: &mut Ctx<'gc, '_>, st: Vec<Value<'gc>>) -> NativeResult<'gc> {
    let out = array_arg(st[2]).ok_or_else(|| NativeError::msg("map"))?;
    let input = array_arg(st[3]).ok_or_else(|| NativeError::msg("map"))?;
    let i = geti(st[4]);
    if i >= input.array_len() {
        return match intof(st[1]) {
            2 => ret(ctx, Value::Nil),
            3 => ret(ctx, boolv(false)),
            4 | 5 => ret(ctx, Value::Int(1)),
            _ => ret_list(ctx, items(out)),
        };
    }
    let x = input.array_get(i).or_nil();
    Ok(Outcome::call(
        st[0],
        vec![x],
        Continuation::new(map_cont, st),
    ))
}

fn map_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut st: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let vals = r.map_err(NativeError::Throw)?.to_vec();
    // grep/first/any/all/none test the block's value: an object with an
    // overloaded `bool` (or `""`) answers through it.
    if intof(st[1]) != 0 {
        if let Some(v @ Value::Object(_)) = vals.last().copied() {
            let h = omx_core::protocol::perl::overload::find(ctx, v, "bool")
                .or_else(|| omx_core::protocol::perl::overload::find(ctx, v, "\"\""));
            if let Some(h) = h {
                return Ok(Outcome::call(
                    h,
                    vec![v, Value::Nil, Value::Bool(false)],
                    Continuation::new(map_cont, st),
                ));
            }
        }
    }
    let out = array_arg(st[2]).ok_or_else(|| NativeError::msg("map"))?;
    let input = array_arg(st[3]).ok_or_else(|| NativeError::msg("map"))?;
    let i = geti(st[4]);
    let hit = vals.last().is_some_and(|v| scalar::truthy(*v));
    match intof(st[1]) {
        0 => {
            for v in vals {
                out.array_push(ctx.mc, v.or_nil());
            }
        }
        1 if hit => out.array_push(ctx.mc, input.array_get(i).or_nil()),
        2 if hit => return ret(ctx, input.array_get(i).or_nil()),
        3 if hit => return ret(ctx, Value::Int(1)),
        4 if !hit => return ret(ctx, boolv(false)),
        5 if hit => return ret(ctx, boolv(false)),
        _ => {}
    }
    st[4] = Value::Int(i as i64 + 1);
    map_step(ctx, st)
}

fn sum<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], empty: Value<'gc>) -> NativeResult<'gc> {
    if a.is_empty() {
        return ret(ctx, empty);
    }
    let mut acc = Value::Int(0);
    for v in a {
        acc = omx_core::protocol::perl::ops::arith(omx_core::ir::BinOp::Add, acc, *v)
            .unwrap_or(Value::Nil);
    }
    ret(ctx, acc)
}

fn minmax<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], max: bool) -> NativeResult<'gc> {
    let mut best: Option<Value<'gc>> = None;
    for v in a {
        let n = num(*v);
        best = match best {
            None => Some(n),
            Some(b) => {
                let o = omx_core::protocol::perl::ops::num_cmp(n, b);
                let better = matches!(o, Some(std::cmp::Ordering::Greater)) == max
                    && o != Some(std::cmp::Ordering::Equal);
                Some(if better { n } else { b })
            }
        };
    }
    ret(ctx, best.unwrap_or(Value::Nil))
}

fn uniq<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut seen = std::collections::HashSet::new();
    let out = a.iter().copied().filter(|v| seen.insert(sv(*v))).collect();
    ret_list(ctx, out)
}

/// `reduce { $a + $b } LIST` (List::Util).
fn reduce<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let list: Vec<Value<'gc>> = a
        .get(2..)
        .unwrap_or(&[])
        .iter()
        .map(|v| v.or_nil())
        .collect();
    if list.is_empty() {
        return ret(ctx, Value::Nil);
    }
    let input = data::new_array_from(ctx, &list);
    reduce_step(ctx, vec![arg(a, 0), list[0], input, Value::Int(1)])
}

fn reduce_step<'gc>(ctx: &mut Ctx<'gc, '_>, st: Vec<Value<'gc>>) -> NativeResult<'gc> {
    let input = array_arg(st[2]).ok_or_else(|| NativeError::msg("reduce"))?;
    let i = geti(st[3]);
    if i >= input.array_len() {
        return ret(ctx, st[1]);
    }
    let args = vec![st[1], input.array_get(i).or_nil()];
    Ok(Outcome::call(
        st[0],
        args,
        Continuation::new(reduce_cont, st),
    ))
}

fn reduce_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut st: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    st[1] = r
        .map_err(NativeError::Throw)?
        .last()
        .copied()
        .unwrap_or_default()
        .or_nil();
    st[3] = Value::Int(geti(st[3]) as i64 + 1);
    reduce_step(ctx, st)
}
