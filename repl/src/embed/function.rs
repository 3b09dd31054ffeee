//! Host functions: a Rust closure registered with a runtime, callable from
//! every language. Natives are plain `fn` pointers, so one native
//! (`dispatch`) serves them all: it carries the closure's number as a
//! bound value and finds the closure in the table of the runtime that is
//! running (installed for the length of each slice, see
//! [`Runtime::step`]). Arguments convert through [`FromValue`], results
//! through [`IntoValues`]; a bad argument is reported in the calling
//! language's words.

use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;

use omx_core::function::NativeFunction;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::python::T;
use omx_core::{Lang, Value};

use super::convert::{ConvError, Cx, FromValue, IntoValues};
use super::handle::{Handles, ScriptValue};
use crate::{Error, Runtime};

/// Why a host function did not return values; each becomes an error of
/// the calling language, in its words (a [`RawFunction`] returns one
/// itself).
///
/// ```
/// use omx::{ConvError, HostCallError, Lang, Runtime};
/// let mut rt = Runtime::new();
/// rt.register_function("half", |n: i64| -> Result<i64, String> {
///     if n % 2 == 0 { Ok(n / 2) } else { Err(format!("{n} is odd")) }
/// }).unwrap();
/// // `Err` is `HostCallError::Failed`: a Python RuntimeError here.
/// let e = rt.exec(Lang::Python, "half(3)").unwrap_err();
/// assert!(e.to_string().contains("3 is odd"), "{e}");
/// // A bad argument is `HostCallError::Argument`.
/// let e = rt.exec(Lang::Lua, "half('x')").unwrap_err();
/// assert!(e.to_string().contains("bad argument #1 to 'half'"), "{e}");
/// let failed = HostCallError::Failed("no".into());
/// assert!(matches!(failed, HostCallError::Failed(_)));
/// let _: Option<ConvError> = None;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostCallError {
    /// Argument `index` (from 1) did not convert.
    Argument { index: usize, error: ConvError },
    /// Argument `index` of method `name` of a host class did not convert.
    Method {
        name: String,
        index: usize,
        error: ConvError,
    },
    /// The function failed with this message (it returned `Err`).
    Failed(String),
}

/// What a host function hands the executor: values to return, or a call
/// of a script function whose results become the host function's (made
/// by the executor, not from Rust: a host function never runs script on
/// the Rust stack). What a [`RawFunction`] returns.
///
/// ```
/// use omx::{HostCallError, HostOutcome, Lang, RawArgs, RawFunction, Runtime, Value};
/// let mut rt = Runtime::new();
/// // Count the arguments, whatever they are; refuse more than three.
/// let count = rt.create_function::<RawArgs, _>(
///     "count",
///     RawFunction::new(|_cx: &mut omx::Cx<'_, '_>, args: &[Value<'_>]| {
///         if args.len() > 3 {
///             return Err(HostCallError::Failed("too many".into()));
///         }
///         Ok(HostOutcome::Values(vec![Value::Int(args.len() as i64)]))
///     }),
/// );
/// rt.set_global(Lang::Lua, "count", &count).unwrap();
/// assert_eq!(rt.eval::<i64>(Lang::Lua, "count(1, 'a', {})").unwrap(), 3);
/// assert!(rt.eval::<i64>(Lang::Lua, "count(1, 2, 3, 4)").unwrap_err().to_string().contains("too many"));
/// ```
pub enum HostOutcome<'gc> {
    /// Return these values.
    Values(Vec<Value<'gc>>),
    /// Call this function with these arguments, a plain call: the
    /// executor gives a function that takes `this` (JavaScript's)
    /// `undefined` first, as it does for any call a builtin makes.
    Call(Value<'gc>, Vec<Value<'gc>>),
}

/// What a host function returns: values (anything [`IntoValues`]), a
/// [`CallScript`], or a `Result` of either whose error becomes an error
/// of the calling language.
///
/// ```
/// use omx::{CallScript, Lang, Runtime, ScriptValue};
/// let mut rt = Runtime::new();
/// // Values (a tuple is several), a Result, a CallScript: all HostReturn.
/// rt.register_function("pair", |n: i64| (n, n * 2)).unwrap();
/// rt.register_function("checked", |n: i64| if n > 0 { Ok(n) } else { Err("not positive") }).unwrap();
/// rt.register_function("twice", |f: ScriptValue| CallScript::new(f, ())).unwrap();
/// assert_eq!(rt.eval::<(i64, i64)>(Lang::Lua, "pair(4)").unwrap(), (4, 8));
/// assert!(rt.exec(Lang::JavaScript, "checked(0)").is_err());
/// assert_eq!(rt.eval::<i64>(Lang::Perl, "twice(sub { 7 })").unwrap(), 7);
/// ```
pub trait HostReturn {
    /// The values, or the call, to hand the executor; `Err(message)`
    /// raises in the calling language.
    fn into_outcome<'gc>(self, cx: &mut Cx<'gc, '_>) -> Result<HostOutcome<'gc>, String>;
}

impl<R: IntoValues> HostReturn for R {
    fn into_outcome<'gc>(self, cx: &mut Cx<'gc, '_>) -> Result<HostOutcome<'gc>, String> {
        Ok(HostOutcome::Values(self.into_values(cx)))
    }
}

impl<R: HostReturn, E: std::fmt::Display> HostReturn for Result<R, E> {
    fn into_outcome<'gc>(self, cx: &mut Cx<'gc, '_>) -> Result<HostOutcome<'gc>, String> {
        self.map_err(|e| e.to_string())?.into_outcome(cx)
    }
}

/// A host function's answer "call this script function with these
/// arguments; its results are mine" (a tail call the executor makes: the
/// script runs stacklessly, in the same slices, and may itself call host
/// functions).
///
/// ```
/// use omx::{CallScript, Lang, Runtime, ScriptValue};
/// let mut rt = Runtime::new();
/// rt.register_function("apply", |f: ScriptValue, x: i64| CallScript::new(f, x)).unwrap();
/// assert_eq!(rt.eval::<i64>(Lang::Lua, "apply(function(n) return n + 1 end, 41)").unwrap(), 42);
/// assert_eq!(rt.eval::<i64>(Lang::Python, "apply(lambda n: n * 2, 21)").unwrap(), 42);
/// ```
pub struct CallScript<A> {
    function: ScriptValue,
    args: A,
}

impl<A: IntoValues> CallScript<A> {
    /// Call `function` with `args` (see [`CallScript`]).
    ///
    /// ```
    /// use omx::{CallScript, Lang, Runtime, ScriptValue};
    /// let mut rt = Runtime::new();
    /// let shout: ScriptValue = rt.eval(Lang::JavaScript, "(s) => s.toUpperCase()").unwrap();
    /// rt.register_function("shout", move |s: String| CallScript::new(shout.clone(), s)).unwrap();
    /// assert_eq!(rt.eval::<String>(Lang::Lua, "shout('hey')").unwrap(), "HEY");
    /// ```
    pub fn new(function: ScriptValue, args: A) -> CallScript<A> {
        CallScript { function, args }
    }
}

impl<A: IntoValues> HostReturn for CallScript<A> {
    fn into_outcome<'gc>(self, cx: &mut Cx<'gc, '_>) -> Result<HostOutcome<'gc>, String> {
        let Some(f) = self.function.get(cx.mc, cx.rt, cx.handles) else {
            return Err(super::convert::FOREIGN_HANDLE.into());
        };
        // The arguments are made in the callee's language.
        let lang = std::mem::replace(&mut cx.lang, self.function.lang());
        let args = self.args.into_values(cx);
        cx.lang = lang;
        cx.check_foreign()?;
        // A plain call: the executor gives a callee that takes `this`
        // (JavaScript's) `undefined` first (core/src/vm/receiver.rs).
        Ok(HostOutcome::Call(f, args))
    }
}

/// A Rust closure usable as a host function: `FnMut(A, B, ...) -> R`
/// with up to six arguments that are [`FromValue`] and a result that is
/// [`HostReturn`]. `Args` only tells the implementations apart.
///
/// ```
/// use omx::{Lang, Runtime};
/// let mut rt = Runtime::new();
/// let mut calls = 0;
/// rt.register_function("tick", move || { calls += 1; calls }).unwrap();
/// rt.register_function("clamp", |x: f64, lo: f64, hi: f64| x.max(lo).min(hi)).unwrap();
/// assert_eq!(rt.eval::<i64>(Lang::Lua, "tick() + tick()").unwrap(), 3);
/// assert_eq!(rt.eval::<f64>(Lang::Python, "clamp(7.5, 0, 5)").unwrap(), 5.0);
/// ```
pub trait HostFunction<Args>: 'static {
    /// Convert the arguments, call, convert the results.
    fn call_with<'gc>(
        &mut self,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<HostOutcome<'gc>, HostCallError>;
}

/// Argument `i` converted, or why not ("got no value" when it is absent).
fn argument<'gc, A: FromValue>(
    cx: &mut Cx<'gc, '_>,
    args: &[Value<'gc>],
    i: usize,
) -> Result<A, HostCallError> {
    let v = args.get(i).copied().unwrap_or(Value::Nil);
    A::from_value(v, cx).map_err(|mut error| {
        if i >= args.len() {
            error.got = "no value".into();
        }
        HostCallError::Argument {
            index: i + 1,
            error,
        }
    })
}

// One implementation per arity, 0 to 6 (a data table of arities).
macro_rules! host_function_impls {
    ($(($($a:ident $i:tt),*)),+ $(,)?) => {$(
        impl<Func, Ret, $($a),*> HostFunction<($($a,)*)> for Func
        where
            Func: FnMut($($a),*) -> Ret + 'static,
            Ret: HostReturn,
            $($a: FromValue,)*
        {
            #[allow(non_snake_case, unused_variables)]
            fn call_with<'gc>(
                &mut self,
                cx: &mut Cx<'gc, '_>,
                args: &[Value<'gc>],
            ) -> Result<HostOutcome<'gc>, HostCallError> {
                $(let $a = argument::<$a>(cx, args, $i)?;)*
                (self)($($a),*).into_outcome(cx).map_err(HostCallError::Failed)
            }
        }
    )+};
}

host_function_impls!(
    (),
    (A 0),
    (A 0, B 1),
    (A 0, B 1, C 2),
    (A 0, B 1, C 2, D 3),
    (A 0, B 1, C 2, D 3, E 4),
    (A 0, B 1, C 2, D 3, E 4, F 5),
);

/// The marker of a [`RawFunction`]'s [`HostFunction`] implementation
/// (`create_function::<RawArgs, _>`; see [`RawFunction`]).
///
/// ```
/// use omx::{HostOutcome, RawArgs, RawFunction, Runtime, Value};
/// let mut rt = Runtime::new();
/// let nothing = rt.create_function::<RawArgs, _>(
///     "nothing",
///     RawFunction::new(|_: &mut omx::Cx<'_, '_>, _: &[Value<'_>]| Ok(HostOutcome::Values(Vec::new()))),
/// );
/// assert_eq!(rt.call::<Option<i64>>(&nothing, ()).unwrap(), None);
/// ```
pub struct RawArgs;

/// The closure of a [`RawFunction`]: the arguments as they come, the
/// results to return (any closure of that shape is one).
///
/// ```
/// use omx::{HostCallError, HostOutcome, RawFn, Value};
/// fn takes_raw(_: impl RawFn) {}
/// takes_raw(|_: &mut omx::Cx<'_, '_>, args: &[Value<'_>]| -> Result<HostOutcome<'_>, HostCallError> {
///     Ok(HostOutcome::Values(args.to_vec()))
/// });
/// ```
pub trait RawFn:
    for<'gc, 'a> FnMut(&mut Cx<'gc, 'a>, &[Value<'gc>]) -> Result<HostOutcome<'gc>, HostCallError>
    + 'static
{
}

impl<F> RawFn for F where
    F: for<'gc, 'a> FnMut(
            &mut Cx<'gc, 'a>,
            &[Value<'gc>],
        ) -> Result<HostOutcome<'gc>, HostCallError>
        + 'static
{
}

/// A host function that sees the values as they come, untyped (the
/// entry points of host classes).
///
/// ```
/// use omx::{HostCallError, HostOutcome, Lang, RawArgs, RawFunction, Runtime, Value};
/// let mut rt = Runtime::new();
/// // Count the arguments, whatever they are; refuse more than three.
/// let count = rt.create_function::<RawArgs, _>(
///     "count",
///     RawFunction::new(|_cx: &mut omx::Cx<'_, '_>, args: &[Value<'_>]| {
///         if args.len() > 3 {
///             return Err(HostCallError::Failed("too many".into()));
///         }
///         Ok(HostOutcome::Values(vec![Value::Int(args.len() as i64)]))
///     }),
/// );
/// rt.set_global(Lang::Lua, "count", &count).unwrap();
/// assert_eq!(rt.eval::<i64>(Lang::Lua, "count(1, 'a', {})").unwrap(), 3);
/// assert!(rt.eval::<i64>(Lang::Lua, "count(1, 2, 3, 4)").unwrap_err().to_string().contains("too many"));
/// ```
pub struct RawFunction<F>(F);

impl<F: RawFn> RawFunction<F> {
    /// A host function of `f` (see [`RawFunction`]).
    ///
    /// ```
    /// use omx::{HostOutcome, Lang, RawArgs, RawFunction, Runtime, Value};
    /// let mut rt = Runtime::new();
    /// let first = rt.create_function::<RawArgs, _>(
    ///     "first",
    ///     RawFunction::new(|_: &mut omx::Cx<'_, '_>, args: &[Value<'_>]| {
    ///         Ok(HostOutcome::Values(args.first().copied().into_iter().collect()))
    ///     }),
    /// );
    /// assert_eq!(rt.call::<i64>(&first, (5, 6)).unwrap(), 5);
    /// ```
    pub fn new(f: F) -> RawFunction<F> {
        RawFunction(f)
    }
}

impl<F: RawFn> HostFunction<RawArgs> for RawFunction<F> {
    fn call_with<'gc>(
        &mut self,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<HostOutcome<'gc>, HostCallError> {
        (self.0)(cx, args)
    }
}

/// A host function with its argument types forgotten.
trait ErasedFunction {
    fn call<'gc>(
        &mut self,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<HostOutcome<'gc>, HostCallError>;
}

struct Erased<F, Args>(F, PhantomData<fn(Args)>);

impl<F: HostFunction<Args>, Args> ErasedFunction for Erased<F, Args> {
    fn call<'gc>(
        &mut self,
        cx: &mut Cx<'gc, '_>,
        args: &[Value<'gc>],
    ) -> Result<HostOutcome<'gc>, HostCallError> {
        self.0.call_with(cx, args)
    }
}

type Entry = (&'static str, Rc<RefCell<dyn ErasedFunction>>);

/// The host functions of one runtime, by number.
#[derive(Default)]
pub(crate) struct Functions {
    list: RefCell<Vec<Entry>>,
}

/// The tables of the runtime whose slice is running (innermost last).
struct Active {
    handles: Rc<Handles>,
    functions: Rc<Functions>,
}

thread_local! {
    static ACTIVE: RefCell<Vec<Active>> = const { RefCell::new(Vec::new()) };
}

/// While alive, host functions reach this runtime's closures.
pub(crate) struct ActiveGuard(());

impl ActiveGuard {
    pub(crate) fn enter(handles: &Rc<Handles>, functions: &Rc<Functions>) -> ActiveGuard {
        ACTIVE.with(|a| {
            a.borrow_mut().push(Active {
                handles: handles.clone(),
                functions: functions.clone(),
            })
        });
        ActiveGuard(())
    }
}

impl Drop for ActiveGuard {
    fn drop(&mut self) {
        ACTIVE.with(|a| a.borrow_mut().pop());
    }
}

/// The language of the frame that called the running native.
fn calling_lang(ctx: &Ctx<'_, '_>) -> Lang {
    ctx.ts
        .frames
        .iter()
        .rev()
        .find_map(|f| match f {
            omx_core::thread::Frame::Lua(f) => Some(f.closure.0.proto.info.lang),
            _ => None,
        })
        .unwrap_or(ctx.rt.default_ops.lang)
}

/// The native behind every host function: bound value 0 is its number.
fn dispatch<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Int(id) = ctx.bound(0) else {
        return Err(NativeError::msg("host function without a number"));
    };
    let found = ACTIVE.with(|a| {
        let a = a.borrow();
        let active = a.last()?;
        let entry = active.functions.list.borrow().get(id as usize).cloned()?;
        Some((active.handles.clone(), entry))
    });
    let Some((handles, (name, function))) = found else {
        return Err(NativeError::msg(
            "host function called outside the runtime that registered it",
        ));
    };
    let lang = calling_lang(ctx);
    // JavaScript passes `this` first (undefined in a plain call).
    let args = match lang {
        Lang::JavaScript => args.get(1..).unwrap_or(&[]),
        _ => args,
    };
    let Ok(mut function) = function.try_borrow_mut() else {
        return Err(NativeError::msg(format!(
            "host function '{name}' is already running"
        )));
    };
    let result = {
        let mut cx = Cx::new(ctx.mc, ctx.rt, lang, &handles);
        let result = function.call(&mut cx, args);
        match cx.check_foreign() {
            Ok(()) => result,
            Err(m) => Err(HostCallError::Failed(m)),
        }
    };
    match result {
        Ok(HostOutcome::Values(values)) => {
            ctx.ret.extend(values);
            Ok(Outcome::Return)
        }
        Ok(HostOutcome::Call(f, args)) => Ok(Outcome::tail_call(f, args)),
        Err(HostCallError::Method { name, index, error }) => Err(language_error(
            ctx,
            lang,
            &name,
            HostCallError::Argument { index, error },
        )),
        Err(e) => Err(language_error(ctx, lang, name, e)),
    }
}

/// A host function's failure as the calling language reports it.
fn language_error<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    lang: Lang,
    name: &str,
    e: HostCallError,
) -> NativeError<'gc> {
    use omx_core::protocol::js::error::make_error;
    use omx_core::protocol::js::realm::Slot;
    use omx_core::protocol::python::errors::new_exception;
    match (lang, e) {
        // lauxlib.c luaL_typeerror: "bad argument #1 to 'f' (number expected, got string)".
        (Lang::Lua, HostCallError::Argument { index, error }) => NativeError::msg(format!(
            "bad argument #{index} to '{name}' ({} expected, got {})",
            error.expected, error.got
        )),
        // CPython's argument clinic: "f() argument 1 must be int, not str".
        (Lang::Python, HostCallError::Argument { index, error }) if error.got == "no value" => {
            NativeError::Throw(new_exception(
                ctx,
                T::TypeError,
                format!("{name}() missing required argument {index}"),
            ))
        }
        (Lang::Python, HostCallError::Argument { index, error }) => {
            NativeError::Throw(new_exception(
                ctx,
                T::TypeError,
                format!(
                    "{name}() argument {index} must be {}, not {}",
                    error.expected, error.got
                ),
            ))
        }
        // Node's ERR_INVALID_ARG_TYPE, by position.
        (Lang::JavaScript, HostCallError::Argument { index, error }) => {
            NativeError::Throw(make_error(
                ctx,
                Slot::TypeErrorProto,
                &format!(
                    "{name}(): argument {index} must be of type {}. Received {}",
                    error.expected, error.got
                ),
            ))
        }
        (Lang::Perl, HostCallError::Argument { index, error }) => NativeError::msg(format!(
            "{name}: argument {index} must be {}, got {}",
            with_article(error.expected),
            error.got
        )),
        (_, HostCallError::Method { .. }) => NativeError::msg("bad method argument"),
        (Lang::Lua | Lang::Perl, HostCallError::Failed(m)) => NativeError::msg(m),
        (Lang::Python, HostCallError::Failed(m)) => {
            NativeError::Throw(new_exception(ctx, T::RuntimeError, m))
        }
        (Lang::JavaScript, HostCallError::Failed(m)) => {
            NativeError::Throw(make_error(ctx, Slot::ErrorProto, &m))
        }
    }
}

/// "an integer", "a number" ("a HASH reference" stays as it is).
fn with_article(word: &str) -> String {
    if word.starts_with("a ") || word.starts_with("an ") {
        word.to_string()
    } else if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        format!("an {word}")
    } else {
        format!("a {word}")
    }
}

impl Runtime {
    /// Make `f` a host function value (place it where you like with
    /// [`Runtime::set_global`] or pass it to a script function).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// let shout = rt.create_function("shout", |s: String| s.to_uppercase());
    /// rt.set_global(Lang::Lua, "yell", &shout).unwrap();
    /// assert_eq!(rt.eval::<String>(Lang::Lua, "yell('hi')").unwrap(), "HI");
    /// ```
    pub fn create_function<Args: 'static, F: HostFunction<Args>>(
        &mut self,
        name: &str,
        f: F,
    ) -> ScriptValue {
        let functions = self.embed.functions.clone();
        let mut list = functions.list.borrow_mut();
        let id = list.len();
        // Native names are `&'static str`: one small string per
        // registered function lives as long as the process.
        let name: &'static str = Box::leak(name.to_string().into_boxed_str());
        list.push((name, Rc::new(RefCell::new(Erased(f, PhantomData)))));
        drop(list);
        let lang = self.embed.last_lang;
        self.with_cx(lang, |cx| {
            let native =
                NativeFunction::with_bound(cx.mc, name, dispatch, vec![Value::Int(id as i64)]);
            ScriptValue::new(Value::Native(native), cx)
        })
    }

    /// Register `f` as the global function `name` of every language
    /// (a Lua global, a Python builtin, a property of JavaScript's global
    /// object, the Perl sub `main::name`). Arguments convert from each
    /// language; a bad one is that language's error.
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.register_function("add", |a: i64, b: i64| a + b).unwrap();
    /// assert_eq!(rt.eval::<i64>(Lang::Lua, "add(1, 2)").unwrap(), 3);
    /// assert_eq!(rt.eval::<i64>(Lang::Python, "add(3, 4)").unwrap(), 7);
    /// assert_eq!(rt.eval::<i64>(Lang::JavaScript, "add(5, 6)").unwrap(), 11);
    /// assert_eq!(rt.eval::<i64>(Lang::Perl, "add(7, 8)").unwrap(), 15);
    /// let e = rt.eval::<i64>(Lang::Lua, "add('x', 1)").unwrap_err();
    /// assert!(e.to_string().contains("bad argument #1 to 'add' (number expected, got string)"), "{e}");
    /// ```
    pub fn register_function<Args: 'static, F: HostFunction<Args>>(
        &mut self,
        name: &str,
        f: F,
    ) -> Result<(), Error> {
        let function = self.create_function(name, f);
        for lang in [Lang::Lua, Lang::Python, Lang::JavaScript, Lang::Perl] {
            self.define_global(lang, name, &function)?;
        }
        Ok(())
    }

    /// Set a global visible to every later program of `lang` (a Python
    /// builtin rather than a name of one `__main__`).
    pub(crate) fn define_global(
        &mut self,
        lang: Lang,
        name: &str,
        value: &ScriptValue,
    ) -> Result<(), Error> {
        if lang != Lang::Python {
            return self.set_global(lang, name, value);
        }
        self.prepare_lang(lang)?;
        self.with_cx(lang, |cx| {
            let v = super::convert::IntoValue::into_value(value, cx);
            let key = cx.rt.intern(cx.mc, name.as_bytes());
            cx.rt.python.builtins.set_key(cx.mc, Value::Str(key), v);
        });
        Ok(())
    }
}
