//! Helpers shared by the conformance and regression tests: run a program
//! through omx the way `omx run` does and capture its output.

use std::path::{Path, PathBuf};

use omx::{BufferHost, Error, Lang, Runtime};

/// The conformance corpus of one language: `tests/conformance/<lang>/`.
pub fn corpus_dir(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("conformance")
        .join(lang)
}

/// Programs of a corpus, sorted by name.
pub fn programs(lang: &str, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(corpus_dir(lang))
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// What a run produced.
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub error: Option<Error>,
}

/// Run `source` as `name` (the chunk name used in messages).
pub fn run(lang: Lang, name: &str, source: &[u8], max_steps: Option<u64>) -> Outcome {
    let mut rt = Runtime::new();
    rt.max_steps = max_steps;
    let mut host = BufferHost::default();
    let error = rt.run(lang, name, source, &mut host).err();
    Outcome {
        stdout: host.stdout,
        error,
    }
}

/// Run Lua `src` (chunk name `name`) on a bare engine after `setup` has
/// added what a test needs to the runtime (a model, a native global), in
/// slices of 1,000 steps; an uncaught error is appended to the output as
/// `error: MESSAGE`.
pub fn run_lua_engine(
    name: &str,
    src: &str,
    setup: impl for<'gc> FnOnce(&'gc gc_arena::Mutation<'gc>, &mut omx_core::runtime::RuntimeState<'gc>),
) -> String {
    use omx_core::{Engine, StepResult};
    let mut engine = Engine::new();
    engine.with_state(omx_lua::install);
    engine.with_state(setup);
    let proto = omx_lua::compile(src.as_bytes(), name).expect("compiles");
    engine.load(&proto).expect("loads");
    let mut host = omx_core::BufferHost::default();
    loop {
        match engine.step(&mut host, 1000) {
            StepResult::Finished => break,
            StepResult::Paused => {}
            StepResult::Error(e) => host
                .stdout
                .extend_from_slice(format!("error: {}\n", e.message).as_bytes()),
        }
    }
    String::from_utf8_lossy(&host.stdout).into_owned()
}
