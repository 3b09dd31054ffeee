//! Objects that their own language calls a function, for the languages
//! that give functions a type of their own: a JavaScript function object
//! (or a Proxy around one; ECMA-262 §7.2.3 IsCallable) and a Python bound
//! method are a `function` to Lua's `type()` (lua/callable.rs) and a
//! `CODE` reference to Perl's `ref` (perl/reftype.rs), as Lua, Python and
//! Perl functions (closures) already are to every language. Python
//! classes, Perl blessed code and host-class instances are objects.

use crate::object::Object;
use crate::value::Value;

/// Is object `o` a function in its own language (see the module doc)?
pub fn is_foreign_function(o: Object<'_>) -> bool {
    super::js::model::is_callable(Value::Object(o))
        || std::ptr::eq(o.model(), &super::python::model::PY_METHOD)
}
