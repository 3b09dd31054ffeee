-- __eq, __lt, __le: comparison metamethods and their rules.
local V = {}
V.__index = V
local eq_calls = 0
V.__eq = function(a, b) eq_calls = eq_calls + 1; return a.k == b.k end
V.__lt = function(a, b)
  local av = type(a) == "table" and a.k or a
  local bv = type(b) == "table" and b.k or b
  return av < bv
end
V.__le = function(a, b)
  local av = type(a) == "table" and a.k or a
  local bv = type(b) == "table" and b.k or b
  return av <= bv
end
local function v(k) return setmetatable({ k = k }, V) end

local a, b, c = v(1), v(1), v(2)
print(a == b, a ~= b, a == c, a ~= c, eq_calls)
-- same object: __eq is not called
print(a == a, eq_calls)
-- table vs non-table: never equal, __eq not called
print(a == 1, 1 == a, a == "1", eq_calls)
-- rawequal ignores __eq
print(rawequal(a, b), rawequal(a, a))

print(a < c, c < a, a <= b, a <= c, c <= a)
print(a > c, c > a, a >= b, c >= a)
-- mixed: number with table uses the table's metamethod
print(a < 5, 5 < a, a <= 1, 0 >= a)

-- result is converted to a boolean
local T = setmetatable({}, {
  __lt = function() return "yes" end,
  __le = function() return nil end,
  __eq = function() return 0 end,
})
local U = setmetatable({}, getmetatable(T))
print(T < U, T <= U, T == U, T ~= U, T > U, T >= U)

-- __eq only tried when both are tables (or both userdata); first operand's first
local left = setmetatable({}, { __eq = function() return "L" end })
local right = setmetatable({}, { __eq = function() return false end })
print(left == right, right == left)
local plain = {}
print(left == plain, plain == left)

-- no __le: Lua 5.4 does NOT fall back to not __lt
local only_lt = setmetatable({}, { __lt = function() return true end })
print(pcall(function() return only_lt < only_lt end))
print(pcall(function() return only_lt <= only_lt end))

-- comparison errors
print(pcall(function() return {} < {} end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "a" < 1 end))
print(pcall(function() return nil < 1 end))
print(pcall(function() return 1 <= nil end))
print(pcall(function() return true > false end))
print(pcall(function() local t = {}; return t >= 3 end))

-- strings compare lexicographically (byte order), numbers by value
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "a" < "aa", "10" < "9")
print(1 < 1.5, 1 == 1.0, -0.0 == 0, 0/0 == 0/0, 0/0 ~= 0/0, 1 < 0/0, 0/0 < 1)
print(math.maxinteger < 2^63, math.maxinteger + 0.0 == 2^63, math.mininteger == -2^63)
print(2^53 == 2^53 + 1, math.tointeger(2^53) == (1 << 53))

-- sorting objects with __lt
local items = { v(5), v(3), v(9), v(1), v(7) }
table.sort(items)
local out = {}
for i, it in ipairs(items) do out[i] = it.k end
print(table.concat(out, " "))
table.sort(items, function(x, y) return x > y end)
out = {}
for i, it in ipairs(items) do out[i] = it.k end
print(table.concat(out, " "))

-- max via comparisons
local best = items[1]
for _, it in ipairs(items) do if best < it then best = it end end
print("best", best.k)
