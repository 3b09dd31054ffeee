-- Standard-library edge cases found by differential testing against lua5.4
-- (tests/lua-diff): argument checks, names in messages, conversions.

local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do
    local v = t[i]
    if type(v) == "number" then t[i] = math.type(v) .. ":" .. tostring(v)
    elseif type(v) == "string" then t[i] = string.format("%q", v)
    else t[i] = type(v) == "table" and "table" or tostring(v) end
  end
  print(t.n, table.concat(t, " ", 1, t.n))
end

-- select with a huge negative index
show(pcall(select, math.mininteger, 1, 2))
show(pcall(function() return select(math.mininteger, 1, 2) end))
show(pcall(select, -2, "a", "b", "c"))

-- unpack: too many results, also through __index; non-tables
local proxy = setmetatable({}, {__index = function(_, k) return k end})
show(pcall(table.unpack, proxy, math.mininteger, math.maxinteger))
show(pcall(table.unpack, proxy, -1, 2))
show(pcall(table.unpack))
show(pcall(table.unpack, 42))
show(pcall(table.unpack, "abc"))

-- builtins called by builtins are named by their global name
show(pcall(table.sort))
show(pcall(table.insert, {1}, 5, 6))
show(pcall(string.rep))
show(pcall(math.floor, "x"))
show(pcall(print, setmetatable({}, {__tostring = function() return {} end})))
show(pcall(function() return table.sort() end))
show(pcall(function() local t = table; return t.remove() end))

-- math.max/min compare their arguments as they are
show(pcall(math.max, "a", "b"))
show(pcall(math.min, "10", "9"))
show(pcall(math.max, 1, "2"))
show(pcall(math.max, 7, 0x7fffffff, false))
show(pcall(math.min))
show(pcall(math.max, {}, {}))
show(math.max(3, 7.5, -1), math.min(3, 7.5, -1), math.max(2, 2.0), math.min(0.0, -0.0))
local V = {}
V.__lt = function(a, b) return a.v < b.v end
local function v(x) return setmetatable({v = x}, V) end
show(math.max(v(1), v(5), v(3)).v, math.min(v(4), v(2), v(9)).v)

-- math.fmod checks its second argument first unless both are integers
show(pcall(math.fmod))
show(pcall(math.fmod, "a", "b"))
show(pcall(math.fmod, 1, "b"))
show(pcall(math.fmod, 7, 0))
show(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, 2))

-- bitwise operators do not convert strings; unary minus does
show(pcall(function() return ~"3" end))
show(pcall(function() return "3" & 1 end))
show(pcall(function() return -"2" end))
show(pcall(function() return -"x" end))
show(pcall(function() local s = "1 2" return -s end))

-- __tostring may return a number
local n = setmetatable({}, {__tostring = function() return 42 end})
show(pcall(tostring, n))
show(pcall(string.format, "%s|%5s", n, n))
show(pcall(string.format, "%s", setmetatable({}, {__tostring = function() return true end})))

-- string.sub needs its start
show(pcall(string.sub, "abc"))
show(pcall(function() return ("abc"):sub() end))
show(("abc"):sub(2), ("abc"):sub(-2, -1))

-- assert's message gets the caller's position when it is a string
show(pcall(function() assert(false, "msg") end))
show(pcall(function() assert(nil, "x", "extra") end))
show(pcall(function() assert(false, 42) end))
show(pcall(function() assert(false) end))
show(select("#", assert(1, 2, 3)))

-- a string constant in a message ends at a NUL, as C's %s does
show(pcall(function() return "a\0b" & 1 end))

-- math functions that test lua_isinteger read a string as a float
show(math.abs("3"), math.abs("-3.5"), math.fmod("7", "3"), math.fmod(7, "3"), math.fmod(7, 3))

-- table.move checks its positions before its tables
show(pcall(table.move))
show(pcall(table.move, 7, 1, 0/0, 1))
show(pcall(table.move, 7, 1, 2, 1))

-- builtins print as functions
show(tostring(print):match("^function: 0x") ~= nil)

-- math.modf keeps an integer exact
show(math.modf(math.maxinteger - 1))
show(math.modf(math.mininteger + 1))
show(math.modf(9007199254740993))
show(math.modf(3.5), math.modf(-3.5))

-- gsub reads its count (argument 4) before it checks the replacement
show(pcall(string.gsub, "abc", "%w", nil, 1.5))
show(pcall(string.gsub, "abc", "%w", nil, "x"))
show(pcall(string.gsub, "abc", "%w", nil))
show(pcall(string.gsub, "abc", "%w", "x", 1.0))
