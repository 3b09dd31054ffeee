//! What the REPL offers to complete after `name.` or `name:`: the keys
//! reachable from a value through the object model, read without running
//! any user code.
//!
//! For a Lua value that is the table's own string keys, then those of the
//! tables its metatable's `__index` chain leads to when `__index` is a
//! table (§2.4, the index event, followed only as far as it is raw data:
//! an `__index` function is never called). A string completes through the
//! string metatable (`("x"):upper`). Languages that do not run yet have no
//! globals, so nothing is offered for them.

use omx_core::object::Object;
use omx_core::protocol::lua::MAX_TAG_LOOP;
use omx_core::protocol::lua::meta::{Event, metatable_of};
use omx_core::protocol::lua::table::{as_table, raw_get_str};
use omx_core::runtime::RuntimeState;
use omx_core::{Lang, Value};

use crate::Runtime;

impl Runtime {
    /// The string keys reachable from the value that `path` names in
    /// `lang`'s globals (each element a field of the previous value; an
    /// empty path names the globals themselves): its own keys first, then
    /// those found along its `__index` tables, nearest first, each once.
    /// Raw reads only: no metamethod, getter or other user function runs.
    pub fn completions(&mut self, lang: Lang, path: &[&str]) -> Vec<String> {
        match lang {
            Lang::Lua => self.engine.with_state(|_, rt| {
                let mut value = Value::Object(rt.globals);
                for name in path {
                    match index_raw(rt, value, name.as_bytes()) {
                        Some(found) => value = found,
                        None => return Vec::new(),
                    }
                }
                let mut names: Vec<String> = Vec::new();
                for table in index_chain(rt, value) {
                    for (key, _) in table.keyed_entries() {
                        if let Value::Str(s) = key {
                            let name = s.to_str_lossy().into_owned();
                            if !names.contains(&name) {
                                names.push(name);
                            }
                        }
                    }
                }
                names
            }),
            Lang::Python | Lang::JavaScript | Lang::Perl => Vec::new(),
        }
    }
}

/// The tables a lookup on `value` reads, in order: `value` itself when it
/// is a table, then each `__index` that is a table. Stops at an `__index`
/// function, at a table seen before, and after Lua's own bound on the
/// chain.
fn index_chain<'gc>(rt: &RuntimeState<'gc>, value: Value<'gc>) -> Vec<Object<'gc>> {
    let mut tables: Vec<Object<'gc>> = Vec::new();
    let mut current = value;
    for _ in 0..MAX_TAG_LOOP {
        if let Some(table) = as_table(current) {
            if tables.iter().any(|t| t.address() == table.address()) {
                break;
            }
            tables.push(table);
        }
        let Some(meta) = metatable_of(rt, current) else {
            break;
        };
        let index = raw_get_str(meta, rt.lua.event(Event::Index));
        if as_table(index).is_none() {
            break;
        }
        current = index;
    }
    tables
}

/// `value.key` as far as raw reads along the `__index` tables find it.
fn index_raw<'gc>(rt: &RuntimeState<'gc>, value: Value<'gc>, key: &[u8]) -> Option<Value<'gc>> {
    index_chain(rt, value).into_iter().find_map(|table| {
        table
            .keyed_entries()
            .into_iter()
            .find(|(k, v)| matches!(k, Value::Str(s) if s.as_bytes() == key) && !v.is_nil())
            .map(|(_, v)| v)
    })
}

#[cfg(test)]
mod tests {
    use crate::{BufferHost, Lang, Runtime};

    fn runtime_with(source: &str) -> Runtime {
        let mut rt = Runtime::new();
        let mut host = BufferHost::default();
        rt.run(Lang::Lua, "t.lua", source.as_bytes(), &mut host)
            .expect("the setup runs");
        rt
    }

    #[test]
    fn fields_come_from_the_table_then_its_index_tables() {
        let mut rt = runtime_with(
            "Animal = {eats = true}
             Dog = setmetatable({barks = 0, bark = print}, {__index = Animal})
             mydog = setmetatable({name = 'Rex'}, {__index = Dog})",
        );
        assert_eq!(
            rt.completions(Lang::Lua, &["mydog"]),
            ["name", "barks", "bark", "eats"]
        );
        assert_eq!(
            rt.completions(Lang::Lua, &["Dog"]),
            ["barks", "bark", "eats"]
        );
        let globals = rt.completions(Lang::Lua, &[]);
        for name in ["mydog", "Dog", "print", "string"] {
            assert!(globals.iter().any(|g| g == name), "{name} in {globals:?}");
        }
        assert!(
            rt.completions(Lang::Lua, &["string"])
                .contains(&"upper".to_string())
        );
    }

    #[test]
    fn an_index_function_is_never_called_and_loops_end() {
        let mut rt = runtime_with(
            "called = false
             lazy = setmetatable({own = 1}, {__index = function() called = true return {} end})
             loop = {}
             setmetatable(loop, {__index = loop})
             s = 'text'",
        );
        assert_eq!(rt.completions(Lang::Lua, &["lazy"]), ["own"]);
        assert!(rt.completions(Lang::Lua, &["lazy", "anything"]).is_empty());
        assert!(rt.completions(Lang::Lua, &["loop"]).is_empty());
        assert!(
            rt.completions(Lang::Lua, &["s"])
                .contains(&"format".to_string())
        );
        assert!(rt.completions(Lang::Lua, &["missing", "deeper"]).is_empty());
        let mut host = BufferHost::default();
        rt.run(Lang::Lua, "t.lua", b"print(called)", &mut host)
            .unwrap();
        assert_eq!(host.stdout, b"false\n");
    }

    #[test]
    fn languages_without_globals_complete_nothing() {
        let mut rt = Runtime::new();
        assert!(rt.completions(Lang::Python, &[]).is_empty());
        assert!(rt.completions(Lang::JavaScript, &["x"]).is_empty());
    }
}
