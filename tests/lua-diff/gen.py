#!/usr/bin/env python3
"""Generate random but valid Lua 5.4 programs for differential testing.

Each program is a sequence of independent probes. Every probe runs under
`pcall` and prints what it returned through `show`, which spells values
without addresses (numbers with their subtype, strings with %q), so two
correct Lua implementations print the same text. The probes cover what
issue 12 item 5 names: arithmetic on mixed integer/float/string values,
tables with metatables, closures, pcall/error, coroutines, and standard
library calls with edge-case arguments (NaN, +-inf, mininteger, empty and
long strings, wrong types, missing arguments).

Usage: gen.py SEED [PROBES]   -> the program on stdout (same seed, same
program). Used by tests/lua-diff/run.sh.
"""

import random
import sys

PRELUDE = r'''
local function spell(v)
  local ty = type(v)
  if ty == "number" then return math.type(v) .. ":" .. tostring(v)
  elseif ty == "string" then return string.format("%q", v)
  elseif ty == "nil" or ty == "boolean" then return tostring(v)
  else return ty end
end
local function show(tag, ...)
  local n = select("#", ...)
  local t = {}
  for i = 1, n do t[i] = spell((select(i, ...))) end
  print(tag, n, table.concat(t, " "))
end
local function mt(name)
  local m = {}
  m.__name = name
  return m
end
'''

INTS = ["0", "1", "-1", "2", "3", "7", "-7", "255", "1024", "math.maxinteger",
        "math.mininteger", "(math.maxinteger - 1)", "(math.mininteger + 1)",
        "9007199254740993", "0x7fffffff", "0xff"]
FLOATS = ["0.0", "-0.0", "1.5", "-2.5", "0.1", "1e15", "1e16", "1e308",
          "-1e308", "math.huge", "-math.huge", "(0/0)", "2^53", "2^63",
          "-(2^63)", "3.0", "1e-310", "math.pi"]
STRINGS = ['""', '"10"', '"0x10"', '" 3 "', '"1e2"', '"abc"', '"3.0"',
           '"-0"', '"9007199254740993"', '"inf"', '"nan"', '" 0x1p4 "',
           '"a\\0b"', '"\\255\\1"', 'string.rep("xy", 40)', '"%d"', '"%"',
           '"1 2"', '"0x7fffffffffffffff"', '"1e400"']
OTHERS = ["nil", "true", "false", "{}", "{1, 2, 3}", "print", "tbl",
          "coroutine.create(print)"]

ARITH = ["+", "-", "*", "/", "//", "%", "^"]
BITS = ["&", "|", "~", "<<", ">>"]
CMP = ["==", "~=", "<", "<=", ">", ">="]


def atom(r):
    k = r.random()
    if k < 0.35:
        return r.choice(INTS)
    if k < 0.6:
        return r.choice(FLOATS)
    if k < 0.85:
        return r.choice(STRINGS)
    return r.choice(OTHERS)


def num(r):
    return r.choice(INTS + FLOATS)


def expr(r, depth=0):
    if depth > 2 or r.random() < 0.4:
        return atom(r)
    k = r.random()
    if k < 0.55:
        op = r.choice(ARITH + BITS + CMP + [".."])
        return "(%s %s %s)" % (expr(r, depth + 1), op, expr(r, depth + 1))
    if k < 0.75:
        op = r.choice(["-", "~", "not", "#"])
        return "(%s %s)" % (op, expr(r, depth + 1))
    if k < 0.85:
        return "(%s and %s or %s)" % (expr(r, depth + 1), expr(r, depth + 1),
                                      expr(r, depth + 1))
    return "(math.tointeger(%s) or %s)" % (expr(r, depth + 1), atom(r))


# Standard library functions and, per argument, the kinds of value to try.
LIB = {
    "math.max": ["n", "n", "n"], "math.min": ["n", "n", "n"],
    "math.floor": ["n"], "math.ceil": ["n"], "math.abs": ["n"],
    "math.fmod": ["n", "n"], "math.tointeger": ["a"], "math.ult": ["n", "n"],
    "math.sqrt": ["n"], "math.exp": ["n"], "math.log": ["n", "n"],
    "math.modf": ["n"], "math.type": ["a"], "math.deg": ["n"],
    "string.rep": ["s", "c", "s"], "string.sub": ["s", "i", "i"],
    "string.byte": ["s", "i", "i"], "string.char": ["b", "b", "b"],
    "string.upper": ["s"], "string.lower": ["s"], "string.len": ["s"],
    "string.reverse": ["s"], "string.find": ["s", "p", "i", "a"],
    "string.match": ["s", "p", "i"], "string.gsub": ["s", "p", "r", "i"],
    "string.format": ["f", "a", "a"], "table.concat": ["t", "s", "i", "i"],
    "table.unpack": ["t", "i", "i"], "table.insert": ["t", "i", "a"],
    "table.remove": ["t", "i"], "table.move": ["t", "i", "i", "i", "t"],
    "table.pack": ["a", "a"], "select": ["i", "a", "a", "a"],
    "tostring": ["a"], "tonumber": ["a", "base"], "utf8.char": ["b", "b"],
    "utf8.len": ["s", "i", "i"], "utf8.codepoint": ["s", "i", "i"],
    "utf8.offset": ["s", "i", "i"], "rawlen": ["a"], "rawequal": ["a", "a"],
    "rawget": ["t", "a"], "type": ["a"], "next": ["t", "a"],
    "string.pack": ["pf", "a", "a"], "string.unpack": ["pf", "s", "i"],
    "string.packsize": ["pf"], "ipairs": ["a"], "math.random": ["c0", "c0"],
    "table.sort": ["t"], "error": ["a", "i"], "assert": ["a", "a"],
    "setmetatable": ["a", "a"], "getmetatable": ["a"],
}

PATTERNS = ['"a"', '"%d+"', '"(%a+)"', '"^x"', '"y$"', '"[%w_]+"', '"%s*"',
            '"(.-)y"', '"%b()"', '"%f[%w]%w+"', '"[^x]"', '"()"', '"%"',
            '"[a-"', '"(()"', '"%1"', '"."', '""', '"x*"', '"%g"']
FORMATS = ['"%d"', '"%5.2f"', '"%x"', '"%X"', '"%s"', '"%q"', '"%g"',
           '"%i"', '"%c"', '"%o"', '"%e"', '"%10s|%-5d"', '"%%"', '"%u"',
           '"%.3s"', '"%5.1s"', '"%+d"', '"% d"', '"%#x"', '"%.0f"', '"%z"',
           '"%.20f"', '"%099d"', '"%d %d"', '"%.14g"']
PACKFMTS = ['"i4"', '"<i2"', '">I8"', '"d"', '"s1"', '"z"', '"b"', '"B"',
            '"h"', '"j"', '"n"', '"!4 i3"', '"c3"', '"x"', '"i17"', '"Xi4"',
            '"<!2 h i"', '"q"']
COUNTS = ["0", "1", "3", "-1", "2", "math.mininteger", "(0/0)", "1.5",
          "2.0", '"2"', "nil"]
INDEXES = ["0", "1", "2", "-1", "-3", "3", "10", "-10", "math.maxinteger",
           "math.mininteger", "1.0", "1.5", '"2"', "nil", "(0/0)"]
BYTES = ["0", "65", "255", "256", "-1", "0x10FFFF", "0x110000",
         "0x7FFFFFFF", "0x80000000", '"66"', "1.0", "1.5", "nil"]
TABLES = ["{}", "{1, 2, 3}", '{"a", "b", "c"}', "{10, nil, 30}",
          '{x = 1, "p"}', "{1.5, 2, 3}", '{"a", {}, "c"}', "tbl",
          "setmetatable({}, {__index = function(_, k) return k end})",
          "setmetatable({1,2}, {__len = function() return 4 end})"]
BASES = ["10", "16", "2", "36", "1", "37", "nil", "8.0", '"10"']
REPLS = ['"%1"', '"%0-"', '"%%"', '"%2"', '{a = "A", x = false}',
         'function(c) return c .. "!" end', 'function() return nil end',
         'function() return {} end', '"x"', "nil", "1"]


def arg(r, kind):
    if r.random() < 0.1:
        return atom(r)  # a wrong type now and then
    return {
        "n": lambda: num(r), "a": lambda: atom(r), "s": lambda: r.choice(STRINGS),
        "i": lambda: r.choice(INDEXES), "c": lambda: r.choice(COUNTS),
        "c0": lambda: r.choice(["1", "2", "0", "-1", "3.5", "math.maxinteger"]),
        "b": lambda: r.choice(BYTES), "p": lambda: r.choice(PATTERNS),
        "r": lambda: r.choice(REPLS), "f": lambda: r.choice(FORMATS),
        "t": lambda: r.choice(TABLES), "base": lambda: r.choice(BASES),
        "pf": lambda: r.choice(PACKFMTS),
    }[kind]()


def lib_call(r):
    name = r.choice(sorted(LIB))
    kinds = LIB[name]
    n = r.randint(0, len(kinds))  # missing arguments too
    args = [arg(r, k) for k in kinds[:n]]

    if name == "math.random":
        return "math.type(math.random(%s))" % ", ".join(args)  # value is random
    if name in ("table.insert", "table.remove", "table.sort", "table.move"):
        # Mutators: show the table afterwards as well.
        return ("(function(...) local t = ...; local r = table.pack(pcall(%s, ...)); "
                "if type(t) == 'table' then return r[1], r[2], rawlen(t), rawget(t, 1), rawget(t, 2), rawget(t, 3), rawget(t, 4) end "
                "return r[1], r[2] end)(%s)" % (name, ", ".join(args)))
    if name == "ipairs":
        return ("(function(...) local f, s, i = ipairs(...); local a, b = f(s, i); return type(f), i, a, b end)(%s)"
                % ", ".join(args))
    return "%s(%s)" % (name, ", ".join(args))


META_EVENTS = ["__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm",
               "__idiv", "__band", "__bor", "__bxor", "__shl", "__shr",
               "__bnot", "__concat", "__len", "__eq", "__lt", "__le",
               "__call", "__tostring", "__index", "__newindex", "__close"]


def meta_probe(r, tag):
    events = r.sample(META_EVENTS, r.randint(1, 6))
    lines = ["do", "  local m = mt(%s)" % r.choice(['"Obj"', "nil", "1"])]
    for e in events:
        ret = r.choice(['"r_%s"' % e[2:], "42", "nil", "false", "a", "b",
                        "2.5", "{}"])
        if e == "__index":
            v = r.choice(["function(t, k) return k end", "{z = 9, [1] = 'one'}",
                          "setmetatable({}, {__index = function(_, k) return 'deep' .. tostring(k) end})"])
            lines.append("  m.__index = %s" % v)
        elif e == "__newindex":
            lines.append("  m.__newindex = %s" % r.choice(
                ["function(t, k, v) rawset(t, k, v * 2) end", "{}",
                 "function() error('ro') end"]))
        elif e == "__tostring":
            lines.append("  m.__tostring = function() return %s end" % r.choice(
                ['"OBJ"', "42", "nil"]))
        elif e == "__close":
            lines.append("  m.__close = function(o, e) print('close', e) end")
        else:
            lines.append("  m.%s = function(a, b) return %s end" % (e, ret))
    lines.append("  local x = setmetatable({}, m)")
    lines.append("  local y = setmetatable({}, m)")
    for i in range(r.randint(2, 6)):
        op = r.choice(ARITH + BITS + CMP + [".."])
        other = r.choice(["x", "y", atom(r)])
        k = r.random()
        if k < 0.4:
            e = "x %s %s" % (op, other)
        elif k < 0.55:
            e = "%s %s x" % (other, op)
        elif k < 0.65:
            e = r.choice(["-x", "~x", "#x", "x(1, 2)", "tostring(x)", "x.foo",
                          "x[1]", "rawlen(x)", "rawequal(x, y)"])
        elif k < 0.75:
            e = "(function() x.k = 3; return rawget(x, 'k') end)()"
        elif k < 0.85:
            e = "(function() local c <close> = x; return 'body' end)()"
        else:
            e = "string.format('%s', x)"
        lines.append("  show(%r, pcall(function() return %s end))" % (tag + "." + str(i), e))
    lines.append("end")
    return "\n".join(lines)


def closure_probe(r, tag):
    n = r.randint(1, 4)
    return "\n".join([
        "do",
        "  local function counter(s) local c = s; return function(d) c = c + (d or 1); return c end end",
        "  local f, g = counter(%s), counter(%s)" % (num(r), num(r)),
        "  local acc = {}",
        "  for i = 1, %d do acc[#acc + 1] = f(i) end" % n,
        "  show(%r, pcall(function() return g(%s), f(), table.unpack(acc) end))" % (tag, atom(r)),
        "end"])


def coroutine_probe(r, tag):
    body = r.choice([
        "for i = 1, 3 do coroutine.yield(i, ...) end return 'done'",
        "local a = coroutine.yield(...) error(a)",
        "local x <close> = setmetatable({}, {__close = function() print('closed') end}) coroutine.yield(1) return 2",
        "error({code = 1})",
        "return coroutine.isyieldable(), coroutine.running()",
        "coroutine.yield(coroutine.status(coroutine.running())) return select('#', ...)",
    ])
    lines = ["do",
             "  local co = coroutine.create(function(...) %s end)" % body]
    for i in range(r.randint(1, 4)):
        action = r.choice(["resume", "resume", "status", "close", "wrap"])
        if action == "resume":
            lines.append("  show(%r, coroutine.resume(co, %s))" % ("%s.%d" % (tag, i), atom(r)))
        elif action == "status":
            lines.append("  show(%r, coroutine.status(co))" % ("%s.%d" % (tag, i)))
        elif action == "close":
            lines.append("  show(%r, pcall(coroutine.close, co))" % ("%s.%d" % (tag, i)))
        else:
            lines.append("  show(%r, pcall(coroutine.wrap(function(...) coroutine.yield(...) end), %s))"
                         % ("%s.%d" % (tag, i), atom(r)))
    lines.append("end")
    return "\n".join(lines)


def error_probe(r, tag):
    v = r.choice(['"msg"', "42", "nil", "{}", "true", '"x", 0', '"x", 2', "setmetatable({}, {__tostring = function() return 'E' end})"])
    f = r.choice(["error(%s)" % v, "assert(false, %s)" % v, "assert(nil)",
                  "local t = nil; return t.x", "local s = 'a'; return s + 1",
                  "return #5", "return {} < {}", "return 1 < 'x'",
                  "return math.floor('a')", "return ('x'):rep(-1)",
                  "return nil .. 'a'", "local t = {} t[nil] = 1",
                  "local t = {} t[0/0] = 1", "return 1 // 0", "return 1 % 0",
                  "return math.tointeger(2^63)", "return 1 << 64",
                  "return 2^63 | 0", "return string.rep", "return ('5') * 2"])
    wrap = r.choice(["pcall", "xpcall"])
    if wrap == "pcall":
        return "show(%r, pcall(function() %s end))" % (tag, f)
    return "show(%r, xpcall(function() %s end, function(m) return 'H:' .. tostring(m) end))" % (tag, f)


def program(seed, probes=40):
    r = random.Random(seed)
    out = [PRELUDE, "local tbl = {3, 1, 2, n = 'x'}"]
    for i in range(probes):
        tag = "p%d" % i
        k = r.random()
        if k < 0.3:
            out.append("show(%r, pcall(function() return %s end))" % (tag, expr(r)))
        elif k < 0.6:
            out.append("show(%r, pcall(function() return %s end))" % (tag, lib_call(r)))
        elif k < 0.72:
            out.append(meta_probe(r, tag))
        elif k < 0.8:
            out.append(closure_probe(r, tag))
        elif k < 0.9:
            out.append(coroutine_probe(r, tag))
        else:
            out.append(error_probe(r, tag))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    seed = int(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    sys.stdout.write(program(seed, n))
