//! A game loop that gives a script a fixed budget of VM instructions per
//! frame: the script's long computation spreads over frames instead of
//! stalling one, and the host reads its state and calls script callbacks
//! between slices: `cargo run --release --example game_loop`.

use omx::{BufferHost, Lang, Runtime, ScriptValue};

const FUEL_PER_FRAME: u64 = 2_000;

fn main() -> Result<(), omx::Error> {
    let mut rt = Runtime::new();
    let mut host = BufferHost::default();
    rt.register_function("draw", |x: f64, y: f64| format!("sprite at {x:.1},{y:.1}"))?;
    // A callback the host calls every frame (JavaScript, for variety).
    let on_frame: ScriptValue = rt.eval(
        Lang::JavaScript,
        "(frame, x) => `frame ${frame}: x = ${x.toFixed(3)}`",
    )?;
    // The script: a long loop that never yields; the host slices it.
    rt.load_eval(
        Lang::Lua,
        "x, y = 0, 0
         for i = 1, 20000 do x = x + 0.001; y = math.sin(i / 1000) end
         return draw(x, y)",
    )?;
    let mut frames = 0;
    let mut last_x = -1.0;
    while !rt.step(&mut host, FUEL_PER_FRAME)? {
        frames += 1;
        // Between slices the host reads the script's state and calls a
        // script callback: `eval` and `call` run aside the paused program.
        let x: f64 = rt.get_global(Lang::Lua, "x")?;
        assert!(x >= last_x, "the script only moves right");
        last_x = x;
        let line: String = rt.call(&on_frame, (frames, x))?;
        if frames % 50 == 0 {
            println!("{line}");
        }
    }
    let drawn: String = rt.results()?;
    println!("after {frames} frames: {drawn}");
    assert!(frames > 20, "the work spread over frames");
    assert_eq!(drawn, "sprite at 20.0,0.9");
    Ok(())
}
