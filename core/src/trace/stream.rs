//! A tracer that renders each top-level operation as soon as it ends
//! (`omx run --trace`): text as the explain output shows it, or one JSON
//! document (schema `omx-trace/1`) per line. A top-level operation is
//! held until it ends, so the whole tree is known when it is written and
//! a language's own machinery can be left out as `:explain` leaves it out
//! ([`TraceStream::hiding`], through [`without_internal`]).

use super::event::TraceEvent;
use super::log::{assemble, without_internal, Operation};
use super::render;
use super::Tracer;

/// How [`TraceStream`] writes operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFormat {
    Text,
    Json,
}

/// Renders every finished top-level operation to `out`.
pub struct TraceStream {
    format: StreamFormat,
    out: Box<dyn FnMut(&str)>,
    /// Events of the top-level operation in progress.
    pending: Vec<TraceEvent>,
    /// The id of that operation.
    top: Option<u32>,
    /// Operations that are library internals (left out, their user
    /// operations kept).
    internal: fn(&Operation) -> bool,
    /// Chunks of library code (see [`Tracer::is_library`]).
    library: fn(&str) -> bool,
}

impl TraceStream {
    pub fn new(format: StreamFormat, out: Box<dyn FnMut(&str)>) -> TraceStream {
        TraceStream {
            format,
            out,
            pending: Vec::new(),
            top: None,
            internal: |_| false,
            library: |_| false,
        }
    }

    /// Leave out the operations `internal` accepts (keeping the user
    /// operations nested in them), and take no names from the chunks
    /// `library` accepts: the filter `:explain` applies.
    pub fn hiding(
        mut self,
        internal: fn(&Operation) -> bool,
        library: fn(&str) -> bool,
    ) -> TraceStream {
        self.internal = internal;
        self.library = library;
        self
    }

    fn flush(&mut self) {
        let ops = without_internal(assemble(&self.pending), &self.internal);
        self.pending.clear();
        self.top = None;
        for op in &ops {
            let text = match self.format {
                StreamFormat::Text => render::text(op),
                StreamFormat::Json => {
                    let mut line = render::json(std::slice::from_ref(op));
                    line.push('\n');
                    line
                }
            };
            (self.out)(&text);
        }
    }
}

impl Tracer for TraceStream {
    fn event(&mut self, event: TraceEvent) {
        let ends_top = match &event {
            TraceEvent::Begin(b) if b.parent.is_none() => {
                if self.top.is_some() {
                    self.flush();
                }
                self.top = Some(b.id);
                false
            }
            TraceEvent::End(e) => Some(e.op) == self.top,
            _ => false,
        };
        if self.top.is_some() {
            self.pending.push(event);
        }
        if ends_top {
            self.flush();
        }
    }

    fn is_library(&self, chunk: &str) -> bool {
        (self.library)(chunk)
    }
}

impl Drop for TraceStream {
    fn drop(&mut self) {
        if self.top.is_some() {
            self.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;
    use crate::lang::Lang;
    use crate::trace::event::{ObjRef, OpBegin, OpEnd, OpKind, Outcome, StepEvent};

    fn begin(id: u32, parent: Option<u32>, target: &str, library: bool) -> TraceEvent {
        let target = ObjRef {
            kind: "table".into(),
            address: 0,
            name: Some(target.into()),
            text: target.into(),
        };
        TraceEvent::Begin(Box::new(OpBegin {
            id,
            parent,
            kind: OpKind::Call,
            lang: Lang::Lua,
            target,
            key: None,
            value: None,
            position: None,
            library,
        }))
    }

    fn end(op: u32) -> TraceEvent {
        TraceEvent::End(OpEnd {
            op,
            outcome: Outcome::Absent,
        })
    }

    /// A library operation is left out of the stream; the program's
    /// operation its step called (a user callback) is written in its place.
    #[test]
    fn hiding_leaves_out_library_operations_and_keeps_user_ones_inside() {
        let written = Rc::new(RefCell::new(String::new()));
        let sink = written.clone();
        let out = Box::new(move |text: &str| sink.borrow_mut().push_str(text));
        let mut stream =
            TraceStream::new(StreamFormat::Text, out).hiding(|op| op.begin.library, |_| false);
        for event in [
            begin(1, None, "libmap", true),
            TraceEvent::Step(StepEvent {
                op: 1,
                protocol: "call",
                rule: "call",
                text: "calls the callback".into(),
            }),
            begin(2, Some(1), "callback", false),
            end(2),
            end(1),
        ] {
            stream.event(event);
        }
        let text = written.borrow().clone();
        assert!(text.contains("callback(...)"), "{text}");
        assert!(!text.contains("libmap"), "{text}");
    }
}
