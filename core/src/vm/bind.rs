//! Binding a call's arguments to a function's parameters beyond the plain
//! positional case (`CallSig`): a receiver as `this`, keyword arguments by
//! name, default values, `*args` and `**kwargs`, the callee language's
//! arity rule; and calls of generator functions, which bind now and run
//! later.

use super::{Flow, Interrupt, Vm};
use crate::function::Closure;
use crate::model::{ArityError, OpError};
use crate::object::Object;
use crate::string::Str;
use crate::thread::{Frame, LuaFrame, ReturnTo, Thread, ThreadState};
use crate::value::Value;

/// How a call passes its arguments (beyond the positional count).
#[derive(Clone, Copy)]
pub(crate) struct Shape<'gc> {
    /// The first positional argument is the receiver of a method call.
    pub receiver: bool,
    /// Keyword arguments: their count, after the positional ones, and the
    /// list of their names.
    pub nkw: usize,
    pub names: Option<Object<'gc>>,
}

impl<'gc> Shape<'gc> {
    /// Positional arguments only.
    pub fn plain() -> Shape<'gc> {
        Shape {
            receiver: false,
            nkw: 0,
            names: None,
        }
    }
}

impl<'gc> Vm<'gc, '_> {
    /// Call closure `c` in `slot` with `npos` positional arguments (then
    /// `shape.nkw` keyword values) above it: bind them, then push its
    /// frame, or make a generator.
    pub(crate) fn push_bound(
        &mut self,
        ts: &mut ThreadState<'gc>,
        c: Closure<'gc>,
        slot: usize,
        npos: usize,
        shape: Shape<'gc>,
        ret: ReturnTo,
    ) -> Flow<'gc> {
        if ts.frames.len() >= self.rt.max_depth {
            self.overflow(ts, ts.frames.len(), 0)?;
        }
        let args: Vec<Value<'gc>> = ts.stack[slot + 1..slot + 1 + npos + shape.nkw].to_vec();
        let (params, varargs) = self.bind(ts, c, &args, npos, shape)?;
        let info = &c.0.proto.info;
        if info.is_generator {
            let thread = Thread::generator(self.mc, Value::Closure(c), &varargs, &params);
            let ops = c.0.proto.ops;
            let Some(running) = self.running else {
                return Err(Interrupt::Op(OpError::Message(
                    "internal: no running thread".into(),
                )));
            };
            let g = {
                let mut ctx = self.ctx(ts, running, None);
                (ops.make_generator)(&mut ctx, thread)
            };
            return self.deliver(ts, &[g], ret);
        }
        // The extra arguments stay right after the function; the
        // parameters go above them.
        let base = slot + 1 + varargs.len();
        let needed = base + info.max_stack.max(params.len() as u8) as usize + 16;
        if needed > super::call::MAX_STACK {
            self.overflow(ts, 0, needed)?;
        }
        super::call::ensure(&mut ts.stack, needed);
        ts.stack[slot + 1..slot + 1 + varargs.len()].copy_from_slice(&varargs);
        ts.stack[base..base + params.len()].copy_from_slice(&params);
        ts.frames.push(Frame::Lua(LuaFrame {
            closure: c,
            pc: 0,
            base: base as u32,
            varargs: (slot + 1) as u32,
            nvarargs: varargs.len() as u32,
            ret,
        }));
        Ok(())
    }

    /// The parameter registers of `c` for these arguments, and the extra
    /// arguments kept as varargs.
    #[allow(clippy::type_complexity)]
    fn bind(
        &mut self,
        ts: &ThreadState<'gc>,
        c: Closure<'gc>,
        args: &[Value<'gc>],
        npos: usize,
        shape: Shape<'gc>,
    ) -> Result<(Vec<Value<'gc>>, Vec<Value<'gc>>), Interrupt<'gc>> {
        let proto = &c.0.proto;
        let info = &proto.info;
        let ops = proto.ops;
        let fname = || info.name.to_string();
        let arity = |e: ArityError| Interrupt::Op(OpError::Arity(e));
        let (pos, kwvals) = args.split_at(npos);
        let names: Vec<Str<'gc>> = match shape.names {
            Some(list) => (0..shape.nkw)
                .map(|i| match list.array_get(i) {
                    Value::Str(s) => Ok(s),
                    _ => Err(Interrupt::Op(OpError::Message(
                        "internal: a keyword name is not a string".into(),
                    ))),
                })
                .collect::<Result<_, _>>()?,
            None => Vec::new(),
        };
        let Some(sig) = info.sig.as_deref() else {
            // Plain positional parameters (a generator function).
            if !names.is_empty() {
                return Err(arity(ArityError::NoKeywords { func: fname() }));
            }
            let np = info.num_params as usize;
            let mut params: Vec<Value<'gc>> = pos.iter().copied().take(np).collect();
            params.resize(np, Value::Nil);
            let extra = if info.is_vararg && pos.len() > np {
                pos[np..].to_vec()
            } else {
                Vec::new()
            };
            return Ok((params, extra));
        };
        let this = sig.this as usize;
        let npositional = sig.positional as usize;
        let nkwonly = sig.kwonly as usize;
        let nregs = this + npositional + nkwonly + sig.rest as usize + sig.kwrest as usize;
        let mut params = vec![Value::Empty; nregs];
        let mut pos = pos;
        // 1. `this`: the receiver, or `undefined` for a plain call.
        if sig.this {
            params[0] = match (shape.receiver, pos.split_first()) {
                (true, Some((recv, rest))) => {
                    pos = rest;
                    *recv
                }
                _ => Value::Nil,
            };
        }
        // 2. positional arguments; the surplus to `*args`, the varargs, or
        //    an error for a strict language.
        let used = pos.len().min(npositional);
        params[this..this + used].copy_from_slice(&pos[..used]);
        let surplus = &pos[used..];
        let mut varargs = Vec::new();
        let mut rest = Vec::new();
        if !surplus.is_empty() {
            if sig.rest {
                rest.extend_from_slice(surplus);
            } else if info.is_vararg {
                varargs.extend_from_slice(surplus);
            } else if ops.strict_arity {
                return Err(arity(ArityError::TooMany {
                    func: fname(),
                    max: npositional,
                    given: pos.len(),
                }));
            }
        }
        // 3. keyword arguments, by name.
        let mut kwrest = Vec::new();
        for (name, v) in names.iter().zip(kwvals) {
            let found = sig
                .names
                .iter()
                .position(|n| n.as_bytes() == name.as_bytes());
            match found {
                Some(i) => {
                    let r = this + i;
                    if !params[r].is_empty() {
                        return Err(arity(ArityError::Multiple {
                            func: fname(),
                            name: name.to_str_lossy().into_owned(),
                        }));
                    }
                    params[r] = *v;
                }
                None if sig.kwrest => kwrest.push((*name, *v)),
                None => {
                    return Err(arity(ArityError::UnexpectedKeyword {
                        func: fname(),
                        name: name.to_str_lossy().into_owned(),
                    }))
                }
            }
        }
        // 4. defaults for what is still missing.
        let first_default = npositional - sig.defaults as usize;
        let mut missing = Vec::new();
        for i in 0..npositional {
            if !params[this + i].is_empty() {
                continue;
            }
            if i >= first_default {
                params[this + i] =
                    c.0.defaults
                        .get(i - first_default)
                        .copied()
                        .unwrap_or_default();
            } else if ops.strict_arity {
                missing.push(sig.names[i].to_string());
            } else {
                params[this + i] = Value::Nil;
            }
        }
        if !missing.is_empty() {
            return Err(arity(ArityError::Missing {
                func: fname(),
                names: missing,
            }));
        }
        let mut missing_kw = Vec::new();
        for j in 0..nkwonly {
            let r = this + npositional + j;
            if !params[r].is_empty() {
                continue;
            }
            if sig.kwonly_required.get(j).copied().unwrap_or(true) {
                missing_kw.push(sig.names[npositional + j].to_string());
            } else {
                params[r] =
                    c.0.defaults
                        .get(sig.defaults as usize + j)
                        .copied()
                        .unwrap_or_default();
            }
        }
        if !missing_kw.is_empty() {
            return Err(arity(ArityError::MissingKeyword {
                func: fname(),
                names: missing_kw,
            }));
        }
        // 5. `*args` and `**kwargs` as the language's list and dict.
        let running = self.running;
        let mut at = this + npositional + nkwonly;
        if let Some(thread) = running {
            let mut ctx = self.ctx(ts, thread, None);
            if sig.rest {
                params[at] = (ops.new_list)(&mut ctx, &rest);
                at += 1;
            }
            if sig.kwrest {
                params[at] = (ops.new_kwargs)(&mut ctx, &kwrest);
            }
        }
        for p in params.iter_mut() {
            if p.is_empty() {
                *p = Value::Nil;
            }
        }
        Ok((params, varargs))
    }
}
