//! A native captures the running thread's traceback as owned data, with
//! no borrow of the thread kept: the frames are still readable after the
//! script has gone on running other code (DESIGN.md invariant 7).

use omx_core::debuginfo::TraceFrame;
use omx_core::function::NativeFunction;
use omx_core::native::{Ctx, NativeResult};
use omx_core::protocol::lua::table::raw_set_str;
use omx_core::string::Str;
use omx_core::Value;

fn describe(frames: &[TraceFrame]) -> String {
    frames
        .iter()
        .map(|f| match f {
            TraceFrame::Compiled { name, line, .. } => format!("{name}@{line}"),
            TraceFrame::Native { name } => format!("[{name}]"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn where_am_i<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let frames = describe(&ctx.traceback());
    let text = ctx.traceback_text();
    let joined = format!("{frames}\n{text}");
    let s = Str::new(ctx.mc, joined.as_bytes());
    ctx.ret1(Value::Str(s))
}

fn run(src: &str) -> String {
    omx_tests::run_lua_engine("tb.lua", src, |mc, rt| {
        let f = NativeFunction::new(mc, "where_am_i", where_am_i);
        raw_set_str(
            mc,
            rt.globals,
            Str::new(mc, b"where_am_i"),
            Value::Native(f),
        );
    })
}

#[test]
fn a_native_reads_the_frames_that_called_it() {
    let out = run(concat!(
        "local function inner()\n",   // 1
        "  local t = where_am_i()\n", // 2
        "  return t\n",               // 3
        "end\n",                      // 4
        "local function outer()\n",   // 5
        "  local t = inner()\n",      // 6
        "  return t\n",               // 7
        "end\n",                      // 8
        "local saved = outer()\n",    // 9
        "for i = 1, 1000 do local _ = {i} end\n",
        "print(saved)\n",
    ));
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("inner@2 outer@6 @9"),
        "whole output: {out}"
    );
    assert_eq!(lines.next(), Some("stack traceback:"));
    let rest: Vec<&str> = lines.collect();
    assert!(
        rest.iter().any(|l| l.contains("tb.lua:2: in")),
        "Lua wording names inner's line: {rest:?}"
    );
    assert!(
        rest.iter().any(|l| l.contains("tb.lua:6: in")),
        "and outer's: {rest:?}"
    );
}
