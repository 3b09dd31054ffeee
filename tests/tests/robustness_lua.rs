//! Bad input never panics: every line-prefix of every Lua corpus program is
//! compiled and, when it compiles, run under a step limit. Each must end in
//! a result or an error, never a panic.

use std::panic::{catch_unwind, AssertUnwindSafe};

use omx::Lang;
use omx_tests::{programs, run};

#[test]
fn every_prefix_of_the_lua_corpus_compiles_and_runs_without_panicking() {
    let mut panics = Vec::new();
    let mut ran = 0;
    for path in programs("lua", "lua") {
        let source = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let cuts: Vec<usize> = source
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .map(|(i, _)| i + 1)
            .collect();
        // Every 3rd line keeps the test fast while covering every program.
        for (n, &cut) in cuts.iter().enumerate().filter(|(n, _)| n % 3 == 0) {
            let prefix = &source[..cut];
            let result = catch_unwind(AssertUnwindSafe(|| {
                run(Lang::Lua, &name, prefix, Some(200_000))
            }));
            match result {
                Ok(_) => ran += 1,
                Err(_) => panics.push(format!("{name} cut after line {}", n + 1)),
            }
        }
    }
    assert!(ran > 500, "only {ran} prefixes ran");
    assert!(panics.is_empty(), "panicked: {panics:?}");
}

#[test]
fn hostile_lua_inputs_give_errors_not_panics() {
    let inputs: [&[u8]; 10] = [
        b"local t = setmetatable({}, {__index = function(t, k) return t[k] end}) return t.x",
        b"local function f() return f() end return f()",
        b"local s = string.rep('x', 1 << 40)",
        b"return ('x'):rep(1e10)",
        b"local t = {} t[0/0] = 1",
        b"return string.format('%d', 1.5)",
        b"return coroutine.wrap(function() coroutine.yield() end)(), coroutine.resume(coroutine.running())",
        b"return select(-1)",
        b"string.find(string.rep('a', 10000), string.rep('a?', 5000) .. string.rep('a', 5000))",
        b"return ((((((((((((((((((((1))))))))))))))))))))",
    ];
    for src in inputs {
        let out = catch_unwind(AssertUnwindSafe(|| {
            run(Lang::Lua, "hostile.lua", src, Some(5_000_000))
        }));
        assert!(
            out.is_ok(),
            "panicked on {:?}",
            String::from_utf8_lossy(src)
        );
    }
}
