//! Evaluating source and calling script functions from Rust, with typed
//! results; the globals of each language.

use gc_arena::Mutation;
use omx_core::object::Object;
use omx_core::protocol::lua::table::{raw_get_str, raw_set_str};
use omx_core::runtime::RuntimeState;
use omx_core::{Host, Lang, Value};

use super::convert::{Cx, FromValue, FromValues, IntoValue, IntoValues};
use super::handle::ScriptValue;
use crate::{Error, Runtime};

/// The registry key of the `__main__` namespace `eval` runs Python in.
const PY_MAIN_KEY: &[u8] = b"omx.embed.__main__";

/// The chunk name of evaluated source in messages.
const EVAL_NAME: &str = "eval";

impl Runtime {
    /// Run `f` with a conversion context for `lang` (dropped handles are
    /// released first).
    pub(crate) fn with_cx<R>(
        &mut self,
        lang: Lang,
        f: impl for<'gc> FnOnce(&mut Cx<'gc, '_>) -> R,
    ) -> R {
        let handles = self.embed.handles.clone();
        self.engine.with_state(|mc, rt| {
            handles.release(mc, rt);
            let mut cx = Cx::new(mc, rt, lang, &handles);
            f(&mut cx)
        })
    }

    /// Evaluate an expression, or run a chunk, in `lang` and convert what
    /// it returns: the value of a Lua `return` (or of the expression),
    /// of a last expression statement in Python and JavaScript, of the
    /// last statement in Perl. Output goes to the runtime's host (see
    /// [`Runtime::set_host`]); [`Runtime::max_steps`], the call depth and
    /// the interrupt handle apply.
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// let n: i64 = rt.eval(Lang::Lua, "6 * 7").unwrap();
    /// let s: String = rt.eval(Lang::Python, "'-'.join(['a', 'b'])").unwrap();
    /// let (a, b): (f64, bool) = rt.eval(Lang::JavaScript, "[1.5, 2 > 1]").unwrap();
    /// let words: Vec<String> = rt.eval(Lang::Perl, "my @w = qw(x y); [@w]").unwrap();
    /// assert_eq!((n, s.as_str(), a, b, words.len()), (42, "a-b", 1.5, true, 2));
    /// ```
    pub fn eval<T: FromValues>(&mut self, lang: Lang, source: &str) -> Result<T, Error> {
        self.aside(|rt| {
            rt.load_eval(lang, source)?;
            rt.run_with_own_host()?;
            rt.results()
        })
    }

    /// Run `f` in an execution context of its own when a program is
    /// loaded and paused between slices ([`Runtime::load_eval`],
    /// [`Runtime::load_call`], [`Runtime::load`]): that program is set
    /// aside, untouched, and comes back afterwards, so a game loop can
    /// `eval` or `call` between two slices of a running script.
    pub(crate) fn aside<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        if !self.engine_mut().program_running() {
            return f(self);
        }
        let lang = self.embed.last_lang;
        let ops = self.engine_mut().with_state(|_, rt| rt.default_ops);
        self.engine_mut().park_program();
        let result = f(self);
        self.engine_mut().unpark_program();
        self.embed.last_lang = lang;
        self.engine_mut().with_state(|_, rt| rt.default_ops = ops);
        result
    }

    /// Run `source` in `lang` for its effects (definitions, output).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.exec(Lang::Python, "def sq(x):\n    return x * x").unwrap();
    /// assert_eq!(rt.call_global::<i64>(Lang::Python, "sq", 9).unwrap(), 81);
    /// ```
    pub fn exec(&mut self, lang: Lang, source: &str) -> Result<(), Error> {
        self.eval::<()>(lang, source)
    }

    /// The stepping form of [`Runtime::eval`]: compile `source` and make
    /// it the program [`Runtime::step`] runs; read what it returned with
    /// [`Runtime::results`] once a step reports it finished.
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.load_eval(Lang::Lua, "local s = 0 for i = 1, 1000 do s = s + i end return s").unwrap();
    /// let mut host = BufferHost::default();
    /// let mut slices = 1;
    /// while !rt.step(&mut host, 500).unwrap() {
    ///     slices += 1;
    /// }
    /// assert!(slices > 1);
    /// assert_eq!(rt.results::<i64>().unwrap(), 500500);
    /// ```
    pub fn load_eval(&mut self, lang: Lang, source: &str) -> Result<(), Error> {
        let proto = super::compile::compile_eval(lang, EVAL_NAME, source).map_err(Error::Syntax)?;
        self.prepare_lang(lang)?;
        self.set_program_lang(lang);
        let loaded = match lang {
            Lang::Python => self
                .engine
                .load_with_env(&proto, |mc, rt| Value::Object(python_main(mc, rt))),
            _ => self.engine.load(&proto),
        };
        loaded.map_err(|e| Error::Unsupported(format!("internal error: bytecode rejected: {e}")))
    }

    /// Run a language's prelude if it has not run, and make its operator
    /// table the one used where no compiled frame runs.
    pub(crate) fn prepare_lang(&mut self, lang: Lang) -> Result<(), Error> {
        self.aside(|rt| rt.prepare_lang_here(lang))
    }

    /// The program about to be loaded is `lang`'s: its results are read,
    /// and code without a frame runs, in that language's terms.
    fn set_program_lang(&mut self, lang: Lang) {
        self.embed.last_lang = lang;
        self.engine_mut().with_state(|_, rt| {
            if let Some(ops) = rt.ops_for(lang) {
                rt.default_ops = ops;
            }
        });
    }

    fn prepare_lang_here(&mut self, lang: Lang) -> Result<(), Error> {
        let mut host = self.embed.host.take();
        let mut fallback = omx_core::BufferHost::default();
        let h: &mut dyn Host = match host.as_deref_mut() {
            Some(h) => h,
            None => &mut fallback,
        };
        let done = match lang {
            Lang::Python => self.prepare_python(h),
            Lang::JavaScript => self.prepare_js(h),
            Lang::Lua | Lang::Perl => Ok(()),
        };
        self.embed.host = host;
        done?;
        self.set_program_lang(lang);
        Ok(())
    }

    /// What the last program returned, converted (after [`Runtime::eval`]'s
    /// stepping form, or after [`Runtime::run`]: a Lua chunk's `return`).
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// let mut host = BufferHost::default();
    /// rt.load_eval(Lang::JavaScript, "[1, 2, 3].map((x) => x * 10)").unwrap();
    /// while !rt.step(&mut host, 100).unwrap() {}
    /// assert_eq!(rt.results::<Vec<i64>>().unwrap(), vec![10, 20, 30]);
    /// ```
    pub fn results<T: FromValues>(&mut self) -> Result<T, Error> {
        let handles = self.embed.handles.clone();
        let lang = self.embed.last_lang;
        self.engine
            .with_results(|mc, rt, results| {
                let results = results.to_vec();
                let mut cx = Cx::new(mc, rt, lang, &handles);
                T::from_values(&results, &mut cx)
            })
            .map_err(Error::Convert)
    }

    /// Call a script function (of any language) with typed arguments,
    /// converted into the function's language, and convert its results.
    ///
    /// ```
    /// use omx::{Lang, Runtime, ScriptValue};
    /// let mut rt = Runtime::new();
    /// rt.exec(Lang::Python, "def greet(name, n):\n    return ', '.join(['hi ' + name] * n)").unwrap();
    /// let greet: ScriptValue = rt.get_global(Lang::Python, "greet").unwrap();
    /// let s: String = rt.call(&greet, ("omx", 2)).unwrap();
    /// assert_eq!(s, "hi omx, hi omx");
    /// ```
    pub fn call<T: FromValues>(
        &mut self,
        function: &ScriptValue,
        args: impl IntoValues,
    ) -> Result<T, Error> {
        self.aside(|rt| {
            rt.load_call(function, args)?;
            rt.run_with_own_host()?;
            rt.results()
        })
    }

    /// Call the global function `name` of `lang` (see [`Runtime::call`]).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.exec(Lang::Perl, "sub twice { return 2 * $_[0] }").unwrap();
    /// let n: i64 = rt.call_global(Lang::Perl, "twice", 21).unwrap();
    /// assert_eq!(n, 42);
    /// ```
    pub fn call_global<T: FromValues>(
        &mut self,
        lang: Lang,
        name: &str,
        args: impl IntoValues,
    ) -> Result<T, Error> {
        let function: ScriptValue = self.get_global(lang, name)?;
        self.call(&function, args)
    }

    /// The stepping form of [`Runtime::call`]: make the call the program
    /// [`Runtime::step`] runs; read its results with [`Runtime::results`].
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime, ScriptValue};
    /// let mut rt = Runtime::new();
    /// let sum: ScriptValue = rt
    ///     .eval(Lang::Lua, "function(n) local s = 0 for i = 1, n do s = s + i end return s end")
    ///     .unwrap();
    /// rt.load_call(&sum, 1000).unwrap();
    /// let mut host = BufferHost::default();
    /// while !rt.step(&mut host, 500).unwrap() {}
    /// assert_eq!(rt.results::<i64>().unwrap(), 500500);
    /// ```
    pub fn load_call(
        &mut self,
        function: &ScriptValue,
        args: impl IntoValues,
    ) -> Result<(), Error> {
        let lang = function.lang();
        self.prepare_lang(lang)?;
        self.set_program_lang(lang);
        let handles = self.embed.handles.clone();
        let mut foreign = false;
        self.engine.load_call(|mc, rt, _| {
            handles.release(mc, rt);
            let Some(f) = function.get(mc, rt, &handles) else {
                foreign = true;
                return None;
            };
            let mut cx = Cx::new(mc, rt, lang, &handles);
            let mut args = args.into_values(&mut cx);
            if cx.check_foreign().is_err() {
                foreign = true;
                return None;
            }
            if wants_this(f, lang) {
                args.insert(0, Value::Nil);
            }
            Some((f, args))
        });
        if foreign {
            return Err(Error::Unsupported(super::convert::FOREIGN_HANDLE.into()));
        }
        Ok(())
    }

    /// Read the global `name` of `lang`: a Lua global, a name of Python's
    /// `__main__` (or a builtin), a property of JavaScript's global
    /// object, a Perl package variable of `main` (`$name` unless `name`
    /// starts with a sigil; `&name` when there is no `$name`).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.exec(Lang::Lua, "version = 'one'").unwrap();
    /// assert_eq!(rt.get_global::<String>(Lang::Lua, "version").unwrap(), "one");
    /// assert_eq!(rt.get_global::<Option<i64>>(Lang::Lua, "nothing").unwrap(), None);
    /// ```
    pub fn get_global<T: FromValue>(&mut self, lang: Lang, name: &str) -> Result<T, Error> {
        self.prepare_lang(lang)?;
        self.with_cx(lang, |cx| {
            let v = global(cx.mc, cx.rt, lang, name);
            T::from_value(v, cx)
        })
        .map_err(Error::Convert)
    }

    /// Set the global `name` of `lang` (see [`Runtime::get_global`]; in
    /// Perl a function becomes the sub `&name`, anything else `$name`).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.set_global(Lang::JavaScript, "limit", 10).unwrap();
    /// assert_eq!(rt.eval::<i64>(Lang::JavaScript, "limit * 2").unwrap(), 20);
    /// ```
    pub fn set_global(
        &mut self,
        lang: Lang,
        name: &str,
        value: impl IntoValue,
    ) -> Result<(), Error> {
        self.prepare_lang(lang)?;
        self.with_cx(lang, |cx| {
            let v = value.into_value(cx);
            cx.check_foreign()?;
            set_global(cx.mc, cx.rt, lang, name, v);
            Ok(())
        })
        .map_err(Error::Unsupported)
    }

    /// Script values kept alive by [`ScriptValue`] handles (dropped
    /// handles count until the runtime is next entered).
    ///
    /// ```
    /// use omx::{Lang, Runtime, ScriptValue};
    /// let mut rt = Runtime::new();
    /// let t: ScriptValue = rt.eval(Lang::Lua, "{}").unwrap();
    /// assert_eq!(rt.live_handles(), 1);
    /// drop(t);
    /// assert_eq!(rt.live_handles(), 0);
    /// ```
    pub fn live_handles(&mut self) -> usize {
        let handles = self.embed.handles.clone();
        self.engine.with_state(|mc, rt| {
            handles.release(mc, rt);
            handles.live(mc, rt)
        })
    }

    /// Let go of the values of dropped handles now.
    pub(crate) fn release_handles(&mut self) {
        let handles = self.embed.handles.clone();
        self.engine.with_state(|mc, rt| handles.release(mc, rt));
    }

    /// Run the loaded program with the runtime's own host.
    pub(crate) fn run_with_own_host(&mut self) -> Result<(), Error> {
        let mut host = self
            .embed
            .host
            .take()
            .unwrap_or_else(|| Box::new(crate::StdHost::default()));
        let ran = self.run_loaded(host.as_mut(), self.max_steps);
        self.embed.host = Some(host);
        ran
    }
}

/// Whether `f` takes a receiver before its arguments (JavaScript's
/// `this`; a plain call passes `undefined`), as the VM decides at a call
/// site between languages (core/src/vm/receiver.rs).
pub(crate) fn wants_this(f: Value<'_>, lang: Lang) -> bool {
    match f {
        Value::Closure(c) => c.0.proto.ops.passes_this,
        Value::Object(o) => o.model().lang == Some(Lang::JavaScript),
        Value::Native(_) => lang == Lang::JavaScript,
        _ => false,
    }
}

/// The namespace Python code of `eval` and `exec` runs in, made once: the
/// `__main__` module every Python program of this runtime runs in (as Lua
/// programs share one globals table), the REPL's inputs included.
pub(crate) fn python_main<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) -> Object<'gc> {
    let key = rt.intern(mc, PY_MAIN_KEY);
    if let Value::Object(m) = raw_get_str(rt.registry, key) {
        return m;
    }
    let m = match omx_python::new_module(mc, rt) {
        Value::Object(m) => m,
        _ => omx_core::protocol::lua::table::new_table(mc, rt.root_shape, 0, 0),
    };
    raw_set_str(mc, rt.registry, key, Value::Object(m));
    // The explain facility names the program's classes and functions
    // through this hidden global (core/src/trace/session.rs).
    let hidden = rt.intern(mc, b"\0py.__main__");
    raw_set_str(mc, rt.globals, hidden, Value::Object(m));
    m
}

/// JavaScript's global object (`globalThis`).
pub(crate) fn js_global<'gc>(rt: &RuntimeState<'gc>) -> Option<Object<'gc>> {
    use omx_core::protocol::js::realm::{Slot, realm};
    realm(rt).and_then(|r| r.internal(Slot::Global as usize).as_object())
}

/// The Perl symbol `name` stands for (`$name` without a sigil).
fn perl_symbol(name: &str, default_sigil: char) -> String {
    match name.chars().next() {
        Some('$' | '@' | '%' | '&') => name.to_string(),
        _ => format!("{default_sigil}{name}"),
    }
}

pub(crate) fn global<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    lang: Lang,
    name: &str,
) -> Value<'gc> {
    let key = rt.intern(mc, name.as_bytes());
    match lang {
        Lang::Lua => raw_get_str(rt.globals, key),
        Lang::Python => {
            let v = python_main(mc, rt).get_key(Value::Str(key));
            if v.is_empty() {
                rt.python.builtins.get_key(Value::Str(key)).or_nil()
            } else {
                v
            }
        }
        Lang::JavaScript => js_global(rt).map_or(Value::Nil, |g| g.get_field(key).or_nil()),
        Lang::Perl => {
            let main = omx_core::protocol::perl::container::stash(mc, rt, b"main");
            let scalar = perl_symbol(name, '$');
            let v = omx_core::protocol::perl::container::symbol(mc, rt, main, scalar.as_bytes());
            if v.is_nil() && !name.starts_with('$') {
                let code = perl_symbol(name, '&');
                omx_core::protocol::perl::container::symbol(mc, rt, main, code.as_bytes())
            } else {
                v
            }
        }
    }
}

pub(crate) fn set_global<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    lang: Lang,
    name: &str,
    v: Value<'gc>,
) {
    let key = rt.intern(mc, name.as_bytes());
    match lang {
        Lang::Lua => raw_set_str(mc, rt.globals, key, v),
        Lang::Python => python_main(mc, rt).set_key(mc, Value::Str(key), v),
        Lang::JavaScript => {
            if let Some(g) = js_global(rt) {
                g.set_field(mc, key, v);
            }
        }
        Lang::Perl => {
            let main = omx_core::protocol::perl::container::stash(mc, rt, b"main");
            // A function of any language (a JavaScript function is an
            // object) becomes a sub.
            let sigil = if omx_core::protocol::js::model::is_callable(v) {
                '&'
            } else {
                '$'
            };
            let symbol = perl_symbol(name, sigil);
            let k = rt.intern(mc, symbol.as_bytes());
            main.set_key(mc, Value::Str(k), v);
        }
    }
}
