//! The structure reachable from a value, as the essay draws it by hand
//! (`:graph mydog`): each object a box with its own fields, an arrow to
//! its meta object (Lua metatable, Python type, JavaScript
//! `[[Prototype]]`, Perl package) and arrows along fields named like
//! protocol hooks (`__index`, `__newindex`, `__call`...: the fields the
//! object model consults). A language's model may draw its own objects
//! instead ([`Expansion`], from `protocol::<lang>::graph`: a Python class
//! with its MRO and bases, JavaScript properties with their attributes, a
//! Perl package and its `@ISA`); this file knows no language's rules.
//! Text, Graphviz DOT and JSON (`omx-graph/1`):
//!
//! ```text
//! mydog {name = "Rex"}
//!   ──metatable──▶ table 0x55d0c4a2b3c0 {__index = Dog}
//!   ──__index──▶ Dog {barks = 0, bark = Dog.bark}
//! ```

use std::fmt::Write;

use super::event::ObjRef;
use super::session::Namer;
use crate::lang::Lang;
use crate::object::Object;
use crate::value::Value;

/// Objects drawn at most.
pub const MAX_NODES: usize = 16;
/// Fields shown in one box; the rest are counted.
pub const MAX_FIELDS: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub obj: ObjRef,
    /// Own fields shown: key text, value text.
    pub fields: Vec<(String, String)>,
    /// Own fields not shown.
    pub more: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Graph {
    /// `nodes[0]` is the value asked about.
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// What a meta object is called in the object's language.
pub fn meta_label(lang: Option<Lang>) -> &'static str {
    match lang {
        Some(Lang::Lua) => "metatable",
        Some(Lang::Python) => "type",
        Some(Lang::JavaScript) => "[[Prototype]]",
        Some(Lang::Perl) => "blessed into",
        None => "meta",
    }
}

/// How a language's model draws one of its objects: the box's title and
/// rows, and the arrows to follow.
#[derive(Default)]
pub struct Expansion<'gc> {
    /// The box's name when the model knows a better one (a Perl package).
    pub title: Option<String>,
    /// Rows shown: key text, value text.
    pub fields: Vec<(String, String)>,
    /// Rows not shown.
    pub more: usize,
    /// Arrows to other objects, with their labels.
    pub edges: Vec<(Object<'gc>, String)>,
}

/// The graph of what `root` reaches through meta objects and hook fields.
pub fn build<'gc>(root: Value<'gc>, namer: &Namer<'_, 'gc>) -> Graph {
    build_with(root, namer, &mut |_| None)
}

/// [`build`], with `expand` drawing the objects a model knows how to draw
/// (`None`: the generic box of own fields, meta and hook-field arrows).
pub fn build_with<'gc>(
    root: Value<'gc>,
    namer: &Namer<'_, 'gc>,
    expand: &mut dyn FnMut(Object<'gc>) -> Option<Expansion<'gc>>,
) -> Graph {
    let mut g = Graph::default();
    let mut objects: Vec<Object<'gc>> = Vec::new();
    let Value::Object(first) = root else {
        g.nodes.push(Node {
            obj: namer.obj_ref(root),
            fields: Vec::new(),
            more: 0,
        });
        return g;
    };
    objects.push(first);
    let mut at = 0;
    while at < objects.len() {
        let o = objects[at];
        let mut node = Node {
            obj: namer.obj_ref(Value::Object(o)),
            fields: Vec::new(),
            more: 0,
        };
        let mut targets: Vec<(Object<'gc>, String)> = Vec::new();
        if let Some(e) = expand(o) {
            if let Some(t) = e.title {
                node.obj.name = Some(t.clone());
                node.obj.text = t;
            }
            node.fields = e.fields;
            node.more = e.more;
            g.nodes.push(node);
            follow(&mut g, &mut objects, at, o, e.edges);
            at += 1;
            continue;
        }
        if let Some(m) = o.meta() {
            targets.push((m, meta_label(o.model().lang).to_string()));
        }
        for pos in 0..o.keyed_len() {
            let Some((k, v)) = o.keyed_entry(pos) else {
                continue;
            };
            if v.is_empty() {
                continue;
            }
            let key = match k {
                Value::Str(s) => s.to_str_lossy().into_owned(),
                other => format!("[{}]", namer.of(other)),
            };
            if let (Value::Object(t), true) = (v, key.starts_with("__")) {
                targets.push((t, key.clone()));
            }
            if node.fields.len() < MAX_FIELDS {
                node.fields.push((key, namer.of(v)));
            } else {
                node.more += 1;
            }
        }
        g.nodes.push(node);
        follow(&mut g, &mut objects, at, o, targets);
        at += 1;
    }
    g
}

/// Arrows from node `at` (object `o`) to `targets`, queueing the objects
/// not drawn yet.
fn follow<'gc>(
    g: &mut Graph,
    objects: &mut Vec<Object<'gc>>,
    at: usize,
    o: Object<'gc>,
    targets: Vec<(Object<'gc>, String)>,
) {
    for (t, label) in targets {
        if t == o {
            // `Dog.__index = Dog`: the field already says it.
            continue;
        }
        let to = match objects.iter().position(|&x| x == t) {
            Some(i) => i,
            None if objects.len() < MAX_NODES => {
                objects.push(t);
                objects.len() - 1
            }
            None => continue,
        };
        g.edges.push(Edge {
            from: at,
            to,
            label,
        });
    }
}

fn boxed(n: &Node) -> String {
    let mut fields: Vec<String> = n.fields.iter().map(|(k, v)| format!("{k} = {v}")).collect();
    if n.more > 0 {
        fields.push(format!("… {} more", n.more));
    }
    format!("{} {{{}}}", n.obj.text, fields.join(", "))
}

/// The text drawing: a chain when each object leads to at most one other
/// and nothing points back, else each box followed by its arrows.
pub fn text(g: &Graph) -> String {
    let mut out = String::new();
    let Some(first) = g.nodes.first() else {
        return out;
    };
    let linear = g
        .edges
        .iter()
        .enumerate()
        .all(|(i, e)| e.from == i && e.to == i + 1);
    if linear {
        let _ = writeln!(out, "{}", boxed(first));
        for e in &g.edges {
            let _ = writeln!(out, "  ──{}──▶ {}", e.label, boxed(&g.nodes[e.to]));
        }
        return out;
    }
    for (i, n) in g.nodes.iter().enumerate() {
        let _ = writeln!(out, "{}", boxed(n));
        for e in g.edges.iter().filter(|e| e.from == i) {
            let _ = writeln!(out, "  ──{}──▶ {}", e.label, g.nodes[e.to].obj.text);
        }
    }
    out
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('{', "\\{")
        .replace('}', "\\}")
        .replace('|', "\\|")
        .replace('<', "\\<")
        .replace('>', "\\>")
}

/// Graphviz DOT.
pub fn dot(g: &Graph) -> String {
    let mut out = String::from("digraph omx {\n  node [shape=record, fontname=\"monospace\"];\n");
    for (i, n) in g.nodes.iter().enumerate() {
        let mut rows = vec![dot_escape(&n.obj.text)];
        rows.extend(
            n.fields
                .iter()
                .map(|(k, v)| dot_escape(&format!("{k} = {v}"))),
        );
        if n.more > 0 {
            rows.push(format!("… {} more", n.more));
        }
        let _ = writeln!(out, "  n{i} [label=\"{{{}}}\"];", rows.join("|"));
    }
    for e in &g.edges {
        let _ = writeln!(
            out,
            "  n{} -> n{} [label=\"{}\"];",
            e.from,
            e.to,
            dot_escape(&e.label)
        );
    }
    out.push_str("}\n");
    out
}

/// JSON, schema `omx-graph/1`: `{"schema", "nodes": [{"kind", "address",
/// "name", "text", "fields": [{"key", "value"}], "more"}], "edges":
/// [{"from", "to", "label"}]}` (edges index `nodes`; node 0 is the root).
pub fn json(g: &Graph) -> String {
    let mut out = String::from("{\"schema\":\"omx-graph/1\",\"nodes\":[");
    for (i, n) in g.nodes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"object\":");
        super::render::json_obj(&mut out, Some(&n.obj));
        out.push_str(",\"fields\":[");
        for (j, (k, v)) in n.fields.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"key\":");
            super::render::json_str(&mut out, k);
            out.push_str(",\"value\":");
            super::render::json_str(&mut out, v);
            out.push('}');
        }
        let _ = write!(out, "],\"more\":{}}}", n.more);
    }
    out.push_str("],\"edges\":[");
    for (i, e) in g.edges.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{{\"from\":{},\"to\":{},\"label\":", e.from, e.to);
        super::render::json_str(&mut out, &e.label);
        out.push('}');
    }
    out.push_str("]}");
    out
}
