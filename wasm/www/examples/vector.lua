-- The essay's Vector, in Lua: methods and metamethods on one table that
-- is also the instances' metatable; a computed field through __index.
Vector = {}

function Vector.new(x, y)
  return setmetatable({x = x, y = y}, Vector)
end

Vector.__index = function(v, key)
  if key == "magnitude" then
    return math.sqrt(v.x ^ 2 + v.y ^ 2)
  end
  return Vector[key]
end

Vector.__unm = function(v) return Vector.new(-v.x, -v.y) end
Vector.__tostring = function(v)
  return "Vector(" .. v.x .. ", " .. v.y .. ")"
end

function Vector:dot(other)
  return self.x * other.x + self.y * other.y
end

vec = Vector.new(3, 4)
print(vec.magnitude)        -- 5.0
print(tostring(-vec))       -- Vector(-3, -4)
print(vec:dot(vec))         -- 25
