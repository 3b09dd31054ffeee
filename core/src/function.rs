//! Function prototypes, Lua-style closures and native functions.

use std::fmt;
use std::rc::Rc;

use gc_arena::{Collect, Gc, Lock, Mutation};

use crate::bytecode::{Instr, Reg};
use crate::cache::FieldCache;
use crate::model::LangOps;
use crate::native::NativeFn;
use crate::value::Value;
use crate::Lang;

/// Where a closure's upvalue comes from when the closure is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpvalueSource {
    /// The cell in the enclosing function's register.
    ParentCell(Reg),
    /// The enclosing function's own upvalue.
    ParentUpvalue(u8),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpvalueDesc {
    pub name: Rc<str>,
    pub source: UpvalueSource,
}

/// A local variable's register and live range, for error messages and the
/// disassembler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalDebug {
    pub name: Rc<str>,
    pub reg: Reg,
    pub start_pc: u32,
    pub end_pc: u32,
    /// True when the register holds a cell (a captured local).
    pub is_cell: bool,
}

/// Debug and shape facts of a prototype: plain data, no GC pointers.
#[derive(Debug, Clone)]
pub struct ProtoInfo {
    pub name: Rc<str>,
    pub chunk_name: Rc<str>,
    pub lang: Lang,
    pub num_params: u8,
    pub is_vararg: bool,
    pub max_stack: u8,
    pub line_defined: u32,
    pub last_line: u32,
    pub code: Box<[Instr]>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    pub upvalues: Box<[UpvalueDesc]>,
    pub locals: Box<[LocalDebug]>,
    /// Number of inline caches the code uses.
    pub num_caches: u16,
    /// What the parameters accept beyond plain positional ones (`None`:
    /// `num_params` positional parameters, extra arguments dropped or
    /// kept as varargs, missing ones `nil`).
    pub sig: Option<Box<CallSig>>,
    /// A call makes a generator instead of running the body.
    pub is_generator: bool,
    /// Exception handlers, innermost first.
    pub handlers: Box<[Handler]>,
    /// `sig.is_some() || is_generator`, for the call path's one test.
    pub complex: bool,
}

impl ProtoInfo {
    /// A call cannot take the plain path: parameters beyond positional
    /// ones, or a generator.
    #[inline(always)]
    pub fn is_complex(&self) -> bool {
        self.complex
    }

    /// Does a call with `nargs` positional arguments and no keywords bind
    /// them to the first registers as they are, so that the plain call
    /// path applies? Always for a simple function; for one with a
    /// signature (Python's, which checks arity) when the arguments fill
    /// exactly its positional parameters and nothing else is bound.
    #[inline(always)]
    pub fn binds_plainly(&self, nargs: usize) -> bool {
        if !self.complex {
            return true;
        }
        !self.is_generator
            && !self.is_vararg
            && self.sig.as_deref().is_some_and(|s| {
                s.positional as usize == nargs && !s.this && s.kwonly == 0 && !s.rest && !s.kwrest
            })
    }
}

/// A function's parameters beyond plain positional ones. Registers from 0:
/// `this` (when `this`), the positional parameters, the keyword-only
/// ones, the `*args` list (when `rest`), the `**kwargs` object (when
/// `kwrest`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallSig {
    pub this: bool,
    pub positional: u8,
    /// Trailing positional parameters with a default value (on the
    /// closure).
    pub defaults: u8,
    pub kwonly: u8,
    /// Which keyword-only parameters must be given.
    pub kwonly_required: Box<[bool]>,
    pub rest: bool,
    pub kwrest: bool,
    /// Names of the positional then keyword-only parameters (keywords
    /// bind by them).
    pub names: Box<[Rc<str>]>,
}

/// An exception handler: an error raised by an instruction in
/// `start..end` continues at `target` with the error in register `reg`.
/// A `finally` handler also catches a generator's return request (which
/// unwinds to run `finally` blocks); a catch handler lets it pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub reg: Reg,
    pub finally: bool,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct Proto<'gc> {
    #[collect(require_static)]
    pub info: ProtoInfo,
    /// The operator table of the function's language (`info.lang`).
    #[collect(require_static)]
    pub ops: &'static LangOps,
    pub constants: Box<[Value<'gc>]>,
    pub protos: Box<[Gc<'gc, Proto<'gc>>]>,
    /// The inline caches of the field instructions (`ic` operands).
    pub caches: Box<[Lock<FieldCache<'gc>>]>,
}

impl Proto<'_> {
    pub fn line_at(&self, pc: usize) -> u32 {
        self.info
            .lines
            .get(pc)
            .copied()
            .unwrap_or(self.info.line_defined)
    }
}

pub type UpvalueCell<'gc> = Gc<'gc, Lock<Value<'gc>>>;

/// A closure's upvalue slot: the cell of the variable it shares. A `Lock`
/// so that `debug.upvaluejoin` can point it at another closure's cell
/// (`Closure::join_upvalue`); reading it is a plain load.
pub type UpvalueSlot<'gc> = Lock<UpvalueCell<'gc>>;

#[derive(Collect)]
#[collect(no_drop)]
pub struct ClosureData<'gc> {
    pub proto: Gc<'gc, Proto<'gc>>,
    pub upvalues: Box<[UpvalueSlot<'gc>]>,
    /// Default values of the trailing positional parameters, then of the
    /// keyword-only ones (see `CallSig`).
    pub defaults: Box<[Value<'gc>]>,
}

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Closure<'gc>(pub Gc<'gc, ClosureData<'gc>>);

impl<'gc> Closure<'gc> {
    pub fn new(
        mc: &Mutation<'gc>,
        proto: Gc<'gc, Proto<'gc>>,
        upvalues: Box<[UpvalueSlot<'gc>]>,
    ) -> Closure<'gc> {
        Closure(Gc::new(
            mc,
            ClosureData {
                proto,
                upvalues,
                defaults: Box::new([]),
            },
        ))
    }

    /// A closure with default parameter values.
    pub fn with_defaults(
        mc: &Mutation<'gc>,
        proto: Gc<'gc, Proto<'gc>>,
        upvalues: Box<[UpvalueSlot<'gc>]>,
        defaults: Box<[Value<'gc>]>,
    ) -> Closure<'gc> {
        Closure(Gc::new(
            mc,
            ClosureData {
                proto,
                upvalues,
                defaults,
            },
        ))
    }

    pub fn proto(self) -> Gc<'gc, Proto<'gc>> {
        self.0.proto
    }

    /// The cell upvalue `i` refers to.
    pub fn upvalue(self, i: usize) -> Option<UpvalueCell<'gc>> {
        self.0.upvalues.get(i).map(|slot| slot.get())
    }

    /// Make upvalue `i` refer to `cell` (Lua's `debug.upvaluejoin`).
    /// Returns false when there is no upvalue `i`.
    pub fn join_upvalue(self, mc: &Mutation<'gc>, i: usize, cell: UpvalueCell<'gc>) -> bool {
        if i >= self.0.upvalues.len() {
            return false;
        }
        // SAFETY: `Gc::write` has applied the write barrier to the closure
        // that owns the slot, which is what `Lock::unlock` would do.
        let data = Gc::write(mc, self.0);
        unsafe { data.upvalues[i].as_cell().set(cell) };
        true
    }
}

impl fmt::Debug for Closure<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "function: {:p}", Gc::as_ptr(self.0))
    }
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct NativeData<'gc> {
    #[collect(require_static)]
    pub name: &'static str,
    #[collect(require_static)]
    pub func: NativeFn,
    /// Values bound to this function (e.g. the thread of `coroutine.wrap`).
    pub bound: Box<[Value<'gc>]>,
    /// The native's calling convention for the calls it asks the executor
    /// to make (`Outcome::Call`, `Outcome::TailCall`): `true` when it
    /// passes `this` first, as JavaScript's natives do; see vm/receiver.rs.
    pub this_first: bool,
    /// The native belongs to a language whose functions take no `this`
    /// (Lua's and Python's library functions): called from code that
    /// passes `this` first (JavaScript), the executor drops it, as for a
    /// compiled function of such a language (vm/receiver.rs). Natives
    /// neither `plain` nor `this_first` (host functions) read their
    /// arguments as their caller passes them.
    pub plain: bool,
    /// The native is its language's `new` (`construct(this, f,
    /// newTarget, ...args)`): the VM may run an ordinary constructor
    /// itself instead (`LangOps::construct`).
    pub constructs: bool,
}

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct NativeFunction<'gc>(pub Gc<'gc, NativeData<'gc>>);

impl<'gc> NativeFunction<'gc> {
    pub fn new(mc: &Mutation<'gc>, name: &'static str, func: NativeFn) -> NativeFunction<'gc> {
        Self::make(mc, name, func, Vec::new(), false)
    }

    /// A library function of a language whose functions take no `this`
    /// (Lua, Python): see [`NativeData::plain`].
    pub fn plain(mc: &Mutation<'gc>, name: &'static str, func: NativeFn) -> NativeFunction<'gc> {
        NativeFunction(Gc::new(
            mc,
            NativeData {
                name,
                func,
                bound: Box::new([]),
                this_first: false,
                plain: true,
                constructs: false,
            },
        ))
    }

    pub fn with_bound(
        mc: &Mutation<'gc>,
        name: &'static str,
        func: NativeFn,
        bound: Vec<Value<'gc>>,
    ) -> NativeFunction<'gc> {
        Self::make(mc, name, func, bound, false)
    }

    /// A native of a language whose functions take `this` first
    /// (JavaScript): the calls it asks for pass `this` first too, and the
    /// executor adapts them to a callee of another convention.
    pub fn this_first(
        mc: &Mutation<'gc>,
        name: &'static str,
        func: NativeFn,
    ) -> NativeFunction<'gc> {
        Self::make(mc, name, func, Vec::new(), true)
    }

    /// A language's `new` rule as a native taking `this` first (see
    /// [`NativeData::constructs`]).
    pub fn constructor_rule(
        mc: &Mutation<'gc>,
        name: &'static str,
        func: NativeFn,
    ) -> NativeFunction<'gc> {
        NativeFunction(Gc::new(
            mc,
            NativeData {
                name,
                func,
                bound: Box::new([]),
                this_first: true,
                plain: false,
                constructs: true,
            },
        ))
    }

    fn make(
        mc: &Mutation<'gc>,
        name: &'static str,
        func: NativeFn,
        bound: Vec<Value<'gc>>,
        this_first: bool,
    ) -> NativeFunction<'gc> {
        NativeFunction(Gc::new(
            mc,
            NativeData {
                name,
                func,
                bound: bound.into_boxed_slice(),
                this_first,
                plain: false,
                constructs: false,
            },
        ))
    }

    pub fn name(self) -> &'static str {
        self.0.name
    }
}

impl fmt::Debug for NativeFunction<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "builtin: {}", self.0.name)
    }
}
