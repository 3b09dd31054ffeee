//! What the REPL offers to complete after `name.` or `name:`: the keys
//! reachable from a value through the object model, read without running
//! any user code.
//!
//! For a Lua value that is the table's own string keys, then those of the
//! tables its metatable's `__index` chain leads to when `__index` is a
//! table (§2.4, the index event, followed only as far as it is raw data:
//! an `__index` function is never called). A string completes through the
//! string metatable (`("x"):upper`).
//!
//! Python (Language Reference §3.3.2, `object.__getattribute__`): the
//! instance's own `__dict__`, then the `__dict__` of each class of its
//! type's C3 MRO (of the class itself for a class). JavaScript (ECMA-262
//! §10.1.8 OrdinaryGet): the own properties of the object, then of each
//! object along its prototype chain (a Proxy ends the walk: its traps are
//! code). Perl (perlobj, "Method Resolution"): the subs of the package a
//! blessed reference or a package name stands for, then those of the
//! packages of its linearised `@ISA`. A step of a path reads data only: a
//! getter, property or `__getattr__` is never run, so a field that only
//! code would produce is not offered.

use gc_arena::Mutation;
use omx_core::object::{Object, attrs};
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
                    push_keys(&mut names, table);
                }
                names
            }),
            Lang::Python => self
                .engine
                .with_state(|mc, rt| python_completions(mc, rt, path)),
            Lang::JavaScript => self
                .engine
                .with_state(|mc, rt| js_completions(mc, rt, path)),
            Lang::Perl => self
                .engine
                .with_state(|mc, rt| perl_completions(mc, rt, path)),
        }
    }
}

/// Add `name` to `names` unless it is there (nearest first wins).
fn push_unique(names: &mut Vec<String>, name: String) {
    if !names.contains(&name) {
        names.push(name);
    }
}

/// Add each string key of `o`'s own storage to `names`, once.
fn push_keys(names: &mut Vec<String>, o: Object<'_>) {
    for (key, _) in o.keyed_entries() {
        if let Value::Str(s) = key {
            push_unique(names, s.to_str_lossy().into_owned());
        }
    }
}

/// Python: the names `path` reaches from `__main__` (and the builtins).
fn python_completions<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    path: &[&str],
) -> Vec<String> {
    let mut names = Vec::new();
    let Some((head, rest)) = path.split_first() else {
        push_keys(&mut names, crate::embed::eval::python_main(mc, rt));
        push_keys(&mut names, rt.python.builtins);
        return names;
    };
    let mut value = crate::embed::eval::global(mc, rt, Lang::Python, head);
    for name in rest {
        let key = rt.intern(mc, name.as_bytes());
        match python_attr_raw(rt, value, key) {
            Some(found) => value = found,
            None => return Vec::new(),
        }
    }
    if value.is_nil() {
        return names;
    }
    let (own, tp) = python_own_and_type(rt, value);
    if let Some(o) = own {
        push_keys(&mut names, o);
    }
    for cls in omx_core::protocol::python::state::mro_of(tp) {
        push_keys(&mut names, cls);
    }
    names
}

/// The object whose own storage is `value`'s `__dict__` (an instance, a
/// class, a module), and the type whose MRO a lookup on `value` walks.
fn python_own_and_type<'gc>(
    rt: &RuntimeState<'gc>,
    value: Value<'gc>,
) -> (Option<Object<'gc>>, Object<'gc>) {
    use omx_core::protocol::python::{PY_INSTANCE, PY_TYPE, globals::PY_GLOBALS, state};
    match value {
        Value::Object(o) if std::ptr::eq(o.model(), &PY_TYPE) => (None, o),
        Value::Object(o)
            if std::ptr::eq(o.model(), &PY_INSTANCE) || std::ptr::eq(o.model(), &PY_GLOBALS) =>
        {
            (Some(o), state::type_of(&rt.python, value))
        }
        v => (None, state::type_of(&rt.python, v)),
    }
}

/// `value.key` as stored: the instance `__dict__`, then the MRO's class
/// dicts. A descriptor is returned as itself (its `__get__` is not run).
fn python_attr_raw<'gc>(
    rt: &RuntimeState<'gc>,
    value: Value<'gc>,
    key: omx_core::string::Str<'gc>,
) -> Option<Value<'gc>> {
    if value.is_nil() {
        return None;
    }
    let (own, tp) = python_own_and_type(rt, value);
    if let Some(o) = own {
        let v = o.get_field(key);
        if !v.is_empty() {
            return Some(v);
        }
    }
    omx_core::protocol::python::lookup::lookup(tp, key)
}

/// JavaScript: the names `path` reaches from the script scope (the REPL's
/// `let`/`const`/`class`) and the global object.
fn js_completions<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    path: &[&str],
) -> Vec<String> {
    let scope_key = rt.intern(mc, b"\0js.script");
    let scope = raw_get_str(rt.globals, scope_key).as_object();
    let global = crate::embed::eval::js_global(rt);
    let mut names = Vec::new();
    let Some((head, rest)) = path.split_first() else {
        for o in scope.into_iter().chain(global) {
            for o in js_chain(o) {
                js_own_names(mc, &mut names, o);
            }
        }
        return names;
    };
    let key = rt.intern(mc, head.as_bytes());
    let Some(mut value) = [scope, global]
        .into_iter()
        .flatten()
        .find_map(|o| js_data_raw(mc, o, key))
    else {
        return names;
    };
    for name in rest {
        let key = rt.intern(mc, name.as_bytes());
        match value.as_object().and_then(|o| js_data_raw(mc, o, key)) {
            Some(found) => value = found,
            None => return Vec::new(),
        }
    }
    if let Some(o) = value.as_object() {
        for o in js_chain(o) {
            js_own_names(mc, &mut names, o);
        }
    }
    names
}

/// `o` and the objects of its prototype chain, up to a Proxy (whose
/// traps would have to run) or an object seen before.
fn js_chain(o: Object<'_>) -> Vec<Object<'_>> {
    let mut chain: Vec<Object<'_>> = Vec::new();
    let mut at = Some(o);
    while let Some(o) = at {
        if omx_core::protocol::js::model::is_proxy(o) || chain.contains(&o) {
            break;
        }
        chain.push(o);
        at = o.meta();
    }
    chain
}

fn js_own_names<'gc>(mc: &Mutation<'gc>, names: &mut Vec<String>, o: Object<'gc>) {
    for own in omx_core::protocol::js::keys::own_keys(mc, o) {
        if let Value::Str(s) = own.key {
            push_unique(names, s.to_str_lossy().into_owned());
        }
    }
}

/// The data property `key` found first along `o`'s prototype chain; an
/// accessor is not followed (its getter would run).
fn js_data_raw<'gc>(
    mc: &Mutation<'gc>,
    o: Object<'gc>,
    key: omx_core::string::Str<'gc>,
) -> Option<Value<'gc>> {
    for o in js_chain(o) {
        if let Some(own) = omx_core::protocol::js::keys::own_keys(mc, o)
            .into_iter()
            .find(|k| matches!(k.key, Value::Str(s) if s == key))
        {
            if own.attrs & attrs::ACCESSOR != 0 {
                return None;
            }
            return Some(o.get_field(key));
        }
    }
    None
}

/// Perl: after `$name->` or `Package->`, the subs of the package (a
/// blessed reference's, or the one named) and of its linearised `@ISA`.
fn perl_completions<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    path: &[&str],
) -> Vec<String> {
    use omx_core::protocol::perl::{container, mro};
    let [head] = path else {
        return Vec::new();
    };
    let stash = if head.starts_with('$') {
        match crate::embed::eval::global(mc, rt, Lang::Perl, head) {
            Value::Object(o) => perl_referent_stash(o),
            _ => None,
        }
    } else {
        container::find_stash(mc, rt, head.as_bytes())
    };
    let Some(stash) = stash else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for st in mro::linear_isa(mc, rt, stash) {
        for (key, _) in st.keyed_entries() {
            let sub = match key {
                Value::Str(s) => s.as_bytes().strip_prefix(b"&").map(<[u8]>::to_vec),
                _ => None,
            };
            if let Some(sub) = sub {
                push_unique(&mut names, String::from_utf8_lossy(&sub).into_owned());
            }
        }
    }
    names
}

/// The package a blessed reference stands for: its meta object, a stash.
fn perl_referent_stash(o: Object<'_>) -> Option<Object<'_>> {
    o.meta()
        .filter(|m| omx_core::protocol::perl::container::is_stash(*m))
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
    fn python_names_come_from_the_instance_dict_then_the_mro() {
        let mut rt = Runtime::new();
        rt.exec(
            Lang::Python,
            "class Base:\n    kind = 'b'\n    def greet(self): pass\n\
             class Mid(Base):\n    def walk(self): pass\n\
             class Lazy(Mid):\n    def __getattr__(self, name):\n        raise RuntimeError('ran')\n    \
             @property\n    def prop(self):\n        raise RuntimeError('ran')\n\
             obj = Lazy()\nobj.own = Base()\ntext = 'abc'",
        )
        .unwrap();
        let names = rt.completions(Lang::Python, &["obj"]);
        let at = |n: &str| names.iter().position(|x| x == n);
        for n in ["own", "prop", "walk", "greet", "kind", "__init__"] {
            assert!(at(n).is_some(), "{n} in {names:?}");
        }
        assert!(at("own") < at("walk") && at("walk") < at("greet"));
        assert!(at("greet") < at("__init__"), "object comes last");
        // Through the instance dict to another instance's class.
        assert!(
            rt.completions(Lang::Python, &["obj", "own"])
                .contains(&"greet".into())
        );
        // A property or __getattr__ is not run to go deeper.
        assert!(
            rt.completions(Lang::Python, &["obj", "prop", "x"])
                .is_empty()
        );
        assert!(rt.completions(Lang::Python, &["obj", "missing"]).is_empty());
        assert!(
            rt.completions(Lang::Python, &["Mid"])
                .contains(&"greet".into())
        );
        assert!(
            rt.completions(Lang::Python, &["text"])
                .contains(&"upper".into())
        );
        let globals = rt.completions(Lang::Python, &[]);
        for n in ["obj", "Lazy", "len", "print"] {
            assert!(globals.contains(&n.to_string()), "{n} in globals");
        }
    }

    #[test]
    fn javascript_names_come_from_own_properties_then_the_prototype_chain() {
        let mut rt = Runtime::new();
        rt.exec(
            Lang::JavaScript,
            "class Animal { eat() {} }\n\
             class Dog extends Animal { bark() {} get loud() { throw new Error('ran') } }\n\
             var rex = globalThis.rex = new Dog(); rex.name = 'Rex'; rex.tag = { id: 1 };\n\
             globalThis.trap = new Proxy({}, { ownKeys() { throw new Error('ran') } });",
        )
        .unwrap();
        let names = rt.completions(Lang::JavaScript, &["rex"]);
        let at = |n: &str| names.iter().position(|x| x == n);
        for n in ["name", "tag", "bark", "loud", "eat", "hasOwnProperty"] {
            assert!(at(n).is_some(), "{n} in {names:?}");
        }
        assert!(at("name") < at("bark") && at("bark") < at("eat"));
        assert!(at("eat") < at("hasOwnProperty"));
        assert_eq!(rt.completions(Lang::JavaScript, &["rex", "tag"])[0], "id");
        assert!(
            rt.completions(Lang::JavaScript, &["rex", "loud", "x"])
                .is_empty()
        );
        assert!(rt.completions(Lang::JavaScript, &["trap"]).is_empty());
        assert!(
            rt.completions(Lang::JavaScript, &[])
                .contains(&"Math".into())
        );
    }

    #[test]
    fn perl_names_are_the_subs_of_the_package_and_its_isa() {
        let mut rt = Runtime::new();
        rt.exec(
            Lang::Perl,
            "package Animal; sub new { bless {}, shift } sub eat {}\n\
             package Cat; our @ISA = ('Animal'); sub purr {}\n\
             package main; our $tom = Cat->new; 1;",
        )
        .unwrap();
        let names = rt.completions(Lang::Perl, &["$tom"]);
        assert_eq!(names, ["purr", "new", "eat"]);
        assert_eq!(rt.completions(Lang::Perl, &["Cat"]), names);
        assert!(rt.completions(Lang::Perl, &["$nothing"]).is_empty());
        assert!(rt.completions(Lang::Perl, &["NoSuchPackage"]).is_empty());
    }
}
