-- Appending to strings: every string made along the way keeps its value,
-- whichever string is appended to next.
local a = string.rep("x", 70) .. "y"
local b = a .. "1"
local c = a .. "2"
local d = b .. b
print(#a, #b, #c, #d)
print(a:sub(-3), b:sub(-3), c:sub(-3), d:sub(70, 74), d:sub(-3))
local s, parts = "", {}
for i = 1, 2000 do
  s = s .. (i % 10)
  if i % 500 == 0 then parts[#parts + 1] = s end
end
for _, p in ipairs(parts) do print(#p, p:sub(-12)) end
print(parts[1] == s:sub(1, 500), parts[2] .. "" == s:sub(1, 1000))
local t = {}
t[s] = true
print(t[parts[4]], t[s:sub(1, 1999) .. "0"])
local n = "n" .. string.rep("-", 80)
local m1, m2 = n .. 1, n .. 1.5
print(m1:sub(-2), m2:sub(-4), pcall(function() return n .. true end))
