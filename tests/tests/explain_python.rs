//! The explain facility for Python (shared/EXPLORER.md): the steps of
//! `object.__getattribute__` (data descriptor on the type, instance
//! `__dict__`, non-data descriptor or class attribute, `__getattr__`),
//! `type.__getattribute__`, `object.__setattr__`, binary operators with
//! their reflected methods, and calls through `type.__call__`. One snapshot
//! per rule; the values are module globals, so the text names them. What
//! each step claims was checked against python3 3.11.

use omx::{BufferHost, Lang, Runtime};

/// Run `setup` as a module, then explain `expr` in its globals.
fn explain(setup: &str, expr: &str) -> String {
    omx_tests::explain(Lang::Python, "setup.py", setup, expr)
}

const VECTOR: &str = r#"
class Base:
    kind = "base"
    def hello(self):
        return "hi"

class Vector(Base):
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @property
    def total(self):
        return self.x + self.y
    @total.setter
    def total(self, v):
        self.x = v - self.y
    def __add__(self, other):
        return self.x + other.x
    def __getattr__(self, name):
        return len(name)

class Num:
    def __radd__(self, other):
        return 99

class Logged:
    def __getattribute__(self, name):
        return name
    def __setattr__(self, name, value):
        log.append(name)

log = []

vec = Vector(3, 4)
num = Num()
logged = Logged()
"#;

#[test]
fn getattr_rules() {
    insta::assert_snapshot!("py_instance_dict", explain(VECTOR, "vec.x"));
    insta::assert_snapshot!("py_data_descriptor", explain(VECTOR, "vec.total"));
    insta::assert_snapshot!("py_class_attribute", explain(VECTOR, "vec.kind"));
    insta::assert_snapshot!("py_getattr_hook", explain(VECTOR, "vec.missing"));
    insta::assert_snapshot!(
        "py_getattribute_override",
        explain(VECTOR, "logged.anything")
    );
    insta::assert_snapshot!("py_type_getattr", explain(VECTOR, "Vector.kind"));
}

#[test]
fn setattr_rules() {
    insta::assert_snapshot!("py_setattr_instance_dict", explain(VECTOR, "vec.y = 10"));
    insta::assert_snapshot!("py_setattr_property", explain(VECTOR, "vec.total = 10"));
    insta::assert_snapshot!("py_setattr_hook", explain(VECTOR, "logged.v = 2"));
}

/// A global found in `builtins` (Language Reference §4.2.2), titled by the
/// name the program writes, and a nested `**` titled as Python writes it.
#[test]
fn name_resolution_and_nested_operators() {
    let setup = "class V:\n    def __pow__(self, o):\n        return 7\n    @property\n    def f(self):\n        return abs(-2) + (self ** 2)\nv = V()\n";
    insta::assert_snapshot!("py_global_builtins", explain(setup, "abs"));
    insta::assert_snapshot!("py_global_module", explain(setup, "v"));
    insta::assert_snapshot!("py_global_missing", explain(setup, "nope"));
    insta::assert_snapshot!("py_nested_builtin_and_pow", explain(setup, "v.f"));
}

#[test]
fn operator_and_call_rules() {
    insta::assert_snapshot!("py_binary_left", explain(VECTOR, "vec + vec"));
    insta::assert_snapshot!("py_binary_reflected", explain(VECTOR, "1 + num"));
    insta::assert_snapshot!("py_type_call", explain(VECTOR, "Vector(1, 2)"));
}

#[test]
fn the_explained_expression_sees_the_module_globals() {
    // A global the program defined, read by the explained expression:
    // Python compiles it in the program's module (`__main__`).
    let text = explain("answer = 42\n", "answer");
    assert!(text.contains("answer"), "{text}");
    assert!(!text.contains("error"), "{text}");
}

#[test]
fn mro_is_the_c3_linearisation_of_the_type() {
    // python3: D.__mro__ is (D, B, C, A, object).
    let setup = "class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\nd = D()\n";
    let mut rt = Runtime::new();
    let mut host = BufferHost::default();
    rt.run(Lang::Python, "setup.py", setup.as_bytes(), &mut host)
        .expect("setup runs");
    for expr in ["d", "D"] {
        let chain = rt
            .lookup_chain(Lang::Python, expr, &mut host)
            .expect("a chain");
        assert_eq!(chain, ["D", "B", "C", "A", "object"], "{expr}");
    }
}

/// `:graph` of an instance: its `__dict__`, its class with the MRO and own
/// attributes, each base with its own (python3: `Vector.__mro__` is
/// `(Vector, Base, object)`, `vars(Base)` holds `kind`).
#[test]
fn graph_draws_the_class_and_its_bases() {
    let setup = "class Base:\n    kind = 'base'\nclass Vector(Base):\n    def __init__(self, x):\n        self.x = x\n    @property\n    def total(self):\n        return self.x\nvec = Vector(3)\n";
    insta::assert_snapshot!(
        "py_graph_instance",
        omx_tests::graph(Lang::Python, "setup.py", setup, "vec")
    );
}
