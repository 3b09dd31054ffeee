-- Calls made from builtins nest at most ~200 deep (lua5.4's LUAI_MAXCCALLS,
-- ldo.c ccall / lstate.c luaE_checkcstack): past that, "C stack overflow".
-- The exact depth differs by a few levels between interpreters, so only
-- its range is printed.

-- A gsub replacement function that recurses into gsub.
local count = 0
local function foo()
  count = count + 1
  string.gsub("a", ".", foo)
end
local ok, msg = pcall(foo)
print(ok, msg, count > 150 and count <= 200)

-- Through an __index function called from gsub.
count = 0
local t = setmetatable({}, {__index = function () return foo() end})
foo = function ()
  count = count + 1
  string.gsub("a", ".", t)
end
ok, msg = pcall(foo)
print(ok, msg, count > 150 and count <= 200)

-- A chain of pcalls: the innermost one fails, each level returns.
local n = 0
local function chain() n = n + 1; return pcall(chain) end
print(chain(), n > 150 and n <= 200)

-- A sort comparator that sorts.
local depth = 0
local function cmp(a, b)
  depth = depth + 1
  table.sort({3, 2, 1}, cmp)
  return a < b
end
ok, msg = pcall(table.sort, {2, 1}, cmp)
print(ok, msg, depth > 150 and depth <= 200)

-- The limit is on nesting only: afterwards natives call back as before.
print(string.gsub("abc", "%w", function (c) return c:upper() end))
local sum = 0
for i = 1, 1000 do
  sum = sum + select(2, pcall(function () return i end))
end
print(sum)
