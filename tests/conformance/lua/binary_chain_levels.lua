-- lparser.c subexpr: a left-associative chain is read in a loop at one
-- C level, so a long chain is not "too many syntax levels"; real nesting
-- (parentheses, unary operators, right-associative `..` and `^`, nested
-- functions and tables) counts against LUAI_MAXCCALLS (200).

local function chain(n, op)
  local parts = {"return a1"}
  for i = 2, n do parts[#parts + 1] = " " .. op .. " a" .. i end
  return table.concat(parts)
end

local function locals(n)
  local names, values = {}, {}
  for i = 1, n do names[i] = "a" .. i; values[i] = tostring(i) end
  return "local " .. table.concat(names, ", ") .. " = " .. table.concat(values, ", ") .. "; "
end

-- calls.lua: 200 upvalues summed in one chain.
local f = assert(load(locals(200) .. "return function () " .. chain(200, "+") .. " end"))()
print("sum of 200", f())

for _, op in ipairs{"+", "-", "*", "//", "|", "&", "~", "<<", "and", "or", "==", "<"} do
  local ok, err = load(locals(60) .. chain(180, op))
  print(op, ok ~= nil, ok and select("#", pcall(ok)) or err)
end

-- (omx gives each link of a chain a register: about 240 at most, less
-- the locals; lua5.4 reuses one.)

-- A chain mixed with a right operand that nests a little.
local g = assert(load(locals(10) .. "return a1" .. string.rep(" + (a2 * a3)", 190)))
print("mixed", g())

-- Real nesting still counts.
local function nested(open, close, n)
  return "return " .. string.rep(open, n) .. "1" .. string.rep(close, n)
end
for _, case in ipairs{{"(", ")"}, {"{", "}"}, {"2 ^ ", ""}, {"'x' .. ", ""}} do
  local ok150 = load(nested(case[1], case[2], 150)) ~= nil
  local ok300, err = load(nested(case[1], case[2], 300))
  print(case[1], ok150, ok300 ~= nil, err and (err:find("levels") ~= nil or err:find("overflow") ~= nil))
end
-- Unary chains nest too (past 200 they are refused: see the omx-lua unit
-- test, which needs more stack than a debug test thread has).
for _, op in ipairs{"- ", "not ", "~ ", "# "} do
  print(op, load(nested(op, "", 150)) ~= nil)
end
