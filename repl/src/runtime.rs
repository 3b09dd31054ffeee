//! The embedding API: `Runtime::new()`, `runtime.run(lang, name, source,
//! host)`.

use std::fmt;
use std::io::Write;

use omx_core::{Engine, Host, Lang, RunError, SyntaxError, UncaughtError};

/// Why a run failed.
#[derive(Debug, Clone)]
pub enum Error {
    /// The source does not parse (or uses syntax omx does not support).
    Syntax(SyntaxError),
    /// An error the program did not catch.
    Runtime(UncaughtError),
    /// The step budget (`--max-steps`) ran out.
    StepLimit { steps: u64 },
    /// The language is not supported yet.
    Unsupported(String),
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
            Error::Unsupported(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}

/// One omx runtime: a heap, the globals of each language, and limits.
pub struct Runtime {
    engine: Engine,
    /// Stop a program after this many VM instructions.
    pub max_steps: Option<u64>,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}

impl Runtime {
    pub fn new() -> Runtime {
        let mut engine = Engine::new();
        engine.with_state(omx_lua::install);
        Runtime {
            engine,
            max_steps: None,
        }
    }

    /// The deepest call nesting allowed before "stack overflow".
    pub fn set_max_depth(&mut self, depth: usize) {
        self.engine.set_max_depth(depth);
    }

    /// Parse and compile without running (`omx check`).
    pub fn check(&self, lang: Lang, name: &str, source: &[u8]) -> Result<(), Error> {
        self.parse_tree(lang, name, source).map(|_| ())
    }

    /// Parse and return the AST in its debug form (`omx check --ast`).
    pub fn parse_tree(&self, lang: Lang, name: &str, source: &[u8]) -> Result<String, Error> {
        match lang {
            Lang::Lua => {
                let chunk = omx_lua::parse(source, name).map_err(Error::Syntax)?;
                omx_lua::compile(source, name).map_err(Error::Syntax)?;
                Ok(format!("{chunk:#?}"))
            }
            Lang::Python => {
                let text = utf8_source(name, source)?;
                let program = omx_python::parse(text, name).map_err(Error::Syntax)?;
                Ok(format!("{program:#?}"))
            }
            Lang::JavaScript => {
                let text = utf8_source(name, source)?;
                let program = omx_js::parse(text, name).map_err(Error::Syntax)?;
                Ok(format!("{program:#?}"))
            }
            Lang::Perl => {
                let text = utf8_source(name, source)?;
                let program = omx_perl::parse(text, name).map_err(Error::Syntax)?;
                Ok(format!("{program:#?}"))
            }
        }
    }

    /// Disassembly of the compiled chunk (`omx run --dis`).
    pub fn disassemble(&self, lang: Lang, name: &str, source: &[u8]) -> Result<String, Error> {
        match lang {
            Lang::Lua => {
                let proto = omx_lua::compile(source, name).map_err(Error::Syntax)?;
                Ok(omx_core::disasm::disassemble(&proto))
            }
            other => Err(unsupported(other)),
        }
    }

    /// Run a program to completion.
    pub fn run(
        &mut self,
        lang: Lang,
        name: &str,
        source: &[u8],
        host: &mut dyn Host,
    ) -> Result<(), Error> {
        let proto = match lang {
            Lang::Lua => omx_lua::compile(source, name).map_err(Error::Syntax)?,
            other => return Err(unsupported(other)),
        };
        self.engine
            .load(&proto)
            .map_err(|e| Error::Unsupported(format!("internal error: bytecode rejected: {e}")))?;
        self.engine.run(host, self.max_steps).map_err(|e| match e {
            RunError::Uncaught(u) => Error::Runtime(u),
            RunError::StepLimit { steps } => Error::StepLimit { steps },
        })
    }

    /// Compile `source` and make it the program that [`Runtime::step`]
    /// runs (for hosts that run in slices: pause, resume, stop).
    pub fn load(&mut self, lang: Lang, name: &str, source: &[u8]) -> Result<(), Error> {
        let proto = match lang {
            Lang::Lua => omx_lua::compile(source, name).map_err(Error::Syntax)?,
            other => return Err(unsupported(other)),
        };
        self.engine
            .load(&proto)
            .map_err(|e| Error::Unsupported(format!("internal error: bytecode rejected: {e}")))?;
        Ok(())
    }

    /// Run the loaded program for at most `fuel` VM instructions, then
    /// collect garbage. `Ok(true)` when it finished.
    pub fn step(&mut self, host: &mut dyn Host, fuel: u64) -> Result<bool, Error> {
        match self.engine.step(host, fuel) {
            omx_core::StepResult::Finished => Ok(true),
            omx_core::StepResult::Paused => Ok(false),
            omx_core::StepResult::Error(e) => Err(Error::Runtime(e)),
        }
    }

    /// Instructions run by the current program so far.
    pub fn steps(&self) -> u64 {
        self.engine.steps
    }

    /// Objects currently alive in the heap (for tests and tools).
    pub fn live_objects(&self) -> usize {
        self.engine.live_objects()
    }

    /// Install (or remove) a tracer that receives every protocol step the
    /// runtime applies (the explain facility).
    pub fn set_tracer(&mut self, tracer: Option<Box<dyn omx_core::trace::Tracer>>) {
        self.engine.set_tracer(tracer);
    }

    /// A full garbage collection.
    pub fn collect_garbage(&mut self) {
        self.engine.collect_garbage();
    }
}

/// Python, JavaScript and Perl sources are UTF-8 text.
fn utf8_source<'a>(name: &str, source: &'a [u8]) -> Result<&'a str, Error> {
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

fn unsupported(lang: Lang) -> Error {
    Error::Unsupported(format!(
        "not supported by omx: running {} programs (the parser exists; its semantics are a later milestone, see COMPATIBILITY.md)",
        lang.name()
    ))
}

/// A host writing to the process's stdout and stderr.
pub struct StdHost {
    out: std::io::BufWriter<std::io::Stdout>,
    start: std::time::Instant,
}

impl Default for StdHost {
    fn default() -> Self {
        StdHost {
            out: std::io::BufWriter::new(std::io::stdout()),
            start: std::time::Instant::now(),
        }
    }
}

impl StdHost {
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
}

impl Drop for StdHost {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}
