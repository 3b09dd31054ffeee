-- string.find: plain and pattern, init (positive, negative, past end), captures.
local s = "the quick brown fox jumps over the lazy dog"
print(s:find("quick"), s:find("the"), s:find("the", 2), s:find("cat"))
print(s:find("o"), s:find("o", 14), s:find("o", -5), s:find("o", -100))
print(s:find(""), s:find("", 10), s:find("", #s + 1), s:find("", #s + 2))
print(("abc"):find("b", 0), ("abc"):find("c", -1), ("abc"):find("a", -1))

-- plain find treats magic characters literally
print(("a.b*c"):find(".", 1, true), ("a.b*c"):find("*", 1, true), ("a+b"):find("+", 1, true))
print(("a.b"):find("."), ("50%"):find("%", 1, true), ("(x)"):find("(", 1, true))
print(("a.b"):find("%."), ("f(x)"):find("%(x%)"))

-- patterns return captures after the indices
print(s:find("(%a+) (%a+)"))
print(s:find("(o)(%a)", 20))
print(("key = value"):find("(%w+)%s*=%s*(%w+)"))
print(("2024-01-15"):find("(%d+)-(%d+)-(%d+)"))
print(("hello"):find("()ll()"))
print(("hello"):find("l+"))
print(("aaa"):find("a-"), ("aaa"):find("a-$"), ("aaa"):find("a*"))

-- anchors
print(("hello"):find("^h"), ("hello"):find("^e"), ("hello"):find("o$"), ("hello"):find("l$"))
print(("hello"):find("^hello$"), ("^x"):find("^^"), ("a$b"):find("$b"))
print(("hello"):find("^l", 3), ("hello"):find("^l", 4))

-- special characters in subject
print(("a\0b"):find("\0"), ("a\0b"):find("%z"), ("line1\nline2"):find("\n"))

-- find in a loop: all occurrences
local text = "banana"
local pos, found = 1, {}
while true do
  local i, j = text:find("an", pos)
  if not i then break end
  found[#found + 1] = i .. "-" .. j
  pos = i + 1
end
print(table.concat(found, " "))

-- plain search for every occurrence of a multi-char needle
local hay = "a--b--c----d"
pos, found = 1, {}
while true do
  local i, j = hay:find("--", pos, true)
  if not i then break end
  found[#found + 1] = i
  pos = j + 1
end
print(table.concat(found, ","))

-- malformed patterns raise errors
print(pcall(function() return ("x"):find("[a") end))
print(pcall(function() return ("x"):find("%") end))
print(pcall(function() return ("x"):find("(x") end))
print(pcall(function() return ("x"):find("%b") end))
print(pcall(function() return ("x"):find("%f") end))
print(pcall(function() return ("x"):find("%1") end))

-- numbers are accepted as subject and pattern
print(string.find(12345, 34), string.find(3.5, "%."))
print(pcall(function() return string.find(nil, "x") end))
