//! The AST of small representative snippets (insta snapshots of Debug).

fn ast(src: &str) -> String {
    match omx_js_syntax::parse(src, "snippet.js") {
        Ok(p) => format!("{p:#?}"),
        Err(e) => format!("error: {}", e.message),
    }
}

macro_rules! snippet {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(ast($src));
        }
    };
}

snippet!(precedence, "a + b * c ** d ** e - f / g;");
snippet!(logical_and_nullish, "x = a || b && c; y = (a ?? b) || c;");
snippet!(
    arrow_and_destructuring_params,
    "const f = ({a, b: [c = 1]}, ...rest) => a + c;"
);
snippet!(
    destructuring_assignment,
    "[a, b] = [b, a]; ({x, y: z = 2} = o);"
);
snippet!(class_members, "class A extends B { #p = 1; static s; get v() { return this.#p; } constructor() { super(); } *g() { yield* x; } }");
snippet!(optional_chain, "a?.b.c?.[d]?.(e);");
snippet!(template_tagged, "tag`a${1}b\\n`; `x${`y${z}`}`;");
snippet!(
    regex_vs_division,
    "a = b / c / d; r = /[/]x/g.test(s); if (x) /re/.exec(y);"
);
snippet!(asi_statements, "let a = 1\nlet b = a\n++b\nreturn_ = 1");
snippet!(
    for_loops,
    "for (let i = 0; i < n; i++) {} for (const k in o); for (const [k, v] of m) {} for (x.y in o);"
);
snippet!(object_literal, "o = { a, b: 1, [c]: 2, 'd': 3, 4: 5, m() {}, get g() { return 1; }, set s(v) {}, ...rest, __proto__: p };");
snippet!(
    labels_and_switch,
    "outer: for (;;) { switch (x) { case 1: break outer; default: continue outer; } }"
);
snippet!(
    new_and_calls,
    "new A; new A.B(1)(2); new.target; new (f())();"
);
snippet!(
    numbers_and_strings,
    "x = [0xff, 0o17, 0b11, 1_000, .5, 017, 10n, 'a\\u{41}\\x42'];"
);
