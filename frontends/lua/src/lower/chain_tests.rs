//! Long left-associative chains are not syntax levels (lparser.c reads
//! them in a loop), yet lowering and compiling them recurse on the Rust
//! stack: the lexer's MAX_LEVELS still bounds them, so the longest chain
//! the parser accepts lowers and compiles (or fails cleanly) within the
//! main thread's stack (8 MiB; a debug build needs 4 MiB for the longest
//! chain, as for 200 nested `^`), and real nesting past 200 levels is
//! still refused.

use super::compile;

fn chain(op: &str, n: usize) -> String {
    let mut s = String::from("local a = 1 return a");
    for _ in 1..n {
        s.push_str(&format!(" {op} a"));
    }
    s
}

fn in_main_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .expect("no stack overflow")
}

#[test]
fn the_longest_chains_the_parser_accepts_lower_within_a_small_stack() {
    for op in ["+", "*", "//", "|", "<<", "and", "or", "==", "<", "..", "^"] {
        // Past the lexer's bound, a clean error.
        let too_long = chain(op, 2000);
        let err = in_main_stack(move || compile(too_long.as_bytes(), "chain").err());
        assert!(err.is_some(), "{op}");
        // The longest accepted chain compiles, or is refused for its
        // registers or levels: never a crash.
        let n = (1..2000)
            .rev()
            .step_by(50)
            .find(|&n| omx_lua_syntax::parse(chain(op, n).as_bytes(), "chain").is_ok())
            .unwrap();
        let src = chain(op, n);
        let _ = in_main_stack(move || compile(src.as_bytes(), "chain").map(|_| ()));
    }
}

#[test]
fn a_left_chain_is_one_level_and_nesting_still_counts() {
    in_main_stack(left_chain_is_one_level);
}

fn left_chain_is_one_level() {
    // calls.lua: 200 operands in one chain.
    assert!(compile(chain("+", 200).as_bytes(), "chain").is_ok());
    assert!(compile(chain("and", 230).as_bytes(), "chain").is_ok());
    // Right-associative chains and parentheses nest.
    for (open, close) in [("(", ")"), ("- ", ""), ("2 ^ ", ""), ("'x' .. ", "")] {
        let src = format!("return {}1{}", open.repeat(300), close.repeat(300));
        let Err(err) = compile(src.as_bytes(), "deep") else {
            panic!("{open}: too deep, yet accepted");
        };
        assert!(
            err.to_string().contains("too many syntax levels"),
            "{open}: {err}"
        );
    }
}

#[test]
fn a_nested_function_is_one_level() {
    in_main_stack(nested_functions);
}

fn nested_functions() {
    // errors.lua: 100 nested functions load (lparser.c counts one C level
    // for each); past the lexer's 200 open blocks, a clean error.
    let nest = |n: usize| "function foo () ".repeat(n) + &" end".repeat(n);
    assert!(compile(nest(100).as_bytes(), "nest").is_ok());
    assert!(compile(nest(199).as_bytes(), "nest").is_ok());
    let Err(err) = compile(nest(250).as_bytes(), "nest") else {
        panic!("250 nested functions accepted");
    };
    assert!(err.to_string().contains("too many syntax levels"), "{err}");
    // A right-associative chain stops at lua5.4's 200 levels, even where
    // the tree's bound would take more.
    for op in ["..", "^"] {
        let src = format!("local a = 1; return {}a", format!("a {op} ").repeat(250));
        let Err(err) = compile(src.as_bytes(), "chain") else {
            panic!("{op}: 250 accepted");
        };
        assert!(
            err.to_string().contains("too many syntax levels"),
            "{op}: {err}"
        );
    }
}
