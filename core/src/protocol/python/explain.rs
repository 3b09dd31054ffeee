//! The sentences Python's attribute rules report to the explain facility
//! (core/src/trace): the MRO a lookup walks, what kind of descriptor a
//! class attribute is (Language Reference §3.3.2.2, §3.3.2.3).

use super::descriptor::Kind;
use super::state::SLOT_MRO;
use crate::object::Object;
use crate::trace::Namer;
use crate::value::Value;

/// `Vector → Base → object`: the classes of `tp.__mro__`.
pub fn mro_text<'gc>(n: &Namer<'_, 'gc>, tp: Object<'gc>) -> String {
    let mut names = Vec::new();
    if let Value::Object(mro) = tp.internal(SLOT_MRO) {
        for i in 0..mro.array_len() {
            names.push(n.of(mro.array_get(i)));
        }
    }
    if names.is_empty() {
        names.push(n.of(Value::Object(tp)));
    }
    names.join(" → ")
}

/// What a class attribute of this kind is, as a sentence's end.
pub fn kind_text(k: Kind) -> &'static str {
    match k {
        Kind::Function => "a function: a non-data descriptor (it has only __get__)",
        Kind::Property => "a property: a data descriptor (it has __set__)",
        Kind::ClassMethod => "a classmethod: a non-data descriptor binding to the class",
        Kind::StaticMethod => "a staticmethod: a non-data descriptor returning the function",
        Kind::UserData => "a data descriptor (its type has __set__ or __delete__)",
        Kind::UserNonData => "a non-data descriptor (its type has only __get__)",
        Kind::Plain => "a plain class attribute (not a descriptor)",
    }
}
