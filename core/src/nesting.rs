//! A bound on how deeply the syntax tree can nest, kept token by token.
//!
//! The parser is LR and never recurses, but everything that walks the tree
//! afterwards does: `Debug`, `Drop`, `Clone`, lowering. So the lexer counts,
//! before the parser builds anything, how deep the tree being built can
//! get, and refuses the input past a limit. The count is an upper bound:
//! every construct that can add a level to the tree must be counted, and a
//! count may only be forgotten where what follows is a sibling of what came
//! before, never its child.
//!
//! The input is seen as frames: one per open bracket or block, the first
//! for the whole text. In each frame, the expression being read has `run`
//! levels from the operators read so far (each prefix, infix or postfix
//! operator can wrap everything before or after it in its frame) and
//! `deepest` levels from the deepest bracket closed in it. At a separator
//! (a `,` or a statement boundary) the expression is finished and its depth
//! kept in `done`. A frame's depth is then at most `max(done, run +
//! deepest)`, and a closing bracket adds the closed frame's depth plus one
//! to its parent's `deepest`. [`Nesting::levels`] adds up the open frames
//! (plus a `base` for text nested in a string); closing a frame never raises
//! it, so checking it whenever it grows bounds the depth of every tree the
//! parser can build from the tokens seen, including the partial trees it
//! drops when it stops at a syntax error.
//!
//! One module serves the four syntax crates (each feeds it its own
//! language's tokens in its lexer); not every language uses every method.

/// One open bracket or block.
#[derive(Debug, Clone, Copy, Default)]
struct Frame {
    /// Operators read in the current expression.
    run: u32,
    /// One more than the depth of the deepest frame closed in the current
    /// expression.
    deepest: u32,
    /// The depth of the deepest finished expression of this frame.
    done: u32,
}

impl Frame {
    fn depth(&self) -> u32 {
        self.done.max(self.run.saturating_add(self.deepest))
    }
}

/// The running bound; see the module documentation.
#[derive(Debug, Clone)]
pub struct Nesting {
    /// Never empty: `frames[0]` is the whole text.
    frames: Vec<Frame>,
    /// The sum of `depth() + 1` over every frame but the innermost.
    below: u32,
    /// Levels already used by the text around this one.
    base: u32,
    max_levels: u32,
}

/// [`Nesting::levels`] went past the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooDeep;

impl Nesting {
    /// A count starting at `base` levels, refusing more than `max_levels`.
    pub fn new(base: u32, max_levels: u32) -> Nesting {
        Nesting {
            frames: vec![Frame::default()],
            below: 0,
            base,
            max_levels,
        }
    }

    fn top(&mut self) -> &mut Frame {
        let last = self.frames.len() - 1;
        &mut self.frames[last]
    }

    fn check(&self) -> Result<(), TooDeep> {
        if self.levels() > self.max_levels {
            Err(TooDeep)
        } else {
            Ok(())
        }
    }

    /// The levels the tree may have at this point, counting the text
    /// around this one.
    pub fn levels(&self) -> u32 {
        let top = self.frames[self.frames.len() - 1].depth();
        self.base.saturating_add(self.below).saturating_add(top)
    }

    /// Brackets and blocks open now.
    pub fn open_frames(&self) -> usize {
        self.frames.len() - 1
    }

    /// An opening bracket or block.
    pub fn open(&mut self) -> Result<(), TooDeep> {
        let depth = self.top().depth();
        self.below = self.below.saturating_add(depth).saturating_add(1);
        self.frames.push(Frame::default());
        self.check()
    }

    /// A closing bracket or block; a stray one (nothing open) is ignored:
    /// the parser reports it.
    pub fn close(&mut self) {
        if self.frames.len() < 2 {
            return;
        }
        let child = self.frames.pop().unwrap_or_default().depth();
        let top = self.top();
        let depth = top.depth();
        top.deepest = top.deepest.max(child.saturating_add(1));
        self.below = self.below.saturating_sub(depth.saturating_add(1));
    }

    /// An operator: it may wrap the expression read so far in this frame.
    pub fn op(&mut self) -> Result<(), TooDeep> {
        self.ops(1)
    }

    /// An operator that builds `levels` nested nodes (`?.` in JavaScript
    /// is an optional chain around a member access).
    pub fn ops(&mut self, levels: u32) -> Result<(), TooDeep> {
        let top = self.top();
        top.run = top.run.saturating_add(levels);
        self.check()
    }

    /// A finished subtree `depth` levels deep (a string whose interpolated
    /// parts were parsed apart), used as an operand here.
    pub fn operand(&mut self, depth: u32) -> Result<(), TooDeep> {
        let top = self.top();
        top.deepest = top.deepest.max(depth.saturating_add(1));
        self.check()
    }

    /// A separator: the expression of this frame is finished and what
    /// follows is its sibling.
    pub fn separate(&mut self) {
        let top = self.top();
        top.done = top.depth();
        top.run = 0;
        top.deepest = 0;
    }

    /// The depth of the whole text read so far, its open frames closed.
    pub fn depth(&self) -> u32 {
        let mut inner: Option<u32> = None;
        for frame in self.frames.iter().rev() {
            let deepest = match inner {
                Some(depth) => frame.deepest.max(depth.saturating_add(1)),
                None => frame.deepest,
            };
            inner = Some(frame.done.max(frame.run.saturating_add(deepest)));
        }
        inner.unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_never_raises_the_levels() {
        let mut nesting = Nesting::new(0, 100);
        for _ in 0..3 {
            nesting.op().unwrap();
        }
        nesting.open().unwrap();
        for _ in 0..5 {
            nesting.op().unwrap();
        }
        let inside = nesting.levels();
        nesting.close();
        assert!(nesting.levels() <= inside);
        assert_eq!(nesting.levels(), 3 + 6);
    }

    #[test]
    fn separators_forget_siblings_but_keep_the_deepest() {
        let mut nesting = Nesting::new(0, 100);
        nesting.open().unwrap();
        for _ in 0..10 {
            nesting.op().unwrap();
            nesting.separate();
        }
        assert_eq!(nesting.levels(), 1 + 1);
        nesting.close();
        assert_eq!(nesting.depth(), 2);
    }

    #[test]
    fn brackets_inside_runs_multiply_nothing() {
        // `((x + 1 + 1) + 1 + 1) + 1 + 1`: the depth adds up across frames.
        let mut nesting = Nesting::new(0, 100);
        nesting.open().unwrap();
        nesting.open().unwrap();
        nesting.op().unwrap();
        nesting.op().unwrap();
        nesting.close();
        nesting.op().unwrap();
        nesting.op().unwrap();
        nesting.close();
        nesting.op().unwrap();
        nesting.op().unwrap();
        assert_eq!(nesting.depth(), 8);
        assert_eq!(nesting.levels(), 8);
    }

    #[test]
    fn the_limit_is_refused() {
        let mut nesting = Nesting::new(5, 10);
        for _ in 0..5 {
            nesting.op().unwrap();
        }
        assert_eq!(nesting.op(), Err(TooDeep));
    }
}
