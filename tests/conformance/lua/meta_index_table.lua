-- __index as a table: lookups fall through to the metatable's __index
-- table only when the key is absent (nil) in the table itself.
local base = { greeting = "hello", count = 0, flag = false }
local t = setmetatable({}, { __index = base })

print("t.greeting", t.greeting)
print("t.count", t.count)
print("t.flag", t.flag)
print("t.missing", t.missing)
print("rawget greeting", rawget(t, "greeting"))

-- own field shadows the inherited one
t.count = 5
print("t.count after set", t.count)
print("base.count unchanged", base.count)
print("rawget count", rawget(t, "count"))

-- setting to nil uncovers the inherited value again
t.count = nil
print("t.count after nil", t.count)

-- a field holding false is present: no fallback
t.flag = true
base.flag = "base"
t.flag = false
print("t.flag own false", t.flag)

-- chains of three levels
local a = { a = "A" }
local b = setmetatable({ b = "B" }, { __index = a })
local c = setmetatable({ c = "C" }, { __index = b })
print("chain", c.a, c.b, c.c, c.d)
a.d = "late"
print("late field visible", c.d)

-- integer keys go through __index too
local arr = setmetatable({ 10, 20 }, { __index = { 1, 2, 3, 4, 5 } })
for i = 1, 5 do
  print("arr[" .. i .. "]", arr[i])
end
print("#arr", #arr)

-- __index table that itself has __index function
local deep = setmetatable({}, {
  __index = setmetatable({ x = 1 }, {
    __index = function(_, k) return "fn:" .. tostring(k) end
  })
})
print("deep.x", deep.x)
print("deep.y", deep.y)
print("deep[7]", deep[7])

-- changing the metatable's __index field is seen on the next lookup
local mt = { __index = { v = "first" } }
local obj = setmetatable({}, mt)
print("obj.v", obj.v)
mt.__index = { v = "second" }
print("obj.v", obj.v)
mt.__index = nil
print("obj.v no index", obj.v)

-- __index on a metatable with float key normalisation
local fk = setmetatable({}, { __index = { [2] = "two" } })
print("fk[2.0]", fk[2.0])
print("fk[2]", fk[2])

-- methods via __index
local Account = { balance = 0 }
function Account.deposit(self, v) self.balance = self.balance + v end
function Account:show() return "balance=" .. self.balance end
local acc = setmetatable({}, { __index = Account })
print(acc:show())
acc:deposit(100)
print(acc:show())
acc:deposit(25)
print(acc:show(), Account.balance, rawget(acc, "balance"))
