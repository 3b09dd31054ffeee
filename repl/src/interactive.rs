//! Loading the inputs of a REPL session, and the expressions the explorer
//! evaluates (`:explain`, `:graph`, `:mro`), in each language's persistent
//! globals, as that language's own REPL keeps them:
//!
//! - Lua (`lua5.4 -i`): one globals table; a `local` ends with its input.
//! - Python (CPython's REPL): every input runs in one `__main__` module,
//!   compiled in `single` mode (expression statements show their repr).
//! - JavaScript (node's REPL): top-level declarations of every input are
//!   bindings of one script scope; the input's completion value is shown
//!   with `util.inspect`.
//! - Perl (no REPL of its own): one set of packages; an input's
//!   file-scoped `my` variables persist (`omx_perl::compile_repl`).

use omx_core::protocol::lua::table::raw_get_str;
use omx_core::{Lang, Value};

use crate::runtime::utf8_source;
use crate::{Error, Runtime};

impl Runtime {
    /// Make one REPL input (or a `:load`ed file) the program that
    /// [`Runtime::step`] runs, in `lang`'s persistent globals.
    /// `interactive`: Python shows the value of its expression statements.
    pub fn load_input(
        &mut self,
        lang: Lang,
        name: &str,
        source: &[u8],
        interactive: bool,
    ) -> Result<(), Error> {
        match lang {
            Lang::Python => {
                let mode = if interactive {
                    omx_python::Mode::Single
                } else {
                    omx_python::Mode::Exec
                };
                self.load_python(name, source, mode)
            }
            Lang::JavaScript => self.load_js_input(name, source),
            Lang::Perl if interactive => {
                let text = utf8_source(name, source)?;
                let proto = omx_perl::compile_repl(text, name).map_err(Error::Syntax)?;
                self.load_perl(&proto)
            }
            Lang::Lua | Lang::Perl => self.load(lang, name, source),
        }
    }

    /// Make "evaluate `expr` and return its value" the loaded program, in
    /// `lang`'s persistent globals (a statement such as an assignment runs
    /// as one, returning nothing).
    pub fn load_expression(&mut self, lang: Lang, name: &str, expr: &str) -> Result<(), Error> {
        match lang {
            Lang::Python => self
                .load_python(name, expr.as_bytes(), omx_python::Mode::Eval)
                .or_else(|_| self.load_python(name, expr.as_bytes(), omx_python::Mode::Exec)),
            Lang::JavaScript => self.load_js_input(name, expr.as_bytes()),
            Lang::Lua | Lang::Perl => {
                let returning = format!("return {expr}");
                self.load(lang, name, returning.as_bytes())
                    .or_else(|_| self.load(lang, name, expr.as_bytes()))
            }
        }
    }

    /// After an input ran: make "show what it evaluated to" the loaded
    /// program (`false`, with nothing loaded, when there is nothing to
    /// show). Lua prints the returned values with the global `print`, as
    /// `lua5.4 -i`; JavaScript shows the completion value with node's
    /// `util.inspect` (`undefined` included, as node's REPL does); Python
    /// showed its values as it ran; Perl shows nothing.
    pub fn load_echo(&mut self, lang: Lang) -> bool {
        match lang {
            Lang::Lua => self.load_print_results(),
            Lang::JavaScript => self.engine.load_call(|mc, rt, results| {
                let key = rt.intern(mc, omx_js::lower::INTRINSICS_KEY);
                let intrinsics = raw_get_str(rt.globals, key).as_object()?;
                let show = rt.intern(mc, b"replShow");
                let show = intrinsics.get_key(Value::Str(show));
                // A JavaScript function takes its `this` first.
                let value = results.first().copied().unwrap_or_default();
                Some((show, vec![Value::Nil, value]))
            }),
            Lang::Python | Lang::Perl => false,
        }
    }

    /// Load the call that runs the jobs an input left (JavaScript: the
    /// prelude's `runJobs`, promise reactions then timers, ECMA-262 §9.5;
    /// node runs them after echoing the input's value); false when the
    /// language has none.
    pub fn load_jobs(&mut self, lang: Lang) -> bool {
        match lang {
            Lang::JavaScript => self.engine.load_call(|mc, rt, _| {
                let key = rt.intern(mc, omx_js::lower::INTRINSICS_KEY);
                let intrinsics = raw_get_str(rt.globals, key).as_object()?;
                let run = rt.intern(mc, b"runJobs");
                let run = intrinsics.get_key(Value::Str(run));
                // A JavaScript function takes its `this` first.
                Some((run, vec![Value::Nil]))
            }),
            Lang::Lua | Lang::Python | Lang::Perl => false,
        }
    }

    fn load_python(
        &mut self,
        name: &str,
        source: &[u8],
        mode: omx_python::Mode,
    ) -> Result<(), Error> {
        let text = utf8_source(name, source)?;
        let proto = omx_python::compile_mode(text, name, mode).map_err(Error::Syntax)?;
        let mut host = omx_core::BufferHost::default();
        self.prepare_python(&mut host)?;
        self.engine
            .with_state(|_, rt| rt.default_ops = &omx_core::protocol::python::PYTHON);
        self.engine
            .load_with_env(&proto, |mc, rt| {
                Value::Object(crate::embed::eval::python_main(mc, rt))
            })
            .map_err(|e| Error::Unsupported(format!("internal error: bytecode rejected: {e}")))
    }

    fn load_perl(&mut self, proto: &omx_core::compiler::CompiledProto) -> Result<(), Error> {
        self.engine
            .with_state(|_, rt| rt.default_ops = &omx_core::protocol::perl::PERL);
        self.engine
            .load(proto)
            .map_err(|e| Error::Unsupported(format!("internal error: bytecode rejected: {e}")))
    }

    fn load_js_input(&mut self, name: &str, source: &[u8]) -> Result<(), Error> {
        let text = utf8_source(name, source)?;
        let mut names = std::mem::take(&mut self.js_script_names);
        let compiled = omx_js::compile_repl(text, name, &mut names);
        self.js_script_names = names;
        let proto = compiled.map_err(Error::Syntax)?;
        let mut host = omx_core::BufferHost::default();
        self.prepare_js(&mut host)?;
        self.engine
            .load(&proto)
            .map_err(|e| Error::Unsupported(format!("internal error: bytecode rejected: {e}")))
    }
}
