//! Echoing what a program returned, as `lua5.4 -i` does: the REPL calls
//! the global `print` with the values (so `__tostring` and `__name` apply,
//! and a user's own `print` is the one used).

use crate::Runtime;
use omx_core::protocol::lua::table::raw_get_str;

impl Runtime {
    /// Make "call the global `print` with the values the last program
    /// returned" the program that [`Runtime::step`] runs. `false`, with
    /// nothing loaded, when it returned no values.
    pub fn load_print_results(&mut self) -> bool {
        self.engine.load_call(|mc, rt, results| {
            if results.is_empty() {
                return None;
            }
            let name = rt.intern(mc, b"print");
            let print = raw_get_str(rt.globals, name);
            Some((print, results.to_vec()))
        })
    }
}
