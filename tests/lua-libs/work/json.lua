-- rxi/json.lua: encode then decode a 20,000-record document (the decoder
-- scans its input character by character), checksums of both sides.
local json = require("json")
local records = {}
for i = 1, 20000 do
  records[i] = {
    id = i, name = "item" .. i, price = i * 0.25, tags = {"a" .. (i % 7), "b" .. (i % 13)},
    active = i % 3 == 0, note = (i % 50 == 0) and "line\nbreak \"quoted\" \\ \t" or json.null,
  }
end
local text = json.encode({ records = records, count = #records, meta = { version = "1.0", empty = {} } })
print("encoded bytes", #text)
local back = json.decode(text)
local sum, names, tags, actives = 0, 0, 0, 0
for _, r in ipairs(back.records) do
  sum = sum + r.id + r.price
  names = names + #r.name
  tags = tags + #r.tags[1] + #r.tags[2]
  if r.active then actives = actives + 1 end
end
print("decoded", back.count, sum, names, tags, actives, back.meta.version)
print(json.encode({ 1, 2, 3, { x = "y" } }), json.encode("\u{e9}\1"), json.encode(1.5e300))
for _, bad in ipairs({ "{", "[1,]", '{"a" 1}', '"\\x"', "nul", "[1, 2", '"abc' }) do
  local ok, err = pcall(json.decode, bad)
  print(ok, err)
end
print(pcall(json.encode, { 1, 2, nil, 4 }))
print(pcall(json.encode, function() end))
