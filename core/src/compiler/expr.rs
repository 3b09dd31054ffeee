//! Expressions: into a given register, into any register, as an `Rk`
//! operand, as several values at the top, or as a conditional jump.

use super::state::{compile_function, CResult, Constant, FuncState};
use crate::bytecode::{BinOp, CompareOp};
use crate::bytecode::{Instr, Reg, Rk, UnaryOp as BUnary, MULTI};
use crate::ir::{Expr, ExprKind, TableItem, UnaryOp};

/// Items of a table constructor flushed per `SetList` (Lua's LFIELDS_PER_FLUSH).
const FIELDS_PER_FLUSH: usize = 50;

/// Operands of one `ConcatN`; a longer chain's tail is one more `ConcatN`.
const MAX_CONCAT: usize = 64;

fn is_concat(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Concat { .. } => true,
        ExprKind::Paren(inner) => is_concat(inner),
        _ => false,
    }
}

impl FuncState<'_> {
    /// `ExprKind::AddChain` into `dst`: groups of operands added by one
    /// `AddN` (or `Arith` for two), each group's result the first operand
    /// of the next. A group takes any operand second and, after that, only
    /// operands whose evaluation nothing can observe moving ahead of the
    /// group's earlier additions (which may call user code).
    fn add_chain(&mut self, items: &[Expr], dst: Reg) -> CResult<()> {
        let Some((head, rest)) = items.split_first() else {
            self.emit(Instr::LoadNil { dst, count: 1 });
            return Ok(());
        };
        let mut groups: Vec<&[Expr]> = Vec::new();
        let mut start = 0;
        for i in 1..rest.len() {
            if i - start + 1 >= MAX_CONCAT || !self.unobservable(&rest[i]) {
                groups.push(&rest[start..i]);
                start = i;
            }
        }
        groups.push(&rest[start..]);
        let widest = groups.iter().map(|g| g.len()).max().unwrap_or(0);
        let top = self.free_reg;
        let first = self.alloc(widest + 1)?;
        self.expr_to_reg(head, first)?;
        for (n, group) in groups.iter().enumerate() {
            for (i, operand) in group.iter().enumerate() {
                self.expr_to_reg(operand, first + 1 + i as Reg)?;
            }
            let to = if n + 1 == groups.len() { dst } else { first };
            self.line = group.first().map_or(self.line, |x| x.line);
            if group.len() == 1 {
                self.emit(Instr::Arith {
                    op: BinOp::Add,
                    dst: to,
                    a: Rk::reg(first),
                    b: Rk::reg(first + 1),
                });
            } else {
                self.emit(Instr::AddN {
                    dst: to,
                    first,
                    count: group.len() as u8 + 1,
                });
            }
        }
        self.free_reg = top;
        Ok(())
    }

    /// An operand whose evaluation has no effect and reads nothing another
    /// function can change: a constant, or a local no closure captures.
    fn unobservable(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Nil
            | ExprKind::Bool(_)
            | ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_) => true,
            ExprKind::Local(id) => !self.is_cell(*id),
            ExprKind::Paren(inner) => self.unobservable(inner),
            _ => false,
        }
    }

    /// `a and b` / `a or b` into `dst`: when a decides (falsy for `and`,
    /// truthy for `or`) the result is a, else b. The test is a `Test`,
    /// whose slow path may call user code (Python's `__bool__`/`__len__`,
    /// Perl's `bool` overload) and continue; the short way copies a into
    /// dst. Out of line: `expr_to_reg` recurses once per nesting level.
    #[inline(never)]
    fn and_or(&mut self, or: bool, lhs: &Expr, rhs: &Expr, dst: Reg) -> CResult<()> {
        let top = self.free_reg;
        let src = self.expr_any(lhs)?;
        let short = self.emit(Instr::Test {
            reg: src,
            jump_if: or,
            offset: 0,
        });
        self.free_reg = top;
        self.expr_to_reg(rhs, dst)?;
        let end = self.emit(Instr::Jmp { offset: 0 });
        self.patch_here(vec![short])?;
        self.emit(Instr::Move { dst, src });
        self.patch_here(vec![end])
    }

    /// Evaluate `e` into `dst`, which must already be allocated.
    pub fn expr_to_reg(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        self.line = e.line;
        match &e.kind {
            ExprKind::Nil => {
                self.emit(Instr::LoadNil { dst, count: 1 });
            }
            ExprKind::Bool(value) => {
                self.emit(Instr::LoadBool { dst, value: *value });
            }
            ExprKind::Int(i) => {
                if let Ok(value) = i32::try_from(*i) {
                    self.emit(Instr::LoadInt { dst, value });
                } else {
                    let k = self.constant(Constant::Int(*i))?;
                    self.emit(Instr::LoadK { dst, k });
                }
            }
            ExprKind::Float(f) => {
                let k = self.constant(Constant::Float(*f))?;
                self.emit(Instr::LoadK { dst, k });
            }
            ExprKind::Str(s) => {
                let k = self.str_constant(s)?;
                self.emit(Instr::LoadK { dst, k });
            }
            ExprKind::Vararg => {
                self.emit(Instr::VarArg { dst, count: 1 });
            }
            ExprKind::Local(id) => {
                let reg = self.local_reg(*id)?;
                if self.is_cell(*id) {
                    self.emit(Instr::GetCell { dst, cell: reg });
                } else if reg != dst {
                    self.emit(Instr::Move { dst, src: reg });
                }
            }
            ExprKind::Upvalue(id) => {
                self.emit(Instr::GetUpval { dst, up: *id as u8 });
            }
            ExprKind::Attr { obj, name } => {
                let key = self.str_constant(name)?;
                let ic = self.new_cache()?;
                if let ExprKind::Upvalue(up) = &obj.kind {
                    self.line = e.line;
                    self.emit(Instr::GetUpField {
                        dst,
                        up: *up as u8,
                        key,
                        ic,
                    });
                    return Ok(());
                }
                let top = self.free_reg;
                let obj = self.expr_any(obj)?;
                self.line = e.line;
                self.emit(Instr::GetField { dst, obj, key, ic });
                self.free_reg = top;
            }
            ExprKind::Index { obj, key } => {
                let top = self.free_reg;
                let obj = self.expr_any(obj)?;
                let key = self.expr_rk(key)?;
                self.line = e.line;
                self.emit(Instr::GetIndex { dst, obj, key });
                self.free_reg = top;
            }
            ExprKind::Call { .. } | ExprKind::MethodCall { .. } | ExprKind::Invoke { .. } => {
                let top = self.free_reg;
                let base = if dst + 1 == self.free_reg && !self.reg_is_local(dst) {
                    dst
                } else {
                    self.alloc(1)?
                };
                self.free_reg = base + 1;
                self.call(e, base, 1)?;
                if base != dst {
                    self.emit(Instr::Move { dst, src: base });
                }
                self.free_reg = top.max(dst + 1);
            }
            ExprKind::Function(f) => {
                let child = compile_function(f, Some(&self.local_regs))?;
                if self.children.len() >= u16::MAX as usize {
                    return self.error("too many functions in one chunk");
                }
                self.children.push(child);
                let proto = (self.children.len() - 1) as u16;
                self.line = e.line;
                self.emit(Instr::Closure {
                    dst,
                    proto,
                    defaults: MULTI,
                });
            }
            ExprKind::Closure { func, defaults } => {
                // Defaults are evaluated now, in consecutive registers
                // (`nil` for a required keyword-only parameter).
                let top = self.free_reg;
                let first = self.free_reg;
                for d in defaults {
                    let r = self.alloc(1)?;
                    match d {
                        Some(d) => self.expr_to_reg(d, r)?,
                        None => {
                            self.emit(Instr::LoadNil { dst: r, count: 1 });
                        }
                    }
                }
                let child = compile_function(func, Some(&self.local_regs))?;
                if self.children.len() >= u16::MAX as usize {
                    return self.error("too many functions in one chunk");
                }
                self.children.push(child);
                let proto = (self.children.len() - 1) as u16;
                self.line = e.line;
                self.emit(Instr::Closure {
                    dst,
                    proto,
                    defaults: if defaults.is_empty() { MULTI } else { first },
                });
                self.free_reg = top;
            }
            ExprKind::Yield(value) => {
                let top = self.free_reg;
                let src = self.expr_any(value)?;
                self.line = e.line;
                self.emit(Instr::Yield { dst, src });
                self.free_reg = top;
            }
            ExprKind::Delete(place) => {
                let top = self.free_reg;
                match &**place {
                    crate::ir::Place::Attr { obj, name } => {
                        let o = self.expr_any(obj)?;
                        let key = self.str_constant(name)?;
                        self.line = e.line;
                        self.emit(Instr::DelField { dst, obj: o, key });
                    }
                    crate::ir::Place::Index { obj, key } => {
                        let o = self.expr_any(obj)?;
                        let key = self.expr_rk(key)?;
                        self.line = e.line;
                        self.emit(Instr::DelIndex { dst, obj: o, key });
                    }
                    crate::ir::Place::Local(_) | crate::ir::Place::Upvalue(_) => {
                        return self.error("not supported by omx: deleting a variable");
                    }
                }
                self.free_reg = top;
            }
            ExprKind::ArgList => {
                self.emit(Instr::ArgList { dst });
            }
            ExprKind::CallContext => {
                self.emit(Instr::CallContext { dst });
            }
            ExprKind::Table(items) => self.table(items, dst)?,
            ExprKind::Arith { op, lhs, rhs } => {
                let top = self.free_reg;
                let a = self.expr_rk(lhs)?;
                let b = self.expr_rk(rhs)?;
                self.line = e.line;
                self.emit(Instr::Arith { op: *op, dst, a, b });
                self.free_reg = top;
            }
            ExprKind::InplaceArith { op, lhs, rhs } => {
                let top = self.free_reg;
                let a = self.expr_rk(lhs)?;
                let b = self.expr_rk(rhs)?;
                self.line = e.line;
                self.emit(Instr::InplaceArith { op: *op, dst, a, b });
                self.free_reg = top;
            }
            ExprKind::Concat { lhs, rhs } if is_concat(rhs) => {
                // A right-nested chain `a .. (b .. (c .. d))`: the operands
                // into consecutive registers, then one instruction.
                let mut operands = vec![&**lhs];
                let mut rest = &**rhs;
                while operands.len() < MAX_CONCAT - 1 {
                    match &rest.kind {
                        ExprKind::Concat { lhs, rhs } => {
                            operands.push(lhs);
                            rest = rhs;
                        }
                        ExprKind::Paren(inner) if is_concat(inner) => rest = inner,
                        _ => break,
                    }
                }
                operands.push(rest);
                let top = self.free_reg;
                let first = self.alloc(operands.len())?;
                for (i, operand) in operands.iter().enumerate() {
                    self.expr_to_reg(operand, first + i as Reg)?;
                }
                self.line = e.line;
                self.emit(Instr::ConcatN {
                    dst,
                    first,
                    count: operands.len() as u8,
                });
                self.free_reg = top;
            }
            ExprKind::AddChain(items) => self.add_chain(items, dst)?,
            ExprKind::Concat { lhs, rhs } => {
                let top = self.free_reg;
                let a = self.expr_rk(lhs)?;
                let b = self.expr_rk(rhs)?;
                self.line = e.line;
                self.emit(Instr::Concat { dst, a, b });
                self.free_reg = top;
            }
            ExprKind::Compare { op, lhs, rhs } => {
                let top = self.free_reg;
                let a = self.expr_rk(lhs)?;
                let b = self.expr_rk(rhs)?;
                self.line = e.line;
                self.emit(Instr::Compare { op: *op, dst, a, b });
                self.free_reg = top;
            }
            ExprKind::And { lhs, rhs } | ExprKind::Or { lhs, rhs } => {
                let or = matches!(e.kind, ExprKind::Or { .. });
                self.and_or(or, lhs, rhs, dst)?;
            }
            ExprKind::Unary { op, operand } => {
                let top = self.free_reg;
                let src = self.expr_any(operand)?;
                let op = match op {
                    UnaryOp::Neg => BUnary::Neg,
                    UnaryOp::Not => BUnary::Not,
                    UnaryOp::Len => BUnary::Len,
                    UnaryOp::BNot => BUnary::BNot,
                    UnaryOp::Inc => BUnary::Inc,
                    UnaryOp::Dec => BUnary::Dec,
                    UnaryOp::Defined => BUnary::Defined,
                };
                self.line = e.line;
                self.emit(Instr::Unary { op, dst, src });
                self.free_reg = top;
            }
            ExprKind::Paren(inner) | ExprKind::Condition(inner) => self.expr_to_reg(inner, dst)?,
        }
        Ok(())
    }

    /// Evaluate `e` into some register: a plain local's own register, or a
    /// new temporary at the top.
    pub fn expr_any(&mut self, e: &Expr) -> CResult<Reg> {
        if let ExprKind::Local(id) = e.kind {
            if !self.is_cell(id) {
                return self.local_reg(id);
            }
        }
        if let ExprKind::Paren(inner) = &e.kind {
            return self.expr_any(inner);
        }
        let r = self.alloc(1)?;
        self.expr_to_reg(e, r)?;
        Ok(r)
    }

    /// Evaluate `e` as a register-or-constant operand.
    pub fn expr_rk(&mut self, e: &Expr) -> CResult<Rk> {
        let k = match &e.kind {
            ExprKind::Int(i) => Some(Constant::Int(*i)),
            ExprKind::Float(f) => Some(Constant::Float(*f)),
            ExprKind::Str(s) => Some(Constant::Str(s.clone())),
            _ => None,
        };
        if let Some(k) = k {
            return Ok(Rk::constant(self.constant(k)?));
        }
        Ok(Rk::reg(self.expr_any(e)?))
    }

    /// Evaluate `e` into `base..` producing `wanted` values (`MULTI`: all),
    /// where `base` is the top register.
    pub fn expr_multi(&mut self, e: &Expr, base: Reg, wanted: u8) -> CResult<()> {
        match &e.kind {
            ExprKind::Call { .. } | ExprKind::MethodCall { .. } | ExprKind::Invoke { .. } => {
                self.free_reg = base + 1;
                self.call(e, base, wanted)
            }
            ExprKind::Vararg => {
                self.line = e.line;
                self.emit(Instr::VarArg {
                    dst: base,
                    count: wanted,
                });
                Ok(())
            }
            _ => {
                self.free_reg = self.free_reg.max(base + 1);
                self.expr_to_reg(e, base)?;
                if wanted != MULTI && wanted > 1 {
                    self.emit(Instr::LoadNil {
                        dst: base + 1,
                        count: wanted - 1,
                    });
                }
                Ok(())
            }
        }
    }

    /// Evaluate `exprs` into consecutive registers from `base` (the top),
    /// adjusted to `wanted` values (`None`: all, the last expanded).
    /// Returns the count of values, or `None` when it ends at the top.
    pub fn explist(
        &mut self,
        exprs: &[Expr],
        base: Reg,
        wanted: Option<usize>,
    ) -> CResult<Option<usize>> {
        let n = exprs.len();
        for (i, e) in exprs.iter().enumerate() {
            let reg = (base as usize + i) as Reg;
            let last = i + 1 == n;
            if base as usize + i >= 250 {
                return self.error("function or expression needs too many registers");
            }
            self.free_reg = reg;
            match wanted {
                Some(w) if i >= w => {
                    // Surplus values: evaluated for their effects only.
                    self.alloc(1)?;
                    self.expr_to_reg(e, reg)?;
                }
                Some(w) if last && e.is_multi() => {
                    self.expr_multi(e, reg, (w - i) as u8)?;
                }
                None if last && e.is_multi() => {
                    self.expr_multi(e, reg, MULTI)?;
                    self.free_reg = reg;
                    return Ok(None);
                }
                _ => {
                    self.alloc(1)?;
                    self.expr_to_reg(e, reg)?;
                }
            }
        }
        match wanted {
            Some(w) => {
                if n < w && !exprs.last().is_some_and(|e| e.is_multi()) {
                    self.emit(Instr::LoadNil {
                        dst: (base as usize + n) as Reg,
                        count: (w - n) as u8,
                    });
                }
                self.free_reg = base;
                self.alloc(w)?;
                Ok(Some(w))
            }
            None => {
                self.free_reg = base;
                self.alloc(n)?;
                Ok(Some(n))
            }
        }
    }

    fn table(&mut self, items: &[TableItem], dst: Reg) -> CResult<()> {
        let top = self.free_reg;
        let t = if dst + 1 == self.free_reg && !self.reg_is_local(dst) {
            dst
        } else {
            self.alloc(1)?
        };
        let positional = items
            .iter()
            .filter(|i| matches!(i, TableItem::Positional(_)))
            .count();
        let keyed = items.len() - positional;
        let line = self.line;
        self.emit(Instr::NewTable {
            dst: t,
            array: positional.min(u16::MAX as usize) as u16,
            hash: keyed.min(u16::MAX as usize) as u16,
        });
        let mut pending = 0usize;
        let mut flushed = 0usize;
        let count = items.len();
        for (i, item) in items.iter().enumerate() {
            match item {
                TableItem::Positional(e) => {
                    let reg = t as usize + 1 + pending;
                    if reg >= 250 {
                        return self.error("table constructor needs too many registers");
                    }
                    let reg = reg as Reg;
                    self.free_reg = reg;
                    if i + 1 == count && e.is_multi() {
                        self.expr_multi(e, reg, MULTI)?;
                        self.line = line;
                        self.emit(Instr::SetList {
                            table: t,
                            count: MULTI,
                            first: flushed as u32 + 1,
                        });
                        self.free_reg = top.max(dst + 1);
                        if t != dst {
                            self.emit(Instr::Move { dst, src: t });
                        }
                        return Ok(());
                    }
                    self.alloc(1)?;
                    self.expr_to_reg(e, reg)?;
                    pending += 1;
                    if pending == FIELDS_PER_FLUSH {
                        self.emit(Instr::SetList {
                            table: t,
                            count: pending as u8,
                            first: flushed as u32 + 1,
                        });
                        flushed += pending;
                        pending = 0;
                    }
                }
                TableItem::Keyed(k, v) => {
                    let level = self.free_reg;
                    if let ExprKind::Str(name) = &k.kind {
                        let key = self.str_constant(name)?;
                        let ic = self.new_cache()?;
                        let src = self.expr_rk(v)?;
                        self.line = k.line;
                        self.emit(Instr::SetField {
                            obj: t,
                            key,
                            src,
                            ic,
                        });
                    } else {
                        let key = self.expr_rk(k)?;
                        let src = self.expr_rk(v)?;
                        self.line = k.line;
                        self.emit(Instr::SetIndex { obj: t, key, src });
                    }
                    self.free_reg = level;
                }
            }
        }
        if pending > 0 {
            self.emit(Instr::SetList {
                table: t,
                count: pending as u8,
                first: flushed as u32 + 1,
            });
        }
        self.free_reg = top.max(dst + 1);
        if t != dst {
            self.emit(Instr::Move { dst, src: t });
        }
        Ok(())
    }

    /// Emit code that jumps when the truthiness of `e` equals `jump_if` and
    /// falls through otherwise. Returns the jumps to patch.
    pub fn cond_jump(&mut self, e: &Expr, jump_if: bool) -> CResult<Vec<usize>> {
        self.cond_jump_at(e, jump_if, None)
    }

    /// `cond_jump`, with the test that decides the whole condition (not a
    /// comparison's, nor the left operand's of `and`/`or`) positioned at
    /// `test_line` when given (`ExprKind::Condition`).
    fn cond_jump_at(
        &mut self,
        e: &Expr,
        jump_if: bool,
        test_line: Option<u32>,
    ) -> CResult<Vec<usize>> {
        self.line = e.line;
        match &e.kind {
            ExprKind::Condition(inner) => self.cond_jump_at(inner, jump_if, Some(e.line)),
            ExprKind::Compare { op, lhs, rhs } => {
                let top = self.free_reg;
                let (a, b) = match op {
                    CompareOp::Gt | CompareOp::Ge => {
                        let a = self.expr_rk(lhs)?;
                        let b = self.expr_rk(rhs)?;
                        (b, a)
                    }
                    _ => (self.expr_rk(lhs)?, self.expr_rk(rhs)?),
                };
                self.free_reg = top;
                self.line = e.line;
                let at = match op {
                    CompareOp::Eq => self.emit(Instr::Eq {
                        a,
                        b,
                        jump_if,
                        offset: 0,
                    }),
                    CompareOp::Ne => self.emit(Instr::Eq {
                        a,
                        b,
                        jump_if: !jump_if,
                        offset: 0,
                    }),
                    CompareOp::Lt | CompareOp::Gt => self.emit(Instr::Lt {
                        a,
                        b,
                        jump_if,
                        offset: 0,
                    }),
                    CompareOp::Le | CompareOp::Ge => self.emit(Instr::Le {
                        a,
                        b,
                        jump_if,
                        offset: 0,
                    }),
                };
                Ok(vec![at])
            }
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand,
            } => self.cond_jump_at(operand, !jump_if, test_line),
            ExprKind::And { lhs, rhs } => {
                if jump_if {
                    let skip = self.cond_jump(lhs, false)?;
                    let jumps = self.cond_jump_at(rhs, true, test_line)?;
                    self.patch_here(skip)?;
                    Ok(jumps)
                } else {
                    let mut jumps = self.cond_jump(lhs, false)?;
                    jumps.extend(self.cond_jump_at(rhs, false, test_line)?);
                    Ok(jumps)
                }
            }
            ExprKind::Or { lhs, rhs } => {
                if jump_if {
                    let mut jumps = self.cond_jump(lhs, true)?;
                    jumps.extend(self.cond_jump_at(rhs, true, test_line)?);
                    Ok(jumps)
                } else {
                    let skip = self.cond_jump(lhs, true)?;
                    let jumps = self.cond_jump_at(rhs, false, test_line)?;
                    self.patch_here(skip)?;
                    Ok(jumps)
                }
            }
            ExprKind::Nil | ExprKind::Bool(false) => {
                if let Some(line) = test_line {
                    self.line = line;
                }
                if jump_if {
                    Ok(vec![])
                } else {
                    Ok(vec![self.jump()])
                }
            }
            // Only `nil`, `false` and `true` mean the same in every language
            // (a number or a string may be false in Python or Perl).
            ExprKind::Bool(true) => {
                if let Some(line) = test_line {
                    self.line = line;
                }
                if jump_if {
                    Ok(vec![self.jump()])
                } else {
                    Ok(vec![])
                }
            }
            _ => {
                let top = self.free_reg;
                let reg = self.expr_any(e)?;
                self.free_reg = top;
                if let Some(line) = test_line {
                    self.line = line;
                }
                Ok(vec![self.emit(Instr::Test {
                    reg,
                    jump_if,
                    offset: 0,
                })])
            }
        }
    }
}
