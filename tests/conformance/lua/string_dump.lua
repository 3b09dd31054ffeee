-- string.dump and loading binary chunks in the same runtime.
local function add(a, b) return a + b end
local d = string.dump(add)
print(type(d), d:sub(1, 4) == "\27Lua", d:byte(5))
local f = load(d, "dumped", "b")
print(f(2, 3))
print(load(d, "x", "t"))
print(load("return 1", "x", "b"))

local header = string.pack("c4BBc6BBB", "\27Lua", 0x54, 0, "\x19\x93\r\n\x1a\n", 4, 8, 8)
print(d:sub(1, #header) == header, string.unpack("jn", d, #header + 1))

-- upvalues are fresh; the first one is the environment
local x = 10
local function getx() return x end
local g = load(string.dump(getx))
print(g() == _G, (debug.getupvalue(g, 1)))
local env = { y = 5 }
local h = load(string.dump(function() return y end), "h", "b", env)
print(h())

-- corrupted and truncated chunks do not load
local bad = 0
for i = 2, #header do
  local s = d:sub(1, i - 1) .. string.char((d:byte(i) + 1) % 256) .. d:sub(i + 1)
  if not load(s) then bad = bad + 1 end
end
print(bad == #header - 1)
local truncated = 0
for i = 1, #d - 1 do
  local st, msg = load(d:sub(1, i))
  if not st and msg:find("truncated") then truncated = truncated + 1 end
end
print(truncated == #d - 1)
print(pcall(string.dump, print))
print(pcall(function() return string.dump(1) end))
