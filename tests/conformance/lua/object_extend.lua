-- An rxi/classic style class library: Object:extend with __super, two levels deep.
local Object = {}
Object.__index = Object

function Object:new() end

function Object:extend()
  local cls = {}
  for k, v in pairs(self) do
    if k:find("__") == 1 then cls[k] = v end
  end
  cls.__index = cls
  cls.super = self
  cls.__super = self
  setmetatable(cls, self)
  return cls
end

function Object:implement(...)
  for _, cls in pairs({ ... }) do
    for k, v in pairs(cls) do
      if self[k] == nil and type(v) == "function" then self[k] = v end
    end
  end
end

function Object:is(T)
  local mt = getmetatable(self)
  while mt do
    if mt == T then return true end
    mt = getmetatable(mt)
  end
  return false
end

function Object:__tostring() return "Object" end

function Object:__call(...)
  local obj = setmetatable({}, self)
  obj:new(...)
  return obj
end

-- level 1
local Point = Object:extend()
function Point:new(x, y)
  self.x = x or 0
  self.y = y or 0
end
function Point:__tostring() return "Point(" .. self.x .. ", " .. self.y .. ")" end
function Point:len2() return self.x * self.x + self.y * self.y end
Point.__add = function(a, b) return Point(a.x + b.x, a.y + b.y) end

-- level 2
local Point3 = Point:extend()
function Point3:new(x, y, z)
  Point3.__super.new(self, x, y)
  self.z = z or 0
end
function Point3:__tostring() return "Point3(" .. self.x .. ", " .. self.y .. ", " .. self.z .. ")" end
function Point3:len2() return Point3.super.len2(self) + self.z * self.z end

-- level 3 to check the chain keeps going
local Named = Point3:extend()
function Named:new(name, ...)
  Named.__super.new(self, ...)
  self.name = name
end
function Named:__tostring() return self.name .. "@" .. Point3.__tostring(self) end

local p = Point(3, 4)
local q = Point3(1, 2, 2)
local n = Named("origin", 0, 0, 0)
print(tostring(p), p:len2())
print(tostring(q), q:len2())
print(tostring(n), n:len2(), n.name)
print(tostring(p + p))
print(tostring(q + p), getmetatable(q + p) == Point)

-- is()
print(p:is(Point), p:is(Object), p:is(Point3))
print(q:is(Point3), q:is(Point), q:is(Object), q:is(Named))
print(n:is(Named), n:is(Point3), n:is(Point), n:is(Object))

-- super links
print(Point3.super == Point, Point3.__super == Point, Point.super == Object, Named.super == Point3)
print(getmetatable(Point3) == Point, getmetatable(Point) == Object)

-- metamethods copied by extend: __add and __call inherited, __tostring overridden
print(Point3.__add == Point.__add, Named.__call == Object.__call, Point3.__tostring ~= Point.__tostring)
print(tostring(Object:extend()()), tostring(Point:extend()()), pcall(function() return Object() end))

-- implement (mixin)
local PairPrinter = { pair = function(self) return "(" .. self.x .. "|" .. self.y .. ")" end }
Point:implement(PairPrinter)
print(p:pair(), q:pair(), n:pair())

-- method lookup walks through class levels
function Object:hello() return "hello from Object to " .. tostring(self) end
print(n:hello())
print(q.len2 == Point3.len2, n.len2 == Point3.len2, p.len2 ~= q.len2)

-- instance fields do not leak into classes
print(rawget(Point, "x"), rawget(Point3, "z"), n.x, rawget(n, "x"))
