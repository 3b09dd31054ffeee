//! Running an input: echo its values the language's way, run it in slices
//! so that Ctrl-C (a flag the SIGINT handler sets) can stop it between
//! two slices, and report errors without ending the session.

use std::sync::atomic::{AtomicBool, Ordering};

use omx::{Error, Lang, Runtime, StdHost};

use super::lang::{self, Echo};

/// VM instructions run between two looks at the interrupt flag.
const SLICE: u64 = 10_000;

/// The name of the REPL's chunks in messages (`stdin:1: ...`), as lua.c.
pub const CHUNK_NAME: &str = "stdin";

/// How a run ended, when it did not finish.
pub enum Stop {
    Failed(Error),
    Interrupted,
}

/// The source that runs for `input`: with the Lua echo, `return <input>`
/// when that compiles, else `input` (whose own `return` values are
/// printed too, as lua.c does); the input itself in the other languages,
/// which compile it in their interactive mode (interactive.rs).
pub fn source_for(rt: &Runtime, lang: Lang, input: &str) -> String {
    match lang::echo(lang) {
        Echo::ReturnValues => {
            let returning = format!("return {input}");
            if rt.check(lang, CHUNK_NAME, returning.as_bytes()).is_ok() {
                returning
            } else {
                input.to_string()
            }
        }
        Echo::Display | Echo::Inspect | Echo::Nothing => input.to_string(),
    }
}

/// Run `source` in the language's persistent globals (parse errors are
/// reported before anything runs), then, when `interactive`, show what it
/// evaluated to the language's way.
pub fn run(
    rt: &mut Runtime,
    host: &mut StdHost,
    interrupted: &AtomicBool,
    (lang, name, source): (Lang, &str, &[u8]),
    interactive: bool,
) -> Result<(), Stop> {
    rt.check(lang, name, source).map_err(Stop::Failed)?;
    rt.load_input(lang, name, source, interactive)
        .map_err(Stop::Failed)?;
    interrupted.store(false, Ordering::SeqCst);
    run_loaded(rt, host, interrupted)?;
    if interactive && rt.load_echo(lang) {
        run_loaded(rt, host, interrupted).map_err(|stop| match stop {
            Stop::Failed(Error::Runtime(mut e)) if lang == Lang::Lua => {
                e.message = format!("error calling 'print' ({})", e.message);
                Stop::Failed(Error::Runtime(e))
            }
            other => other,
        })?;
    }
    // Promise reactions and timers the input queued run now, after its
    // value is shown (as node's REPL does).
    if rt.load_jobs(lang) {
        run_loaded(rt, host, interrupted)?;
    }
    Ok(())
}

/// The value of `expr` evaluated in `from` (`:let`), run in slices as
/// an input is, so Ctrl-C stops it; its output goes to the session's host.
pub fn let_value(
    rt: &mut Runtime,
    host: &mut StdHost,
    interrupted: &AtomicBool,
    from: Lang,
    expr: &str,
) -> Result<omx::ScriptValue, Stop> {
    rt.load_eval(from, expr).map_err(Stop::Failed)?;
    interrupted.store(false, Ordering::SeqCst);
    run_loaded(rt, host, interrupted)?;
    rt.results().map_err(Stop::Failed)
}

/// Step the loaded program to its end, a slice at a time.
fn run_loaded(rt: &mut Runtime, host: &mut StdHost, interrupted: &AtomicBool) -> Result<(), Stop> {
    loop {
        let step = rt.step(host, SLICE);
        host.flush();
        match step {
            Ok(true) => return Ok(()),
            Ok(false) => {}
            // The flag is the runtime's too (Session::new): Ctrl-C.
            Err(omx::Error::Interrupted) => return Err(Stop::Interrupted),
            Err(e) => return Err(Stop::Failed(e)),
        }
        if interrupted.swap(false, Ordering::SeqCst) {
            return Err(Stop::Interrupted);
        }
    }
}

/// Tell the user why a run stopped (on stderr, as `omx run` does).
pub fn report(stop: Stop) {
    match stop {
        Stop::Interrupted => eprintln!("interrupted"),
        Stop::Failed(Error::Syntax(e)) => eprintln!("{:?}", miette::Report::new(e)),
        // The message alone: a traceback of a one-line input is noise.
        Stop::Failed(Error::Runtime(e)) => eprintln!("{}", e.message),
        Stop::Failed(e) => eprintln!("{e}"),
    }
}
