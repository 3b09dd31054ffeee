//! `:graph EXPR` and `:mro EXPR` in the REPL: evaluate an expression in
//! the runtime's globals and draw what its value reaches through meta
//! objects and hook fields (core/src/trace/graph.rs), or list the chain a
//! lookup on it walks.

use std::collections::HashMap;

use gc_arena::Mutation;
use omx_core::runtime::RuntimeState;
use omx_core::trace::Namer;
use omx_core::trace::graph::{self, Graph};
use omx_core::{Host, Lang, Value};

use crate::{Error, Runtime};

/// How the model of `o`'s language draws it (each `protocol::<lang>::graph`),
/// `None` for the generic box (Lua tables, a Python instance, a blessed
/// Perl reference).
fn model_drawing<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    o: omx_core::object::Object<'gc>,
    namer: &Namer<'_, 'gc>,
) -> Option<graph::Expansion<'gc>> {
    use omx_core::protocol::{js, perl, python};
    match o.model().lang {
        Some(Lang::Python) => python::graph::expand(rt, o, namer),
        Some(Lang::JavaScript) => js::graph::expand(o, namer),
        Some(Lang::Perl) => perl::graph::expand(mc, rt, o),
        _ => None,
    }
}

impl Runtime {
    /// The graph of the value of `expr` (evaluated in this runtime's
    /// globals; output it prints goes to `host`). Render it with
    /// `omx_core::trace::graph::{text, dot, json}`.
    pub fn graph(&mut self, lang: Lang, expr: &str, host: &mut dyn Host) -> Result<Graph, Error> {
        self.eval_in_state(lang, expr, host, |mc, rt, root, namer| {
            graph::build_with(root, namer, &mut |o| model_drawing(mc, rt, o, namer))
        })
    }

    /// The chain a lookup on the value of `expr` walks, one name per
    /// entry (`:mro EXPR`): Lua, the value then each meta object's
    /// `__index` table; Python, the C3 MRO of its type (of the class
    /// itself for a class), as `type(v).__mro__`; JavaScript, the value
    /// then its prototype chain; Perl, the linearised `@ISA` of the
    /// package a blessed reference (or a package name) stands for, as
    /// `mro::get_linear_isa`.
    pub fn lookup_chain(
        &mut self,
        lang: Lang,
        expr: &str,
        host: &mut dyn Host,
    ) -> Result<Vec<String>, Error> {
        match lang {
            Lang::Lua => self.lua_chain(lang, expr, host),
            Lang::Python => self.eval_in_state(lang, expr, host, |_, rt, root, namer| {
                use omx_core::protocol::python::{model::PY_TYPE, state};
                let tp = match root {
                    Value::Object(o) if std::ptr::eq(o.model(), &PY_TYPE) => o,
                    v => state::type_of(&rt.python, v),
                };
                state::mro_of(tp)
                    .into_iter()
                    .map(|c| namer.of(Value::Object(c)))
                    .collect()
            }),
            Lang::JavaScript => self.eval_in_state(lang, expr, host, |_, _, root, namer| {
                let mut chain = vec![namer.of(root)];
                let mut at = root.as_object().and_then(|o| o.meta());
                while let Some(o) = at {
                    if chain.len() > graph::MAX_NODES {
                        break;
                    }
                    chain.push(namer.of(Value::Object(o)));
                    at = o.meta();
                }
                chain.push("null".into());
                chain
            }),
            Lang::Perl => self.eval_in_state(lang, expr, host, |mc, rt, root, _| {
                use omx_core::protocol::perl::{container, mro};
                let stash = match root {
                    Value::Object(o) => o.meta(),
                    Value::Str(name) => {
                        let name = name.as_bytes().to_vec();
                        container::find_stash(mc, rt, &name)
                    }
                    _ => None,
                };
                match stash {
                    Some(st) => mro::linear_names(mc, rt, st),
                    None => vec![format!(
                        "{} is neither a blessed reference nor a package name",
                        omx_core::trace::describe(root)
                    )],
                }
            }),
        }
    }

    /// Lua's lookup chain: the value, then each meta object's `__index`
    /// table in the order a lookup walks them.
    fn lua_chain(
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

    /// Evaluate `expr` and hand its first value, with the runtime's state,
    /// to `f`.
    fn eval_in_state<R>(
        &mut self,
        lang: Lang,
        expr: &str,
        host: &mut dyn Host,
        f: impl for<'gc> FnOnce(
            &Mutation<'gc>,
            &mut RuntimeState<'gc>,
            Value<'gc>,
            &Namer<'_, 'gc>,
        ) -> R,
    ) -> Result<R, Error> {
        self.run_expression(lang, expr, host)?;
        let name = expr.trim().to_string();
        Ok(self.engine_mut().with_results(|mc, rt, results| {
            let root = results.first().copied().unwrap_or_default();
            let mut names = HashMap::new();
            if let Some(addr) = root.heap_address() {
                names.insert(addr, name);
            }
            let globals = rt.globals;
            let namer = Namer::new(&names, globals);
            f(mc, rt, root, &namer)
        }))
    }

    /// Evaluate `expr` and hand its first value to `f` with a namer that
    /// knows the expression's own text as the value's name.
    fn eval_then<R>(
        &mut self,
        lang: Lang,
        expr: &str,
        host: &mut dyn Host,
        f: impl for<'gc> FnOnce(Value<'gc>, &Namer<'_, 'gc>) -> R,
    ) -> Result<R, Error> {
        self.eval_in_state(lang, expr, host, |_, _, root, namer| f(root, namer))
    }

    /// Run `expr` in `lang`'s globals to its end (its value stays in the
    /// results).
    fn run_expression(&mut self, lang: Lang, expr: &str, host: &mut dyn Host) -> Result<(), Error> {
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
        Ok(())
    }
}
