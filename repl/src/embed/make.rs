//! Containers of each language made from Rust: the kind a script of that
//! language would make for a list or a map literal.

use omx_core::object::Object;
use omx_core::protocol::js::realm::{Slot, proto};
use omx_core::protocol::lua::table::{new_table, raw_set};
use omx_core::protocol::perl::container::{new_array, new_hash};
use omx_core::protocol::python::{PY_DICT, PY_LIST, T};
use omx_core::{Lang, Value};

use super::convert::Cx;

/// `{...}`, `[...]`, `[...]`, `[...]`: a sequence of `items`.
pub(crate) fn list<'gc>(cx: &mut Cx<'gc, '_>, items: &[Value<'gc>]) -> Value<'gc> {
    let (mc, root) = (cx.mc, cx.rt.root_shape);
    let o = match cx.lang {
        Lang::Lua => {
            let t = new_table(mc, root, items.len(), 0);
            for (i, v) in items.iter().enumerate() {
                let _ = raw_set(mc, t, Value::Int(i as i64 + 1), *v);
            }
            t
        }
        Lang::Python => {
            let l = Object::with_capacity(mc, root, &PY_LIST, items.len(), 0);
            l.set_meta(mc, Some(cx.rt.python.ty(T::List)));
            l.with_array_mut(mc, |a| a.extend_from_slice(items));
            l
        }
        Lang::JavaScript => {
            let a =
                Object::with_capacity(mc, root, &omx_core::protocol::js::JS_ARRAY, items.len(), 0);
            a.set_meta(mc, proto(cx.rt, Slot::ArrayProto));
            a.with_array_mut(mc, |v| v.extend_from_slice(items));
            a
        }
        Lang::Perl => new_array(mc, root, items),
    };
    Value::Object(o)
}

/// `{k = v}`, `{k: v}`, `{k: v}`, `{k => v}`: a mapping of `pairs`.
pub(crate) fn map<'gc>(cx: &mut Cx<'gc, '_>, pairs: &[(Value<'gc>, Value<'gc>)]) -> Value<'gc> {
    let (mc, root) = (cx.mc, cx.rt.root_shape);
    let o = match cx.lang {
        Lang::Lua => {
            let t = new_table(mc, root, 0, pairs.len());
            for (k, v) in pairs {
                let _ = raw_set(mc, t, *k, *v);
            }
            return Value::Object(t);
        }
        Lang::Python => {
            let d = Object::new(mc, root, &PY_DICT);
            d.make_dictionary(mc);
            d.set_meta(mc, Some(cx.rt.python.ty(T::Dict)));
            d
        }
        Lang::JavaScript => {
            let o = Object::new(mc, root, &omx_core::protocol::js::JS_ORDINARY);
            o.set_meta(mc, proto(cx.rt, Slot::ObjectProto));
            o
        }
        Lang::Perl => new_hash(mc, cx.rt.perl.hash_shape),
    };
    for (k, v) in pairs {
        // JavaScript and Perl keys are strings ("1", not 1).
        let key = match (cx.lang, k) {
            (Lang::JavaScript | Lang::Perl, Value::Int(i)) => cx.string(i.to_string().as_bytes()),
            _ => *k,
        };
        match (cx.lang, key) {
            (Lang::JavaScript | Lang::Perl, Value::Str(s)) => o.set_field(mc, s, *v),
            (_, other) => o.set_key(mc, other, *v),
        }
    }
    Value::Object(o)
}
