//! Host classes: one Rust type, four object models. A [`Class`] lists a
//! constructor, methods, fields (getter and setter) and operators; the
//! runtime registers six hidden host functions for it (make, get, set,
//! call, operate, watch) and runs a few lines of glue in each language that
//! build the language's own kind of class on them:
//!
//! - Lua: a table `Name` (callable, and `Name.new`) making instances whose
//!   metatable has `__index`/`__newindex` (fields, then methods), `__add`
//!   and the other arithmetic events, `__eq`, `__tostring`, `__name`;
//! - Python: `class Name` with `property` fields, methods, `__add__`...
//!   (`NotImplemented` for a foreign operand), `__eq__`, `__str__`, put in
//!   `builtins`;
//! - JavaScript: `class Name` with accessor properties on its prototype,
//!   methods, and (JavaScript has no operator overloading) the operators
//!   as methods `add`, `sub`, `mul`, `div`, `equals`, and `toString`;
//! - Perl: `package Name` with `new`, accessor subs (`$o->x`,
//!   `$o->x(3)`), methods, and `use overload` for `+ - * / == ""`.
//!
//! The Rust values live in a table of the class (a script instance holds
//! its number where scripts cannot change it: a weak-keyed table in Lua,
//! a non-writable symbol-keyed property in JavaScript, the blessed scalar in Perl). Each script
//! instance is watched by the collector (`watch`): when it is collected,
//! its Rust value is dropped after that slice (`release_collected`) and
//! its number reused.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;

use omx_core::{Lang, Value};

use super::convert::{ConvError, Cx, FromValue, FromValues, IntoValue};
use super::function::{HostCallError, HostOutcome, HostReturn, RawArgs, RawFunction};
use super::handle::ScriptValue;
use crate::{Error, Runtime};

/// A binary operator a host class defines: Lua `__add`..., Python
/// `__add__`..., Perl `use overload '+'`...; JavaScript has no operator
/// overloading, so there they are methods `add`, `sub`, `mul`, `div`.
///
/// ```
/// use omx::{Class, Lang, Operator, Runtime};
/// struct Money(i64);
/// let mut rt = Runtime::new();
/// rt.register_class(
///     Class::new("Money")
///         .constructor(|cents: i64| Money(cents))
///         .getter("cents", |m: &Money| m.0)
///         .operator(Operator::Add, |a: &Money, b: &Money| Money(a.0 + b.0))
///         .operator(Operator::Sub, |a: &Money, b: &Money| Money(a.0 - b.0)),
/// ).unwrap();
/// assert_eq!(rt.eval::<i64>(Lang::Python, "(Money(5) + Money(3) - Money(1)).cents").unwrap(), 7);
/// assert_eq!(rt.eval::<i64>(Lang::JavaScript, "new Money(5).add(new Money(3)).cents").unwrap(), 8);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mul,
    Div,
}

impl Operator {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Operator::Add => "add",
            Operator::Sub => "sub",
            Operator::Mul => "mul",
            Operator::Div => "div",
        }
    }
    pub(crate) fn lua_event(self) -> &'static str {
        match self {
            Operator::Add => "__add",
            Operator::Sub => "__sub",
            Operator::Mul => "__mul",
            Operator::Div => "__div",
        }
    }
    pub(crate) fn python_method(self) -> &'static str {
        match self {
            Operator::Add => "__add__",
            Operator::Sub => "__sub__",
            Operator::Mul => "__mul__",
            Operator::Div => "__truediv__",
        }
    }
    pub(crate) fn perl_symbol(self) -> &'static str {
        match self {
            Operator::Add => "+",
            Operator::Sub => "-",
            Operator::Mul => "*",
            Operator::Div => "/",
        }
    }
}

trait CtorFn<T> {
    fn make<'gc>(&mut self, cx: &mut Cx<'gc, '_>, args: &[Value<'gc>]) -> Result<T, HostCallError>;
}

trait MethodFn<T> {
    fn call<'gc>(
        &mut self,
        this: &mut T,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<HostOutcome<'gc>, HostCallError>;
}

trait GetFn<T> {
    fn get<'gc>(&self, this: &T, cx: &mut Cx<'gc, '_>) -> Value<'gc>;
}

trait SetFn<T> {
    fn set<'gc>(
        &mut self,
        this: &mut T,
        cx: &mut Cx<'gc, '_>,
        v: Value<'gc>,
    ) -> Result<(), ConvError>;
}

struct Typed<F, A, R>(F, PhantomData<fn(A) -> R>);

fn argument_error(error: ConvError) -> HostCallError {
    HostCallError::Argument {
        index: error.argument.unwrap_or(1),
        error,
    }
}

impl<T, A: FromValues, F: FnMut(A) -> T> CtorFn<T> for Typed<F, A, T> {
    fn make<'gc>(&mut self, cx: &mut Cx<'gc, '_>, args: &[Value<'gc>]) -> Result<T, HostCallError> {
        let a = A::from_values(args, cx).map_err(argument_error)?;
        Ok((self.0)(a))
    }
}

impl<T, A: FromValues, R: HostReturn, F: FnMut(&mut T, A) -> R> MethodFn<T> for Typed<F, A, R> {
    fn call<'gc>(
        &mut self,
        this: &mut T,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<HostOutcome<'gc>, HostCallError> {
        let a = A::from_values(args, cx).map_err(argument_error)?;
        (self.0)(this, a)
            .into_outcome(cx)
            .map_err(HostCallError::Failed)
    }
}

impl<T, V: IntoValue, F: Fn(&T) -> V> GetFn<T> for Typed<F, (), V> {
    fn get<'gc>(&self, this: &T, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        (self.0)(this).into_value(cx)
    }
}

impl<T, V: FromValue, F: FnMut(&mut T, V)> SetFn<T> for Typed<F, V, ()> {
    fn set<'gc>(
        &mut self,
        this: &mut T,
        cx: &mut Cx<'gc, '_>,
        v: Value<'gc>,
    ) -> Result<(), ConvError> {
        (self.0)(this, V::from_value(v, cx)?);
        Ok(())
    }
}

type Field<T> = (String, Box<dyn GetFn<T>>, Option<Box<dyn SetFn<T>>>);
type BinaryFn<T> = Box<dyn Fn(&T, &T) -> T>;
type EqualsFn<T> = Box<dyn Fn(&T, &T) -> bool>;
type ToStringFn<T> = Box<dyn Fn(&T) -> String>;

/// A Rust type described for scripts: see the module documentation for
/// what each language sees.
///
/// ```
/// use omx::{Class, Lang, Operator, Runtime};
/// #[derive(Clone)]
/// struct Counter { n: i64 }
/// let mut rt = Runtime::new();
/// rt.register_class(
///     Class::new("Counter")
///         .constructor(|start: i64| Counter { n: start })
///         .method("bump", |c: &mut Counter, by: i64| { c.n += by; c.n })
///         .field("n", |c: &Counter| c.n, |c: &mut Counter, v: i64| c.n = v)
///         .operator(Operator::Add, |a: &Counter, b: &Counter| Counter { n: a.n + b.n }),
/// ).unwrap();
/// assert_eq!(rt.eval::<i64>(Lang::Lua, "local c = Counter(1) c:bump(2) return (c + c).n").unwrap(), 6);
/// assert_eq!(rt.eval::<i64>(Lang::Python, "c = Counter(5)\nc.n = 7\nc.bump(1)").unwrap(), 8);
/// ```
pub struct Class<T: 'static> {
    name: String,
    constructor: Option<Box<dyn CtorFn<T>>>,
    methods: Vec<(String, Box<dyn MethodFn<T>>)>,
    fields: Vec<Field<T>>,
    operators: Vec<(Operator, BinaryFn<T>)>,
    equals: Option<EqualsFn<T>>,
    to_string: Option<ToStringFn<T>>,
}

impl<T: 'static> Class<T> {
    /// A class named `name` (a valid identifier in all four languages).
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Marker;
    /// let mut rt = Runtime::new();
    /// rt.register_class(Class::new("Marker").constructor(|(): ()| Marker)).unwrap();
    /// assert_eq!(rt.eval::<String>(Lang::Perl, "ref(Marker->new)").unwrap(), "Marker");
    /// ```
    pub fn new(name: &str) -> Class<T> {
        Class {
            name: name.to_string(),
            constructor: None,
            methods: Vec::new(),
            fields: Vec::new(),
            operators: Vec::new(),
            equals: None,
            to_string: None,
        }
    }

    /// How scripts make an instance: `Name(args)` / `new Name(args)` /
    /// `Name->new(args)`; the arguments convert as a [`FromValues`].
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Point { x: i64, y: i64 }
    /// let mut rt = Runtime::new();
    /// rt.register_class(
    ///     Class::new("Point")
    ///         .constructor(|(x, y): (i64, i64)| Point { x, y })
    ///         .getter("sum", |p: &Point| p.x + p.y),
    /// ).unwrap();
    /// assert_eq!(rt.eval::<i64>(Lang::Lua, "Point(2, 3).sum").unwrap(), 5);
    /// assert_eq!(rt.eval::<i64>(Lang::JavaScript, "new Point(2, 3).sum").unwrap(), 5);
    /// ```
    pub fn constructor<A: FromValues + 'static>(mut self, f: impl FnMut(A) -> T + 'static) -> Self {
        self.constructor = Some(Box::new(Typed(f, PhantomData)));
        self
    }

    /// A method: `o:name(args)`, `o.name(args)`, `o->name(args)`. Use `()`
    /// for no arguments and a tuple for several.
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Counter { n: i64 }
    /// let mut rt = Runtime::new();
    /// rt.register_class(
    ///     Class::new("Counter")
    ///         .constructor(|n: i64| Counter { n })
    ///         .method("add", |c: &mut Counter, (a, b): (i64, i64)| { c.n += a + b; c.n }),
    /// ).unwrap();
    /// assert_eq!(rt.eval::<i64>(Lang::Lua, "Counter(1):add(2, 3)").unwrap(), 6);
    /// assert_eq!(rt.eval::<i64>(Lang::Python, "Counter(1).add(2, 3)").unwrap(), 6);
    /// ```
    pub fn method<A: FromValues + 'static, R: HostReturn + 'static>(
        mut self,
        name: &str,
        f: impl FnMut(&mut T, A) -> R + 'static,
    ) -> Self {
        self.methods
            .push((name.to_string(), Box::new(Typed(f, PhantomData))));
        self
    }

    /// A field with a getter and a setter.
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Lamp { on: bool }
    /// let mut rt = Runtime::new();
    /// rt.register_class(
    ///     Class::new("Lamp")
    ///         .constructor(|(): ()| Lamp { on: false })
    ///         .field("on", |l: &Lamp| l.on, |l: &mut Lamp, on: bool| l.on = on),
    /// ).unwrap();
    /// assert!(rt.eval::<bool>(Lang::JavaScript, "const l = new Lamp(); l.on = true; l.on").unwrap());
    /// assert_eq!(rt.eval::<i64>(Lang::Perl, "my $l = Lamp->new; $l->on(1); $l->on ? 1 : 0").unwrap(), 1);
    /// ```
    pub fn field<V: IntoValue + FromValue + 'static>(
        mut self,
        name: &str,
        get: impl Fn(&T) -> V + 'static,
        set: impl FnMut(&mut T, V) + 'static,
    ) -> Self {
        self.fields.push((
            name.to_string(),
            Box::new(Typed::<_, (), V>(get, PhantomData)),
            Some(Box::new(Typed::<_, V, ()>(set, PhantomData))),
        ));
        self
    }

    /// A read-only field (setting it is an error).
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Id(i64);
    /// let mut rt = Runtime::new();
    /// rt.register_class(Class::new("Id").constructor(|n: i64| Id(n)).getter("value", |i: &Id| i.0)).unwrap();
    /// assert_eq!(rt.eval::<i64>(Lang::Lua, "Id(9).value").unwrap(), 9);
    /// let e = rt.exec(Lang::Lua, "Id(9).value = 1").unwrap_err();
    /// assert!(e.to_string().contains("read-only"), "{e}");
    /// ```
    pub fn getter<V: IntoValue + 'static>(
        mut self,
        name: &str,
        get: impl Fn(&T) -> V + 'static,
    ) -> Self {
        self.fields.push((
            name.to_string(),
            Box::new(Typed::<_, (), V>(get, PhantomData)),
            None,
        ));
        self
    }

    /// A binary operator between two instances, making a new one (see
    /// [`Operator`]).
    ///
    /// ```
    /// use omx::{Class, Lang, Operator, Runtime};
    /// struct V(f64);
    /// let mut rt = Runtime::new();
    /// rt.register_class(
    ///     Class::new("V")
    ///         .constructor(|x: f64| V(x))
    ///         .getter("x", |v: &V| v.0)
    ///         .operator(Operator::Mul, |a: &V, b: &V| V(a.0 * b.0)),
    /// ).unwrap();
    /// assert_eq!(rt.eval::<f64>(Lang::Perl, "(V->new(1.5) * V->new(4))->x").unwrap(), 6.0);
    /// ```
    pub fn operator(mut self, op: Operator, f: impl Fn(&T, &T) -> T + 'static) -> Self {
        self.operators.push((op, Box::new(f)));
        self
    }

    /// Equality (`==` in Lua, Python and Perl; `equals` in JavaScript).
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Tag(String);
    /// let mut rt = Runtime::new();
    /// rt.register_class(
    ///     Class::new("Tag")
    ///         .constructor(|s: String| Tag(s))
    ///         .equals(|a: &Tag, b: &Tag| a.0 == b.0),
    /// ).unwrap();
    /// assert!(rt.eval::<bool>(Lang::Lua, "Tag('a') == Tag('a')").unwrap());
    /// assert!(!rt.eval::<bool>(Lang::JavaScript, "new Tag('a').equals(new Tag('b'))").unwrap());
    /// ```
    pub fn equals(mut self, f: impl Fn(&T, &T) -> bool + 'static) -> Self {
        self.equals = Some(Box::new(f));
        self
    }

    /// The string form (`tostring`, `str`, `String(o)`, `"$o"`).
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Temp(f64);
    /// let mut rt = Runtime::new();
    /// rt.register_class(
    ///     Class::new("Temp")
    ///         .constructor(|t: f64| Temp(t))
    ///         .to_string(|t: &Temp| format!("{:.1}°C", t.0)),
    /// ).unwrap();
    /// assert_eq!(rt.eval::<String>(Lang::Python, "str(Temp(21.5))").unwrap(), "21.5°C");
    /// assert_eq!(rt.eval::<String>(Lang::Perl, "my $t = Temp->new(3); \"$t\"").unwrap(), "3.0°C");
    /// ```
    pub fn to_string(mut self, f: impl Fn(&T) -> String + 'static) -> Self {
        self.to_string = Some(Box::new(f));
        self
    }
}

/// A registered class: its description and its instances' Rust values.
struct ClassState<T: 'static> {
    class: RefCell<Class<T>>,
    instances: RefCell<Vec<Option<T>>>,
    /// Instance numbers whose script object was collected, free for reuse.
    free: RefCell<Vec<usize>>,
    /// "a Counter" (for "bad self" errors).
    expected: &'static str,
}

impl<T: 'static> ClassState<T> {
    fn add(&self, value: T) -> i64 {
        let mut instances = self.instances.borrow_mut();
        if let Some(id) = self.free.borrow_mut().pop() {
            instances[id] = Some(value);
            return id as i64;
        }
        instances.push(Some(value));
        instances.len() as i64 - 1
    }

    /// The script object of instance `id` was collected: drop its Rust
    /// value (after the borrow: `Drop` code may look at other instances)
    /// and reuse the number.
    fn release(&self, id: usize) {
        let value = self
            .instances
            .borrow_mut()
            .get_mut(id)
            .and_then(Option::take);
        if value.is_some() {
            self.free.borrow_mut().push(id);
        }
        drop(value);
    }

    /// Instances whose Rust value is alive.
    fn live(&self) -> usize {
        self.instances
            .borrow()
            .iter()
            .filter(|v| v.is_some())
            .count()
    }

    /// The instance number in `v`, or "bad self".
    fn id(&self, v: Option<&Value<'_>>) -> Result<usize, HostCallError> {
        match v {
            Some(Value::Int(i)) if (*i as usize) < self.instances.borrow().len() => Ok(*i as usize),
            _ => Err(HostCallError::Failed(format!(
                "bad self ({} expected)",
                self.expected
            ))),
        }
    }

    /// "a Vec2 has no field 'z'".
    fn missing(&self, what: &str, name: &str) -> HostCallError {
        HostCallError::Failed(format!("{} has no {what} '{name}'", self.expected))
    }

    /// The instance number and the member name a get, set or call names.
    fn member<'gc>(&self, args: &[Value<'gc>]) -> Result<(usize, String), HostCallError> {
        Ok((self.id(args.first())?, Self::text(args.get(1))))
    }

    fn text<'gc>(v: Option<&Value<'gc>>) -> String {
        match v {
            Some(Value::Str(s)) => s.to_str_lossy().into_owned(),
            _ => String::new(),
        }
    }

    fn make<'gc>(
        &self,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<Vec<Value<'gc>>, HostCallError> {
        let made = {
            let mut class = self.class.borrow_mut();
            let Some(ctor) = class.constructor.as_mut() else {
                return Err(HostCallError::Failed(format!(
                    "{} has no constructor",
                    self.expected
                )));
            };
            ctor.make(cx, args)?
        };
        Ok(vec![Value::Int(self.add(made))])
    }

    fn get<'gc>(
        &self,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<Vec<Value<'gc>>, HostCallError> {
        let (id, name) = self.member(args)?;
        let class = self.class.borrow();
        let instances = self.instances.borrow();
        let (Some((_, get, _)), Some(Some(this))) =
            (class.fields.iter().find(|f| f.0 == name), instances.get(id))
        else {
            return Err(self.missing("field", &name));
        };
        Ok(vec![get.get(this, cx)])
    }

    fn set<'gc>(
        &self,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<Vec<Value<'gc>>, HostCallError> {
        let (id, name) = self.member(args)?;
        let mut class = self.class.borrow_mut();
        let mut instances = self.instances.borrow_mut();
        let (Some((_, _, setter)), Some(Some(this))) = (
            class.fields.iter_mut().find(|f| f.0 == name),
            instances.get_mut(id),
        ) else {
            return Err(self.missing("field", &name));
        };
        let Some(setter) = setter else {
            return Err(HostCallError::Failed(format!(
                "field '{name}' of {} is read-only",
                self.expected
            )));
        };
        let v = args.get(2).copied().unwrap_or(Value::Nil);
        setter
            .set(this, cx, v)
            .map_err(|error| HostCallError::Argument { index: 1, error })?;
        Ok(Vec::new())
    }

    fn call<'gc>(
        &self,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<HostOutcome<'gc>, HostCallError> {
        let (id, name) = self.member(args)?;
        let mut class = self.class.borrow_mut();
        let mut instances = self.instances.borrow_mut();
        let (Some((_, method)), Some(Some(this))) = (
            class.methods.iter_mut().find(|m| m.0 == name),
            instances.get_mut(id),
        ) else {
            return Err(self.missing("method", &name));
        };
        method
            .call(this, cx, args.get(2..).unwrap_or(&[]))
            .map_err(|e| match e {
                HostCallError::Argument { index, error } => HostCallError::Method {
                    name: name.clone(),
                    index,
                    error,
                },
                other => other,
            })
    }

    fn operate<'gc>(
        &self,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<Vec<Value<'gc>>, HostCallError> {
        let op = Self::text(args.first());
        let a = self.id(args.get(1))?;
        let class = self.class.borrow();
        if op == "tostring" {
            let instances = self.instances.borrow();
            let text = match (&class.to_string, instances.get(a)) {
                (Some(f), Some(Some(this))) => f(this),
                _ => format!("{}: #{a}", class.name),
            };
            return Ok(vec![cx.string(text.as_bytes())]);
        }
        let b = self.id(args.get(2))?;
        if op == "eq" {
            let instances = self.instances.borrow();
            let same = match (&class.equals, instances.get(a), instances.get(b)) {
                (Some(f), Some(Some(x)), Some(Some(y))) => f(x, y),
                _ => a == b,
            };
            return Ok(vec![IntoValue::into_value(same, cx)]);
        }
        let Some((_, f)) = class.operators.iter().find(|(o, _)| o.key() == op) else {
            return Err(self.missing("operator", &op));
        };
        let made = {
            let instances = self.instances.borrow();
            match (instances.get(a), instances.get(b)) {
                (Some(Some(x)), Some(Some(y))) => f(x, y),
                _ => {
                    return Err(HostCallError::Failed(format!(
                        "bad operand ({} expected)",
                        self.expected
                    )));
                }
            }
        };
        Ok(vec![Value::Int(self.add(made))])
    }
}

/// A registered class with its type forgotten (found by `TypeId`).
pub(crate) struct ClassEntry {
    type_id: TypeId,
    name: String,
    state: Rc<dyn Any>,
    /// `ClassState::release` and `ClassState::live` with the type forgotten.
    release: Box<dyn Fn(usize)>,
    live: Box<dyn Fn() -> usize>,
}

/// The collection token of instance `id` of the class at `index`.
fn token(index: usize, id: i64) -> u64 {
    ((index as u64) << 32) | (id as u64 & 0xFFFF_FFFF)
}

impl Runtime {
    /// Register a host class in all four languages (see [`Class`]).
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Door { open: bool }
    /// let mut rt = Runtime::new();
    /// rt.register_class(
    ///     Class::new("Door")
    ///         .constructor(|(): ()| Door { open: false })
    ///         .method("toggle", |d: &mut Door, (): ()| { d.open = !d.open; d.open }),
    /// ).unwrap();
    /// assert!(rt.eval::<bool>(Lang::Lua, "Door():toggle()").unwrap());
    /// assert!(rt.eval::<bool>(Lang::Python, "isinstance(Door(), Door)").unwrap());
    /// ```
    pub fn register_class<T: 'static>(&mut self, class: Class<T>) -> Result<(), Error> {
        let name = class.name.clone();
        let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) {
            "an"
        } else {
            "a"
        };
        let expected: &'static str = Box::leak(format!("{article} {name}").into_boxed_str());
        let methods: Vec<String> = class.methods.iter().map(|m| m.0.clone()).collect();
        let fields: Vec<String> = class.fields.iter().map(|f| f.0.clone()).collect();
        let operators: Vec<Operator> = class.operators.iter().map(|o| o.0).collect();
        let state = Rc::new(ClassState {
            class: RefCell::new(class),
            instances: RefCell::new(Vec::new()),
            free: RefCell::new(Vec::new()),
            expected,
        });
        let index = self.embed.classes.len();
        let parts: [(&str, &str); 6] = [
            ("new", name.as_str()),
            ("get", "get"),
            ("set", "set"),
            ("call", "call"),
            ("op", "op"),
            ("watch", "watch"),
        ];
        for (part, shown) in parts {
            let s = state.clone();
            let raw = RawFunction::new(move |cx: &mut Cx<'_, '_>, args: &[Value<'_>]| match part {
                "new" => s.make(cx, args).map(HostOutcome::Values),
                "get" => s.get(cx, args).map(HostOutcome::Values),
                "set" => s.set(cx, args).map(HostOutcome::Values),
                "call" => s.call(cx, args),
                "watch" => {
                    // (object, id): free the Rust value when the object goes.
                    if let (Some(Value::Object(o)), Some(Value::Int(id))) =
                        (args.first(), args.get(1))
                    {
                        cx.rt.watch_collection(*o, token(index, *id));
                    }
                    Ok(HostOutcome::Values(Vec::new()))
                }
                _ => s.operate(cx, args).map(HostOutcome::Values),
            });
            let f = self.create_function::<RawArgs, _>(shown, raw);
            for lang in [Lang::Lua, Lang::Python, Lang::JavaScript, Lang::Perl] {
                self.define_global(lang, &format!("__omx_class_{name}_{part}"), &f)?;
            }
        }
        let glue = super::glue::Glue {
            name: &name,
            methods: &methods,
            fields: &fields,
            operators: &operators,
        };
        for lang in [Lang::Lua, Lang::Python, Lang::JavaScript, Lang::Perl] {
            self.exec(lang, &glue.source(lang))?;
        }
        for global in [
            name.clone(),
            format!("__omx_class_{name}_wrap"),
            format!("__omx_class_{name}_id"),
        ] {
            let v: ScriptValue = self.get_global(Lang::Python, &global)?;
            self.define_global(Lang::Python, &global, &v)?;
        }
        let (released, counted) = (state.clone(), state.clone());
        self.embed.classes.push(ClassEntry {
            type_id: TypeId::of::<T>(),
            name,
            state,
            release: Box::new(move |id| released.release(id)),
            live: Box::new(move || counted.live()),
        });
        Ok(())
    }

    /// Drop the Rust values of host instances whose script objects the
    /// last collections freed.
    pub(crate) fn release_collected(&mut self) {
        let tokens = self.engine_mut().with_state(|_, rt| rt.take_collected());
        for t in tokens {
            if let Some(class) = self.embed.classes.get((t >> 32) as usize) {
                (class.release)((t & 0xFFFF_FFFF) as usize);
            }
        }
    }

    /// Host-class instances whose Rust value is alive: made and not yet
    /// collected as script objects (collected ones are dropped after the
    /// slice or [`Runtime::collect_garbage`] that frees them; a finished
    /// program keeps none of its temporaries).
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Bullet;
    /// let mut rt = Runtime::new();
    /// rt.register_class(Class::new("Bullet").constructor(|(): ()| Bullet)).unwrap();
    /// rt.exec(Lang::Lua, "kept = Bullet()\nfor i = 1, 100 do local b = Bullet() end").unwrap();
    /// rt.collect_garbage();
    /// assert_eq!(rt.live_instances(), 1);
    /// rt.exec(Lang::Lua, "kept = nil").unwrap();
    /// rt.collect_garbage();
    /// assert_eq!(rt.live_instances(), 0);
    /// ```
    pub fn live_instances(&self) -> usize {
        self.embed.classes.iter().map(|c| (c.live)()).sum()
    }

    fn class_of<T: 'static>(&self) -> Result<(String, Rc<ClassState<T>>), Error> {
        let entry = self
            .embed
            .classes
            .iter()
            .find(|c| c.type_id == TypeId::of::<T>())
            .ok_or_else(|| {
                Error::Unsupported(format!(
                    "{} is not a registered class",
                    std::any::type_name::<T>()
                ))
            })?;
        let state = entry
            .state
            .clone()
            .downcast::<ClassState<T>>()
            .map_err(|_| Error::Unsupported("class table of another type".into()))?;
        Ok((entry.name.clone(), state))
    }

    /// A script instance of a registered class, in `lang`, holding `value`.
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime};
    /// struct Player { hp: i64 }
    /// let mut rt = Runtime::new();
    /// rt.register_class(Class::new("Player").getter("hp", |p: &Player| p.hp)).unwrap();
    /// let p = rt.create_instance(Lang::JavaScript, Player { hp: 30 }).unwrap();
    /// rt.set_global(Lang::JavaScript, "hero", &p).unwrap();
    /// assert_eq!(rt.eval::<i64>(Lang::JavaScript, "hero.hp + 1").unwrap(), 31);
    /// ```
    pub fn create_instance<T: 'static>(
        &mut self,
        lang: Lang,
        value: T,
    ) -> Result<ScriptValue, Error> {
        let (name, state) = self.class_of::<T>()?;
        let id = state.add(value);
        self.call_global(lang, &format!("__omx_class_{name}_wrap"), id)
    }

    /// Run `f` on the Rust value of a script instance of a registered class.
    ///
    /// ```
    /// use omx::{Class, Lang, Runtime, ScriptValue};
    /// struct Player { hp: i64 }
    /// let mut rt = Runtime::new();
    /// rt.register_class(
    ///     Class::new("Player")
    ///         .constructor(|hp: i64| Player { hp })
    ///         .method("hit", |p: &mut Player, n: i64| p.hp -= n),
    /// ).unwrap();
    /// let p: ScriptValue = rt.eval(Lang::Perl, "my $p = Player->new(10); $p->hit(3); $p").unwrap();
    /// assert_eq!(rt.with_instance(&p, |p: &mut Player| p.hp).unwrap(), 7);
    /// ```
    pub fn with_instance<T: 'static, R>(
        &mut self,
        instance: &ScriptValue,
        f: impl FnOnce(&mut T) -> R,
    ) -> Result<R, Error> {
        let (name, state) = self.class_of::<T>()?;
        let id: Option<i64> =
            self.call_global(instance.lang(), &format!("__omx_class_{name}_id"), instance)?;
        let mut instances = state.instances.borrow_mut();
        match id.and_then(|i| instances.get_mut(i as usize)) {
            Some(Some(value)) => Ok(f(value)),
            _ => Err(Error::Unsupported(format!("not an instance of {name}"))),
        }
    }
}
