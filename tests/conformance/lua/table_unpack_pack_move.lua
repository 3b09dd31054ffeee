-- table.unpack, table.pack and table.move.
print(table.unpack({ 1, 2, 3 }))
print(table.unpack({ 1, 2, 3 }, 2))
print(table.unpack({ 1, 2, 3 }, 2, 3))
print(table.unpack({ 1, 2, 3 }, -1, 1))
print(table.unpack({ 1, 2, 3 }, 4))
print(select("#", table.unpack({ 1, 2, 3 }, 4)))
print(table.unpack({ n = 3 }, 1, 3))
print(table.unpack({}, 1, 0))
print(pcall(function() return table.unpack({}, 1, 1e8) end))
local a, b = table.unpack({ "x", "y", "z" })
print(a, b)

-- pack records n, keeps nils
local p = table.pack()
print(p.n, #p)
p = table.pack(nil)
print(p.n, p[1])
p = table.pack("a", nil, "c", nil)
print(p.n, p[1], p[2], p[3], p[4])
print(table.unpack(p, 1, p.n))

-- move within the same table (overlapping both ways)
local function show(t, n) local o = {} for i = 1, n do o[i] = tostring(t[i]) end return table.concat(o, ",") end
local t = { 1, 2, 3, 4, 5 }
table.move(t, 1, 3, 2)
print(show(t, 5))
t = { 1, 2, 3, 4, 5 }
table.move(t, 2, 5, 1)
print(show(t, 5))
t = { 1, 2, 3, 4, 5 }
table.move(t, 1, 5, 3)
print(show(t, 7))
t = { 1, 2, 3 }
table.move(t, 1, 0, 2)
print(show(t, 3))

-- move into another table returns the destination
local src = { "a", "b", "c" }
local dst = { "x", "y", "z", "w" }
local r = table.move(src, 1, 3, 2, dst)
print(r == dst, show(dst, 4), show(src, 3))
r = table.move(src, 1, 3, 1)
print(r == src)

-- copy a table with move
local copy = table.move({ 10, 20, 30 }, 1, 3, 1, {})
print(show(copy, 3))

-- move uses __index/__newindex
local log = {}
local from = setmetatable({}, { __index = function(_, i) return i * 100 end })
local to = setmetatable({}, { __newindex = function(tt, k, v) log[#log + 1] = k .. "=" .. v; rawset(tt, k, v) end })
table.move(from, 1, 3, 5, to)
print(table.concat(log, " "))

-- errors
print(pcall(function() table.move({}, 1, 2) end))
print(pcall(function() table.move(1, 1, 2, 1) end))

-- pack/unpack round trip through a function
local function rt(...) return table.unpack(table.pack(...), 1, select("#", ...)) end
print(rt(1, nil, nil))
print(select("#", rt(1, nil, nil)))

-- unpack as spread into a call
print(math.max(table.unpack({ 3, 9, 2 })), string.char(table.unpack({ 76, 117, 97 })))
