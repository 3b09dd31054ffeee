-- The debug library: getinfo, getlocal, upvalues, metatables, traceback.
local function f(a, b, ...)
  local x = a + b
  return debug.getinfo(1, "Sl").currentline, x
end

local info = debug.getinfo(f)
print(info.what, info.short_src, info.source, info.linedefined, info.lastlinedefined)
print(info.nparams, info.isvararg, info.nups, info.func == f, info.currentline)
print(f(1, 2))
local main = debug.getinfo(1, "S")
print(main.what, main.linedefined, main.short_src)
local c = debug.getinfo(print)
print(c.what, c.short_src, c.source, c.linedefined, c.currentline, c.nups)
print(debug.getinfo(100))
print(pcall(function() return debug.getinfo(1, ">") end))
print(pcall(function() return debug.getinfo(1, "X") end))
print(pcall(function() return debug.getinfo({}) end))

-- names of the running function, as its caller calls it
local function named()
  local i = debug.getinfo(1, "n")
  return i.name, i.namewhat
end
print(named())
local t = { m = named }
print(t.m())
globalfn = named
print(globalfn())

-- activelines
local lines = debug.getinfo(f, "L").activelines
local keys = {}
for k in pairs(lines) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))

-- getlocal
local function locals(p, q)
  local r = p * q
  local names = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(1, i)
    if not name then break end
    names[#names + 1] = name .. "=" .. (type(value) == "table" and "table" or tostring(value))
    i = i + 1
  end
  return table.concat(names, ",")
end
print(locals(6, 7))
print(debug.getlocal(locals, 1), debug.getlocal(locals, 2), debug.getlocal(locals, 3))
local function va(...) return debug.getlocal(1, -1), debug.getlocal(1, -2) end
print(va("x", "y"))
print(pcall(function() return debug.getlocal(50, 1) end))

-- upvalues
local up1, up2 = 10, 20
local function g() return up1 + up2 end
print(debug.getupvalue(g, 1), debug.getupvalue(g, 2), debug.getupvalue(g, 3))
print(debug.setupvalue(g, 2, 100), g(), up2)
print(debug.getupvalue(print, 1))
local function h() return up1 end
print(debug.upvalueid(g, 1) == debug.upvalueid(h, 1), debug.upvalueid(g, 1) == debug.upvalueid(g, 2))
print(pcall(debug.upvalueid, g, 5))
print(pcall(function() return debug.getupvalue(1, 1) end))

-- metatables of any type
local mt = { __index = function(v, k) return k .. "!" end }
print(pcall(function() return (10).x end))
debug.setmetatable(10, mt)
print((10).x, (2.5).y, debug.getmetatable(1) == mt)
debug.setmetatable(10, nil)
print(pcall(function() return (10).x end))
debug.setmetatable(nil, { __index = function() return "from nil" end })
print((nil).anything)
debug.setmetatable(nil, nil)
local prot = setmetatable({}, { __metatable = "locked" })
print(getmetatable(prot), type(debug.getmetatable(prot)))
print(debug.setmetatable(prot, nil) == prot, getmetatable(prot))
print(pcall(function() return debug.setmetatable({}, 1) end))
print(type(debug.getregistry()))

-- traceback
local tb = debug.traceback("message")
print(tb:match("^message\nstack traceback:\n") ~= nil)
print(debug.traceback(42):match("^42\n") ~= nil)
local obj = {}
print(debug.traceback(obj) == obj, debug.traceback(nil) ~= nil)
print(debug.gethook())
print(debug.getuservalue({}), pcall(function() return debug.setuservalue({}, 1) end))
