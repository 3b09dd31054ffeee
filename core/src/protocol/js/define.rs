//! [[DefineOwnProperty]] (ECMA-262 §10.1.6 OrdinaryDefineOwnProperty and
//! §10.1.6.3 ValidateAndApplyPropertyDescriptor): a new property needs an
//! extensible object; an existing non-configurable property may only be
//! changed in the ways the spec allows (a writable data property may
//! become non-writable and change its value; nothing else), and absent
//! fields of a new property default to false/undefined.

use super::get::{accessor_pair, own_property};
use super::model::is_array;
use crate::native::Ctx;
use crate::object::{attrs, flags, Object};
use crate::value::Value;

/// A Property Descriptor (§6.2.6): every field optional.
#[derive(Default, Clone, Copy)]
pub struct Descriptor<'gc> {
    pub value: Option<Value<'gc>>,
    pub writable: Option<bool>,
    pub get: Option<Value<'gc>>,
    pub set: Option<Value<'gc>>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl<'gc> Descriptor<'gc> {
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
    /// A plain writable, enumerable, configurable data property.
    pub fn data(value: Value<'gc>) -> Descriptor<'gc> {
        Descriptor {
            value: Some(value),
            writable: Some(true),
            enumerable: Some(true),
            configurable: Some(true),
            ..Default::default()
        }
    }
}

/// The descriptor of an own property (§10.1.5.1 OrdinaryGetOwnProperty).
pub fn own_descriptor<'gc>(o: Object<'gc>, key: Value<'gc>) -> Option<Descriptor<'gc>> {
    let (v, a) = own_property(o, key)?;
    let enumerable = Some(a & attrs::HIDDEN == 0);
    let configurable = Some(a & attrs::PERMANENT == 0);
    if a & attrs::ACCESSOR != 0 {
        let (g, s) = accessor_pair(v);
        return Some(Descriptor {
            get: Some(g),
            set: Some(s),
            enumerable,
            configurable,
            ..Default::default()
        });
    }
    Some(Descriptor {
        value: Some(v),
        writable: Some(a & attrs::READ_ONLY == 0),
        enumerable,
        configurable,
        ..Default::default()
    })
}

/// §10.1.6.3 ValidateAndApplyPropertyDescriptor: `Err(reason)` when the
/// definition is not allowed (the caller throws `TypeError: Cannot
/// redefine property: x` or `Cannot define property x, object is not
/// extensible`).
pub fn define_own<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    desc: Descriptor<'gc>,
) -> Result<(), String> {
    let k = super::key::key_text(key);
    let current = own_descriptor(o, key);
    let Some(cur) = current else {
        // 2. current is undefined: 2.a. not extensible → false.
        if o.flags() & flags::NOT_EXTENSIBLE != 0 {
            return Err(format!(
                "Cannot define property {k}, object is not extensible"
            ));
        }
        // 2.c/d. Create with defaults false/undefined.
        let mut a = 0u8;
        if !desc.enumerable.unwrap_or(false) {
            a |= attrs::HIDDEN;
        }
        if !desc.configurable.unwrap_or(false) {
            a |= attrs::PERMANENT;
        }
        if desc.is_accessor() {
            let pair = make_pair(
                ctx,
                desc.get.unwrap_or(Value::Nil),
                desc.set.unwrap_or(Value::Nil),
            );
            store(ctx, o, key, pair, a | attrs::ACCESSOR);
        } else {
            if !desc.writable.unwrap_or(false) {
                a |= attrs::READ_ONLY;
            }
            store(ctx, o, key, desc.value.unwrap_or(Value::Nil), a);
        }
        return Ok(());
    };
    let redefine = || format!("Cannot redefine property: {k}");
    let cur_configurable = cur.configurable.unwrap_or(false);
    // 4. If current.[[Configurable]] is false:
    if !cur_configurable {
        // 4.a/b. configurable true or a changed enumerable: false.
        if desc.configurable == Some(true) {
            return Err(redefine());
        }
        if desc.enumerable.is_some() && desc.enumerable != cur.enumerable {
            return Err(redefine());
        }
        // 4.c. A change between data and accessor: false.
        if (desc.is_accessor() && cur.value.is_some()) || (desc.is_data() && cur.get.is_some()) {
            return Err(redefine());
        }
        if cur.get.is_some() {
            // 4.d. Accessors: a different getter or setter is refused.
            let same = |a: Option<Value<'gc>>, b: Option<Value<'gc>>| match (a, b) {
                (Some(x), Some(y)) => x.raw_eq(y),
                (None, _) => true,
                _ => false,
            };
            if !same(desc.get, cur.get) || !same(desc.set, cur.set) {
                return Err(redefine());
            }
        } else if cur.writable == Some(false) {
            // 4.e. Non-writable data: writable true or a new value.
            if desc.writable == Some(true) {
                return Err(redefine());
            }
            if let (Some(v), Some(old)) = (desc.value, cur.value) {
                if !super::equality::same_value(v, old) {
                    return Err(redefine());
                }
            }
        }
    }
    // 5. Apply the fields present in Desc over current.
    let enumerable = desc.enumerable.or(cur.enumerable).unwrap_or(false);
    let configurable = desc.configurable.or(cur.configurable).unwrap_or(false);
    let mut a = 0u8;
    if !enumerable {
        a |= attrs::HIDDEN;
    }
    if !configurable {
        a |= attrs::PERMANENT;
    }
    let to_accessor = desc.is_accessor() || (cur.get.is_some() && !desc.is_data());
    if to_accessor {
        let g = desc.get.or(cur.get).unwrap_or(Value::Nil);
        let s = desc.set.or(cur.set).unwrap_or(Value::Nil);
        let pair = make_pair(ctx, g, s);
        store(ctx, o, key, pair, a | attrs::ACCESSOR);
    } else {
        let writable = desc.writable.or(cur.writable).unwrap_or(false);
        if !writable {
            a |= attrs::READ_ONLY;
        }
        let v = desc.value.or(cur.value).unwrap_or(Value::Nil);
        store(ctx, o, key, v, a);
    }
    Ok(())
}

/// An accessor pair object.
pub fn make_pair<'gc>(ctx: &mut Ctx<'gc, '_>, get: Value<'gc>, set: Value<'gc>) -> Value<'gc> {
    let p = Object::new(ctx.mc, ctx.rt.root_shape, &super::JS_ACCESSOR);
    p.set_internal(ctx.mc, 0, get);
    p.set_internal(ctx.mc, 1, set);
    Value::Object(p)
}

/// Store a property with attributes. An array element with attributes
/// other than plain moves out of the array part only when it must.
fn store<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, v: Value<'gc>, a: u8) {
    if let Value::Int(i) = key {
        let i = i as usize;
        if a == 0 {
            if is_array(o) {
                super::array::array_write(ctx, o, key, v);
                return;
            }
            super::set::write_own(ctx, o, key, v);
            return;
        }
        if i < o.array_len() {
            // Attributes on an element: it leaves the array part.
            if is_array(o) || i + 1 < o.array_len() {
                o.array_set(ctx.mc, i, Value::Empty);
            } else {
                o.with_array_mut(ctx.mc, |arr| {
                    arr.pop();
                });
            }
        }
    }
    if is_array(o) {
        if let Value::Str(s) = key {
            if s.as_bytes() == b"length" {
                if let Some(n) = super::convert::to_number(v) {
                    super::array::set_length(ctx, o, n as usize);
                }
                if a & attrs::READ_ONLY != 0 {
                    o.define_key(
                        ctx.mc,
                        Value::Int(-1),
                        Value::Nil,
                        attrs::READ_ONLY | attrs::HIDDEN,
                    );
                }
                return;
            }
        }
    }
    o.define_key(ctx.mc, key, v, a);
}
