//! The work budget natives charge, so that a step limit bounds a script
//! whatever it calls.
//!
//! The VM counts one step per instruction (its slice fuel, vm/exec.rs). A
//! native runs to its end inside one instruction, and some natives do
//! work out of proportion to it: a backtracking pattern match, a
//! `string.rep` of a gigabyte, sorting a million elements. Each such
//! native charges this budget in units of about one instruction's work
//! (one match step, one comparison, 64 bytes copied) through
//! [`crate::native::Ctx::charge`]. The units count as steps of the program
//! (`Engine::steps`), drawn from the same `--max-steps` budget.
//!
//! A charge fails when the program's step budget is spent or the host's
//! interrupt flag is set (Ctrl-C in the REPL, an embedder's interrupt
//! handle). The native then raises an error, and the VM ends the slice as
//! soon as control is back in compiled code; between slices the host sees
//! the step count at its limit (or its flag set) and stops the program
//! with the step-limit (or interrupt) error, which no handler of the
//! program catches. So a runaway native stops within one check of the
//! flag, and no instruction of the program runs after it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// What natives may still spend in the current slice.
#[derive(Debug, Default)]
pub struct Budget {
    /// Units natives may charge before the program's step limit
    /// (`u64::MAX`: no limit).
    allowance: u64,
    /// Units charged since the slice began.
    charged: u64,
    /// A charge failed in this slice: the program is to stop.
    stopped: bool,
    /// The host's interrupt flag, looked at (never cleared) at each
    /// charge.
    interrupt: Option<Arc<AtomicBool>>,
}

/// A charge that did not fit: the program must stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exhausted {
    /// The step budget is spent.
    Steps,
    /// The host's interrupt flag is set.
    Interrupted,
}

impl Budget {
    /// Start a slice in which natives may charge `allowance` units.
    pub fn start_slice(&mut self, allowance: u64) {
        self.allowance = allowance;
        self.charged = 0;
        self.stopped = false;
    }

    /// Units charged since the slice began, and whether a charge failed.
    pub fn end_slice(&self) -> (u64, bool) {
        (self.charged, self.stopped)
    }

    /// The flag the host sets to interrupt the program.
    pub fn set_interrupt(&mut self, flag: Option<Arc<AtomicBool>>) {
        self.interrupt = flag;
    }

    /// Charge `units` of work.
    #[inline]
    pub fn charge(&mut self, units: u64) -> Result<(), Exhausted> {
        self.charged = self.charged.saturating_add(units);
        if self.charged > self.allowance {
            self.stopped = true;
            return Err(Exhausted::Steps);
        }
        if self
            .interrupt
            .as_ref()
            .is_some_and(|f| f.load(Ordering::Relaxed))
        {
            self.stopped = true;
            return Err(Exhausted::Interrupted);
        }
        Ok(())
    }

    /// Charge one unit per `per` bytes of `bytes` (rounded up): natives
    /// that copy or fill buffers.
    #[inline]
    pub fn charge_bytes(&mut self, bytes: usize, per: usize) -> Result<(), Exhausted> {
        self.charge((bytes as u64).div_ceil(per.max(1) as u64))
    }
}

/// Bytes of copying or filling that cost one unit.
pub const BYTES_PER_UNIT: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charges_until_the_allowance_then_fails_and_stays_stopped() {
        let mut b = Budget::default();
        b.start_slice(100);
        assert_eq!(b.charge(60), Ok(()));
        assert_eq!(b.charge(40), Ok(()));
        assert_eq!(b.end_slice(), (100, false));
        assert_eq!(b.charge(1), Err(Exhausted::Steps));
        assert_eq!(b.charge(1), Err(Exhausted::Steps));
        assert_eq!(b.end_slice(), (102, true));
        b.start_slice(10);
        assert_eq!(b.end_slice(), (0, false));
        assert_eq!(b.charge_bytes(640, 64), Ok(()));
        assert_eq!(b.charge_bytes(1, 64), Err(Exhausted::Steps));
    }

    #[test]
    fn an_interrupt_flag_stops_the_next_charge_without_being_cleared() {
        let flag = Arc::new(AtomicBool::new(false));
        let mut b = Budget::default();
        b.set_interrupt(Some(flag.clone()));
        b.start_slice(u64::MAX);
        assert_eq!(b.charge(1_000_000), Ok(()));
        flag.store(true, Ordering::SeqCst);
        assert_eq!(b.charge(1), Err(Exhausted::Interrupted));
        assert!(flag.load(Ordering::SeqCst), "the host clears its own flag");
        assert!(b.end_slice().1);
    }

    #[test]
    fn charges_saturate() {
        let mut b = Budget::default();
        b.start_slice(u64::MAX);
        assert_eq!(b.charge(u64::MAX), Ok(()));
        assert_eq!(b.charge(u64::MAX), Ok(()));
        assert_eq!(b.end_slice(), (u64::MAX, false));
    }
}
