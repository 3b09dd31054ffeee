//! Lua 5.4 patterns over bytes, as lstrlib.c matches them (Lua 5.4.4).
//!
//! The matcher is a direct port of lstrlib's backtracking `match`: the same
//! items (`.` `%a %c %d %g %l %p %s %u %w %x` and their upper-case complements
//! in the C locale, sets `[...]` / `[^...]` with ranges and `%` escapes,
//! quantifiers `* + - ?`, captures `(...)` and position captures `()`,
//! back-references `%1`..`%9`, `%b()`, `%f[set]`), the same anchors (`^` only
//! at the start of the pattern, handled by the caller; `$` only at its end),
//! and the same errors, raised lazily when the matcher reaches the bad item,
//! worded as Lua words them. Rust recursion is bounded exactly like Lua's C
//! recursion: every nested `match` call spends one unit of a depth budget of
//! [`MAX_MATCH_DEPTH`] (lstrlib's `MAXCCALLS`), and running out is the error
//! "pattern too complex", so no input can overflow the Rust stack.
//!
//! # Glue
//!
//! - `string.find(s, p, init, plain)`: convert `init` (Lua's `posrelatI`) to a
//!   0-based offset; if it is past `#s`, return `fail`. If `plain` is true or
//!   `!has_specials(p)`, do a plain substring search ([`find_plain`]). Otherwise call
//!   [`match_at`]; on a match return `start + 1`, `end` and then the
//!   captures ([`Capture::Span`] as the substring, [`Capture::Position`] as
//!   the integer `pos + 1`).
//! - `string.match(s, p, init)`: [`match_at`]; return the captures, or the
//!   whole match `s[start..end]` when `captures` is empty.
//! - `string.gmatch(s, p, init)`: keep a [`GmatchState`] in the iterator and
//!   call [`gmatch_next`] on each call; values as for `match`. A `^` in a
//!   gmatch pattern is an ordinary character, as in Lua 5.4.
//! - `string.gsub(s, p, repl, n)`: copy the loop of [`gsub_str`]. For a string
//!   (or number) `repl` use [`gsub_str`] itself. For a table or function the
//!   value of a match is the first capture (or the whole match) for a table
//!   lookup, or all captures (or the whole match) as the call's arguments; a
//!   `false`/`nil` result keeps the matched text, a string or number replaces
//!   it, anything else is the error "invalid replacement value (a table)".
//!   [`match_here`] reports "unfinished capture" for an unclosed `(` just as
//!   Lua's `push_captures` does for those two kinds of `repl`.
//!
//! The 5.4 iteration rule for gmatch and gsub: at each position try one match;
//! accept it only if it does not end where the previously accepted match ended
//! (`lastmatch`), which stops an empty match right after a non-empty one
//! (`("abc"):gsub("%w*", "-")` is `"-"`, 1); after an accepted match continue
//! at its end, otherwise copy one byte and move on; stop after the end of the
//! subject. gsub's `^` anchor (stripped before matching) stops the loop after
//! the first attempt.
//!
//! # Work
//!
//! Backtracking can take time exponential in the pattern's length
//! (`("a"):rep(40)` against `("a-"):rep(20) .. "b"`), so the matcher
//! charges its work to the caller's [`Meter`]: one unit per `match` call
//! (each step and each backtrack), reported every [`CHARGE_EVERY`] units
//! and at the end. A meter that refuses (the script's step budget is spent,
//! or the host interrupts it) ends matching with [`PatternError::budget`].

/// lstrlib's `LUA_MAXCAPTURES`.
pub const MAX_CAPTURES: usize = 32;
/// lstrlib's `MAXCCALLS`: how deeply `match` may nest.
pub const MAX_MATCH_DEPTH: usize = 200;

/// Units of work the matcher gathers before reporting them to its meter.
pub const CHARGE_EVERY: u64 = 1024;

/// What a match charges its work to: called with the units done since the
/// last call; `false` stops the match.
pub type Meter<'m> = &'m mut dyn FnMut(u64) -> bool;

const ESC: u8 = b'%';
/// lstrlib's `SPECIALS`.
const SPECIALS: &[u8] = b"^$*+?.([%-";

/// A pattern error, with `message` worded as lua5.4 words it (for example
/// `malformed pattern (missing ']')`). Lua raises it as a plain string error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternError {
    pub message: String,
}

impl PatternError {
    /// The error of a match its meter stopped.
    pub fn budget() -> Self {
        PatternError::new("step limit reached")
    }

    fn new(message: impl Into<String>) -> Self {
        PatternError {
            message: message.into(),
        }
    }
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PatternError {}

/// One capture of a successful match, as byte offsets into the subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capture {
    /// `(...)`: the bytes `src[start..end]`.
    Span(usize, usize),
    /// `()`: the 0-based offset; Lua's value is `pos + 1`.
    Position(usize),
}

/// A successful match: `src[start..end]` and the pattern's captures in order
/// (empty when the pattern has none; then Lua's value is the whole match).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub captures: Vec<Capture>,
}

/// The raw state of one capture during matching (lstrlib: `len` is
/// `CAP_UNFINISHED` or `CAP_POSITION` or a length).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CapState {
    Unfinished,
    Position,
    Closed(usize),
}

#[derive(Clone, Copy, Debug)]
struct RawCapture {
    init: usize,
    state: CapState,
}

/// lstrlib's `MatchState`.
struct Matcher<'a, 'm> {
    src: &'a [u8],
    pat: &'a [u8],
    depth_left: usize,
    level: usize,
    captures: [RawCapture; MAX_CAPTURES],
    meter: Meter<'m>,
    /// Units done and not yet reported to `meter`.
    unreported: u64,
}

impl<'a, 'm> Matcher<'a, 'm> {
    fn new(src: &'a [u8], pat: &'a [u8], meter: Meter<'m>) -> Self {
        Matcher {
            src,
            pat,
            meter,
            unreported: 0,
            depth_left: MAX_MATCH_DEPTH,
            level: 0,
            captures: [RawCapture {
                init: 0,
                state: CapState::Unfinished,
            }; MAX_CAPTURES],
        }
    }

    /// lstrlib's `reprepstate`.
    fn reset(&mut self) {
        self.level = 0;
        self.depth_left = MAX_MATCH_DEPTH;
    }

    /// The pattern byte at `p`; 0 past the end, like C's terminating NUL.
    fn p_at(&self, p: usize) -> u8 {
        self.pat.get(p).copied().unwrap_or(0)
    }

    /// The subject byte at `s`; 0 past the end, like C's terminating NUL.
    fn s_at(&self, s: usize) -> u8 {
        self.src.get(s).copied().unwrap_or(0)
    }

    /// lstrlib `classEnd`: the index just after the single-char class at `p`.
    fn class_end(&self, mut p: usize) -> Result<usize, PatternError> {
        let c = self.p_at(p);
        p += 1;
        match c {
            ESC => {
                if p >= self.pat.len() {
                    return Err(PatternError::new("malformed pattern (ends with '%')"));
                }
                Ok(p + 1)
            }
            b'[' => {
                if self.p_at(p) == b'^' {
                    p += 1;
                }
                // Look for a ']'; the first byte of the set is never the end.
                loop {
                    if p >= self.pat.len() {
                        return Err(PatternError::new("malformed pattern (missing ']')"));
                    }
                    let c = self.p_at(p);
                    p += 1;
                    if c == ESC && p < self.pat.len() {
                        p += 1; // skip escapes such as '%]'
                    }
                    if self.p_at(p) == b']' {
                        break;
                    }
                }
                Ok(p + 1)
            }
            _ => Ok(p),
        }
    }

    /// lstrlib `matchbracketclass`: `p` is at the '[', `ec` at the closing ']'.
    fn match_bracket_class(&self, c: u8, mut p: usize, ec: usize) -> bool {
        let mut sig = true;
        if self.p_at(p + 1) == b'^' {
            sig = false;
            p += 1;
        }
        loop {
            p += 1;
            if p >= ec {
                break;
            }
            let pc = self.p_at(p);
            if pc == ESC {
                p += 1;
                if match_class(c, self.p_at(p)) {
                    return sig;
                }
            } else if self.p_at(p + 1) == b'-' && p + 2 < ec {
                p += 2;
                if pc <= c && c <= self.p_at(p) {
                    return sig;
                }
            } else if pc == c {
                return sig;
            }
        }
        !sig
    }

    /// lstrlib `singlematch`: does the class at `p..ep` match `src[s]`?
    fn single_match(&self, s: usize, p: usize, ep: usize) -> bool {
        let Some(&c) = self.src.get(s) else {
            return false;
        };
        match self.p_at(p) {
            b'.' => true,
            ESC => match_class(c, self.p_at(p + 1)),
            b'[' => self.match_bracket_class(c, p, ep - 1),
            pc => pc == c,
        }
    }

    /// lstrlib `matchbalance` for `%bxy` with `p` at `x`.
    fn match_balance(&self, s: usize, p: usize) -> Result<Option<usize>, PatternError> {
        if p + 1 >= self.pat.len() {
            return Err(PatternError::new(
                "malformed pattern (missing arguments to '%b')",
            ));
        }
        if s >= self.src.len() || self.src[s] != self.pat[p] {
            return Ok(None);
        }
        let (open, close) = (self.pat[p], self.pat[p + 1]);
        let mut depth = 1usize;
        let mut s = s;
        loop {
            s += 1;
            let Some(&c) = self.src.get(s) else {
                return Ok(None); // the subject ends out of balance
            };
            if c == close {
                depth -= 1;
                if depth == 0 {
                    return Ok(Some(s + 1));
                }
            } else if c == open {
                depth += 1;
            }
        }
    }

    /// lstrlib `max_expand`: greedy `*` (and `+` after its first byte).
    fn max_expand(&mut self, s: usize, p: usize, ep: usize) -> Result<Option<usize>, PatternError> {
        let mut i = 0usize;
        while self.single_match(s + i, p, ep) {
            i += 1;
        }
        // Try the rest of the pattern with the most repetitions first.
        loop {
            if let Some(res) = self.do_match(s + i, ep + 1)? {
                return Ok(Some(res));
            }
            if i == 0 {
                return Ok(None);
            }
            i -= 1;
        }
    }

    /// lstrlib `min_expand`: lazy `-`.
    fn min_expand(
        &mut self,
        mut s: usize,
        p: usize,
        ep: usize,
    ) -> Result<Option<usize>, PatternError> {
        loop {
            if let Some(res) = self.do_match(s, ep + 1)? {
                return Ok(Some(res));
            }
            if self.single_match(s, p, ep) {
                s += 1;
            } else {
                return Ok(None);
            }
        }
    }

    /// lstrlib `start_capture`.
    fn start_capture(
        &mut self,
        s: usize,
        p: usize,
        state: CapState,
    ) -> Result<Option<usize>, PatternError> {
        let level = self.level;
        if level >= MAX_CAPTURES {
            return Err(PatternError::new("too many captures"));
        }
        self.captures[level] = RawCapture { init: s, state };
        self.level = level + 1;
        let res = self.do_match(s, p)?;
        if res.is_none() {
            self.level -= 1; // undo the capture
        }
        Ok(res)
    }

    /// lstrlib `end_capture`.
    fn end_capture(&mut self, s: usize, p: usize) -> Result<Option<usize>, PatternError> {
        let l = self.capture_to_close()?;
        self.captures[l].state = CapState::Closed(s - self.captures[l].init);
        let res = self.do_match(s, p)?;
        if res.is_none() {
            self.captures[l].state = CapState::Unfinished; // undo the capture
        }
        Ok(res)
    }

    /// lstrlib `capture_to_close`.
    fn capture_to_close(&self) -> Result<usize, PatternError> {
        (0..self.level)
            .rev()
            .find(|&l| self.captures[l].state == CapState::Unfinished)
            .ok_or_else(|| PatternError::new("invalid pattern capture"))
    }

    /// lstrlib `check_capture` for the digit `d` of `%d`.
    fn check_capture(&self, d: u8) -> Result<usize, PatternError> {
        let l = i32::from(d) - i32::from(b'1');
        match usize::try_from(l) {
            Ok(l) if l < self.level && self.captures[l].state != CapState::Unfinished => Ok(l),
            _ => Err(PatternError::new(format!(
                "invalid capture index %{}",
                l + 1
            ))),
        }
    }

    /// lstrlib `match_capture`: a back-reference `%1`..`%9`. A position
    /// capture has a huge "length" in C and so never matches.
    fn match_capture(&self, s: usize, d: u8) -> Result<Option<usize>, PatternError> {
        let l = self.check_capture(d)?;
        let cap = self.captures[l];
        let CapState::Closed(len) = cap.state else {
            return Ok(None);
        };
        let rest = &self.src[s.min(self.src.len())..];
        if rest.len() >= len && rest[..len] == self.src[cap.init..cap.init + len] {
            Ok(Some(s + len))
        } else {
            Ok(None)
        }
    }

    /// lstrlib `match`: the end of a match of `pat[p..]` at `src[s..]`.
    fn do_match(&mut self, s: usize, p: usize) -> Result<Option<usize>, PatternError> {
        if self.depth_left == 0 {
            return Err(PatternError::new("pattern too complex"));
        }
        self.unreported += 1;
        if self.unreported >= CHARGE_EVERY {
            self.report()?;
        }
        self.depth_left -= 1;
        let res = self.match_body(s, p);
        self.depth_left += 1;
        res
    }

    fn match_body(&mut self, mut s: usize, mut p: usize) -> Result<Option<usize>, PatternError> {
        // Tail calls of the C code are iterations of this loop.
        loop {
            if p >= self.pat.len() {
                return Ok(Some(s)); // end of pattern
            }
            match self.pat[p] {
                b'(' => {
                    return if self.p_at(p + 1) == b')' {
                        self.start_capture(s, p + 2, CapState::Position)
                    } else {
                        self.start_capture(s, p + 1, CapState::Unfinished)
                    };
                }
                b')' => return self.end_capture(s, p + 1),
                b'$' if p + 1 == self.pat.len() => {
                    return Ok((s == self.src.len()).then_some(s));
                }
                ESC if self.p_at(p + 1) == b'b' => match self.match_balance(s, p + 2)? {
                    Some(e) => {
                        s = e;
                        p += 4;
                        continue;
                    }
                    None => return Ok(None),
                },
                ESC if self.p_at(p + 1) == b'f' => {
                    p += 2;
                    if self.p_at(p) != b'[' {
                        return Err(PatternError::new("missing '[' after '%f' in pattern"));
                    }
                    let ep = self.class_end(p)?;
                    let previous = if s == 0 { 0 } else { self.s_at(s - 1) };
                    if !self.match_bracket_class(previous, p, ep - 1)
                        && self.match_bracket_class(self.s_at(s), p, ep - 1)
                    {
                        p = ep;
                        continue;
                    }
                    return Ok(None);
                }
                ESC if self.p_at(p + 1).is_ascii_digit() => {
                    match self.match_capture(s, self.p_at(p + 1))? {
                        Some(e) => {
                            s = e;
                            p += 2;
                            continue;
                        }
                        None => return Ok(None),
                    }
                }
                _ => {}
            }
            // The default case: a single-char class plus an optional suffix.
            let ep = self.class_end(p)?;
            let suffix = self.p_at(ep);
            if !self.single_match(s, p, ep) {
                if matches!(suffix, b'*' | b'?' | b'-') {
                    p = ep + 1; // accept empty
                    continue;
                }
                return Ok(None); // '+' or no suffix
            }
            match suffix {
                b'?' => {
                    if let Some(res) = self.do_match(s + 1, ep + 1)? {
                        return Ok(Some(res));
                    }
                    p = ep + 1;
                }
                b'+' => return self.max_expand(s + 1, p, ep),
                b'*' => return self.max_expand(s, p, ep),
                b'-' => return self.min_expand(s, p, ep),
                _ => {
                    s += 1;
                    p = ep;
                }
            }
        }
    }

    /// Report the work done so far to the meter.
    fn report(&mut self) -> Result<(), PatternError> {
        let units = std::mem::take(&mut self.unreported);
        if units == 0 || (self.meter)(units) {
            Ok(())
        } else {
            Err(PatternError::budget())
        }
    }

    /// One match attempt at `s` with fresh state.
    fn attempt(&mut self, s: usize) -> Result<Option<usize>, PatternError> {
        self.reset();
        self.do_match(s, 0)
    }

    /// The captures of the last successful attempt (lstrlib `push_captures`).
    fn finished_captures(&self) -> Result<Vec<Capture>, PatternError> {
        self.captures[..self.level]
            .iter()
            .map(|cap| match cap.state {
                CapState::Unfinished => Err(PatternError::new("unfinished capture")),
                CapState::Position => Ok(Capture::Position(cap.init)),
                CapState::Closed(len) => Ok(Capture::Span(cap.init, cap.init + len)),
            })
            .collect()
    }
}

/// lstrlib `match_class`: does byte `c` belong to the class letter `cl`
/// (`a c d g l p s u w x z`, upper case for the complement; any other byte
/// stands for itself)?
fn match_class(c: u8, cl: u8) -> bool {
    let res = match cl.to_ascii_lowercase() {
        b'a' => c.is_ascii_alphabetic(),
        b'c' => c.is_ascii_control(),
        b'd' => c.is_ascii_digit(),
        b'g' => c.is_ascii_graphic(),
        b'l' => c.is_ascii_lowercase(),
        b'p' => c.is_ascii_punctuation(),
        b's' => matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        b'u' => c.is_ascii_uppercase(),
        b'w' => c.is_ascii_alphanumeric(),
        b'x' => c.is_ascii_hexdigit(),
        b'z' => c == 0, // deprecated in Lua 5.2 but still accepted by 5.4
        _ => return cl == c,
    };
    if cl.is_ascii_lowercase() {
        res
    } else {
        !res
    }
}

/// Whether `pat` has any of Lua's special characters `^$*+?.([%-`; without
/// them `string.find` does a plain substring search (lstrlib `nospecials`).
pub fn has_specials(pat: &[u8]) -> bool {
    pat.iter().any(|c| SPECIALS.contains(c))
}

/// `string.find`'s plain search (lstrlib `lmemfind`): the offset of the
/// first occurrence of `needle` in `haystack` at `init` or later. An empty
/// needle is found at `init` (when `init <= haystack.len()`).
pub fn find_plain(haystack: &[u8], needle: &[u8], init: usize) -> Option<usize> {
    let rest = haystack.get(init..)?;
    if needle.is_empty() {
        return Some(init);
    }
    rest.windows(needle.len())
        .position(|w| w == needle)
        .map(|k| k + init)
}

/// `string.find`/`string.match` (lstrlib `str_find_aux`): the first match of
/// `pat` starting at offset `init` or later. A leading `^` anchors the match
/// at `init`. `init` past the end of `src` never matches. An unclosed capture
/// in a match is the error "unfinished capture".
pub fn match_at(
    src: &[u8],
    pat: &[u8],
    init: usize,
    meter: Meter<'_>,
) -> Result<Option<Match>, PatternError> {
    if init > src.len() {
        return Ok(None);
    }
    let (anchor, pat) = match pat.split_first() {
        Some((b'^', rest)) => (true, rest),
        _ => (false, pat),
    };
    let mut m = Matcher::new(src, pat, meter);
    let mut s = init;
    loop {
        if let Some(end) = m.attempt(s)? {
            m.report()?;
            return Ok(Some(Match {
                start: s,
                end,
                captures: m.finished_captures()?,
            }));
        }
        s += 1;
        if anchor || s > src.len() {
            m.report()?;
            return Ok(None);
        }
    }
}

/// One match attempt of `pat` exactly at `pos` (no `^` handling: the caller
/// strips gsub's anchor; for gmatch `^` is an ordinary character). An
/// unclosed capture in a match is the error "unfinished capture".
pub fn match_here(
    src: &[u8],
    pat: &[u8],
    pos: usize,
    meter: Meter<'_>,
) -> Result<Option<Match>, PatternError> {
    if pos > src.len() {
        return Ok(None);
    }
    let mut m = Matcher::new(src, pat, meter);
    let found = m.attempt(pos)?;
    m.report()?;
    match found {
        Some(end) => Ok(Some(Match {
            start: pos,
            end,
            captures: m.finished_captures()?,
        })),
        None => Ok(None),
    }
}

/// The state of a `string.gmatch` iterator (lstrlib `GMatchState`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GmatchState {
    /// Where the next search starts (0-based; may be `len + 1`: exhausted).
    pub src: usize,
    /// The end of the last accepted match.
    pub lastmatch: Option<usize>,
}

impl GmatchState {
    /// A fresh iterator starting at the 0-based offset `init` (the caller
    /// converts Lua's `init`; anything past `len` means "no more matches").
    pub fn new(init: usize) -> Self {
        GmatchState {
            src: init,
            lastmatch: None,
        }
    }
}

/// The next match of a `string.gmatch` loop (lstrlib `gmatch_aux`), or
/// `None` when the iteration is over.
pub fn gmatch_next(
    src: &[u8],
    pat: &[u8],
    state: &mut GmatchState,
    meter: Meter<'_>,
) -> Result<Option<Match>, PatternError> {
    let mut m = Matcher::new(src, pat, meter);
    let mut s = state.src;
    while s <= src.len() {
        if let Some(end) = m.attempt(s)? {
            if Some(end) != state.lastmatch {
                m.report()?;
                state.src = end;
                state.lastmatch = Some(end);
                return Ok(Some(Match {
                    start: s,
                    end,
                    captures: m.finished_captures()?,
                }));
            }
        }
        s += 1;
    }
    state.src = s;
    m.report()?;
    Ok(None)
}

/// gsub's expansion of a replacement string (lstrlib `add_s`) for the match
/// `m` of `src`: `%0` is the whole match, `%1`..`%9` a capture (`%1` is the
/// whole match when there are no captures; a position capture expands to its
/// 1-based position), `%%` a `%`; any other `%` is an error.
pub fn expand_replacement(
    repl: &[u8],
    src: &[u8],
    m: &Match,
    out: &mut Vec<u8>,
) -> Result<(), PatternError> {
    let captures: Vec<RawCapture> = m
        .captures
        .iter()
        .map(|c| match *c {
            Capture::Span(start, end) => RawCapture {
                init: start,
                state: CapState::Closed(end - start),
            },
            Capture::Position(pos) => RawCapture {
                init: pos,
                state: CapState::Position,
            },
        })
        .collect();
    expand(repl, src, m.start, m.end, &captures, out)
}

/// `src[start..end]`, or nothing if a caller's `Match` does not fit `src`.
fn span(src: &[u8], start: usize, end: usize) -> &[u8] {
    src.get(start..end).unwrap_or_default()
}

fn expand(
    repl: &[u8],
    src: &[u8],
    start: usize,
    end: usize,
    captures: &[RawCapture],
    out: &mut Vec<u8>,
) -> Result<(), PatternError> {
    let mut i = 0;
    while i < repl.len() {
        let c = repl[i];
        i += 1;
        if c != ESC {
            out.push(c);
            continue;
        }
        let d = repl.get(i).copied().unwrap_or(0);
        i += 1;
        match d {
            ESC => out.push(ESC),
            b'0' => out.extend_from_slice(span(src, start, end)),
            b'1'..=b'9' => {
                // lstrlib get_onecapture
                let l = usize::from(d - b'1');
                if l >= captures.len() {
                    if l != 0 {
                        return Err(PatternError::new(format!(
                            "invalid capture index %{}",
                            l + 1
                        )));
                    }
                    out.extend_from_slice(span(src, start, end));
                } else {
                    let cap = captures[l];
                    match cap.state {
                        CapState::Unfinished => {
                            return Err(PatternError::new("unfinished capture"));
                        }
                        CapState::Position => {
                            out.extend_from_slice((cap.init + 1).to_string().as_bytes());
                        }
                        CapState::Closed(len) => {
                            out.extend_from_slice(span(src, cap.init, cap.init + len));
                        }
                    }
                }
            }
            _ => {
                return Err(PatternError::new(
                    "invalid use of '%' in replacement string",
                ));
            }
        }
    }
    Ok(())
}

/// `string.gsub(src, pat, repl, max_n)` with a string `repl` (lstrlib
/// `str_gsub`): the new string and the number of replacements. `max_n` is
/// `None` for "no limit"; the caller maps a negative Lua `n` to `Some(0)`.
///
/// This loop is the reference for the table and function cases: only the
/// `expand` step differs.
pub fn gsub_str(
    src: &[u8],
    pat: &[u8],
    repl: &[u8],
    max_n: Option<usize>,
    meter: Meter<'_>,
) -> Result<(Vec<u8>, usize), PatternError> {
    // 1. A leading '^' anchors every attempt at the current position and
    //    stops after the first one.
    let (anchor, pat) = match pat.split_first() {
        Some((b'^', rest)) => (true, rest),
        _ => (false, pat),
    };
    let mut m = Matcher::new(src, pat, meter);
    let mut out = Vec::with_capacity(src.len());
    let mut s = 0usize;
    let mut lastmatch: Option<usize> = None;
    let mut n = 0usize;
    while max_n.is_none_or(|max| n < max) {
        // 2. Try a match at s; accept it unless it ends where the last one did.
        match m.attempt(s)? {
            Some(end) if Some(end) != lastmatch => {
                n += 1;
                let before = out.len();
                expand(repl, src, s, end, &m.captures[..m.level], &mut out)?;
                // The replacement's bytes are work too (a long replacement
                // of many empty matches).
                m.unreported += (out.len() - before) as u64 / 64;
                s = end;
                lastmatch = Some(end);
            }
            // 3. Otherwise copy one byte, or stop at the end of the subject.
            _ if s < src.len() => {
                out.push(src[s]);
                s += 1;
            }
            _ => break,
        }
        if anchor {
            break;
        }
    }
    // 4. The rest of the subject is copied unchanged.
    out.extend_from_slice(&src[s.min(src.len())..]);
    m.unreported += out.len() as u64 / 64;
    m.report()?;
    Ok((out, n))
}
