//! omx as a library: run Lua (and, as their semantics land, Python,
//! JavaScript and Perl) programs on one runtime, with output going through
//! a [`Host`].
//!
//! ```
//! use omx::{BufferHost, Lang, Runtime};
//! let mut rt = Runtime::new();
//! let mut host = BufferHost::default();
//! rt.run(Lang::Lua, "hello.lua", b"print(('%d'):format(6 * 7))", &mut host).unwrap();
//! assert_eq!(host.stdout, b"42\n");
//! ```

mod complete;
pub mod explain;
mod files;
mod graph;
mod report;
mod results;
mod runtime;

pub use explain::Explanation;
pub use files::Files;
pub use omx_core::trace::{StreamFormat, TraceEvent, TraceLog, TraceStream, Tracer};
pub use omx_core::{BufferHost, Host, HostError, Lang, ReadFormat, SyntaxError, UncaughtError};
pub use report::uncaught_report;
pub use runtime::{host_error, os_error_text, Error, Runtime, StdHost};
