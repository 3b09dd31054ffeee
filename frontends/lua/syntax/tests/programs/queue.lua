-- A priority queue, a deque and an event scheduler built on them.
local Heap = {}
Heap.__index = Heap

function Heap.new(cmp)
  return setmetatable({items = {}, size = 0, cmp = cmp or function(a, b) return a < b end}, Heap)
end

function Heap:push(value)
  self.size = self.size + 1
  local items, i = self.items, self.size
  items[i] = value
  while i > 1 do
    local parent = i // 2
    if not self.cmp(items[i], items[parent]) then break end
    items[i], items[parent] = items[parent], items[i]
    i = parent
  end
end

function Heap:pop()
  if self.size == 0 then return nil end
  local items = self.items
  local top = items[1]
  items[1] = items[self.size]
  items[self.size] = nil
  self.size = self.size - 1
  local i = 1
  while true do
    local l, r, smallest = 2 * i, 2 * i + 1, i
    if l <= self.size and self.cmp(items[l], items[smallest]) then smallest = l end
    if r <= self.size and self.cmp(items[r], items[smallest]) then smallest = r end
    if smallest == i then break end
    items[i], items[smallest] = items[smallest], items[i]
    i = smallest
  end
  return top
end

local Deque = setmetatable({}, {__call = function(cls)
  return setmetatable({first = 0, last = -1}, cls)
end})
Deque.__index = Deque
Deque.__len = function(d) return d.last - d.first + 1 end

function Deque:push_front(v) self.first = self.first - 1; self[self.first] = v end
function Deque:push_back(v) self.last = self.last + 1; self[self.last] = v end
function Deque:pop_front()
  if #self == 0 then return nil end
  local v = self[self.first]
  self[self.first], self.first = nil, self.first + 1
  return v
end

local h = Heap.new()
for _, v in ipairs{5, 1, 4, 2, 3} do h:push(v) end
local out = {}
for v in function() return h:pop() end do out[#out + 1] = v end
print(table.concat(out, " "))

local d = Deque()
d:push_back(1); d:push_back(2); d:push_front(0)
print(#d, d:pop_front(), d:pop_front(), #d)

local events = Heap.new(function(a, b) return a.time < b.time end)
local log = {}
local function schedule(time, name, action)
  events:push{time = time, name = name, action = action}
end
schedule(3, "third", function() log[#log + 1] = "c" end)
schedule(1, "first", function()
  log[#log + 1] = "a"
  schedule(2, "second", function() log[#log + 1] = "b" end)
end)
while events.size > 0 do
  local e = events:pop()
  e.action()
end
print(table.concat(log))
