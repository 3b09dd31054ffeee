-- if/elseif/else, while, repeat, numeric and generic for, break, and/or logic.
local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n % 2 == 0 then return "even"
  else return "odd" end
end
for _, n in ipairs({ -3, 0, 4, 7 }) do io.write(n, "=", classify(n), " ") end
print()

-- truthiness: only nil and false are false
for _, v in ipairs({ 0, "", "false", {} }) do io.write(tostring(not not v), " ") end
print(not nil, not false, not 0)

-- and/or return operands, short-circuit
print(nil or "default", false or nil, 0 or "x", "a" and "b", nil and error("never"), false and 1)
print(1 and 2 or 3, nil and 2 or 3, false or false and 1, 1 or error("never"))
local calls = 0
local function side(v) calls = calls + 1; return v end
local _ = side(false) and side(true)
local _ = side(true) or side(false)
print("side effects", calls)
-- ternary idiom pitfall: a and false or b
print(true and false or "fallback")

-- while with break and continue-like structure
local i, found = 0, nil
while true do
  i = i + 1
  if i % 7 == 0 and i % 5 == 0 then found = i; break end
end
print("first multiple of 35", found)
local odds = {}
i = 0
while i < 10 do
  i = i + 1
  if i % 2 == 1 then odds[#odds + 1] = i end
end
print(table.concat(odds, " "))

-- repeat-until runs at least once
local n = 10
repeat n = n + 1 until true
print("repeat once", n)
local collatz, steps = 27, 0
repeat
  if collatz % 2 == 0 then collatz = collatz // 2 else collatz = 3 * collatz + 1 end
  steps = steps + 1
until collatz == 1
print("collatz 27 steps", steps)

-- numeric for edge cases
local out = {}
for k = 5, 1 do out[#out + 1] = k end
print("empty range", #out)
out = {}
for k = 1, 3 do out[#out + 1] = k end
for k = 3, 1, -1 do out[#out + 1] = k end
print(table.concat(out, " "))
out = {}
for k = 0, 1, 0.25 do out[#out + 1] = k end
print(table.concat(out, " "))
out = {}
for k = math.maxinteger - 1, math.maxinteger do out[#out + 1] = k end
print(table.concat(out, " "))
out = {}
for k = math.mininteger, math.mininteger + 2 do out[#out + 1] = k end
print(table.concat(out, " "))
out = {}
for k = 1, 0.5 do out[#out + 1] = k end
for k = 1, 1.5 do out[#out + 1] = k end
print(table.concat(out, " "))
-- the limit is evaluated once
local limit = 3
out = {}
for k = 1, limit do limit = 10; out[#out + 1] = k end
print(table.concat(out, " "))

-- nested loops with break only leaving the inner loop
local pairs_found = {}
for a = 1, 4 do
  for b = 1, 4 do
    if b > a then break end
    if (a + b) % 3 == 0 then pairs_found[#pairs_found + 1] = a .. "+" .. b end
  end
end
print(table.concat(pairs_found, " "))

-- generic for with a custom stateless iterator
local function evens(max, cur)
  cur = cur + 2
  if cur <= max then return cur end
end
out = {}
for e in evens, 10, 0 do out[#out + 1] = e end
print(table.concat(out, " "))
-- iterator returning several values
local function enum(t)
  local idx = 0
  return function()
    idx = idx + 1
    if t[idx] then return idx, t[idx], idx * idx end
  end
end
for a, b, c in enum({ "x", "y", "z" }) do io.write(a, b, c, " ") end
print()

-- do blocks scope locals
local v = "outer"
do local v = "inner"; io.write(v, " ") end
print(v)

-- multiple assignment evaluates all expressions before assigning
local x, y = 1, 2
x, y = y, x
print(x, y)
local t = { 1, 2, 3 }
local idx = 1
idx, t[idx] = 2, "changed"
print(idx, t[1], t[2])
local a, b, c = (function() return 1, 2, 3 end)()
print(a, b, c)

-- semicolons and empty statements
;;; local z = 1; ; print("semicolons ok", z);
