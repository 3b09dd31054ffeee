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

/// The size of a collection of another language, for Python's `len()`
/// (which asks only when the object's Python type has no `__len__`): a
/// JavaScript array's `length`, the elements of a Perl array or hash, and
/// a Lua table's `#` (its `__len` metamethod, else its border, as Lua's
/// own length operator). `None`: the object is no sized collection.
pub fn collection_len<'gc>(
    ctx: &mut crate::native::Ctx<'gc, '_>,
    o: Object<'gc>,
) -> Option<crate::model::Step<'gc>> {
    use super::perl::container;
    let n = if super::js::model::is_array(o) || container::is_array(o) {
        o.array_len()
    } else if container::is_hash(o) {
        o.keyed_live_len()
    } else if std::ptr::eq(o.model(), &super::lua::LUA_TABLE) {
        return Some((o.model().unary)(ctx, crate::bytecode::UnaryOp::Len, o));
    } else {
        return None;
    };
    Some(crate::model::Step::Done(Value::Int(n as i64)))
}
