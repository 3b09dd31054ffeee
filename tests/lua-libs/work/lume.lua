-- rxi/lume: functional helpers, serialization, strings and math over
-- large arrays.
local lume = require("lume")
local t = {}
for i = 1, 20000 do t[i] = (i * 7919) % 10007 end
local doubled = lume.map(t, function(x) return x * 2 end)
local evens = lume.filter(t, function(x) return x % 2 == 0 end)
local sum = lume.reduce(t, function(a, b) return a + b end)
print(#doubled, #evens, sum, lume.count(t, function(x) return x > 5000 end))
print(#lume.unique(t), lume.find(t, 7919), lume.first(t), lume.last(t), #lume.slice(t, 10, 100))
local sorted = lume.sort(lume.clone(t))
print(sorted[1], sorted[#sorted], lume.all(t, function(x) return x >= 0 end), lume.any(t, function(x) return x > 10006 end))
local s = lume.serialize({ 1, "two", { four = { 4 } }, true })
print(s, lume.deserialize(s)[3].four[1])
local words = lume.split("the quick  brown fox jumps over the lazy dog", " ")
print(#words, table.concat(words, "|"), lume.trim("  x y  "), lume.trim("--x--", "-"))
print(lume.wordwrap("the quick brown fox jumps over the lazy dog again and again", 14))
print(lume.format("{a} and {b} and {1}", { a = "A", b = 2, "one" }), lume.format("{missing}"))
print(lume.round(2.5), lume.round(-2.5), lume.round(123.4567, 0.01), lume.clamp(5, 1, 3), lume.sign(-0.0), lume.lerp(1, 3, 0.25))
print(lume.distance(0, 0, 3, 4), string.format("%.6f", lume.angle(0, 0, 1, 1)), lume.pingpong(1.25))
local memo_calls = 0
local slow = lume.memoize(function(n) memo_calls = memo_calls + 1; return n * n end)
local acc = 0
for i = 1, 500000 do acc = acc + slow(i % 100) end
print(acc, memo_calls)
local f = lume.lambda("x,y -> x*y+1")
print(f(3, 4), lume.fn(math.max, 5)(3), lume.once(function() return "once" end)())
print(lume.color("#ff8000"), lume.color("rgba(255, 0, 128, 0.5)"))
local keys = lume.keys({ a = 1, b = 2, c = 3 })
table.sort(keys)
print(table.concat(keys, ","), lume.chain({ 1, 2, 3 }):map(function(x) return x * 10 end):result()[3])
local total = 0
for i = 1, 3000 do total = total + #lume.serialize(lume.slice(t, i, i + 50)) end
print("serialized", total)
