-- Upvalues are numbered in the order their names are first met while
-- parsing (lparser.c singlevar): in an assignment the targets come before
-- the values, so in `a = 10 + b` upvalue 1 is `a` (calls.lua).
local a, b = 20, 30
local function f (x)
  if x == "set" then a = 10 + b; b = b + 1 else
  return a
  end
end
for i = 1, 3 do
  print(i, debug.getupvalue(f, i))
end

local c, d, e = 1, 2, 3
local function g () d, e = c, d end
for i = 1, 4 do print(i, debug.getupvalue(g, i)) end

local x = load(string.dump(f), "", "b", nil)
print(debug.setupvalue(x, 1, "hi"), x())
print(debug.setupvalue(x, 2, 13), x("set"), x())
