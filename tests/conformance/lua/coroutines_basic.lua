-- coroutine create/resume/yield/status, passing values both ways.
local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got", d, e)
  return "done", a + b + c + d + e
end)
print(type(co), coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 100, 1000))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.resume(co, "again"))

-- yield with no values and multiple values
local multi = coroutine.create(function(...)
  print("args", select("#", ...), ...)
  local r = table.pack(coroutine.yield())
  print("resumed with", r.n, table.unpack(r, 1, r.n))
  coroutine.yield(1, nil, 3)
  return
end)
print(coroutine.resume(multi, "x", nil))
print(coroutine.resume(multi, nil, nil))
print(coroutine.resume(multi))
print(coroutine.status(multi))

-- status from inside: running; the resumer is normal
local outer
local inner = coroutine.create(function()
  print("inner sees outer as", coroutine.status(outer))
  print("inner sees itself as", coroutine.status(coroutine.running()))
end)
outer = coroutine.create(function()
  coroutine.resume(inner)
  print("outer status of inner", coroutine.status(inner))
end)
coroutine.resume(outer)
print("final", coroutine.status(outer), coroutine.status(inner))

-- running and isyieldable
local main, ismain = coroutine.running()
print(type(main), ismain, coroutine.isyieldable())
coroutine.resume(coroutine.create(function()
  local me, im = coroutine.running()
  print(type(me), im, coroutine.isyieldable())
end))

-- wrap: a function that resumes
local gen = coroutine.wrap(function()
  for i = 1, 3 do coroutine.yield(i) end
  return "last"
end)
print(gen(), gen(), gen(), gen())
print(pcall(function() return gen() end))

-- yield from nested function calls inside the coroutine
local function helper(x) return coroutine.yield(x * 10) + 1 end
local nested = coroutine.wrap(function(x)
  local y = helper(x)
  local z = helper(y)
  return y, z
end)
print(nested(1))
print(nested(5))
print(nested(7))

-- yield outside a coroutine
print(pcall(function() return coroutine.yield(1) end))

-- resume non-coroutines and running coroutine
print(pcall(function() return coroutine.resume(1) end))
print(pcall(function() return coroutine.resume(coroutine.running()) end))
print(coroutine.resume(coroutine.create(function() return coroutine.resume(coroutine.running()) end)))

-- coroutine status argument errors
print(pcall(function() return coroutine.status(nil) end))
print(pcall(function() return coroutine.create(1) end))

-- many coroutines interleaved
local cos = {}
for i = 1, 3 do
  cos[i] = coroutine.create(function()
    for step = 1, 2 do coroutine.yield("co" .. i .. " step" .. step) end
    return "co" .. i .. " end"
  end)
end
for round = 1, 3 do
  for i = 1, 3 do
    local _, v = coroutine.resume(cos[i])
    io.write(v, "; ")
  end
  print()
end
