//! The runtime's side of tracing: which operations are open, which of
//! them wait for a call a step made, and the names objects are known by.
//!
//! An operation begins when the VM leaves its fast path for a protocol
//! rule; it ends when the rule gives a result, or, when the rule asked for
//! a call (an `__index` function), when that call returns to the frame
//! depth the operation began at. Operations begun deeper than a waiting
//! one nest under it.

use std::collections::HashMap;

use super::event::{ObjRef, OpBegin, OpEnd, OpKind, Outcome, Position, StepEvent, TraceEvent};
use super::Tracer;
use crate::lang::Lang;
use crate::object::Object;
use crate::value::Value;

/// Globals with more fields than this are not searched for names.
const MAX_SCANNED_FIELDS: usize = 256;

struct Open {
    id: u32,
    /// Frames on the thread when it began.
    depth: usize,
    /// A step called a function; the operation ends when it returns.
    waiting: bool,
}

/// A tracer plus the state of the operations it is told about.
pub struct TraceSession {
    sink: Box<dyn Tracer>,
    open: Vec<Open>,
    next_id: u32,
    /// Names objects were seen under (heap address → name).
    names: HashMap<usize, String>,
}

/// Names values for trace text: by the name the program used for them
/// (a variable an operation read it from, a global holding it), else by
/// kind and address; constants by their text.
pub struct Namer<'a, 'gc> {
    names: &'a HashMap<usize, String>,
    globals: Object<'gc>,
}

impl<'a, 'gc> Namer<'a, 'gc> {
    /// A namer knowing `names` (heap address → name) and the globals.
    pub fn new(names: &'a HashMap<usize, String>, globals: Object<'gc>) -> Namer<'a, 'gc> {
        Namer { names, globals }
    }

    /// The name of `v`, if the program has one for it.
    pub fn name(&self, v: Value<'gc>) -> Option<String> {
        let addr = v.heap_address()?;
        if matches!(v, Value::Str(_)) {
            return None;
        }
        if let Some(n) = self.names.get(&addr) {
            return Some(n.clone());
        }
        if let Value::Object(o) = v {
            if o == self.globals {
                return Some("_G".into());
            }
        }
        // A global holding it, else a field of a global (`Dog.bark`).
        let holds = |o: Object<'gc>| {
            (0..o.keyed_len()).find_map(|pos| match o.keyed_entry(pos) {
                Some((Value::Str(k), g))
                    if g.heap_address() == Some(addr) && !matches!(g, Value::Str(_)) =>
                {
                    Some(k.to_str_lossy().into_owned())
                }
                _ => None,
            })
        };
        // (A hidden namespace itself has no name the program uses.)
        if let Some(name) = holds(self.globals).filter(|n| !hidden_name(n)) {
            return Some(name);
        }
        // A global whose key starts with NUL is a namespace a language
        // keeps out of the program's sight (JavaScript's global object and
        // script scope, Python's `__main__` and `builtins`): its fields
        // are named bare, as the program names them; those come first.
        let namespace = |k: &[u8]| k.first() == Some(&0);
        for hidden in [true, false] {
            for pos in 0..self.globals.keyed_len() {
                let Some((Value::Str(k), Value::Object(o))) = self.globals.keyed_entry(pos) else {
                    continue;
                };
                let k = k.as_bytes();
                if namespace(k) != hidden || o == self.globals {
                    continue;
                }
                if !hidden && o.keyed_len() > MAX_SCANNED_FIELDS {
                    continue;
                }
                if let Some(field) = holds(o) {
                    return Some(if hidden {
                        field
                    } else {
                        format!("{}.{field}", String::from_utf8_lossy(k))
                    });
                }
            }
        }
        // A field of a name in a hidden namespace (`Vector.prototype`,
        // `Math.sqrt`).
        for pos in 0..self.globals.keyed_len() {
            let Some((Value::Str(k), Value::Object(ns))) = self.globals.keyed_entry(pos) else {
                continue;
            };
            if !namespace(k.as_bytes()) || ns == self.globals {
                continue;
            }
            for inner in 0..ns.keyed_len() {
                if let Some((Value::Str(name), Value::Object(o))) = ns.keyed_entry(inner) {
                    if o != ns && o.keyed_len() <= MAX_SCANNED_FIELDS {
                        if let Some(field) = holds(o) {
                            return Some(format!("{}.{field}", name.to_str_lossy()));
                        }
                    }
                }
            }
        }
        None
    }

    /// `v` as trace text shows it.
    pub fn of(&self, v: Value<'gc>) -> String {
        match self.name(v).or_else(|| own_function_name(v)) {
            Some(n) => n,
            None => match v.heap_address() {
                Some(addr) if !matches!(v, Value::Str(_)) => {
                    format!("{} {addr:#x}", kind_of(v))
                }
                _ => super::describe(v),
            },
        }
    }

    /// `v` as an event carries it.
    pub fn obj_ref(&self, v: Value<'gc>) -> ObjRef {
        ObjRef {
            kind: kind_of(v).to_string(),
            address: match v {
                Value::Str(_) => 0,
                _ => v.heap_address().unwrap_or(0),
            },
            name: self.name(v),
            text: self.of(v),
        }
    }
}

/// The name a function object carries as its own `name` field (a
/// JavaScript function's `name` property: `map`, `get magnitude` for a
/// getter, ECMA-262 §10.2.9 SetFunctionName), when the program has no name
/// for it: better than an address. Read raw, running no code.
fn own_function_name(v: Value<'_>) -> Option<String> {
    let Value::Object(o) = v else { return None };
    if !o.model().name.ends_with("function") {
        return None;
    }
    (0..o.keyed_len()).find_map(|pos| match o.keyed_entry(pos) {
        Some((Value::Str(k), Value::Str(name))) if k.as_bytes() == b"name" && !name.is_empty() => {
            Some(name.to_str_lossy().into_owned())
        }
        _ => None,
    })
}

/// Whether a variable name is one a frontend made for itself: they start
/// with `%`, NUL or U+0001, which no program's identifier does.
pub fn hidden_name(name: &str) -> bool {
    name.starts_with(['%', '\0', '\u{1}'])
}

/// The kind of a value, language-neutral.
pub fn kind_of(v: Value<'_>) -> &'static str {
    match v {
        Value::Nil | Value::Empty => "nil",
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Int(_) | Value::Float(_) | Value::BigInt(_) => "number",
        Value::Str(_) => "string",
        Value::Object(o) => o.model().name,
        Value::Closure(_) | Value::Native(_) => "function",
        Value::Thread(_) => "thread",
        Value::Cell(_) => "cell",
    }
}

/// What an operation is about, as the VM knows it when it begins.
pub struct Begin<'gc> {
    pub kind: OpKind,
    pub lang: Lang,
    pub target: Value<'gc>,
    /// The name the program read the target from (a variable).
    pub target_name: Option<String>,
    pub key: Option<Value<'gc>>,
    pub value: Option<Value<'gc>>,
    pub position: Option<Position>,
    /// Frames on the running thread.
    pub depth: usize,
}

impl TraceSession {
    pub fn new(sink: Box<dyn Tracer>) -> TraceSession {
        TraceSession {
            sink,
            open: Vec::new(),
            next_id: 1,
            names: HashMap::new(),
        }
    }

    pub fn namer<'a, 'gc>(&'a self, globals: Object<'gc>) -> Namer<'a, 'gc> {
        Namer {
            names: &self.names,
            globals,
        }
    }

    /// Give up on operations that can no longer end normally: those begun
    /// at `depth` or deeper (an error unwound past them, or their call
    /// returned without the runtime seeing it).
    fn close_from(&mut self, depth: usize) {
        while let Some(top) = self.open.last() {
            if top.depth < depth {
                break;
            }
            let id = top.id;
            self.open.pop();
            self.sink.event(TraceEvent::End(OpEnd {
                op: id,
                outcome: Outcome::Unfinished,
            }));
        }
    }

    /// An operation begins; returns its id.
    pub fn begin<'gc>(&mut self, globals: Object<'gc>, b: Begin<'gc>) -> u32 {
        // An operation waiting at this depth for the call it asked for is
        // not stale: the VM may perform that call as an operation of its
        // own (a callable object, a JavaScript getter), which nests under
        // it.
        let waiting_here = self
            .open
            .last()
            .is_some_and(|top| top.depth == b.depth && top.waiting);
        if waiting_here {
            self.close_from(b.depth + 1);
        } else {
            self.close_from(b.depth);
        }
        // A frontend's own temporaries (`%t1`, `\0G`) are not names the
        // program uses.
        // The object's own name, when it has one, is shown instead.
        let hidden = b.target_name.as_deref().is_some_and(hidden_name);
        let b = match hidden && self.namer(globals).name(b.target).is_some() {
            true => Begin {
                target_name: None,
                ..b
            },
            false => b,
        };
        let library = b
            .position
            .as_ref()
            .is_some_and(|p| self.sink.is_library(&p.chunk));
        if let (Some(name), Some(addr)) = (&b.target_name, b.target.heap_address()) {
            if !matches!(b.target, Value::Str(_)) && !hidden && !library {
                self.names.insert(addr, name.clone());
            }
        }
        let id = self.next_id;
        self.next_id += 1;
        let parent = self.open.last().map(|o| o.id);
        let event = {
            let n = self.namer(globals);
            let mut target = n.obj_ref(b.target);
            if let Some(name) = &b.target_name {
                // The variable it was read from names even a nil.
                target.name = Some(name.clone());
                target.text = name.clone();
            }
            OpBegin {
                id,
                parent,
                kind: b.kind,
                lang: b.lang,
                target,
                key: b.key.map(|k| n.obj_ref(k)),
                value: b.value.map(|v| n.obj_ref(v)),
                position: b.position,
                library,
            }
        };
        self.open.push(Open {
            id,
            depth: b.depth,
            waiting: false,
        });
        self.sink.event(TraceEvent::Begin(Box::new(event)));
        id
    }

    /// A rule reports a step of the innermost open operation (operation 0
    /// when a rule runs outside any, e.g. from a builtin).
    pub fn step<'gc>(
        &mut self,
        globals: Object<'gc>,
        protocol: &'static str,
        rule: &'static str,
        text: impl FnOnce(&Namer<'_, 'gc>) -> String,
    ) {
        // One copy of the body for the many rules' closures (each closure
        // type would otherwise get its own: ~20 KB of the browser build).
        self.step_boxed(globals, protocol, rule, Box::new(text));
    }

    #[inline(never)]
    fn step_boxed<'gc>(
        &mut self,
        globals: Object<'gc>,
        protocol: &'static str,
        rule: &'static str,
        text: Box<dyn FnOnce(&Namer<'_, 'gc>) -> String + '_>,
    ) {
        let op = self.open.last().map_or(0, |o| o.id);
        let text = text(&self.namer(globals));
        self.sink.event(TraceEvent::Step(StepEvent {
            op,
            protocol,
            rule,
            text,
        }));
    }

    /// The innermost operation's rule settled it.
    pub fn end<'gc>(
        &mut self,
        globals: Object<'gc>,
        outcome: Result<Value<'gc>, String>,
        absent: bool,
    ) {
        let Some(top) = self.open.pop() else { return };
        let outcome = match outcome {
            Ok(_) if absent => Outcome::Absent,
            Ok(v) => Outcome::Value(self.namer(globals).obj_ref(v)),
            Err(e) => Outcome::Error(e),
        };
        self.sink.event(TraceEvent::End(OpEnd {
            op: top.id,
            outcome,
        }));
    }

    /// The innermost operation's rule asked for a call: it ends when the
    /// call returns.
    pub fn wait(&mut self) {
        if let Some(top) = self.open.last_mut() {
            top.waiting = true;
        }
    }

    /// A frame returned; `depth` frames remain. A waiting operation begun
    /// at that depth ends with `first` (the call's first result).
    pub fn returned<'gc>(&mut self, globals: Object<'gc>, depth: usize, first: Value<'gc>) {
        self.close_from(depth + 1);
        // Every operation waiting at this depth waited for this call (a
        // getter's call operation and the [[Get]] that asked for it).
        while self
            .open
            .last()
            .is_some_and(|top| top.depth == depth && top.waiting)
        {
            self.end(globals, Ok(first), false);
        }
    }

    /// The program stopped: every open operation ends unfinished.
    pub fn finish(&mut self) {
        self.close_from(0);
    }
}
