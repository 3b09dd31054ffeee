//! Support for omx's criterion benchmarks: the benchmark programs (copied
//! from shared/bench, where each prints one checksum line) and a host that
//! discards output.

use std::path::{Path, PathBuf};

/// `benches/lua/NAME.lua` for every benchmark program, sorted.
pub fn programs(dir: &str, ext: &str) -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut v: Vec<(String, PathBuf)> = std::fs::read_dir(&root)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .map(|p| {
                    (
                        p.file_stem()
                            .unwrap_or_default()
                            .to_string_lossy()
                            .into_owned(),
                        p,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Output is counted, not kept.
#[derive(Default)]
pub struct SinkHost {
    pub bytes: usize,
}

impl omx::Host for SinkHost {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.bytes += bytes.len();
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.bytes += bytes.len();
    }
}
