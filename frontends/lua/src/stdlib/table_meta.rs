//! The table functions for tables with metatables. Lua 5.4's table library
//! reads and writes with `lua_geti`/`lua_seti` and measures with `lua_len`,
//! so `__index`, `__newindex` and `__len` apply. Those may run Lua code,
//! so for such tables the natives (which check and normalise the
//! arguments) call these small Lua functions and wait for them (so, as in
//! lua5.4, a metamethod they reach cannot yield), whose ordinary indexing
//! goes through the protocol. Errors use level 3 (level 2 is the waiting
//! builtin): the position of the builtin's caller, as `luaL_error` gives.
//! Plain tables never come here.

use gc_arena::Mutation;
use omx_core::runtime::{main_closure, RuntimeState};
use omx_core::Value;

/// `luaL_len`: the length through `__len`, which must be an integer (a
/// float with an integral value counts). Put on the first line of the
/// bodies that measure, so their line numbers stay the same.
const LEN: &str = "local function len(t) local n = #t \
    if type(n) ~= 'number' or n % 1 ~= 0 then \
    error('object length is not an integer', 4) end return tointeger(n) end ";

/// (name, body). Each body is a chunk: its arguments arrive as `...`;
/// those that measure the table start with `LEN`.
pub const FALLBACKS: [(&str, &str); 6] = [
    (
        "insert",
        "local t, n, pos, v = ...
         local e = len(t) + 1
         if n == 2 then t[e] = pos return end
         if (pos - 1) < 0 or (pos - 1) >= e then
           error(\"bad argument #2 to 'insert' (position out of bounds)\", 3)
         end
         for i = e, pos + 1, -1 do t[i] = t[i - 1] end
         t[pos] = v",
    ),
    (
        "remove",
        "local t, has_pos, pos = ...
         local size = len(t)
         if not has_pos then pos = size end
         if pos ~= size and (pos < 1 or pos > size + 1) then
           error(\"bad argument #1 to 'remove' (position out of bounds)\", 3)
         end
         local v = t[pos]
         while pos < size do t[pos] = t[pos + 1]; pos = pos + 1 end
         t[pos] = nil
         return v",
    ),
    (
        "concat",
        "local t, sep, i, j, has_j = ...
         if not has_j then j = len(t) end
         local parts = {}
         for k = i, j do
           local v = t[k]
           local ty = type(v)
           if ty ~= 'string' and ty ~= 'number' then
             error(\"invalid value (\" .. ty .. \") at index \" .. k .. \" in table for 'concat'\", 3)
           end
           parts[#parts + 1] = v
         end
         return rawconcat(parts, sep)",
    ),
    (
        "unpack",
        "local t, i, j, has_j = ...
         if not has_j then j = len(t) end
         local out, n = {}, 0
         for k = i, j do n = n + 1; out[n] = t[k] end
         return rawunpack(out, 1, n)",
    ),
    (
        "sort",
        "local t, cmp = ...
         local n = len(t)
         if n >= 2147483647 then
           error(\"bad argument #1 to 'sort' (array too big)\", 3)
         end
         local copy = {}
         for i = 1, n do copy[i] = t[i] end
         rawsort(copy, cmp)
         for i = 1, n do t[i] = copy[i] end",
    ),
    (
        "move",
        "local a1, f, e, t, a2 = ...
         if e >= f then
           if t > e or t <= f or a1 ~= a2 then
             for i = 0, e - f do a2[t + i] = a1[f + i] end
           else
             for i = e - f, 0, -1 do a2[t + i] = a1[f + i] end
           end
         end
         return a2",
    ),
];

/// Compile the fallbacks; each gets an environment holding only what it
/// uses (so user changes to globals cannot break the library).
pub fn install<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    raw_concat: Value<'gc>,
    raw_unpack: Value<'gc>,
    raw_sort: Value<'gc>,
) -> Vec<(&'static str, Value<'gc>)> {
    use omx_core::protocol::lua::table::{new_table, raw_get_str, raw_set_str};
    let env = new_table(mc, rt.root_shape, 0, 4);
    for name in ["error", "type"] {
        let key = rt.intern(mc, name.as_bytes());
        raw_set_str(mc, env, key, raw_get_str(rt.globals, key));
    }
    let math = raw_get_str(rt.globals, rt.intern(mc, b"math"));
    if let Some(math) = omx_core::protocol::lua::table::as_table(math) {
        let key = rt.intern(mc, b"tointeger");
        raw_set_str(mc, env, key, raw_get_str(math, key));
    }
    let key = rt.intern(mc, b"rawconcat");
    raw_set_str(mc, env, key, raw_concat);
    let key = rt.intern(mc, b"rawunpack");
    raw_set_str(mc, env, key, raw_unpack);
    let key = rt.intern(mc, b"rawsort");
    raw_set_str(mc, env, key, raw_sort);
    let mut out = Vec::new();
    for (name, body) in FALLBACKS {
        let chunk = format!("=table.{name}");
        let body = if name == "move" {
            body.to_string()
        } else {
            format!("{LEN}{body}")
        };
        // The bodies are constants; a test checks that all compile.
        if let Ok(proto) = crate::lower::compile(body.as_bytes(), &chunk) {
            if let Ok(c) = main_closure(mc, rt, &proto, Some(Value::Object(env))) {
                out.push((name, Value::Closure(c)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_fallback_compiles() {
        for (name, body) in super::FALLBACKS {
            let body = format!("{}{body}", super::LEN);
            assert!(
                crate::lower::compile(body.as_bytes(), name).is_ok(),
                "{name}"
            );
        }
    }
}
