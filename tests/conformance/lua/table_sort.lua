-- table.sort with and without a comparator, stability-independent checks.
local function show(t) return table.concat(t, " ") end
local nums = { 5, 2, 8, 1, 9, 3, 7, 4, 6, 0 }
table.sort(nums)
print(show(nums))
table.sort(nums, function(a, b) return a > b end)
print(show(nums))

local words = { "pear", "apple", "fig", "banana", "cherry", "date" }
table.sort(words)
print(show(words))
table.sort(words, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(show(words))

-- mixed integers and floats
local mixed = { 3, 1.5, -2, 2.25, 0, -0.5, 10 }
table.sort(mixed)
print(show(mixed))

-- uppercase sorts before lowercase (byte order)
local letters = { "b", "B", "a", "A", "_", "1" }
table.sort(letters)
print(show(letters))

-- sort records by a field, ties broken by a second field
local people = {
  { name = "Ann", age = 31 }, { name = "Bob", age = 25 }, { name = "Cid", age = 31 },
  { name = "Dee", age = 22 }, { name = "Eve", age = 25 },
}
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age < b.age end
  return a.name < b.name
end)
for _, p in ipairs(people) do io.write(p.name, ":", p.age, " ") end
print()

-- elements with __lt
local V = {}
V.__lt = function(a, b) return a.k < b.k end
local objs = {}
for _, k in ipairs({ 4, 1, 3, 5, 2 }) do objs[#objs + 1] = setmetatable({ k = k }, V) end
table.sort(objs)
local ks = {}
for i, o in ipairs(objs) do ks[i] = o.k end
print(show(ks))

-- comparing incomparable values is an error (raised inside sort: no position)
print(pcall(function() table.sort({ true, false, true }) end))
print(pcall(function() table.sort({ {}, {} }) end))
print(pcall(function() table.sort({ 3, 1, 2 }, "notafunction") end))

-- errors raised by the comparator propagate
print(pcall(function() table.sort({ 3, 2, 1 }, function() error("cmp failed", 0) end) end))

-- empty and single-element tables
local empty, one = {}, { 42 }
table.sort(empty)
table.sort(one)
print(#empty, one[1])

-- sorting a larger pseudo-random sequence (deterministic LCG)
local seq, x = {}, 12345
for i = 1, 200 do
  x = (x * 1103515245 + 12345) % 2147483648
  seq[i] = x % 1000
end
table.sort(seq)
local ok = true
for i = 2, #seq do if seq[i - 1] > seq[i] then ok = false end end
print("sorted", ok, seq[1], seq[100], seq[200])
local sum = 0
for i = 1, #seq do sum = sum + seq[i] end
print("sum", sum)

-- sort descending with already sorted and reversed inputs
local asc = {}
for i = 1, 50 do asc[i] = i end
table.sort(asc, function(a, b) return a > b end)
print(asc[1], asc[25], asc[50])
table.sort(asc)
print(asc[1], asc[25], asc[50])

-- all equal elements
local same = { 7, 7, 7, 7, 7 }
table.sort(same)
print(show(same))

-- comparator counts how often it runs: only check it ran
local calls = 0
table.sort({ 3, 1, 2 }, function(a, b) calls = calls + 1; return a < b end)
print("comparator ran", calls > 0)
