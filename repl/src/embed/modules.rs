//! Modules served by the host: one loader, `(language, name) -> source`,
//! answers Lua's `require` (a searcher placed second in
//! `package.searchers`, after `package.preload`; Lua 5.4 §6.3), Python's
//! `import` (tried before the modules omx provides; the module runs once
//! in a namespace of its own and is cached, as Python's import system
//! does, Language Reference §5) and Perl's `use Module` (the `Module.pm`
//! file `use` reads, perlfunc "require"). In sandbox mode the loader is
//! the only way to load code.

use std::cell::RefCell;
use std::rc::Rc;

use omx_core::{Host, HostError, Lang, ReadFormat, Value};

use super::function::{HostCallError, HostOutcome, RawArgs, RawFunction};
use super::handle::ScriptValue;
use crate::{Error, Runtime};

/// The loader the embedder installed, shared by the languages' hooks.
pub(crate) type ModuleLoader = Rc<RefCell<Option<Box<dyn FnMut(Lang, &str) -> Option<String>>>>>;

/// Lua: a searcher asking the host, placed after `package.preload`.
const LUA_SEARCHER: &str = "local load_source, load = __omx_module_source, load
__omx_module_source = nil
table.insert(package.searchers, 2, function(name)
  local source = load_source('lua', name)
  if source == nil then return \"\\n\\tno module '\" .. name .. \"' in the host loader\" end
  return assert(load(source, '=' .. name)), name
end)";

/// Python: `import name` asks the host first; a module it serves runs
/// once in a new namespace (registered before it runs, so a circular
/// import sees it).
const PYTHON_IMPORT: &str =
    "def __omx_host_importer(prelude_import, source_of, new_module, run_module):
    modules = {}
    def host_import(name):
        m = modules.get(name)
        if m is not None:
            return m
        source = source_of('python', name)
        if source is None:
            return prelude_import(name)
        m = new_module(name)
        modules[name] = m
        run_module(m, source, name)
        return m
    return host_import
";

impl Runtime {
    /// A host-provided module loader: `loader(lang, name)` returns the
    /// source of module `name` for `lang` (Lua `require('a.b')` asks for
    /// `"a.b"`, Python `import a.b` for `"a.b"`, Perl `use A::B` and
    /// `require A::B` for `"A::B"`, Perl `require "x.pl"` for `"x.pl"`),
    /// or `None` to let the language look further (Lua's next
    /// searcher, Python's modules that omx provides, Perl's `A/B.pm`
    /// through the host's files). In sandbox mode it is the only way to
    /// load code. Setting another loader replaces the first.
    ///
    /// ```
    /// use omx::{Lang, Runtime};
    /// let mut rt = Runtime::new();
    /// rt.set_sandbox(true);
    /// rt.set_module_loader(|lang, name| match (lang, name) {
    ///     (Lang::Lua, "greet") => Some("return { hello = function(who) return 'hello ' .. who end }".into()),
    ///     (Lang::Python, "greet") => Some("def hello(who):\n    return 'hi ' + who\n".into()),
    ///     (Lang::Perl, "Greet") => Some("package Greet; sub hello { 'hey ' . $_[0] } 1;".into()),
    ///     _ => None,
    /// }).unwrap();
    /// assert_eq!(rt.eval::<String>(Lang::Lua, "require('greet').hello('omx')").unwrap(), "hello omx");
    /// assert_eq!(rt.eval::<String>(Lang::Python, "import greet\ngreet.hello('omx')").unwrap(), "hi omx");
    /// assert_eq!(rt.eval::<String>(Lang::Perl, "use Greet; Greet::hello('omx')").unwrap(), "hey omx");
    /// let e = rt.exec(Lang::Lua, "require('socket')").unwrap_err();
    /// assert!(e.to_string().contains("no module 'socket' in the host loader"), "{e}");
    /// ```
    pub fn set_module_loader(
        &mut self,
        loader: impl FnMut(Lang, &str) -> Option<String> + 'static,
    ) -> Result<(), Error> {
        let installed = self.embed.modules.borrow_mut().replace(Box::new(loader));
        if installed.is_some() {
            return Ok(());
        }
        let modules = self.embed.modules.clone();
        let source_of = self.create_function(
            "module_source",
            move |lang: String, name: String| -> Option<String> {
                let lang = match lang.as_str() {
                    "lua" => Lang::Lua,
                    "python" => Lang::Python,
                    _ => Lang::Perl,
                };
                modules.borrow_mut().as_mut().and_then(|f| f(lang, &name))
            },
        );
        self.set_global(Lang::Lua, "__omx_module_source", &source_of)?;
        self.exec(Lang::Lua, LUA_SEARCHER)?;
        self.install_python_importer(&source_of)
    }

    /// Python's `__omx_import` helper (what `import` calls) becomes one
    /// that asks the host first.
    fn install_python_importer(&mut self, source_of: &ScriptValue) -> Result<(), Error> {
        let new_module = self.create_function::<RawArgs, _>(
            "new_module",
            RawFunction::new(|cx: &mut super::Cx<'_, '_>, args: &[Value<'_>]| {
                let m = omx_python::new_module(cx.mc, cx.rt);
                if let (Value::Object(o), Some(name)) = (m, args.first()) {
                    let k = cx.rt.intern(cx.mc, b"__name__");
                    o.set_key(cx.mc, Value::Str(k), *name);
                }
                Ok(HostOutcome::Values(vec![m]))
            }),
        );
        let run_module = self.create_function::<RawArgs, _>(
            "run_module",
            RawFunction::new(|cx: &mut super::Cx<'_, '_>, args: &[Value<'_>]| {
                let text = |v: Option<&Value<'_>>| match v {
                    Some(Value::Str(s)) => s.to_str_lossy().into_owned(),
                    _ => String::new(),
                };
                let (source, name) = (text(args.get(1)), text(args.get(2)));
                let ns = args.first().copied().unwrap_or(Value::Nil);
                let proto = omx_python::compile(&source, &name).map_err(|e| {
                    HostCallError::Failed(format!("{name}: line {}: {}", e.line(), e.message))
                })?;
                let main = omx_core::runtime::main_closure(cx.mc, cx.rt, &proto, Some(ns))
                    .map_err(HostCallError::Failed)?;
                Ok(HostOutcome::Call(Value::Closure(main), Vec::new()))
            }),
        );
        self.exec(Lang::Python, PYTHON_IMPORT)?;
        let make: ScriptValue = self.get_global(Lang::Python, "__omx_host_importer")?;
        let prelude_import: ScriptValue = self.get_global(Lang::Python, "__omx_import")?;
        let import: ScriptValue = self.call(
            &make,
            (&prelude_import, source_of, &new_module, &run_module),
        )?;
        self.with_cx(Lang::Python, |cx| {
            let v = super::IntoValue::into_value(&import, cx);
            let key = cx.rt.intern(cx.mc, b"__omx_import");
            cx.rt.python.builtins.set_key(cx.mc, Value::Str(key), v);
            cx.rt.python.helpers.set_field(cx.mc, key, v);
        });
        Ok(())
    }
}

/// The host a slice runs with when a module loader is installed: Perl's
/// `use A::B` and `require A::B` read `A/B.pm` (or `lib/A/B.pm`) through
/// it, and the loader answers for `A::B` (for `x.pl`, `require "x.pl"`'s
/// file); everything else goes to the inner host.
pub(crate) struct ModuleHost<'a> {
    pub(crate) inner: &'a mut dyn Host,
    pub(crate) modules: &'a ModuleLoader,
}

impl ModuleHost<'_> {
    fn perl_module(&mut self, path: &str) -> Option<Vec<u8>> {
        let file = path.strip_prefix("lib/").unwrap_or(path);
        // `use A::B` / `require A::B` read `A/B.pm`: the loader is asked
        // for `A::B`; `require "x.pl"` reads `x.pl`: it is asked for that.
        let name = match file.strip_suffix(".pm") {
            Some(module) => module.replace('/', "::"),
            None if file.ends_with(".pl") => file.to_string(),
            None => return None,
        };
        let mut loader = self.modules.borrow_mut();
        loader.as_mut()?(Lang::Perl, &name).map(String::into_bytes)
    }
}

impl Host for ModuleHost<'_> {
    super::limits::forward_output_and_clocks!();
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, HostError> {
        match self.perl_module(path) {
            Some(source) => Ok(source),
            None => self.inner.read_file(path),
        }
    }
    fn remove_file(&mut self, path: &str) -> Result<(), HostError> {
        self.inner.remove_file(path)
    }
    fn rename_file(&mut self, from: &str, to: &str) -> Result<(), HostError> {
        self.inner.rename_file(from, to)
    }
    fn temp_file_name(&mut self) -> Result<String, HostError> {
        self.inner.temp_file_name()
    }
    fn open_file(&mut self, path: &str, mode: &str) -> Result<u64, HostError> {
        self.inner.open_file(path, mode)
    }
    fn file_read(&mut self, file: u64, what: ReadFormat) -> Result<Option<Vec<u8>>, HostError> {
        self.inner.file_read(file, what)
    }
    fn file_peek(&mut self, file: u64) -> Result<Option<u8>, HostError> {
        self.inner.file_peek(file)
    }
    fn file_write(&mut self, file: u64, bytes: &[u8]) -> Result<(), HostError> {
        self.inner.file_write(file, bytes)
    }
    fn file_seek(&mut self, file: u64, whence: u8, offset: i64) -> Result<u64, HostError> {
        self.inner.file_seek(file, whence, offset)
    }
    fn file_flush(&mut self, file: u64) -> Result<(), HostError> {
        self.inner.file_flush(file)
    }
    fn file_close(&mut self, file: u64) -> Result<(), HostError> {
        self.inner.file_close(file)
    }
    fn getenv(&mut self, name: &str) -> Option<String> {
        self.inner.getenv(name)
    }
    fn exit(&mut self, code: i32) {
        self.inner.exit(code)
    }
}
