//! The open files of the CLI's host (`StdHost`): what Lua's `io.open`,
//! `io.read` and the file methods reach through `omx_core::Host`. Each
//! file keeps its own read buffer; a write or a seek first gives back
//! what was read ahead, so reading and writing one file (`r+`) share one
//! position as C's stdio does.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};

use omx_core::{HostError, ReadFormat};

use crate::runtime::host_error;

enum Source {
    Stdin(std::io::Stdin),
    File(File),
}

struct OpenFile {
    source: Source,
    /// Bytes read ahead; `pos` is the next one to hand out.
    buf: Vec<u8>,
    pos: usize,
}

impl OpenFile {
    fn new(source: Source) -> OpenFile {
        OpenFile {
            source,
            buf: Vec::new(),
            pos: 0,
        }
    }

    /// Make sure unread bytes are buffered; false at the end of the file.
    fn fill(&mut self) -> Result<bool, HostError> {
        if self.pos < self.buf.len() {
            return Ok(true);
        }
        self.buf.resize(8192, 0);
        self.pos = 0;
        let n = match &mut self.source {
            Source::Stdin(s) => s.read(&mut self.buf),
            Source::File(f) => f.read(&mut self.buf),
        }
        .map_err(|e| host_error(&e))?;
        self.buf.truncate(n);
        Ok(n > 0)
    }

    /// Give back the bytes read ahead, so the OS position is the
    /// script's.
    fn unread(&mut self) -> Result<(), HostError> {
        let ahead = (self.buf.len() - self.pos) as i64;
        if ahead > 0
            && let Source::File(f) = &mut self.source
        {
            f.seek(SeekFrom::Current(-ahead))
                .map_err(|e| host_error(&e))?;
        }
        self.buf.clear();
        self.pos = 0;
        Ok(())
    }

    fn read(&mut self, what: ReadFormat) -> Result<Option<Vec<u8>>, HostError> {
        let mut out = Vec::new();
        match what {
            ReadFormat::Count(n) => {
                while out.len() < n && self.fill()? {
                    let take = (n - out.len()).min(self.buf.len() - self.pos);
                    out.extend_from_slice(&self.buf[self.pos..self.pos + take]);
                    self.pos += take;
                }
                if out.is_empty() && n > 0 {
                    return Ok(None);
                }
                if n == 0 && !self.fill()? {
                    return Ok(None);
                }
            }
            ReadFormat::All => {
                while self.fill()? {
                    out.extend_from_slice(&self.buf[self.pos..]);
                    self.pos = self.buf.len();
                }
            }
            ReadFormat::Line { keep_newline } => {
                let mut any = false;
                while self.fill()? {
                    any = true;
                    let rest = &self.buf[self.pos..];
                    match rest.iter().position(|&b| b == b'\n') {
                        Some(i) => {
                            out.extend_from_slice(&rest[..i]);
                            if keep_newline {
                                out.push(b'\n');
                            }
                            self.pos += i + 1;
                            return Ok(Some(out));
                        }
                        None => {
                            out.extend_from_slice(rest);
                            self.pos = self.buf.len();
                        }
                    }
                }
                if !any {
                    return Ok(None);
                }
            }
        }
        Ok(Some(out))
    }
}

/// The files a host has open, by handle (0 is stdin): what
/// [`StdHost`](crate::StdHost) answers a script's `io.open`, `open` or
/// `fs` calls with.
///
/// ```
/// use omx::{Files, ReadFormat};
/// let path = std::env::temp_dir().join(format!("omx-files-doc-{}-{}", std::process::id(), line!()));
/// let path = path.to_str().unwrap();
/// let mut files = Files::default();
/// let f = files.open(path, "w+").unwrap();
/// files.write(f, b"one\ntwo\n").unwrap();
/// files.seek(f, 0, 0).unwrap();
/// assert_eq!(files.peek(f).unwrap(), Some(b'o'));
/// assert_eq!(files.read(f, ReadFormat::Line { keep_newline: false }).unwrap(), Some(b"one".to_vec()));
/// assert_eq!(files.read(f, ReadFormat::All).unwrap(), Some(b"two\n".to_vec()));
/// files.close(f).unwrap();
/// std::fs::remove_file(path).unwrap();
/// ```
pub struct Files {
    open: HashMap<u64, OpenFile>,
    next: u64,
}

impl Default for Files {
    fn default() -> Self {
        let mut open = HashMap::new();
        open.insert(0, OpenFile::new(Source::Stdin(std::io::stdin())));
        Files { open, next: 3 }
    }
}

impl Files {
    fn get(&mut self, file: u64) -> Result<&mut OpenFile, HostError> {
        self.open.get_mut(&file).ok_or_else(HostError::bad_file)
    }

    /// Open `path` in C's `fopen` `mode` (`r`, `w`, `a`, with `+`); the
    /// new handle.
    ///
    /// ```
    /// use omx::Files;
    /// let mut files = Files::default();
    /// assert!(files.open("/no/such/dir/omx.txt", "r").is_err());
    /// assert!(files.open("x", "q").is_err());
    /// ```
    pub fn open(&mut self, path: &str, mode: &str) -> Result<u64, HostError> {
        let mut o = OpenOptions::new();
        let plus = mode.contains('+');
        match mode.as_bytes().first() {
            Some(b'r') => o.read(true).write(plus),
            Some(b'w') => o.write(true).create(true).truncate(true).read(plus),
            Some(b'a') => o.append(true).create(true).read(plus),
            _ => {
                return Err(HostError {
                    message: "Invalid argument".into(),
                    code: 22,
                });
            }
        };
        let f = o.open(path).map_err(|e| host_error(&e))?;
        let id = self.next;
        self.next += 1;
        self.open.insert(id, OpenFile::new(Source::File(f)));
        Ok(id)
    }

    /// Read a line, a count of bytes or the rest; `None` at the end.
    ///
    /// ```
    /// use omx::{Files, ReadFormat};
    /// let path = std::env::temp_dir().join(format!("omx-files-doc-{}-{}", std::process::id(), line!()));
    /// let path = path.to_str().unwrap();
    /// let mut files = Files::default();
    /// let f = files.open(path, "w+").unwrap();
    /// files.write(f, b"one\ntwo\n").unwrap();
    /// files.seek(f, 0, 0).unwrap();
    /// assert_eq!(files.read(f, ReadFormat::Count(2)).unwrap(), Some(b"on".to_vec()));
    /// std::fs::remove_file(path).unwrap();
    /// ```
    pub fn read(&mut self, file: u64, what: ReadFormat) -> Result<Option<Vec<u8>>, HostError> {
        self.get(file)?.read(what)
    }

    /// The next byte, left unread; `None` at the end.
    ///
    /// ```
    /// use omx::{Files, ReadFormat};
    /// let path = std::env::temp_dir().join(format!("omx-files-doc-{}-{}", std::process::id(), line!()));
    /// let path = path.to_str().unwrap();
    /// let mut files = Files::default();
    /// let f = files.open(path, "w+").unwrap();
    /// files.write(f, b"one\ntwo\n").unwrap();
    /// files.seek(f, 0, 0).unwrap();
    /// assert_eq!(files.peek(f).unwrap(), Some(b'o'));
    /// assert_eq!(files.peek(f).unwrap(), Some(b'o'));
    /// std::fs::remove_file(path).unwrap();
    /// ```
    pub fn peek(&mut self, file: u64) -> Result<Option<u8>, HostError> {
        let f = self.get(file)?;
        Ok(if f.fill()? { Some(f.buf[f.pos]) } else { None })
    }

    /// Write `bytes` at the file's position.
    ///
    /// ```
    /// use omx::{Files, ReadFormat};
    /// let path = std::env::temp_dir().join(format!("omx-files-doc-{}-{}", std::process::id(), line!()));
    /// let path = path.to_str().unwrap();
    /// let mut files = Files::default();
    /// let f = files.open(path, "w+").unwrap();
    /// files.write(f, b"one\ntwo\n").unwrap();
    /// files.seek(f, 0, 0).unwrap();
    /// files.write(f, b"ONE").unwrap();
    /// drop(files);
    /// assert_eq!(std::fs::read(path).unwrap(), b"ONE\ntwo\n");
    /// std::fs::remove_file(path).unwrap();
    /// ```
    pub fn write(&mut self, file: u64, bytes: &[u8]) -> Result<(), HostError> {
        let f = self.get(file)?;
        f.unread()?;
        match &mut f.source {
            Source::File(file) => file.write_all(bytes).map_err(|e| host_error(&e)),
            Source::Stdin(_) => Err(HostError::bad_file()),
        }
    }

    /// Move to `offset` from the start (`whence` 0), the current
    /// position (1) or the end (2); the new position.
    ///
    /// ```
    /// use omx::{Files, ReadFormat};
    /// let path = std::env::temp_dir().join(format!("omx-files-doc-{}-{}", std::process::id(), line!()));
    /// let path = path.to_str().unwrap();
    /// let mut files = Files::default();
    /// let f = files.open(path, "w+").unwrap();
    /// files.write(f, b"one\ntwo\n").unwrap();
    /// files.seek(f, 0, 0).unwrap();
    /// assert_eq!(files.seek(f, 2, 0).unwrap(), 8);
    /// assert_eq!(files.seek(f, 1, -4).unwrap(), 4);
    /// std::fs::remove_file(path).unwrap();
    /// ```
    pub fn seek(&mut self, file: u64, whence: u8, offset: i64) -> Result<u64, HostError> {
        let f = self.get(file)?;
        f.unread()?;
        let to = match whence {
            0 => SeekFrom::Start(offset.max(0) as u64),
            1 => SeekFrom::Current(offset),
            _ => SeekFrom::End(offset),
        };
        match &mut f.source {
            Source::File(file) => file.seek(to).map_err(|e| host_error(&e)),
            Source::Stdin(_) => Err(HostError {
                message: "Illegal seek".into(),
                code: 29,
            }),
        }
    }

    /// Close a handle (a second close is an error).
    ///
    /// ```
    /// use omx::{Files, ReadFormat};
    /// let path = std::env::temp_dir().join(format!("omx-files-doc-{}-{}", std::process::id(), line!()));
    /// let path = path.to_str().unwrap();
    /// let mut files = Files::default();
    /// let f = files.open(path, "w+").unwrap();
    /// files.write(f, b"one\ntwo\n").unwrap();
    /// files.seek(f, 0, 0).unwrap();
    /// files.close(f).unwrap();
    /// assert!(files.close(f).is_err());
    /// std::fs::remove_file(path).unwrap();
    /// ```
    pub fn close(&mut self, file: u64) -> Result<(), HostError> {
        match self.open.remove(&file) {
            Some(_) => Ok(()),
            None => Err(HostError::bad_file()),
        }
    }
}
