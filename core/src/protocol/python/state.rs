//! The builtin types of Python (`type`, `object`, `int`, `list`, the
//! exception hierarchy...) as type objects every rule can reach, and
//! `type(v)` for any value (CPython: `Py_TYPE`).

use gc_arena::{Collect, Mutation};

use super::model::{PY_DICT, PY_TUPLE, PY_TYPE};
use crate::object::{Object, Shape};
use crate::string::Str;
use crate::value::Value;

/// Internal slots of a type object.
pub const SLOT_MRO: usize = 0;
pub const SLOT_BASES: usize = 1;
pub const SLOT_NAME: usize = 2;

macro_rules! builtin_types {
    ($($name:ident = $text:literal : $base:ident,)*) => {
        /// The builtin types, in creation order (a base before its
        /// subclasses).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(usize)]
        pub enum T { $($name,)* }
        /// (name, base) of each builtin type.
        pub const TYPE_TABLE: &[(&str, T)] = &[$(($text, T::$base),)*];
    };
}

builtin_types! {
    Type = "type": Object,
    Object = "object": Object,
    Int = "int": Object,
    Bool = "bool": Int,
    Float = "float": Object,
    Str = "str": Object,
    NoneType = "NoneType": Object,
    List = "list": Object,
    Tuple = "tuple": Object,
    Dict = "dict": Object,
    Set = "set": Object,
    FrozenSet = "frozenset": Object,
    Function = "function": Object,
    BuiltinFunction = "builtin_function_or_method": Object,
    Method = "method": Object,
    Property = "property": Object,
    ClassMethod = "classmethod": Object,
    StaticMethod = "staticmethod": Object,
    Super = "super": Object,
    Generator = "generator": Object,
    Range = "range": Object,
    Slice = "slice": Object,
    NotImplementedType = "NotImplementedType": Object,
    Module = "module": Object,
    Iterator = "iterator": Object,
    BaseException = "BaseException": Object,
    Exception = "Exception": BaseException,
    ArithmeticError = "ArithmeticError": Exception,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    LookupError = "LookupError": Exception,
    KeyError = "KeyError": LookupError,
    IndexError = "IndexError": LookupError,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    AttributeError = "AttributeError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    RuntimeError = "RuntimeError": Exception,
    RecursionError = "RecursionError": RuntimeError,
    NotImplementedError = "NotImplementedError": RuntimeError,
    StopIteration = "StopIteration": Exception,
    AssertionError = "AssertionError": Exception,
    MemoryError = "MemoryError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    UnicodeError = "UnicodeError": ValueError,
    GeneratorExit = "GeneratorExit": BaseException,
    SystemExit = "SystemExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
}

/// Python's part of the runtime state.
#[derive(Collect)]
#[collect(no_drop)]
pub struct PyState<'gc> {
    /// The builtin types, indexed by `T`.
    pub types: Vec<Object<'gc>>,
    /// The `builtins` namespace (a dict): what a global name falls back to.
    pub builtins: Object<'gc>,
    /// The `NotImplemented` singleton.
    pub not_implemented: Object<'gc>,
    /// Helpers the frontend installs (Python functions that call with
    /// keywords, build reprs...), by name.
    pub helpers: Object<'gc>,
    /// The attribute dicts of functions (`f.calls = 0`), keyed by the
    /// function value.
    pub func_attrs: Object<'gc>,
    /// Names the cache planners look up without interning (they get no
    /// `Mutation`): compared by content like any key.
    pub names: Names<'gc>,
}

/// Dunder names read by rules that cannot intern (`plan.rs`).
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct Names<'gc> {
    pub getattribute: Str<'gc>,
    pub setattr: Str<'gc>,
    pub get: Str<'gc>,
    pub set: Str<'gc>,
    pub delete: Str<'gc>,
}

impl<'gc> PyState<'gc> {
    pub fn new(mc: &Mutation<'gc>, root: Shape<'gc>) -> PyState<'gc> {
        let mut types: Vec<Object<'gc>> = Vec::with_capacity(TYPE_TABLE.len());
        for (name, _) in TYPE_TABLE {
            let t = Object::new(mc, root, &PY_TYPE);
            // A namespace of its own shape (see `plan.rs`).
            t.make_dictionary(mc);
            t.mark_proto();
            t.set_internal(mc, SLOT_NAME, Value::Str(Str::new(mc, name.as_bytes())));
            types.push(t);
        }
        let type_type = types[T::Type as usize];
        for (i, (_, base)) in TYPE_TABLE.iter().enumerate() {
            let t = types[i];
            t.set_meta(mc, Some(type_type));
            let bases = new_tuple(mc, root, &[]);
            if i != T::Object as usize {
                bases.array_push(mc, Value::Object(types[*base as usize]));
            }
            t.set_internal(mc, SLOT_BASES, Value::Object(bases));
            // The MRO of a single-inheritance chain: self, then each base
            // up to `object` (walked through the table, so a type listed
            // before its base, `type` before `object`, gets it whole).
            let mro = new_tuple(mc, root, &[Value::Object(t)]);
            let mut at = i;
            while at != T::Object as usize {
                at = TYPE_TABLE[at].1 as usize;
                mro.array_push(mc, Value::Object(types[at]));
            }
            t.set_internal(mc, SLOT_MRO, Value::Object(mro));
        }
        let builtins = Object::new(mc, root, &super::globals::PY_GLOBALS);
        builtins.make_dictionary(mc);
        let helpers = Object::new(mc, root, &PY_DICT);
        helpers.make_dictionary(mc);
        let not_implemented = Object::new(mc, root, &super::model::PY_INSTANCE);
        not_implemented.set_meta(mc, Some(types[T::NotImplementedType as usize]));
        let func_attrs = Object::new(mc, root, &PY_DICT);
        func_attrs.make_dictionary(mc);
        let name = |n: &[u8]| Str::new(mc, n);
        let names = Names {
            getattribute: name(b"__getattribute__"),
            setattr: name(b"__setattr__"),
            get: name(b"__get__"),
            set: name(b"__set__"),
            delete: name(b"__delete__"),
        };
        PyState {
            names,
            func_attrs,
            types,
            builtins,
            not_implemented,
            helpers,
        }
    }

    #[inline]
    pub fn ty(&self, t: T) -> Object<'gc> {
        self.types[t as usize]
    }

    pub fn is_not_implemented(&self, v: Value<'gc>) -> bool {
        matches!(v, Value::Object(o) if o == self.not_implemented)
    }
}

/// A new tuple holding `values`.
pub fn new_tuple<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, values: &[Value<'gc>]) -> Object<'gc> {
    let t = Object::with_capacity(mc, root, &PY_TUPLE, values.len(), 0);
    for v in values {
        t.array_push(mc, *v);
    }
    t
}

/// `type(v)` (CPython: `Py_TYPE`): the class of any value.
pub fn type_of<'gc>(py: &PyState<'gc>, v: Value<'gc>) -> Object<'gc> {
    let t = match v {
        Value::Nil | Value::Empty | Value::Null => T::NoneType,
        Value::Bool(_) => T::Bool,
        Value::Int(_) | Value::BigInt(_) => T::Int,
        Value::Float(_) => T::Float,
        Value::Str(_) => T::Str,
        Value::Closure(_) => T::Function,
        Value::Native(_) => T::BuiltinFunction,
        Value::Thread(_) => T::Generator,
        Value::Cell(_) => T::Object,
        Value::Object(o) => {
            if o.model().lang == Some(crate::Lang::Python) {
                if let Some(m) = o.meta() {
                    return m;
                }
            }
            // The core's cursors (`model::iter`) are what Python's
            // `iter(range(..))`, `iter(str)` and `iter(list)` hand out.
            if crate::model::iter::is_cursor(o) {
                return py.ty(T::Iterator);
            }
            T::Object
        }
    };
    py.ty(t)
}

/// The `__name__` of a type object.
pub fn type_name<'gc>(t: Object<'gc>) -> String {
    match t.internal(SLOT_NAME) {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => "?".into(),
    }
}

/// The MRO of a type (a tuple's elements).
pub fn mro_of<'gc>(t: Object<'gc>) -> Vec<Object<'gc>> {
    match t.internal(SLOT_MRO) {
        Value::Object(m) => m.with_array(|a| a.iter().filter_map(|v| v.as_object()).collect()),
        _ => vec![t],
    }
}

/// `issubclass(a, b)` by the MRO (CPython: `PyType_IsSubtype`).
pub fn is_subtype<'gc>(a: Object<'gc>, b: Object<'gc>) -> bool {
    if a == b {
        return true;
    }
    match a.internal(SLOT_MRO) {
        Value::Object(m) => {
            m.with_array(|arr| arr.iter().any(|v| matches!(v, Value::Object(o) if *o == b)))
        }
        _ => false,
    }
}

/// `isinstance(v, t)` without `__instancecheck__`.
pub fn is_instance<'gc>(py: &PyState<'gc>, v: Value<'gc>, t: Object<'gc>) -> bool {
    is_subtype(type_of(py, v), t)
}

/// The `i64` in an `Int` (or `bool`).
pub fn small_int(v: Value<'_>) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        _ => None,
    }
}

/// The attribute dict of a function, made when first asked for.
pub fn func_dict<'gc>(ctx: &mut crate::native::Ctx<'gc, '_>, f: Value<'gc>) -> Object<'gc> {
    if let Value::Object(d) = ctx.rt.python.func_attrs.get_key(f) {
        return d;
    }
    let d = super::model::new_dict(ctx);
    ctx.rt
        .python
        .func_attrs
        .set_key(ctx.mc, f, Value::Object(d));
    d
}
