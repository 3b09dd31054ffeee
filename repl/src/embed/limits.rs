//! Limits and control for untrusted scripts: an interrupt handle another
//! thread can set, a sandbox host that grants output and clocks only,
//! and the host `eval` and `call` write through.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use omx_core::{Host, HostError, ReadFormat};

use crate::Runtime;

/// Stops a runtime's program from another thread: the program ends at
/// the end of its current slice with [`crate::Error::Interrupted`].
///
/// ```
/// use omx::{Error, Lang, Runtime};
/// let mut rt = Runtime::new();
/// let stop = rt.interrupt_handle();
/// let t = std::thread::spawn(move || {
///     std::thread::sleep(std::time::Duration::from_millis(50));
///     stop.interrupt();
/// });
/// let e = rt.exec(Lang::Lua, "while true do end").unwrap_err();
/// assert!(matches!(e, Error::Interrupted));
/// t.join().unwrap();
/// ```
#[derive(Clone, Debug)]
pub struct InterruptHandle(Arc<AtomicBool>);

impl InterruptHandle {
    /// Ask the runtime to stop its program (see [`InterruptHandle`]).
    ///
    /// ```
    /// use omx::{Error, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// // Set before the run: the program stops at its first slice.
    /// rt.interrupt_handle().interrupt();
    /// assert!(matches!(rt.exec(Lang::Lua, "x = 1"), Err(Error::Interrupted)));
    /// // The flag is consumed: the next run goes on.
    /// rt.exec(Lang::Lua, "x = 1").unwrap();
    /// ```
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

/// The `Host` methods for output and clocks, passed to `self.inner`.
macro_rules! forward_output_and_clocks {
    () => {
        fn write_stdout(&mut self, bytes: &[u8]) {
            self.inner.write_stdout(bytes);
        }
        fn write_stderr(&mut self, bytes: &[u8]) {
            self.inner.write_stderr(bytes);
        }
        fn cpu_clock(&mut self) -> f64 {
            self.inner.cpu_clock()
        }
        fn unix_time(&mut self) -> i64 {
            self.inner.unix_time()
        }
        fn utc_offset(&mut self, unix_time: i64) -> i64 {
            self.inner.utc_offset(unix_time)
        }
    };
}
pub(crate) use forward_output_and_clocks;

/// A host that lets a script write output and read clocks, and nothing
/// else: no files (so no `require`, `dofile`, `io.open`, `open`), no
/// environment, no `os.exit`/`exit` (each is the language's error).
///
/// ```
/// use omx::{BufferHost, Host, SandboxHost};
/// let mut inner = BufferHost::default();
/// let mut host = SandboxHost::new(&mut inner);
/// host.write_stdout(b"ok\n");
/// assert!(host.read_file("/etc/passwd").is_err());
/// assert_eq!(host.getenv("HOME"), None);
/// assert_eq!(inner.stdout, b"ok\n");
/// ```
pub struct SandboxHost<'a> {
    inner: &'a mut dyn Host,
}

impl<'a> SandboxHost<'a> {
    /// `inner` seen through the sandbox (see [`SandboxHost`]).
    ///
    /// ```
    /// use omx::{BufferHost, Host, SandboxHost};
    /// let mut inner = BufferHost::default();
    /// let mut sandbox = SandboxHost::new(&mut inner);
    /// assert!(sandbox.open_file("notes.txt", "w").is_err());
    /// ```
    pub fn new(inner: &'a mut dyn Host) -> SandboxHost<'a> {
        SandboxHost { inner }
    }
}

impl Host for SandboxHost<'_> {
    forward_output_and_clocks!();
    /// Standard output and error only.
    fn file_write(&mut self, file: u64, bytes: &[u8]) -> Result<(), HostError> {
        match file {
            1 => self.inner.write_stdout(bytes),
            2 => self.inner.write_stderr(bytes),
            _ => return Err(HostError::not_granted("sandbox")),
        }
        Ok(())
    }
    fn file_read(&mut self, _: u64, _: ReadFormat) -> Result<Option<Vec<u8>>, HostError> {
        Err(HostError::not_granted("sandbox"))
    }
    fn read_file(&mut self, _: &str) -> Result<Vec<u8>, HostError> {
        Err(HostError::not_granted("sandbox"))
    }
    fn open_file(&mut self, _: &str, _: &str) -> Result<u64, HostError> {
        Err(HostError::not_granted("sandbox"))
    }
}

impl Runtime {
    /// A handle that stops this runtime's program from any thread (see
    /// [`InterruptHandle`]). It is looked at between slices, in `run`,
    /// `eval`, `call` and `step`.
    ///
    /// ```
    /// use omx::{Error, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// let stop = rt.interrupt_handle();
    /// std::thread::spawn(move || stop.interrupt()).join().unwrap();
    /// assert!(matches!(rt.exec(Lang::JavaScript, "for (;;) {}"), Err(Error::Interrupted)));
    /// ```
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.embed.interrupt.clone())
    }

    /// Sandbox mode: every host this runtime runs with is seen through a
    /// [`SandboxHost`] (output and clocks only).
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.set_sandbox(true);
    /// let e = rt.exec(Lang::Lua, "require('os_helpers')").unwrap_err();
    /// assert!(e.to_string().contains("module 'os_helpers' not found"), "{e}");
    /// let e = rt.exec(Lang::Lua, "os.exit(3)").unwrap_err();
    /// assert!(e.to_string().contains("os.exit"), "{e}");
    /// ```
    pub fn set_sandbox(&mut self, on: bool) {
        self.embed.sandbox = on;
    }

    /// The host `eval`, `exec` and `call` run with (the process's
    /// stdout, stderr and files when none is set).
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.set_host(BufferHost::default());
    /// rt.exec(Lang::Python, "print('to the buffer')").unwrap();
    /// ```
    pub fn set_host(&mut self, host: impl Host + 'static) {
        self.embed.host = Some(Box::new(host));
    }

    /// The host set with [`Runtime::set_host`], given back.
    ///
    /// ```
    /// use omx::{BufferHost, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.set_host(BufferHost::default());
    /// rt.exec(Lang::Lua, "print('hello')").unwrap();
    /// let host = rt.take_host().unwrap();
    /// assert!(rt.take_host().is_none());
    /// drop(host);
    /// ```
    pub fn take_host(&mut self) -> Option<Box<dyn Host>> {
        self.embed.host.take()
    }

    /// Maximum instructions a program (an `eval`, a `call`, a `run`) may
    /// run before [`crate::Error::StepLimit`].
    ///
    /// ```
    /// use omx::{Error, Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.set_max_steps(Some(1_000));
    /// let e = rt.exec(Lang::Lua, "while true do end").unwrap_err();
    /// assert!(matches!(e, Error::StepLimit { steps: 1_000 }));
    /// ```
    pub fn set_max_steps(&mut self, steps: Option<u64>) {
        self.max_steps = steps;
    }
}
