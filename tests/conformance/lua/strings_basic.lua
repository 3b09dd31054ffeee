-- string.len sub upper lower rep reverse byte char
local s = "Hello, World"
print(string.len(s), string.len(""), string.len("a\0b"), #"\n\t")

-- sub with positive, negative, out-of-range indices
print(s:sub(1, 5), s:sub(8), s:sub(-5), s:sub(-5, -2), s:sub(0), s:sub(-100, 3))
print("[" .. s:sub(5, 4) .. "]", "[" .. s:sub(20) .. "]", "[" .. s:sub(3, 100) .. "]")
print(s:sub(2, -2), s:sub(-1), s:sub(-1, -1), s:sub(1, 0) == "", s:sub(math.mininteger, math.maxinteger))
for i = -3, 3 do io.write("[", s:sub(i, i), "]") end
print()
print(("abc"):sub(2.0, 3), pcall(function() return string.sub("abc", 1.5) end))

-- upper/lower leave non-letters alone
print(string.upper("abc XYZ 123 !?"), string.lower("ABC xyz 123 !?"))
print(("MiXeD"):upper(), ("MiXeD"):lower(), ("\xe9"):upper() == "\xe9")

-- rep
print(string.rep("ab", 3), string.rep("ab", 3, "-"), "[" .. string.rep("x", 0) .. "]", "[" .. string.rep("x", -1) .. "]")
print(string.rep("", 5), string.rep("a", 1, ","), string.rep("=", 10))
print(#string.rep("abc", 1000), #string.rep("a", 10, "bb"))

-- reverse
print(string.reverse("abc"), string.reverse(""), string.reverse("a"), ("racecar"):reverse() == "racecar")

-- byte
print(string.byte("A"), string.byte("ABC", 2), string.byte("ABC", 1, 3), string.byte("ABC", -1))
print(string.byte("ABC", 10), select("#", string.byte("ABC", 10)), select("#", string.byte("", 1)))
print(string.byte("ABC", 0, 2), string.byte("\0\255"), string.byte("\0\255", 2))
print(s:byte(1, -1))

-- char
print(string.char(72, 105), string.char(), #string.char(0, 0), string.char(0x41, 0x42, 0x43))
print(pcall(function() return string.char(256) end))
print(pcall(function() return ("x").char(-1) end))
print(pcall(string.char, "65"))
print(string.char(string.byte("hello", 1, -1)))

-- round trip of all bytes
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local str = table.concat(all)
print(#str, str:byte(1), str:byte(256), str:sub(66, 70))
local sum = 0
for i = 1, #str do sum = sum + str:byte(i) end
print("byte sum", sum)

-- escapes in literals
print("tab:\t|", "nl count", #"a\nb", "\65\066\x43", "\u{48}\u{49}", "a\z
      b", 'single "q"', "dbl 'q'", "back\\slash")
print([[long
string]], [==[with ]] inside]==], #[[
skip first newline]])
print("\x41\x62", "\1\2\3" == string.char(1, 2, 3), "\u{7FF}" == "\xDF\xBF", #"\u{10FFFF}")

-- strings are immutable values; comparisons by content
local a = "abc"
local b = "ab" .. "c"
print(a == b, rawequal(a, b), a < "abd", "a" .. 1 + 2)

-- tostring/tonumber round trips
print(tostring(12):len(), tonumber("  12  "), tonumber("12a"), tonumber(""), tonumber(" "))
