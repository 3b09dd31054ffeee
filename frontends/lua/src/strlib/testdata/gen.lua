-- Writes test tables for frontends/lua/src/strlib (run through gen.sh).
-- One case per line, fields separated by tabs. Every field is escaped: bytes
-- outside printable ASCII, '\', ',', '|' and tab are written as \xHH. Values are typed:
-- "s:<bytes>", "i:<decimal>", "f:<IEEE bits in hex>", "nil", "b:true".
-- Results are "ok" followed by values, or "err:<message>" for an error, or
-- "argerr:<reason>" for Lua's "bad argument #n to 'f' (<reason>)".

local function esc(s)
  local out = {}
  for i = 1, #s do
    local b = s:byte(i)
    if b < 0x20 or b > 0x7e or b == 0x5c or b == 0x2c or b == 0x7c then out[#out + 1] = string.format("\\x%02x", b)
    else out[#out + 1] = string.char(b) end
  end
  return table.concat(out)
end

local function bits(x) return string.format("%016x", string.unpack("<i8", string.pack("<d", x))) end

local function val(v)
  local t = type(v)
  if t == "string" then return esc("s:" .. v)
  elseif t == "number" and math.type(v) == "integer" then return "i:" .. string.format("%d", v)
  elseif t == "number" then return "f:" .. bits(v)
  elseif t == "nil" then return "nil"
  elseif t == "boolean" then return "b:" .. tostring(v)
  else error("unexpected " .. t) end
end

-- Runs f(...) and renders its results (or its error) as fields.
local function run(f, ...)
  local r = table.pack(pcall(f, ...))
  if not r[1] then
    local msg = tostring(r[2])
    local reason = msg:match("^bad argument #%d+ to '[%w.]+' %((.*)%)$")
    if reason then return esc("argerr:" .. reason) end
    return esc("err:" .. msg)
  end
  local out = { "ok" }
  for i = 2, r.n do out[#out + 1] = val(r[i]) end
  return table.concat(out, "\t")
end

local function row(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, "\t", 1, t.n))
end

local mode = arg[1]

if mode == "pattern" then
  local subjects = {
    "", "a", "hello world", "  key = value  ", "abc123def", "THE (quick) [brown] fox", "aaa", "aXbXc",
    "x = f(a(b)c) + g()", "one two  three", "a.b.c", "%d%%", "\0a\0b", "line1\nline2\r\n", "caf\xc3\xa9 \x80\xff",
    "hello hello", "abab abab", "12.5e3 -7 0x1F", "THE END", "f(a,b) [x] {y}", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
    "_under_score_", "tab\tsep\tvalues", "^caret$", "a-b-c", "[[nested]]", "\1\2\3\127",
  }
  local patterns = {
    -- single classes
    "a", ".", "%a", "%c", "%d", "%g", "%l", "%p", "%s", "%u", "%w", "%x",
    "%A", "%C", "%D", "%G", "%L", "%P", "%S", "%U", "%W", "%X", "%.", "%%", "%z", "%Z", "%-", "%]",
    -- quantifiers
    "%a+", "%a*", "%a-", "%a?", "%d+", "%d*", ".-", ".*", ".+", "a*", "a+", "a-", "a?", "a-b", "%s*", "%S+",
    "%w+%s*", "x?y?z?", ".-%s", "%a+%d+", "a*$", "^a*", "^$", "$", "^", "a$", "^a", "^%s*(.-)%s*$",
    "a%", "[a", "[^", "[]", "[^]", "[]]", "[^]]", "[a-]", "[-a]", "[a-c]+", "[^a-c]+", "[%a_][%w_]*",
    "[%d.]+", "[%]]", "[%%]", "[a%-z]+", "[z-a]", "[!-/]+", "[^%s]+", "[%s%p]+", "[\128-\255]+", "[%w]-",
    "[a-z]?[0-9]*",
    -- captures
    "(a)", "(%a+)", "(%a+) (%a+)", "()", "()a()", "(h)(e)(l)(l)(o)", "((a)(b))", "(a*(.)%w(%s*))",
    "(%d+)%.(%d+)", "(.-)=(.*)", "(", ")", "(a", "a)", "((a)", "(()", "%1", "(a)%1", "(%a+) %1", "(a)%2",
    "%0", "(a)(b)%2%1", "(.)%1", "()%1", "(%w+)%s*=%s*(%w+)",
    -- %b and %f
    "%b()", "%b[]", "%b{}", "%bxy", "%b", "%b(", "%b())", "(%b())", "%f[%a]%a+", "%f[%A]", "%f[%w]%w+",
    "%f[%s]", "%fa", "%f", "%f[", "%f[^%z]", "%f[%z]", "%f[%l]", "%f[%d]%d+%f[%D]",
    -- anchors and literals in odd places
    "a^b", "^^", "$$", "a$b", "%$", "%^", "%(", "^(%w+)", "(%w+)$", "x*", "%w*", "", "%a%d", "\0", "%z+",
    "[\0]", "%c+", "%x+", "[^%w%s]+", "e.", "l+", "(l)(l)", "o w", "%s%s",
  }
  for _, p in ipairs(patterns) do
    for _, s in ipairs(subjects) do
      row("find", esc(s), esc(p), "1", "false", run(string.find, s, p))
      row("match", esc(s), esc(p), "1", run(string.match, s, p))
      local ok, it = pcall(string.gmatch, s, p)
      local results = {}
      if ok then
        local okk, err = pcall(function()
          local n = 0
          for a, b, c in it do
            n = n + 1
            results[#results + 1] = table.concat({ val(a), b ~= nil and val(b) or "-", c ~= nil and val(c) or "-" }, ",")
            if n > 200 then break end
          end
        end)
        -- The iterator runs from this Lua loop, so Lua prefixes its position.
        if not okk then results = { esc("err:" .. tostring(err):gsub("^gen%.lua:%d+: ", "")) } end
      end
      row("gmatch", esc(s), esc(p), table.concat(results, "|"))
      row("gsub", esc(s), esc(p), esc("<%0>"), "-", run(string.gsub, s, p, "<%0>"))
    end
  end
  -- find with init and plain
  local inits = { -100, -3, -1, 0, 1, 2, 5, 11, 12, 13, 100 }
  for _, s in ipairs({ "hello world", "", "aaa" }) do
    for _, p in ipairs({ "o", "l+", "", "^h", "^", "$", "(o)", "o w", "x", ".", "%a+", "l", "a" }) do
      for _, init in ipairs(inits) do
        row("find", esc(s), esc(p), init, "false", run(string.find, s, p, init))
        row("find", esc(s), esc(p), init, "true", run(string.find, s, p, init, true))
        row("match", esc(s), esc(p), init, run(string.match, s, p, init))
      end
    end
  end
  for _, c in ipairs({ { "a.b", "." }, { "a+b", "+" }, { "%d", "%d" }, { "x(y", "(" }, { "x[y", "[" } }) do
    row("find", esc(c[1]), esc(c[2]), 1, "true", run(string.find, c[1], c[2], 1, true))
    row("find", esc(c[1]), esc(c[2]), 1, "false", run(string.find, c[1], c[2], 1))
  end
  -- gsub with replacement strings and limits
  local repls = { "", "x", "%0", "%1", "%2", "<%1|%2>", "%%", "%", "a%", "%a", "%9", "[%0%0]", "\0", "%1%1" }
  local gsubs = {
    { "hello world", "o" }, { "hello world", "(o)" }, { "hello world", "%w+" }, { "hello world", "(%w+) (%w+)" },
    { "abc", "" }, { "abc", "%w*" }, { "abc", "x*" }, { "abc", "^" }, { "abc", "$" }, { "abc", "^a" },
    { "abc", "^b" }, { "aaa", "a" }, { "aaa", "^a" }, { "aaa", "a-" }, { "aaa", "a*" }, { "", "" },
    { "", "x*" }, { "hello", "()" }, { "hello", "()(l)" }, { "hello", "l()" }, { "abc", "(a" },
    { "abc", "(b)(" }, { "a,b,,c", "[^,]*" }, { "one  two", "%s*" }, { "x = 1, y = 2", "(%w+)%s*=%s*(%w+)" },
    { "abc", "." }, { "THE (quick) fox", "%b()" }, { "THE (quick) fox", "%f[%a]%a" }, { "a.b", "%." },
    { "hello world", "^(%w+)" }, { "abc", "b*" }, { "abc", "(.)" },
  }
  for _, c in ipairs(gsubs) do
    for _, r in ipairs(repls) do
      row("gsub", esc(c[1]), esc(c[2]), esc(r), "-", run(string.gsub, c[1], c[2], r))
      for _, n in ipairs({ -1, 0, 1, 2 }) do
        row("gsub", esc(c[1]), esc(c[2]), esc(r), n, run(string.gsub, c[1], c[2], r, n))
      end
    end
  end
  -- limits: too many captures, pattern too complex, deep but legal patterns
  local big = {
    { ("a"):rep(40), ("(a)"):rep(32) }, { ("a"):rep(40), ("(a)"):rep(33) }, { ("a"):rep(40), ("()"):rep(33) },
    { ("a"):rep(300), ("a?"):rep(150) }, { ("a"):rep(300), ("a?"):rep(199) }, { ("a"):rep(300), ("a?"):rep(200) },
    { ("a"):rep(300), ("a?"):rep(250) }, { ("a"):rep(300), ("a*"):rep(250) }, { ("a"):rep(10), ("(a*)"):rep(20) },
    { ("a"):rep(5000), ".-b" }, { ("a"):rep(5000), "(.-)$" }, { ("x"):rep(300), ("x-"):rep(199) .. "x" }, { ("x"):rep(8), ("x-"):rep(6) .. "y" },
    { ("("):rep(100) .. (")"):rep(100), "%b()" }, { ("a"):rep(300), ("(a"):rep(32) .. (")"):rep(32) },
    { ("a"):rep(300), ("%a?"):rep(300) }, { ("ab"):rep(200), ("[ab]-"):rep(198) .. "b" }, { "abab", ("[ab]-"):rep(3) .. "$" },
  }
  for _, c in ipairs(big) do
    row("find", esc(c[1]), esc(c[2]), 1, "false", run(string.find, c[1], c[2]))
    row("gsub", esc(c[1]), esc(c[2]), esc("%1"), "-", run(string.gsub, c[1], c[2], "%1"))
  end
elseif mode == "format" then
  local function fmt(f, ...)
    local args = table.pack(...)
    local fields = { "format", esc(f) }
    local vals = {}
    for i = 1, args.n do vals[i] = val(args[i]) end
    fields[#fields + 1] = table.concat(vals, ",")
    fields[#fields + 1] = run(string.format, f, ...)
    print(table.concat(fields, "\t"))
  end
  local ints = { 0, 1, -1, 7, 8, 42, 65, 255, 256, -255, 1000000, math.maxinteger, math.mininteger,
    2147483647, -2147483648, 4294967295, 123456789, -123456789 }
  local floats = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e300, -1e300, 5e-324, 2^53 + 1.0, 2^63, 1e15,
    1e16, 123.456, 1/3, 1/0, -1/0, 0/0, -(0/0), 100.0, 1e-5, 9.9999999, 0.000123 }
  local shapes = { "", "-", "+", " ", "#", "0", "-0", "+0", " #", "-+ #0" }
  local widths = { "", "1", "5", "12", "99" }
  local precs = { "", ".", ".0", ".1", ".3", ".12", ".99" }
  local n = 0
  for _, conv in ipairs({ "d", "i", "u", "o", "x", "X", "c" }) do
    for _, sh in ipairs(shapes) do
      for wi, w in ipairs(widths) do
        for pi, p in ipairs(precs) do
          n = n + 1
          local v = ints[n % #ints + 1]
          if conv == "c" then v = v % 300 - 20 end
          fmt("%" .. sh .. w .. p .. conv, v)
          if wi == 3 and pi == 5 then
            for _, v2 in ipairs(ints) do fmt("%" .. sh .. w .. p .. conv, v2) end
          end
        end
      end
    end
    for _, v in ipairs(ints) do fmt("%" .. conv, v) end
    fmt("%" .. conv, 3.0)
  end
  for _, conv in ipairs({ "a", "A", "e", "E", "f", "g", "G" }) do
    for _, sh in ipairs(shapes) do
      for _, w in ipairs(widths) do
        for _, p in ipairs(precs) do
          n = n + 1
          fmt("%" .. sh .. w .. p .. conv, floats[n % #floats + 1])
        end
      end
    end
    for _, v in ipairs(floats) do fmt("%" .. conv, v) end
    fmt("%" .. conv, 3)
    fmt("%" .. conv, math.mininteger)
  end
  local strs = { "", "a", "hello", "with\0zero", ("x"):rep(99), ("y"):rep(100), ("z"):rep(150), "\xff\x80" }
  for _, s in ipairs(strs) do
    for _, f in ipairs({ "%s", "%5s", "%-5s", "%.2s", "%5.2s", "%-5.2s", "%.0s", "%99s", "%.99s", "%-s",
                         "%.s", "%0s", "%#s", "%+s", "% s", "%100s", "[%s]", "%q", "%5q", "%-q", "%.3q" }) do
      fmt(f, s)
    end
  end
  fmt("%s", 12) fmt("%s", 1.5) fmt("%s", -0.0) fmt("%s", 1e100) fmt("%5s", 7) fmt("%.1s", 2^63)
  fmt("%p", nil) fmt("%p", 1) fmt("%10p", true) fmt("%-10p|", nil) fmt("%.3p", nil) fmt("%0p", nil)
  -- %q on every byte and on numbers
  local all = {}
  for b = 0, 255 do all[#all + 1] = string.char(b) end
  local allbytes = table.concat(all)
  fmt("%q", allbytes)
  for b = 0, 255 do fmt("%q", string.char(b) .. "1") fmt("%q", "x" .. string.char(b)) end
  fmt("%q", "\r\n\0\0001\"\\\t\1\0019\127")
  for _, v in ipairs(ints) do fmt("%q", v) end
  for _, v in ipairs(floats) do fmt("%q", v) end
  fmt("%q", nil) fmt("%q", true) fmt("%q", false) fmt("%q", 2^63) fmt("%q", 1e100) fmt("%q", 0.1)
  -- validation: every flag, width and precision shape on every conversion letter
  local argfor = { d = 42, i = 42, u = 42, o = 42, x = 42, X = 42, c = 65, a = 1.5, A = 1.5, e = 1.5,
    E = 1.5, f = 1.5, F = 1.5, g = 1.5, G = 1.5, s = "str", q = "str", p = 1 }
  local letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
  for k = 1, #letters do
    local c = letters:sub(k, k)
    local v = argfor[c] or 1
    for _, f in ipairs({ "%", "%-", "%+", "% ", "%#", "%0", "%5", "%05", "%.5", "%5.5", "%-5", "%99", "%100",
                         "%.100", "%99.99", "%1.2.3", "%-5-", "%5.", "%.", "%00", "%-+ #0", "%+-", "%-0",
                         "%#0", "% 0" }) do
      fmt(f .. c, v)
    end
  end
  for k = 15, 24 do
    fmt("%" .. ("-"):rep(k) .. "5d", 1)
    fmt("%" .. ("0"):rep(k) .. "d", 1)
  end
  fmt("%", 1) fmt("%5", 1) fmt("%5.", 1) fmt("%\0d", 1) fmt("%5\200", 1) fmt("abc%", 1) fmt("%%", 1)
  fmt("%%d", 1) fmt("100%% %d%%", 5) fmt("x=%d y=%s z=%5.1f%%", 1, "two", 3.25)
  fmt("%d %d %d", 1, 2, 3) fmt("[%5d|%-5d|%05d]", 42, 42, 42) fmt("%c%c%c", 76, 117, 97)
  fmt("no specs at all") fmt("") fmt("%s%s", "a\0b", "c") fmt("%5.2s|%.3s", "abcdef", "xy")
  fmt("%10.4f|%-10.3e|%+g", math.pi, -math.pi, 1e20)
  fmt("%.14g", 0.1) fmt("%.14g", 1e15) fmt("%.14g", 2^63) fmt("%.3a", 1.0) fmt("%.0a", 1.5)
end
