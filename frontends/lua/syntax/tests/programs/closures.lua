-- Closures, varargs, coroutines and generic for.
local function counter(start, step)
  local n = start or 0
  step = step or 1
  return {
    inc = function() n = n + step; return n end,
    get = function() return n end,
    reset = function(v) n = v or start end,
  }
end

local c = counter(10, 5)
c.inc(); c.inc()
print(c.get())
c.reset()
print(c.get())

local function pack2(...)
  return {n = select("#", ...), ...}
end

local function sum(...)
  local total = 0
  for i = 1, select("#", ...) do
    total = total + (select(i, ...))
  end
  return total
end

local function map(f, t)
  local out = {}
  for i, v in ipairs(t) do out[i] = f(v) end
  return out
end

local p = pack2(1, nil, 3)
print(p.n, sum(1, 2, 3, 4.5), table.unpack(map(function(x) return x * x end, {1, 2, 3})))

local function range(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end

local acc = {}
for i in range(5) do acc[#acc + 1] = i end
print(table.concat(acc, " "))

local gen = coroutine.create(function(a, b)
  local c2 = coroutine.yield(a + b)
  local d, e = coroutine.yield(c2 * 2)
  return d + e
end)
print(coroutine.resume(gen, 1, 2))
print(coroutine.resume(gen, 10))
print(coroutine.resume(gen, 3, 4))
print(coroutine.status(gen))

local fns = {}
for i = 1, 3 do
  fns[i] = function() return i end
end
print(fns[1](), fns[2](), fns[3]())

local ok, err = pcall(function(...)
  local t = nil
  return t.field, ...
end, "extra")
print(ok, err)
print(select(-1, "a", "b", "c"), (select(2, "a", "b", "c")))
local nested = {{1, 2}, {3, {4, 5}}; n = 2, ["key with space"] = true,}
print(nested[2][2][1], nested.n, nested["key with space"])
do
  local mt = {__close = function() print("closed") end}
  local h <close> = setmetatable({}, mt)
  print("in scope")
end
