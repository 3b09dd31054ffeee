-- A "class" in Lua is a table; an object finds what it lacks through
-- its metatable's __index field.
Dog = {
  barks = 0,   -- a default: found through __index until assigned
  bark = function(self)
    self.barks = self.barks + 1
    print("woof!")
  end,
}

function make_object(class)
  return setmetatable({}, {__index = class})
end

mydog = make_object(Dog)
mydog:bark()
mydog:bark()
mydog:bark()
print(mydog.barks)                          -- 3: now mydog's own field
print(Dog.barks)                            -- 0: the default is untouched
print(rawget(getmetatable(mydog), "__index") == Dog)
