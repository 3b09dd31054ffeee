-- table.sort is lua5.4's quicksort (ltablib.c auxsort/partition): the same
-- comparisons in the same order, the same order of equal elements, and
-- "invalid order function for sorting" for an inconsistent comparator.
local function lcg(seed)
  local x = seed
  return function(m)
    x = (x * 1103515245 + 12345) % 2147483648
    return x % m
  end
end

-- the sequence of comparisons, summarized
for _, n in ipairs{2, 3, 4, 5, 10, 33, 100, 257} do
  local r = lcg(n)
  local t = {}
  for i = 1, n do t[i] = r(50) end
  local count, sum = 0, 0
  table.sort(t, function(a, b)
    count = count + 1
    sum = (sum * 31 + a * 7 + b) % 1000003
    return a < b
  end)
  print(n, count, sum, table.concat(t, " ", 1, math.min(n, 12)))
end

-- equal keys: which record ends where
local recs = {}
local r = lcg(7)
for i = 1, 40 do recs[i] = {key = r(5), id = i} end
table.sort(recs, function(a, b) return a.key < b.key end)
local out = {}
for i, rec in ipairs(recs) do out[i] = rec.key .. ":" .. rec.id end
print(table.concat(out, " "))

-- __lt without a comparator, counted
local lt_calls = 0
local mt = {__lt = function(a, b) lt_calls = lt_calls + 1 return a.v < b.v end}
local objs = {}
r = lcg(3)
for i = 1, 30 do objs[i] = setmetatable({v = r(10), id = i}, mt) end
table.sort(objs)
out = {}
for i, o in ipairs(objs) do out[i] = o.v .. ":" .. o.id end
print(lt_calls, table.concat(out, " "))

-- an inconsistent comparator
for _, n in ipairs{4, 5, 6, 10} do
  local t = {}
  for i = 1, n do t[i] = i end
  print(n, pcall(table.sort, t, function(a, b) return true end))
end
print(pcall(table.sort, {3, 1, 2}, function(a, b) return a <= b end))
print(pcall(table.sort, {5, 5, 5, 5, 5}, function(a, b) return a <= b end))

-- NaN among numbers: as lua5.4's comparisons leave them
local nan = 0 / 0
local t = {3, nan, 1, 2}
print(pcall(table.sort, t))
print(t[1], t[2] ~= t[2] and "nan" or t[2], t[3] ~= t[3] and "nan" or t[3], t[4] ~= t[4] and "nan" or t[4])

-- a comparator that errors leaves the table as far as it got
t = {5, 4, 3, 2, 1}
local k = 0
print(pcall(table.sort, t, function(a, b)
  k = k + 1
  if k == 4 then error("stop", 0) end
  return a < b
end))
print(table.concat(t, " "))
