//! What the host (CLI, playground, embedder) provides: output, and, when
//! it grants them, files, the environment and the clock. The core never
//! touches files, clocks or processes itself (DESIGN.md invariant 8); a
//! host that grants nothing keeps the defaults, whose errors say so.

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
    /// The whole content of the file at `path` (Lua's `require`,
    /// `dofile`, `loadfile`).
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, HostError> {
        Err(HostError::not_granted(path))
    }
    /// Delete the file `path` (`os.remove`).
    fn remove_file(&mut self, path: &str) -> Result<(), HostError> {
        Err(HostError::not_granted(path))
    }
    /// Rename the file `from` to `to` (`os.rename`).
    fn rename_file(&mut self, from: &str, to: &str) -> Result<(), HostError> {
        let _ = to;
        Err(HostError::not_granted(from))
    }
    /// Create a new empty temporary file and return its name
    /// (`os.tmpname`).
    fn temp_file_name(&mut self) -> Result<String, HostError> {
        Err(HostError::not_granted("a temporary file"))
    }
    /// Open the file `path` with C's `fopen` mode (`r w a r+ w+ a+`, each
    /// with an optional `b`) and return a handle for the `file_*` methods
    /// (`io.open`). Handles 0, 1 and 2 are stdin, stdout and stderr.
    fn open_file(&mut self, path: &str, mode: &str) -> Result<u64, HostError> {
        let _ = mode;
        Err(HostError::not_granted(path))
    }
    /// Read from an open file (stdin is handle 0): a line, a count of
    /// bytes, or the rest. `Ok(None)` at the end of the file.
    fn file_read(&mut self, file: u64, what: ReadFormat) -> Result<Option<Vec<u8>>, HostError> {
        let _ = (file, what);
        Ok(None)
    }
    /// The next byte of an open file without consuming it (to read a
    /// numeral, as C's `getc`/`ungetc`).
    fn file_peek(&mut self, file: u64) -> Result<Option<u8>, HostError> {
        let _ = file;
        Ok(None)
    }
    /// Write to an open file (1 and 2 go to `write_stdout`/`write_stderr`
    /// unless the host says otherwise).
    fn file_write(&mut self, file: u64, bytes: &[u8]) -> Result<(), HostError> {
        match file {
            1 => self.write_stdout(bytes),
            2 => self.write_stderr(bytes),
            _ => return Err(HostError::bad_file()),
        }
        Ok(())
    }
    /// Move an open file's position (`whence`: 0 from the start, 1 from
    /// the current position, 2 from the end) and return the new one.
    fn file_seek(&mut self, file: u64, whence: u8, offset: i64) -> Result<u64, HostError> {
        let _ = (file, whence, offset);
        Err(HostError {
            message: "Illegal seek".into(),
            code: 29,
        })
    }
    /// Flush an open file's buffered output.
    fn file_flush(&mut self, file: u64) -> Result<(), HostError> {
        let _ = file;
        Ok(())
    }
    /// Close an open file.
    fn file_close(&mut self, file: u64) -> Result<(), HostError> {
        let _ = file;
        Ok(())
    }
    /// The value of the environment variable `name` (`os.getenv`); hosts
    /// without an environment return `None`.
    fn getenv(&mut self, name: &str) -> Option<String> {
        let _ = name;
        None
    }
    /// Seconds east of UTC of the host's local time at `unix_time`
    /// (`os.date` without `!`, `os.time` of a table). The default is UTC.
    fn utc_offset(&mut self, unix_time: i64) -> i64 {
        let _ = unix_time;
        0
    }
    /// End the process with `code` (`os.exit`) after flushing output. A
    /// host that does not allow it returns, and the script gets an
    /// error.
    fn exit(&mut self, code: i32) {
        let _ = code;
    }
}

/// Why the host could not do a file operation: a message as C's
/// `strerror` words it ("No such file or directory") and its `errno`
/// (0 when there is none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostError {
    pub message: String,
    pub code: i32,
}

/// What `Host::file_read` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFormat {
    /// The next line, with its newline when `keep_newline`.
    Line { keep_newline: bool },
    /// Up to this many bytes.
    Count(usize),
    /// Everything to the end.
    All,
}

impl HostError {
    /// The error of a handle that is not an open file (EBADF).
    pub fn bad_file() -> HostError {
        HostError {
            message: "Bad file descriptor".into(),
            code: 9,
        }
    }

    /// The error of a host that grants no file access (EACCES).
    pub fn not_granted(what: &str) -> HostError {
        HostError {
            message: format!("file access is not granted by this host ({what})"),
            code: 13,
        }
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
