-- Every arithmetic event, with the metamethod on the left, the right, or both.
local function show(v)
  if type(v) == "table" then return "M(" .. tostring(v.v) .. ")" end
  return tostring(v)
end
local M = {}
local function m(v) return setmetatable({ v = v }, M) end
local function val(x) return type(x) == "table" and x.v or x end
local events = { "add", "sub", "mul", "div", "mod", "pow", "unm", "idiv" }
for _, e in ipairs(events) do
  M["__" .. e] = function(a, b)
    return e .. "(" .. show(a) .. "," .. show(b) .. ")"
  end
end

local a, b = m(7), m(2)
print(a + b, a - b, a * b)
print(a / b, a % b, a ^ b)
print(a // b, -a)
-- mixed operand orders: number on the left uses the right operand's metamethod
print(3 + a, a + 3)
print(3 - a, a - 3)
print(3 * a, a * 3)
print(3 / a, a / 3)
print(3 % a, a % 3)
print(3 ^ a, a ^ 3)
print(3 // a, a // 3)
print("s" + a, a + "s")
print(2.5 // a, a % 1.5)

-- right-operand fallback: left has a metatable without the event
local Plain = setmetatable({}, { __index = {} })
local Other = setmetatable({ v = "o" }, { __add = function(x, y) return "other.add(" .. show(x) .. "," .. show(y) .. ")" end })
print(pcall(function() return Plain + Other end))
print(pcall(function() return Other + Plain end))

-- when both have metamethods, the left one wins
local L = setmetatable({}, { __sub = function() return "left" end })
local R = setmetatable({}, { __sub = function() return "right" end })
print(L - R, R - L)

-- a real numeric wrapper
local Num = {}
Num.__index = Num
local function num(v) return setmetatable({ v = v }, Num) end
Num.__add = function(x, y) return num(val(x) + val(y)) end
Num.__sub = function(x, y) return num(val(x) - val(y)) end
Num.__mul = function(x, y) return num(val(x) * val(y)) end
Num.__div = function(x, y) return num(val(x) / val(y)) end
Num.__mod = function(x, y) return num(val(x) % val(y)) end
Num.__pow = function(x, y) return num(val(x) ^ val(y)) end
Num.__idiv = function(x, y) return num(val(x) // val(y)) end
Num.__unm = function(x) return num(-x.v) end
Num.__tostring = function(x) return "num(" .. tostring(x.v) .. ")" end

local x, y = num(-7), num(2)
print(tostring(x + y), tostring(x - y), tostring(x * y))
print(tostring(x / y), tostring(x % y), tostring(x ^ y))
print(tostring(x // y), tostring(-x))
print(tostring(10 - x), tostring(x - 10), tostring(10 // y), tostring(7.5 % y))
print(tostring(num(7) % -3), tostring(-7 % num(3)), tostring(num(7.0) // 2))
print(tostring((x + 1) * 3 - y))

-- metamethods are not used when both operands are numbers or numeric strings
print(10 + "5", "3" * "4", "2" ^ 2, "10" // 3, "7" % "4", "1e1" / 4)

-- arithmetic errors name the offending operand
print(pcall(function() local t = {}; return t + 1 end))
print(pcall(function() local t = {}; return 1 + t end))
print(pcall(function() local t = { x = nil }; return t.x * 2 end))
print(pcall(function() return {} ^ 2 end))
print(pcall(function() local s = "abc"; return s + 1 end))
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(1.0 // 0, -1 // 0.0, 1 % 0.0 ~= 1 % 0.0)

-- metamethod results are truncated to one value
local Multi = setmetatable({}, { __add = function() return 1, 2, 3 end })
print(Multi + 1)
