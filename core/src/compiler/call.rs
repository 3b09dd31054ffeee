//! Calls: positional (`Call`), with keyword arguments (`CallKw`), with
//! spread arguments (`CallEx`), and the three ways to load a callee: a
//! value, a method passed its receiver (`GetMethod`), a method maybe bound
//! (`LoadMethod`).

use super::state::{CResult, Constant, FuncState};
use crate::bytecode::{Instr, Reg, MULTI};
use crate::ir::{Arg, Callee, Expr, ExprKind, MethodLoad, TableItem};

impl FuncState<'_> {
    /// Compile a call whose function goes in `base` (the top register).
    pub fn call(&mut self, e: &Expr, base: Reg, nresults: u8) -> CResult<()> {
        let line = e.line;
        let (nargs, receiver) = match &e.kind {
            ExprKind::Call { func, args } => {
                self.free_reg = base;
                self.alloc(1)?;
                self.expr_to_reg(func, base)?;
                (self.explist(args, base + 1, None)?, false)
            }
            ExprKind::MethodCall { obj, name, args } => {
                self.method_load(obj, name, MethodLoad::Receiver, base, line)?;
                (self.explist(args, base + 2, None)?.map(|n| n + 1), true)
            }
            ExprKind::Invoke { callee, args } => {
                return self.invoke(callee, args, base, nresults, line);
            }
            _ => return self.error("internal: not a call"),
        };
        self.line = line;
        let nargs = match nargs {
            Some(n) if n < MULTI as usize => n as u8,
            Some(_) => return self.error("function or expression needs too many registers"),
            None => MULTI,
        };
        self.emit(Instr::Call {
            func: base,
            nargs,
            nresults,
            receiver,
        });
        self.end_call(base, nresults)
    }

    fn end_call(&mut self, base: Reg, nresults: u8) -> CResult<()> {
        self.free_reg = base;
        if nresults != MULTI {
            self.alloc(nresults as usize)?;
        }
        Ok(())
    }

    /// `base = obj.name` for a call, `base + 1` the receiver.
    fn method_load(
        &mut self,
        obj: &Expr,
        name: &[u8],
        load: MethodLoad,
        base: Reg,
        line: u32,
    ) -> CResult<()> {
        self.free_reg = base;
        self.alloc(2)?;
        let top = self.free_reg;
        let o = self.expr_any(obj)?;
        self.free_reg = top;
        let key = self.str_constant(name)?;
        let ic = self.new_cache()?;
        self.line = line;
        let (dst, obj) = (base, o);
        self.emit(match load {
            MethodLoad::Receiver => Instr::GetMethod { dst, obj, key, ic },
            MethodLoad::MaybeBound => Instr::LoadMethod { dst, obj, key, ic },
        });
        Ok(())
    }

    fn invoke(
        &mut self,
        callee: &Callee,
        args: &[Arg],
        base: Reg,
        nresults: u8,
        line: u32,
    ) -> CResult<()> {
        let receiver = match callee {
            Callee::Value(f) => {
                self.free_reg = base;
                self.alloc(1)?;
                self.expr_to_reg(f, base)?;
                false
            }
            Callee::Method { obj, name, load } => {
                self.method_load(obj, name, *load, base, line)?;
                true
            }
        };
        let first = base + 1 + receiver as Reg;
        let spread = args
            .iter()
            .any(|a| matches!(a, Arg::Spread(_) | Arg::KeywordSpread(_)));
        if spread {
            return self.invoke_spread(args, base, receiver, nresults, line);
        }
        // Positional values, then keyword values, in consecutive registers.
        self.free_reg = first;
        let mut names = Vec::new();
        let mut npos = receiver as usize;
        for a in args {
            let r = self.alloc(1)?;
            match a {
                Arg::Positional(e) => {
                    if !names.is_empty() {
                        return self.error("positional argument follows keyword argument");
                    }
                    self.expr_to_reg(e, r)?;
                    npos += 1;
                }
                Arg::Keyword(name, e) => {
                    self.expr_to_reg(e, r)?;
                    names.push(name.clone());
                }
                Arg::Spread(_) | Arg::KeywordSpread(_) => {}
            }
        }
        if npos >= MULTI as usize || names.len() >= MULTI as usize {
            return self.error("function or expression needs too many registers");
        }
        self.line = line;
        if names.is_empty() {
            self.emit(Instr::Call {
                func: base,
                nargs: npos as u8,
                nresults,
                receiver,
            });
        } else {
            let nkw = names.len() as u8;
            let names = self.constant(Constant::Names(names))?;
            self.emit(Instr::CallKw {
                func: base,
                nargs: npos as u8,
                nkw,
                names,
                nresults,
                receiver,
            });
        }
        self.end_call(base, nresults)
    }

    /// A call with spread arguments: the positional ones are collected in
    /// a list, the keyword ones in a list of name/value pairs.
    fn invoke_spread(
        &mut self,
        args: &[Arg],
        base: Reg,
        receiver: bool,
        nresults: u8,
        line: u32,
    ) -> CResult<()> {
        self.free_reg = base + 1 + receiver as Reg;
        let list = self.alloc(1)?;
        let kwlist = self.alloc(1)?;
        self.emit(Instr::NewList { dst: list });
        let has_kw = args
            .iter()
            .any(|a| matches!(a, Arg::Keyword(..) | Arg::KeywordSpread(_)));
        if has_kw {
            self.emit(Instr::NewList { dst: kwlist });
        }
        for a in args {
            let top = self.free_reg;
            match a {
                Arg::Positional(e) => {
                    let r = self.expr_any(e)?;
                    self.emit(Instr::ListAppend { list, src: r });
                }
                Arg::Spread(e) => {
                    if let Some(c) = spread_call(e) {
                        // `{call()}` spread: the call's results go straight
                        // into the list.
                        let first = self.alloc(1)?;
                        self.free_reg = first;
                        self.expr_multi(c, first, MULTI)?;
                        self.emit(Instr::ListExtendTop { list, first });
                    } else {
                        let r = self.expr_any(e)?;
                        self.emit(Instr::ListExtend {
                            list,
                            src: r,
                            pairs: false,
                        });
                    }
                }
                Arg::Keyword(name, e) => {
                    let r = self.alloc(1)?;
                    let k = self.str_constant(name)?;
                    self.emit(Instr::LoadK { dst: r, k });
                    self.emit(Instr::ListAppend {
                        list: kwlist,
                        src: r,
                    });
                    let v = self.expr_any(e)?;
                    self.emit(Instr::ListAppend {
                        list: kwlist,
                        src: v,
                    });
                }
                Arg::KeywordSpread(e) => {
                    let r = self.expr_any(e)?;
                    self.emit(Instr::ListExtend {
                        list: kwlist,
                        src: r,
                        pairs: true,
                    });
                }
            }
            self.free_reg = top;
        }
        self.line = line;
        self.emit(Instr::CallEx {
            func: base,
            args: list,
            kwargs: if has_kw { kwlist } else { MULTI },
            nresults,
            receiver,
        });
        self.end_call(base, nresults)
    }
}

/// The multi-value call `c` of a spread argument written `{c}` (a table
/// made only to hold a call's results).
fn spread_call(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Table(items) => match &items[..] {
            [TableItem::Positional(c)] if c.is_multi() => Some(c),
            _ => None,
        },
        _ => None,
    }
}
