-- Lua patterns: character classes, sets, quantifiers, %b, %f, anchors, captures.
local subject = "Ab1 _\t\n!~\0Zz9"
local classes = { "%a", "%A", "%d", "%D", "%l", "%L", "%s", "%S", "%u", "%U", "%w", "%W", "%x", "%X", "%p", "%P", "%c", "%C", "%g", "%G", "." }
for _, cl in ipairs(classes) do
  local hits = {}
  for ch in subject:gmatch(cl) do hits[#hits + 1] = string.byte(ch) end
  print(cl, #hits, table.concat(hits, " "))
end

-- class membership over all bytes 0..127: counts per class
local all = {}
for i = 0, 127 do all[#all + 1] = string.char(i) end
all = table.concat(all)
for _, cl in ipairs({ "%a", "%d", "%l", "%s", "%u", "%w", "%x", "%p", "%c", "%g" }) do
  local _, n = all:gsub(cl, "")
  io.write(cl, "=", n, " ")
end
print()

-- sets and ranges, negation, classes inside sets, ] and - as literals
print(("hello123"):gsub("[aeiou]", "*"))
print(("hello123"):gsub("[^aeiou]", "*"))
print(("a-b_c"):gsub("[%-_]", " "))
print(("x]y"):gsub("[]]", "!"), ("a^b"):gsub("[%^]", "!"), ("a^b"):gsub("[b^]", "!"))
print(("2024-ABC-xyz"):gsub("[0-9A-C]", "."))
print(("a1 b2"):gsub("[%a%s]", ""))
print(("word-with-dash"):match("[%w-]+"), ("-x-"):match("[-x]+"))

-- quantifiers: * + - ?
print(("aaab"):match("a*"), ("b"):match("a*b"), ("aaab"):match("a+"), ("b"):match("a+"))
print(("<a><b>"):match("<.*>"), ("<a><b>"):match("<.->"), ("color colour"):gsub("colou?r", "C"))
print(("abc"):match("a.?c"), ("ac"):match("ab?c"), ("abbc"):match("ab?c"))
print(("   x"):match("^ *"), ("--[[comment]]"):match("^%-%-%[%[(.-)%]%]"))

-- %b balanced matches
print(("f(a(b)c) g(d)"):match("%b()"), ("{x{y}z}"):match("%b{}"), ("no parens"):match("%b()"))
print(("if (a and (b or c)) then"):gsub("%b()", "(...)"))
print(("[[a]] [b]"):gsub("%b[]", "#"))
print(("<<>>"):match("%b<>"), ("<<>"):match("%b<>"), ("x\"q\"y"):match("%b\"\""))

-- %f frontier patterns
print(("THE (quick) fox"):gsub("%f[%a]%a+", "W"))
print(("hello world"):gsub("%f[%w]%w", string.upper))
print(("the cat sat on the mat"):gsub("%f[%a]the%f[%A]", "THE"))
print(("foo123bar"):match("%f[%d]%d+"), ("aXb"):find("%f[%u]"), ("end"):find("%f[%z]"))

-- anchors and literal ^ $ in the middle
print(("^start"):match("^%^(%a+)"), ("a$b"):match("a$b"), ("cost$"):match("%$$"))
print(("hello"):match("^(h)(.*)(o)$"))

-- captures: nested, empty, position
print(("abcd"):match("((a)(b)((c)(d)))"))
print(("hello"):match("()(l+)()"))
print(("key: value"):match("^(%w+):%s*(.*)$"))
print(("aXbXc"):match("^(.-)X(.*)$"))
print(("x"):match("()"), ("xyz"):match("()", 3), ("xyz"):match("()$"))

-- back-references
print(("say 'hi' or \"bye\""):match("(['\"])(.-)%1"))
print(("abab cdcd efgh"):gsub("(%a%a)%1", "<%1>"))
print(("aaa bbb ccd"):gsub("(%a)%1%1", "[%1]"))

-- matching is greedy with backtracking
print(("aaaa"):match("(a+)(a+)"), ("aaaa"):match("(a-)(a+)"), ("aaaa"):match("(a*)(a*)"))
print(("xyzxyz"):find("(.*)z"), ("xyzxyz"):find("(.-)z"))

-- long subjects are fine
local long = string.rep("ab", 5000) .. "c"
print(#long, long:find("c"), long:match("(b)c"), select(2, long:gsub("ab", "")))
