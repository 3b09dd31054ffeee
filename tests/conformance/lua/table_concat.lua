-- table.concat with separators, ranges and its errors.
local t = { "a", "b", "c", "d" }
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 3))
print("[" .. table.concat(t, "-", 3, 2) .. "]")
print("[" .. table.concat({}) .. "]", "[" .. table.concat({}, "x") .. "]")
print(table.concat(t, "", 4, 4), table.concat(t, "", 1, 1))
print(table.concat({ 1, 2.5, "x", 3 }, " "))
print(table.concat({ 1, 2, 3 }, 0))
print(table.concat({ -0.0, 1e100, math.mininteger }, "|"))

-- errors: non-string element, missing elements in range
print(pcall(function() return table.concat({ 1, {}, 3 }) end))
print(pcall(function() return table.concat({ 1, true }) end))
print(pcall(function() return table.concat({ "a", "b" }, ",", 1, 3) end))
print(pcall(function() return table.concat({ "a", nil, "c" }, ",", 1, 3) end))
print(pcall(function() return table.concat(nil) end))
print(pcall(function() return table.concat({}, {}) end))

-- holes stop # but explicit ranges are honoured
local h = { "x", "y" }
h[4] = "w"
print(table.concat(h, ",", 4, 4))

-- large joins
local nums = {}
for i = 1, 20 do nums[i] = i * i end
print(table.concat(nums, " "))
local digits = {}
for i = 0, 9 do digits[#digits + 1] = tostring(i) end
print(table.concat(digits), #table.concat(digits, ", "))

-- concat respects __index for reading elements
local virtual = setmetatable({}, { __index = function(_, i) return "v" .. i end })
print(table.concat(virtual, ",", 1, 4))

-- __len is used for the default end
local withlen = setmetatable({ "p", "q", "r" }, { __len = function() return 2 end })
print(table.concat(withlen, "+"))

-- building strings efficiently
local buf = {}
for i = 1, 5 do buf[#buf + 1] = ("line %d"):format(i) end
print(table.concat(buf, "\n"))
