-- Base library: type tostring tonumber ipairs select next, misc.
print(type(nil), type(true), type(1), type(1.5), type("s"), type({}), type(print), type(type), type(coroutine.create(print)))
print(pcall(type))

-- tostring
print(tostring(nil), tostring(false), tostring(123), tostring(-1.25), tostring("x"), tostring(1e300 * 1e300))

-- tonumber: decimal, hex, exponents, whitespace, bad strings
print(tonumber("42"), tonumber("-42"), tonumber("3.5"), tonumber(".5"), tonumber("5."), tonumber("1e3"), tonumber("1E-2"))
print(tonumber("0x1F"), tonumber("0XfF"), tonumber("-0x10"), tonumber("0x1p4"), tonumber("0x.8"), tonumber("0xA.8p1"))
print(tonumber("  7  "), tonumber("\t8\n"), tonumber("7 8"), tonumber(""), tonumber("abc"), tonumber("1e"), tonumber("0x"))
print(tonumber("inf"), tonumber("nan"), tonumber("1_000"), tonumber("+5"), tonumber("--5"), tonumber("0b101"))
print(tonumber(10), tonumber(2.5), tonumber(nil), tonumber(true), tonumber({}))
print(math.type(tonumber("10")), math.type(tonumber("10.0")), math.type(tonumber("1e2")), math.type(tonumber("0x10")))
print(tonumber("9223372036854775807"), tonumber("9223372036854775808"), tonumber("-9223372036854775808"))
-- with base
print(tonumber("ff", 16), tonumber("FF", 16), tonumber("777", 8), tonumber("1010", 2), tonumber("z", 36), tonumber("Zz", 36))
print(tonumber("8", 8), tonumber("12", 2), tonumber("  11  ", 2), tonumber("-ff", 16), tonumber("1.5", 10), tonumber("", 10))
print(tonumber("10", 10), tonumber("10", 36), math.type(tonumber("10", 16)), tonumber("7fffffffffffffff", 16))
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, 10, 16))
print(pcall(tonumber))

-- ipairs stops at the first nil
local arr = { "a", "b", nil, "d" }
for i, v in ipairs(arr) do print("ipairs", i, v) end
local count = 0
for _ in ipairs({}) do count = count + 1 end
print("empty ipairs", count)
-- ipairs returns three values
local f, s, c = ipairs(arr)
print(type(f), s == arr, c)
print(f(arr, 0), f(arr, 1), f(arr, 2))

-- pairs over array parts goes 1..n in order
local seq = { 10, 20, 30, 40, 50 }
local order = {}
for k, v in pairs(seq) do order[#order + 1] = k .. ":" .. v end
print(table.concat(order, " "))
-- pairs over hash keys: collect and sort before printing
local h = { x = 1, y = 2, z = 3, [1] = "one", [2] = "two" }
local keys = {}
for k in pairs(h) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, ","))

-- next
print(next({}), next({ 5 }), next({ 5 }, 1))
local nt = { a = 1 }
local k1, v1 = next(nt)
print(k1, v1, next(nt, k1))
-- modifying existing fields during traversal is allowed
local mod = { a = 1, b = 2, c = 3 }
for k in pairs(mod) do mod[k] = mod[k] * 10 end
print(mod.a, mod.b, mod.c)
-- clearing fields during traversal is allowed
for k in pairs(mod) do mod[k] = nil end
print(next(mod))

-- select
print(select(1, "a", "b"), select(2, "a", "b"), select("#", "a", "b"), select(-1, "a", "b"))

-- print with many arguments and embedded values
print(1, nil, false, "", 2.0)
print()
print("")

-- the _G table and globals
gvar = "global value"
print(_G.gvar, _G["gvar"], _G._G == _G, type(_G.print))
_G.other = 5
print(other)
local env_keys = 0
for _, name in ipairs({ "print", "pairs", "ipairs", "tostring", "tonumber", "type", "select", "next", "pcall", "error", "assert", "rawget", "rawset", "rawequal", "rawlen", "setmetatable", "getmetatable", "load", "xpcall", "collectgarbage" }) do
  if type(_G[name]) == "function" then env_keys = env_keys + 1 end
end
print("base functions present", env_keys)
print(_VERSION)
print(type(string), type(table), type(math), type(coroutine), type(io), type(os))
print(type(os.time()), type(os.clock()), math.type(os.time()))
print(type(collectgarbage("count")), collectgarbage("count") > 0)
