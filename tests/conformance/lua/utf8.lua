-- The utf8 library, valid and invalid input, strict and lax.
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " "))
end
local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  for i = 1, r.n do r[i] = tostring(r[i]) end
  print(table.concat(r, " "))
end

local s = "héllo wörld ∑ 𝄞"
show(#s, utf8.len(s), utf8.len(""), utf8.len(s, 3), utf8.len(s, -4))
show(utf8.codepoint(s, 1, -1))
show(utf8.codepoint(s), utf8.codepoint(s, 2), utf8.codepoint(s, -4))
show(utf8.char(72, 233, 8721, 119070, 0x7FFFFFFF):byte(1, -1))
show(utf8.char(), utf8.char(65, 66, 67))
for p, c in utf8.codes(s) do io.write(p, ":", c, " ") end
print()
for i = -3, 8 do io.write(tostring(utf8.offset(s, i)), " ") end
print()
show(utf8.offset(s, 0, 3), utf8.offset(s, 2, 4), utf8.offset(s, -1), utf8.offset("", 1), utf8.offset("abc", 5))
show(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*")
local n = 0
for ch in s:gmatch(utf8.charpattern) do n = n + 1 end
show(n)

-- invalid sequences
show(utf8.len("abc\xE4def"), utf8.len("\xFF"), utf8.len("\xC0\x80"), utf8.len("\xED\xA0\x80"))
show(utf8.len("\xED\xA0\x80", 1, -1, true), utf8.len("\xF4\x90\x80\x80"), utf8.len("\xF4\x90\x80\x80", 1, -1, true))
try(function() return utf8.codepoint("\xFF") end)
try(function() return utf8.codepoint("\xED\xA0\x80") end)
show(utf8.codepoint("\xED\xA0\x80", 1, 1, true))
try(function() for _ in utf8.codes("ab\xFF") do end end)
try(function() local t = {} for _, c in utf8.codes("\xED\xA0\x80", true) do t[#t+1] = c end return t[1] end)
try(function() return utf8.offset("\x80", 1) end)
try(function() return utf8.offset("héllo", 1, 3) end)

-- argument errors
try(function() return utf8.char(-1) end)
try(function() return utf8.char(0x80000000) end)
try(function() return utf8.char("x") end)
try(function() return utf8.char(1.5) end)
try(function() return utf8.len(s, 100) end)
try(function() return utf8.len(s, 1, 100) end)
try(function() return utf8.len(s, 0) end)
try(function() return utf8.codepoint(s, 0) end)
try(function() return utf8.codepoint(s, 1, 100) end)
try(function() return utf8.offset(s, 1, 100) end)
try(function() return utf8.len() end)
try(function() return utf8.codes(nil) end)
show(utf8.codepoint(s, 5, 4))
show(utf8.len("abc", 4), utf8.len("abc", 5 - 1, 3))
