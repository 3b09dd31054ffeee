-- __tostring and __name: how tostring/print/string.format("%s") render values.
local P = setmetatable({ x = 1, y = 2 }, {
  __tostring = function(self) return "P(" .. self.x .. ", " .. self.y .. ")" end
})
print(P)
print(tostring(P))
print(string.format("%s|%s", P, 42))
print("concat needs __concat:", pcall(function() return "v=" .. P end))
print(tostring(P) .. "!")

-- __tostring receives the object; result used as-is
local counter = 0
local C = setmetatable({}, { __tostring = function(self) counter = counter + 1; return "call#" .. counter end })
print(C, C)
print(tostring(C))
print(counter)

-- __tostring must return a string
local bad = setmetatable({}, { __tostring = function() return 42 end })
print(pcall(tostring, bad))
local bad2 = setmetatable({}, { __tostring = function() return nil end })
print(pcall(tostring, bad2))

-- __tostring raising an error
local raising = setmetatable({}, { __tostring = function() error("boom in tostring") end })
print(pcall(tostring, raising))
print(pcall(print, raising))

-- __name is used when there is no __tostring: "NAME: 0x...". Check the prefix only.
local named = setmetatable({}, { __name = "MyType" })
local s = tostring(named)
print(s:match("^MyType: ") ~= nil, s:sub(1, 8))
-- __name that is not a string is ignored
local badname = setmetatable({}, { __name = 123 })
print(tostring(badname):match("^table: ") ~= nil)
-- plain tables and functions
print(tostring({}):match("^table: ") ~= nil)
print(tostring(print):match("^builtin: ") ~= nil or tostring(print):match("^function: ") ~= nil)
print(tostring(function() end):match("^function: ") ~= nil)
print(tostring(coroutine.create(function() end)):match("^thread: ") ~= nil)

-- __name appears in error messages of bad arguments
local typed = setmetatable({}, { __name = "Widget" })
print(pcall(function() return math.floor(typed) end))
print(pcall(function() return ("x"):rep(typed) end))

-- __tostring inherited? No: metatable field lookups are raw.
local base_mt = { __tostring = function() return "base" end }
local derived_mt = setmetatable({}, { __index = base_mt })
local d = setmetatable({}, derived_mt)
print(tostring(d):match("^table: ") ~= nil)

-- __tostring on a class with shared metatable
local Animal = {}
Animal.__index = Animal
Animal.__tostring = function(a) return a.kind .. " named " .. a.name end
local function new(kind, name) return setmetatable({ kind = kind, name = name }, Animal) end
local zoo = { new("cat", "Tom"), new("dog", "Rex"), new("owl", "Hoo") }
for i, a in ipairs(zoo) do print(i, a) end
local parts = {}
for _, a in ipairs(zoo) do parts[#parts + 1] = tostring(a) end
print(table.concat(parts, "; "))

-- tostring of primitive values
print(tostring(nil), tostring(true), tostring(false))
print(tostring(10), tostring(10.0), tostring(-0.0), tostring(1e300 * 10))
print(tostring("str"), #tostring(12345))
