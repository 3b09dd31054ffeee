//! What a runtime keeps for its embedder: handle bookkeeping, registered
//! host functions, the host that `eval` and `call` write through, the
//! interrupt flag and the sandbox switch.

use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use omx_core::{Host, Lang};

use super::function::Functions;
use super::handle::Handles;

pub(crate) struct EmbedState {
    pub(crate) handles: Rc<Handles>,
    pub(crate) functions: Rc<Functions>,
    /// The host of `eval`, `exec` and `call` (the process's stdout and
    /// files unless the embedder sets one).
    pub(crate) host: Option<Box<dyn Host>>,
    /// Set from any thread: the running program stops at the end of the
    /// slice with [`crate::Error::Interrupted`].
    pub(crate) interrupt: Arc<AtomicBool>,
    /// No files, no environment, no exit (see [`crate::SandboxHost`]).
    pub(crate) sandbox: bool,
    /// The language of the last program loaded (its results are read in
    /// that language's terms).
    pub(crate) last_lang: Lang,
    /// Registered host classes.
    pub(crate) classes: Vec<super::class::ClassEntry>,
    /// The host's module loader (see [`crate::Runtime::set_module_loader`]).
    pub(crate) modules: super::modules::ModuleLoader,
}

impl Default for EmbedState {
    fn default() -> Self {
        EmbedState {
            handles: Handles::new(),
            functions: Rc::new(Functions::default()),
            host: None,
            interrupt: Arc::new(AtomicBool::new(false)),
            sandbox: false,
            last_lang: Lang::Lua,
            classes: Vec::new(),
            modules: Default::default(),
        }
    }
}
