-- error with levels and values, pcall/xpcall, nested pcall, assert.
local function lvl1() error("level one") end
local function lvl2() error("level two", 2) end
local function lvl0() error("level zero", 0) end
local function call_lvl2() lvl2() end      -- line 5: level 2 points here
print(pcall(lvl1))
print(pcall(call_lvl2))
print(pcall(lvl0))
print(pcall(error))
print(pcall(error, "direct"))
print(pcall(error, "direct", 1))

-- non-string error values are returned as-is
print(pcall(error, nil))
print(pcall(error, 42))
print(pcall(error, 4.5))
print(pcall(error, true))
local ok, e = pcall(error, { code = 404, msg = "not found" })
print(ok, type(e), e.code, e.msg)
-- numbers get no position even at level 1
print(pcall(function() error(7) end))
print(pcall(function() error(7, 1) end))

-- error objects with __tostring
local Err = {}
Err.__index = Err
Err.__tostring = function(self) return "Err(" .. self.what .. ")" end
local ok2, eobj = pcall(function() error(setmetatable({ what = "bad thing" }, Err)) end)
print(ok2, tostring(eobj), getmetatable(eobj) == Err, eobj.what)

-- pcall returns all results on success
print(pcall(function(...) return ... end, 1, nil, 3))
print(pcall(function() end))
print(select("#", pcall(function() end)))
print(pcall(pcall, error, "x"))
print(pcall(pcall))

-- nested pcall: inner catches, outer continues
print(pcall(function()
  local ok_in, msg_in = pcall(error, "inner", 0)
  print("inner result", ok_in, msg_in)
  error("outer", 0)
end))

-- rethrowing keeps the original message
print(pcall(function()
  local ok_in, msg_in = pcall(function() error("original") end)
  error(msg_in, 0)
end))

-- xpcall with a handler that transforms the error
print(xpcall(function() error("oops") end, function(m) return "handled: " .. m end))
print(xpcall(function() return "fine", 2 end, print))
print(xpcall(function(a, b) return a + b end, print, 3, 4))
print(xpcall(function() error({ 1, 2, 3 }) end, function(t) return #t end))
print(xpcall(function() local x = nil; return x.field end, function(m) return "H:" .. m end))
-- a handler's extra results are dropped: only its first result is returned
print(xpcall(error, function(m) return m, "extra" end, "multi"))
-- error inside the handler
print(select("#", xpcall(error, function() error("in handler") end, "x")))
print(pcall(xpcall))
print(pcall(xpcall, print))

-- assert
print(pcall(assert, true))
print(pcall(assert, 1, "unused", "also"))
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(pcall(assert, false, { tag = "tbl" }) == false)
print(pcall(assert, false, 42))
print(pcall(assert))
print(select("#", assert(1, 2, 3)), assert("v", "m"))

-- error with a level pointing into the caller of a library-like function
local function check_positive(n)
  if type(n) ~= "number" or n <= 0 then
    error("expected positive number, got " .. tostring(n), 2)
  end
  return n
end
local function use() local v = check_positive(-1); return v end   -- line 81
print(pcall(use))
print(pcall(check_positive, 5))

-- error(), error with a level beyond the stack, level 3 (the main chunk)
print(pcall(function() error() end))
print(pcall(function() error("deep", 50) end))
print(pcall(function() error("lvl3", 3) end))
