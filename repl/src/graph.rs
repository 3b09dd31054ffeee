//! `:graph EXPR` and `:mro EXPR` in the REPL: evaluate an expression in
//! the runtime's globals and draw what its value reaches through meta
//! objects and hook fields (core/src/trace/graph.rs), or list the chain a
//! lookup on it walks.

use std::collections::HashMap;

use omx_core::trace::Namer;
use omx_core::trace::graph::{self, Graph};
use omx_core::{Host, Lang};

use crate::{Error, Runtime};

impl Runtime {
    /// The graph of the value of `expr` (evaluated in this runtime's
    /// globals; output it prints goes to `host`). Render it with
    /// `omx_core::trace::graph::{text, dot, json}`.
    pub fn graph(&mut self, lang: Lang, expr: &str, host: &mut dyn Host) -> Result<Graph, Error> {
        self.eval_then(lang, expr, host, graph::build)
    }

    /// The lookup chain of the value of `expr`: the value, then each meta
    /// object's `__index` table (Lua) in the order a lookup walks them,
    /// one name per entry.
    pub fn lookup_chain(
        &mut self,
        lang: Lang,
        expr: &str,
        host: &mut dyn Host,
    ) -> Result<Vec<String>, Error> {
        self.eval_then(lang, expr, host, |root, namer| {
            let g = graph::build(root, namer);
            let mut chain = vec![g.nodes[0].obj.text.clone()];
            let mut at = 0;
            // meta → __index → meta → __index ...
            for _ in 0..graph::MAX_NODES {
                let Some(meta) = g
                    .edges
                    .iter()
                    .find(|e| e.from == at && e.label != "__index")
                else {
                    break;
                };
                let m = &g.nodes[meta.to];
                let next = match g
                    .edges
                    .iter()
                    .find(|e| e.from == meta.to && e.label == "__index")
                {
                    Some(e) => e.to,
                    // `Puppy.__index = Puppy`: a field naming itself.
                    None if m
                        .fields
                        .iter()
                        .any(|(k, v)| k == "__index" && *v == m.obj.text) =>
                    {
                        meta.to
                    }
                    None => break,
                };
                if chain.contains(&g.nodes[next].obj.text) {
                    break;
                }
                chain.push(g.nodes[next].obj.text.clone());
                at = next;
            }
            chain
        })
    }

    /// Evaluate `expr` and hand its first value to `f` with a namer that
    /// knows the expression's own text as the value's name.
    fn eval_then<R>(
        &mut self,
        lang: Lang,
        expr: &str,
        host: &mut dyn Host,
        f: impl for<'gc> FnOnce(omx_core::Value<'gc>, &Namer<'_, 'gc>) -> R,
    ) -> Result<R, Error> {
        self.load_expression(lang, "graph", expr)?;
        let mut budget = crate::explain::EXPLAIN_STEPS;
        while !self.step(host, 10_000)? {
            budget = budget.saturating_sub(10_000);
            if budget == 0 {
                return Err(Error::Unsupported(format!(
                    "not supported by omx: drawing a value whose expression runs more than {} steps",
                    crate::explain::EXPLAIN_STEPS
                )));
            }
        }
        let name = expr.trim().to_string();
        Ok(self.engine_mut().with_results(|_, rt, results| {
            let root = results.first().copied().unwrap_or_default();
            let mut names = HashMap::new();
            if let Some(addr) = root.heap_address() {
                names.insert(addr, name);
            }
            let namer = Namer::new(&names, rt.globals);
            f(root, &namer)
        }))
    }
}
