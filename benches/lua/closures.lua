-- closures: higher-order functions over arrays (map, filter, reduce with
-- function arguments), counters kept in upvalues, varargs and select.
local function map(t, f)
  local r = {}
  for i = 1, #t do r[i] = f(t[i]) end
  return r
end
local function filter(t, p)
  local r, n = {}, 0
  for i = 1, #t do
    local v = t[i]
    if p(v) then n = n + 1; r[n] = v end
  end
  return r
end
local function reduce(t, f, acc)
  for i = 1, #t do acc = f(acc, t[i]) end
  return acc
end
local function counter()
  local n = 0
  return function(by) n = n + (by or 1); return n end
end
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + select(i, ...) end
  return s
end
local function compose(f, g) return function(x) return f(g(x)) end end

local data = {}
for i = 1, 1000 do data[i] = i end
local c = counter()
local total = 0
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
local both = compose(inc, dbl)
for round = 1, 2400 do
  local m = map(data, both)
  local f = filter(m, function(v) return v % 3 == round % 3 end)
  total = total + reduce(f, function(a, b) return a + b end, 0)
  c(#f)
  total = total + sum(round, round + 1, round + 2, #m)
end
print(string.format("closures %d %d", total, c(0)))
