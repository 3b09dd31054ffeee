//! Handles to script values that outlive a call: a [`ScriptValue`] keeps
//! its value alive (it is stored in a table the registry holds, under a
//! number) until the last clone of the handle is dropped. Dropping
//! needs no runtime: the number goes on a queue the runtime empties the
//! next time it is entered (the piccolo "stash" pattern, built on the
//! registry table instead of gc-arena's `DynamicRootSet`, so that the
//! core's root needs no change). A handle stays valid across `step`
//! slices and across collections.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gc_arena::Mutation;
use omx_core::object::Object;
use omx_core::protocol::lua::table::{new_table, raw_get, raw_get_str, raw_set, raw_set_str};
use omx_core::runtime::RuntimeState;
use omx_core::{Lang, Value};

use super::convert::{ConvError, Cx, FromValue, IntoValue};

/// The registry key of the handle table.
const HANDLES_KEY: &[u8] = b"omx.embed.handles";

/// A runtime's handle bookkeeping, shared with its handles.
pub(crate) struct Handles {
    /// Which runtime these handles belong to.
    runtime: u64,
    next: Cell<i64>,
    dropped: RefCell<Vec<i64>>,
}

impl Handles {
    pub(crate) fn new() -> Rc<Handles> {
        static NEXT_RUNTIME: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Rc::new(Handles {
            runtime: NEXT_RUNTIME.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            next: Cell::new(1),
            dropped: RefCell::new(Vec::new()),
        })
    }

    /// The table holding every live handle's value.
    fn table<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) -> Object<'gc> {
        let key = rt.intern(mc, HANDLES_KEY);
        match raw_get_str(rt.registry, key) {
            Value::Object(t) => t,
            _ => {
                let t = new_table(mc, rt.root_shape, 0, 0);
                raw_set_str(mc, rt.registry, key, Value::Object(t));
                t
            }
        }
    }

    /// Forget the values of dropped handles.
    pub(crate) fn release<'gc>(&self, mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
        let dropped = std::mem::take(&mut *self.dropped.borrow_mut());
        if dropped.is_empty() {
            return;
        }
        let t = Handles::table(mc, rt);
        for id in dropped {
            let _ = raw_set(mc, t, Value::Int(id), Value::Nil);
        }
    }

    /// Number of handles alive.
    pub(crate) fn live<'gc>(&self, mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) -> usize {
        let t = Handles::table(mc, rt);
        let mut n = t.with_array(|a| a.iter().filter(|v| !v.is_nothing()).count());
        n += t
            .keyed_entries()
            .iter()
            .filter(|(_, v)| !v.is_nothing())
            .count();
        n
    }
}

struct HandleInner {
    id: i64,
    lang: Lang,
    handles: Rc<Handles>,
}

impl Drop for HandleInner {
    fn drop(&mut self) {
        self.handles.dropped.borrow_mut().push(self.id);
    }
}

/// A script value kept alive by the host: a function to call later, a
/// table to read after more slices ran, an object to pass back in.
/// Cloning shares the handle; the value may be collected once every clone
/// is dropped. It remembers the language it came from (a Lua table read
/// from Lua code).
///
/// ```
/// use omx::{Lang, Runtime, ScriptValue};
/// let mut rt = Runtime::new();
/// let add: ScriptValue = rt.eval(Lang::JavaScript, "(a, b) => a + b").unwrap();
/// rt.collect_garbage();
/// let n: i64 = rt.call(&add, (40, 2)).unwrap();
/// assert_eq!(n, 42);
/// ```
#[derive(Clone)]
pub struct ScriptValue(Rc<HandleInner>);

impl std::fmt::Debug for ScriptValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ScriptValue({} #{})", self.0.lang.name(), self.0.id)
    }
}

impl ScriptValue {
    /// The language the value came from.
    ///
    /// ```
    /// use omx::{Lang, Runtime, ScriptValue};
    /// let mut rt = Runtime::new();
    /// let v: ScriptValue = rt.eval(Lang::Perl, "[1, 2]").unwrap();
    /// assert_eq!(v.lang(), Lang::Perl);
    /// ```
    pub fn lang(&self) -> Lang {
        self.0.lang
    }

    /// The value, when this handle belongs to `handles`' runtime.
    pub(crate) fn get<'gc>(
        &self,
        mc: &Mutation<'gc>,
        rt: &mut RuntimeState<'gc>,
        handles: &Handles,
    ) -> Option<Value<'gc>> {
        if self.0.handles.runtime != handles.runtime {
            return None;
        }
        Some(raw_get(Handles::table(mc, rt), Value::Int(self.0.id)))
    }
}

impl ScriptValue {
    /// A new handle keeping `v` alive.
    pub(crate) fn new<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> ScriptValue {
        let id = cx.handles.next.get();
        cx.handles.next.set(id + 1);
        let t = Handles::table(cx.mc, cx.rt);
        // `nil` is no entry: the handle reads back as nil all the same.
        let _ = raw_set(cx.mc, t, Value::Int(id), v);
        let handles = cx.handles.clone();
        ScriptValue(Rc::new(HandleInner {
            id,
            lang: cx.lang,
            handles,
        }))
    }
}

impl FromValue for ScriptValue {
    fn from_value<'gc>(v: Value<'gc>, cx: &mut Cx<'gc, '_>) -> Result<Self, ConvError> {
        Ok(ScriptValue::new(v, cx))
    }
}

/// A handle of another runtime converts to `nil` and marks the
/// conversion failed: the operation using it ([`crate::Runtime::set_global`],
/// [`crate::Runtime::call`], a host function's result...) reports an error.
impl IntoValue for &ScriptValue {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        self.get(cx.mc, cx.rt, cx.handles).unwrap_or_else(|| {
            cx.foreign = true;
            Value::Nil
        })
    }
}

impl IntoValue for ScriptValue {
    fn into_value<'gc>(self, cx: &mut Cx<'gc, '_>) -> Value<'gc> {
        (&self).into_value(cx)
    }
}
