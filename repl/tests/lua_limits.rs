//! Issue 12's limits a host can trust, through `omx run`: natives charge
//! their work to `--max-steps` (omx-core runtime/budget.rs), so a
//! backtracking pattern, a huge `string.rep` or a long sort stops like a
//! runaway loop; `--max-memory` stops programs that grow a table, a string
//! or a list of tables without bound. Each ends with the limit's error and
//! exit status 1 (no timing is asserted here: the times are in the
//! luafuel note).

use std::process::{Command, Output};

fn omx_run(limit: &[&str], name: &str, text: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("omx-lua-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    Command::new(env!("CARGO_BIN_EXE_omx"))
        .arg("run")
        .args(limit)
        .arg(&p)
        .output()
        .unwrap()
}

fn assert_stopped(out: &Output, message: &str, what: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{what}: {err}");
    assert!(err.contains(message), "{what}: {err}");
}

#[test]
fn natives_burn_fuel_under_max_steps() {
    for (name, text) in [
        (
            "find.lua",
            "print(string.find(string.rep('a', 40), 'a-a-a-a-a-a-a-a-a-a-a-a-b'))\n",
        ),
        (
            "dotstar.lua",
            "print(string.find(string.rep('a', 40), ('.-'):rep(30) .. 'b'))\n",
        ),
        // Caught by pcall, the step limit still stops the program: no
        // instruction runs after the native that ran out.
        (
            "pcall.lua",
            "print(pcall(string.match, string.rep('a', 40), ('a?'):rep(40) .. ('a'):rep(40) .. 'c'))\nprint('not reached')\n",
        ),
        (
            "gsub.lua",
            "print((string.rep('a', 40):gsub(('.-'):rep(30) .. 'b', 'x')))\n",
        ),
        (
            "gmatch.lua",
            "for m in string.rep('a', 40):gmatch(('.-'):rep(30) .. 'b') do print(m) end\n",
        ),
        ("rep.lua", "local s = string.rep('x', 1 << 30)\n"),
        (
            "concat.lua",
            "local t = {} for i = 1, 1000 do t[i] = i end\nwhile true do local s = table.concat(t, string.rep(' ', 10000)) end\n",
        ),
        (
            "sort.lua",
            "local t = {} for i = 1, 200000 do t[i] = (i * 7919) % 200000 end\ntable.sort(t)\nprint('not reached')\n",
        ),
        (
            "move.lua",
            "print(pcall(table.move, {}, 10, math.maxinteger - 1, math.mininteger))\nprint('not reached')\n",
        ),
        ("loop.lua", "while true do end\n"),
    ] {
        let out = omx_run(&["--max-steps", "1000000"], name, text);
        assert_stopped(&out, "step limit reached", name);
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("not reached"),
            "{name}"
        );
    }
}

#[test]
fn work_within_the_budget_is_not_stopped() {
    let out = omx_run(
        &["--max-steps", "1000000"],
        "small.lua",
        "print(#string.rep('x', 100000), string.find(string.rep('a', 1000) .. 'b', 'a-b'))\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "100000\t1\t1001\n");
}

#[test]
fn max_memory_stops_unbounded_growth() {
    for (name, text) in [
        (
            "table.lua",
            "local t = {} local i = 0 while true do i = i + 1 t[i] = i end\n",
        ),
        (
            "tables.lua",
            "local t = {} while true do t[#t+1] = {} end\n",
        ),
        (
            "strings.lua",
            "local t = {} local i = 0 while true do i = i + 1 t[i] = string.rep('x', 100) .. i end\n",
        ),
    ] {
        let out = omx_run(&["--max-memory", "64M"], name, text);
        assert_stopped(&out, "--max-memory", name);
    }
    // Doubling a string: the concatenation that would not fit is Lua's
    // own "not enough memory" error, with its position.
    let out = omx_run(
        &["--max-memory", "64M"],
        "double.lua",
        "local s = 'x' while true do s = s .. s end\n",
    );
    assert_stopped(&out, "double.lua:1: not enough memory", "double.lua");
}
