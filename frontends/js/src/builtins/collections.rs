//! The intrinsics behind the prelude's `Map` and `Set` (ECMA-262 §24.1,
//! §24.2): the prelude's classes keep a store in a private field and call
//! these; the storage rules are `omx_core::protocol::js::map_store`.
//! Every native takes `this` first (unused here).

use gc_arena::Mutation;
use omx_core::native::Ctx;
use omx_core::object::Object;
use omx_core::protocol::js::map_store as store;
use omx_core::runtime::RuntimeState;
use omx_core::value::Value;

use super::intrinsics::{arg, throw_type};
use super::register;

fn store_arg<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    a: &[Value<'gc>],
) -> Result<Object<'gc>, omx_core::native::NativeError<'gc>> {
    match arg(a, 1) {
        Value::Object(o) if store::is_store(Value::Object(o)) => Ok(o),
        _ => Err(throw_type(ctx, "not a Map or Set storage")),
    }
}

pub(crate) fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, i: Object<'gc>) {
    let table: &[(&'static str, omx_core::native::NativeFn)] = &[
        ("mapNew", |ctx, _| {
            let s = store::new_store(ctx.mc, ctx.rt.root_shape);
            ctx.ret1(Value::Object(s))
        }),
        ("mapSize", |ctx, a| {
            let s = store_arg(ctx, a)?;
            ctx.ret1(Value::Int(store::size(s) as i64))
        }),
        // `mapGet(store, key)`: the value, `undefined` when absent.
        ("mapGet", |ctx, a| {
            let s = store_arg(ctx, a)?;
            ctx.ret1(store::get(s, arg(a, 2)).or_nil())
        }),
        ("mapHas", |ctx, a| {
            let s = store_arg(ctx, a)?;
            ctx.ret1(Value::Bool(!store::get(s, arg(a, 2)).is_empty()))
        }),
        ("mapSet", |ctx, a| {
            let s = store_arg(ctx, a)?;
            store::set(ctx.mc, ctx.rt.root_shape, s, arg(a, 2), arg(a, 3));
            ctx.ret1(Value::Nil)
        }),
        ("mapDelete", |ctx, a| {
            let s = store_arg(ctx, a)?;
            let gone = store::delete(ctx.mc, s, arg(a, 2));
            ctx.ret1(Value::Bool(gone))
        }),
        ("mapClear", |ctx, a| {
            let s = store_arg(ctx, a)?;
            store::clear(ctx.mc, ctx.rt.root_shape, s);
            ctx.ret1(Value::Nil)
        }),
        // `mapCursor(store)`: an iteration state at the first entry.
        ("mapCursor", |ctx, a| {
            let s = store_arg(ctx, a)?;
            let c = store::cursor(ctx.mc, ctx.rt.root_shape, s);
            ctx.ret1(Value::Object(c))
        }),
        // `mapCursorCopy(cursor)`: a cursor at the same place (to look
        // ahead without moving the first).
        ("mapCursorCopy", |ctx, a| match arg(a, 1) {
            Value::Object(c) if store::is_cursor(Value::Object(c)) => {
                let copy = store::copy_cursor(ctx.mc, ctx.rt.root_shape, c);
                ctx.ret1(Value::Object(copy))
            }
            _ => Err(throw_type(ctx, "not a Map iterator state")),
        }),
        // `mapNext(cursor)`: the next entry's key (its value is then
        // `mapValue(cursor)`), or the cursor itself when finished.
        ("mapNext", |ctx, a| {
            let Value::Object(c) = arg(a, 1) else {
                return Err(throw_type(ctx, "not a Map iterator state"));
            };
            if !store::is_cursor(Value::Object(c)) {
                return Err(throw_type(ctx, "not a Map iterator state"));
            }
            match store::next(ctx.mc, c) {
                Some((k, v)) => {
                    c.set_internal(ctx.mc, 3, v);
                    ctx.ret1(k)
                }
                None => ctx.ret1(Value::Object(c)),
            }
        }),
        ("mapValue", |ctx, a| match arg(a, 1) {
            Value::Object(c) if store::is_cursor(Value::Object(c)) => {
                ctx.ret1(c.internal(3).or_nil())
            }
            _ => Err(throw_type(ctx, "not a Map iterator state")),
        }),
    ];
    for (name, f) in table {
        register(mc, rt, i, name, *f);
    }
}
