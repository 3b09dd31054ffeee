//! The embedding API: `Runtime::new()`, `runtime.run(lang, name, source,
//! host)`.

use std::fmt;
use std::io::Write;

use omx_core::{Engine, Host, HostError, Lang, ReadFormat, SyntaxError, UncaughtError, Value};

/// Why a run failed: each limit and failure is its own variant, so a
/// host can tell them apart.
///
/// ```
/// use omx::{Error, Lang, Runtime};
/// let mut rt = Runtime::new();
/// assert!(matches!(rt.exec(Lang::Lua, "x = = 1"), Err(Error::Syntax(_))));
/// assert!(matches!(rt.exec(Lang::Python, "1 / 0"), Err(Error::Runtime(_))));
/// assert!(matches!(rt.eval::<i64>(Lang::Lua, "'text'"), Err(Error::Convert(_))));
/// rt.set_max_steps(Some(1000));
/// assert!(matches!(rt.exec(Lang::JavaScript, "for (;;) {}"), Err(Error::StepLimit { .. })));
/// ```
#[derive(Debug, Clone)]
pub enum Error {
    /// The source does not parse (or uses syntax omx does not support).
    Syntax(SyntaxError),
    /// An error the program did not catch.
    Runtime(UncaughtError),
    /// The step budget (`--max-steps`) ran out.
    StepLimit { steps: u64 },
    /// The program held more memory than its limit (`--max-memory`),
    /// after a full collection.
    MemoryLimit { limit: usize },
    /// The program made a string longer than its limit, in bytes
    /// ([`Runtime::set_max_string_len`]); `at` is the chunk and line of
    /// the code that made it, when it was compiled code.
    StringLimit {
        limit: usize,
        at: Option<(String, u32)>,
    },
    /// The program grew a collection (a Lua table, a Python list, dict or
    /// set, a JavaScript array or object, a Perl array or hash) past its
    /// limit, in elements ([`Runtime::set_max_collection_len`]).
    CollectionLimit {
        limit: usize,
        at: Option<(String, u32)>,
    },
    /// The language is not supported yet.
    Unsupported(String),
    /// A value did not convert to the Rust type asked for (embedding).
    Convert(crate::ConvError),
    /// The interrupt handle was set (see [`Runtime::interrupt_handle`]).
    Interrupted,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Syntax(e) => write!(f, "{}:{}: {}", e.file_name(), e.line(), e.message),
            Error::Runtime(e) => f.write_str(&e.message),
            Error::StepLimit { steps } => {
                write!(
                    f,
                    "step limit reached: the program ran {steps} steps without finishing"
                )
            }
            Error::MemoryLimit { limit } => write!(
                f,
                "memory limit reached: the program held more than {limit} bytes"
            ),
            Error::StringLimit { limit, at } => {
                write!(f, "string size limit reached")?;
                write_at(f, at)?;
                write!(f, ": the program made a string longer than {limit} bytes")
            }
            Error::CollectionLimit { limit, at } => {
                write!(f, "collection size limit reached")?;
                write_at(f, at)?;
                write!(f, ": the program grew a collection past {limit} elements")
            }
            Error::Unsupported(m) => f.write_str(m),
            Error::Convert(e) => write!(f, "conversion failed: {e}"),
            Error::Interrupted => f.write_str("interrupted by the host"),
        }
    }
}

impl std::error::Error for Error {}

/// " at chunk:line" of a size limit's error.
fn write_at(f: &mut fmt::Formatter<'_>, at: &Option<(String, u32)>) -> fmt::Result {
    match at {
        Some((chunk, line)) => write!(f, " at {chunk}:{line}"),
        None => Ok(()),
    }
}

impl From<omx_core::runtime::size_limit::SizeExceeded> for Error {
    fn from(e: omx_core::runtime::size_limit::SizeExceeded) -> Error {
        use omx_core::runtime::size_limit::SizeKind;
        match e.kind {
            SizeKind::String => Error::StringLimit {
                limit: e.limit,
                at: e.at,
            },
            SizeKind::Collection => Error::CollectionLimit {
                limit: e.limit,
                at: e.at,
            },
        }
    }
}

/// One omx runtime: a heap, the globals of each language, and limits.
///
/// ```
/// use omx::{Lang, Runtime};
/// let mut rt = Runtime::new();
/// rt.exec(Lang::Lua, "shared = 20").unwrap();
/// let n: i64 = rt.eval(Lang::Lua, "shared + 1").unwrap();
/// assert_eq!(n * 2, 42);
/// ```
pub struct Runtime {
    pub(crate) engine: Engine,
    /// Stop a program after this many VM instructions.
    pub max_steps: Option<u64>,
    /// Python's prelude (the builtins written in Python) has run.
    python_ready: bool,
    /// JavaScript's prelude has run.
    js_ready: bool,
    /// The top-level declarations of the JavaScript REPL inputs so far
    /// (interactive.rs).
    pub(crate) js_script_names: Vec<String>,
    /// The embedding API's state (handles, host functions, interrupt).
    pub(crate) embed: crate::embed::state::EmbedState,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}

impl Runtime {
    /// A runtime whose string and key hashing is keyed with a random seed
    /// (from the operating system, through std's `RandomState`): a script
    /// cannot choose keys that collide (hash flooding). Table iteration
    /// order does not depend on the seed (tables keep insertion order), so
    /// output stays reproducible.
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// assert_eq!(rt.eval::<String>(Lang::Perl, "'omx' x 2").unwrap(), "omxomx");
    /// ```
    pub fn new() -> Runtime {
        use std::hash::{BuildHasher, Hasher};
        let seed = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        Runtime::with_hash_seed(seed)
    }

    /// A runtime hashing with `seed` (a host that wants the same hashes on
    /// every run, for example to replay a recorded session).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut a = Runtime::with_hash_seed(1);
    /// let mut b = Runtime::with_hash_seed(1);
    /// let src = "local t = {} for i = 1, 5 do t['k' .. i] = i end local s = '' for k in pairs(t) do s = s .. k end return s";
    /// assert_eq!(a.eval::<String>(Lang::Lua, src).unwrap(), b.eval::<String>(Lang::Lua, src).unwrap());
    /// ```
    pub fn with_hash_seed(seed: u64) -> Runtime {
        let mut engine = Engine::with_hash_seed(seed);
        engine.with_state(omx_lua::install);
        engine.with_state(omx_python::install);
        engine.with_state(omx_js::install);
        engine.with_state(omx_perl::install);
        let embed = crate::embed::state::EmbedState::default();
        // Natives doing long work look at the interrupt handle too.
        engine.set_interrupt_flag(Some(embed.interrupt.clone()));
        Runtime {
            engine,
            max_steps: None,
            python_ready: false,
            js_ready: false,
            js_script_names: Vec::new(),
            embed,
        }
    }

    /// Make `flag` this runtime's interrupt flag (what
    /// [`Runtime::interrupt_handle`] sets): a host that has its own, such
    /// as the REPL's Ctrl-C flag, stops long natives with it too.
    pub fn set_interrupt_flag(&mut self, flag: std::sync::Arc<std::sync::atomic::AtomicBool>) {
        self.engine.set_interrupt_flag(Some(flag.clone()));
        self.embed.interrupt = flag;
    }

    /// Stop a program that holds more than `bytes` of memory after a full
    /// collection ([`Error::MemoryLimit`]); `None` removes the limit. The
    /// process must count its allocations: install
    /// [`CountingAlloc`](crate::CountingAlloc) as the global allocator
    /// (the `omx` binary does), else this returns
    /// [`Error::Unsupported`] (examples/embed/sandbox.rs shows a program
    /// hitting the limit).
    ///
    /// ```
    /// use omx::Runtime;
    /// let mut rt = Runtime::new();
    /// // This doctest does not install CountingAlloc: the limit is refused.
    /// assert!(rt.set_max_memory(Some(16 << 20)).is_err());
    /// assert!(rt.set_max_memory(None).is_ok());
    /// ```
    pub fn set_max_memory(&mut self, bytes: Option<usize>) -> Result<(), Error> {
        self.engine
            .set_max_memory(bytes)
            .map_err(Error::Unsupported)
    }

    /// Stop a program that makes a string longer than `bytes` bytes
    /// ([`Error::StringLimit`]), however it makes it: concatenation,
    /// repetition, `join`, `format`, a builtin's or a host function's
    /// result. `None` removes the limit. As the memory and step limits,
    /// it is not catchable: no `pcall`, `try`, `eval` of the program sees
    /// it; a concatenation or repetition past it is never made (a
    /// builder's result is checked when finished). The limit holds while the
    /// runtime's programs run (the host's own conversions are not
    /// limited). Costs one comparison per string made.
    ///
    /// ```
    /// use omx::{Error, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.set_max_string_len(Some(1_000));
    /// let src = "s = 'ab' * 300\ntry:\n    s = s + s\nexcept BaseException:\n    pass";
    /// let e = rt.exec(Lang::Python, src).unwrap_err();
    /// assert!(matches!(e, Error::StringLimit { limit: 1_000, .. }), "{e}");
    /// assert_eq!(rt.eval::<String>(Lang::Python, "'ok' * 2").unwrap(), "okok");
    /// ```
    pub fn set_max_string_len(&mut self, bytes: Option<usize>) {
        self.engine.size_limits.max_string = bytes;
    }

    /// Stop a program that grows a collection past `elements`
    /// ([`Error::CollectionLimit`]): the elements of a list or array (a
    /// Lua table's array part), or the entries of a table, dict, set,
    /// object or hash, however it grows (append, index or key insert, a
    /// constructor, a builtin). `None` removes the limit. Not catchable
    /// (see [`Runtime::set_max_string_len`]); the collection may hold the
    /// elements its code added before the program was stopped, at its
    /// next call or return (at most one slice of instructions).
    ///
    /// ```
    /// use omx::{Error, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.set_max_collection_len(Some(100));
    /// let e = rt.exec(Lang::Lua, "local t = {} for i = 1, 1000 do t[i] = i end").unwrap_err();
    /// assert!(matches!(e, Error::CollectionLimit { limit: 100, .. }), "{e}");
    /// ```
    pub fn set_max_collection_len(&mut self, elements: Option<usize>) {
        self.engine.size_limits.max_collection = elements;
    }

    /// Bytes of memory the runtime holds (with
    /// [`CountingAlloc`](crate::CountingAlloc) installed; else 0).
    ///
    /// ```
    /// use omx::Runtime;
    /// let rt = Runtime::new();
    /// let _bytes: usize = rt.memory_used();
    /// ```
    pub fn memory_used(&self) -> usize {
        self.engine.memory_used()
    }

    /// The deepest call nesting allowed before "stack overflow" (the
    /// language's own error, catchable).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.set_max_depth(100);
    /// let e = rt.exec(Lang::Lua, "local function f(n) return 1 + f(n + 1) end f(1)").unwrap_err();
    /// assert!(e.to_string().contains("stack overflow"), "{e}");
    /// ```
    pub fn set_max_depth(&mut self, depth: usize) {
        self.engine.set_max_depth(depth);
    }

    /// Parse and compile without running (`omx check`).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let rt = Runtime::new();
    /// assert!(rt.check(Lang::Python, "ok.py", b"x = 1\n").is_ok());
    /// assert!(rt.check(Lang::Python, "bad.py", b"x = (\n").is_err());
    /// ```
    pub fn check(&self, lang: Lang, name: &str, source: &[u8]) -> Result<(), Error> {
        self.parse_then(lang, name, source, |_| ())
    }

    /// Parse and return the AST in its debug form (`omx check --ast`).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let rt = Runtime::new();
    /// let tree = Runtime::new().parse_tree(Lang::Lua, "t.lua", b"return 1").unwrap();
    /// assert!(tree.contains("Return"), "{tree}");
    /// drop(rt);
    /// ```
    pub fn parse_tree(&self, lang: Lang, name: &str, source: &[u8]) -> Result<String, Error> {
        self.parse_then(lang, name, source, pretty_debug)
    }

    /// Parse (and, for Lua, compile), then hand the tree to `then`.
    fn parse_then<T>(
        &self,
        lang: Lang,
        name: &str,
        source: &[u8],
        then: impl FnOnce(&dyn fmt::Debug) -> T,
    ) -> Result<T, Error> {
        match lang {
            Lang::Lua => {
                let chunk = omx_lua::parse(source, name).map_err(Error::Syntax)?;
                omx_lua::compile(source, name).map_err(Error::Syntax)?;
                Ok(then(&chunk))
            }
            Lang::Python => {
                let text = utf8_source(name, source)?;
                let program = omx_python::parse(text, name).map_err(Error::Syntax)?;
                Ok(then(&program))
            }
            Lang::JavaScript => {
                let text = utf8_source(name, source)?;
                let program = omx_js::parse(text, name).map_err(Error::Syntax)?;
                Ok(then(&program))
            }
            Lang::Perl => {
                let text = utf8_source(name, source)?;
                let program = omx_perl::parse(text, name).map_err(Error::Syntax)?;
                Ok(then(&program))
            }
        }
    }

    /// Disassembly of the compiled chunk (`omx run --dis`).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let text = Runtime::new().disassemble(Lang::Lua, "t.lua", b"return 6 * 7").unwrap();
    /// assert!(!text.is_empty());
    /// ```
    pub fn disassemble(&self, lang: Lang, name: &str, source: &[u8]) -> Result<String, Error> {
        let proto = match lang {
            Lang::Lua => omx_lua::compile(source, name),
            Lang::Python => omx_python::compile(utf8_source(name, source)?, name),
            Lang::JavaScript => omx_js::compile(utf8_source(name, source)?, name, false),
            Lang::Perl => omx_perl::compile(utf8_source(name, source)?, name),
        }
        .map_err(Error::Syntax)?;
        Ok(omx_core::disasm::disassemble(&proto))
    }

    /// Run a program to completion, its output to `host`.
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// let mut host = BufferHost::default();
    /// rt.run(Lang::JavaScript, "hi.js", b"console.log('hi')", &mut host).unwrap();
    /// assert_eq!(host.stdout, b"hi\n");
    /// ```
    pub fn run(
        &mut self,
        lang: Lang,
        name: &str,
        source: &[u8],
        host: &mut dyn Host,
    ) -> Result<(), Error> {
        self.run_with_args(lang, name, source, &[], host)
    }

    /// Run a script with command-line arguments, as `lua5.4 SCRIPT ARGS`
    /// (or `python3`, `node`, `perl`) does: in Lua the global `arg` holds
    /// the script's name at 0 and the arguments from 1, and the main chunk
    /// receives them as `...`; in Perl they are `@ARGV` and `$0`.
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// let mut host = BufferHost::default();
    /// let args = vec!["a".to_string(), "b".to_string()];
    /// rt.run_with_args(Lang::Perl, "args.pl", b"print join(',', @ARGV)", &args, &mut host).unwrap();
    /// assert_eq!(host.stdout, b"a,b");
    /// ```
    pub fn run_with_args(
        &mut self,
        lang: Lang,
        name: &str,
        source: &[u8],
        args: &[String],
        host: &mut dyn Host,
    ) -> Result<(), Error> {
        self.load_with_args(lang, name, source, args, host)?;
        self.run_loaded(host, self.max_steps)
    }

    /// Compile `source` and make it the program that [`Runtime::step`]
    /// runs (for hosts that run in slices: pause, resume, stop). Python
    /// and JavaScript run their prelude (their builtins written in the
    /// language itself) here the first time, to the end, before the
    /// program is loaded.
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// let mut host = BufferHost::default();
    /// rt.load(Lang::Lua, "count.lua", b"for i = 1, 3 do print(i) end").unwrap();
    /// while !rt.step(&mut host, 10).unwrap() {}
    /// assert_eq!(host.stdout, b"1\n2\n3\n");
    /// ```
    pub fn load(&mut self, lang: Lang, name: &str, source: &[u8]) -> Result<(), Error> {
        let mut host = omx_core::BufferHost::default();
        self.load_with_args(lang, name, source, &[], &mut host)
    }

    /// [`Runtime::load`] with command-line arguments (see
    /// [`Runtime::run_with_args`]); `host` receives what a prelude prints
    /// and answers its environment look-ups (`LUA_PATH`).
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// let mut host = BufferHost::default();
    /// rt.load_with_args(Lang::Lua, "a.lua", b"print(...)", &["x".to_string()], &mut host).unwrap();
    /// while !rt.step(&mut host, 100).unwrap() {}
    /// assert_eq!(host.stdout, b"x\n");
    /// ```
    pub fn load_with_args(
        &mut self,
        lang: Lang,
        name: &str,
        source: &[u8],
        args: &[String],
        host: &mut dyn Host,
    ) -> Result<(), Error> {
        let script = name.to_string();
        let arg_list: Vec<String> = args.to_vec();
        let loaded = match lang {
            Lang::Lua => {
                let proto = omx_lua::compile(source, name).map_err(Error::Syntax)?;
                let lua_path = host
                    .getenv("LUA_PATH_5_4")
                    .or_else(|| host.getenv("LUA_PATH"));
                let lua_cpath = host
                    .getenv("LUA_CPATH_5_4")
                    .or_else(|| host.getenv("LUA_CPATH"));
                self.engine.with_state(|mc, rt| {
                    rt.default_ops = &omx_core::protocol::lua::LUA;
                    omx_lua::set_script_args(mc, rt, &script, &arg_list);
                    omx_lua::apply_env_paths(mc, rt, lua_path.as_deref(), lua_cpath.as_deref());
                });
                let bytes: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
                self.engine.load_with_args(&proto, &bytes)
            }
            Lang::Python => {
                let text = utf8_source(name, source)?;
                let proto = omx_python::compile(text, name).map_err(Error::Syntax)?;
                self.prepare_python(host)?;
                self.engine
                    .with_state(|_, rt| rt.default_ops = &omx_core::protocol::python::PYTHON);
                self.engine.load_with_env(&proto, |mc, rt| {
                    Value::Object(crate::embed::eval::python_main(mc, rt))
                })
            }
            Lang::JavaScript => {
                let text = utf8_source(name, source)?;
                // Its top-level bindings outlive it for the explorer
                // (`:explain`, `omx explain FILE EXPR`): interactive.rs.
                let main = omx_js::compile_exporting(text, name, &mut self.js_script_names)
                    .map_err(Error::Syntax)?;
                self.prepare_js(host)?;
                self.engine.load(&main)
            }
            Lang::Perl => {
                let text = utf8_source(name, source)?;
                let proto = omx_perl::compile(text, name).map_err(Error::Syntax)?;
                self.engine.with_state(|mc, rt| {
                    rt.default_ops = &omx_core::protocol::perl::PERL;
                    omx_perl::stdlib::set_script_args(mc, rt, &script, &arg_list)
                });
                self.engine.load(&proto)
            }
        };
        loaded.map_err(|e| Error::Unsupported(format!("internal error: bytecode rejected: {e}")))
    }

    /// Run Python's prelude once: the builtins written in Python, with
    /// `builtins` as their namespace.
    pub(crate) fn prepare_python(&mut self, host: &mut dyn Host) -> Result<(), Error> {
        if self.python_ready {
            return Ok(());
        }
        self.python_ready = true;
        self.engine
            .with_state(|_, rt| rt.default_ops = &omx_core::protocol::python::PYTHON);
        let proto = omx_python::compile(omx_python::builtins::PRELUDE, "<prelude>")
            .map_err(Error::Syntax)?;
        self.engine
            .load_with_env(&proto, |_, rt| omx_core::Value::Object(rt.python.builtins))
            .map_err(|e| Error::Unsupported(format!("internal error: bytecode rejected: {e}")))?;
        self.run_prelude(host)?;
        self.engine.with_state(omx_python::builtins::finish_prelude);
        Ok(())
    }

    /// Run the JavaScript prelude once (the builtins written in
    /// JavaScript), and make JavaScript's wording the one for errors
    /// raised where no compiled frame runs.
    pub(crate) fn prepare_js(&mut self, host: &mut dyn Host) -> Result<(), Error> {
        self.engine
            .with_state(|_, rt| rt.default_ops = &omx_core::protocol::js::JS);
        if self.js_ready {
            return Ok(());
        }
        self.js_ready = true;
        let prelude = omx_js::compile(omx_js::builtins::PRELUDE, "node:internal/omx_prelude", true)
            .map_err(Error::Syntax)?;
        self.engine
            .load(&prelude)
            .map_err(|e| Error::Unsupported(format!("internal error: bytecode rejected: {e}")))?;
        self.run_prelude(host)
    }

    /// Run a loaded prelude to its end, without a step limit (it is omx's
    /// own code).
    fn run_prelude(&mut self, host: &mut dyn Host) -> Result<(), Error> {
        // Nor a size limit: the builtins' own tables may be larger.
        let limits = std::mem::take(&mut self.engine.size_limits);
        let result = self.run_loaded(host, None);
        self.engine.size_limits = limits;
        result
    }

    /// Run the loaded program to its end, to `max_steps`, or until the
    /// interrupt handle is set (looked at between slices).
    pub(crate) fn run_loaded(
        &mut self,
        host: &mut dyn Host,
        max_steps: Option<u64>,
    ) -> Result<(), Error> {
        // Natives charge their work against the same limit (omx-core's
        // runtime/budget.rs).
        self.engine.step_limit = max_steps;
        let result = self.run_slices(host, max_steps);
        self.engine.step_limit = None;
        result
    }

    fn run_slices(&mut self, host: &mut dyn Host, max_steps: Option<u64>) -> Result<(), Error> {
        loop {
            let fuel = match max_steps {
                Some(max) if self.engine.steps >= max => {
                    return Err(Error::StepLimit { steps: max });
                }
                Some(max) => self.engine.slice_fuel.min(max - self.engine.steps),
                None => self.engine.slice_fuel,
            };
            if self.step(host, fuel)? {
                return Ok(());
            }
        }
    }

    /// Run the loaded program for at most `fuel` VM instructions, then
    /// collect garbage. `Ok(true)` when it finished. Host functions
    /// registered with this runtime are reachable during the slice; in
    /// sandbox mode `host` is seen through [`crate::SandboxHost`]; a set
    /// interrupt handle ends the program with [`Error::Interrupted`].
    /// Between slices the host may `eval`, `call` and read globals: they
    /// run aside the paused program.
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// let mut host = BufferHost::default();
    /// rt.load_eval(Lang::Python, "n = 0\nfor i in range(3000):\n    n += 1\nn").unwrap();
    /// let mut peeks = Vec::new();
    /// while !rt.step(&mut host, 1000).unwrap() {
    ///     peeks.push(rt.eval::<i64>(Lang::Python, "n").unwrap());
    /// }
    /// assert!(peeks.len() > 1 && peeks.windows(2).all(|w| w[0] <= w[1]));
    /// assert_eq!(rt.results::<i64>().unwrap(), 3000);
    /// ```
    pub fn step(&mut self, host: &mut dyn Host, fuel: u64) -> Result<bool, Error> {
        use std::sync::atomic::Ordering;
        if self.embed.interrupt.swap(false, Ordering::SeqCst) {
            return Err(Error::Interrupted);
        }
        let _active = crate::embed::ActiveGuard::enter(&self.embed.handles, &self.embed.functions);
        let mut sandboxed;
        let host: &mut dyn Host = if self.embed.sandbox {
            sandboxed = crate::SandboxHost::new(host);
            &mut sandboxed
        } else {
            host
        };
        let modules = self.embed.modules.clone();
        let mut served;
        let host: &mut dyn Host = if modules.borrow().is_some() {
            served = crate::embed::ModuleHost {
                inner: host,
                modules: &modules,
            };
            &mut served
        } else {
            host
        };
        let end = self.engine.step(host, fuel);
        self.release_collected();
        match end {
            omx_core::StepResult::Finished => Ok(true),
            omx_core::StepResult::Paused => Ok(false),
            omx_core::StepResult::Error(e) => Err(Error::Runtime(e)),
            omx_core::StepResult::MemoryLimit { limit } => Err(Error::MemoryLimit { limit }),
            omx_core::StepResult::SizeLimit(e) => Err(e.into()),
        }
    }

    /// Instructions run by the current program so far.
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.load(Lang::Lua, "loop.lua", b"for i = 1, 100 do end").unwrap();
    /// rt.step(&mut BufferHost::default(), 50).unwrap();
    /// assert_eq!(rt.steps(), 50);
    /// ```
    pub fn steps(&self) -> u64 {
        self.engine.steps
    }

    /// Objects currently alive in the heap (for tests and tools).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.exec(Lang::Lua, "garbage = {} for i = 1, 1000 do garbage[i] = {} end").unwrap();
    /// let before = rt.live_objects();
    /// rt.exec(Lang::Lua, "garbage = nil").unwrap();
    /// rt.collect_garbage();
    /// assert!(rt.live_objects() < before);
    /// ```
    pub fn live_objects(&self) -> usize {
        self.engine.live_objects()
    }

    /// Install (or remove) a tracer that receives every protocol step the
    /// runtime applies (the explain facility).
    ///
    /// ```
    /// use omx::{Lang, Runtime, TraceLog};
    /// let mut rt = Runtime::new();
    /// let log = TraceLog::default();
    /// rt.set_tracer(Some(Box::new(log.clone())));
    /// rt.exec(Lang::Lua, "local t = setmetatable({}, {__index = {x = 1}}) local _ = t.x").unwrap();
    /// rt.set_tracer(None);
    /// assert!(!log.0.borrow().is_empty());
    /// ```
    pub fn set_tracer(&mut self, tracer: Option<Box<dyn omx_core::trace::Tracer>>) {
        self.engine.set_tracer(tracer);
    }

    /// The engine, for the explorer's views of the heap.
    pub(crate) fn engine_mut(&mut self) -> &mut Engine {
        &mut self.engine
    }

    /// A full garbage collection; the Rust values of host-class
    /// instances it frees are dropped (see [`Runtime::live_instances`]).
    ///
    /// ```
    /// use omx::{Lang, Runtime, ScriptValue};
    /// let mut rt = Runtime::new();
    /// let t: ScriptValue = rt.eval(Lang::Lua, "{}").unwrap();
    /// drop(t);
    /// rt.collect_garbage();
    /// assert_eq!(rt.live_handles(), 0);
    /// ```
    pub fn collect_garbage(&mut self) {
        self.release_handles();
        self.engine.collect_garbage();
        self.release_collected();
    }
}

/// Indentation stops growing past this many levels: deeper lines show
/// their level as `|N| ` instead, so the text stays linear in the tree.
const MAX_INDENT: usize = 32;

/// The tree's `{:#?}` text, built in time linear in the tree's size: the
/// compact `{:?}` text (one pass over the tree) broken into indented
/// lines. (`{:#?}` itself passes every byte through one padding adapter
/// per enclosing level: cubic in the nesting depth.)
fn pretty_debug(tree: &dyn fmt::Debug) -> String {
    let compact = format!("{tree:?}").into_bytes();
    let mut out = Vec::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut quote = None;
    let mut escaped = false;
    let mut i = 0;
    while let Some(&byte) = compact.get(i) {
        i += 1;
        if let Some(close) = quote {
            out.push(byte);
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == close {
                quote = None;
            }
            continue;
        }
        match byte {
            b'"' => {
                quote = Some(b'"');
                out.push(byte);
            }
            b'\'' if is_char_literal(&compact[i..]) => {
                quote = Some(b'\'');
                out.push(byte);
            }
            b'{' | b'[' | b'(' => {
                let close = match byte {
                    b'{' => b'}',
                    b'[' => b']',
                    _ => b')',
                };
                if byte == b'{' && compact.get(i) == Some(&b' ') {
                    i += 1;
                }
                out.push(byte);
                if compact.get(i) == Some(&close) {
                    out.push(close);
                    i += 1;
                } else {
                    depth += 1;
                    new_line(&mut out, depth);
                }
            }
            b'}' | b']' | b')' => {
                out.push(b',');
                depth = depth.saturating_sub(1);
                new_line(&mut out, depth);
                out.push(byte);
            }
            b',' if compact.get(i) == Some(&b' ') => {
                out.push(b',');
                new_line(&mut out, depth);
                i += 1;
            }
            b' ' if compact.get(i) == Some(&b'}') => {}
            _ => out.push(byte),
        }
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Whether the text after a `'` is the rest of a `char`'s debug form
/// (`a'`, `\''`, `\u{301}'`), not a stray apostrophe.
fn is_char_literal(rest: &[u8]) -> bool {
    match rest.first() {
        Some(b'\\') => rest.iter().skip(1).take(10).any(|&b| b == b'\''),
        Some(_) => {
            let text = String::from_utf8_lossy(&rest[..rest.len().min(5)]).into_owned();
            let mut chars = text.chars();
            chars.next();
            chars.next() == Some('\'')
        }
        None => false,
    }
}

fn new_line(out: &mut Vec<u8>, depth: usize) {
    out.push(b'\n');
    out.extend(std::iter::repeat_n(b' ', 4 * depth.min(MAX_INDENT)));
    if depth > MAX_INDENT {
        out.extend_from_slice(format!("|{depth}| ").as_bytes());
    }
}

/// Python, JavaScript and Perl sources are UTF-8 text.
pub(crate) fn utf8_source<'a>(name: &str, source: &'a [u8]) -> Result<&'a str, Error> {
    std::str::from_utf8(source).map_err(|e| {
        let at = e.valid_up_to();
        let message = format!(
            "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
            source.get(at).copied().unwrap_or(0)
        );
        let lossy = String::from_utf8_lossy(source);
        Error::Syntax(
            omx_core::SyntaxError::new(
                "source::encoding",
                omx_core::SyntaxErrorKind::Invalid,
                message,
                omx_core::Span::new(at, at + 1),
                "not UTF-8",
            )
            .with_source(name, &lossy),
        )
    })
}

/// A host writing to the process's stdout and stderr (and the files
/// of the process; what `eval` uses when no host is set).
///
/// ```
/// use omx::{Lang, Runtime, StdHost};
/// let mut rt = Runtime::new();
/// let mut host = StdHost::default();
/// rt.run(Lang::Lua, "hello.lua", b"print('hello from omx')", &mut host).unwrap();
/// host.flush();
/// ```
pub struct StdHost {
    out: std::io::BufWriter<std::io::Stdout>,
    start: std::time::Instant,
    files: crate::files::Files,
}

impl Default for StdHost {
    fn default() -> Self {
        StdHost {
            out: std::io::BufWriter::new(std::io::stdout()),
            start: std::time::Instant::now(),
            files: crate::files::Files::default(),
        }
    }
}

impl StdHost {
    /// Write out what is buffered for stdout (also done on drop).
    ///
    /// ```
    /// let mut host = omx::StdHost::default();
    /// host.flush();
    /// ```
    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }
}

impl Host for StdHost {
    fn write_stdout(&mut self, bytes: &[u8]) {
        let _ = self.out.write_all(bytes);
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(bytes);
    }
    fn cpu_clock(&mut self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
    fn unix_time(&mut self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)
    }
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, HostError> {
        std::fs::read(path).map_err(|e| host_error(&e))
    }
    fn remove_file(&mut self, path: &str) -> Result<(), HostError> {
        // C's remove(): a file, or an empty directory.
        std::fs::remove_file(path)
            .or_else(|e| match std::fs::metadata(path) {
                Ok(m) if m.is_dir() => std::fs::remove_dir(path),
                _ => Err(e),
            })
            .map_err(|e| host_error(&e))
    }
    fn rename_file(&mut self, from: &str, to: &str) -> Result<(), HostError> {
        std::fs::rename(from, to).map_err(|e| host_error(&e))
    }
    fn temp_file_name(&mut self) -> Result<String, HostError> {
        use std::hash::{BuildHasher, Hasher};
        let dir = std::env::temp_dir();
        for _ in 0..100 {
            let n = std::collections::hash_map::RandomState::new()
                .build_hasher()
                .finish();
            let path = dir.join(format!("lua_{:06x}", n & 0xff_ffff));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(_) => return Ok(path.to_string_lossy().into_owned()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(host_error(&e)),
            }
        }
        Err(HostError {
            message: "unable to generate a unique filename".into(),
            code: 17,
        })
    }
    fn open_file(&mut self, path: &str, mode: &str) -> Result<u64, HostError> {
        self.files.open(path, mode)
    }
    fn file_read(&mut self, file: u64, what: ReadFormat) -> Result<Option<Vec<u8>>, HostError> {
        if file == 0 {
            // A prompt written before reading shows first.
            self.flush();
        }
        self.files.read(file, what)
    }
    fn file_peek(&mut self, file: u64) -> Result<Option<u8>, HostError> {
        self.files.peek(file)
    }
    fn file_write(&mut self, file: u64, bytes: &[u8]) -> Result<(), HostError> {
        match file {
            1 => self.write_stdout(bytes),
            2 => self.write_stderr(bytes),
            _ => return self.files.write(file, bytes),
        }
        Ok(())
    }
    fn file_seek(&mut self, file: u64, whence: u8, offset: i64) -> Result<u64, HostError> {
        self.files.seek(file, whence, offset)
    }
    fn file_flush(&mut self, file: u64) -> Result<(), HostError> {
        if file == 1 {
            self.flush();
        }
        Ok(())
    }
    fn file_close(&mut self, file: u64) -> Result<(), HostError> {
        self.files.close(file)
    }
    fn getenv(&mut self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
    fn exit(&mut self, code: i32) {
        self.flush();
        std::process::exit(code);
    }
}

/// An I/O error as C's `strerror` words it ("No such file or directory"),
/// without Rust's " (os error 2)" suffix.
///
/// ```
/// let e = std::fs::read("/no/such/file/omx").unwrap_err();
/// assert!(!omx::os_error_text(&e).contains("os error"));
/// ```
pub fn os_error_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// An I/O error for Lua (`nil, message, errno`).
///
/// ```
/// let e = std::fs::read("/no/such/file/omx").unwrap_err();
/// let h = omx::host_error(&e);
/// assert_eq!(h.code, e.raw_os_error().unwrap_or(0));
/// ```
pub fn host_error(e: &std::io::Error) -> HostError {
    HostError {
        message: os_error_text(e),
        code: e.raw_os_error().unwrap_or(0),
    }
}

impl Drop for StdHost {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::pretty_debug;

    #[test]
    fn pretty_debug_reads_as_the_standard_alternate_form() {
        let lua = omx_lua::parse(b"local t = {1, 'x', f(a.b)}\nreturn t", "t.lua");
        let python = omx_python::parse(
            "class A:\n    def f(self, x=1): return f'{x!r:>{w}}'\n",
            "t.py",
        );
        let js = omx_js::parse(
            "const o = { a: [1, 'two'], f() { return `${x}` } };\n",
            "t.js",
        );
        let perl = omx_perl::parse("my %h = (a => [1, 'x']); print \"$h{a}[0]\\n\";\n", "t.pl");
        let trees: [&dyn std::fmt::Debug; 4] = [&lua, &python, &js, &perl];
        for tree in trees {
            assert_eq!(pretty_debug(tree), format!("{tree:#?}"));
        }
        let chars = ('a', '\'', '\\', "it's", vec![(); 0], Some('\u{301}'));
        assert_eq!(pretty_debug(&chars), format!("{chars:#?}"));
    }

    #[test]
    fn pretty_debug_stops_indenting_deep_trees() {
        let mut deep = String::from("x");
        for _ in 0..40 {
            deep = format!("Some({deep})");
        }
        let text = pretty_debug(&DebugText(&deep));
        let widest = text.lines().map(str::len).max().unwrap_or(0);
        assert!(widest < 4 * 32 + 20, "{widest}");
        assert!(text.contains("|40| "), "{text}");
    }

    /// Prints its text as its debug form.
    struct DebugText<'a>(&'a str);

    impl std::fmt::Debug for DebugText<'_> {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }
}
