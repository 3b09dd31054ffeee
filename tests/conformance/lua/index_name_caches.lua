-- Field caches through __index tables stay right when a table along the
-- chain changes: one name rewritten, other names written in a loop.
local Base = { x = 1 }
Base.__index = Base
function Base.m() return "Base.m" end
local Mid = setmetatable({}, Base)
Mid.__index = Mid
local obj = setmetatable({ v = 5 }, Mid)

local function read()
  local out
  for _ = 1, 3 do
    out = table.concat({ tostring(obj.x), obj.m(), tostring(obj.v), tostring(obj.y) }, ",")
  end
  return out
end

print(read())
Base.x = 2
print(read())
Base.m = function() return "Base.m2" end
print(read())
Mid.m = function() return "Mid.m" end
print(read())
Mid.m = nil
print(read())
Base.y = "y"
print(read())
setmetatable(Mid, {
  __index = function(_, k)
    if k == "m" then
      return function() return "fn m" end
    end
    return "fn " .. k
  end,
})
print(read())
Mid.x = "own"
print(read())

local total = 0
local proto = { count = 0 }
proto.__index = proto
for i = 1, 200 do
  local o = setmetatable({}, proto)
  proto.count = i
  total = total + o.count
  if i == 100 then proto.count = nil end
end
print(total)
