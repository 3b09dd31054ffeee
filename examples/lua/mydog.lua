-- The essay's Dog: a class table reached through the instance's metatable.
-- Try:  omx explain examples/lua/mydog.lua 'mydog.barks'
--       omx explain examples/lua/mydog.lua 'mydog.name'
--       omx explain examples/lua/mydog.lua 'mydog.barks = 1'
Dog = {barks = 0}
function Dog.bark(self)
  self.barks = self.barks + 1
  return self.name .. " says woof"
end
mydog = setmetatable({name = "Rex"}, {__index = Dog})
print(mydog.name, mydog.barks)
