//! The register bytecode every frontend compiles to (through the IR).
//!
//! Registers are slots of the running frame (`u8`); constants are indexes
//! into the prototype's constant table. An `Rk` operand is either: a value
//! with the top bit set names a constant. Conditional jumps carry their own
//! offset, relative to the instruction after them.

use std::fmt;

pub type Reg = u8;

/// Register-or-constant operand.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Rk(pub u16);

impl Rk {
    pub const CONST_BIT: u16 = 0x8000;

    pub fn reg(r: Reg) -> Rk {
        Rk(r as u16)
    }

    pub fn constant(k: u16) -> Rk {
        Rk(k | Rk::CONST_BIT)
    }

    #[inline]
    pub fn is_const(self) -> bool {
        self.0 & Rk::CONST_BIT != 0
    }

    #[inline]
    pub fn index(self) -> usize {
        (self.0 & !Rk::CONST_BIT) as usize
    }
}

impl fmt::Debug for Rk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_const() {
            write!(f, "k{}", self.index())
        } else {
            write!(f, "r{}", self.index())
        }
    }
}

/// "As many as there are": a count operand meaning up to the stack top.
pub const MULTI: u8 = 255;

/// Binary operators. The meaning of each beyond two numbers is the
/// running frame's language's (`LangOps::binary`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// `/`: always a float result on two integers (Lua, Python, JS, Perl).
    Div,
    /// Floor division (Lua and Python `//`).
    IDiv,
    /// Floor modulo: the result has the sign of the divisor (Lua, Python).
    Mod,
    Pow,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    /// String concatenation (Lua `..`, Perl `.`).
    Concat,
}

impl BinOp {
    /// The Lua metamethod event name (§2.4).
    pub fn event(self) -> &'static str {
        match self {
            BinOp::Add => "__add",
            BinOp::Sub => "__sub",
            BinOp::Mul => "__mul",
            BinOp::Div => "__div",
            BinOp::IDiv => "__idiv",
            BinOp::Mod => "__mod",
            BinOp::Pow => "__pow",
            BinOp::BAnd => "__band",
            BinOp::BOr => "__bor",
            BinOp::BXor => "__bxor",
            BinOp::Shl => "__shl",
            BinOp::Shr => "__shr",
            BinOp::Concat => "__concat",
        }
    }

    pub fn is_bitwise(self) -> bool {
        matches!(
            self,
            BinOp::BAnd | BinOp::BOr | BinOp::BXor | BinOp::Shl | BinOp::Shr
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    BNot,
    /// Length (Lua `#`).
    Len,
    Not,
    /// One more / one less (Perl's `++`/`--`): integers and floats in the
    /// VM, anything else by the language's `unary` rule.
    Inc,
    Dec,
    /// Perl's `defined`: whether the value is not `nil`, answered by the
    /// VM for every value (never a language's `unary` rule).
    Defined,
}

/// Comparison operators, as written: a language that defines `a > b` as
/// `b < a` (Lua) swaps the operands when it compiles; one whose objects
/// tell them apart (Python's `__gt__`) keeps them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    Move {
        dst: Reg,
        src: Reg,
    },
    LoadK {
        dst: Reg,
        k: u16,
    },
    LoadInt {
        dst: Reg,
        value: i32,
    },
    LoadNil {
        dst: Reg,
        count: u8,
    },
    LoadBool {
        dst: Reg,
        value: bool,
    },
    /// Box the value in `reg` into a fresh cell (a captured local).
    NewCell {
        reg: Reg,
    },
    GetCell {
        dst: Reg,
        cell: Reg,
    },
    SetCell {
        cell: Reg,
        src: Rk,
    },
    GetUpval {
        dst: Reg,
        up: u8,
    },
    SetUpval {
        up: u8,
        src: Rk,
    },
    /// `dst = upvalue[up].k` (Lua globals through `_ENV`); `ic` is the
    /// instruction's inline cache.
    GetUpField {
        dst: Reg,
        up: u8,
        key: u16,
        ic: u16,
    },
    SetUpField {
        up: u8,
        key: u16,
        src: Rk,
        ic: u16,
    },
    /// `dst = obj.k` with the constant string `k` (attribute access).
    GetField {
        dst: Reg,
        obj: Reg,
        key: u16,
        ic: u16,
    },
    /// `obj.k = src`.
    SetField {
        obj: Reg,
        key: u16,
        src: Rk,
        ic: u16,
    },
    /// `dst = obj[key]` (item access).
    GetIndex {
        dst: Reg,
        obj: Reg,
        key: Rk,
    },
    SetIndex {
        obj: Reg,
        key: Rk,
        src: Rk,
    },
    /// `dst+1 = obj; dst = obj.k` for a method call that passes `obj` as
    /// its receiver (Lua `obj:k()`, JavaScript `obj.k()`).
    GetMethod {
        dst: Reg,
        obj: Reg,
        key: u16,
        ic: u16,
    },
    NewTable {
        dst: Reg,
        array: u16,
        hash: u16,
    },
    /// `table[first+i] = r(table+1+i)` for `count` values (`MULTI`: to top).
    SetList {
        table: Reg,
        count: u8,
        first: u32,
    },
    Arith {
        op: BinOp,
        dst: Reg,
        a: Rk,
        b: Rk,
    },
    /// `dst = a op= b` (an augmented assignment's operator): numbers as
    /// `Arith`, anything else by the frame language's `inplace` rule.
    InplaceArith {
        op: BinOp,
        dst: Reg,
        a: Rk,
        b: Rk,
    },
    Concat {
        dst: Reg,
        a: Rk,
        b: Rk,
    },
    /// `dst = R[first] .. R[first+1] .. ... .. R[first+count-1]`, a
    /// right-nested chain evaluated right to left as pairwise
    /// concatenations (runs of plain values joined at once). Uses
    /// `first..first+count` as scratch; an `Empty` at the end of that range
    /// is an operand already consumed (the instruction runs again after a
    /// metamethod call, `ReturnTo::Again`).
    ConcatN {
        dst: Reg,
        first: Reg,
        count: u8,
    },
    /// `dst = ((R[first] + R[first+1]) + ...) + R[first+count-1]` with
    /// the language's `+`, left to right: a string followed by plain
    /// values (`LangOps::concat_text`) is joined at once, any other pair
    /// goes to the language's `binary` rule (see `ir::ExprKind::AddChain`).
    /// Uses `first..first+count` as scratch; an `Empty` at the start of
    /// that range is an operand already consumed (the instruction runs
    /// again after a call, `ReturnTo::Again`).
    AddN {
        dst: Reg,
        first: Reg,
        count: u8,
    },
    Unary {
        op: UnaryOp,
        dst: Reg,
        src: Reg,
    },
    Jmp {
        offset: i32,
    },
    /// Jump when the truthiness of `reg` equals `jump_if`.
    Test {
        reg: Reg,
        jump_if: bool,
        offset: i32,
    },
    /// When the truthiness of `src` equals `jump_if`: `dst = src` and jump.
    TestSet {
        dst: Reg,
        src: Reg,
        jump_if: bool,
        offset: i32,
    },
    /// Jump when `(a == b) == jump_if`.
    Eq {
        a: Rk,
        b: Rk,
        jump_if: bool,
        offset: i16,
    },
    Lt {
        a: Rk,
        b: Rk,
        jump_if: bool,
        offset: i16,
    },
    Le {
        a: Rk,
        b: Rk,
        jump_if: bool,
        offset: i16,
    },
    /// Call `func` with the `nargs` registers above it; `receiver`: the
    /// first of them is the receiver of a method call (a callee that takes
    /// `this` gets it there; one that does not, as its first argument).
    /// Without a receiver, a callee that takes `this` gets `undefined`.
    Call {
        func: Reg,
        nargs: u8,
        nresults: u8,
        receiver: bool,
    },
    TailCall {
        func: Reg,
        nargs: u8,
        receiver: bool,
    },
    /// A call with keyword arguments: `nargs` positional values above
    /// `func`, then `nkw` keyword values named by constant `names` (a list
    /// of strings).
    CallKw {
        func: Reg,
        nargs: u8,
        nkw: u8,
        names: u16,
        nresults: u8,
        receiver: bool,
    },
    /// A call whose positional arguments are the elements of the list in
    /// `args` and whose keyword arguments are the string-keyed entries of
    /// `kwargs` (`MULTI`: none).
    CallEx {
        func: Reg,
        args: Reg,
        kwargs: Reg,
        nresults: u8,
        receiver: bool,
    },
    /// `dst = obj.k` for a call: when the model finds a method to bind,
    /// `dst` is the function and `dst+1` the receiver; otherwise `dst` is
    /// the value and `dst+1` is empty, and the call skips it (no bound
    /// method is made).
    LoadMethod {
        dst: Reg,
        obj: Reg,
        key: u16,
        ic: u16,
    },
    /// Raise the value in `src`.
    Throw {
        src: Reg,
    },
    /// Suspend the running generator, giving `src`; resumed, `dst` is the
    /// value sent in.
    Yield {
        dst: Reg,
        src: Reg,
    },
    /// `dst` = an iterator over `src` (the language's rule).
    GetIter {
        dst: Reg,
        src: Reg,
    },
    /// `dst` = the next value of the iterator `iter`, or jump when it is
    /// exhausted.
    ForIter {
        iter: Reg,
        dst: Reg,
        offset: i32,
    },
    /// `dst = delete obj.k` (whether it was removed).
    DelField {
        dst: Reg,
        obj: Reg,
        key: u16,
    },
    /// `dst = delete obj[key]`.
    DelIndex {
        dst: Reg,
        obj: Reg,
        key: Rk,
    },
    /// `dst = a <op> b` as a value (the language's result).
    Compare {
        op: CompareOp,
        dst: Reg,
        a: Rk,
        b: Rk,
    },
    /// `dst` = a new, empty core list (a call's collected arguments).
    NewList {
        dst: Reg,
    },
    /// Append `src` to the list in `list`.
    ListAppend {
        list: Reg,
        src: Reg,
    },
    /// Append the elements of the list-like `src` (with `pairs`: the key
    /// and value of each of its string-keyed entries).
    ListExtend {
        list: Reg,
        src: Reg,
        pairs: bool,
    },
    /// Append registers `first..top` (every result of the multi-value
    /// call just made into `first`) to the list in `list`: a call's
    /// results spread into another call's arguments (Perl's `f(g(), h())`)
    /// without a temporary table.
    ListExtendTop {
        list: Reg,
        first: Reg,
    },
    /// `dst` = the frame's extra arguments as a list.
    ArgList {
        dst: Reg,
    },
    /// `dst` = how the frame's results are wanted: 0 none, 1 one, 2 all.
    CallContext {
        dst: Reg,
    },
    Return {
        start: Reg,
        count: u8,
    },
    /// Numeric for: `base` = start, `base+1` = limit, `base+2` = step,
    /// `base+3` = the loop variable. Skips the loop (jumps) when empty.
    ForPrep {
        base: Reg,
        offset: i32,
    },
    ForLoop {
        base: Reg,
        offset: i32,
    },
    /// Generic for: call `base`(`base+1`, `base+2`) into `base+4..`.
    TForCall {
        base: Reg,
        nresults: u8,
    },
    /// If `base+4` is not nil: `base+2 = base+4` and jump back.
    TForLoop {
        base: Reg,
        offset: i32,
    },
    /// A closure of child prototype `proto`; its default values are in
    /// the registers from `defaults` on (`MULTI`: it has none).
    Closure {
        dst: Reg,
        proto: u16,
        defaults: Reg,
    },
    VarArg {
        dst: Reg,
        count: u8,
    },
    /// Mark `reg` as a to-be-closed variable (Lua `<close>`).
    Tbc {
        reg: Reg,
    },
    /// Close to-be-closed variables at or above `from`.
    Close {
        from: Reg,
    },
}

impl Instr {
    /// The relative jump of a (conditional) jump instruction: its target is
    /// `pc + 1 + offset`.
    pub fn jump_offset(self) -> Option<i64> {
        match self {
            Instr::Jmp { offset }
            | Instr::ForIter { offset, .. }
            | Instr::ForPrep { offset, .. }
            | Instr::ForLoop { offset, .. }
            | Instr::TForLoop { offset, .. } => Some(offset as i64),
            Instr::Test { offset, .. } | Instr::TestSet { offset, .. } => Some(offset as i64),
            Instr::Eq { offset, .. } | Instr::Lt { offset, .. } | Instr::Le { offset, .. } => {
                Some(offset as i64)
            }
            _ => None,
        }
    }

    /// The register this instruction writes, if exactly one (for naming
    /// values in error messages, as Lua's `findsetreg` does).
    pub fn dest(self) -> Option<Reg> {
        match self {
            Instr::Move { dst, .. }
            | Instr::LoadK { dst, .. }
            | Instr::LoadInt { dst, .. }
            | Instr::LoadBool { dst, .. }
            | Instr::GetCell { dst, .. }
            | Instr::GetUpval { dst, .. }
            | Instr::GetUpField { dst, .. }
            | Instr::GetField { dst, .. }
            | Instr::GetIndex { dst, .. }
            | Instr::GetMethod { dst, .. }
            | Instr::NewTable { dst, .. }
            | Instr::Arith { dst, .. }
            | Instr::InplaceArith { dst, .. }
            | Instr::Concat { dst, .. }
            | Instr::ConcatN { dst, .. }
            | Instr::AddN { dst, .. }
            | Instr::Unary { dst, .. }
            | Instr::TestSet { dst, .. }
            | Instr::LoadMethod { dst, .. }
            | Instr::GetIter { dst, .. }
            | Instr::DelField { dst, .. }
            | Instr::DelIndex { dst, .. }
            | Instr::Compare { dst, .. }
            | Instr::ArgList { dst }
            | Instr::NewList { dst }
            | Instr::CallContext { dst }
            | Instr::Yield { dst, .. }
            | Instr::Closure { dst, .. } => Some(dst),
            Instr::NewCell { reg } => Some(reg),
            Instr::LoadNil { dst, .. } => Some(dst),
            _ => None,
        }
    }
}

#[cfg(test)]
mod layout {
    /// The executor fetches one instruction per step: keep it a word.
    #[test]
    fn an_instruction_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<super::Instr>(), 8);
    }
}
