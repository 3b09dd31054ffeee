-- pkulchenko/serpent: serialize nested tables (line, block, dump with
-- sorting, comments, references, self-references) and load them back.
local serpent = require("serpent")
local data = {}
for i = 1, 3000 do
  data[i] = { id = i, name = "n" .. i, vals = { i, i * 2, i / 4 }, flags = { on = i % 2 == 0 }, [i % 5 + 1] = "k" }
end
data.shared = data[1]
data.self = data
local dumped = serpent.dump(data, { sortkeys = true })
print("dump bytes", #dumped)
local ok, back = serpent.load(dumped)
local sum = 0
for i = 1, 3000 do sum = sum + back[i].id + back[i].vals[3] end
print("load", ok, sum, back.self == back, back.shared == back[1])
local small = { 1, nil, 3, x = { y = "z" }, [true] = false, ["a b"] = 0.1, [2.5] = -0.0, big = 2 ^ 63, nan = 0 / 0, inf = math.huge }
print(serpent.line(small, { comment = false, sortkeys = true }))
print(serpent.block(small, { comment = false, sortkeys = true }))
print(serpent.line({ "a\nb", "\0\1\255", 'q"q' }, { comment = false }))
print(serpent.line({ 1, 2, 3, { 4, 5 } }, { comment = false, compact = true, indent = "" }))
print(serpent.line({ f = print }, { comment = false, nocode = true }))
print(serpent.load("{1, 2, x = os.exit()}", { safe = true }))
local total = 0
for i = 1, 200 do total = total + #serpent.block(data[i], { comment = false, sortkeys = true, maxlevel = 3 }) end
print("blocks", total)
