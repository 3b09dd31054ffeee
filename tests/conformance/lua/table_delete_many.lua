-- Clearing and re-adding keys: many clears stay cheap, tables filled out
-- of order stay correct, and next/pairs/# agree.
local t = {}
for i = 1, 50000 do t["k" .. i] = i end
for i = 1, 50000, 2 do t["k" .. i] = nil end
local n, sum = 0, 0
for k, v in pairs(t) do n = n + 1; sum = sum + v end
print(n, sum, t.k1, t.k2)
-- clearing during traversal is allowed
for k in pairs(t) do t[k] = nil end
print(next(t))

-- odd keys, then even keys: the array part takes them over
local u = {}
for i = 1, 100000, 2 do u[i] = i end
for i = 2, 100000, 2 do u[i] = i end
local s = 0
for i = 1, #u do s = s + u[i] end
print(#u, s)
local c = 0
for _ in pairs(u) do c = c + 1 end
print(c)

-- a set with many removals and re-insertions
local set, live = {}, 0
for step = 1, 60000 do
  local k = (step * 7919) % 5000
  if set[k] then set[k] = nil; live = live - 1 else set[k] = true; live = live + 1 end
end
local counted = 0
for _ in pairs(set) do counted = counted + 1 end
print(live, counted)
