//! The explain facility for JavaScript (shared/EXPLORER.md): [[Get]] along
//! the prototype chain (own data property, inherited property, getter
//! called with the receiver, Proxy `get` trap, absent), [[Set]] (own,
//! new, read-only, setter). One snapshot per rule; the values are the
//! program's top-level bindings, so the text names them. What each step
//! claims was checked against node 20.

use omx::{BufferHost, Lang, Runtime};

/// Run `setup` as a script, then explain `expr` in its scope.
fn explain(setup: &str, expr: &str) -> String {
    omx_tests::explain(Lang::JavaScript, "setup.js", setup, expr)
}

const VECTOR: &str = r#"
class Vector {
  constructor(x, y) { this.x = x; this.y = y; }
  get total() { return this.x + this.y; }
  set total(v) { this.x = v - this.y; }
}
Vector.prototype.kind = "vector";
const vec = new Vector(3, 4);
const frozen = Object.freeze({ a: 1 });
const proxy = new Proxy({}, { get(target, key) { return key + "!"; } });
"#;

#[test]
fn get_rules() {
    insta::assert_snapshot!("js_own_data", explain(VECTOR, "vec.x"));
    insta::assert_snapshot!("js_inherited_data", explain(VECTOR, "vec.kind"));
    insta::assert_snapshot!("js_getter", explain(VECTOR, "vec.total"));
    insta::assert_snapshot!("js_absent", explain(VECTOR, "vec.nope"));
    insta::assert_snapshot!("js_proxy_get", explain(VECTOR, "proxy.foo"));
}

/// A getter calling library functions (`Math.sqrt`, written in omx's
/// prelude, and `Array.prototype.map` running a user callback): each reads
/// as one call, the prelude's own lookups hidden, the callback's shown.
#[test]
fn library_calls_hide_their_internals() {
    let setup = "class P {\n  constructor(x) { this.x = x; }\n  get root() { return Math.sqrt(this.x) + null; }\n  get each() { return [1].map(i => this.x); }\n}\nconst p = new P(9);\n";
    let root = explain(setup, "p.root");
    assert!(!root.contains("numop") && !root.contains("%I"), "{root}");
    insta::assert_snapshot!("js_getter_calls_library", root);
    insta::assert_snapshot!("js_library_runs_callback", explain(setup, "p.each"));
}

/// `new` (ECMA-262 §10.2.2 [[Construct]]): the object made from the
/// constructor's `prototype`, the constructor called with it, an object
/// it returns replacing it; a derived class's `this` made by `super`; a
/// bound function constructing its target. Checked with node 20:
/// `Object.getPrototypeOf(new B()) === Vector.prototype`, `new Odd()` is
/// `{ other: true }`, `new V3(1)` is `V3 { x: 1, z: 1, y: 2 }`, `new
/// Arrow()` throws "Arrow is not a constructor".
#[test]
fn construct_rules() {
    let setup = "class Vector { constructor(x) { this.x = x; } }\n\
                 class V3 extends Vector { z = 1; constructor(x) { super(x); this.y = 2; } }\n\
                 function Odd() { this.a = 1; return { other: true }; }\n\
                 const B = Vector.bind(null, 5);\n\
                 const Arrow = () => 1;\n";
    insta::assert_snapshot!("js_construct", explain(setup, "new Vector(2)"));
    insta::assert_snapshot!("js_construct_derived", explain(setup, "new V3(1)"));
    insta::assert_snapshot!("js_construct_override", explain(setup, "new Odd()"));
    insta::assert_snapshot!("js_construct_bound", explain(setup, "new B()"));
    insta::assert_snapshot!(
        "js_construct_not_a_constructor",
        explain(setup, "new Arrow()")
    );
}

#[test]
fn set_rules() {
    insta::assert_snapshot!("js_set_own", explain(VECTOR, "vec.x = 5"));
    insta::assert_snapshot!("js_set_create", explain(VECTOR, "vec.z = 1"));
    insta::assert_snapshot!("js_set_read_only", explain(VECTOR, "frozen.a = 2"));
    insta::assert_snapshot!("js_setter", explain(VECTOR, "vec.total = 10"));
}

#[test]
fn mro_is_the_prototype_chain() {
    let setup = "class A {}\nclass B extends A {}\nconst b = new B();\n";
    let mut rt = Runtime::new();
    let mut host = BufferHost::default();
    rt.run(Lang::JavaScript, "setup.js", setup.as_bytes(), &mut host)
        .expect("setup runs");
    let chain = rt
        .lookup_chain(Lang::JavaScript, "b", &mut host)
        .expect("a chain");
    assert_eq!(
        chain,
        [
            "b",
            "B.prototype",
            "A.prototype",
            "Object.prototype",
            "null"
        ]
    );
}

/// `:graph` of an object: own properties with their attributes, the
/// prototype chain (node: `Object.getOwnPropertyDescriptor(vec, "hidden")`
/// is `{value: 1, writable: false, enumerable: false, configurable: false}`,
/// `total` on `Vector.prototype` is `{get, set: undefined, enumerable:
/// false, configurable: true}`).
#[test]
fn graph_draws_attributes_and_the_prototype_chain() {
    let setup = "class Vector { constructor(x) { this.x = x; } get total() { return 1; } }\n\
                 const vec = new Vector(3);\n\
                 Object.defineProperty(vec, 'hidden', { value: 1 });\n";
    insta::assert_snapshot!(
        "js_graph_object",
        omx_tests::graph(Lang::JavaScript, "setup.js", setup, "vec")
    );
}
