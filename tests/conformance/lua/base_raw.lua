-- rawget/rawset/rawequal/rawlen never dispatch to metamethods.
local log = {}
local mt = {
  __index = function(_, k) log[#log + 1] = "index " .. tostring(k); return "meta" end,
  __newindex = function(_, k) log[#log + 1] = "newindex " .. tostring(k) end,
  __len = function() log[#log + 1] = "len"; return 99 end,
  __eq = function() log[#log + 1] = "eq"; return true end,
}
local t = setmetatable({ 1, 2, 3, present = "here" }, mt)
local u = setmetatable({}, mt)

print(t.absent, rawget(t, "absent"), rawget(t, "present"), rawget(t, 1))
t.newkey = "v"
print(rawget(t, "newkey"))
print(rawset(t, "newkey", "raw") == t, rawget(t, "newkey"), t.newkey)
print(#t, rawlen(t))
print(t == u, rawequal(t, u), rawequal(t, t))
print(table.concat(log, "; "))

-- rawset with various key types, float normalisation
local r = {}
rawset(r, 1, "int")
rawset(r, 2.0, "float two")
rawset(r, "s", "str")
rawset(r, true, "bool")
print(r[1], r[2], rawget(r, 2.0), r.s, r[true], #r)
print(pcall(rawset, r, nil, 1))
print(pcall(rawset, r, 0 / 0, 1))
print(pcall(rawset, "notatable", 1, 1))
print(pcall(rawset, r, 1))

-- rawget argument errors and missing key
print(pcall(rawget, {}))
print(rawget({}, "none"), rawget({ [1] = "x" }, 1.0))

-- rawlen on strings and tables only
print(rawlen("hello"), rawlen(""), rawlen({ 1, 2 }), rawlen({}))
print(pcall(rawlen, nil))
print(pcall(rawlen, 10))

-- rawequal on primitives
print(rawequal(1, 1.0), rawequal("a", "a"), rawequal(nil, nil), rawequal(0, -0), rawequal(0 / 0, 0 / 0))
print(rawequal({}, {}), rawequal(print, print), pcall(rawequal, 1))

-- a read-only proxy implemented with raw access
local function readonly(tbl)
  return setmetatable({}, {
    __index = tbl,
    __newindex = function(_, k) error("attempt to modify read-only field " .. tostring(k), 2) end,
    __len = function() return #tbl end,
  })
end
local days = readonly({ "Mon", "Tue", "Wed" })
print(days[1], #days, rawlen(days), rawget(days, 1))
print(pcall(function() days[4] = "Thu" end))
rawset(days, 4, "Thu")
print(days[4], rawlen(days))

-- counting accesses via a proxy, raw ops bypass it
local reads = 0
local counted = setmetatable({}, { __index = function(_, k) reads = reads + 1; return k end })
local _ = counted.a, counted.b, rawget(counted, "c")
print("reads", reads)
