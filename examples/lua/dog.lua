-- A Dog "class": instances use setmetatable({}, {__index = Dog}).
-- The instance counter shadows the class default on first increment.
local Dog = { sound = "woof", tricks = 0, legs = 4 }

function Dog.new(name)
  local d = setmetatable({}, { __index = Dog })
  d.name = name
  return d
end

function Dog:speak()
  return self.name .. " says " .. self.sound
end

function Dog:learn()
  -- reads the class default the first time, then writes an own field
  self.tricks = self.tricks + 1
  return self.tricks
end

local rex = Dog.new("Rex")
local fido = Dog.new("Fido")
print(rex:speak())
print(fido:speak())

print("before", rex.tricks, fido.tricks, Dog.tricks, rawget(rex, "tricks"))
print("learn", rex:learn(), rex:learn(), rex:learn())
print("after", rex.tricks, fido.tricks, Dog.tricks, rawget(rex, "tricks"), rawget(fido, "tricks"))
print("fido learns", fido:learn())
print("after", rex.tricks, fido.tricks, Dog.tricks)

-- changing the class default affects only instances without their own field
Dog.tricks = 100
print("new default", rex.tricks, fido.tricks, Dog.new("Pup").tricks)

-- per-instance override of a method-like field
fido.sound = "yip"
print(fido:speak(), rex:speak())
fido.sound = nil
print(fido:speak())

-- class-level method added later is visible to existing instances
function Dog:describe()
  return ("%s has %d legs and knows %d tricks"):format(self.name, self.legs, self.tricks)
end
print(rex:describe())
print(fido:describe())

-- each instance has its own metatable table here, but they share Dog
print(getmetatable(rex) ~= getmetatable(fido), getmetatable(rex).__index == getmetatable(fido).__index)

-- a class-wide counter kept on the class table
Dog.count = 0
local function make(name)
  local d = Dog.new(name)
  Dog.count = Dog.count + 1
  d.id = Dog.count
  return d
end
local pack = {}
for _, n in ipairs({ "A", "B", "C" }) do pack[#pack + 1] = make(n) end
for _, d in ipairs(pack) do print(d.name, d.id, d.count, rawget(d, "count")) end
print("Dog.count", Dog.count)

-- an instance counter that shadows the class default
pack[1].count = pack[1].count + 10
print(pack[1].count, pack[2].count, Dog.count)

-- keys present on the instance, sorted
local keys = {}
for k in pairs(rex) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, ","))
