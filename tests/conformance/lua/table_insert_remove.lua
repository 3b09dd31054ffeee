-- table.insert and table.remove at every position.
local function show(t) return "{" .. table.concat(t, ",") .. "} n=" .. #t end
local t = {}
table.insert(t, "a")
table.insert(t, "b")
print(show(t))
table.insert(t, 1, "first")
print(show(t))
table.insert(t, 3, "mid")
print(show(t))
table.insert(t, #t + 1, "end")
print(show(t))
print(pcall(function() table.insert(t, 0, "x") end))
print(pcall(function() table.insert(t, #t + 2, "x") end))
print(pcall(function() table.insert(t, 1, 2, 3) end))
print(pcall(function() table.insert(t) end))
print(pcall(function() table.insert(nil, 1) end))
print(pcall(function() table.insert(t, "x", 1) end))
print(show(t))

-- remove from the end (default), start, middle
print(table.remove(t), show(t))
print(table.remove(t, 1), show(t))
print(table.remove(t, 2), show(t))
print(table.remove(t, #t), show(t))
-- remove at #t + 1 is allowed and returns t[#t+1]
print(table.remove(t, #t + 1), show(t))
print(pcall(function() return table.remove(t, #t + 2) end))
print(pcall(function() return table.remove(t, -1) end))

-- removing from an empty table
local e = {}
print(table.remove(e), #e)
print(table.remove(e, 0), table.remove(e, 1), #e)
print(select("#", table.remove(e)))
print(pcall(function() return table.remove(e, 2) end))

-- remove at position 0 of a non-empty table is an error; at #t it's fine
local z = { 1 }
print(pcall(function() return table.remove(z, 0) end))
print(table.remove(z, 1), #z)

-- insert float positions with integral value
local f = { "x" }
table.insert(f, 1.0, "y")
print(show(f))
print(pcall(function() table.insert(f, 1.5, "q") end))

-- a queue built from insert/remove
local q = {}
for i = 1, 5 do table.insert(q, i * 10) end
local out = {}
while #q > 0 do out[#out + 1] = table.remove(q, 1) end
print(table.concat(out, " "), #q)

-- a stack
local st = {}
for _, w in ipairs({ "to", "be", "or", "not" }) do table.insert(st, w) end
out = {}
while #st > 0 do out[#out + 1] = table.remove(st) end
print(table.concat(out, " "))

-- insert and remove respect __index/__newindex (they use non-raw access)
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k; return nil end,
  __newindex = function(tt, k, v) log[#log + 1] = "set" .. k; rawset(tt, k, v) end,
})
table.insert(proxy, "v")
print(rawget(proxy, 1), table.concat(log, " "))

-- removing shifts down elements
local big = {}
for i = 1, 10 do big[i] = i end
table.remove(big, 3)
table.remove(big, 3)
table.insert(big, 1, 0)
print(show(big))

-- nil values can be inserted at the end
local holes = { 1, 2 }
table.insert(holes, nil)
print(#holes)
