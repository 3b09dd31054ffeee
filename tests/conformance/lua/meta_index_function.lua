-- __index as a function: called with (table, key) for absent keys only.
local calls = {}
local t = setmetatable({ present = "own" }, {
  __index = function(tbl, key)
    calls[#calls + 1] = tostring(key)
    if key == "nilresult" then return nil end
    if type(key) == "number" then return key * 2 end
    return "computed_" .. tostring(key)
  end
})

print(t.present)
print(t.foo)
print(t.bar)
print(t[21])
print(t[1.5])
print(t.nilresult)
print(t[true])
print("calls:", table.concat(calls, ","))

-- only the first return value is used
local multi = setmetatable({}, { __index = function() return 1, 2, 3 end })
print("multi", multi.x)
local r1, r2 = multi.x
print("r1 r2", r1, r2)

-- self argument is the original table
local self_seen
local orig = {}
setmetatable(orig, { __index = function(s, k) self_seen = (s == orig); return k end })
print(orig.anything, self_seen)

-- memoising __index
local fib_calls = 0
local fib
fib = setmetatable({ [0] = 0, [1] = 1 }, {
  __index = function(tbl, n)
    fib_calls = fib_calls + 1
    local v = tbl[n - 1] + tbl[n - 2]
    rawset(tbl, n, v)
    return v
  end
})
print("fib 30", fib[30])
print("fib calls", fib_calls)
print("fib 30 again", fib[30], fib_calls)
print("fib 40", fib[40], fib_calls)

-- default values
local defaults = setmetatable({}, { __index = function() return 0 end })
local words = { "a", "b", "a", "c", "a", "b" }
for _, w in ipairs(words) do defaults[w] = defaults[w] + 1 end
print("a b c d", defaults.a, defaults.b, defaults.c, defaults.d)

-- __index function errors propagate through pcall
local bad = setmetatable({}, { __index = function(_, k) error("no field " .. k) end })
print(pcall(function() return bad.zzz end))
print(pcall(function() return bad.zzz end) == false)

-- __index function used through method-call syntax
local proxy = setmetatable({}, {
  __index = function(_, name)
    return function(self, ...)
      return name .. "(" .. table.concat({ ... }, ",") .. ")"
    end
  end
})
print(proxy:hello(1, 2, 3))
print(proxy:world())
print(proxy.direct(nil, "x"))

-- rawget bypasses the function
print("rawget", rawget(t, "foo"), rawget(t, "present"))
