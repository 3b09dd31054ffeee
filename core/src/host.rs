//! What the host (CLI, playground, embedder) provides: output. The core
//! never touches files, clocks or processes itself (DESIGN.md invariant 8).

pub trait Host {
    fn write_stdout(&mut self, bytes: &[u8]);
    fn write_stderr(&mut self, bytes: &[u8]);
    /// Seconds of CPU time used, for `os.clock`; hosts without a clock
    /// return 0.
    fn cpu_clock(&mut self) -> f64 {
        0.0
    }
    /// Seconds since the Unix epoch, for `os.time`.
    fn unix_time(&mut self) -> i64 {
        0
    }
}

/// A host that collects output in memory (tests, the playground).
#[derive(Default, Debug, Clone)]
pub struct BufferHost {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Host for BufferHost {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.stdout.extend_from_slice(bytes);
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.stderr.extend_from_slice(bytes);
    }
}
