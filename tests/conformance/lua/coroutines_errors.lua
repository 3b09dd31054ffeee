-- Errors inside coroutines, yield across pcall, wrap propagating errors.
local co = coroutine.create(function(x)
  coroutine.yield(x)
  error("failure inside")
end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))

-- non-string error values come back unchanged
local co2 = coroutine.create(function() error({ code = 42 }) end)
local ok, err = coroutine.resume(co2)
print(ok, type(err), err.code)
local co3 = coroutine.create(function() error(nil) end)
print(coroutine.resume(co3))
local co4 = coroutine.create(function() error("no position", 0) end)
print(coroutine.resume(co4))

-- runtime errors carry position info
local co5 = coroutine.create(function() local t = nil; return t.x end)
print(coroutine.resume(co5))

-- yield across pcall: the pcall stays active across the yield
local co6 = coroutine.create(function()
  local ok1, v = pcall(function()
    local got = coroutine.yield("yielded inside pcall")
    if got == "raise" then error("raised after resume", 0) end
    return got
  end)
  coroutine.yield("pcall returned", ok1, v)
  local ok2, v2 = pcall(function()
    local got = coroutine.yield("second pcall")
    if got == "raise" then error("raised after resume", 0) end
    return got
  end)
  return "end", ok2, v2
end)
print(coroutine.resume(co6))
print(coroutine.resume(co6, "fine"))
print(coroutine.resume(co6))
print(coroutine.resume(co6, "raise"))
print(coroutine.status(co6))

-- yield across nested pcall and xpcall with handler
local co7 = coroutine.wrap(function()
  local r = { xpcall(function()
    local a = coroutine.yield(1)
    local b = pcall(function() coroutine.yield(2) error("inner") end)
    coroutine.yield(b)
    error({ msg = "outer" })
  end, function(e) return "handled: " .. (type(e) == "table" and e.msg or e) end) }
  return table.unpack(r)
end)
print(co7())
print(co7())
print(co7())
print(co7())

-- wrap propagates errors to the caller (with position for string errors)
-- (Lua 5.4 prefixes the position of the wrap call when called from Lua code)
local w = coroutine.wrap(function() error("wrapped error") end)
print(pcall(w))
local wb = coroutine.wrap(function() local x = nil; return x.y end)
print(pcall(function() return wb() end))
local w2 = coroutine.wrap(function() error({ tag = "tbl" }) end)
local ok3, e3 = pcall(w2)
print(ok3, type(e3), e3.tag)
local w3 = coroutine.wrap(function() coroutine.yield(1) end)
w3()
w3()
print(pcall(function() return w3() end))

-- an error in a coroutine does not affect the caller's state
local total = 0
for i = 1, 4 do
  local c = coroutine.create(function(n)
    if n % 2 == 0 then error("even " .. n, 0) end
    return n
  end)
  local okc, v = coroutine.resume(c, i)
  if okc then total = total + v else print("caught", v) end
end
print("total", total)

-- error thrown after several yields, status transitions
local steps = coroutine.create(function()
  for i = 1, 3 do coroutine.yield(i) end
  error("after three", 0)
end)
for _ = 1, 5 do
  local okk, v = coroutine.resume(steps)
  print(okk, v, coroutine.status(steps))
end

-- coroutine.close (5.4) on suspended and dead coroutines
local cl = coroutine.create(function() coroutine.yield() end)
coroutine.resume(cl)
print(coroutine.close(cl), coroutine.status(cl))
local cl2 = coroutine.create(function() error("x", 0) end)
coroutine.resume(cl2)
print(coroutine.close(cl2))
