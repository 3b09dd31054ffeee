-- shapes: polymorphic method calls over five classes with inheritance
-- (a class table per kind, __index chains two deep), the way Lua programs
-- write "classes"; every call site sees several receivers' shapes.
local Shape = {}
Shape.__index = Shape
function Shape.new(cls, o) return setmetatable(o, cls) end
function Shape:describe() return self.kind end
function Shape:scaled(k) return self:area() * k end

local function class(parent, kind)
  local c = setmetatable({}, {__index = parent})
  c.__index = c
  c.kind = kind
  return c
end

local Circle = class(Shape, "circle")
function Circle:area() return 3.141592653589793 * self.r * self.r end
function Circle:perimeter() return 2 * 3.141592653589793 * self.r end

local Rect = class(Shape, "rect")
function Rect:area() return self.w * self.h end
function Rect:perimeter() return 2 * (self.w + self.h) end

local Square = class(Rect, "square")
function Square.make(s) return Shape.new(Square, {w = s, h = s}) end

local Tri = class(Shape, "triangle")
function Tri:area()
  local a, b, c = self.a, self.b, self.c
  local s = (a + b + c) / 2
  return math.sqrt(s * (s - a) * (s - b) * (s - c))
end
function Tri:perimeter() return self.a + self.b + self.c end

local Ring = class(Circle, "ring")
function Ring:area() return Circle.area(self) - 3.141592653589793 * self.inner * self.inner end

local shapes = {}
for i = 1, 1000 do
  local m = i % 5
  if m == 0 then shapes[i] = Shape.new(Circle, {r = i % 7 + 1})
  elseif m == 1 then shapes[i] = Shape.new(Rect, {w = i % 5 + 1, h = i % 3 + 2})
  elseif m == 2 then shapes[i] = Square.make(i % 4 + 1)
  elseif m == 3 then shapes[i] = Shape.new(Tri, {a = 3, b = 4, c = 5 + i % 2})
  else shapes[i] = Shape.new(Ring, {r = i % 6 + 2, inner = 1}) end
end

local area, per, scaled, kinds = 0.0, 0.0, 0.0, {}
for round = 1, 3000 do
  for i = 1, #shapes do
    local s = shapes[i]
    area = area + s:area()
    per = per + s:perimeter()
    if i % 10 == round % 10 then
      scaled = scaled + s:scaled(2)
      local k = s:describe()
      kinds[k] = (kinds[k] or 0) + 1
    end
  end
end
print(string.format("shapes %.3f %.3f %.3f %d %d %d %d %d", area, per, scaled,
  kinds.circle, kinds.rect, kinds.square, kinds.triangle, kinds.ring))
