-- __index / __newindex chains: long chains work, loops raise an error.
-- A chain of 50 tables each inheriting from the next.
local root = { value = "root value" }
local cur = root
for i = 1, 50 do
  cur = setmetatable({ ["level" .. i] = i }, { __index = cur })
end
print(cur.value, cur.level1, cur.level50, cur.nothing)

-- self loop through __index
local loop = {}
setmetatable(loop, { __index = loop })
print(pcall(function() return loop.missing end))
-- a table whose metatable is itself with __index = itself
local selfmt = {}
selfmt.__index = selfmt
setmetatable(selfmt, selfmt)
print(pcall(function() return selfmt.x end))
-- present keys are still found without touching the chain
selfmt.here = "found"
print(selfmt.here)

-- two-table loop
local a, b = {}, {}
setmetatable(a, { __index = b })
setmetatable(b, { __index = a })
print(pcall(function() return a.q end))
rawset(b, "q", "in b")
print(a.q, b.q)

-- __newindex loop
local w = {}
setmetatable(w, { __newindex = w })
print(pcall(function() w.k = 1 end))
print(rawget(w, "k"))

local n1, n2 = {}, {}
setmetatable(n1, { __newindex = n2 })
setmetatable(n2, { __newindex = n1 })
print(pcall(function() n1.z = "zz" end))
rawset(n2, "z", "old")
n1.z = "new"
print(rawget(n1, "z"), rawget(n2, "z"))

-- a loop broken by an __index function
local hops = 0
local x, y = {}, {}
setmetatable(x, { __index = y })
setmetatable(y, { __index = function(_, k) hops = hops + 1; return "fn:" .. k end })
print(x.foo, hops)

-- deep recursion through __index functions is fine
local depth = 0
local rec
rec = setmetatable({}, {
  __index = function(t, k)
    depth = depth + 1
    if k <= 0 then return 0 end
    return t[k - 1] + 1
  end
})
print(rec[100], depth)
