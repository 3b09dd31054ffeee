//! Automatic semicolon insertion costs O(1) per insertion: a large
//! semicolon-free program parses as fast (per line) as a small one.

#[test]
fn semicolon_free_program_of_10000_lines() {
    let mut src = String::new();
    for i in 0..10_000 {
        src.push_str(&format!("let v{i} = {i} + 1\n"));
    }
    let program = omx_js_syntax::parse(&src, "big.js").expect("parses");
    assert_eq!(program.body.len(), 10_000);
}

#[test]
fn restricted_productions() {
    let p = omx_js_syntax::parse("function f(){ return\n1 }", "t.js").expect("parses");
    let text = format!("{p:?}");
    assert!(text.contains("Return(None)"), "{text}");
    let p = omx_js_syntax::parse("a\n++b", "t.js").expect("parses");
    assert_eq!(p.body.len(), 2);
    let p = omx_js_syntax::parse("a = b\n(c)", "t.js").expect("parses");
    assert_eq!(p.body.len(), 1, "no ASI before (");
    assert!(omx_js_syntax::parse("for (a\n b; ;) {}", "t.js").is_err());
    assert!(
        omx_js_syntax::parse("if (a)\nelse b", "t.js").is_err(),
        "no empty statement"
    );
    assert!(omx_js_syntax::parse("throw\nnew Error()", "t.js").is_err());
    assert!(omx_js_syntax::parse("a b", "t.js").is_err());
}
