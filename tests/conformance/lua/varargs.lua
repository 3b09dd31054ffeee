-- Varargs, select, table.pack/unpack, and multiple-result adjustment.
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))

local function last(...) return select(-1, ...) end
print(last(1, 2, 3), last("only"), pcall(select, -1))
print(select(2, "a", "b", "c"), select(3, "a", "b", "c"), select(4, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(pcall(select, 0, "a"))
print(pcall(select, -4, "a", "b", "c"))
print(select("#"), select(1.0, "x"))

local function three() return 1, 2, 3 end
local function none() end

-- last argument expands, others truncate to one value
print(three())
print(three(), "end")
print("start", three())
print(three(), three())
print((three()))
print(none(), "x", none())
print("x", none())

-- table constructors
local t1 = { three() }
local t2 = { three(), three() }
local t3 = { three(), 10 }
local t4 = { (three()) }
local t5 = { none(), none() }
print(#t1, #t2, #t3, #t4, #t5)
print(table.concat(t2, ","), table.concat(t3, ","))

-- return adjusts
local function ret_all() return three() end
local function ret_paren() return (three()) end
local function ret_middle() return three(), "z" end
print(ret_all())
print(ret_paren())
print(ret_middle())

-- assignments adjust
local a, b, c, d = three()
print(a, b, c, d)
local e, f = three(), 9
print(e, f)
local g, h, i = 0, three()
print(g, h, i)
local x, y = none()
print(x, y)

-- nil holes preserved by pack, recovered by n
local p = table.pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
print(table.unpack(p, 1, p.n))
print(table.unpack({ 1, 2, 3 }, 2))
print(table.unpack({ 1, 2, 3 }, 2, 5))
print(table.unpack({ "a", "b" }, -1, 1))
print(select("#", table.unpack({}, 1, 3)))
print(table.unpack({ 1, 2, 3 }, 3, 2))

-- varargs forwarded through several layers
local function inner(...) return select("#", ...), ... end
local function middle(...) return inner(...) end
local function outer(...) return middle(...) end
print(outer(nil, nil, nil))
print(outer())

-- varargs in the middle of a call are truncated
print(count(three(), three()), count(none(), none()), count((none())))

-- ... inside a table with trailing nils
local function pack2(...) return { n = select("#", ...), ... } end
local pk = pack2("a", nil, nil)
print(pk.n, pk[1], pk[2], pk[3])

-- sum with varargs and select loop
local function sum(...)
  local s = 0
  for k = 1, select("#", ...) do
    local v = select(k, ...)
    if v then s = s + v end
  end
  return s
end
print(sum(), sum(1, 2, 3), sum(1, nil, 3), sum(table.unpack({ 10, 20, 30, 40 })))

-- ipairs on {...} stops at the first nil
local function firstrun(...)
  local n = 0
  for _ in ipairs({ ... }) do n = n + 1 end
  return n
end
print(firstrun(1, 2, nil, 4))

-- string.format and varargs
local function fmt(pattern, ...) return string.format(pattern, ...) end
print(fmt("%d-%d-%d", three()))
print(fmt("%s %s", "only", three()))

-- method calls with varargs
local obj = { tag = "obj" }
function obj:collect(...) return self.tag, select("#", ...), ... end
print(obj:collect(three()))
print(obj:collect())

-- main chunk varargs exist (no command line arguments here)
print(select("#", ...))
