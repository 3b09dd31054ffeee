//! Perl's containers as objects (perldata, perlref): an array keeps its
//! elements in the array part (index 0 first, negative indices count from
//! the end, a store past the end extends it with `undef`), a hash maps
//! strings to scalars (a number key is its string form), a scalar
//! container holds one value (what `\$x` points at), and a package's
//! stash holds its symbols. A reference is a `Value::Object` pointing at
//! the container; `bless` sets the container's `meta` to a stash.

use gc_arena::Mutation;

use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::model::{Access, GetPlan, ObjectModel, OpError, SetPlan, Step};
use crate::native::Ctx;
use crate::object::{Object, Shape};
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::value::Value;
use crate::Lang;

macro_rules! perl_model {
    // A hash-like container: string keys to values.
    (hash $name:ident, $text:expr, $plan:expr, $plan_set:expr) => {
        perl_model!(
            $name,
            $text,
            None,
            hash_get,
            hash_set,
            hash_delete,
            hash_has,
            hash_keys,
            $plan,
            $plan_set
        );
    };
    ($name:ident, $text:expr, $base:expr, $get:expr, $set:expr, $delete:expr, $has:expr, $keys:expr) => {
        perl_model!($name, $text, $base, $get, $set, $delete, $has, $keys, None, None);
    };
    ($name:ident, $text:expr, $base:expr, $get:expr, $set:expr, $delete:expr, $has:expr, $keys:expr, $plan:expr, $plan_set:expr) => {
        pub static $name: ObjectModel = ObjectModel {
            name: $text,
            lang: Some(Lang::Perl),
            array_base: $base,
            get: $get,
            set: $set,
            delete: $delete,
            has: $has,
            own_keys: $keys,
            call: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
            forward: None,
            construct: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
            unary: |ctx, op: UnaryOp, o| super::overload::unary_hook(ctx, op, o),
            binary: |ctx, op: BinOp, a, b, left| super::overload::binary_hook(ctx, op, a, b, left),
            compare: |ctx, op: CompareOp, a, b, left| {
                super::overload::compare_hook(ctx, op, a, b, left)
            },
            to_string: |ctx, o| super::overload::to_string_hook(ctx, o),
            iterate: |_, _| Step::Absent,
            next: |_, _| Step::Absent,
            describe,
            plan_get: $plan,
            plan_set: $plan_set,
        };
    };
}

perl_model!(
    PERL_ARRAY,
    "Perl array",
    Some(0),
    array_get,
    array_set,
    |_, _, _, _| Step::Done(Value::Bool(false)),
    |_, o, k| Step::Done(Value::Bool(array_index(o, k).is_some())),
    |ctx, o| {
        let l = crate::model::list::new_list(ctx.mc, ctx.rt.root_shape, o.array_len());
        for i in 0..o.array_len() {
            l.array_push(ctx.mc, Value::Int(i as i64));
        }
        Step::Done(Value::Object(l))
    }
);
perl_model!(hash PERL_HASH, "Perl hash", Some(hash_plan_get), Some(hash_plan_set));
// The runtime table of natives lowered code calls (`__omx_perl`): a hash
// in dictionary mode (a shape of its own) that nothing writes after start
// up, so a lookup is planned as its answer.
perl_model!(hash PERL_RUNTIME, "Perl runtime table", Some(runtime_plan_get), None);

/// `$h{key}` for a key the hash's shape holds: that slot (a hash element
/// is its stored value, with no hook: perldata).
fn hash_plan_get<'gc>(
    _: &RuntimeState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
) -> Option<GetPlan<'gc>> {
    let slot = Some(o.shape())
        .filter(|shape| !shape.is_dictionary())
        .and_then(|shape| shape.slot_of(key))
        .filter(|i| !o.slot(*i).is_empty())?;
    Some(GetPlan::Own {
        slot: slot as u32,
        guarded: false,
    })
}

/// `$h{key} = v`: the slot of a key the shape holds, or a new key by the
/// shape's transition (a hash that is not in dictionary mode). A hash
/// element store has no hook (perldata); stashes are not planned (their
/// `&name` and `@ISA` stores invalidate method caches).
fn hash_plan_set<'gc>(
    mc: &Mutation<'gc>,
    _: &RuntimeState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
) -> Option<SetPlan<'gc>> {
    let shape = o.shape();
    if shape.is_dictionary() {
        return None;
    }
    if let Some(i) = shape.slot_of(key) {
        return (!o.slot(i).is_empty()).then_some(SetPlan::Own {
            slot: i as u32,
            guarded: false,
        });
    }
    Some(SetPlan::Add {
        to: shape.with_key(mc, key, 0)?,
    })
}

fn hash_has<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, k: Value<'gc>) -> Step<'gc> {
    let k = key_of(ctx, k);
    Step::Done(Value::Bool(!o.get_key(k).is_empty()))
}

fn runtime_plan_get<'gc>(
    _: &RuntimeState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
) -> Option<GetPlan<'gc>> {
    if !o.shape().is_dictionary() {
        return None;
    }
    let v = o.get_field(key);
    (!v.is_empty()).then_some(GetPlan::Found(v))
}

/// The runtime table (see `PERL_RUNTIME`), empty.
pub fn new_runtime_table<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>) -> Object<'gc> {
    let o = Object::new(mc, root, &PERL_RUNTIME);
    o.make_dictionary(mc);
    o
}
// A package's symbols: `&name` entries read by named sub calls go
// through the inline cache like hash elements (a redefined sub is the
// same slot's new value; a new symbol changes the shape).
perl_model!(hash PERL_STASH, "Perl package", Some(hash_plan_get), None);
perl_model!(
    PERL_SCALAR,
    "Perl scalar",
    None,
    |_, o, _, _| Step::Done(o.internal(0).or_nil()),
    |ctx, o, _, v, _| {
        o.set_internal(ctx.mc, 0, v.or_nil());
        Step::Done(Value::Nil)
    },
    |_, _, _, _| Step::Done(Value::Bool(false)),
    |_, _, _| Step::Done(Value::Bool(false)),
    |ctx, _| Step::Done(Value::Object(crate::model::list::new_list(
        ctx.mc,
        ctx.rt.root_shape,
        0
    )))
);

fn describe<'gc>(_: &RuntimeState<'gc>, o: Object<'gc>) -> String {
    let kind = o.model().name;
    match o.meta().map(super::reftype::stash_name) {
        Some(pkg) => format!("a {kind} blessed into {pkg}"),
        None => format!("a {kind}"),
    }
}

pub fn new_array<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, items: &[Value<'gc>]) -> Object<'gc> {
    let a = Object::with_capacity(mc, root, &PERL_ARRAY, items.len(), 0);
    for v in items {
        a.array_push(mc, v.or_nil());
    }
    a
}

pub fn new_hash<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>) -> Object<'gc> {
    Object::new(mc, root, &PERL_HASH)
}

pub fn new_scalar<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, v: Value<'gc>) -> Object<'gc> {
    let s = Object::new(mc, root, &PERL_SCALAR);
    s.set_internal(mc, 0, v);
    s
}

pub fn is_array(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &PERL_ARRAY)
}
pub fn is_hash(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &PERL_HASH)
}
pub fn is_scalar(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &PERL_SCALAR)
}
pub fn is_stash(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &PERL_STASH)
}

/// The element position `key` names in `o` (negative from the end).
pub fn array_index(o: Object<'_>, key: Value<'_>) -> Option<usize> {
    let i = match super::scalar::to_num(key) {
        Value::Int(i) => i,
        Value::Float(f) => f as i64,
        _ => 0,
    };
    let len = o.array_len() as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

fn array_get<'gc>(_: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, _: Access) -> Step<'gc> {
    Step::Done(match array_index(o, key) {
        Some(i) => o.array_get(i).or_nil(),
        None => Value::Nil,
    })
}

/// `$a[i] = v`: past the end the array grows with `undef`s; before the
/// start (a negative index beyond the length) is perl's "Modification of
/// non-creatable array value attempted".
pub fn array_store<'gc>(
    mc: &Mutation<'gc>,
    o: Object<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Result<(), String> {
    let i = match super::scalar::to_num(key) {
        Value::Int(i) => i,
        Value::Float(f) => f as i64,
        _ => 0,
    };
    let len = o.array_len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 {
        return Err(format!(
            "Modification of non-creatable array value attempted, subscript {i}"
        ));
    }
    if j > 1 << 31 {
        return Err("Out of memory during array extend".into());
    }
    let j = j as usize;
    // Elements skipped over are holes (`exists` is false for them).
    while o.array_len() < j {
        o.array_push(mc, Value::Empty);
    }
    if o.array_len() == j {
        o.array_push(mc, Value::Nil);
    }
    o.array_set(mc, j, value.or_nil());
    Ok(())
}

fn array_set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    _: Access,
) -> Step<'gc> {
    match array_store(ctx.mc, o, key, value) {
        Ok(()) => Step::Done(Value::Nil),
        Err(m) => Step::msg(m),
    }
}

/// A hash key: strings as they are, anything else by its string form.
pub fn key_of<'gc>(ctx: &mut Ctx<'gc, '_>, k: Value<'gc>) -> Value<'gc> {
    match k {
        Value::Str(_) => k,
        other => {
            let bytes = super::scalar::plain_str(other)
                .unwrap_or_else(|| super::reftype::ref_string(other).into_bytes());
            Value::Str(ctx.rt.intern(ctx.mc, &bytes))
        }
    }
}

fn hash_get<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, _: Access) -> Step<'gc> {
    let k = key_of(ctx, key);
    Step::Done(o.get_key(k).or_nil())
}

fn hash_set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    _: Access,
) -> Step<'gc> {
    let k = key_of(ctx, key);
    // A stash's subs and @ISA decide method lookups: storing one bumps the
    // epoch that guards method caches (a package scalar does not).
    if o.is_proto()
        && matches!(k, Value::Str(s) if matches!(s.as_bytes().first(), Some(b'&' | b'@')))
    {
        crate::object::bump_epoch();
    }
    o.set_key(ctx.mc, k, value.or_nil());
    Step::Done(Value::Nil)
}

fn hash_delete<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    _: Access,
) -> Step<'gc> {
    let k = key_of(ctx, key);
    let old = o.get_key(k);
    if old.is_empty() {
        return Step::Done(Value::Nil);
    }
    o.remove_key(ctx.mc, k);
    Step::Done(old)
}

fn hash_keys<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) -> Step<'gc> {
    let l = crate::model::list::new_list(ctx.mc, ctx.rt.root_shape, 0);
    for (k, _) in o.keyed_entries() {
        l.array_push(ctx.mc, k);
    }
    Step::Done(Value::Object(l))
}

/// The registry of packages: name → stash.
pub fn packages<'gc>(_: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) -> Object<'gc> {
    rt.perl.packages
}

/// The stash of package `name`, made when first named. Internal slot 0
/// is the package's name, slot 1 its method resolution order
/// (`"dfs"`/`"c3"`).
pub fn stash<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, name: &[u8]) -> Object<'gc> {
    let name = name.strip_prefix(b"::").unwrap_or(name);
    let name: &[u8] = if name.is_empty() { b"main" } else { name };
    let pk = packages(mc, rt);
    let key = Value::Str(rt.intern(mc, name));
    if let Value::Object(o) = pk.get_key(key) {
        return o;
    }
    let s = Object::new(mc, rt.perl.hash_shape, &PERL_STASH);
    s.set_internal(mc, 0, key);
    s.mark_proto();
    pk.set_key(mc, key, Value::Object(s));
    s
}

/// The stash of an existing package (no creation).
pub fn find_stash<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    name: &[u8],
) -> Option<Object<'gc>> {
    let pk = packages(mc, rt);
    let key = Value::Str(rt.intern(mc, name));
    pk.get_key(key).as_object()
}

/// [`find_stash`] for a name already held as a string (a class name
/// constant: `Node->new`): no interning.
pub fn find_stash_named<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    name: Str<'gc>,
) -> Option<Object<'gc>> {
    packages(mc, rt).get_key(Value::Str(name)).as_object()
}

/// A symbol of a stash (`&name`, `@ISA`...): `Nil` when absent.
pub fn symbol<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    st: Object<'gc>,
    sym: &[u8],
) -> Value<'gc> {
    let k = Value::Str(rt.intern(mc, sym));
    st.get_key(k).or_nil()
}

pub fn str_value<'gc>(mc: &Mutation<'gc>, bytes: &[u8]) -> Value<'gc> {
    Value::Str(Str::new(mc, bytes))
}
