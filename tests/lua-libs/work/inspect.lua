-- kikito/inspect.lua: render nested tables with metatables, cycles,
-- options (depth, newline, indent, process) thousands of times.
local inspect = require("inspect")
local total, lines = 0, 0
for i = 1, 10000 do
  local t = { i, "s" .. i, { a = i, b = { c = { d = i * 2 } } }, f = i % 2 == 0, [i + 0.5] = "half" }
  t.self = t
  setmetatable(t, { __index = { inherited = true }, __tostring = function() return "T" end })
  local s = inspect(t)
  total = total + #s
  local _, n = s:gsub("\n", "")
  lines = lines + n
  if i % 5000 == 0 then print(s) end
end
print("rendered", total, lines)
local deep = {}
local cur = deep
for i = 1, 30 do cur.next = { i = i }; cur = cur.next end
print(inspect(deep, { depth = 4 }))
print(inspect({ 1, 2, { 3, 4 } }, { newline = " ", indent = "" }))
print(inspect({ a = 1, b = { c = 2 } }, { process = function(item, path)
  if path[#path] == "b" then return nil end
  return item
end }))
print(inspect("a\nb\0c\"d"), inspect(1 / 0), inspect(-1 / 0), inspect(math.maxinteger), inspect(2 ^ 53))
print(inspect({ [{}] = 1, [true] = 2, [3] = 3, [1] = 1, x = "x", ["key with space"] = 4 }))
