//! Type names as each language says them, for conversion errors: Lua's
//! `type()` ("number expected, got string"), Python's `type(v).__name__`,
//! JavaScript's `typeof`, Perl's description of a value ("a HASH
//! reference").

use omx_core::protocol::perl::container;
use omx_core::runtime::RuntimeState;
use omx_core::{Lang, Value};

/// What the Rust side asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expected {
    Integer,
    Number,
    Boolean,
    String,
    List,
    Map,
}

impl Expected {
    /// The word the language uses for it.
    pub(crate) fn word(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Integer, Lang::Python) => "int",
            (Expected::Integer, Lang::Lua) => "number",
            (Expected::Integer, _) => "integer",
            (Expected::Number, Lang::Python) => "float",
            (Expected::Number, _) => "number",
            (Expected::Boolean, Lang::Python) => "bool",
            (Expected::Boolean, _) => "boolean",
            (Expected::String, Lang::Python) => "str",
            (Expected::String, _) => "string",
            (Expected::List, Lang::Lua) => "table",
            (Expected::List, Lang::Python) => "list",
            (Expected::List, Lang::JavaScript) => "Array",
            (Expected::List, Lang::Perl) => "an ARRAY reference",
            (Expected::Map, Lang::Lua) => "table",
            (Expected::Map, Lang::Python) => "dict",
            (Expected::Map, Lang::JavaScript) => "object",
            (Expected::Map, Lang::Perl) => "a HASH reference",
        }
    }
}

/// The type of `v` as `lang` names it.
pub(crate) fn type_name<'gc>(rt: &RuntimeState<'gc>, lang: Lang, v: Value<'gc>) -> String {
    match lang {
        Lang::Lua => omx_core::protocol::lua::ops::type_name(v).to_string(),
        Lang::Python => {
            let t = omx_core::protocol::python::type_of(&rt.python, v);
            omx_core::protocol::python::state::type_name(t)
        }
        Lang::JavaScript => omx_js::builtins::type_of(v).to_string(),
        Lang::Perl => match v {
            Value::Nil | Value::Empty | Value::Null => "undef".into(),
            Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::BigInt(_) => {
                "a number".into()
            }
            Value::Str(_) => "a string".into(),
            Value::Closure(_) | Value::Native(_) => "a CODE reference".into(),
            Value::Object(o) if o.meta().is_none() && container::is_array(o) => {
                "an ARRAY reference".into()
            }
            Value::Object(o) if o.meta().is_none() && container::is_hash(o) => {
                "a HASH reference".into()
            }
            Value::Object(o) => (o.model().describe)(rt, o),
            Value::Thread(_) | Value::Cell(_) => "a reference".into(),
        },
    }
}
