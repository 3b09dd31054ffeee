-- __mode weak tables: only facts that are deterministic after a full collection.
local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

-- weak values: an entry whose value is only referenced by the weak table goes away
local cache = setmetatable({}, { __mode = "v" })
local keep = { name = "kept" }
cache.a = keep
cache.b = { name = "dropped" }
cache.c = "a string value"
cache.d = 42
cache.e = true
collectgarbage("collect")
print("weak v: a", cache.a and cache.a.name, "b", cache.b, "c", cache.c, "d", cache.d, "e", cache.e)
print("weak v count", count(cache))
keep = nil
collectgarbage("collect")
print("after dropping keep: a", cache.a, "count", count(cache))

-- weak keys: entries whose key table is unreachable go away
local props = setmetatable({}, { __mode = "k" })
local k1, k2 = {}, {}
props[k1] = "one"
props[k2] = "two"
props[{}] = "temp"
props["str"] = "string key stays"
props[1] = "number key stays"
collectgarbage("collect")
print("weak k count", count(props), props[k1], props[k2], props.str, props[1])
k1 = nil
collectgarbage("collect")
print("weak k count after k1 dropped", count(props), props[k2])

-- strong table keeps everything
local strong = {}
strong.x = {}
strong[{}] = 1
collectgarbage("collect")
print("strong count", count(strong))

-- fully weak
local both = setmetatable({}, { __mode = "kv" })
local live = {}
both[live] = live
both[1] = {}
both[{}] = 2
both.s = "s"
collectgarbage("collect")
print("kv count", count(both), both[live] == live, both[1], both.s)

-- weak-valued memo cache: values recomputed after collection
local made = 0
local memo = setmetatable({}, { __mode = "v" })
local function get(n)
  local v = memo[n]
  if not v then
    made = made + 1
    v = { n = n }
    memo[n] = v
  end
  return v
end
local held = get(1)
get(2)
get(3)
print("made", made)
collectgarbage("collect")
get(1); get(2); get(3)
print("made after collect", made, held == get(1))

-- a closure referenced only from a weak table is collected
local fns = setmetatable({}, { __mode = "v" })
fns[1] = function() return 1 end
local kept_fn = function() return 2 end
fns[2] = kept_fn
collectgarbage("collect")
print("fns", fns[1], fns[2] == kept_fn)

-- __mode read from the metatable; getmetatable shows it
print(getmetatable(cache).__mode, getmetatable(props).__mode, getmetatable(both).__mode)
print(type(collectgarbage("count")), collectgarbage("collect"), collectgarbage())
