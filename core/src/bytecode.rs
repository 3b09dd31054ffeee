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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    IDiv,
    Mod,
    Pow,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
}

impl ArithOp {
    /// The metamethod event name (Lua §2.4).
    pub fn event(self) -> &'static str {
        match self {
            ArithOp::Add => "__add",
            ArithOp::Sub => "__sub",
            ArithOp::Mul => "__mul",
            ArithOp::Div => "__div",
            ArithOp::IDiv => "__idiv",
            ArithOp::Mod => "__mod",
            ArithOp::Pow => "__pow",
            ArithOp::BAnd => "__band",
            ArithOp::BOr => "__bor",
            ArithOp::BXor => "__bxor",
            ArithOp::Shl => "__shl",
            ArithOp::Shr => "__shr",
        }
    }

    pub fn is_bitwise(self) -> bool {
        matches!(
            self,
            ArithOp::BAnd | ArithOp::BOr | ArithOp::BXor | ArithOp::Shl | ArithOp::Shr
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    BNot,
    Len,
    Not,
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
    /// `dst = upvalue[up][k]` (globals through `_ENV`).
    GetTabUp {
        dst: Reg,
        up: u8,
        key: u16,
    },
    SetTabUp {
        up: u8,
        key: u16,
        src: Rk,
    },
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
    /// `dst+1 = obj; dst = obj[key]` (method call set-up).
    SelfOp {
        dst: Reg,
        obj: Reg,
        key: Rk,
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
        op: ArithOp,
        dst: Reg,
        a: Rk,
        b: Rk,
    },
    Concat {
        dst: Reg,
        a: Rk,
        b: Rk,
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
    Call {
        func: Reg,
        nargs: u8,
        nresults: u8,
    },
    TailCall {
        func: Reg,
        nargs: u8,
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
    Closure {
        dst: Reg,
        proto: u16,
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
            | Instr::GetTabUp { dst, .. }
            | Instr::GetIndex { dst, .. }
            | Instr::SelfOp { dst, .. }
            | Instr::NewTable { dst, .. }
            | Instr::Arith { dst, .. }
            | Instr::Concat { dst, .. }
            | Instr::Unary { dst, .. }
            | Instr::TestSet { dst, .. }
            | Instr::Closure { dst, .. } => Some(dst),
            Instr::NewCell { reg } => Some(reg),
            Instr::LoadNil { dst, .. } => Some(dst),
            _ => None,
        }
    }
}
