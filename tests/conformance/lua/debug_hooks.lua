-- debug.sethook: call, return, line and count hooks (Lua 5.4 manual §6.10)
local events = {}
local function rec(ev, line)
  events[#events + 1] = line and (ev .. " " .. line) or ev
end
local function f(x)
  local y = x + 1
  return y * 2
end
local function g(x)
  return f(x)
end
debug.sethook(rec, "crl")
local r = g(3)
debug.sethook()
print(r)
for i, e in ipairs(events) do print(i, e) end
print(debug.gethook())

-- line events of a loop: a jump back repeats the line
events = {}
debug.sethook(rec, "l")
for i = 1, 3 do
  r = r + i
end
debug.sethook()
print(table.concat(events, ", "))

-- count hook
local n = 0
debug.sethook(function(ev) n = n + 1 end, "", 10)
for i = 1, 1000 do r = r + 1 end
debug.sethook()
print(n > 50, n < 500)
print(debug.gethook())

-- gethook
local h = function() end
debug.sethook(h, "lc", 7)
local fn, mask, count = debug.gethook()
debug.sethook()
print(fn == h, mask, count)

-- hooks are per coroutine
local co = coroutine.create(function(a)
  local b = a + 1
  coroutine.yield(b)
  return b * 2
end)
local trace = {}
debug.sethook(co, function(ev, line) trace[#trace + 1] = ev .. (line and (":" .. line) or "") end, "crl")
print(coroutine.resume(co, 1))
print(coroutine.resume(co))
print(table.concat(trace, " "))
print(debug.gethook(co) ~= nil, debug.gethook() == nil)

-- an error in a hook propagates
print(pcall(function()
  debug.sethook(function() debug.sethook() error("in hook") end, "l")
  local x = 1
  return x
end))
debug.sethook()
-- a hook sees the hooked function with debug.getinfo(2)
local names = {}
debug.sethook(function(ev)
  local info = debug.getinfo(2, "nS")
  if ev == "call" and info.what == "Lua" then names[#names + 1] = tostring(info.name) end
end, "c")
local function named() return 1 end
named()
g(1)
debug.sethook()
print(table.concat(names, " "))
