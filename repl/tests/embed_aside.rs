//! `eval`, `call` and the globals while a program loaded with
//! `load_eval` is paused between slices: they run in an execution context
//! of their own, and the paused program goes on where it was.

use omx::{BufferHost, Lang, Runtime, ScriptValue};

#[test]
fn calls_between_slices_leave_the_paused_program_alone() {
    let mut rt = Runtime::with_hash_seed(11);
    rt.set_host(BufferHost::default());
    rt.exec(Lang::Lua, "ticks = 0").unwrap();
    rt.load_eval(
        Lang::Lua,
        "local s = 0\nfor i = 1, 20000 do s = s + i; ticks = ticks + 1 end\nreturn s, ticks",
    )
    .unwrap();
    let mut host = BufferHost::default();
    let mut slices = 0;
    let mut seen = Vec::new();
    while !rt.step(&mut host, 2_000).unwrap() {
        slices += 1;
        let steps = rt.steps();
        // A script callback of another language (its prelude runs now,
        // the first time), an eval, and a global written between slices.
        let double: ScriptValue = rt.eval(Lang::JavaScript, "(n) => n * 2").unwrap();
        let ticks: i64 = rt.eval(Lang::Lua, "ticks").unwrap();
        assert_eq!(rt.call::<i64>(&double, ticks).unwrap(), 2 * ticks);
        rt.set_global(Lang::Lua, "observed", ticks).unwrap();
        assert_eq!(rt.steps(), steps, "the paused program's step count is kept");
        seen.push(ticks);
    }
    assert!(slices > 3, "{slices} slices");
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    let (sum, ticks): (i64, i64) = rt.results().unwrap();
    assert_eq!((sum, ticks), (200_010_000, 20_000));
    // An error in the aside call does not end the paused program either.
    rt.load_eval(
        Lang::Python,
        "total = 0\nfor i in range(5000):\n    total += i\ntotal",
    )
    .unwrap();
    assert!(!rt.step(&mut host, 1_000).unwrap());
    assert!(rt.eval::<i64>(Lang::Lua, "error('boom')").is_err());
    while !rt.step(&mut host, 1_000).unwrap() {}
    assert_eq!(rt.results::<i64>().unwrap(), 12_497_500);
}
