-- Table constructors, keys of every type, length, nesting, and field access.
-- (repeated keys are avoided: their assignment order is undefined in Lua)
local t = { 10, 20, 30, x = "ex", ["y z"] = "why zed", [5] = 50, [2 + 2] = "four" }
print(t[1], t[2], t[3], t[4], t[5], t.x, t["y z"], #t)

-- separators: commas and semicolons, trailing separator allowed
local s = { 1; 2, 3; }
print(#s, s[1], s[2], s[3])

-- nested tables and chained access
local cfg = { window = { size = { w = 800, h = 600 }, title = "omx" }, list = { { id = 1 }, { id = 2 } } }
print(cfg.window.size.w, cfg.window.size.h, cfg.window.title, cfg.list[2].id, #cfg.list)
cfg.window.size.w = cfg.window.size.w * 2
print(cfg["window"]["size"]["w"])

-- keys of different types are distinct
local k = {}
k[1] = "int"; k["1"] = "str"; k[true] = "bool"; k[1.5] = "float"
local tk = {}
k[tk] = "table"
local fk = print
k[fk] = "function"
print(k[1], k["1"], k[true], k[1.5], k[tk], k[fk], k[false], k[{}])
-- float keys with integral values are the same as integer keys
k[2.0] = "two"
print(k[2], math.type(next({ [2.0] = true })))
-- -0.0 and 0 are the same key
local z = { [0] = "zero" }
print(z[-0.0], z[0.0])

-- length of sequences built different ways
local seq = {}
for i = 1, 10 do seq[i] = i end
print(#seq)
seq[#seq] = nil
print(#seq)
local built = { table.unpack({ 1, 2, 3 }) }
print(#built)
local strs = { "a", "b", [3] = "c", [4] = "d" }
print(#strs, table.concat(strs))

-- counting all keys with pairs (order-free)
local mixed = { 1, 2, 3, a = 1, b = 2, [10] = 10, [-1] = -1, [0] = 0 }
local n = 0
for _ in pairs(mixed) do n = n + 1 end
print("key count", n)
-- sum of values, order independent
local sum = 0
for _, v in pairs(mixed) do sum = sum + v end
print("value sum", sum)

-- tables are references
local a = { 1 }
local b = a
b[1] = "changed"
print(a[1], a == b, { } == { })

-- functions in tables and methods declared in constructors
local obj = {
  value = 5,
  get = function(self) return self.value end,
  ["set"] = function(self, v) self.value = v end,
}
obj:set(9)
print(obj:get(), obj.get(obj), obj["get"](obj))

-- function definitions with dotted and colon names
local M = { sub = {} }
function M.sub.f(x) return "M.sub.f(" .. x .. ")" end
function M.sub:g(x) return "M.sub:g(" .. tostring(self == M.sub) .. "," .. x .. ")" end
print(M.sub.f(1), M.sub:g(2))

-- a matrix
local mat = {}
for r = 1, 3 do
  mat[r] = {}
  for c = 1, 3 do mat[r][c] = (r - 1) * 3 + c end
end
local function transpose(m)
  local out = {}
  for r = 1, #m do for c = 1, #m[r] do out[c] = out[c] or {}; out[c][r] = m[r][c] end end
  return out
end
local tr = transpose(mat)
for r = 1, 3 do print(table.concat(mat[r], " "), "|", table.concat(tr[r], " ")) end

-- deleting during construction-like updates
local del = { a = 1, b = 2, c = 3 }
del.b = nil
local keys = {}
for key in pairs(del) do keys[#keys + 1] = key end
table.sort(keys)
print(table.concat(keys, ","), del.b)

-- long constructor
local big = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
  21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60 }
local total = 0
for _, v in ipairs(big) do total = total + v end
print(#big, total, big[60])
