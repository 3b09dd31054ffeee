-- A small class system built from metatables: Object:extend makes a
-- subclass, calling a class makes an instance and runs its init.
Object = {}
Object.__index = Object

function Object:extend(fields)
  local class = fields or {}
  class.__index = class
  class.__super = self
  class.__call = self.__call
  return setmetatable(class, self)
end

Object.__call = function(class, ...)
  local obj = setmetatable({}, class)
  if obj.init then obj:init(...) end
  return obj
end

Animal = Object:extend{ cries = 0 }

function Animal:init(name)
  self.name = name
end

function Animal:cry()
  self.cries = self.cries + 1
end

Cat = Animal:extend{}

function Cat:cry()
  print(self.name .. ": meow!")
  Cat.__super.cry(self)
end

cat = Cat("Tom")
cat:cry()
cat:cry()
print(cat.cries)            -- 2
print(Animal.cries)         -- 0
print(getmetatable(cat) == Cat, getmetatable(Cat) == Animal)
