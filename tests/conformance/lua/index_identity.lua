-- An __index function that maps every key to itself.
local id = setmetatable({}, { __index = function(_, k) return k end })
print(id.foo, id.bar, id[1], id[2.5], id[true], id["with space"])
print(id[-0.0], math.type(id[3]), math.type(id[3.0]))
print(id.x == "x", id[10] + 1, #id.hello)

-- existing fields win
id.foo = "own value"
print(id.foo, id.baz)
id.foo = nil
print(id.foo)

-- nested lookups through the identity table
print(id[id.key], id[id[id.deep]])
-- used as a default value table for string lookups
local t = {}
for _, w in ipairs({ "alpha", "beta", "gamma" }) do t[#t + 1] = id[w]:upper() end
print(table.concat(t, " "))

-- identity table works with table keys (compare identity)
local key = {}
print(id[key] == key, rawget(id, key))

-- counting __index calls
local calls = 0
local counted = setmetatable({}, { __index = function(_, k) calls = calls + 1; return k end })
for i = 1, 5 do local _ = counted[i] end
local _ = counted.a
print("calls", calls)

-- identity via __index used by ipairs: ipairs never reaches nil, so stop manually
local n = 0
for i, v in ipairs(id) do
  n = n + 1
  if i ~= v then print("mismatch") end
  if n == 5 then break end
end
print("ipairs stopped after", n)

-- method-call syntax: id:name() looks up "name", which returns the string "name",
-- so calling it is an error (strings are not callable)
print(pcall(function() return id:name() end))

-- identity plus a transformation
local upper = setmetatable({}, { __index = function(self, k)
  local v = string.upper(k)
  rawset(self, k, v)
  return v
end })
print(upper.abc, upper.Hello, rawget(upper, "abc"), rawget(upper, "zzz"))

-- chaining two identity-like tables: inner gives k, outer prefixes
local prefix = setmetatable({}, { __index = function(_, k) return "p_" .. id[k] end })
print(prefix.one, prefix[2])
