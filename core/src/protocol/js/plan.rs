//! Inline-cache plans for JavaScript reads (the VM's `plan_string_get`
//! hook): `s.charCodeAt` on a primitive string is §13.3.2 property access
//! with ToObject (§7.1.18), i.e. [[Get]] (§10.1.8) on the String prototype
//! with the string as receiver. When the key is an own data property of
//! `String.prototype`, the value is the answer until that object is written
//! (it is marked as a prototype, so a write invalidates every plan).

use super::realm::{proto, Slot};
use crate::model::GetPlan;
use crate::object::attrs;
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::value::Value;

pub fn plan_string_get<'gc>(rt: &RuntimeState<'gc>, key: Str<'gc>) -> Option<GetPlan<'gc>> {
    // `length` and index keys are the string's own (§10.4.3 String exotic
    // objects).
    let k = key.as_bytes();
    if k == b"length" || k.first().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let p = proto(rt, Slot::StringProto)?;
    let key = Value::Str(key);
    let v = p.get_key(key);
    if v.is_empty() || p.key_attrs(key).unwrap_or(0) & attrs::ACCESSOR != 0 {
        return None;
    }
    p.mark_proto();
    Some(GetPlan::Found(v))
}
