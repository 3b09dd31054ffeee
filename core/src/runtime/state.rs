//! The per-runtime state every protocol function and native can see.

use gc_arena::{Collect, GcWeak, Mutation};

use crate::model::LangOps;
use crate::object::object::ObjectBox;
use crate::object::{Object, Shape};
use crate::protocol::lua::{table::new_table, LuaState, LUA};
use crate::string::Str;
use crate::value::Value;
use crate::Lang;

#[derive(Collect)]
#[collect(no_drop)]
pub struct RuntimeState<'gc> {
    /// Lua's globals (`_G`).
    pub globals: Object<'gc>,
    /// The shape every new object starts from.
    pub root_shape: Shape<'gc>,
    /// Lua's part: event names, the string metatable.
    pub lua: LuaState<'gc>,
    /// Python's part: the builtin types, `builtins`, helpers.
    pub python: crate::protocol::python::PyState<'gc>,
    /// Perl's part: the shape Perl hashes start from, the packages.
    pub perl: crate::protocol::perl::state::PerlState<'gc>,
    /// A table for the embedder and libraries (Lua's registry).
    pub registry: Object<'gc>,
    /// Objects with weak references: cleared of dead entries at each
    /// collection.
    pub weak_objects: Vec<GcWeak<'gc, ObjectBox<'gc>>>,
    /// Objects whose collection the embedder wants to hear of, each with
    /// its token (see [`RuntimeState::watch_collection`]). Only these
    /// cost anything at a collection.
    pub watched: Vec<(GcWeak<'gc, ObjectBox<'gc>>, u64)>,
    /// Tokens of watched objects a collection found dead, oldest first,
    /// until the embedder takes them ([`RuntimeState::take_collected`]).
    #[collect(require_static)]
    pub collected: Vec<u64>,
    /// The operator table of each language that runs (`Lang as usize`).
    #[collect(require_static)]
    pub lang_ops: [Option<&'static LangOps>; 4],
    /// The operator table used where no compiled frame is running (a
    /// coroutine about to start, a host's call).
    #[collect(require_static)]
    pub default_ops: &'static LangOps,
    /// Maximum call depth (frames per thread); "stack overflow" beyond.
    #[collect(require_static)]
    pub max_depth: usize,
    /// Interned strings: constants of loaded code, metamethod names and
    /// library names share one object per text, so key comparisons succeed
    /// on the pointer test. Grows with the source loaded (never shrinks).
    /// (foldhash, randomly seeded: names are looked up on hot paths.)
    pub interned: std::collections::HashMap<Box<[u8]>, Str<'gc>, foldhash::fast::RandomState>,
    /// The explain tracer, if one is installed (see trace/). `tracing` is
    /// the flag protocol rules and the VM's fast paths test.
    #[collect(require_static)]
    pub tracer: Option<std::cell::RefCell<crate::trace::TraceSession>>,
    #[collect(require_static)]
    pub tracing: bool,
    /// Attribute plans for call sites that see many receiver shapes.
    pub mega: crate::cache::MegaCache<'gc>,
    /// The work natives may still do in this slice (see budget.rs).
    #[collect(require_static)]
    pub budget: super::budget::Budget,
    /// Seed state of `math.random` (xoshiro256**).
    #[collect(require_static)]
    pub random_state: [u64; 4],
    /// The 256 one-byte strings, then the empty string, made once: see
    /// [`RuntimeState::new_str`].
    pub small_strs: Vec<Str<'gc>>,
    /// JavaScript's realm object (its intrinsics, protocol/js/realm.rs),
    /// once made; also kept in the registry.
    pub js_realm: Option<Object<'gc>>,
    /// Writes a native asked for in its own thread's stack, as (slot,
    /// value), which it sees read-only (Lua's `debug.setlocal` of a
    /// register): the executor makes them when the native returns.
    pub stack_writes: Vec<(usize, Value<'gc>)>,
}

impl<'gc> RuntimeState<'gc> {
    pub fn new(mc: &Mutation<'gc>) -> RuntimeState<'gc> {
        let root_shape = Shape::root(mc);
        let lua = LuaState::new(mc);
        let mut interned = std::collections::HashMap::default();
        for s in lua.events {
            interned.insert(Box::<[u8]>::from(s.as_bytes()), s);
        }
        let mut lang_ops = [None; 4];
        lang_ops[Lang::Lua as usize] = Some(&LUA);
        lang_ops[Lang::Python as usize] = Some(&crate::protocol::python::PYTHON);
        RuntimeState {
            globals: new_table(mc, root_shape, 0, 0),
            root_shape,
            lua,
            python: crate::protocol::python::PyState::new(mc, root_shape),
            perl: crate::protocol::perl::state::PerlState::new(mc),
            registry: new_table(mc, root_shape, 0, 0),
            weak_objects: Vec::new(),
            watched: Vec::new(),
            collected: Vec::new(),
            lang_ops,
            default_ops: &LUA,
            interned,
            tracer: None,
            tracing: false,
            mega: Default::default(),
            max_depth: 1_000_000,
            budget: Default::default(),
            random_state: [
                0x9E37_79B9_7F4A_7C15,
                0xBF58_476D_1CE4_E5B9,
                0x94D0_49BB_1331_11EB,
                1,
            ],
            small_strs: (0..=255u8)
                .map(|b| Str::new(mc, &[b]))
                .chain(std::iter::once(Str::new(mc, b"")))
                .collect(),
            js_realm: None,
            stack_writes: Vec::new(),
        }
    }

    /// A string with these bytes. Strings of at most one byte (a character
    /// cut out of a string by index, `substr($s, $i, 1)`, `s:sub(i, i)`,
    /// `s[i]`) are shared, made once per runtime: scanning a text
    /// character by character allocates nothing (as Lua's interned short
    /// strings and CPython's one-character cache).
    #[inline]
    pub fn new_str(&self, mc: &Mutation<'gc>, bytes: &[u8]) -> Str<'gc> {
        match bytes {
            [] => self.small_strs[256],
            [b] => self.small_strs[*b as usize],
            _ => Str::new(mc, bytes),
        }
    }

    /// The interned string with these bytes.
    pub fn intern(&mut self, mc: &Mutation<'gc>, bytes: &[u8]) -> Str<'gc> {
        if let Some(s) = self.interned.get(bytes) {
            return *s;
        }
        let s = Str::new(mc, bytes);
        self.interned.insert(bytes.into(), s);
        s
    }

    /// Report a protocol step to the tracer: `rule` is a stable id
    /// (`lua.index.rawget`), `text` builds the sentence (only when a tracer
    /// is installed), naming values through the [`Namer`](crate::trace::Namer).
    #[inline]
    pub fn trace(
        &self,
        protocol: &'static str,
        rule: &'static str,
        text: impl FnOnce(&crate::trace::Namer<'_, 'gc>) -> String,
    ) {
        if self.tracing {
            if let Some(t) = &self.tracer {
                if let Ok(mut t) = t.try_borrow_mut() {
                    t.step(self.globals, protocol, rule, text);
                }
            }
        }
    }

    /// Run `f` on the trace session, if one is installed and not busy.
    pub fn with_trace(&self, f: impl FnOnce(&mut crate::trace::TraceSession, Object<'gc>)) {
        if let Some(t) = &self.tracer {
            if let Ok(mut t) = t.try_borrow_mut() {
                f(&mut t, self.globals);
            }
        }
    }

    /// Remember an object that just got weak references.
    pub fn register_weak(&mut self, o: Object<'gc>) {
        self.weak_objects.push(gc_arena::Gc::downgrade(o.0));
    }

    /// Report `token` through [`RuntimeState::take_collected`] once `o`
    /// has been collected (an embedder frees what it keeps for `o`: a
    /// host instance's Rust value).
    pub fn watch_collection(&mut self, o: Object<'gc>, token: u64) {
        self.watched.push((gc_arena::Gc::downgrade(o.0), token));
    }

    /// The tokens of watched objects collected since the last call.
    pub fn take_collected(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.collected)
    }

    /// Forget the watched objects at `dead` (ascending positions in
    /// `watched`, found dead at a collection's fully marked phase) and
    /// queue their tokens.
    pub(crate) fn note_collected(&mut self, dead: &[usize]) {
        let mut next = dead.iter().copied().peekable();
        let mut i = 0;
        let collected = &mut self.collected;
        self.watched.retain(|(_, token)| {
            let gone = next.next_if_eq(&i).is_some();
            if gone {
                collected.push(*token);
            }
            i += 1;
            !gone
        });
    }

    /// The operator table of `lang`, when omx runs that language.
    pub fn ops_for(&self, lang: Lang) -> Option<&'static LangOps> {
        self.lang_ops[lang as usize]
    }
}
