//! AST snapshots of representative snippets (rendered as S-expressions by
//! `common::sexp`), each reviewed by hand against Lua 5.4's grammar.

mod common;

use omx_core::Span;
use omx_lua_syntax::ast::{ExprKind, StatKind};
use omx_lua_syntax::parse;

fn ast(source: &str) -> String {
    match parse(source.as_bytes(), "test") {
        Ok(chunk) => common::sexp(&chunk),
        Err(error) => panic!("{source:?} failed to parse: {}", error.message),
    }
}

#[test]
fn precedence_unary_and_power() {
    insta::assert_snapshot!(ast(
        "x = -x^2\ny = 2^-3^2\nz = not a == b\nw = -2^-2\nv = #t + 1\nu = ~a ~ b"
    ));
}

#[test]
fn precedence_arithmetic() {
    insta::assert_snapshot!(ast(
        "x = 1+2*3^-4\ny = 1 - 2 - 3\nz = a // b % c * d\nw = 2^3^2"
    ));
}

#[test]
fn concat_is_right_associative() {
    insta::assert_snapshot!(ast("x = a..b..c\ny = 1 + 2 .. 3 + 4\nz = a .. b == c .. d"));
}

#[test]
fn precedence_logic_comparison_bitwise() {
    insta::assert_snapshot!(ast(
        "x = a or b and c or d\ny = a < b == (c >= d)\nz = a | b ~ c & d << 1 >> 2\nw = 1 << 2 .. 3"
    ));
}

#[test]
fn method_call_chains_and_call_sugar() {
    insta::assert_snapshot!(ast(
        "obj:method(1):other'str'.field[k]:last{1, 2}\nprint \"hi\"\nf{x = 1}\n(f)(g)\nlocal s = (\"%d\"):format(3)"
    ));
}

#[test]
fn table_constructors() {
    insta::assert_snapshot!(ast(
        "t = {}\nt = {1, 2; 3,}\nt = {[k] = v, name = 1, f(), ...; [1 + 1] = {x = {}}}\nt = {a.b, c = d == e}"
    ));
}

#[test]
fn assignments_and_locals() {
    insta::assert_snapshot!(ast(
        "a, b.c, d[1], f().g = 1, 2\nlocal x <const>, y <close>, z = 1\nlocal p, q\nlocal function f(a, ...) return ... end"
    ));
}

#[test]
fn function_statements() {
    insta::assert_snapshot!(ast(
        "function f() end\nfunction a.b.c:m(x, y) return self, x end\nfunction g(...) local t = {...} end\nlocal h = function(a, b) end"
    ));
}

#[test]
fn control_flow() {
    insta::assert_snapshot!(ast(
        "if a then b() elseif c then d() else e() end\nwhile x < 10 do x = x + 1 end\nrepeat local y = 1 until y > 0\nfor i = 1, 10, 2 do break end\nfor k, v in pairs(t) do end\ndo goto done end\n::done::"
    ));
}

#[test]
fn literals() {
    insta::assert_snapshot!(ast(
        "x = nil, true, false, 1, 1.5, 0x10, 0xA.8p0, 3., .5, 1e-3, 9223372036854775807, 9223372036854775808, 0xffffffffffffffff\ny = 'a\\tb', \"\\65\\x42\\u{43}\", [[\nlong]], [==[a]]b]==]"
    ));
}

#[test]
fn returns_and_semicolons() {
    insta::assert_snapshot!(ast(";;local a = 1; ; f();\nreturn a, (f());"));
}

#[test]
fn paren_after_expression_continues_the_call() {
    // Lua 5.4 reads `a = b` then `(f)()` on the next line as one call.
    insta::assert_snapshot!(ast("a = b\n(f)()\nlocal c\n(g)()"));
}

#[test]
fn shebang_and_comments() {
    insta::assert_snapshot!(ast(
        "#!/usr/bin/lua\n-- line\nx = 1 --[[ long\ncomment ]] y = 2 --[==[ ]] ]==] z = 3\n--[ not long\nw = 4"
    ));
}

#[test]
fn spans_cover_their_source() {
    let source = "local t = {}\nfunction t.f(a)\n  return a.b[1]\nend\n";
    let chunk = parse(source.as_bytes(), "test").expect("parses");
    let text = |span: Span| &source[span.range()];
    let stats = &chunk.block.stats;
    assert_eq!(text(stats[0].span), "local t = {}");
    assert_eq!(text(stats[1].span), "function t.f(a)\n  return a.b[1]\nend");
    let StatKind::Function { func, path, .. } = &stats[1].kind else {
        panic!("not a function statement");
    };
    assert_eq!(text(func.span), "function t.f(a)\n  return a.b[1]\nend");
    assert_eq!(text(path[1].span), "f");
    let ret = func.body.ret.as_ref().expect("return");
    assert_eq!(text(ret.span), "return a.b[1]");
    let ExprKind::Index { obj, key, dotted } = &ret.exprs[0].kind else {
        panic!("not an index");
    };
    assert!(!dotted);
    assert_eq!(text(ret.exprs[0].span), "a.b[1]");
    assert_eq!(text(obj.span), "a.b");
    assert_eq!(text(key.span), "1");
    assert_eq!(chunk.span, Span::new(0, source.len()));
}

#[test]
fn strings_are_bytes() {
    let chunk = parse(b"x = \"\\xff\\0\xfe\"", "test").expect("parses");
    let StatKind::Assign { values, .. } = &chunk.block.stats[0].kind else {
        panic!("not an assignment");
    };
    assert_eq!(values[0].kind, ExprKind::Str(vec![0xff, 0, 0xfe]));
}
