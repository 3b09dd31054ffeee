-- __metatable protection, getmetatable/setmetatable rules.
local mt = { __metatable = "locked", __index = { secret = 42 } }
local t = setmetatable({}, mt)
print(getmetatable(t))
print(t.secret)
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
print(getmetatable(t))

-- __metatable may be any value, even false or a table
local f = setmetatable({}, { __metatable = false })
print(getmetatable(f))
print(pcall(setmetatable, f, {}))
local decoy = { fake = true }
local d = setmetatable({}, { __metatable = decoy })
print(getmetatable(d) == decoy, getmetatable(d).fake)

-- without protection setmetatable returns its first argument
local plain = {}
local m1 = {}
print(setmetatable(plain, m1) == plain, getmetatable(plain) == m1)
print(setmetatable(plain, nil) == plain, getmetatable(plain))

-- argument checks
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, {}))
print(pcall(setmetatable))

-- strings share one metatable whose __index is the string table
local smt = getmetatable("")
print(type(smt), smt.__index == string, getmetatable("abc") == smt)
print(("abc"):upper(), ("%d-%s"):format(7, "x"), ("x"):rep(3, ","))
local s = "Hello"
print(s:len(), #s, s:sub(2, 3), s:byte(1), s.len == string.len)
print(("test"):find("s"), ("a,b"):gsub(",", ";"))
-- adding a function to string is visible through methods
function string.shout(str) return str:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
print(pcall(function() return ("hey"):shout() end))

-- numbers, booleans, nil have no metatable
print(getmetatable(1), getmetatable(true), getmetatable(nil), getmetatable(print))

-- indexing a number or boolean errors
print(pcall(function() local n = 5; return n.x end))
print(pcall(function() local b = true; return b.x end))
print(pcall(function() return (5):foo() end))

-- metatable changes are live
local Proto = {}
local obj = setmetatable({}, Proto)
print(obj.x)
Proto.__index = { x = "now" }
print(obj.x)
Proto.__metatable = "sealed"
print(getmetatable(obj), pcall(setmetatable, obj, nil))
Proto.__metatable = nil
print(getmetatable(obj) == Proto)

-- sharing a metatable among many objects
local Shared = { __index = function(_, k) return "shared:" .. k end }
local objs = {}
for i = 1, 3 do objs[i] = setmetatable({ id = i }, Shared) end
for i = 1, 3 do print(objs[i].id, objs[i].name, getmetatable(objs[i]) == Shared) end

-- a class table used as its instances' metatable
local Cls = {}
Cls.__index = Cls
Cls.hello = "from class"
local inst = setmetatable({}, Cls)
print(inst.hello, inst.nothing, getmetatable(inst) == Cls, getmetatable(Cls))
