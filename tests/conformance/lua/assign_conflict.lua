-- Multiple assignment evaluates every target's table and key before it
-- stores anything (Lua 5.4 manual §3.3.3; lparser.c check_conflict):
-- a key read from a local assigned in the same statement is its old value.
local t = {}
;(function (a) t[a], a = 10, 20 end)(1)
print(t[1], t[20])

local i, a = 1, {}
a[i], i = "first", 2
print(a[1], a[2], i)

local k = "x"
local u = {}
u[k], k, u[k .. "y"] = 1, "z", 2
print(u.x, u.z, u.xy, u.zy, k)

-- with upvalues (attrib.lua)
do
  local a, i, j, b
  a = {'a', 'b'}; i = 1; j = 2; b = a
  local function foo ()
    i, a[i], a, j, a[j], a[i+j] = j, i, i, b, j, i
  end
  foo()
  print(i, b[1], a, j == b, b[2], b[3])
end
