-- String escapes, long strings, formatting and patterns.
local s = "tab:\t newline:\n quote:\" apostrophe:\' backslash:\\"
local bytes = "\65\066\x43\u{44}\u{20AC}\z
               continued"
local long = [[
first line
second line]]
local level2 = [==[
contains ]] and ]=] but not the closer]==]
print(#s, bytes, #bytes)
print(long)
print(level2)
--[[ a long
comment ]] print("after long comment")
--[==[ another
]] still comment
]==]

local function trim(str)
  return (str:gsub("^%s+", ""):gsub("%s+$", ""))
end

local function split(str, sep)
  local out = {}
  for piece in (str .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do
    out[#out + 1] = piece
  end
  return out
end

local function count_words(text)
  local counts, order = {}, {}
  for word in text:lower():gmatch("%a+") do
    if not counts[word] then
      order[#order + 1] = word
      counts[word] = 0
    end
    counts[word] = counts[word] + 1
  end
  table.sort(order, function(a, b)
    if counts[a] ~= counts[b] then return counts[a] > counts[b] end
    return a < b
  end)
  return order, counts
end

print("[" .. trim("   padded   ") .. "]")
local parts = split("a,b,,c", ",")
print(#parts, table.concat(parts, "|"))
local order, counts = count_words [[
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs.
]]
for i = 1, 3 do print(order[i], counts[order[i]]) end
print(("%5.2f|%-5d|%x|%q"):format(3.14159, 42, 255, "a\nb"))
print(string.rep("ab", 3, "-"), ("x"):byte(), string.char(72, 105))
print('single \'quoted\'', "mixed 'quotes'", '\u{48}\u{49}')
local csv = 'name,age\nann,31\nbob,27'
for name, age in csv:gmatch("(%a+),(%d+)") do
  print(name, tonumber(age) + 1)
end
print(#"\z
      ", "\x41\x42", "\0" == "\x00", "a\
b")
