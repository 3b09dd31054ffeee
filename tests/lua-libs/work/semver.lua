-- kikito/semver.lua: parse, compare, bump and sort 20,000 versions.
local v = require("semver")
local list = {}
local pre = { "", "-alpha", "-alpha.1", "-beta.2", "-rc.1", "+build.5", "-alpha+exp.sha.5114f85" }
for i = 1, 20000 do
  local s = ((i * 7) % 13) .. "." .. ((i * 11) % 17) .. "." .. ((i * 3) % 19) .. pre[i % #pre + 1]
  list[i] = v(s)
end
table.sort(list)
print(tostring(list[1]), tostring(list[#list]), tostring(list[10000]))
local compat, newer = 0, 0
local base = v("6.8.0")
for i = 1, #list do
  if base ^ list[i] then compat = compat + 1 end
  if list[i] > base then newer = newer + 1 end
end
print("compatible", compat, "newer", newer)
print(tostring(v(1, 2, 3):nextMajor()), tostring(v(1, 2, 3):nextMinor()), tostring(v(1, 2, 3):nextPatch()))
print(v("1.0.0-alpha") < v("1.0.0-alpha.1"), v("1.0.0-alpha.beta") < v("1.0.0-beta"), v("1.0.0-rc.1") < v("1.0.0"))
print(v("1.2.3") == v("1.2.3+build"), v("2.0.0") == v(2), tostring(v("1.2.3-a.b+c.d")))
for _, bad in ipairs({ "1.2", "a.b.c", "1.2.3-", "-1.2.3", "" }) do
  print(bad, pcall(v, bad))
end
