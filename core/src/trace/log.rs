//! Collecting events into operations: a tracer that keeps every event,
//! and the tree of operations (each with its steps, the operations nested
//! under its steps, and its outcome) that the renderers draw.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::event::{OpBegin, Outcome, StepEvent, TraceEvent};
use super::Tracer;

/// A tracer that keeps the events; clones share one list (keep a clone,
/// hand the other to the runtime).
#[derive(Clone, Default)]
pub struct TraceLog(pub Rc<RefCell<Vec<TraceEvent>>>);

impl Tracer for TraceLog {
    fn event(&mut self, event: TraceEvent) {
        self.0.borrow_mut().push(event);
    }
}

impl TraceLog {
    /// The events so far, assembled into operations.
    pub fn operations(&self) -> Vec<Operation> {
        assemble(&self.0.borrow())
    }

    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }
}

/// What happened inside an operation, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Step(StepEvent),
    /// An operation begun while the previous step's call ran.
    Nested(Box<Operation>),
}

/// One operation with everything reported about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    pub begin: OpBegin,
    pub items: Vec<Item>,
    /// `None` while it has not ended.
    pub outcome: Option<Outcome>,
}

impl Operation {
    /// The protocol its first step named (e.g. "Lua index event").
    pub fn protocol(&self) -> Option<&'static str> {
        self.items.iter().find_map(|i| match i {
            Item::Step(s) => Some(s.protocol),
            Item::Nested(_) => None,
        })
    }

    /// Its steps, without nested operations.
    pub fn steps(&self) -> impl Iterator<Item = &StepEvent> {
        self.items.iter().filter_map(|i| match i {
            Item::Step(s) => Some(s),
            Item::Nested(_) => None,
        })
    }
}

/// Build the operation tree from an event stream: top-level operations in
/// the order they began. Steps reported outside any operation (id 0) are
/// dropped.
pub fn assemble(events: &[TraceEvent]) -> Vec<Operation> {
    // Operations by id, and the order of children under each parent.
    let mut ops: HashMap<u32, Operation> = HashMap::new();
    let mut order: Vec<u32> = Vec::new();
    for e in events {
        match e {
            TraceEvent::Begin(b) => {
                order.push(b.id);
                ops.insert(
                    b.id,
                    Operation {
                        begin: (**b).clone(),
                        items: Vec::new(),
                        outcome: None,
                    },
                );
            }
            TraceEvent::Step(s) => {
                if let Some(op) = ops.get_mut(&s.op) {
                    op.items.push(Item::Step(s.clone()));
                }
            }
            TraceEvent::End(end) => {
                if let Some(op) = ops.get_mut(&end.op) {
                    op.outcome = Some(end.outcome.clone());
                }
            }
        }
    }
    // Nest children under parents: deepest-last ids first, so a child is
    // complete before it moves into its parent. A child goes after the
    // parent's items that came before it began, which is where it is now
    // if we insert by begin order: record each child's position by counting
    // the parent's steps reported before the child's Begin event.
    let mut steps_before: HashMap<u32, usize> = HashMap::new();
    {
        let mut step_counts: HashMap<u32, usize> = HashMap::new();
        for e in events {
            match e {
                TraceEvent::Step(s) => *step_counts.entry(s.op).or_default() += 1,
                TraceEvent::Begin(b) => {
                    if let Some(p) = b.parent {
                        steps_before.insert(b.id, step_counts.get(&p).copied().unwrap_or(0));
                    }
                }
                TraceEvent::End(_) => {}
            }
        }
    }
    let mut top = Vec::new();
    for &id in order.iter().rev() {
        let Some(op) = ops.remove(&id) else { continue };
        match op.begin.parent.filter(|p| ops.contains_key(p)) {
            Some(p) => {
                let parent = ops.get_mut(&p).expect("checked");
                // Insert after the `k`-th step (children met in reverse
                // order go before later siblings at the same point).
                let k = steps_before.get(&id).copied().unwrap_or(0);
                let mut seen = 0;
                let mut at = parent.items.len();
                for (i, item) in parent.items.iter().enumerate() {
                    if seen == k {
                        at = i;
                        break;
                    }
                    if let Item::Step(_) = item {
                        seen += 1;
                    }
                }
                if seen < k {
                    at = parent.items.len();
                }
                // Earlier siblings at the same point were inserted later
                // (reverse order): place this one before them.
                parent.items.insert(at, Item::Nested(Box::new(op)));
            }
            None => top.push(op),
        }
    }
    top.reverse();
    top
}

/// `ops` without the operations `internal` names (a language's own library
/// code: a prelude function's lookups, a frontend's intrinsics): each is
/// replaced by the operations nested in it that are not internal (a user
/// callback a library function ran), so a library call reads as one step
/// and the program's own operations stay where they ran.
pub fn without_internal(
    ops: Vec<Operation>,
    internal: &dyn Fn(&Operation) -> bool,
) -> Vec<Operation> {
    let mut out = Vec::new();
    for mut op in ops {
        let items = std::mem::take(&mut op.items);
        let mut kept = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Item::Step(s) => kept.push(Item::Step(s)),
                Item::Nested(child) => kept.extend(
                    without_internal(vec![*child], internal)
                        .into_iter()
                        .map(|c| Item::Nested(Box::new(c))),
                ),
            }
        }
        op.items = kept;
        if internal(&op) {
            out.extend(op.items.into_iter().filter_map(|i| match i {
                Item::Nested(c) => Some(*c),
                Item::Step(_) => None,
            }));
        } else {
            out.push(op);
        }
    }
    out
}
