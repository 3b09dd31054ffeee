-- __newindex as function and as table; only for absent keys.
local log = {}
local t = setmetatable({ existing = 1 }, {
  __newindex = function(tbl, k, v)
    log[#log + 1] = tostring(k) .. "=" .. tostring(v)
    rawset(tbl, k, v)
  end
})
t.existing = 2     -- present: no call
t.fresh = 3        -- absent: call
t.fresh = 4        -- now present: no call
t[1] = "one"
t[2.0] = "two"
print("log", table.concat(log, " "))
print(t.existing, t.fresh, t[1], t[2])

-- __newindex that ignores assignment (read-only)
local ro = setmetatable({}, { __newindex = function() end })
ro.x = 10
print("ro.x", ro.x, rawget(ro, "x"))

-- __newindex that raises
local strict = setmetatable({}, {
  __newindex = function(_, k) error("cannot set " .. tostring(k), 2) end
})
local ok, err = pcall(function() strict.y = 1 end)
print(ok, err)

-- __newindex as a table: value goes into the other table
local store = {}
local front = setmetatable({}, { __newindex = store })
front.a = "A"
front[5] = "five"
print("front.a", front.a, "store.a", store.a, "store[5]", store[5])
print("rawget front", rawget(front, "a"))

-- chained __newindex tables
local final = {}
local middle = setmetatable({}, { __newindex = final })
local outer = setmetatable({}, { __newindex = middle })
outer.k = "v"
print("outer", rawget(outer, "k"), "middle", rawget(middle, "k"), "final", final.k)

-- middle already has the key: assignment stops there
rawset(middle, "m", 1)
outer.m = 2
print("middle.m", middle.m, "final.m", final.m)

-- rawset bypasses __newindex
local count = 0
local counted = setmetatable({}, { __newindex = function(tbl, k, v) count = count + 1; rawset(tbl, k, v) end })
rawset(counted, "a", 1)
counted.b = 2
counted.a = 3
print("count", count, counted.a, counted.b)

-- __index and __newindex together: proxy with tracking
local function track(inner)
  local reads, writes = 0, 0
  local p = setmetatable({}, {
    __index = function(_, k) reads = reads + 1; return inner[k] end,
    __newindex = function(_, k, v) writes = writes + 1; inner[k] = v end,
  })
  return p, function() return reads, writes end
end
local p, stats = track({ x = 1 })
p.x = p.x + 1
p.y = p.x * 10
print("p.x p.y", p.x, p.y)
print("reads writes", stats())
print("raw p.x", rawget(p, "x"))

-- assigning nil to absent key still triggers __newindex
local nils = 0
local nt = setmetatable({}, { __newindex = function(_, _, v) if v == nil then nils = nils + 1 end end })
nt.q = nil
print("nil assignments", nils)

-- error on nil key and NaN key via rawset path
print(pcall(function() local x = {}; x[nil] = 1 end))
print(pcall(function() local x = {}; x[0/0] = 1 end))
