-- __call: calling a non-function value with a __call metamethod.
local callable = setmetatable({ name = "obj" }, {
  __call = function(self, a, b)
    return self.name .. ":" .. tostring(a) .. ":" .. tostring(b)
  end
})
print(callable(1, 2))
print(callable("x"))
print(callable())

-- multiple results and varargs
local multi = setmetatable({}, {
  __call = function(self, ...)
    return select("#", ...), ...
  end
})
print(multi())
print(multi(nil, nil))
print(multi(1, 2, 3))
print((multi(1, 2, 3)))
local t = { multi(7, 8) }
print(#t, t[1], t[2], t[3])

-- callable used as a function everywhere
local adder = setmetatable({ total = 0 }, {
  __call = function(self, v) self.total = self.total + v; return self.total end
})
for i = 1, 5 do adder(i) end
print("total", adder.total)
print(pcall(adder, 100))
local sorted = { 5, 3, 1, 4, 2 }
local cmp = setmetatable({}, { __call = function(_, a, b) return a > b end })
print(pcall(function() table.sort(sorted, cmp) end))
table.sort(sorted, function(a, b) return cmp(a, b) end)
print(table.concat(sorted, " "))

-- a table replacement in gsub is indexed, never called
local repl = setmetatable({}, { __call = function(_, w) return w:upper() end })
print(pcall(string.gsub, "abc def", "%w+", repl))

-- callable as method
local obj = { f = setmetatable({}, { __call = function(self, me, x) return (me == nil) and "nil" or me.tag .. x end }) }
obj.tag = "T"
print(obj:f("!"))

-- __call chained: __call value is itself callable table
local inner = setmetatable({}, { __call = function(self, a, b, c) return "inner", a == nil, b, c end })
local outer = setmetatable({}, { __call = inner })
print(pcall(outer, "arg"))

-- calling non-callables
print(pcall(function() local x = {}; x() end))
print(pcall(function() local n = 5; n() end))
print(pcall(function() local s = "str"; s() end))
print(pcall(function() return undefined_fn() end))

-- constructor pattern
local Point = {}
Point.__index = Point
setmetatable(Point, {
  __call = function(cls, x, y) return setmetatable({ x = x, y = y }, cls) end
})
function Point:str() return "(" .. self.x .. "," .. self.y .. ")" end
local pt = Point(3, 4)
print(pt:str(), getmetatable(pt) == Point)

-- coroutine.wrap needs a real function; a callable table is rejected
local ctab = setmetatable({}, { __call = function(_, a) return a end })
print(pcall(function() return coroutine.wrap(ctab) end))
local co = coroutine.wrap(function(a) local b = coroutine.yield(ctab(a + 1)); return b * 2 end)
print(co(1))
print(co(21))
