//! The JavaScript builtins: the realm's prototypes and global object
//! (`install`), the intrinsics the lowered code and the prelude call
//! (`intrinsics.rs`, `objects.rs`, `text.rs`), and the prelude itself
//! (`prelude.js`: the library parts that call back into user code, such as
//! `Array.prototype.map` and `console.log`'s inspection, written in
//! JavaScript so that they stay stackless).

mod collections;
mod intrinsics;
pub use intrinsics::type_of;
mod objects;
mod regexp;
mod text;

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::native::NativeFn;
use omx_core::object::Object;
use omx_core::protocol::js::realm::{ensure_realm, Slot};
use omx_core::protocol::js::{JS, JS_ARRAY, JS_FUNCTION, JS_ORDINARY};
use omx_core::runtime::RuntimeState;
use omx_core::value::Value;
use omx_core::Lang;

/// The prelude, run before every script.
pub const PRELUDE: &str = include_str!(concat!(env!("OUT_DIR"), "/prelude.js"));

pub(crate) fn register<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    t: Object<'gc>,
    name: &'static str,
    f: NativeFn,
) {
    let k = rt.intern(mc, name.as_bytes());
    t.set_field(
        mc,
        k,
        Value::Native(NativeFunction::this_first(mc, name, f)),
    );
}

/// Make the realm: prototypes, the global object, the intrinsics object.
pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    rt.lang_ops[Lang::JavaScript as usize] = Some(&JS);
    let realm = ensure_realm(mc, rt);
    let root = rt.root_shape;
    let object_proto = Object::new(mc, root, &JS_ORDINARY);
    object_proto.mark_proto();
    let mk = |model, proto: Object<'gc>| {
        let o = Object::new(mc, root, model);
        o.set_meta(mc, Some(proto));
        o.mark_proto();
        o
    };
    let function_proto = mk(&JS_FUNCTION, object_proto);
    let array_proto = mk(&JS_ARRAY, object_proto);
    let slots: [(Slot, Object<'gc>); 13] = [
        (Slot::ObjectProto, object_proto),
        (Slot::FunctionProto, function_proto),
        (Slot::ArrayProto, array_proto),
        (Slot::StringProto, mk(&JS_ORDINARY, object_proto)),
        (Slot::NumberProto, mk(&JS_ORDINARY, object_proto)),
        (Slot::BooleanProto, mk(&JS_ORDINARY, object_proto)),
        (Slot::SymbolProto, mk(&JS_ORDINARY, object_proto)),
        (Slot::ErrorProto, mk(&JS_ORDINARY, object_proto)),
        (Slot::BigIntProto, mk(&JS_ORDINARY, object_proto)),
        (Slot::GeneratorProto, mk(&JS_ORDINARY, object_proto)),
        (Slot::Global, mk(&JS_ORDINARY, object_proto)),
        (Slot::Intrinsics, Object::new(mc, root, &JS_ORDINARY)),
        (Slot::Strict, Object::new(mc, root, &JS_ORDINARY)),
    ];
    for (slot, o) in slots {
        realm.set_internal(mc, slot as usize, Value::Object(o));
    }
    realm.set_internal(mc, Slot::Strict as usize, Value::Bool(false));
    let global = realm.internal(Slot::Global as usize).as_object();
    let intr = realm.internal(Slot::Intrinsics as usize).as_object();
    if let (Some(g), Some(i)) = (global, intr) {
        let gk = rt.intern(mc, crate::lower::GLOBAL_KEY);
        let ik = rt.intern(mc, crate::lower::INTRINSICS_KEY);
        rt.globals.set_field(mc, gk, Value::Object(g));
        rt.globals.set_field(mc, ik, Value::Object(i));
        // The REPL's script scope (see `lower::compile_repl`).
        let sk = rt.intern(mc, crate::lower::SCRIPT_KEY);
        let script = Object::new(mc, root, &JS_ORDINARY);
        rt.globals.set_field(mc, sk, Value::Object(script));
        // The intrinsics object is written only while the library is set
        // up, and read by every `null` literal (`%I.null`): marked as a
        // prototype, its reads can be planned although it is a dictionary
        // (`omx_core::protocol::js::plan`).
        i.mark_proto();
        let nk = rt.intern(mc, b"null");
        i.set_field(mc, nk, Value::Null);
        let gok = rt.intern(mc, b"globalObject");
        i.set_field(mc, gok, Value::Object(g));
        let hk = rt.intern(mc, b"hole");
        i.set_field(mc, hk, Value::Object(Object::new(mc, root, &JS_ORDINARY)));
        intrinsics::install(mc, rt, i);
        objects::install(mc, rt, i);
        text::install(mc, rt, i);
        regexp::install(mc, rt, i);
        collections::install(mc, rt, i);
    }
}
