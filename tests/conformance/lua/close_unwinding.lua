-- To-be-closed variables (Lua 5.4 manual §3.3.8) closed by an error, by a
-- return under a hook, by a goto, and with their metamethod gone.
local function func2close(f) return setmetatable({}, {__close = f}) end

-- an error unwinds to pcall before the handlers run: level 2 is pcall
local function foo()
  local x <close> = func2close(function (_, msg)
    local i = debug.getinfo(2, "nS")
    print("x", msg, i.name, i.what)
  end)
  local y <close> = func2close(function (_, msg)
    print("y", msg, debug.getinfo(2, "n").name)
    error("from y", 0)
  end)
  error("E", 0)
end
print(pcall(foo))

-- an error raised by a handler on a normal exit names it in a traceback
local function bar()
  local x <close> = func2close(function () error("@x", 0) end)
end
local _, tb = xpcall(bar, debug.traceback)
print(string.find(tb, "in metamethod 'close'") ~= nil)

-- the metamethod went away after the variable was marked
local function gone()
  local v <close> = setmetatable({}, {__close = print})
  getmetatable(v).__close = nil
end
local ok, msg = pcall(gone)
print(ok, string.find(msg, "attempt to call a nil value (metamethod 'close')", 1, true) ~= nil)

-- the return event comes after the closes
local trace = {}
local function hook(event)
  trace[#trace + 1] = event .. " " .. tostring(debug.getinfo(2, "n").name)
end
local function baz(...)
  local x <close> = func2close(function () trace[#trace + 1] = "x" end)
  local y <close> = func2close(function () debug.sethook(hook, "r") end)
  return ...
end
local t = {baz(10, 20, 30)}
debug.sethook()
print(table.concat(trace, ", "), #t)

-- a handler run by an error may yield
local co = coroutine.wrap(function ()
  local function f()
    local z <close> = func2close(function (_, m)
      coroutine.yield("z " .. tostring(m))
    end)
    local y <close> = func2close(function (_, m)
      coroutine.yield("y " .. tostring(m))
      error(21, 0)
    end)
    return 10
  end
  return pcall(f)
end)
print(co()) print(co()) print(co())

-- a goto out of generic-for loops closes their closing values
local open = 0
local function iter(n)
  open = open + 1
  return function () n = n - 1 if n > 0 then return n end end, nil, nil,
    func2close(function () open = open - 1 end)
end
local s = 0
for i in iter(10) do
  for j in iter(10) do
    if i + j < 5 then goto done end
    s = s + i
  end
end
::done::
print(s, open)
