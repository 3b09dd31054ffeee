-- Runtime error messages with variable information, caught by pcall.
local function try(f, ...)
  local ok, msg = pcall(f, ...)
  print(ok, msg)
end

x_global = nil
local u = nil
local t = {}

-- indexing
try(function() local t = nil; return t.x end)
try(function() return x_global.y end)
try(function() return t.a.b end)
try(function() return u.field end)
try(function() local s = "str"; return s.x.y end)
try(function() return (nil).x end)
try(function() local b = false; b.x = 1 end)
try(function() t.a.b = 1 end)
try(function() x_global.z = 1 end)
try(function() local n = 1; n[1] = 2 end)

-- calling
try(function() t:foo() end)
try(function() t.bar() end)
try(function() local f = nil; f() end)
try(function() undefined_global() end)
try(function() local tt = {}; tt() end)
try(function() u() end)
try(function() local m = { inner = {} }; m.inner.method() end)
try(function() string.nothing() end)

-- arithmetic
try(function() return t.x + 1 end)
try(function() local a = {}; return a * 2 end)
try(function() return u - 1 end)
try(function() return x_global / 2 end)
try(function() return -t end)
try(function() local s = "x"; return s % 2 end)
try(function() return 2 ^ {} end)
try(function() local q = true; return q // 1 end)
try(function() return t.count + t.other end)

-- concatenation
try(function() local tt = {}; return "a" .. tt end)
try(function() return "a" .. t.missing end)
try(function() return u .. "x" end)
try(function() return x_global .. "x" end)
try(function() local b = true; return "x" .. b end)
try(function() return 1 .. {} end)

-- comparison
try(function() return 1 < nil end)
try(function() return {} < {} end)
try(function() return "a" < 1 end)
try(function() return t <= 1 end)
try(function() return nil > nil end)
try(function() return print < print end)

-- length
try(function() return #u end)
try(function() return #t.missing end)
try(function() local n = 5; return #n end)

-- for loops
try(function() for i = 1, "x" do end end)
try(function() for i = nil, 2 do end end)
try(function() for i = 1, 2, {} do end end)
try(function() for k in pairs(nil) do end end)

-- library argument errors
try(function() table.insert(nil, 1) end)
try(function() return ("x"):rep() end)
try(function() return string.rep() end)
try(function() return math.floor({}) end)
try(function() return setmetatable(1, {}) end)
try(function() return ipairs() end)
try(function() return tostring() end)
try(function() return string.sub() end)
try(function() return ("abc"):sub({}) end)
try(function() return select() end)
try(function() return rawlen(5) end)
try(function() return rawget("x", 1) end)
try(function() return next(nil) end)

-- integer conversions
try(function() return 1.5 | 0 end)
try(function() return math.huge // 1 | 0 end)
try(function() return ("x"):rep(1.5) end)
try(function() local tt = {}; tt[1.5] = 1; return tt[1.5] end)

-- upvalue and global names in messages from nested functions
local up_tbl = nil
local function deep() return function() return up_tbl.k end end
try(deep())
try(function() return math.nope.x end)
try(function() return io.nothing() end)
