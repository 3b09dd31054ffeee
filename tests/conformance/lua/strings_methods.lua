-- String methods through the shared string metatable.
local s = "Hello Lua"
print(s:upper(), s:lower(), s:len(), #s, s:reverse())
print(("%d items"):format(3), ("%s-%s"):format("a", "b"), ("x"):rep(4))
print(s:sub(1, 5), s:byte(1), s:find("Lua"), s:match("%a+$"))
print(("a,b,c"):gsub(",", ";"))
print(("abc"):byte(-1), ("ABC"):lower():upper():lower())

-- chaining
local r = ("  Mixed Case  "):gsub("^%s+", ""):gsub("%s+$", ""):lower():gsub(" ", "_")
print(r)
print(("hello"):upper():sub(2, 4):rep(2, "/"))

-- method call on a literal needs parentheses; on a variable it does not
local lit = "literal"
print(lit:len(), ("literal"):len(), #"literal")

-- methods on numbers are not available, but strings coerce numbers
print(pcall(function() local n = 42; return n:rep(2) end))
print(("5"):rep(3), string.rep(5, 3), string.upper(12.5))

-- string table is the metatable's __index
print(getmetatable("").__index == string, ("x").upper == string.upper, ("").format == string.format)

-- user-added string functions are reachable by method syntax
function string.startswith(str, prefix) return str:sub(1, #prefix) == prefix end
function string.split(str, sep)
  local out = {}
  for piece in (str .. sep):gmatch("(.-)" .. sep) do out[#out + 1] = piece end
  return out
end
print(("prefix_rest"):startswith("prefix"), ("prefix_rest"):startswith("rest"))
local parts = ("a;b;c"):split(";")
print(#parts, parts[1], parts[2], parts[3])

-- indexing a string with a non-method key returns nil (string table lookup)
print(("abc").nothing, ("abc")[1], ("abc").len == string.len)

-- # on strings ignores metatables: the length operator is primitive
print(#"a\0b\0c", #"")

-- comparisons and concatenation of strings
print("a" .. "b" .. "c", "abc" == "a" .. "bc", "A" < "a", "abc" < "abd", "abc" <= "abc", "b" > "abc")
print(("x"):rep(3) == "xxx", ("abc"):upper() == "ABC")

-- string.format via method syntax with many conversions
print(("%5.2f|%-4d|%x|%s|%q"):format(math.pi, 7, 255, "s", "q\n"))

-- iterate over characters
local chars = {}
for ch in ("word"):gmatch(".") do chars[#chars + 1] = ch:upper() end
print(table.concat(chars, "."))
for i = 1, #s do io.write(s:sub(i, i):byte(), i < #s and "," or "\n") end

-- numbers have no metatable, so method syntax on them fails
print(pcall(function() return (12345):len() end))
print(tostring(12345):len(), (12345 .. ""):reverse())
