-- kikito/middleclass: a class hierarchy with mixins, class methods,
-- metamethods and subclassing, then 300,000 method calls.
local class = require("middleclass")
local Shape = class("Shape")
function Shape:initialize(name) self.name = name; self.calls = 0 end
function Shape:area() return 0 end
function Shape:describe() self.calls = self.calls + 1; return self.name .. ":" .. self:area() end
function Shape.static.create(kind, ...) return kind:new(...) end
function Shape:__tostring() return "Shape<" .. self.name .. ">" end
function Shape.__eq(a, b) return a:area() == b:area() end
function Shape.__lt(a, b) return a:area() < b:area() end
function Shape.__add(a, b) return a:area() + b:area() end

local Rect = class("Rect", Shape)
function Rect:initialize(w, h) Shape.initialize(self, "rect"); self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
local Square = Rect:subclass("Square")
function Square:initialize(s) Rect.initialize(self, s, s); self.name = "square" end

local HasColor = { color = function(self) return self.c or "none" end, static = { palette = function() return "rgb" end } }
function HasColor:included(klass) print("included in", klass.name) end
Square:include(HasColor)

local shapes = {}
for i = 1, 1000 do
  shapes[i] = (i % 2 == 0) and Shape.create(Rect, i, 2) or Square:new(i)
end
local acc = 0
for round = 1, 3000 do
  for i = 1, #shapes do
    local s = shapes[i]
    acc = acc + s:area()
    if round == 1 then s:describe() end
  end
end
print("acc", acc)
print(tostring(shapes[1]), tostring(shapes[2]), shapes[3]:describe(), shapes[1]:color(), Square.palette())
print(shapes[2] == Rect:new(1, 4), shapes[1] < shapes[2], shapes[1] + shapes[2])
print(Square:isSubclassOf(Shape), Rect:isSubclassOf(Square), shapes[1]:isInstanceOf(Rect), shapes[2]:isInstanceOf(Square))
print(Square.super == Rect, Square.name, tostring(Square), tostring(class("Anon")))
print(pcall(function() return Shape.area() end))
local n = 0
for k in pairs(Shape.subclasses) do n = n + 1 end
print("subclasses of Shape", n)
