-- print converts each argument, then writes a tab before it and the
-- argument (lbaselib.c luaB_print): output written by a __tostring lands
-- before the tab.
local noisy = setmetatable({}, {__tostring = function()
  io.write("<in __tostring>")
  return "obj"
end})
print(1, noisy, 2)
print(noisy)
print(false, noisy)
local printing = setmetatable({}, {__tostring = function()
  print("nested", "print")
  return "P"
end})
print("a", printing, "b", printing)
print(pcall(print, "x", setmetatable({}, {__tostring = function() return {} end})))
