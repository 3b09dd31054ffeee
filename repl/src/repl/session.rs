//! The session: one runtime, the current language, the line editor, and
//! the loop that reads an input, then runs it or a `:command`.

use std::cell::{Cell, RefCell};
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use omx::{Lang, Runtime, StdHost, StreamFormat};
use rustyline::Editor;
use rustyline::config::{CompletionType, Config};
use rustyline::history::FileHistory;

use super::commands::{self, Flow};
use super::eval::{self, CHUNK_NAME};
use super::helper::ReplHelper;
use super::history;
use super::input::{self, Read};

/// Code that ran: its language, chunk name and text.
pub struct Chunk {
    pub lang: Lang,
    pub name: String,
    pub source: Vec<u8>,
}

/// What a session holds between inputs.
pub struct Session {
    /// Shared with the line editor's helper, which completes names from it.
    pub rt: Rc<RefCell<Runtime>>,
    /// The language inputs are read in (shared with the helper too).
    pub lang: Rc<Cell<Lang>>,
    /// Set by the SIGINT handler; a running program stops at the next slice.
    pub interrupted: Arc<AtomicBool>,
    /// The last code that ran (for `:dis`).
    pub last: Option<Chunk>,
    pub host: StdHost,
    /// `:trace on`: every operation is explained on stderr as it runs.
    pub tracing: bool,
}

impl Session {
    fn new(lang: Lang, interrupted: Arc<AtomicBool>) -> Session {
        Session {
            rt: Rc::new(RefCell::new({
                let mut rt = Runtime::new();
                // Ctrl-C stops long natives too (a backtracking match).
                rt.set_interrupt_flag(Arc::clone(&interrupted));
                rt
            })),
            lang: Rc::new(Cell::new(lang)),
            interrupted,
            last: None,
            host: StdHost::default(),
            tracing: false,
        }
    }

    /// Run an input of the current language, echoing its values.
    pub fn evaluate(&mut self, input: &str) {
        let source = eval::source_for(&self.rt.borrow(), self.lang.get(), input);
        self.run(CHUNK_NAME, source.into_bytes(), true);
    }

    /// `:explain EXPR`: evaluate it with a tracer and show its steps.
    pub fn explain(&mut self, expr: &str) {
        let lang = self.lang.get();
        let explained = self.rt.borrow_mut().explain(lang, expr, &mut self.host);
        self.host.flush();
        match explained {
            Ok(explanation) => print!("{}", explanation.text()),
            Err(e) => eval::report(eval::Stop::Failed(e)),
        }
        // Explaining installs its own tracer, then none.
        self.set_trace(self.tracing);
    }

    /// `:graph EXPR [--dot|--json]`: what EXPR's value reaches through
    /// meta objects and hook fields.
    pub fn graph(&mut self, expr: &str) {
        use omx_core::trace::graph as draw;
        let (expr, form) = match expr.rsplit_once(' ') {
            Some((e, f @ ("--dot" | "--json"))) => (e.trim(), f),
            _ => (expr, "text"),
        };
        let lang = self.lang.get();
        let drawn = self.rt.borrow_mut().graph(lang, expr, &mut self.host);
        self.host.flush();
        match drawn {
            Ok(g) => match form {
                "--dot" => print!("{}", draw::dot(&g)),
                "--json" => println!("{}", draw::json(&g)),
                _ => print!("{}", draw::text(&g)),
            },
            Err(e) => eval::report(eval::Stop::Failed(e)),
        }
    }

    /// `:mro EXPR`: the objects a lookup on EXPR's value walks, in order.
    pub fn mro(&mut self, expr: &str) {
        let lang = self.lang.get();
        let chain = self
            .rt
            .borrow_mut()
            .lookup_chain(lang, expr, &mut self.host);
        self.host.flush();
        match chain {
            Ok(chain) => println!("{}", chain.join(" → ")),
            Err(e) => eval::report(eval::Stop::Failed(e)),
        }
    }

    /// `:let NAME = LANG:EXPR`: evaluate `expr` in `from` through the
    /// embedding API and bind the value to the current language's global
    /// `name`. The value is the same object, so a lookup on it still
    /// follows the rules of the language that made it.
    pub fn bind(&mut self, name: &str, from: Lang, expr: &str) {
        let lang = self.lang.get();
        let mut rt = self.rt.borrow_mut();
        let bound = eval::let_value(&mut rt, &mut self.host, &self.interrupted, from, expr)
            .and_then(|value| {
                rt.set_global(lang, name, &value)
                    .map_err(eval::Stop::Failed)
            });
        drop(rt);
        if let Err(stop) = bound {
            eval::report(stop);
        }
    }

    /// `:trace on|off`.
    pub fn set_trace(&mut self, on: bool) {
        self.tracing = on;
        self.rt.borrow_mut().trace_to_stderr(on, StreamFormat::Text);
    }

    /// Run a whole file in the current language's globals (`:load`).
    pub fn load_file(&mut self, path: &str) {
        match std::fs::read(path) {
            Ok(source) => self.run(path, source, false),
            Err(e) => eprintln!("cannot read '{path}': {e}"),
        }
    }

    /// Run `source` as chunk `name`, and remember it for `:dis`.
    fn run(&mut self, name: &str, source: Vec<u8>, interactive: bool) {
        let lang = self.lang.get();
        let result = eval::run(
            &mut self.rt.borrow_mut(),
            &mut self.host,
            &self.interrupted,
            (lang, name, &source),
            interactive,
        );
        self.last = Some(Chunk {
            lang,
            name: name.to_string(),
            source,
        });
        if let Err(stop) = result {
            eval::report(stop);
        }
    }
}

/// `omx repl`: read inputs until `:quit` or Ctrl-D.
pub fn run(lang: Lang) -> ExitCode {
    let interrupted = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&interrupted);
    if let Err(e) =
        ctrlc::set_handler(move || flag.store(true, std::sync::atomic::Ordering::SeqCst))
    {
        eprintln!("omx: Ctrl-C will not interrupt programs: {e}");
    }
    let mut session = Session::new(lang, interrupted);
    let config = Config::builder()
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .max_history_size(10_000)
        .map(|b| b.build())
        .unwrap_or_default();
    let mut editor: Editor<ReplHelper, FileHistory> = match Editor::with_config(config) {
        Ok(editor) => editor,
        Err(e) => {
            eprintln!("omx: cannot start the line editor: {e}");
            return ExitCode::from(2);
        }
    };
    editor.set_helper(Some(ReplHelper::new(
        Rc::clone(&session.rt),
        Rc::clone(&session.lang),
    )));
    let history = history::file();
    if let Some(path) = &history {
        // A missing or unreadable history file just means a fresh history.
        let _ = editor.load_history(path);
    }
    println!(
        "omx {} ({}): :help for commands, Ctrl-D to quit",
        env!("CARGO_PKG_VERSION"),
        session.lang.get().name()
    );
    loop {
        let read = input::read(&mut editor, &session.rt, session.lang.get());
        let text = match read {
            Read::Input(text) => text,
            Read::Cancelled => continue,
            Read::Eof => break,
        };
        let _ = editor.add_history_entry(text.as_str());
        if let Some(path) = &history {
            let _ = editor.append_history(path);
        }
        match text.trim_start().strip_prefix(':') {
            Some(command) => {
                if commands::run(&mut session, command) == Flow::Quit {
                    break;
                }
            }
            None => session.evaluate(&text),
        }
    }
    ExitCode::SUCCESS
}
