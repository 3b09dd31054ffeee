//! Method resolution (perlobj "Method Resolution Order", mro): a method
//! is looked up in the invocant's package, then along `@ISA`, depth-first
//! and left to right by default (mro.c `S_mro_get_linear_isa_dfs`), or by
//! the C3 linearisation under `use mro 'c3'` (mro_core.c
//! `S_mro_get_linear_isa_c3`); then in `UNIVERSAL`. When nothing is found
//! the same walk looks for `AUTOLOAD` (perlsub "Autoloading"), except for
//! `DESTROY`.

use gc_arena::Mutation;

use super::container::{find_stash, stash, symbol};
use super::reftype::stash_name;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::value::Value;

/// The names in a package's `@ISA`.
pub fn isa_names<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
) -> Vec<Vec<u8>> {
    match symbol(mc, rt, st, b"@ISA") {
        Value::Object(a) => a.with_array(|xs| {
            xs.iter()
                .filter_map(|v| super::scalar::plain_str(*v))
                .collect()
        }),
        _ => Vec::new(),
    }
}

/// Whether the package asked for C3 (`use mro 'c3'`).
pub fn is_c3(st: Object<'_>) -> bool {
    matches!(st.internal(1), Value::Str(s) if s.as_bytes() == b"c3")
}

/// The linearised `@ISA` of a package (itself first), by its own mro kind.
pub fn linear_isa<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
) -> Vec<Object<'gc>> {
    if is_c3(st) {
        if let Some(l) = c3(mc, rt, st, 0) {
            return l;
        }
    }
    let mut out = Vec::new();
    dfs(mc, rt, st, &mut out, 0);
    out
}

fn dfs<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
    out: &mut Vec<Object<'gc>>,
    depth: usize,
) {
    if depth > 100 || out.contains(&st) {
        return;
    }
    out.push(st);
    for name in isa_names(mc, rt, st) {
        let parent = stash(mc, rt, &name);
        dfs(mc, rt, parent, out, depth + 1);
    }
}

fn c3<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
    depth: usize,
) -> Option<Vec<Object<'gc>>> {
    if depth > 100 {
        return None;
    }
    let parents: Vec<Object<'gc>> = isa_names(mc, rt, st)
        .iter()
        .map(|n| stash(mc, rt, n))
        .collect();
    let mut seqs: Vec<Vec<Object<'gc>>> = Vec::new();
    for p in &parents {
        seqs.push(c3(mc, rt, *p, depth + 1)?);
    }
    seqs.push(parents);
    let mut out = vec![st];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut pick = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|t| t[1..].contains(&cand)) {
                pick = Some(cand);
                break;
            }
        }
        let cand = pick?;
        out.push(cand);
        for s in seqs.iter_mut() {
            if s[0] == cand {
                s.remove(0);
            }
        }
    }
}

/// Where a method was found.
pub struct Found<'gc> {
    pub code: Value<'gc>,
    pub package: Object<'gc>,
}

/// Look `name` up along the linearised `@ISA` of `st` (skipping the
/// first `skip` entries, for `SUPER::`), then in `UNIVERSAL`.
///
/// Results are cached per stash (internal slot 2: name → `[epoch, code,
/// package]`), valid while the prototype epoch is unchanged: perl's
/// `PL_sub_generation`. Every store into a stash and every change of an
/// `@ISA` array (marked as a prototype) bumps the epoch.
pub fn find_method<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
    name: &[u8],
) -> Option<Found<'gc>> {
    let name = rt.intern(mc, name);
    find_method_named(mc, rt, st, name)
}

/// [`find_method`] for a name already held as a string (a method name
/// constant of the calling code): no interning on the way to the cache.
pub fn find_method_named<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
    name_str: crate::string::Str<'gc>,
) -> Option<Found<'gc>> {
    let name = name_str.as_bytes();
    let now = crate::object::epoch();
    if !rt.tracing {
        if let Some(hit) = rt.perl.methods.get(st, name_str, now) {
            return hit.map(|(code, package)| Found { code, package });
        }
    }
    let epoch = Value::Int(now as i64);
    let cache = match st.internal(2) {
        Value::Object(o) => o,
        _ => {
            let o = Object::new(mc, rt.perl.hash_shape, &super::container::PERL_HASH);
            st.set_internal(mc, 2, Value::Object(o));
            o
        }
    };
    let key = Value::Str(name_str);
    if let Value::Object(e) = cache.get_key(key) {
        if e.array_len() == 3 && e.array_get(0).raw_eq(epoch) {
            if rt.tracing {
                let n = String::from_utf8_lossy(name).into_owned();
                rt.trace(super::explain::EVENT, "perl.mro.cached", move |_| {
                    format!("the method cache answers for \"{n}\" (no sub or @ISA changed since the last search)")
                });
            }
            let found = match (e.array_get(1), e.array_get(2)) {
                (Value::Nil, _) => None,
                (code, Value::Object(package)) => Some((code, package)),
                _ => None,
            };
            rt.perl.methods.put(st, name_str, now, found);
            return found.map(|(code, package)| Found { code, package });
        }
    }
    let found = find_method_uncached(mc, rt, st, name);
    let entry = match &found {
        Some(f) => [epoch, f.code, Value::Object(f.package)],
        None => [epoch, Value::Nil, Value::Nil],
    };
    let e = super::container::new_array(mc, rt.root_shape, &entry);
    cache.set_key(mc, key, Value::Object(e));
    rt.perl.methods.put(
        st,
        name_str,
        now,
        found.as_ref().map(|f| (f.code, f.package)),
    );
    found
}

fn find_method_uncached<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
    name: &[u8],
) -> Option<Found<'gc>> {
    let order = linear_isa(mc, rt, st);
    first_defining(mc, rt, order, name)
}

/// The first package of `order` (then `UNIVERSAL`) that defines `name`.
fn first_defining<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    mut order: Vec<Object<'gc>>,
    name: &[u8],
) -> Option<Found<'gc>> {
    let mut sym = b"&".to_vec();
    sym.extend_from_slice(name);
    if let Some(u) = find_stash(mc, rt, b"UNIVERSAL") {
        if !order.contains(&u) {
            order.push(u);
        }
    }
    for p in order {
        let v = symbol(mc, rt, p, &sym);
        if !v.is_nil() {
            return Some(Found {
                code: v,
                package: p,
            });
        }
    }
    None
}

/// `SUPER::name` from code compiled in package `from`: the search starts
/// at `from`'s parents (perlobj "SUPER").
pub fn find_super<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    from: Object<'gc>,
    name: &[u8],
) -> Option<Found<'gc>> {
    // The search runs along `from`'s own linearisation, after itself.
    let mut order = linear_isa(mc, rt, from);
    if !order.is_empty() {
        order.remove(0);
    }
    first_defining(mc, rt, order, name)
}

/// The package names of a linearisation (`mro::get_linear_isa`).
pub fn linear_names<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
) -> Vec<String> {
    linear_isa(mc, rt, st).into_iter().map(stash_name).collect()
}

/// Why `st`'s linearisation fails, if it does: a package among its own
/// ancestors ("Recursive inheritance detected", mro_core.c), or, for C3,
/// an inconsistent hierarchy (the merge finds no candidate).
pub fn linearisation_error<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
    c3_wanted: bool,
) -> Option<String> {
    fn walk<'gc>(
        mc: &Mutation<'gc>,
        rt: &mut RuntimeState<'gc>,
        st: Object<'gc>,
        path: &mut Vec<Object<'gc>>,
    ) -> Option<String> {
        if path.contains(&st) || path.len() > 100 {
            return Some(format!(
                "Recursive inheritance detected in package '{}'",
                stash_name(path[0])
            ));
        }
        path.push(st);
        for n in isa_names(mc, rt, st) {
            let p = stash(mc, rt, &n);
            if let Some(e) = walk(mc, rt, p, path) {
                return Some(e);
            }
        }
        path.pop();
        None
    }
    if let Some(e) = walk(mc, rt, st, &mut Vec::new()) {
        return Some(e);
    }
    if c3_wanted && c3(mc, rt, st, 0).is_none() {
        return Some(format!(
            "Inconsistent hierarchy during C3 merge of class '{}'",
            stash_name(st)
        ));
    }
    None
}
