//! The AST (Debug form) of small representative snippets.

fn ast(source: &str) -> String {
    match omx_python_syntax::parse(source, "snippet.py") {
        Ok(program) => format!("{program:#?}"),
        Err(error) => panic!("snippet does not parse: {} ({source:?})", error.message),
    }
}

#[test]
fn precedence() {
    insta::assert_snapshot!(ast("x = -2 ** 3 * 4 + 5 << 1 | 7 & 3 ^ 1\n"));
}

#[test]
fn comparison_chain_and_boolean_ops() {
    insta::assert_snapshot!(ast("a < b <= c is not d not in e and not f or g\n"));
}

#[test]
fn conditional_lambda_walrus() {
    insta::assert_snapshot!(ast("f = lambda x, *a, k=1, **kw: x if (y := x) else k\n"));
}

#[test]
fn function_def_with_all_parameter_kinds() {
    insta::assert_snapshot!(ast(
        "@dec\ndef f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:\n    return a\n"
    ));
}

#[test]
fn class_with_bases_and_metaclass() {
    insta::assert_snapshot!(ast(
        "class C(A, B, metaclass=M, **extra):\n    x = 1\n    def m(self): pass\n"
    ));
}

#[test]
fn if_elif_else_and_loops() {
    insta::assert_snapshot!(ast(
        "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\nfor i, *r in z:\n    break\nelse:\n    pass\nwhile c:\n    continue\n"
    ));
}

#[test]
fn try_except_finally_and_raise_from() {
    insta::assert_snapshot!(ast(
        "try:\n    raise E('m') from None\nexcept (A, B) as e:\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    del x[0], y.z\n"
    ));
}

#[test]
fn with_and_imports() {
    insta::assert_snapshot!(ast(
        "import a.b as c, d\nfrom ..m import (x as y, z)\nfrom . import *\nwith (open(p) as f, g()):\n    pass\n"
    ));
}

#[test]
fn comprehensions() {
    insta::assert_snapshot!(ast(
        "[x for x in y if x]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for a in b for c in a if c)\n"
    ));
}

#[test]
fn calls_slices_and_displays() {
    insta::assert_snapshot!(ast(
        "f(a, *b, k=1, **c)[1:2, ::3, ...]\n{'a': 1, **d}\n{1, *s}\n(1,)\n()\n"
    ));
}

#[test]
fn strings_prefixes_and_concatenation() {
    insta::assert_snapshot!(ast(
        "s = 'a\\n' r'\\d' \"\"\"t\"\"\"\nb = b'\\x00' rb'\\x'\n"
    ));
}

#[test]
fn fstring_fields() {
    insta::assert_snapshot!(ast("f'{x!r:>{w}} {y=} {{lit}} {z:.2f}'\n"));
}

#[test]
fn numbers() {
    insta::assert_snapshot!(ast(
        "n = 1_000, 0xff, 0o17, 0b101, 1.5e3, 2j, 123456789012345678901234567890\n"
    ));
}

#[test]
fn assignments_of_every_kind() {
    insta::assert_snapshot!(ast(
        "a = b = 1\nx, *y = z\nc.d += 1\ne[0]: int = 2\n(f): str\nglobal g\nassert h, 'm'\n"
    ));
}

#[test]
fn generators_yield() {
    insta::assert_snapshot!(ast(
        "def g():\n    x = yield 1\n    yield from h()\n    return x\n"
    ));
}
