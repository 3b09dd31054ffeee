//! Helpers shared by the conformance and regression tests: run a program
//! through omx the way `omx run` does and capture its output.

use std::path::{Path, PathBuf};

use omx::{BufferHost, Error, Host, HostError, Lang, ReadFormat, Runtime};

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

/// Run `source` as `name` (the chunk name used in messages), as `omx
/// run` would from the directory of `lang`'s corpus: relative file names
/// (a module `require` finds, a file `dofile` runs) are read from there.
pub fn run(lang: Lang, name: &str, source: &[u8], max_steps: Option<u64>) -> Outcome {
    let mut rt = Runtime::new();
    rt.max_steps = max_steps;
    let dir = match lang {
        Lang::Lua => "lua",
        Lang::Python => "python",
        Lang::JavaScript => "js",
        Lang::Perl => "perl",
    };
    let mut host = CorpusHost {
        out: BufferHost::default(),
        dir: corpus_dir(dir),
        files: omx::Files::default(),
    };
    let error = rt.run(lang, name, source, &mut host).err();
    Outcome {
        stdout: host.out.stdout,
        error,
    }
}

/// A host that buffers output and reads files relative to a directory
/// (a corpus's), the way `omx run` reads them relative to the working
/// directory. It grants no environment.
pub struct CorpusHost {
    pub out: BufferHost,
    pub dir: PathBuf,
    pub files: omx::Files,
}

impl Host for CorpusHost {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.out.write_stdout(bytes);
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.out.write_stderr(bytes);
    }
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, HostError> {
        std::fs::read(self.dir.join(path)).map_err(|e| omx::host_error(&e))
    }
    fn remove_file(&mut self, path: &str) -> Result<(), HostError> {
        std::fs::remove_file(self.dir.join(path)).map_err(|e| omx::host_error(&e))
    }
    fn rename_file(&mut self, from: &str, to: &str) -> Result<(), HostError> {
        std::fs::rename(self.dir.join(from), self.dir.join(to)).map_err(|e| omx::host_error(&e))
    }
    fn open_file(&mut self, path: &str, mode: &str) -> Result<u64, HostError> {
        let path = self.dir.join(path);
        self.files.open(&path.to_string_lossy(), mode)
    }
    fn file_read(&mut self, file: u64, what: ReadFormat) -> Result<Option<Vec<u8>>, HostError> {
        self.files.read(file, what)
    }
    fn file_peek(&mut self, file: u64) -> Result<Option<u8>, HostError> {
        self.files.peek(file)
    }
    fn file_write(&mut self, file: u64, bytes: &[u8]) -> Result<(), HostError> {
        match file {
            1 => self.write_stdout(bytes),
            2 => self.write_stderr(bytes),
            _ => return self.files.write(file, bytes),
        }
        Ok(())
    }
    fn file_seek(&mut self, file: u64, whence: u8, offset: i64) -> Result<u64, HostError> {
        self.files.seek(file, whence, offset)
    }
    fn file_close(&mut self, file: u64) -> Result<(), HostError> {
        self.files.close(file)
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
            StepResult::MemoryLimit { limit } => panic!("memory limit {limit} without one set"),
            StepResult::SizeLimit(e) => panic!("size limit without one set: {e:?}"),
        }
    }
    String::from_utf8_lossy(&host.stdout).into_owned()
}

/// The names listed in `dir`'s KNOWN_FAILURES (comments after `#`).
pub fn known_failures(dir: &str) -> Vec<String> {
    std::fs::read_to_string(corpus_dir(dir).join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Run every `*.EXT` program of `dir`'s corpus and compare its stdout
/// with `NAME.out`; KNOWN_FAILURES must list exactly the ones that differ.
/// A program with a `NAME.err` must end in an uncaught error whose message
/// starts with that line (the `Name: message` line the real interpreter
/// printed); any other program must finish without one.
pub fn check_corpus(lang: Lang, dir: &str, ext: &str, at_least: usize, oracle: &str) {
    let known = known_failures(dir);
    let progs = programs(dir, ext);
    assert!(
        progs.len() >= at_least,
        "expected at least {at_least} programs in {dir}, found {}",
        progs.len()
    );
    let mut failed = Vec::new();
    let mut unexpectedly_passing = Vec::new();
    for path in &progs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(path).unwrap();
        let expected = std::fs::read(path.with_extension("out"))
            .unwrap_or_else(|_| panic!("{stem}.out missing: run regen.sh"));
        let out = run(lang, &name, &source, Some(2_000_000_000));
        let expected_error = std::fs::read_to_string(path.with_extension("err"))
            .ok()
            .map(|e| e.trim_end().to_string());
        let error_ok = match (&expected_error, &out.error) {
            (None, None) => true,
            (Some(want), Some(Error::Runtime(e))) => {
                e.message.lines().next() == Some(want.as_str())
            }
            _ => false,
        };
        let ok = out.stdout == expected && error_ok;
        match (ok, known.contains(&stem)) {
            (false, false) => {
                let first_diff = first_difference(&out.stdout, &expected);
                failed.push(format!(
                    "{stem}: {first_diff}; error: {:?}",
                    out.error.map(|e| e.to_string())
                ));
            }
            (true, true) => unexpectedly_passing.push(stem),
            _ => {}
        }
    }
    assert!(
        failed.is_empty(),
        "{} program(s) differ from {oracle}:\n{}",
        failed.len(),
        failed.join("\n")
    );
    assert!(
        unexpectedly_passing.is_empty(),
        "now passing, remove from KNOWN_FAILURES: {:?}",
        unexpectedly_passing
    );
}

/// Where a program's output first differs from the expected output, for a
/// failure message.
pub fn first_difference(got: &[u8], want: &[u8]) -> String {
    let got = String::from_utf8_lossy(got);
    let want = String::from_utf8_lossy(want);
    got.lines()
        .zip(want.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| format!("line {}: got {:?}, want {:?}", i + 1, a, b))
        .unwrap_or_else(|| {
            format!(
                "got {} lines, want {}",
                got.lines().count(),
                want.lines().count()
            )
        })
}

/// Run `setup` (a program in `lang`, named `name`), then explain `expr` in
/// its globals, as `omx explain` does; heap addresses are masked, since
/// they change from run to run.
pub fn explain(lang: Lang, name: &str, setup: &str, expr: &str) -> String {
    let mut rt = Runtime::new();
    let mut host = BufferHost::default();
    rt.run(lang, name, setup.as_bytes(), &mut host)
        .expect("setup runs");
    let text = rt.explain(lang, expr, &mut host).expect("explains").text();
    without_addresses(&text)
}

/// Run `setup` as the program `name`, then draw the value of `expr`
/// (`:graph`): the text, then the JSON the playground reads, addresses
/// masked.
pub fn graph(lang: Lang, name: &str, setup: &str, expr: &str) -> String {
    let mut rt = Runtime::new();
    let mut host = BufferHost::default();
    rt.run(lang, name, setup.as_bytes(), &mut host)
        .expect("setup runs");
    let g = rt.graph(lang, expr, &mut host).expect("draws");
    let text = omx_core::trace::graph::text(&g);
    let json = omx_core::trace::graph::json(&g);
    without_addresses(&format!("{text}\n{json}\n"))
}

/// `function 0x55d0c4a2b3c0` → `function 0x…`.
pub fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        out.push_str("0x…");
        rest = rest[at + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}
