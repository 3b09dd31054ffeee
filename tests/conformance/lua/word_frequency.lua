-- Word frequency count with sorted output.
local text = [[
The quick brown fox jumps over the lazy dog. The dog barks; the fox runs!
A quick brown dog? No -- the quick brown fox. Foxes and dogs, dogs and foxes.
It's the fox's den, and the dog's house.
]]

local counts, total, order = {}, 0, {}
for word in text:lower():gmatch("[%a']+") do
  word = word:gsub("'s$", "")
  if counts[word] == nil then order[#order + 1] = word end
  counts[word] = (counts[word] or 0) + 1
  total = total + 1
end
print("total words", total, "distinct", #order)

-- first-seen order is deterministic because it is kept in an array
print("first seen:", table.concat(order, " ", 1, 8))

-- sort by count descending, then alphabetically
local words = {}
for w in pairs(counts) do words[#words + 1] = w end
table.sort(words, function(a, b)
  if counts[a] ~= counts[b] then return counts[a] > counts[b] end
  return a < b
end)
for i, w in ipairs(words) do
  print(string.format("%2d. %-6s %2d %s", i, w, counts[w], string.rep("*", counts[w])))
end

-- group words by their count
local by_count = {}
for _, w in ipairs(words) do
  local c = counts[w]
  by_count[c] = by_count[c] or {}
  table.insert(by_count[c], w)
end
local cs = {}
for c in pairs(by_count) do cs[#cs + 1] = c end
table.sort(cs, function(a, b) return a > b end)
for _, c in ipairs(cs) do print(c, table.concat(by_count[c], ",")) end

-- letter histogram
local letters = {}
for ch in text:lower():gmatch("%a") do letters[ch] = (letters[ch] or 0) + 1 end
local line = {}
for code = string.byte("a"), string.byte("z") do
  local ch = string.char(code)
  if letters[ch] then line[#line + 1] = ch .. "=" .. letters[ch] end
end
print(table.concat(line, " "))

-- longest words
table.sort(words, function(a, b) return #a > #b or (#a == #b and a < b) end)
print("longest:", words[1], words[2], words[3])

-- sentences
local n = 0
for sentence in text:gmatch("[^%.!?]+[%.!?]") do
  n = n + 1
  print(n, (sentence:gsub("^%s+", ""):gsub("\n", " ")))
end
