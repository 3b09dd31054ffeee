//! Explaining an expression (`omx explain FILE EXPR`, the REPL's
//! `:explain EXPR`): evaluate it in the runtime's globals with a tracer
//! installed, and show the operation it performs — the last operation of
//! the expression's own code, with everything nested under its steps —
//! in numbered steps (shared/EXPLORER.md), as text or JSON.
//!
//! ```
//! use omx::{BufferHost, Lang, Runtime};
//! let mut rt = Runtime::new();
//! let mut host = BufferHost::default();
//! rt.run(Lang::Lua, "dog.lua", b"Dog = {barks = 0}
//!     mydog = setmetatable({}, {__index = Dog})", &mut host).unwrap();
//! let e = rt.explain(Lang::Lua, "mydog.barks", &mut host).unwrap();
//! assert!(e.text().starts_with("mydog.barks — Lua index event"));
//! ```

use omx_core::trace::{
    Item, OpKind, Operation, TraceEvent, TraceLog, Tracer, render, without_internal,
};
use omx_core::{Host, Lang};

use crate::{Error, Runtime};

/// The chunk name an explained expression runs under.
pub const EXPLAIN_CHUNK: &str = "explain";

/// Instructions an explained expression may run.
pub const EXPLAIN_STEPS: u64 = 10_000_000;

/// What `:explain` found.
#[derive(Debug, Clone)]
pub struct Explanation {
    /// The expression as typed.
    pub source: String,
    /// The operation explained, if the expression performed one that went
    /// through a protocol rule (`1 + 1` does not).
    pub operation: Option<Operation>,
    /// Every top-level operation the expression's code performed, in order
    /// (global lookups included).
    pub all: Vec<Operation>,
    /// The error the expression raised, if any.
    pub error: Option<String>,
}

impl Explanation {
    /// The numbered steps, as the REPL prints them.
    pub fn text(&self) -> String {
        match (&self.operation, &self.error) {
            (Some(op), _) => render::text(op),
            (None, Some(e)) => format!("{}\nerror: {e}\n", self.source),
            (None, None) => format!(
                "{}: no lookup, assignment, operator or call here went through an object-model rule \
                 (plain values take the fast path)\n",
                self.source
            ),
        }
    }

    /// The JSON document (schema `omx-trace/1`) of the explained operation
    /// (an empty `operations` list when there is none).
    pub fn json(&self) -> String {
        render::json(self.operation.as_slice())
    }
}

/// The chunks of the languages' own library code (the Python and
/// JavaScript preludes, as `Runtime` compiles them).
pub const LIBRARY_CHUNKS: &[&str] = &["<prelude>", "node:internal/omx_prelude"];

/// The explain log, knowing which chunks are library code.
struct Library(TraceLog);

impl Tracer for Library {
    fn event(&mut self, event: TraceEvent) {
        self.0.event(event);
    }

    fn is_library(&self, chunk: &str) -> bool {
        LIBRARY_CHUNKS.contains(&chunk)
    }
}

/// Whether an operation is a language's own machinery rather than the
/// program's: run by library code, a call made by the host, on a frontend intrinsic (`%I`), on a
/// hidden key (`\0...`), on a frontend's temporary (a local named in
/// parentheses as Lua names its hidden locals, `(for state)`; Perl's
/// `my ($c, %a) = @_` reads `@_` through one), or on a hidden namespace
/// with no rule of the language applied (a Python global found through
/// `builtins` has one and stays).
fn internal(op: &Operation) -> bool {
    let b = &op.begin;
    // A call the host made with no frame of the program's behind it (the
    // REPL's echo, its run of the JavaScript jobs).
    let from_host = b.position.is_none() && b.parent.is_none() && b.kind == OpKind::Call;
    b.library
        || from_host
        || b.position
        .as_ref()
        .is_some_and(|p| LIBRARY_CHUNKS.contains(&p.chunk.as_str()))
        || b.target.text.starts_with('%')
        // A frontend's helper namespace (`__omx_perl.callm`).
        || b.target.text.starts_with("__omx_")
        || b.target.text.starts_with('(')
        || b.key.as_ref().is_some_and(|k| k.text.starts_with("\"\\0"))
        || (omx_core::trace::session::hidden_name(&b.target.text)
            && !op.items.iter().any(|i| matches!(i, Item::Step(_))))
}

impl Runtime {
    /// Evaluate `expr` (an expression, or an assignment statement) in this
    /// runtime's globals with a tracer installed, and explain the last
    /// operation it performed. Output the expression prints goes to `host`.
    pub fn explain(
        &mut self,
        lang: Lang,
        expr: &str,
        host: &mut dyn Host,
    ) -> Result<Explanation, Error> {
        self.load_expression(lang, EXPLAIN_CHUNK, expr)?;
        let log = TraceLog::default();
        self.set_tracer(Some(Box::new(Library(log.clone()))));
        let mut error = None;
        let mut budget = EXPLAIN_STEPS;
        loop {
            match self.step(host, 10_000) {
                Ok(true) => break,
                Ok(false) if budget > 10_000 => budget -= 10_000,
                Ok(false) => {
                    error = Some(format!(
                        "not supported by omx: explaining an expression that runs more than \
                         {EXPLAIN_STEPS} steps"
                    ));
                    break;
                }
                Err(Error::Runtime(e)) => {
                    error = Some(e.message);
                    break;
                }
                Err(e) => {
                    self.set_tracer(None);
                    return Err(e);
                }
            }
        }
        self.set_tracer(None);
        let all: Vec<Operation> = without_internal(log.operations(), &internal)
            .into_iter()
            .filter(|op| {
                op.begin
                    .position
                    .as_ref()
                    .is_some_and(|p| p.chunk == EXPLAIN_CHUNK)
            })
            .collect();
        Ok(Explanation {
            source: expr.to_string(),
            operation: all.last().cloned(),
            all,
            error,
        })
    }
}

impl Runtime {
    /// `:trace on|off`: explain every operation that goes through an
    /// object-model rule, on stderr, as programs run (`omx run --trace`).
    /// The languages' own machinery is left out as `:explain` leaves it.
    pub fn trace_to_stderr(&mut self, on: bool, format: omx_core::trace::StreamFormat) {
        if on {
            let out = Box::new(|text: &str| eprint!("{text}"));
            let stream = omx_core::trace::TraceStream::new(format, out)
                .hiding(internal, |chunk| LIBRARY_CHUNKS.contains(&chunk));
            self.set_tracer(Some(Box::new(stream)));
        } else {
            self.set_tracer(None);
        }
    }
}
