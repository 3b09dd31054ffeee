//! A tracer that renders each top-level operation as soon as it ends
//! (`omx run --trace`): text as the explain output shows it, or one JSON
//! document (schema `omx-trace/1`) per line.

use super::event::TraceEvent;
use super::log::assemble;
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
}

impl TraceStream {
    pub fn new(format: StreamFormat, out: Box<dyn FnMut(&str)>) -> TraceStream {
        TraceStream {
            format,
            out,
            pending: Vec::new(),
            top: None,
        }
    }

    fn flush(&mut self) {
        let ops = assemble(&self.pending);
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
}

impl Drop for TraceStream {
    fn drop(&mut self) {
        if self.top.is_some() {
            self.flush();
        }
    }
}
