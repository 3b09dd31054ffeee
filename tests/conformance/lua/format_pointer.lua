-- string.format("%p") (lua_topointer): no address for numbers, booleans
-- and nil; one per table or function; equal short strings share one
-- (they are interned), two equal long strings (over 40 bytes) do not.
print(string.format("%p", 1), string.format("%p", true), string.format("%p", nil))
local t1, t2 = {}, {}
print(string.format("%p", t1) == string.format("%p", t1),
      string.format("%p", t1) ~= string.format("%p", t2))
print(string.format("%p", print) == string.format("%p", print))
local s1 = string.rep("a", 10)
local s2 = string.rep("aa", 5)
print(string.format("%p", s1) == string.format("%p", s2))
local l1 = string.rep("a", 300); local l2 = string.rep("a", 300)
print(string.format("%p", l1) ~= string.format("%p", l2),
      string.format("%p", l1) == string.format("%p", l1))
print(string.format("%10p", nil) == "    (null)")

-- gsub without a substitution returns its subject itself (lstrlib.c
-- str_gsub `changed`); a replacement equal to the match still makes a
-- new string.
local s = string.rep("a", 100)
local function same(r) return string.format("%p", s) == string.format("%p", r) end
print(same((string.gsub(s, "b", "c"))), same((string.gsub(s, ".", {x = "y"}))))
print(same((string.gsub(s, ".", function () return nil end))))
local r = string.gsub(s, ".", function (x) return x end)
print(r == s, same(r))
print(same((string.gsub(s, "a", "a"))))
