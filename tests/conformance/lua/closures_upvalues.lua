-- Closures, shared upvalues, fresh loop variables, counters.
local function counter(start)
  local n = start or 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter(10)
print(c1(), c1(), c1(), c2(), c2(), c1())

-- sibling closures share one upvalue
local function account()
  local balance = 0
  local function deposit(v) balance = balance + v; return balance end
  local function withdraw(v) balance = balance - v; return balance end
  local function get() return balance end
  return deposit, withdraw, get
end
local dep, wd, get = account()
print(dep(100), wd(30), dep(5), get())
local dep2, _, get2 = account()
print(dep2(1), get2(), get())

-- loop variables are fresh per iteration (numeric for)
local fns = {}
for i = 1, 5 do fns[i] = function() return i end end
local out = {}
for i = 1, 5 do out[i] = fns[i]() end
print(table.concat(out, " "))

-- generic for too
fns = {}
for k, v in ipairs({ "a", "b", "c" }) do fns[#fns + 1] = function() return k .. v end end
print(fns[1](), fns[2](), fns[3]())

-- while loop with a local declared inside: fresh per iteration
fns = {}
local j = 0
while j < 3 do
  j = j + 1
  local captured = j * 10
  fns[j] = function() captured = captured + 1; return captured end
end
print(fns[1](), fns[1](), fns[2](), fns[3](), fns[3]())

-- repeat-until: the until expression sees the body's locals
local r = 0
repeat local done = r >= 3; r = r + 1 until done
print("repeat ran", r)

-- a loop variable modified inside the body does not affect iteration
local seen = {}
for i = 1, 3 do
  local before = i
  i = i * 100
  seen[#seen + 1] = before .. ":" .. i
end
print(table.concat(seen, " "))

-- upvalue shared between a closure and the enclosing function after changes
local function outer()
  local x = 1
  local function get_x() return x end
  x = 2
  local a = get_x()
  x = 3
  return a, get_x()
end
print(outer())

-- nested closures three levels deep
local function make()
  local a = 1
  return function()
    local b = 10
    return function()
      a = a + 1
      b = b + 1
      return a + b
    end
  end
end
local mid = make()
local in1, in2 = mid(), mid()
print(in1(), in1(), in2(), in1())

-- recursive local function
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10), fact(20))
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))

-- memoize higher-order function
local function memoize(f)
  local cache, calls = {}, 0
  return function(x)
    if cache[x] == nil then calls = calls + 1; cache[x] = f(x) end
    return cache[x], calls
  end
end
local sq = memoize(function(x) return x * x end)
print(sq(4)); print(sq(4)); print(sq(5))

-- compose and partial application
local function compose(f, g) return function(...) return f(g(...)) end end
local function partial(f, a) return function(...) return f(a, ...) end end
local add = function(a, b) return a + b end
local inc = partial(add, 1)
local double = function(x) return x * 2 end
print(compose(inc, double)(5), compose(double, inc)(5), partial(string.rep, "ab")(3))

-- closures capturing parameters and varargs
local function bind(...)
  local args = table.pack(...)
  return function() return args.n, table.unpack(args, 1, args.n) end
end
print(load("local function f(...) return function() return ... end end", "=chunk"))
local b = bind(1, nil, 3)
print(b())

-- shadowing creates a new variable; the closure keeps the old one
local v = "outer"
local get_v = function() return v end
local v = "shadow"
print(get_v(), v)
