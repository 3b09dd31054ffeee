//! `_PyType_Lookup`: find a name along a type's MRO, in each class's own
//! namespace, first hit wins (Language Reference §3.3.2).

use super::state::SLOT_MRO;
use crate::object::Object;
use crate::string::Str;
use crate::value::Value;

/// The value of `name` in the first class of `ty`'s MRO that defines it,
/// with that class; `None` when no class does.
pub fn type_lookup<'gc>(ty: Object<'gc>, name: Str<'gc>) -> Option<(Value<'gc>, Object<'gc>)> {
    match ty.internal(SLOT_MRO) {
        Value::Object(mro) => {
            let n = mro.array_len();
            for i in 0..n {
                if let Value::Object(cls) = mro.array_get(i) {
                    let v = cls.get_field(name);
                    if !v.is_empty() {
                        return Some((v, cls));
                    }
                }
            }
            None
        }
        _ => {
            let v = ty.get_field(name);
            (!v.is_empty()).then_some((v, ty))
        }
    }
}

/// The value of `name` along the MRO, or `None`.
pub fn lookup<'gc>(ty: Object<'gc>, name: Str<'gc>) -> Option<Value<'gc>> {
    type_lookup(ty, name).map(|(v, _)| v)
}
