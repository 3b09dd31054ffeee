//! omx as a library: run Lua, Python, JavaScript and Perl on one
//! runtime, as a scripting engine (typed values, host functions and
//! classes, calls both ways, limits; see the `embed` items below) or as
//! whole programs with output going through a [`Host`].
//!
//! ```
//! use omx::{Lang, Runtime};
//! let mut rt = Runtime::new();
//! rt.register_function("clamp", |v: f64, lo: f64, hi: f64| v.max(lo).min(hi)).unwrap();
//! let n: f64 = rt.eval(Lang::Python, "clamp(sum([4, 5, 6]) / 2, 0, 5)").unwrap();
//! assert_eq!(n, 5.0);
//! ```
//!
//! ```
//! use omx::{BufferHost, Lang, Runtime};
//! let mut rt = Runtime::new();
//! let mut host = BufferHost::default();
//! rt.run(Lang::Lua, "hello.lua", b"print(('%d'):format(6 * 7))", &mut host).unwrap();
//! assert_eq!(host.stdout, b"42\n");
//! ```

mod complete;
mod embed;
pub mod explain;
mod files;
mod graph;
mod interactive;
mod report;
mod results;
mod runtime;

pub use embed::{
    CallScript, Class, ConvError, Cx, FromValue, FromValues, HostCallError, HostFunction,
    HostOutcome, HostReturn, InterruptHandle, IntoValue, IntoValues, Operator, RawArgs, RawFn,
    RawFunction, SandboxHost, ScriptValue,
};
pub use explain::Explanation;
pub use files::Files;
pub use omx_core::memory::{CountingAlloc, CountingWith};
pub use omx_core::trace::{StreamFormat, TraceEvent, TraceLog, TraceStream, Tracer};
pub use omx_core::{
    BufferHost, Host, HostError, Lang, ReadFormat, SyntaxError, UncaughtError, Value,
};
pub use report::uncaught_report;
pub use runtime::{Error, Runtime, StdHost, host_error, os_error_text};
