-- Queue (two-index deque) and Stack classes with metamethods.
local Stack = {}
Stack.__index = Stack
Stack.__len = function(s) return s.n end
Stack.__tostring = function(s)
  local parts = {}
  for i = 1, s.n do parts[i] = tostring(s.items[i]) end
  return "Stack[" .. table.concat(parts, ",") .. "]"
end
function Stack.new() return setmetatable({ items = {}, n = 0 }, Stack) end
function Stack:push(...)
  for i = 1, select("#", ...) do
    self.n = self.n + 1
    self.items[self.n] = (select(i, ...))
  end
  return self
end
function Stack:pop()
  if self.n == 0 then return nil, "empty stack" end
  local v = self.items[self.n]
  self.items[self.n] = nil
  self.n = self.n - 1
  return v
end
function Stack:peek() return self.items[self.n] end

local s = Stack.new():push(1, 2, 3)
print(tostring(s), #s, s:peek())
print(s:pop(), s:pop(), tostring(s), #s)
print(s:pop(), s:pop())
s:push("a"):push("b")
print(tostring(s))

-- Queue with head/tail indices
local Queue = {}
Queue.__index = Queue
Queue.__len = function(q) return q.last - q.first + 1 end
function Queue.new() return setmetatable({ first = 1, last = 0, items = {} }, Queue) end
function Queue:push_back(v) self.last = self.last + 1; self.items[self.last] = v end
function Queue:push_front(v) self.first = self.first - 1; self.items[self.first] = v end
function Queue:pop_front()
  if self.first > self.last then error("queue is empty", 2) end
  local v = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return v
end
function Queue:pop_back()
  if self.first > self.last then error("queue is empty", 2) end
  local v = self.items[self.last]
  self.items[self.last] = nil
  self.last = self.last - 1
  return v
end
function Queue:iter()
  local i = self.first - 1
  return function()
    i = i + 1
    if i <= self.last then return self.items[i] end
  end
end

local q = Queue.new()
for i = 1, 5 do q:push_back(i * 10) end
q:push_front(0)
q:push_front(-10)
local parts = {}
for v in q:iter() do parts[#parts + 1] = v end
print(table.concat(parts, " "), #q, q.first, q.last)
print(q:pop_front(), q:pop_back(), q:pop_front(), #q)
while #q > 0 do io.write(q:pop_front(), " ") end
print()
print(pcall(function() local v = q:pop_front(); return v end))

-- breadth-first search using the queue
local graph = {
  a = { "b", "c" }, b = { "d" }, c = { "d", "e" }, d = { "f" }, e = { "f" }, f = {},
}
local function bfs(start, goal)
  local frontier = Queue.new()
  frontier:push_back(start)
  local came_from = { [start] = false }
  while #frontier > 0 do
    local node = frontier:pop_front()
    if node == goal then break end
    for _, nxt in ipairs(graph[node]) do
      if came_from[nxt] == nil then
        came_from[nxt] = node
        frontier:push_back(nxt)
      end
    end
  end
  local path, node = {}, goal
  while node do table.insert(path, 1, node); node = came_from[node] end
  return table.concat(path, "->")
end
print(bfs("a", "f"), bfs("c", "f"), bfs("d", "d"))

-- balanced brackets with the stack
local function balanced(str)
  local st = Stack.new()
  local pairs_of = { [")"] = "(", ["]"] = "[", ["}"] = "{" }
  for ch in str:gmatch("[%(%)%[%]{}]") do
    if ch == "(" or ch == "[" or ch == "{" then st:push(ch)
    elseif st:pop() ~= pairs_of[ch] then return false end
  end
  return #st == 0
end
for _, str in ipairs({ "()", "([]{})", "([)]", "((", "", "a(b[c]{d}e)f", "}" }) do
  print(string.format("%-14s %s", "'" .. str .. "'", tostring(balanced(str))))
end

-- evaluate reverse polish notation
local function rpn(expr)
  local st = Stack.new()
  for tok in expr:gmatch("%S+") do
    local n = tonumber(tok)
    if n then st:push(n)
    else
      local b, a = st:pop(), st:pop()
      if tok == "+" then st:push(a + b) elseif tok == "-" then st:push(a - b)
      elseif tok == "*" then st:push(a * b) elseif tok == "/" then st:push(a / b) end
    end
  end
  return st:pop()
end
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("10 4 /"))
