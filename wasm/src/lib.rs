//! The playground's API (wasm-bindgen): one [`Session`] per language over
//! the same [`omx::Runtime`] the command line uses. The page's worker
//! loads a program, steps it in fuel slices (so Stop answers between two
//! slices), drains its output, and asks for explanations and graphs.
//!
//! Nothing here touches a clock, a file, a process or the environment:
//! the session's host only collects output (DESIGN.md invariant 8).

use js_sys::{Object, Reflect};
use omx::{BufferHost, Error, Host, Lang, Runtime};
use wasm_bindgen::prelude::*;

mod span;

/// One runtime, one language, the program loaded last, and its output.
#[wasm_bindgen]
pub struct Session {
    runtime: Runtime,
    lang: Lang,
    seed: u64,
    host: BufferHost,
    /// The name and source of the program loaded last (error reports).
    name: String,
    source: Vec<u8>,
    /// The error the last step ended with, as `omx run` prints it.
    error: String,
}

#[wasm_bindgen]
impl Session {
    /// A session for `lang` ("lua", "python", "js" or "perl"), hashing with
    /// the 64-bit seed `seed_hi:seed_lo` (the page draws it from
    /// `crypto.getRandomValues`).
    #[wasm_bindgen(constructor)]
    pub fn new(lang: &str, seed_hi: u32, seed_lo: u32) -> Result<Session, JsError> {
        let lang = parse_lang(lang)?;
        let seed = (u64::from(seed_hi) << 32) | u64::from(seed_lo);
        Ok(Session {
            runtime: Runtime::with_hash_seed(seed),
            lang,
            seed,
            host: BufferHost::default(),
            name: String::new(),
            source: Vec::new(),
            error: String::new(),
        })
    }

    /// Forget every global: a fresh runtime for the same language.
    pub fn reset(&mut self) {
        self.runtime = Runtime::with_hash_seed(self.seed);
        self.host = BufferHost::default();
        self.error.clear();
    }

    /// Compile `source` as the program [`Session::step`] runs. Returns
    /// `null`, or the syntax error as `{message, label, help, line,
    /// column, from, to}` (`from`/`to` count UTF-16 code units, as the
    /// editor does; `line` and `column` count from 1).
    pub fn load(&mut self, name: &str, source: &str) -> Result<JsValue, JsError> {
        self.name = name.to_string();
        self.source = source.as_bytes().to_vec();
        self.error.clear();
        match self.runtime.load(self.lang, name, source.as_bytes()) {
            Ok(()) => Ok(JsValue::NULL),
            Err(Error::Syntax(e)) => {
                let range = e.span.range();
                let (line, column) = span::line_column(source, range.start);
                let o = Object::new();
                set(&o, "message", &e.message.as_str().into());
                set(&o, "label", &e.label.as_str().into());
                let help = e.help.as_deref().map_or(JsValue::NULL, JsValue::from);
                set(&o, "help", &help);
                set(&o, "line", &(line as f64).into());
                set(&o, "column", &(column as f64).into());
                set(
                    &o,
                    "from",
                    &(span::utf16_offset(source, range.start) as f64).into(),
                );
                set(
                    &o,
                    "to",
                    &(span::utf16_offset(source, range.end) as f64).into(),
                );
                Ok(o.into())
            }
            Err(e) => Err(JsError::new(&e.to_string())),
        }
    }

    /// Run at most `fuel` VM instructions: "running" (call again),
    /// "finished", or "error" (its text is [`Session::error`], already
    /// written to stderr as `omx run` writes it).
    pub fn step(&mut self, fuel: f64) -> String {
        let fuel = if fuel.is_finite() && fuel >= 1.0 {
            fuel as u64
        } else {
            1
        };
        match self.runtime.step(&mut self.host, fuel) {
            Ok(false) => "running".into(),
            Ok(true) => "finished".into(),
            Err(e) => {
                self.error = match &e {
                    Error::Runtime(u) => {
                        omx::uncaught_report(self.lang, &self.name, &self.source, u)
                    }
                    other => format!("omx: {other}\n"),
                };
                let text = self.error.clone();
                self.host.write_stderr(text.as_bytes());
                "error".into()
            }
        }
    }

    /// The text of the error the last step ended with ("" when none).
    pub fn error(&self) -> String {
        self.error.clone()
    }

    /// VM instructions run so far.
    pub fn steps(&self) -> f64 {
        self.runtime.steps() as f64
    }

    /// The bytes written to stdout since the last call (the page decodes
    /// them as a UTF-8 stream: a slice may end inside a character).
    #[wasm_bindgen(js_name = takeStdout)]
    pub fn take_stdout(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.host.stdout)
    }

    /// The bytes written to stderr since the last call.
    #[wasm_bindgen(js_name = takeStderr)]
    pub fn take_stderr(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.host.stderr)
    }

    /// Explain `expr` in the globals the program left: `{text, json}`
    /// (the numbered steps, and the `omx-trace/1` document).
    pub fn explain(&mut self, expr: &str) -> Result<JsValue, JsError> {
        let e = self
            .runtime
            .explain(self.lang, expr, &mut self.host)
            .map_err(|e| error_of(&e))?;
        let o = Object::new();
        set(&o, "text", &e.text().into());
        set(&o, "json", &e.json().into());
        Ok(o.into())
    }

    /// The object graph of the value of `expr`, as the `omx-graph/1` JSON
    /// text `omx graph --json` prints.
    pub fn graph(&mut self, expr: &str) -> Result<String, JsError> {
        let g = self
            .runtime
            .graph(self.lang, expr, &mut self.host)
            .map_err(|e| error_of(&e))?;
        Ok(omx_core::trace::graph::json(&g))
    }
}

/// The session language named by the page's selector.
fn parse_lang(name: &str) -> Result<Lang, JsError> {
    match name {
        "lua" => Ok(Lang::Lua),
        "python" => Ok(Lang::Python),
        "js" | "javascript" => Ok(Lang::JavaScript),
        "perl" => Ok(Lang::Perl),
        other => Err(JsError::new(&format!(
            "unknown language {other:?} (lua, python, js or perl)"
        ))),
    }
}

/// A thrown JavaScript error for a failed explain or graph.
fn error_of(e: &Error) -> JsError {
    match e {
        Error::Syntax(s) => JsError::new(&format!("syntax error: {}", s.message)),
        other => JsError::new(&other.to_string()),
    }
}

fn set(o: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain new object cannot fail.
    let _ = Reflect::set(o, &key.into(), value);
}
