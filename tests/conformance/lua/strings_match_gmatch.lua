-- string.match and string.gmatch with captures and init.
print(("hello world"):match("w%a+"), ("hello world"):match("(%a+) (%a+)"))
print(("hello"):match("xyz"), ("hello"):match(""), ("hello"):match("()"))
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|")
print(("key=val"):match("(%w+)=(%w+)"))
print(("[[nested]]"):match("%[(%b[])%]"))
print(("num: -12.5e3"):match("[+-]?%d+%.?%d*[eE]?[+-]?%d*"))
print(("abc"):match(".", 2), ("abc"):match(".", -1), ("abc"):match("^b", 2), ("abc"):match("^a", 2))
print(("2024-01-15"):match("(%d+)-(%d+)-(%d+)"))
print(("x = 10"):match("()=()"))
print(("hello"):match("(h)(e)(l)(l)(o)"))
print(("aaa"):match("(a*)"), ("aaa"):match("(a-)"), ("aaab"):match("(a-)b"), ("aaa"):match("(a+)"))
print(("date: 5/12"):match("(%d+)/(%d+)"))
print(("path/to/file.txt"):match("([^/]+)$"), ("path/to/file.txt"):match("(.+)/"), ("file.tar.gz"):match("%.(%w+)$"))
print(("  x"):match("^(%s*)"), #("  x"):match("^(%s*)"))
print(("THE (quick) fox"):match("%((%a+)%)"))
print(("abcabc"):match("(abc)%1"), ("abcabd"):match("(abc)%1"))
print(("\"quoted\" text"):match('"(.-)"'), ("a'b'c"):match("'(.*)'"))

-- gmatch without captures returns whole matches
local words = {}
for w in ("one two  three   four"):gmatch("%a+") do words[#words + 1] = w end
print(#words, table.concat(words, ","))

-- gmatch with captures
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end
print()

-- gmatch with position captures
for p, w in ("ab cd ef"):gmatch("()(%a+)") do io.write(p, ":", w, " ") end
print()

-- empty matches advance
local n = 0
for m in ("abc"):gmatch("") do n = n + 1 end
print("empty matches", n)
local parts = {}
for m in ("a,b,,c"):gmatch("([^,]*)") do parts[#parts + 1] = "[" .. m .. "]" end
print(table.concat(parts))

-- anchor in gmatch: '^' matches only at the start in Lua 5.4
local anch = {}
for m in ("aaa"):gmatch("^a") do anch[#anch + 1] = m end
print("anchored gmatch", #anch)

-- gmatch with init (Lua 5.4)
local from3 = {}
for d in ("1 2 3 4 5"):gmatch("%d", 5) do from3[#from3 + 1] = d end
print(table.concat(from3, " "))

-- iterator object can be called manually
local it = ("x1y2z3"):gmatch("%a(%d)")
print(it(), it(), it(), it())

-- numbers and digits
local nums = {}
for num in ("10 apples, 2.5 pears, -3 plums"):gmatch("%-?%d+%.?%d*") do nums[#nums + 1] = tonumber(num) end
print(#nums, nums[1], nums[2], nums[3], math.type(nums[1]), math.type(nums[2]))

-- splitting lines
local lines = {}
for line in ("first\nsecond\n\nfourth"):gmatch("([^\n]*)\n?") do lines[#lines + 1] = "<" .. line .. ">" end
print(table.concat(lines, " "))

-- CSV-ish split helper
local function split(str, sep)
  local out = {}
  for piece in (str .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end
  return out
end
local sp = split("a.b..c", ".")
print(#sp, table.concat(sp, "|"))
sp = split("one", ";")
print(#sp, sp[1])

-- match errors
print(pcall(function() return ("x"):match("(()") end))
print(pcall(function() return ("x"):match("%g[") end))
print(pcall(function() return ("x"):gmatch() end))
