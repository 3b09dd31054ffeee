-- math.deg/rad and the LUA_COMPAT_MATHLIB functions of lua5.4 here.
print(math.deg(math.pi), math.deg(1), math.rad(180), math.rad(-90), math.deg(0))
print(math.cosh(0), math.sinh(0), math.tanh(0), math.cosh(1), math.sinh(-1), math.tanh(0.5))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(0, 0))
print(math.log10(1000), math.log10(2), math.log10(0), math.log10(-1) ~= math.log10(-1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
for _, x in ipairs({1, 0.5, -3, 1e300, 5e-324, 0, -0.0, 1/0, 1024, 0.1}) do
  print(x, math.frexp(x))
end
print(math.ldexp(0.5, 1), math.ldexp(1, 1024), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, 2.0))
print(math.ldexp(0.75, 1023) == 0.75 * 2^1023, math.ldexp(1, 100000), math.ldexp(-1, 100000), math.ldexp(1, -100000))
print(pcall(function() return math.ldexp(1, 1.5) end))
print(pcall(function() return math.deg("x") end))
print(pcall(function() return math.pow(2) end))
print(math.deg("90"), math.rad("180") == math.pi)
