-- Integer/float subtypes, division and modulo, overflow, float formatting, coercions.
print(math.type(1), math.type(1.0), math.type("1"), math.type(2^31), math.type(1 // 1), math.type(1.0 // 1))
print(1, 1.0, -1.0, 3 / 1, 7 / 2, 2^2, 10 // 3, 10.0 // 3)

-- floor division and modulo with negatives
for _, pair in ipairs({ { 7, 3 }, { -7, 3 }, { 7, -3 }, { -7, -3 }, { 7.5, 2 }, { -7.5, 2 }, { 7, 0.5 }, { 0, 5 } }) do
  local a, b = pair[1], pair[2]
  print(a, b, a // b, a % b, math.fmod(a, b))
end
print(5.3 % 2, -5.3 % 2, 5 % -2.5, 1e308 % 3 >= 0)

-- division by zero
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(1 / 0, -1 / 0, 1.0 // 0, 1 % 0.0 ~= 1 % 0.0, 0 / 0 ~= 0 / 0)
print(math.huge, -math.huge, math.huge // 1, math.huge % 2 ~= math.huge % 2)
print(5 // 0.0, -5 // 0.0, 0.0 / 0.0 == 0.0 / 0.0)

-- wrapping integer overflow
print(math.maxinteger + 1 == math.mininteger, math.mininteger - 1 == math.maxinteger)
print(math.maxinteger * 2, math.mininteger * -1, -math.mininteger)
print(math.mininteger // -1, math.mininteger % -1)
print(math.maxinteger + 1.0, math.maxinteger + 0.0 == 2^63)

-- float formatting (%.14g)
print(2^53, 2^53 + 1, 2^63, 1e15, 1e16, 123456789012345.0, 1234567890123456.0)
print(0.1, 0.1 + 0.2, 1 / 3, -1 / 3, 100 / 3, 2 / 3 * 3)
print(3.0, -0.0, 0.0, 1e100, 1e-100, 5e-324, 1.7976931348623157e308)
print(3.14159265358979, 1e14, 1e-5, 123.456e2, 0.5, 2^-10)
print(255 // 1.0, 1e300 * 1e10, -1e300 * 1e10)
print(100, 100.0, -100.25, 1e2, 1E2, .5, 5., 0x10, 0xff, 0xA.8p0, 0x1p4)
print(9007199254740993, 0x7fffffffffffffff, 0xffffffffffffffff, 0x10000000000000000)
print(tostring(1e15), tostring(-1e15), tostring(1e16), tostring(12e20))

-- string <-> number coercion
print("10" + 1, "0x10" + 0, "3.0" + 0, " 5 " * 2, "1e2" - 0, "-7" // 2)
print(10 .. 20, 1.5 .. "|", -0.0 .. "", 2^63 .. "")
print(math.type("10" + 1), math.type("3.0" + 0), math.type("10" * 1.0))
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return {} + 1 end))
print(tostring(10) == "10", tostring(10.5) == "10.5", 10 == "10", "10" == 10)

-- comparison int/float
print(1 == 1.0, 1 < 1.1, 2^53 == 2^53 + 1.0, math.maxinteger < math.huge, math.mininteger > -math.huge)
print(math.maxinteger == 2^63, math.maxinteger < 2^63, math.maxinteger + 0.0 == 2^63)
print(-0.0 == 0.0, 1/0 > math.maxinteger, 0/0 == 0/0)

-- math.tointeger
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger(2^63), math.tointeger(-2^63), math.tointeger(7))
print(math.tointeger(-0.0), math.tointeger(0.1), math.tointeger(math.mininteger + 0.0))

-- float keys normalised to integer keys
local t = {}
t[1.0] = "one"
t[2] = "two"
t[2.0] = "TWO"
t[2.5] = "two and a half"
print(t[1], t[2], t[2.5], #t)
for k, v in ipairs(t) do print(k, math.type(k), v) end
local keys = {}
for k in pairs({ [3.0] = true }) do keys[#keys + 1] = math.type(k) end
print(keys[1])
t["1"] = "string one"
print(t[1], t["1"])

-- numeric for loops with float and integer steps
local s = {}
for i = 1, 2, 0.5 do s[#s + 1] = i end
print(table.concat(s, " "))
s = {}
for i = 10, 1, -3 do s[#s + 1] = i end
print(table.concat(s, " "))
s = {}
for i = 1.0, 3 do s[#s + 1] = math.type(i) end
print(table.concat(s, " "))
print(pcall(function() for i = 1, 10, 0 do end end))
s = 0
for i = math.maxinteger - 2, math.maxinteger do s = s + 1 end
print("no overflow loop", s)
print(pcall(function() for i = 1, {} do end end))

-- string.format of numbers
print(string.format("%d %5.2f %g %g %g", 42, 3.14159, 1e20, 0.0001, 100000000000000))
print(string.format("%.3f %.0f %e %.2e", 2/3, 2.5, 12345.678, 0.000123))
print(pcall(function() return string.format("%d", 3.5) end))
print(string.format("%d", 3.0), string.format("%.14g", 0.1), string.format("%.17g", 0.1))
