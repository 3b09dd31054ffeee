//! The per-runtime state every protocol function and native can see.

use gc_arena::{Collect, GcWeak, Mutation, RefLock};

use crate::bytecode::ArithOp;
use crate::object::{Table, TableState};
use crate::string::Str;

/// Interned event names, so metamethod lookups compare by pointer.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct MetaNames<'gc> {
    pub index: Str<'gc>,
    pub newindex: Str<'gc>,
    pub call: Str<'gc>,
    pub tostring: Str<'gc>,
    pub name: Str<'gc>,
    pub len: Str<'gc>,
    pub unm: Str<'gc>,
    pub bnot: Str<'gc>,
    pub concat: Str<'gc>,
    pub eq: Str<'gc>,
    pub lt: Str<'gc>,
    pub le: Str<'gc>,
    pub metatable: Str<'gc>,
    pub pairs: Str<'gc>,
    pub mode: Str<'gc>,
    pub close: Str<'gc>,
    pub gc: Str<'gc>,
    pub arith: [Str<'gc>; 12],
}

const ARITH_EVENTS: [ArithOp; 12] = [
    ArithOp::Add,
    ArithOp::Sub,
    ArithOp::Mul,
    ArithOp::Div,
    ArithOp::IDiv,
    ArithOp::Mod,
    ArithOp::Pow,
    ArithOp::BAnd,
    ArithOp::BOr,
    ArithOp::BXor,
    ArithOp::Shl,
    ArithOp::Shr,
];

impl<'gc> MetaNames<'gc> {
    pub fn new(mc: &Mutation<'gc>) -> MetaNames<'gc> {
        let s = |name: &str| Str::new(mc, name.as_bytes());
        MetaNames {
            index: s("__index"),
            newindex: s("__newindex"),
            call: s("__call"),
            tostring: s("__tostring"),
            name: s("__name"),
            len: s("__len"),
            unm: s("__unm"),
            bnot: s("__bnot"),
            concat: s("__concat"),
            eq: s("__eq"),
            lt: s("__lt"),
            le: s("__le"),
            metatable: s("__metatable"),
            pairs: s("__pairs"),
            mode: s("__mode"),
            close: s("__close"),
            gc: s("__gc"),
            arith: ARITH_EVENTS.map(|op| s(op.event())),
        }
    }

    #[inline]
    pub fn arith(&self, op: ArithOp) -> Str<'gc> {
        self.arith[op as usize]
    }
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct RuntimeState<'gc> {
    pub globals: Table<'gc>,
    /// The metatable shared by all strings (`("x"):upper()`).
    pub string_meta: Option<Table<'gc>>,
    pub names: MetaNames<'gc>,
    /// A table for the embedder and libraries (Lua's registry).
    pub registry: Table<'gc>,
    /// Tables with a `__mode`: cleared of dead entries at each collection.
    pub weak_tables: Vec<GcWeak<'gc, RefLock<TableState<'gc>>>>,
    /// Maximum Lua call depth (frames per thread); "stack overflow" beyond.
    #[collect(require_static)]
    pub max_depth: usize,
    /// Interned strings: constants of loaded code, metamethod names and
    /// library names share one object per text, so key comparisons succeed
    /// on the pointer test. Grows with the source loaded (never shrinks).
    pub interned: std::collections::HashMap<Box<[u8]>, Str<'gc>>,
    /// The explain tracer, if one is installed (see trace/). `tracing` is
    /// the flag protocol rules and the VM's fast paths test.
    #[collect(require_static)]
    pub tracer: Option<std::cell::RefCell<Box<dyn crate::trace::Tracer>>>,
    #[collect(require_static)]
    pub tracing: bool,
    /// Seed state of `math.random` (xoshiro256**).
    #[collect(require_static)]
    pub random_state: [u64; 4],
}

impl<'gc> RuntimeState<'gc> {
    pub fn new(mc: &Mutation<'gc>) -> RuntimeState<'gc> {
        let names = MetaNames::new(mc);
        let mut interned = std::collections::HashMap::new();
        for s in [
            names.index,
            names.newindex,
            names.call,
            names.tostring,
            names.name,
            names.len,
            names.unm,
            names.bnot,
            names.concat,
            names.eq,
            names.lt,
            names.le,
            names.metatable,
            names.pairs,
            names.mode,
            names.close,
            names.gc,
        ]
        .into_iter()
        .chain(names.arith)
        {
            interned.insert(Box::<[u8]>::from(s.as_bytes()), s);
        }
        RuntimeState {
            globals: Table::new(mc),
            string_meta: None,
            names,
            registry: Table::new(mc),
            weak_tables: Vec::new(),
            interned,
            tracer: None,
            tracing: false,
            max_depth: 1_000_000,
            random_state: [
                0x9E37_79B9_7F4A_7C15,
                0xBF58_476D_1CE4_E5B9,
                0x94D0_49BB_1331_11EB,
                1,
            ],
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

    /// Report a protocol step to the tracer (the text is built only when
    /// one is installed).
    #[inline]
    pub fn trace(&self, protocol: &'static str, step: impl FnOnce() -> String) {
        if self.tracing {
            if let Some(t) = &self.tracer {
                if let Ok(mut t) = t.try_borrow_mut() {
                    t.event(crate::trace::TraceEvent {
                        protocol,
                        step: step(),
                    });
                }
            }
        }
    }

    /// Remember a table that just got a `__mode`.
    pub fn register_weak(&mut self, t: Table<'gc>) {
        self.weak_tables.push(gc_arena::Gc::downgrade(t.0));
    }
}
