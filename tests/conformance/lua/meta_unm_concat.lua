-- __unm and __concat
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
V.__unm = function(a, b)
  -- Lua passes the operand twice for unary events
  return vec(-a.x, -a.y), rawequal(a, b)
end
V.__tostring = function(v) return "<" .. v.x .. "," .. v.y .. ">" end
local v = vec(1, -2)
local n = -v
print(tostring(n))
print(tostring(- -v))

-- __concat: either operand may carry the metamethod
local tag = setmetatable({ name = "T" }, {
  __concat = function(a, b)
    local as = type(a) == "table" and ("[" .. a.name .. "]") or tostring(a)
    local bs = type(b) == "table" and ("[" .. b.name .. "]") or tostring(b)
    return as .. bs
  end
})
print(tag .. "x")
print("x" .. tag)
print(1 .. tag)
print(tag .. 2.5)
print(tag .. tag)

-- concatenation is right associative: "a" .. "b" .. tag .. "c"
local order = {}
local logcat = setmetatable({}, {
  __concat = function(a, b)
    local as = type(a) == "table" and "L" or a
    local bs = type(b) == "table" and "L" or b
    order[#order + 1] = as .. "+" .. bs
    return as .. bs
  end
})
print("a" .. "b" .. logcat .. "c" .. "d")
print(table.concat(order, " | "))

-- __concat may return non-strings
local num = setmetatable({}, { __concat = function() return 99 end })
local r = num .. "z"
print(r, math.type(r))

-- numbers concatenate as strings
print(1 .. 2, 1.5 .. "", -0.0 .. "", 2^63 .. "", math.mininteger .. "")

-- errors without __concat
print(pcall(function() local t = {}; return "a" .. t end))
print(pcall(function() local t = {}; return t .. "a" end))
print(pcall(function() return "a" .. nil end))
print(pcall(function() local b = true; return b .. "" end))
print(pcall(function() local t = { f = {} }; return "x" .. t.f end))

-- __unm errors
print(pcall(function() local t = {}; return -t end))
print(pcall(function() local b = false; return -b end))
print(-"2", -"2.5", -"0x10")

-- __unm returning multiple values: only first kept
local mv = setmetatable({}, { __unm = function() return 1, 2 end })
print(-mv)

-- a string builder with __concat
local SB = {}
SB.__index = SB
SB.__concat = function(a, b)
  if getmetatable(a) == SB then
    local nb = setmetatable({ parts = { table.unpack(a.parts) } }, SB)
    nb.parts[#nb.parts + 1] = tostring(b)
    return nb
  end
  local nb = setmetatable({ parts = { tostring(a), table.unpack(b.parts) } }, SB)
  return nb
end
SB.__tostring = function(s) return table.concat(s.parts, "/") end
local sb = setmetatable({ parts = {} }, SB)
sb = sb .. "usr" .. "local"
print(tostring(sb))
sb = sb .. "bin"
print(tostring(sb), #sb.parts)
sb = "root" .. sb
print(tostring(sb), #sb.parts)
