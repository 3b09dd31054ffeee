-- A small class library with inheritance, in the classic Object:extend style.
local Object = {}
Object.__index = Object

function Object:new(...)
end

function Object:extend()
  local cls = {}
  for k, v in pairs(self) do
    if k:find("__") == 1 then
      cls[k] = v
    end
  end
  cls.__index = cls
  cls.super = self
  setmetatable(cls, self)
  return cls
end

function Object:is(T)
  local mt = getmetatable(self)
  while mt do
    if mt == T then
      return true
    end
    mt = getmetatable(mt)
  end
  return false
end

function Object:__tostring()
  return "Object"
end

function Object:__call(...)
  local obj = setmetatable({}, self)
  obj:new(...)
  return obj
end

local Point = Object:extend()

function Point:new(x, y)
  self.x = x or 0
  self.y = y or 0
end

function Point.__add(a, b)
  return Point(a.x + b.x, a.y + b.y)
end

function Point:__tostring()
  return ("Point(%d, %d)"):format(self.x, self.y)
end

local Point3 = Point:extend()

function Point3:new(x, y, z)
  Point3.super.new(self, x, y)
  self.z = z or 0
end

function Point3:__tostring()
  return string.format("Point3(%d, %d, %d)", self.x, self.y, self.z)
end

local p = Point(1, 2)
local q = Point3(3, 4, 5)
print(tostring(p), tostring(q))
print(p:is(Point), q:is(Point), p:is(Point3))
print(tostring(p + Point(10, 20)))

local Dog = {sound = "woof", count = 0}
Dog.__index = Dog
function Dog.new(name)
  local self = setmetatable({name = name}, Dog)
  Dog.count = Dog.count + 1
  return self
end
function Dog:speak() return self.name .. " says " .. self.sound end

local rex, fido = Dog.new "rex", Dog.new "fido"
fido.sound = "WOOF"
print(rex:speak(), fido:speak(), Dog.count)
