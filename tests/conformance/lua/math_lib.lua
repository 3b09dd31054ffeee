-- The math library.
print(math.floor(3.7), math.floor(-3.7), math.floor(5), math.floor(-0.0), math.type(math.floor(3.7)))
print(math.ceil(3.2), math.ceil(-3.2), math.ceil(5), math.type(math.ceil(1.5)), math.ceil(-0.5))
print(math.floor(1e100), math.ceil(-1e100), math.floor(2^62) == 2^62, math.type(math.floor(2^62)))
print(math.abs(-5), math.abs(5), math.abs(-2.5), math.abs(math.mininteger), math.abs(-0.0))
print(math.max(1, 5, 3), math.max(-1), math.max(1, 2.5), math.max(2, 2.0), math.max(2.0, 2))
print(math.min(4, 2, 8), math.min(1.5, -3), math.min(0, -0.0), math.min(math.huge, math.maxinteger))
print(pcall(function() return math.max() end))
print(pcall(function() return math.min() end))
print(math.sqrt(16), math.sqrt(2), math.sqrt(-1) ~= math.sqrt(-1), math.sqrt(0))
print(math.huge, -math.huge, math.huge > math.maxinteger, math.pi)
print(math.maxinteger, math.mininteger, math.maxinteger + math.mininteger)
print(string.format("%.10f", math.pi), math.pi * 2)

-- fmod: integer and float, negative operands (sign follows the dividend)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(1, 0.0) ~= math.fmod(1, 0.0), math.type(math.fmod(7, 3)))
print(pcall(function() return math.fmod(1, 0) end))
print(math.fmod(math.mininteger, -1), math.fmod(5, math.huge), math.fmod(3, 2.0))
-- compare with %
print(-7 % 3, math.fmod(-7, 3), 7 % -3, math.fmod(7, -3))

-- modf
print(math.modf(3.7))
print(math.modf(-3.7))
print(math.modf(5))
print(math.modf(math.huge))
print(math.modf(-math.huge))
print(math.modf(-0.5))

-- tointeger and type
print(math.tointeger(5.0), math.tointeger(5.5), math.tointeger(5), math.tointeger(2^53))
print(math.type(1), math.type(1.0), math.type("1"), math.type(nil), math.type({}))
print(pcall(function() return math.type() end))

-- ult: unsigned comparison
print(math.ult(1, 2), math.ult(2, 1), math.ult(-1, 1), math.ult(1, -1), math.ult(math.maxinteger, math.mininteger))

-- exp/log/trig
print(math.exp(0), math.log(1), math.log(8, 2), math.log(100, 10), math.log(27, 3))
print(math.sin(0), math.cos(0), math.tan(0), string.format("%.6f", math.sin(math.pi / 2)))
print(string.format("%.6f %.6f %.6f", math.asin(1), math.acos(0), math.atan(1)))
print(string.format("%.6f %.6f", math.atan(1, -1), math.atan(-1, -1)))
print(math.log(0), string.format("%.6f", math.exp(1)))

-- argument errors
print(pcall(function() return math.floor("x") end))
print(pcall(function() return math.floor("3.7") end))
print(pcall(function() return math.abs() end))
print(pcall(function() return math.sqrt({}) end))
print(pcall(function() return math.tointeger() end))

-- random: only deterministic facts
math.randomseed(42)
local ok_int, ok_float, ok_range = true, true, true
for _ = 1, 1000 do
  local f = math.random()
  if f < 0 or f >= 1 then ok_float = false end
  local i = math.random(10)
  if i < 1 or i > 10 or math.type(i) ~= "integer" then ok_int = false end
  local r = math.random(-5, 5)
  if r < -5 or r > 5 then ok_range = false end
end
print("random ranges", ok_float, ok_int, ok_range)
print(math.random(7, 7), math.type(math.random()), math.type(math.random(3)))
print(math.type(math.random(0)), math.random(3, 3), math.random(-2, -2))
print(pcall(function() return math.random(5, 1) end))
print(pcall(function() return math.random(1, 2, 3) end))
-- same seed gives the same sequence
math.randomseed(7)
local s1 = { math.random(1000), math.random(1000), math.random(1000) }
math.randomseed(7)
local s2 = { math.random(1000), math.random(1000), math.random(1000) }
print("reproducible", s1[1] == s2[1] and s1[2] == s2[2] and s1[3] == s2[3])

-- integer vs float results
print(3 // 2, 3.0 // 2, 3 / 2, 2^2, 7 % 2.0, math.type(2^2))
print(math.floor(-7 / 2), -7 // 2, math.ceil(-7 / 2))
