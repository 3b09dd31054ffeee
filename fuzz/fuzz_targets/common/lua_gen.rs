//! A byte-driven generator of valid Lua 5.4 programs, in the spirit of
//! tests/lua-diff/gen.py: the fuzz input is a stream of choices, each byte
//! picking a production, so libFuzzer's mutations move between programs
//! that all parse. The programs mix integer, float and string arithmetic,
//! tables with metatables, closures, pcall/error, string and table library
//! calls with edge-case arguments, coroutines and loops. Every piece of
//! generated code is syntactically valid whatever the bytes (an exhausted
//! input reads as zeros), so a syntax error is a finding too.

pub struct Gen<'a> {
    data: &'a [u8],
    at: usize,
    out: String,
    /// Locals in scope (`v0`, `v1`...), innermost last.
    vars: usize,
    depth: u32,
}

const INTS: &[&str] = &[
    "0", "1", "-1", "2", "3", "7", "255", "math.maxinteger", "math.mininteger",
    "(math.mininteger + 1)", "9007199254740993", "0x7fffffff", "-0x80",
];
const FLOATS: &[&str] = &[
    "0.0", "-0.0", "1.5", "-2.5", "0.1", "1e308", "-1e308", "math.huge",
    "-math.huge", "(0/0)", "2^53", "2^63", "-(2^63)", "1e-310", "math.pi",
];
const STRINGS: &[&str] = &[
    "\"\"", "\"10\"", "\"0x10\"", "\" 3 \"", "\"1e2\"", "\"abc\"", "\"3.0\"",
    "\"a\\0b\"", "\"\\255\\1\"", "string.rep(\"xy\", 40)", "\"%d\"", "\"%\"",
    "\"0x7fffffffffffffff\"", "\"1e400\"", "\"nan\"", "\"-0\"",
];
const OTHERS: &[&str] = &[
    "nil", "true", "false", "{}", "{1, 2, 3}", "print", "coroutine.running()",
    "setmetatable({}, {__index = function(_, k) return k end})",
];
const BINOPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "^", "&", "|", "~", "<<", ">>", "==", "~=",
    "<", "<=", ">", ">=", "..", "and", "or",
];
const UNOPS: &[&str] = &["-", "~", "not ", "#"];
const PATTERNS: &[&str] = &[
    "\"a\"", "\"%d+\"", "\"(%a+)\"", "\"^x\"", "\"[%w_]+\"", "\"(.-)y\"",
    "\"%b()\"", "\"%f[%w]%w+\"", "\"[^x]\"", "\"()\"", "\"%\"", "\"[a-\"",
    "\"(()\"", "\"%1\"", "\".\"", "\"\"", "\"x*\"", "\"(a*(.)%w(%s*))\"",
];
const FORMATS: &[&str] = &[
    "\"%d\"", "\"%5.2f\"", "\"%x\"", "\"%s\"", "\"%q\"", "\"%g\"", "\"%c\"",
    "\"%10s|%-5d\"", "\"%%\"", "\"%.3s\"", "\"%+d\"", "\"%#x\"", "\"%a\"",
    "\"%.99f\"", "\"%099d\"", "\"%i\"", "\"%z\"",
];
const PACKFMTS: &[&str] = &[
    "\"i4\"", "\"<i2\"", "\">I8\"", "\"d\"", "\"s1\"", "\"z\"", "\"j\"",
    "\"!4 i3\"", "\"c3\"", "\"i17\"", "\"Xi4\"", "\"<!2 h i\"",
];
const LIB: &[(&str, &str)] = &[
    ("math.max", "nnn"), ("math.min", "nn"), ("math.floor", "n"),
    ("math.fmod", "nn"), ("math.tointeger", "a"), ("math.ult", "nn"),
    ("math.abs", "n"), ("math.modf", "n"), ("math.log", "nn"),
    ("string.rep", "sis"), ("string.sub", "sii"), ("string.byte", "sii"),
    ("string.char", "ii"), ("string.upper", "s"), ("string.reverse", "s"),
    ("string.find", "spia"), ("string.match", "spi"), ("string.gsub", "sprI"),
    ("string.gmatch", "sp"), ("string.format", "faa"), ("string.len", "a"),
    ("table.concat", "tsii"), ("table.unpack", "tii"), ("table.insert", "tia"),
    ("table.remove", "ti"), ("table.move", "tiiit"), ("table.pack", "aa"),
    ("table.sort", "tF"), ("select", "iaa"), ("tostring", "a"),
    ("tonumber", "ab"), ("utf8.char", "ii"), ("utf8.len", "sii"),
    ("utf8.codepoint", "sii"), ("utf8.offset", "sii"), ("rawlen", "a"),
    ("rawequal", "aa"), ("rawget", "ta"), ("next", "ta"), ("string.pack", "Paa"),
    ("string.unpack", "Psi"), ("string.packsize", "P"), ("ipairs", "a"),
    ("error", "ai"), ("assert", "aa"), ("setmetatable", "aa"),
    ("getmetatable", "a"), ("load", "sss"), ("coroutine.wrap", "F"),
    ("coroutine.close", "a"), ("coroutine.status", "a"), ("pcall", "Faa"),
    ("xpcall", "FFa"), ("type", "a"), ("math.type", "a"), ("string.rep", "sI"),
];
const INDEXES: &[&str] = &[
    "0", "1", "2", "-1", "-3", "10", "math.maxinteger", "math.mininteger",
    "1.0", "1.5", "\"2\"", "nil", "(0/0)", "2^31",
];
const EVENTS: &[&str] = &[
    "__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__idiv",
    "__band", "__bor", "__bxor", "__shl", "__shr", "__bnot", "__concat",
    "__len", "__eq", "__lt", "__le", "__call", "__tostring", "__index",
    "__newindex", "__close", "__name", "__metatable",
];

impl<'a> Gen<'a> {
    pub fn new(data: &'a [u8]) -> Gen<'a> {
        Gen {
            data,
            at: 0,
            out: String::new(),
            vars: 0,
            depth: 0,
        }
    }

    /// The whole program: statements until the input runs out.
    pub fn program(mut self) -> String {
        // `P(f)`: f's result, or the error it raised (so that a failing
        // statement does not end the program).
        self.out
            .push_str("local T = {}\nlocal function P(f) local ok, v = pcall(f) return v end\n");
        let mut n = 0;
        while self.at < self.data.len() && n < 64 {
            self.stat();
            n += 1;
        }
        self.out
    }

    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    fn below(&mut self, n: usize) -> usize {
        self.byte() as usize % n
    }

    fn pick(&mut self, list: &[&'static str]) -> &'static str {
        list[self.below(list.len())]
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// A local in scope, or a literal when there is none.
    fn var(&mut self) -> String {
        if self.vars == 0 {
            return self.pick(INTS).to_string();
        }
        format!("v{}", self.below(self.vars))
    }

    fn atom(&mut self) -> String {
        match self.below(8) {
            0 | 1 => self.pick(INTS).into(),
            2 | 3 => self.pick(FLOATS).into(),
            4 | 5 => self.pick(STRINGS).into(),
            6 => self.pick(OTHERS).into(),
            _ => self.var(),
        }
    }

    fn expr(&mut self) -> String {
        if self.depth > 4 {
            return self.atom();
        }
        self.depth += 1;
        let e = match self.below(12) {
            0..=2 => self.atom(),
            3..=5 => {
                let (a, op, b) = (self.expr(), self.pick(BINOPS), self.expr());
                format!("({a} {op} {b})")
            }
            6 => {
                let (op, a) = (self.pick(UNOPS), self.expr());
                format!("({op} {a})")
            }
            7 => self.call(),
            8 => self.table(),
            9 => self.function(),
            10 => {
                let (t, k) = (self.expr(), self.expr());
                format!("({t})[{k}]")
            }
            _ => {
                let (f, a) = (self.expr(), self.expr());
                format!("({f})({a})")
            }
        };
        self.depth -= 1;
        e
    }

    fn arg(&mut self, kind: u8) -> String {
        if self.below(10) == 0 {
            return self.atom(); // a wrong type now and then
        }
        match kind {
            b'n' => {
                if self.below(2) == 0 {
                    self.pick(INTS).into()
                } else {
                    self.pick(FLOATS).into()
                }
            }
            b's' => self.pick(STRINGS).into(),
            b'i' => self.pick(INDEXES).into(),
            b'I' => ["1", "3", "0", "-1", "100"][self.below(5)].into(),
            b'p' => self.pick(PATTERNS).into(),
            b'f' => self.pick(FORMATS).into(),
            b'P' => self.pick(PACKFMTS).into(),
            b't' => self.table(),
            b'F' => self.function(),
            b'r' => match self.below(3) {
                0 => "\"%1-%0\"".into(),
                1 => self.table(),
                _ => self.function(),
            },
            b'b' => ["10", "16", "2", "36", "1", "37"][self.below(6)].into(),
            _ => self.expr(),
        }
    }

    fn call(&mut self) -> String {
        let (name, kinds) = LIB[self.below(LIB.len())];
        let n = self.below(kinds.len() + 1);
        let args: Vec<String> = kinds.bytes().take(n).map(|k| self.arg(k)).collect();
        format!("{name}({})", args.join(", "))
    }

    fn table(&mut self) -> String {
        let n = self.below(4);
        let mut items = Vec::new();
        for _ in 0..n {
            items.push(match self.below(3) {
                0 => self.expr(),
                1 => format!("x = {}", self.expr()),
                _ => format!("[{}] = {}", self.atom(), self.expr()),
            });
        }
        let t = format!("{{{}}}", items.join(", "));
        if self.below(3) == 0 {
            let m = self.metatable();
            format!("setmetatable({t}, {m})")
        } else {
            t
        }
    }

    fn metatable(&mut self) -> String {
        let n = 1 + self.below(4);
        let mut fields = Vec::new();
        for _ in 0..n {
            let e = self.pick(EVENTS);
            let v = match e {
                "__name" | "__metatable" => self.pick(STRINGS).to_string(),
                "__index" | "__newindex" if self.below(2) == 0 => self.table(),
                _ => self.function(),
            };
            fields.push(format!("{e} = {v}"));
        }
        format!("{{{}}}", fields.join(", "))
    }

    /// A closure over the locals in scope, with up to two parameters.
    fn function(&mut self) -> String {
        if self.depth > 5 {
            return "print".into();
        }
        self.depth += 1;
        let saved = std::mem::take(&mut self.out);
        let outer = self.vars;
        let a = self.vars;
        self.vars += 2;
        self.push(&format!("function(v{a}, v{}, ...)\n", a + 1));
        let n = self.below(3);
        for _ in 0..n {
            self.stat();
        }
        let r = self.expr();
        self.push(&format!("return {r}\nend"));
        self.vars = outer;
        self.depth -= 1;
        std::mem::replace(&mut self.out, saved)
    }

    fn stat(&mut self) {
        if self.depth > 6 {
            self.push("do end\n");
            return;
        }
        self.depth += 1;
        match self.below(14) {
            0..=2 => {
                let e = self.expr();
                let v = self.vars;
                self.vars += 1;
                self.push(&format!("local v{v} = P(function() return {e} end)\n"));
            }
            3 => {
                let (v, e) = (self.var(), self.expr());
                if v.starts_with('v') {
                    self.push(&format!("{v} = P(function() return {e} end)\n"));
                } else {
                    self.push(&format!("pcall(function() T[{v}] = {e} end)\n"));
                }
            }
            4 | 5 => {
                let e = self.call();
                self.push(&format!("print(pcall(function() return {e} end))\n"));
            }
            6 => {
                let (t, k, v) = (self.expr(), self.expr(), self.expr());
                self.push(&format!("pcall(function() local t = {t}; t[{k}] = {v} end)\n"));
            }
            7 => {
                let (c, n) = (self.expr(), self.below(3));
                self.push(&format!("if P(function() return {c} end) then\n"));
                self.block(n);
                self.push("else\n");
                self.block(1);
                self.push("end\n");
            }
            8 => {
                let (from, to) = (self.below(4), self.below(6));
                let v = self.vars;
                self.vars += 1;
                self.push(&format!("pcall(function() for v{v} = {from}, {to} do\n"));
                self.block(2);
                self.vars = v;
                self.push("end end)\n");
            }
            9 => {
                let t = self.table();
                let v = self.vars;
                self.vars += 2;
                self.push(&format!(
                    "pcall(function() for v{v}, v{} in pairs({t}) do\n",
                    v + 1
                ));
                self.block(1);
                self.vars = v;
                self.push("end end)\n");
            }
            10 => {
                // A coroutine that yields what it computes.
                let f = self.function();
                let (a, b) = (self.expr(), self.expr());
                self.push(&format!(
                    "do local co = coroutine.create(function(...) local f = {f}; \
                     coroutine.yield(f(...)); return f(coroutine.yield({a})) end)\n\
                     for _ = 1, 4 do print(coroutine.resume(co, P(function() return {b} end))) end end\n"
                ));
            }
            11 => {
                let e = self.expr();
                self.push(&format!("print(pcall(function() error({e}) end))\n"));
            }
            12 => {
                let (t, m) = (self.expr(), self.metatable());
                self.push(&format!(
                    "do local ok, o = pcall(setmetatable, {{}}, {m}); local x = P(function() return {t} end)\n\
                     print(pcall(function() return o + x, o .. x, o < x, #o, o(x), o[x], tostring(o) end)) end\n"
                ));
            }
            _ => {
                let e = self.expr();
                self.push(&format!("print(pcall(function() return tostring({e}) end))\n"));
            }
        }
        self.depth -= 1;
    }

    /// `n` statements in a nested scope.
    fn block(&mut self, n: usize) {
        let outer = self.vars;
        for _ in 0..n.max(1) {
            self.stat();
        }
        self.vars = outer;
    }
}
