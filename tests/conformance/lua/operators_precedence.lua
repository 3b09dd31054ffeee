-- Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4, 10 - 4 - 3, 10 - (4 - 3))
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2, -2 ^ 2, (-2) ^ 2, 2 ^ -1)
print(-3 % 5, -(3 % 5), 7 // 2 * 2, 7 % 3 * 2, 2 * 7 % 3)
print(1 .. 2 .. 3, "a" .. "b" == "ab", 1 + 2 .. "", 2 .. 3 + 1)
print(1 < 2 == true, not 1 == 2, not (1 == 2), #"abc" + 1, -#"ab")
print(1 == 1 and 2 == 2, 1 == 1 and 2 or 3, nil == false, 1 < 2 and 2 < 3)
print(1 or 2 and nil, (1 or 2) and nil, false and nil or "x")
print(3 & 5 | 2, 3 & (5 | 2), 1 << 2 + 1, (1 << 2) + 1, 5 ~ 3 & 1)
print(~0 >> 60, ~(0 >> 60), 1 | 2 ~ 3, 2 ~ 3 | 1)
print(1 + 2 < 4, "a" .. "b" < "b", 1 << 1 == 2, 3 .. "" == "3")
print(- - 2, not not nil, - -2 ^ 2, #{ 1, 2 } * 2)
print(2 ^ 2 * 3, 2 * 3 ^ 2, -2 ^ -2, 8 // 3 ^ 1)
print(1 + -1, 1 - -1, 1 - - -1, 4 / 2 / 2, 2 ^ 2 ^ 0)

-- comparison chains are not allowed; each comparison yields a boolean
print(pcall(load("return 1 < 2 < 3")))

-- unary minus on strings converts
print(-"3" + 1, - "2" ^ 2)

-- concatenation is right associative: check with a logging metamethod
local log = {}
local L = setmetatable({}, { __concat = function(a, b)
  local as = type(a) == "table" and "L" or a
  local bs = type(b) == "table" and "L" or b
  log[#log + 1] = as .. "|" .. bs
  return as .. bs
end })
local _ = L .. "1" .. "2"
local _ = "1" .. "2" .. L
print(table.concat(log, " ; "))

-- ^ is right associative with metamethods
log = {}
local P = setmetatable({}, { __pow = function(a, b)
  local as = type(a) == "table" and "P" or tostring(a)
  local bs = type(b) == "table" and "P" or tostring(b)
  log[#log + 1] = as .. "^" .. bs
  return 2
end })
local _ = P ^ P ^ 3
print(table.concat(log, " ; "))

-- evaluation order of operands is left to right for calls in expressions
local order = {}
local function f(tag, v) order[#order + 1] = tag; return v end
local _ = f("a", 1) + f("b", 2) * f("c", 3)
local _ = f("d", "x") .. f("e", "y") .. f("f", "z")
print(table.concat(order, ""))

-- integer vs float results of each operator
local ops = {
  { "3 + 4", 3 + 4 }, { "3 + 4.0", 3 + 4.0 }, { "6 / 3", 6 / 3 }, { "7 // 2", 7 // 2 },
  { "7.0 // 2", 7.0 // 2 }, { "2 ^ 2", 2 ^ 2 }, { "7 % 3", 7 % 3 }, { "7 % 3.0", 7 % 3.0 },
  { "-(-3)", -(-3) }, { "3 * 1.0", 3 * 1.0 }, { "1e2 // 1", 1e2 // 1 }, { "5 | 0", 5 | 0 },
}
for _, op in ipairs(ops) do print(op[1], op[2], math.type(op[2])) end
