-- heap: an event queue as a binary heap of records ordered by time, with
-- table.insert/remove, table.sort with a comparator, ipairs and pairs
-- over the results.
local Heap = {}
Heap.__index = Heap
function Heap.new(less) return setmetatable({items = {}, n = 0, less = less}, Heap) end
function Heap:push(v)
  local items, less = self.items, self.less
  local i = self.n + 1
  self.n = i
  items[i] = v
  while i > 1 do
    local p = i // 2
    if less(items[i], items[p]) then
      items[i], items[p] = items[p], items[i]
      i = p
    else
      break
    end
  end
end
function Heap:pop()
  local items, less, n = self.items, self.less, self.n
  if n == 0 then return nil end
  local top = items[1]
  items[1] = items[n]
  items[n] = nil
  n = n - 1
  self.n = n
  local i = 1
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= n and less(items[l], items[m]) then m = l end
    if r <= n and less(items[r], items[m]) then m = r end
    if m == i then break end
    items[i], items[m] = items[m], items[i]
    i = m
  end
  return top
end

local h = Heap.new(function(a, b) return a.time < b.time end)
local seed = 42
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end
local done, kinds = {}, {}
for i = 1, 100000 do h:push({time = rand(100000), id = i, kind = "k" .. rand(8)}) end
local clock = 0
while h.n > 0 do
  local ev = h:pop()
  clock = ev.time
  kinds[ev.kind] = (kinds[ev.kind] or 0) + 1
  if ev.id % 4 == 0 and ev.id < 2000000 then
    h:push({time = clock + rand(1000), id = ev.id * 4 + 1, kind = ev.kind})
  end
  done[#done + 1] = ev.id
end
local sorted = {}
for k, v in pairs(kinds) do table.insert(sorted, {k = k, v = v}) end
table.sort(sorted, function(a, b) return a.k < b.k end)
local parts = {}
for _, e in ipairs(sorted) do parts[#parts + 1] = e.k .. "=" .. e.v end
local ids = {}
for i = 1, #done, 7 do ids[#ids + 1] = done[i] end
table.sort(ids)
while #ids > 100 do table.remove(ids) end
local check = 0
for i, v in ipairs(ids) do check = check + i * v end
print(string.format("heap %d %d %s %d", #done, clock, table.concat(parts, ","), check))
