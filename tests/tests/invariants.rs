//! Proofs of DESIGN.md invariant 3 (stackless execution in slices, with
//! collection between slices), at sizes small enough for a test. The
//! full-size figures are in the issue notes.

use omx::{BufferHost, Error, Lang, Runtime};

/// (a) Garbage, including cycles, is reclaimed while a long script runs.
#[test]
fn garbage_cycles_are_collected_while_the_script_runs() {
    let src = br#"
        local n = 0
        for i = 1, 400000 do
          local a, b = {}, {}
          a.other, b.other = b, a      -- a cycle
          n = n + 1
        end
        print(n)
    "#;
    let mut rt = Runtime::new();
    rt.load(Lang::Lua, "gc.lua", src).unwrap();
    let mut host = BufferHost::default();
    let mut peak = 0;
    loop {
        let done = rt.step(&mut host, 10_000).unwrap();
        peak = peak.max(rt.live_objects());
        if done {
            break;
        }
    }
    assert_eq!(host.stdout, b"400000\n");
    // 800,000 tables were made; far fewer were ever alive at once.
    assert!(peak < 200_000, "peak live objects {peak}");
}

/// (b) Recursion depth is bounded by a configurable limit, not the Rust
/// stack; overflowing is Lua's own catchable error.
#[test]
fn deep_recursion_is_a_catchable_stack_overflow() {
    let src = br#"
        local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
        print(depth(900))
        local ok, err = pcall(depth, 5000)
        print(ok, err)
        print(select(2, pcall(depth, 100)))
    "#;
    let mut rt = Runtime::new();
    rt.set_max_depth(1000);
    let mut host = BufferHost::default();
    rt.run(Lang::Lua, "deep.lua", src, &mut host).unwrap();
    let out = String::from_utf8(host.stdout).unwrap();
    assert_eq!(out, "900\nfalse\tdeep.lua:2: stack overflow\n100\n");
}

#[test]
fn recursion_200000_deep_never_crashes() {
    let src = br#"
        local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
        local ok, v = pcall(depth, 200000)
        print(ok, ok and v or "error")
    "#;
    let mut host = BufferHost::default();
    Runtime::new()
        .run(Lang::Lua, "deep.lua", src, &mut host)
        .unwrap();
    let out = String::from_utf8(host.stdout).unwrap();
    assert!(out == "true\t200000\n" || out == "false\terror\n", "{out}");
}

/// (c) A host can run N steps, pause, resume, or stop a runaway loop.
#[test]
fn a_runaway_loop_stops_at_the_step_limit() {
    let mut rt = Runtime::new();
    rt.max_steps = Some(1_000_000);
    let mut host = BufferHost::default();
    let e = rt
        .run(Lang::Lua, "loop.lua", b"while true do end", &mut host)
        .unwrap_err();
    assert!(matches!(e, Error::StepLimit { steps: 1_000_000 }), "{e:?}");
}

#[test]
fn a_program_can_be_paused_and_resumed() {
    let mut rt = Runtime::new();
    rt.load(
        Lang::Lua,
        "count.lua",
        b"local s = 0 for i = 1, 100000 do s = s + i end print(s)",
    )
    .unwrap();
    let mut host = BufferHost::default();
    let mut slices = 0;
    while !rt.step(&mut host, 1000).unwrap() {
        slices += 1;
        assert!(host.stdout.is_empty());
    }
    assert!(slices > 100, "{slices}");
    assert_eq!(host.stdout, b"5000050000\n");
}

/// (d) Coroutines need no OS threads: a generator of many values.
#[test]
fn a_coroutine_generator_yields_many_values() {
    let src = br#"
        local gen = coroutine.wrap(function()
          for i = 1, 200000 do coroutine.yield(i) end
        end)
        local sum = 0
        for _ = 1, 200000 do sum = sum + gen() end
        print(sum)
    "#;
    let mut host = BufferHost::default();
    Runtime::new()
        .run(Lang::Lua, "gen.lua", src, &mut host)
        .unwrap();
    assert_eq!(host.stdout, b"20000100000\n");
}

/// Weak tables drop entries whose objects died (`__mode`).
#[test]
fn weak_values_are_cleared_by_a_collection() {
    let src = br#"
        local cache = setmetatable({}, {__mode = "v"})
        local keep = {}
        cache[1] = keep
        cache[2] = {}
        collectgarbage("collect")
        print(cache[1] == keep, cache[2])
    "#;
    let mut host = BufferHost::default();
    Runtime::new()
        .run(Lang::Lua, "weak.lua", src, &mut host)
        .unwrap();
    assert_eq!(host.stdout, b"true\tnil\n");
}
