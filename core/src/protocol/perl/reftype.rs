//! What `ref` says of a value and how a reference prints (perlfunc "ref",
//! perlref "Using References"; sv.c `sv_reftype` and `sv_2pv_flags` for a
//! reference): `ARRAY`, `HASH`, `SCALAR`, `CODE`, `REF` for an unblessed
//! referent, the package name for a blessed one; the string form is
//! `HASH(0x55d0c8a1e2f0)` or `Pkg=HASH(0x...)`.

use crate::object::Object;
use crate::value::Value;

/// The package name a stash carries.
pub fn stash_name(st: Object<'_>) -> String {
    match st.internal(0) {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => "main".into(),
    }
}

/// The kind of referent (`reftype`), `None` for a non-reference.
pub fn reftype(v: Value<'_>) -> Option<&'static str> {
    match v {
        Value::Object(o) => Some(if super::container::is_array(o) {
            "ARRAY"
        } else if super::container::is_hash(o) {
            "HASH"
        } else if super::container::is_scalar(o) {
            match o.internal(0) {
                Value::Object(_) | Value::Closure(_) => "REF",
                _ => "SCALAR",
            }
        } else if super::container::is_stash(o) {
            "GLOB"
        } else if super::code::is_code(o) || crate::protocol::foreign::is_foreign_function(o) {
            // A function of another language is a code reference
            // (protocol/foreign.rs).
            "CODE"
        } else {
            "OBJECT"
        }),
        Value::Closure(_) | Value::Native(_) => Some("CODE"),
        _ => None,
    }
}

/// `ref($v)`: the package of a blessed referent, else its kind; `""` for
/// a non-reference.
pub fn ref_name(v: Value<'_>) -> String {
    if let Value::Object(o) = v {
        if let Some(st) = o.meta() {
            if super::container::is_stash(st) {
                return stash_name(st);
            }
        }
    }
    reftype(v).unwrap_or("").to_string()
}

/// The address perl would show.
pub fn address(v: Value<'_>) -> usize {
    match v {
        Value::Object(o) => o.address(),
        Value::Closure(c) => gc_arena::Gc::as_ptr(c.0) as usize,
        Value::Native(n) => gc_arena::Gc::as_ptr(n.0) as usize,
        _ => 0,
    }
}

/// The string form of a reference, without overloading.
pub fn ref_string(v: Value<'_>) -> String {
    let kind = reftype(v).unwrap_or("SCALAR");
    let addr = address(v);
    if let Value::Object(o) = v {
        if let Some(st) = o.meta() {
            if super::container::is_stash(st) {
                return format!("{}={kind}(0x{addr:x})", stash_name(st));
            }
        }
    }
    format!("{kind}(0x{addr:x})")
}
