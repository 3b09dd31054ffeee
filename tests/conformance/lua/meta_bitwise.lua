-- Bitwise operators on integers, floats with integral values, strings,
-- and the bitwise metamethods (__band __bor __bxor __shl __shr __bnot).
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xF0 ~ 0xFF, ~0)
print(1 << 4, 256 >> 4, 1 << 63, (1 << 63) >> 63)
print(1 << 64, 1 << -1, 2 >> -1, -1 >> 1)
print(-1 >> 60, 5 << 0, 0x7FFFFFFFFFFFFFFF + 1 == math.mininteger)
print(3.0 & 1, 2^53 | 0, ~5.0, -8.0 >> 1)
print(math.type(3.0 & 1), math.type(~0.0))
-- strings are not coerced for bitwise operators in Lua 5.4
print(pcall(function() return "3" | 4 end))

-- errors
print(pcall(function() return 1.5 & 1 end))
print(pcall(function() return "1.5" | 0 end))
print(pcall(function() return 2^63 | 0 end))
print(pcall(function() local t = {}; return t & 1 end))
print(pcall(function() local s = "x"; return s | 1 end))
print(pcall(function() local f = 1.5; return ~f end))

-- metamethods
local B = {}
local function b(v) return setmetatable({ v = v }, B) end
local function show(x) return type(x) == "table" and ("B" .. x.v) or tostring(x) end
for _, e in ipairs({ "band", "bor", "bxor", "shl", "shr", "bnot" }) do
  B["__" .. e] = function(x, y) return e .. "(" .. show(x) .. "," .. show(y) .. ")" end
end
local p, q = b(1), b(2)
print(p & q, p | q, p ~ q)
print(p << q, p >> q, ~p)
print(5 & p, p & 5, 5 | p, p ~ 5, 5 << p, p >> 5)
print(1.5 & p, "z" | p)

-- bitset class
local Bits = {}
Bits.__index = Bits
local function bits(n) return setmetatable({ n = n }, Bits) end
local function raw(x) return type(x) == "table" and x.n or x end
Bits.__band = function(x, y) return bits(raw(x) & raw(y)) end
Bits.__bor = function(x, y) return bits(raw(x) | raw(y)) end
Bits.__bxor = function(x, y) return bits(raw(x) ~ raw(y)) end
Bits.__shl = function(x, y) return bits(raw(x) << raw(y)) end
Bits.__shr = function(x, y) return bits(raw(x) >> raw(y)) end
Bits.__bnot = function(x) return bits(~raw(x)) end
Bits.__tostring = function(x)
  local s = {}
  for i = 7, 0, -1 do s[#s + 1] = ((x.n >> i) & 1 == 1) and "1" or "0" end
  return s and table.concat(s)
end
local a = bits(0xA5)
print(tostring(a), tostring(a & 0x0F), tostring(a | 0x0F), tostring(a ~ 0xFF))
print(tostring(a << 1), tostring(a >> 3), tostring(~a & 0xFF), tostring(1 << bits(3)))

-- precedence: shifts bind looser than concat? no: concat binds tighter than shifts
print(1 << 2 + 1, (1 << 2) + 1, 6 & 3 | 8, 6 ~ 3 & 1, 1 | 2 ~ 3 & 4)
print(pcall(function() return "1" .. 2 << 1 end))
print(tonumber("1" .. 2) << 1)

-- popcount loop
local function popcount(n)
  local c = 0
  while n ~= 0 do n = n & (n - 1); c = c + 1 end
  return c
end
for _, n in ipairs({ 0, 1, 255, 0x5555, -1, math.mininteger }) do
  print("popcount", n, popcount(n))
end
print(string.format("%x %X", 0xDEAD ~ 0xBEEF, ~0xFF & 0xFFFF))
