//! Rendered diagnostics of malformed inputs (insta snapshots).

mod common;

use common::render;

macro_rules! diag {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(render($src));
        }
    };
}

diag!(unclosed_brace, "function f() {\n  return 1;\n");
diag!(unclosed_paren_call, "console.log(1, 2\n");
diag!(missing_paren_after_args, "console.log(a b);\n");
diag!(unexpected_brace, "let x = 1;\n}\n");
diag!(unterminated_string, "let s = 'abc;\nlet t = 1;\n");
diag!(unterminated_template, "let s = `abc ${x}\n");
diag!(unterminated_regex, "let r = /ab+c;\nfoo();\n");
diag!(no_asi_on_same_line, "let a = 1 let b = 2;\n");
diag!(unexpected_identifier, "var x y = 2;\n");
diag!(newline_after_throw, "throw\nnew Error('x');\n");
diag!(nullish_mix, "a ?? b || c;\n");
diag!(unary_before_exponent, "-2 ** 2;\n");
diag!(invalid_assignment_target, "a + b = c;\n");
diag!(const_without_initializer, "const k;\n");
diag!(await_needs_operand, "async function f() { await; }\n");
diag!(unexpected_end_of_input, "let a = 1 +\n");
diag!(invalid_token, "let x = 3in;\n");
diag!(shorthand_initializer, "let o = { a = 1 };\n");
diag!(
    duplicate_constructor,
    "class A { constructor() {} constructor() {} }\n"
);
diag!(illegal_return, "return 1;\n");
