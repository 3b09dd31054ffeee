-- A yield may not cross a builtin that called back into Lua without a
-- continuation (Lua 5.4 §4.5, ldo.c lua_yieldk): "attempt to yield across
-- a C-call boundary". pcall, xpcall and pairs' __pairs have continuations;
-- the VM's own metamethod calls and generic-for iterators are yieldable.
local function yielder(v)
  return function(...) coroutine.yield(v) return ... end
end
local co = coroutine.wrap(function()
  print("sort cmp", pcall(table.sort, {1, 2, 3}, coroutine.yield))
  print("sort cmp body", pcall(table.sort, {3, 1, 2},
    function(a, b) coroutine.yield() return a < b end))
  local lt = {__lt = function(a, b) coroutine.yield() return a.v < b.v end}
  print("sort __lt", pcall(table.sort,
    {setmetatable({v = 2}, lt), setmetatable({v = 1}, lt)}))
  print("gsub", pcall(string.gsub, "abc", "%w", coroutine.yield))
  print("gsub table __index", pcall(string.gsub, "abc", "%w",
    setmetatable({}, {__index = function() coroutine.yield() end})))
  local ts = setmetatable({}, {__tostring = function()
    coroutine.yield() return "x" end})
  print("tostring", pcall(tostring, ts))
  print("format %s", pcall(string.format, "%s", ts))
  print("print", pcall(print, ts))
  print("insert __newindex", pcall(table.insert,
    setmetatable({}, {__newindex = function() coroutine.yield() end}), 1))
  print("concat __len", pcall(table.concat,
    setmetatable({}, {__len = function() coroutine.yield() return 1 end})))
  print("unpack __index", pcall(table.unpack,
    setmetatable({}, {__index = function() coroutine.yield() end}), 1, 2))
  print("load reader", pcall(load, function() coroutine.yield() end))
  local f, s, i = ipairs(setmetatable({}, {__index = function()
    coroutine.yield() end}))
  print("ipairs __index", pcall(f, s, i))
  print("math.max __lt", pcall(math.max, 1, 2))
  -- isyieldable is false while a builtin without continuation waits
  print("isyieldable in __tostring", pcall(tostring, setmetatable({},
    {__tostring = function() return tostring(coroutine.isyieldable()) end})))
  print("isyieldable in sort", pcall(table.sort, {1, 2}, function(a, b)
    print("  yieldable:", coroutine.isyieldable()) return a < b end))
  print("isyieldable", coroutine.isyieldable())
  -- yieldable: metamethods called by the VM, pcall, xpcall, __pairs,
  -- generic-for iterators, __close
  local t = setmetatable({}, {__index = function(_, k)
    return coroutine.yield("index " .. k) end})
  print("__index", t.key)
  local a = setmetatable({}, {__add = function() return coroutine.yield("add") end,
    __eq = function() return coroutine.yield("eq") end,
    __lt = function() return coroutine.yield("lt") end,
    __concat = function() return coroutine.yield("concat") end,
    __call = function() return coroutine.yield("call") end,
    __len = function() return coroutine.yield("len") end})
  local b = setmetatable({}, getmetatable(a))
  print("__add", a + 1)
  print("__eq", a == b)
  print("__lt", a < b)
  print("__concat", a .. "s")
  print("__call", a())
  print("__len", #a)
  print("pcall", pcall(coroutine.yield, "pcall"))
  print("xpcall", xpcall(coroutine.yield, print, "xpcall"))
  print("pcall nested", pcall(pcall, yielder("nested"), 1, 2))
  for k, v in pairs(setmetatable({}, {__pairs = function(t)
    coroutine.yield("pairs") return next, {10}, nil end})) do
    print("pairs", k, v)
  end
  for i in function(_, i) if i < 2 then return coroutine.yield("iter " .. i) end end, nil, 0 do
    print("for", i)
  end
  do
    local x <close> = setmetatable({}, {__close = function()
      coroutine.yield("close") end})
  end
  print("after close")
  return "end"
end)
local r = co()
local n = 0
while r ~= "end" do
  print("yielded", r)
  n = n + 1
  if r == "lt" or r == "eq" then r = co(true) else r = co(n) end
end
print(pcall(coroutine.yield, 1))
print(coroutine.isyieldable())
-- a yield across a builtin kills nothing: the coroutine goes on
local co2 = coroutine.create(function()
  local ok, e = pcall(table.sort, {1, 2}, function() coroutine.yield() end)
  coroutine.yield(ok, e)
  return "done"
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
print(coroutine.status(co2))
-- an error (not pcall) unwinds the coroutine with the message
local co3 = coroutine.create(function()
  string.gsub("a", "a", coroutine.yield)
end)
print(coroutine.resume(co3))
