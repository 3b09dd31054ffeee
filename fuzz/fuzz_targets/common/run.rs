//! Shared by the `run_*` targets: compile any input in one language and,
//! when it compiles, run it under small limits in the sandbox (no files,
//! environment or exit). Any outcome is fine — output, a syntax error, an
//! uncaught error, the step, depth or memory limit — except a panic, an
//! abort or a hang (libFuzzer's timeout), which is a finding.

use omx::{BufferHost, Error, Lang, Runtime};

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

fn run_checked(lang: Lang, data: &[u8], valid: bool) {
    let mut rt = Runtime::with_hash_seed(0x5EED);
    rt.set_max_steps(Some(50_000));
    rt.set_max_depth(200);
    rt.set_max_memory(Some(64 << 20))
        .expect("the target installs CountingAlloc");
    rt.set_sandbox(true);
    let mut host = BufferHost::default();
    match rt.run(lang, "fuzz", data, &mut host) {
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
