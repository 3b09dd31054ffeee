//! Typed values across the boundary: [`FromValue`] reads a script value
//! as a Rust type, [`IntoValue`] makes a script value of the language at
//! hand from a Rust value. Containers become each language's own kind: a
//! `Vec` is a Lua table with keys 1..n, a Python `list`, a JavaScript
//! `Array`, a Perl array reference; a map is a Lua table, a Python `dict`,
//! a JavaScript object, a Perl hash reference.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;
use std::rc::Rc;

use gc_arena::Mutation;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::{Lang, Value};

use super::handle::Handles;
use super::types::{Expected, type_name};

/// What a conversion sees: the heap, the runtime state, and the language
/// whose kind of value is made (a `Vec` becomes a Lua table or a Python
/// list by it). An [`IntoValue`] of your own type builds on the existing
/// ones with it.
///
/// ```
/// use omx::{Cx, IntoValue, Lang, Runtime, Value};
/// struct Celsius(f64);
/// impl IntoValue for Celsius {
///     fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
///         format!("{} degrees", self.0).into_value(cx)
///     }
/// }
/// let mut rt = Runtime::new();
/// rt.set_global(Lang::Lua, "t", Celsius(20.5)).unwrap();
/// assert_eq!(rt.eval::<String>(Lang::Lua, "t").unwrap(), "20.5 degrees");
/// ```
pub struct Cx<'gc, 'a> {
    pub(crate) mc: &'a Mutation<'gc>,
    pub(crate) rt: &'a mut RuntimeState<'gc>,
    pub(crate) lang: Lang,
    pub(crate) handles: &'a Rc<Handles>,
    /// A [`ScriptValue`](crate::ScriptValue) of another runtime was
    /// converted (as `nil`): the operation fails with
    /// [`FOREIGN_HANDLE`] once the conversion is done.
    pub(crate) foreign: bool,
}

/// Why a conversion that met a handle of another runtime failed.
pub(crate) const FOREIGN_HANDLE: &str = "a ScriptValue of another runtime was passed to this one";

impl<'gc, 'a> Cx<'gc, 'a> {
    pub(crate) fn new(
        mc: &'a Mutation<'gc>,
        rt: &'a mut RuntimeState<'gc>,
        lang: Lang,
        handles: &'a Rc<Handles>,
    ) -> Cx<'gc, 'a> {
        Cx {
            mc,
            rt,
            lang,
            handles,
            foreign: false,
        }
    }

    /// Fail when a handle of another runtime was converted since the
    /// last check.
    pub(crate) fn check_foreign(&mut self) -> Result<(), String> {
        if std::mem::take(&mut self.foreign) {
            return Err(FOREIGN_HANDLE.into());
        }
        Ok(())
    }

    /// The language whose values this conversion makes.
    ///
    /// ```
    /// use omx::{Cx, IntoValue, Lang, Runtime, Value};
    /// /// Nothing: `None` in Python, `nil` elsewhere; here, a word per language.
    /// struct Nothing;
    /// impl IntoValue for Nothing {
    ///     fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
    ///         let word = if cx.lang() == Lang::Python { "None" } else { "nil" };
    ///         cx.string(word.as_bytes())
    ///     }
    /// }
    /// let mut rt = Runtime::new();
    /// rt.set_global(Lang::Python, "n", Nothing).unwrap();
    /// assert_eq!(rt.eval::<String>(Lang::Python, "n").unwrap(), "None");
    /// ```
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A string value with these bytes (see [`Cx::lang`]'s example).
    ///
    /// ```
    /// use omx::{HostOutcome, Lang, RawArgs, RawFunction, Runtime, Value};
    /// let mut rt = Runtime::new();
    /// let hi = rt.create_function::<RawArgs, _>(
    ///     "hi",
    ///     RawFunction::new(|cx: &mut omx::Cx<'_, '_>, _: &[Value<'_>]| {
    ///         Ok(HostOutcome::Values(vec![cx.string(b"hi")]))
    ///     }),
    /// );
    /// rt.set_global(Lang::Perl, "hi", &hi).unwrap();
    /// assert_eq!(rt.eval::<String>(Lang::Perl, "hi() . '!'").unwrap(), "hi!");
    /// ```
    pub fn string(&mut self, bytes: &[u8]) -> Value<'gc> {
        Value::Str(Str::new(self.mc, bytes))
    }
}

/// A value that did not convert: what was expected and what came, worded
/// for the language the value came from ("number expected, got string").
///
/// ```
/// use omx::{Error, Lang, Runtime};
/// let mut rt = Runtime::new();
/// let Err(Error::Convert(e)) = rt.eval::<Vec<i64>>(Lang::Lua, "{1, 2, 'three'}") else {
///     panic!("a conversion error");
/// };
/// assert_eq!((e.expected, e.got.as_str(), e.path.as_str()), ("number", "string", "[3]"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvError {
    /// What the Rust side asked for ("integer", "string", "list").
    pub expected: &'static str,
    /// The script value's type, as its language names it ("string",
    /// "str", "undefined", "a HASH reference").
    pub got: String,
    /// Where inside a container ("[2]", "['name']"), outermost first.
    pub path: String,
    /// Which of several values (from 1), when several were read.
    pub argument: Option<usize>,
}

impl ConvError {
    pub(crate) fn new<'gc>(cx: &Cx<'gc, '_>, expected: Expected, got: Value<'gc>) -> ConvError {
        ConvError {
            expected: expected.word(cx.lang),
            got: type_name(cx.rt, cx.lang, got),
            path: String::new(),
            argument: None,
        }
    }

    /// The error, inside element `at` of a container.
    pub(crate) fn inside(mut self, at: &str) -> ConvError {
        self.path = format!("{at}{}", self.path);
        self
    }
}

impl std::fmt::Display for ConvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} expected, got {}", self.expected, self.got)?;
        if !self.path.is_empty() {
            write!(f, " (at {})", self.path)?;
        }
        if let Some(n) = self.argument {
            write!(f, " (value {n})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConvError {}

/// A Rust value read from a script value.
///
/// ```
/// use omx::{Lang, Runtime};
/// let mut rt = Runtime::new();
/// let v: Vec<i64> = rt.eval(Lang::Python, "[x * x for x in range(4)]").unwrap();
/// assert_eq!(v, [0, 1, 4, 9]);
/// ```
pub trait FromValue: Sized {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError>;
}

/// A script value of the language at hand made from a Rust value.
///
/// ```
/// use omx::{Lang, Runtime};
/// let mut rt = Runtime::new();
/// rt.set_global(Lang::Lua, "xs", vec![3, 4]).unwrap();
/// let n: i64 = rt.eval(Lang::Lua, "return #xs + xs[2]").unwrap();
/// assert_eq!(n, 6);
/// ```
pub trait IntoValue {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc>;
}

/// Several values: what a chunk or a function returns (a tuple is several
/// results; a single type takes the first, `()` takes none).
///
/// ```
/// use omx::{Lang, Runtime};
/// let mut rt = Runtime::new();
/// let (q, r): (i64, i64) = rt.eval(Lang::Lua, "return 17 // 5, 17 % 5").unwrap();
/// assert_eq!((q, r), (3, 2));
/// ```
pub trait FromValues: Sized {
    fn from_values<'gc>(vs: &[Value<'gc>], cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError>;
}

/// Several values: a function's arguments (a tuple is several arguments,
/// a single value one, `()` none).
///
/// ```
/// use omx::{Lang, Runtime};
/// let mut rt = Runtime::new();
/// rt.exec(Lang::Perl, "sub pair { return join('-', @_) }").unwrap();
/// let s: String = rt.call_global(Lang::Perl, "pair", ("a", 1, 2.5)).unwrap();
/// assert_eq!(s, "a-1-2.5");
/// ```
pub trait IntoValues {
    fn into_values<'gc>(self, cx: &mut Cx<'gc, '_>) -> Vec<Value<'gc>>;
}

/// 2^63: floats in `-2^63..2^63` with no fraction are integers.
const I64_LIMIT: f64 = 9_223_372_036_854_775_808.0;

impl FromValue for i64 {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Float(f) if f.fract() == 0.0 && (-I64_LIMIT..I64_LIMIT).contains(&f) => {
                Ok(f as i64)
            }
            Value::Str(s) if cx.lang == Lang::Perl => s
                .to_str_lossy()
                .trim()
                .parse()
                .map_err(|_| ConvError::new(cx, Expected::Integer, v)),
            Value::Float(f) => {
                // A number that is no integer: say which ("got number 2.5").
                let mut e = ConvError::new(cx, Expected::Integer, v);
                e.got = format!("{} {f}", e.got);
                Err(e)
            }
            _ => Err(ConvError::new(cx, Expected::Integer, v)),
        }
    }
}

impl FromValue for f64 {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        match v {
            Value::Int(i) => Ok(i as f64),
            Value::Float(f) => Ok(f),
            Value::Str(s) if cx.lang == Lang::Perl => s
                .to_str_lossy()
                .trim()
                .parse()
                .map_err(|_| ConvError::new(cx, Expected::Number, v)),
            _ => Err(ConvError::new(cx, Expected::Number, v)),
        }
    }
}

impl FromValue for bool {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        match v {
            Value::Bool(b) => Ok(b),
            // Perl has no booleans: its true and false are 1 and "".
            Value::Int(i) if cx.lang == Lang::Perl => Ok(i != 0),
            Value::Str(s) if cx.lang == Lang::Perl => {
                Ok(!(s.as_bytes().is_empty() || s.as_bytes() == b"0"))
            }
            Value::Nil if cx.lang == Lang::Perl => Ok(false),
            _ => Err(ConvError::new(cx, Expected::Boolean, v)),
        }
    }
}

impl FromValue for String {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        match v {
            Value::Str(s) => match std::str::from_utf8(s.as_bytes()) {
                Ok(text) => Ok(text.to_string()),
                Err(_) => Err(ConvError {
                    expected: "UTF-8 string",
                    got: "a string of bytes that is not UTF-8".into(),
                    path: String::new(),
                    argument: None,
                }),
            },
            // Perl's numbers are strings when a string is wanted.
            Value::Int(i) if cx.lang == Lang::Perl => Ok(i.to_string()),
            _ => Err(ConvError::new(cx, Expected::String, v)),
        }
    }
}

impl FromValue for Vec<u8> {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        match v {
            Value::Str(s) => Ok(s.as_bytes().to_vec()),
            _ => Err(ConvError::new(cx, Expected::String, v)),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        match v {
            Value::Nil | Value::Null | Value::Empty => Ok(None),
            _ => T::from_value(v, cx).map(Some),
        }
    }
}

/// The elements of a sequence: a Lua table's 1..n, a Python list or
/// tuple, a JavaScript array, a Perl array (reference).
pub(crate) fn sequence<'gc>(v: Value<'gc>) -> Option<Vec<Value<'gc>>> {
    let Value::Object(o) = v else { return None };
    let is_sequence = match o.model().lang {
        Some(Lang::Lua) => omx_core::protocol::lua::table::is_table(o),
        Some(Lang::Python) => {
            omx_core::protocol::python::model::is_tuple(o)
                || omx_core::protocol::python::model::is_list(o)
        }
        Some(Lang::JavaScript) => omx_core::protocol::js::model::is_array(o),
        Some(Lang::Perl) => omx_core::protocol::perl::container::is_array(o),
        None => false,
    };
    if !is_sequence {
        return None;
    }
    Some(o.with_array(|a| {
        a.iter()
            .take_while(|v| o.model().lang != Some(Lang::Lua) || !v.is_nothing())
            .map(|v| v.or_nil())
            .collect()
    }))
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        let items = sequence(v).ok_or_else(|| ConvError::new(cx, Expected::List, v))?;
        let base = if cx.lang == Lang::Lua { 1 } else { 0 };
        items
            .into_iter()
            .enumerate()
            .map(|(i, x)| T::from_value(x, cx).map_err(|e| e.inside(&format!("[{}]", i + base))))
            .collect()
    }
}

/// The entries of a mapping: a Lua table (array part as keys 1..n), a
/// Python dict, a JavaScript object's own properties, a Perl hash.
fn entries<'gc>(v: Value<'gc>) -> Option<Vec<(Value<'gc>, Value<'gc>)>> {
    let Value::Object(o) = v else { return None };
    let is_map = match o.model().lang {
        Some(Lang::Lua) => omx_core::protocol::lua::table::is_table(o),
        Some(Lang::Python) => omx_core::protocol::python::model::is_dict(o),
        Some(Lang::JavaScript) => std::ptr::eq(o.model(), &omx_core::protocol::js::JS_ORDINARY),
        Some(Lang::Perl) => omx_core::protocol::perl::container::is_hash(o),
        None => false,
    };
    if !is_map {
        return None;
    }
    let mut out = Vec::new();
    if o.model().lang == Some(Lang::Lua) {
        o.with_array(|a| {
            for (i, x) in a.iter().enumerate() {
                if !x.is_nothing() {
                    out.push((Value::Int(i as i64 + 1), *x));
                }
            }
        });
    }
    out.extend(o.keyed_entries().into_iter().filter(|(_, x)| !x.is_empty()));
    Some(out)
}

fn map_entries<'gc, K: FromValue, V: FromValue>(
    v: Value<'gc>,
    cx: &mut Cx<'gc, '_>,
) -> Result<Vec<(K, V)>, ConvError> {
    let items = entries(v).ok_or_else(|| ConvError::new(cx, Expected::Map, v))?;
    items
        .into_iter()
        .map(|(k, x)| {
            let key = K::from_value(k, cx).map_err(|e| e.inside("(a key)"))?;
            let at = match k {
                Value::Str(s) => format!("['{}']", s.to_str_lossy()),
                Value::Int(i) => format!("[{i}]"),
                _ => "[?]".into(),
            };
            let value = V::from_value(x, cx).map_err(|e| e.inside(&at))?;
            Ok((key, value))
        })
        .collect()
}

impl<K: FromValue + Eq + Hash, V: FromValue> FromValue for HashMap<K, V> {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        Ok(map_entries(v, cx)?.into_iter().collect())
    }
}

impl<K: FromValue + Ord, V: FromValue> FromValue for BTreeMap<K, V> {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        Ok(map_entries(v, cx)?.into_iter().collect())
    }
}

impl IntoValue for i64 {
    fn into_value<'gc>(self, _: &mut Cx<'gc, '_>) -> Value<'gc> {
        Value::Int(self)
    }
}

impl IntoValue for i32 {
    fn into_value<'gc>(self, _: &mut Cx<'gc, '_>) -> Value<'gc> {
        Value::Int(self as i64)
    }
}

impl IntoValue for usize {
    fn into_value<'gc>(self, _: &mut Cx<'gc, '_>) -> Value<'gc> {
        Value::Int(self as i64)
    }
}

impl IntoValue for f64 {
    fn into_value<'gc>(self, _: &mut Cx<'gc, '_>) -> Value<'gc> {
        Value::Float(self)
    }
}

impl IntoValue for bool {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        match cx.lang {
            // perlsyn "Truth and Falsehood": true is 1, false is "".
            Lang::Perl if self => Value::Int(1),
            Lang::Perl => cx.string(b""),
            _ => Value::Bool(self),
        }
    }
}

impl IntoValue for &str {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        cx.string(self.as_bytes())
    }
}

impl IntoValue for String {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        cx.string(self.as_bytes())
    }
}

impl<T: IntoValue> IntoValue for Option<T> {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        match self {
            Some(v) => v.into_value(cx),
            None => Value::Nil,
        }
    }
}

impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        let items: Vec<Value<'gc>> = self.into_iter().map(|x| x.into_value(cx)).collect();
        super::make::list(cx, &items)
    }
}

fn map_into<'gc, K: IntoValue, V: IntoValue>(
    pairs: impl Iterator<Item = (K, V)>,
    cx: &mut Cx<'gc, '_>,
) -> Value<'gc> {
    let pairs: Vec<(Value<'gc>, Value<'gc>)> = pairs
        .map(|(k, v)| (k.into_value(cx), v.into_value(cx)))
        .collect();
    super::make::map(cx, &pairs)
}

impl<K: IntoValue, V: IntoValue, S> IntoValue for HashMap<K, V, S> {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        map_into(self.into_iter(), cx)
    }
}

impl<K: IntoValue, V: IntoValue> IntoValue for BTreeMap<K, V> {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        map_into(self.into_iter(), cx)
    }
}

impl<T: FromValue> FromValues for T {
    fn from_values<'gc>(vs: &[Value<'gc>], cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        T::from_value(vs.first().copied().unwrap_or(Value::Nil), cx)
    }
}

impl FromValues for () {
    fn from_values<'gc>(_: &[Value<'gc>], _: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        Ok(())
    }
}

impl<T: IntoValue> IntoValues for T {
    fn into_values<'gc>(self, cx: &mut Cx<'gc, '_>) -> Vec<Value<'gc>> {
        vec![self.into_value(cx)]
    }
}

impl IntoValues for () {
    fn into_values<'gc>(self, _: &mut Cx<'gc, '_>) -> Vec<Value<'gc>> {
        Vec::new()
    }
}

/// The values a tuple reads: several results, or one sequence (a Python
/// function's `return a, b` is one tuple; a Perl sub's list is several).
fn spread<'gc>(vs: &[Value<'gc>], arity: usize) -> Vec<Value<'gc>> {
    if vs.len() == 1
        && arity > 1
        && let Some(items) = sequence(vs[0])
    {
        return items;
    }
    vs.to_vec()
}

// Tuples of 1 to 6 values, one impl per arity (a data table of arities).
macro_rules! tuple_impls {
    ($(($n:expr; $($t:ident $i:tt),+)),+ $(,)?) => {$(
        impl<$($t: FromValue),+> FromValues for ($($t,)+) {
            fn from_values<'gc>(vs: &[Value<'gc>], cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
                let vs = spread(vs, $n);
                Ok(($($t::from_value(vs.get($i).copied().unwrap_or(Value::Nil), cx)
                    .map_err(|mut e| {
                        e.argument = Some($i + 1);
                        e
                    })?,)+))
            }
        }
        impl<$($t: IntoValue),+> IntoValues for ($($t,)+) {
            fn into_values<'gc>(self, cx: &mut Cx<'gc, '_>) -> Vec<Value<'gc>> {
                vec![$(self.$i.into_value(cx)),+]
            }
        }
    )+};
}

tuple_impls!(
    (1; A 0),
    (2; A 0, B 1),
    (3; A 0, B 1, C 2),
    (4; A 0, B 1, C 2, D 3),
    (5; A 0, B 1, C 2, D 3, E 4),
    (6; A 0, B 1, C 2, D 3, E 4, F 5),
);
