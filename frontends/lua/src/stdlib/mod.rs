//! The Lua 5.4 standard library (Reference Manual §6) as natives. Natives
//! never call Lua code themselves: they return `Outcome::Call` with a
//! continuation (see omx_core::native).

pub mod args;
mod base;
mod base_load;
mod coroutine;
mod debug;
mod debug_hook;
mod debug_levels;
mod dump;
mod io;
mod math;
mod os;
mod pack;
mod package;
mod string;
mod string_match;
mod table;
mod table_meta;
mod table_sort;
mod utf8;

pub use package::{apply_env_paths, set_script_args};

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::native::NativeFn;
use omx_core::object::Object;
use omx_core::protocol::lua::table::{new_table, raw_next, raw_set, raw_set_str};

use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

/// Register `f` as `t[name]`.
pub(crate) fn register<'gc>(mc: &Mutation<'gc>, t: Object<'gc>, name: &'static str, f: NativeFn) {
    let func = NativeFunction::plain(mc, name, f);
    raw_set_str(mc, t, Str::new(mc, name.as_bytes()), Value::Native(func));
}

/// A new library table stored as global `name`.
pub(crate) fn library<'gc>(mc: &Mutation<'gc>, rt: &RuntimeState<'gc>, name: &str) -> Object<'gc> {
    let t = new_table(mc, rt.root_shape, 0, 0);
    raw_set_str(
        mc,
        rt.globals,
        Str::new(mc, name.as_bytes()),
        Value::Object(t),
    );
    t
}

/// Install the whole standard library into the runtime's globals.
pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    base::install(mc, rt);
    string::install(mc, rt);
    // math before table: the table fallbacks use `math.tointeger`.
    math::install(mc, rt);
    table::install(mc, rt);
    coroutine::install(mc, rt);
    io::install(mc, rt);
    os::install(mc, rt);
    debug::install(mc, rt);
    utf8::install(mc, rt);
    package::install(mc, rt);
    // Library names become interned strings, so `string.format` in code
    // (an interned constant) finds its key by pointer.
    let g = rt.globals;
    intern_keys(mc, rt, g);
    for (_, v) in g.keyed_entries() {
        if let Value::Object(t) = v {
            if t != g && omx_core::protocol::lua::table::is_table(t) {
                intern_keys(mc, rt, t);
            }
        }
    }
}

/// Replace the string keys of `t` by their interned equals (so
/// `string.format` in code, an interned constant, finds its key by
/// pointer).
fn intern_keys<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, t: Object<'gc>) {
    let mut entries = Vec::new();
    let mut key = Value::Nil;
    while let Ok(Some((k, v))) = raw_next(t, key) {
        entries.push((k, v));
        key = k;
    }
    t.clear(mc, rt.root_shape);
    for (k, v) in entries {
        let k = match k {
            Value::Str(s) => Value::Str(rt.intern(mc, s.as_bytes())),
            other => other,
        };
        raw_set(mc, t, k, v).ok();
    }
}
