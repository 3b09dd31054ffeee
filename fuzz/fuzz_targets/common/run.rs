//! Shared by the `run_*` targets: compile any input in one language and,
//! when it compiles, run it under small limits in the sandbox (no files,
//! environment or exit). Any outcome is fine — output, a syntax error, an
//! uncaught error, the step, depth or memory limit — except a panic, an
//! abort or a hang (libFuzzer's timeout), which is a finding.
//!
//! Building a runtime installs all four languages' libraries and the first
//! Python or JavaScript program runs that language's prelude: a fresh
//! runtime per input made these targets run ~130 inputs a second. So one
//! runtime serves up to `REUSE` inputs in a row (as the REPL serves its
//! inputs), and a fresh one replaces it after that, after any memory limit,
//! and when it holds more than `KEEP_BYTES`. A finding that does not
//! reproduce alone (`fuzz/run.sh TARGET 10 ARTIFACT`) depended on the
//! inputs before it: set `OMX_FUZZ_FRESH=1` to give every input its own
//! runtime while minimising it.

use std::cell::RefCell;

use omx::{BufferHost, Error, Lang, Runtime};

const REUSE: u32 = 200;
const KEEP_BYTES: usize = 24 << 20;

thread_local! {
    static CACHED: RefCell<Option<(Runtime, u32)>> = const { RefCell::new(None) };
}

#[allow(dead_code)]
pub fn run(lang: Lang, data: &[u8]) {
    run_checked(lang, data, false);
}

/// `run` for a program that is valid by construction (a generated one):
/// a syntax error is a finding too.
#[allow(dead_code)]
pub fn run_valid(lang: Lang, data: &[u8]) {
    run_checked(lang, data, true);
}

fn fresh() -> Runtime {
    let mut rt = Runtime::with_hash_seed(0x5EED);
    rt.set_max_steps(Some(50_000));
    rt.set_max_depth(200);
    rt.set_max_memory(Some(64 << 20))
        .expect("the target installs CountingAlloc");
    rt.set_sandbox(true);
    rt
}

fn run_checked(lang: Lang, data: &[u8], valid: bool) {
    let always_fresh = std::env::var_os("OMX_FUZZ_FRESH").is_some();
    let (mut rt, uses) = CACHED
        .with(|c| c.borrow_mut().take())
        .filter(|_| !always_fresh)
        .unwrap_or_else(|| (fresh(), 0));
    let mut host = BufferHost::default();
    let result = rt.run(lang, "fuzz", data, &mut host);
    let reusable = !matches!(result, Err(Error::MemoryLimit { .. }))
        && uses + 1 < REUSE
        && rt.memory_used() < KEEP_BYTES;
    if reusable {
        CACHED.with(|c| *c.borrow_mut() = Some((rt, uses + 1)));
    }
    match result {
        Ok(()) | Err(Error::Runtime(_)) | Err(Error::StepLimit { .. }) => {}
        Err(Error::MemoryLimit { .. }) => {}
        Err(Error::Syntax(e)) => {
            if valid {
                let text = String::from_utf8_lossy(data);
                panic!("a valid program does not compile: {e:?}\n{text}");
            }
            // The rendered source has one space appended for a label at EOF.
            assert!(e.span.start <= e.span.end && e.span.end as usize <= data.len() + 1);
        }
        Err(other) => {
            // Unsupported features are clear errors, never a crash.
            let text = other.to_string();
            assert!(!text.contains("internal error"), "{text}");
        }
    }
}
