-- concatenation chains: runs of strings and numbers, __concat inside a chain (right to left), errors naming the operand, a yield inside __concat
local t
local mt = {__concat = function(a, b)
  if a == t then a = "T" end
  if b == t then b = "T" end
  return "<" .. a .. "|" .. b .. ">"
end}
t = setmetatable({}, mt)
print("a" .. 1 .. 2.5 .. "b")
print("a" .. t .. "b" .. "c")
print(t .. "x" .. "y" .. t)
print("p" .. "q" .. t)
print(1 .. 2 .. t .. 3 .. 4)
print(("a" .. "b") .. ("c" .. (t .. "d")))
local ok, e = pcall(function() local z; return "a" .. "b" .. z .. "c" end)
print(ok, e)
ok, e = pcall(function() local q = {}; return "a" .. q.x .. "c" end)
print(ok, e)
ok, e = pcall(function() return "a" .. {} .. "c" end)
print(ok, e)
print(math.mininteger .. "" .. -0.0 .. 1e100 .. 2^63 .. -7 .. 0)
local co = coroutine.wrap(function()
  local m = setmetatable({}, {__concat = function(a, b)
    local got = coroutine.yield("paused")
    return got
  end})
  return "a" .. m .. "b" .. "c" .. 1
end)
print(co())
print(co("M"))
local parts = {}
for i = 1, 5 do parts[#parts + 1] = "<" .. i .. ":" .. i * 1.5 .. ">" end
print(table.concat(parts, " "))
