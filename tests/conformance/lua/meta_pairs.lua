-- __pairs: pairs() calls the metamethod and uses its three results.
local t = setmetatable({ 1, 2, 3 }, {
  __pairs = function(self)
    local i = 0
    return function()
      i = i + 1
      if i <= 5 then return i, "virtual" .. i end
    end, self, nil
  end
})
for k, v in pairs(t) do print(k, v) end
-- ipairs ignores __pairs
for i, v in ipairs(t) do print("ipairs", i, v) end
-- next ignores __pairs
print(next(t))

-- __pairs returning a stateless iterator with state and control
local sq = setmetatable({}, {
  __pairs = function(self)
    return function(limit, k)
      k = k + 1
      if k <= limit then return k, k * k end
    end, 4, 0
  end
})
for k, v in pairs(sq) do print("sq", k, v) end

-- sorted pairs via __pairs: deterministic order over hash keys
local function sorted_pairs(tbl)
  local keys = {}
  for k in next, tbl do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local i = 0
  return function()
    i = i + 1
    local k = keys[i]
    if k ~= nil then return k, tbl[k] end
  end, tbl, nil
end
local rec = setmetatable({ zeta = 26, alpha = 1, mid = 13, beta = 2 }, { __pairs = sorted_pairs })
for k, v in pairs(rec) do print(k, v) end

-- proxy that exposes another table's contents through __pairs
local inner = { "a", "b", "c" }
local proxy = setmetatable({}, {
  __index = inner,
  __pairs = function() return ipairs(inner) end,
})
for i, v in pairs(proxy) do print("proxy", i, v) end
print("proxy rawlen", rawlen(proxy), "next", next(proxy))

-- pairs without __pairs over an array-like table goes in order 1..n
local arr = { "x", "y", "z", "w" }
local keys = {}
for k, v in pairs(arr) do keys[#keys + 1] = k .. "=" .. v end
print(table.concat(keys, " "))

-- only the first three results of __pairs are used
local extra = setmetatable({}, {
  __pairs = function() return function(_, k) if not k then return 1, "one" end end, nil, nil, "ignored" end
})
for k, v in pairs(extra) do print("extra", k, v) end

-- __pairs is looked up raw in the metatable
local base_mt = { __pairs = function() error("should not be used") end }
local derived = setmetatable({ 10 }, setmetatable({}, { __index = base_mt }))
for k, v in pairs(derived) do print("derived", k, v) end

-- pairs on non-tables
print(pcall(function() for _ in pairs(nil) do end end))
print(pcall(function() local n = 5; for _ in pairs(n) do end end))
print(select("#", pairs({})), select(2, pairs({ 1 }))[1], select(3, pairs({})))
print(pcall(function() for _ in pairs() do end end))

-- next on empty and bad key
print(next({}))
print(pcall(next, {}, "nokey"))
