-- A Vector type with __add and friends: __sub __mul __div __unm __eq __lt __le
-- __tostring __concat __len __call __index.
local Vector = {}
Vector.__index = Vector

local function new(x, y) return setmetatable({ x = x, y = y }, Vector) end
local function isvec(v) return getmetatable(v) == Vector end

Vector.__add = function(a, b)
  if type(a) == "number" then return new(a + b.x, a + b.y) end
  if type(b) == "number" then return new(a.x + b, a.y + b) end
  return new(a.x + b.x, a.y + b.y)
end
Vector.__sub = function(a, b) return new(a.x - b.x, a.y - b.y) end
Vector.__mul = function(a, b)
  if type(a) == "number" then return new(a * b.x, a * b.y) end
  if type(b) == "number" then return new(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y -- dot product
end
Vector.__div = function(a, s) return new(a.x / s, a.y / s) end
Vector.__unm = function(a) return new(-a.x, -a.y) end
Vector.__eq = function(a, b) return a.x == b.x and a.y == b.y end
Vector.__lt = function(a, b) return a:mag2() < b:mag2() end
Vector.__le = function(a, b) return a:mag2() <= b:mag2() end
Vector.__tostring = function(a) return "(" .. a.x .. ", " .. a.y .. ")" end
Vector.__concat = function(a, b)
  local as = isvec(a) and tostring(a) or a
  local bs = isvec(b) and tostring(b) or b
  return as .. bs
end
Vector.__len = function(a) return 2 end
Vector.__call = function(a, i) if i == 1 then return a.x elseif i == 2 then return a.y end end
function Vector:mag2() return self.x * self.x + self.y * self.y end

local a, b = new(1, 2), new(3, 4)
print(tostring(a + b), tostring(b - a), tostring(a + 10), tostring(10 + a))
print(a * b, tostring(a * 3), tostring(3 * a), tostring(b / 2), tostring(-a))
print(a == new(1, 2), a ~= b, a == b, rawequal(a, new(1, 2)))
print(a < b, b < a, a <= new(2, 1), b >= a, a > b)
print("a = " .. a, a .. " is a", a .. b, #a, a(1), a(2), a(3))

-- chained arithmetic
local c = (a + b) * 2 - new(1, 1)
print(tostring(c), c:mag2())
local sum = new(0, 0)
for i = 1, 5 do sum = sum + new(i, i * i) end
print(tostring(sum))

-- vectors as sort keys via __lt
local vs = { new(3, 4), new(1, 0), new(0, 2), new(-6, 0), new(1, 1) }
table.sort(vs)
local parts = {}
for i, v in ipairs(vs) do parts[i] = tostring(v) end
print(table.concat(parts, " "))

-- vectors as table keys use identity, not __eq
local set = {}
set[a] = "first"
set[new(1, 2)] = "second"
local n = 0
for _ in pairs(set) do n = n + 1 end
print("distinct keys", n, set[a])

-- errors when the other operand is unsuitable
print(pcall(function() return a + "x" end))
print(pcall(function() return a - 1 end))
print(pcall(function() return a < 1 end))

-- float components and formatting
local f = new(0.5, 1 / 4)
print(tostring(f * 2), tostring(f + f), tostring(f / 0.5))

-- __eq is not consulted for comparisons with non-vectors
print(a == 1, a == "(1, 2)", a == nil)

-- methods via __index
print(a:mag2(), b:mag2(), a.mag2 == Vector.mag2)
