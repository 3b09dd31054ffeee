-- The generic for's fourth value is a to-be-closed variable (Lua 5.4
-- manual §3.3.5): closed when the loop ends normally, by break, by
-- return, or by an error, once, with the error if there is one.
local log = {}
local function closer(name)
  return setmetatable({}, {__close = function (_, err)
    log[#log + 1] = name .. ":" .. tostring(err)
  end})
end
local function iter(n, name)
  local i = 0
  return function ()
    i = i + 1
    if i <= n then return i end
  end, nil, nil, closer(name)
end

for i in iter(3, "normal") do end
for i in iter(3, "break") do if i == 2 then break end end
local function ret() for i in iter(3, "return") do if i == 2 then return i end end end
print(ret())
print(pcall(function () for i in iter(3, "error") do error("boom", 0) end end))
for i in iter(0, "empty") do end
for i in pairs({1}) do end   -- nil closing value: nothing to close
print(table.concat(log, " "))

print(pcall(function () for i in next, {}, nil, 42 do end end))

-- the empty iterator of locals.lua
local flag = false
local x = setmetatable({}, {__close = function () flag = true end})
local function a () return (function () return nil end), nil, nil, x end
for k in a() do a = k end
print(flag)
