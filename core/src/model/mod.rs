//! Dispatch: the two tables of plain functions through which the VM reaches
//! every language rule (DESIGN.md invariants 2 and 4).
//!
//! - An [`ObjectModel`] governs one kind of object (a Lua table, a Python
//!   instance, a JavaScript ordinary object, a Proxy, a Perl blessed
//!   hash...). Every object points to its model; the VM asks the model to
//!   get, set, call, or apply an operator hook.
//! - A [`LangOps`] is the operator table of one language: truthiness,
//!   arithmetic, comparison, concatenation, what a missing key means, how
//!   an error is worded. The running frame's language picks it.
//!
//! The VM imports no `protocol::<lang>`: it holds `&'static` pointers to
//! these tables, filled in by each language's protocol module.

pub mod iter;
pub mod list;
mod plan;
pub mod signal;
mod step;

pub use plan::{GetPlan, SetPlan};
pub use step::{Args, ArityError, CallRequest, OpError, Step};

use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use gc_arena::Mutation;

use crate::native::Ctx;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::thread::{Thread, ThreadState};
use crate::value::Value;
use crate::Lang;

/// How a key is being accessed. Python tells `obj.x` from `obj["x"]`;
/// Lua and JavaScript do not; a method load may avoid making a bound
/// method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// `obj.name`
    Attr,
    /// `obj[key]`
    Item,
    /// `obj.name(...)`: the value will be called with `obj` as receiver.
    Method,
}

pub type GetFn = for<'gc> fn(&mut Ctx<'gc, '_>, Object<'gc>, Value<'gc>, Access) -> Step<'gc>;
pub type SetFn =
    for<'gc> fn(&mut Ctx<'gc, '_>, Object<'gc>, Value<'gc>, Value<'gc>, Access) -> Step<'gc>;
pub type KeyFn = for<'gc> fn(&mut Ctx<'gc, '_>, Object<'gc>, Value<'gc>) -> Step<'gc>;
pub type ObjFn = for<'gc> fn(&mut Ctx<'gc, '_>, Object<'gc>) -> Step<'gc>;
pub type CallFn = for<'gc> fn(&mut Ctx<'gc, '_>, Object<'gc>, &[Value<'gc>]) -> Step<'gc>;
pub type UnaryFn = for<'gc> fn(&mut Ctx<'gc, '_>, UnaryOp, Object<'gc>) -> Step<'gc>;
/// An operator hook of one operand: `left` tells whether the object whose
/// model is asked is the left operand.
pub type BinaryFn =
    for<'gc> fn(&mut Ctx<'gc, '_>, BinOp, Value<'gc>, Value<'gc>, bool) -> Step<'gc>;
pub type CompareFn =
    for<'gc> fn(&mut Ctx<'gc, '_>, CompareOp, Value<'gc>, Value<'gc>, bool) -> Step<'gc>;
/// A language's rule for `a op b` (`LangOps::inplace`).
pub type BinaryRuleFn = for<'gc> fn(&mut Ctx<'gc, '_>, BinOp, Value<'gc>, Value<'gc>) -> Step<'gc>;
pub type DescribeFn = for<'gc> fn(&RuntimeState<'gc>, Object<'gc>) -> String;
/// The value a call of the object forwards to (see [`ObjectModel::forward`]).
pub type ForwardFn = for<'gc> fn(Object<'gc>) -> Option<Value<'gc>>;
/// Make a cacheable plan of `obj.key` (see `plan.rs`).
pub type PlanGetFn = for<'gc> fn(&RuntimeState<'gc>, Object<'gc>, Str<'gc>) -> Option<GetPlan<'gc>>;
/// Make a cacheable plan of `obj.key = value`.
pub type PlanSetFn =
    for<'gc> fn(&Mutation<'gc>, &RuntimeState<'gc>, Object<'gc>, Str<'gc>) -> Option<SetPlan<'gc>>;

/// The rules of one kind of object: a table of plain functions, one static
/// per kind (as Boa's internal-method tables).
pub struct ObjectModel {
    /// What the explainer calls this kind ("Lua table").
    pub name: &'static str,
    /// The language whose rules these are (`None` for the core's own).
    pub lang: Option<Lang>,
    /// When `Some(base)`: array elements answer in-range integer item gets
    /// and sets directly, key `k` being element `k - base` (Lua 1, Python
    /// and JavaScript 0), and a present element wins over every other rule
    /// of the model. The VM uses this for its fast paths; `None` sends every
    /// access through `get` and `set` (Proxy, objects with item hooks).
    pub array_base: Option<i64>,
    /// `obj[key]` / `obj.key`: `Absent` when nothing is found.
    pub get: GetFn,
    /// `obj[key] = value`: `Done(_)` when stored.
    pub set: SetFn,
    /// `delete obj[key]`: `Done(Bool(deleted))`.
    pub delete: GetFn,
    /// `key in obj`: `Done(Bool)`.
    pub has: KeyFn,
    /// The own keys, in the language's order: `Done(list object)`.
    pub own_keys: ObjFn,
    /// `obj(args)`: the results of the call.
    pub call: CallFn,
    /// When calling the object is exactly calling another value with the
    /// same arguments (a function object's code), that value: the VM's
    /// call instruction then calls it directly, without the `call` rule's
    /// argument vectors. `None` (or `None` returned): through `call`.
    pub forward: Option<ForwardFn>,
    /// `new obj(args)`.
    pub construct: CallFn,
    /// A unary operator hook (`-obj`, `#obj`, `~obj`); `Absent`: none.
    pub unary: UnaryFn,
    /// A binary operator hook; `Absent`: none.
    pub binary: BinaryFn,
    /// A comparison hook (`==`, `<`, `<=`); `Absent`: none.
    pub compare: CompareFn,
    /// The object's own string conversion; `Absent`: the language's
    /// default form.
    pub to_string: ObjFn,
    /// An iterator over the object; `Absent`: not iterable.
    pub iterate: ObjFn,
    /// The next value of an iterator object; `Absent`: exhausted.
    pub next: ObjFn,
    /// A one-line description for the explainer.
    pub describe: DescribeFn,
    /// Cacheable plans of attribute gets and sets, when the model has them.
    pub plan_get: Option<PlanGetFn>,
    pub plan_set: Option<PlanSetFn>,
}

/// How the VM names an operand in an error message (from debug info).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VarName {
    pub kind: VarKind,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarKind {
    Local,
    Global,
    Field,
    Upvalue,
    Method,
    Constant,
    /// The function an instruction calls for an event (Lua's
    /// "metamethod 'close'").
    Metamethod,
}

/// Where an operation failed: in compiled code (at the running
/// instruction) or inside a builtin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorSite {
    Instruction,
    Builtin,
}

/// See [`LangOps::plan_method`].
pub type PlanMethodFn = for<'gc> fn(
    &Mutation<'gc>,
    &mut RuntimeState<'gc>,
    Object<'gc>,
    Str<'gc>,
) -> Option<Value<'gc>>;

/// The operator table of one language: what the running frame's language
/// makes of an operation (DESIGN.md invariant 4). The VM's fast paths
/// (two integers, two floats, a cached property) are the same for every
/// language; everything else lands here.
pub struct LangOps {
    pub lang: Lang,
    /// The language's calling convention passes a receiver first: its
    /// functions take `this` as parameter 0 and its call sites supply it
    /// (`undefined` in a plain call) — JavaScript. A call between a
    /// language that does and one that does not is adapted by the VM at
    /// the call site (`vm/receiver.rs`).
    pub passes_this: bool,
    /// Truthiness of a value other than `nil`/`false`/`true`:
    /// `Done(Bool)`, or a call (Python's `__bool__`).
    pub truthy: for<'gc> fn(&mut Ctx<'gc, '_>, Value<'gc>) -> Step<'gc>,
    /// When true, every value but `nil` and `false` is true, and the VM
    /// never calls `truthy`.
    pub simple_truthiness: bool,
    /// When true, values of different kinds are never equal and identical
    /// values always are, so `==` asks the language only about two
    /// distinct objects (Lua).
    pub raw_equality: bool,
    /// When true, a missing key reads as `nil` (Lua `nil`, JavaScript
    /// `undefined`, Perl `undef`), so a cached "absent" needs no call.
    pub missing_is_nil: bool,
    /// When true, a field access (`GetField`/`SetField`) in this
    /// language's code is an element of the language's own hash (Perl's
    /// `$r->{key}`): only the language's own objects are planned and
    /// cached there, and any other value goes to `get`/`set` (which index
    /// another language's object as an item, not an attribute).
    pub fields_are_elements: bool,
    /// When true, `Len` of a string is its length in bytes and no hook is
    /// asked (Lua's `#s`, §3.4.7).
    pub string_len_is_bytes: bool,
    /// `obj[key]` for any value (primitives included), with the
    /// language's meaning of a missing key; never `Absent`.
    pub get: for<'gc> fn(&mut Ctx<'gc, '_>, Value<'gc>, Value<'gc>, Access) -> Step<'gc>,
    /// `obj[key] = value` for any value.
    pub set:
        for<'gc> fn(&mut Ctx<'gc, '_>, Value<'gc>, Value<'gc>, Value<'gc>, Access) -> Step<'gc>,
    /// A binary operator after the VM's numeric fast path declined.
    pub binary: for<'gc> fn(&mut Ctx<'gc, '_>, BinOp, Value<'gc>, Value<'gc>) -> Step<'gc>,
    /// An augmented assignment's operator (`InplaceArith`) after the VM's
    /// numeric fast path declined (Python's `__iadd__` before `__add__`);
    /// `None`: the same as `binary`.
    pub inplace: Option<BinaryRuleFn>,
    /// What a plain value contributes to a concatenation (Lua: the text
    /// of a string or number), appended to the buffer when one is given;
    /// false (and nothing appended) when the language's `binary` rule must
    /// decide (a metamethod, an overload, an error). A chain `a .. b .. c`
    /// of such values becomes one string in one step.
    pub concat_text: for<'gc> fn(Value<'gc>, Option<&mut Vec<u8>>) -> bool,
    /// A unary operator after the fast path declined.
    pub unary: for<'gc> fn(&mut Ctx<'gc, '_>, UnaryOp, Value<'gc>) -> Step<'gc>,
    /// A comparison after the fast path declined: `Done(value)`.
    pub compare: for<'gc> fn(&mut Ctx<'gc, '_>, CompareOp, Value<'gc>, Value<'gc>) -> Step<'gc>,
    /// Calling a value that is neither a function nor an object.
    pub call: for<'gc> fn(&mut Ctx<'gc, '_>, Value<'gc>) -> Step<'gc>,
    /// `delete obj[key]` for any value: `Done(Bool(removed))`.
    pub delete: for<'gc> fn(&mut Ctx<'gc, '_>, Value<'gc>, Value<'gc>, Access) -> Step<'gc>,
    /// An iterator over a value (the iterator protocol's first step).
    pub get_iter: for<'gc> fn(&mut Ctx<'gc, '_>, Value<'gc>) -> Step<'gc>,
    /// A call of one of this language's functions with too many or too few
    /// arguments is an error (Python); otherwise extra arguments are
    /// dropped and missing ones are `nil` (Lua, JavaScript).
    pub strict_arity: bool,
    /// The language's list holding these values (`*args`, `@_`).
    pub new_list: for<'gc> fn(&mut Ctx<'gc, '_>, &[Value<'gc>]) -> Value<'gc>,
    /// The language's dict holding these keyword arguments (`**kwargs`).
    pub new_kwargs: for<'gc> fn(&mut Ctx<'gc, '_>, &[(Str<'gc>, Value<'gc>)]) -> Value<'gc>,
    /// What a call of one of this language's generator functions returns:
    /// the language's generator object around `thread` (Lua: the thread).
    pub make_generator: for<'gc> fn(&mut Ctx<'gc, '_>, Thread<'gc>) -> Value<'gc>,
    /// A cacheable plan of `s.key` on a string `s` (its methods), holding
    /// for every string while the prototype epoch is unchanged.
    pub plan_string_get: Option<for<'gc> fn(&RuntimeState<'gc>, Str<'gc>) -> Option<GetPlan<'gc>>>,
    /// The language's own method lookup for a method load (`LoadMethod`/
    /// `GetMethod`) on an object: the method when it is found for the
    /// object's meta object, cacheable at the site for the object's shape
    /// and meta while the prototype epoch holds (Perl: the sub the MRO of
    /// the invocant's stash finds). With this set, a method load of this
    /// language never uses field plans or the megamorphic cache: a miss
    /// goes to `get` with `Access::Method`, whose answer (`Step::Method`)
    /// explains itself when called, so the load is not traced as a step.
    pub plan_method: Option<PlanMethodFn>,
    /// The language's string conversion (`tostring`, `str`, `String`).
    pub tostring: for<'gc> fn(&mut Ctx<'gc, '_>, Value<'gc>) -> Step<'gc>,
    /// Store a constructor's positional items at keys `first, first+1, ...`
    /// of a table made by `new_table`.
    pub set_list: for<'gc> fn(&mut Ctx<'gc, '_>, Value<'gc>, i64, &[Value<'gc>]) -> Step<'gc>,
    /// The function that closes a to-be-closed variable holding this value
    /// (Lua's `__close`), called with the value and the error (or nil);
    /// `None` when the value cannot be closed.
    pub close_handler: for<'gc> fn(&RuntimeState<'gc>, Value<'gc>) -> Option<Value<'gc>>,
    /// A new "table" of the language (`{}`): Lua table, Python dict, JS
    /// object; with room for `array` elements and `keys` keys.
    pub new_table: for<'gc> fn(&mut Ctx<'gc, '_>, usize, usize) -> Value<'gc>,
    /// The value thrown for an operation's error, worded in the language
    /// (`names` are the operands' names from debug info).
    pub error_value:
        for<'gc> fn(&mut Ctx<'gc, '_>, OpError<'gc>, [Option<VarName>; 2], ErrorSite) -> Value<'gc>,
    /// The value thrown for a builtin's error message.
    pub native_error: for<'gc> fn(&mut Ctx<'gc, '_>, String) -> Value<'gc>,
    /// How an uncaught error prints (its first line).
    pub error_text: for<'gc> fn(&RuntimeState<'gc>, Value<'gc>) -> String,
    /// The traceback printed after an uncaught error.
    pub traceback: for<'gc> fn(&ThreadState<'gc>) -> String,
    /// `new f(...)` run by the VM itself for ordinary constructors (see
    /// [`PlainConstruct`]); `None`: always through the language's own rule.
    pub construct: Option<PlainConstruct>,
}

/// The VM's path for `new f(args)` when `f` is an ordinary constructor:
/// the language's construct native (a native made with
/// `NativeFunction::constructor_rule`, called as `(this, f, newTarget,
/// ...args)`) is skipped, the constructor's code is called with the new
/// object as `this`, and its result replaces the new object when
/// `result_wins` says so (JavaScript: ECMA-262 §10.2.2 [[Construct]]).
#[derive(Clone, Copy)]
pub struct PlainConstruct {
    /// Given `f` (also the new target): its compiled code and a new object
    /// made for it, or `None` when `f` needs the general rule (bound,
    /// derived, Proxy, native, not a constructor...).
    pub plan: for<'gc> fn(
        &Mutation<'gc>,
        &mut RuntimeState<'gc>,
        Value<'gc>,
    ) -> Option<(crate::function::Closure<'gc>, Value<'gc>)>,
    /// Whether the constructor's result is returned instead of the new
    /// object (§10.2.2 step 10: it is an Object).
    pub result_wins: for<'gc> fn(Value<'gc>) -> bool,
}
