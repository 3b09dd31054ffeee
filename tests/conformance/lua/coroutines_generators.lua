-- Generators and pipelines built on coroutines.
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end
local out = {}
for i in range(10, 3) do out[#out + 1] = i end
print(table.concat(out, " "))

-- filter and map stages
local function filter(pred, gen)
  return coroutine.wrap(function()
    for v in gen do if pred(v) then coroutine.yield(v) end end
  end)
end
local function map(f, gen)
  return coroutine.wrap(function()
    for v in gen do coroutine.yield(f(v)) end
  end)
end
out = {}
for v in map(function(x) return x * x end, filter(function(x) return x % 2 == 1 end, range(10))) do
  out[#out + 1] = v
end
print(table.concat(out, " "))

-- fibonacci generator, take first 15
local function fib()
  return coroutine.wrap(function()
    local a, b = 0, 1
    while true do
      coroutine.yield(a)
      a, b = b, a + b
    end
  end)
end
local g = fib()
out = {}
for _ = 1, 15 do out[#out + 1] = g() end
print(table.concat(out, ","))

-- permutations generator
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a)
  else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local function permutations(a)
  return coroutine.wrap(function() permgen(a) end)
end
local count = 0
for p in permutations({ "a", "b", "c" }) do
  count = count + 1
  print(count, table.concat(p))
end

-- tree walker (in-order) with recursion inside the coroutine
local function node(v, l, r) return { v = v, l = l, r = r } end
local tree = node(4, node(2, node(1), node(3)), node(6, node(5), node(7)))
local function walk(t)
  if t then walk(t.l); coroutine.yield(t.v); walk(t.r) end
end
out = {}
for v in coroutine.wrap(function() walk(tree) end) do out[#out + 1] = v end
print(table.concat(out, " "))

-- producer/consumer with send/receive
local producer = coroutine.create(function()
  for _, item in ipairs({ "apple", "pear", "plum" }) do coroutine.yield(item) end
  return nil
end)
local function receive()
  local _, v = coroutine.resume(producer)
  return v
end
while true do
  local item = receive()
  if item == nil then break end
  print("consumed", item)
end
print(coroutine.status(producer))

-- a generator of many values
local big = coroutine.wrap(function()
  for i = 1, 10000 do coroutine.yield(i) end
end)
local sum = 0
for v in big do sum = sum + v end
print("sum of 10000", sum)

-- accumulate via values sent in
local acc = coroutine.wrap(function(first)
  local total = first
  while true do
    local nxt = coroutine.yield(total)
    if nxt == nil then return "final " .. total end
    total = total + nxt
  end
end)
print(acc(1), acc(2), acc(3), acc(4), acc())

-- string tokenizer as a generator
local function tokens(src)
  return coroutine.wrap(function()
    for num, op in src:gmatch("%s*(%d*)%s*([%+%-%*/]?)") do
      if num ~= "" then coroutine.yield("num", tonumber(num)) end
      if op ~= "" then coroutine.yield("op", op) end
    end
  end)
end
for kind, v in tokens("12 + 3*45 - 6") do io.write(kind, "(", v, ") ") end
print()
