-- Everyday string building: padding, wrapping, templating, number formatting.
local function pad_left(s, n, ch) s = tostring(s); return string.rep(ch or " ", n - #s) .. s end
local function pad_right(s, n, ch) s = tostring(s); return s .. string.rep(ch or " ", n - #s) end
local function center(s, n)
  local total = n - #s
  local left = total // 2
  return string.rep(" ", left) .. s .. string.rep(" ", total - left)
end
print("[" .. pad_left(42, 6) .. "]", "[" .. pad_right("ab", 5, ".") .. "]", "[" .. center("mid", 9) .. "]", "[" .. pad_left("toolong", 3) .. "]")

-- thousands separators
local function commas(n)
  local s = tostring(math.abs(n))
  local int, frac = s:match("^(%d+)(.*)$")
  int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return (n < 0 and "-" or "") .. int .. frac
end
for _, n in ipairs({ 0, 999, 1000, 1234567, -9876543210, 1234.5, 100 }) do io.write(commas(n), " ") end
print()

-- word wrap at a width
local function wrap(text, width)
  local lines, line = {}, ""
  for word in text:gmatch("%S+") do
    if #line == 0 then line = word
    elseif #line + 1 + #word <= width then line = line .. " " .. word
    else lines[#lines + 1] = line; line = word end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return lines
end
local para = "Lua is a powerful, efficient, lightweight, embeddable scripting language. It supports procedural programming, object-oriented programming, functional programming, data-driven programming, and data description."
for i, l in ipairs(wrap(para, 30)) do print(pad_left(i, 2) .. "| " .. pad_right(l, 30) .. " |") end

-- templating with ${name} placeholders
local function render(tpl, vars)
  return (tpl:gsub("%${(%w+)}", function(k)
    local v = vars[k]
    if v == nil then return "${" .. k .. "}" end
    return tostring(v)
  end))
end
print(render("Hello ${name}, you are ${age} (${missing}) ${name}!", { name = "Ada", age = 36 }))

-- repeated concatenation vs table.concat produce the same result
local s1 = ""
for i = 1, 100 do s1 = s1 .. i .. (i % 10 == 0 and "\n" or ",") end
local buf = {}
for i = 1, 100 do buf[#buf + 1] = i .. (i % 10 == 0 and "\n" or ",") end
local s2 = table.concat(buf)
print(s1 == s2, #s1)
io.write(s1:sub(1, 60), "\n")

-- a boxed table
local rows = { { "Name", "Qty", "Price" }, { "Widget", 3, 4.5 }, { "Gadget", 12, 19.99 }, { "Doohickey", 1, 0.5 } }
local widths = {}
for _, r in ipairs(rows) do
  for c, v in ipairs(r) do
    local len = #tostring(v)
    if not widths[c] or len > widths[c] then widths[c] = len end
  end
end
local function rule()
  local parts = {}
  for c, w in ipairs(widths) do parts[c] = string.rep("-", w + 2) end
  return "+" .. table.concat(parts, "+") .. "+"
end
print(rule())
for i, r in ipairs(rows) do
  local cells = {}
  for c, v in ipairs(r) do
    cells[c] = " " .. (type(v) == "number" and pad_left(v, widths[c]) or pad_right(v, widths[c])) .. " "
  end
  print("|" .. table.concat(cells, "|") .. "|")
  if i == 1 then print(rule()) end
end
print(rule())

-- caesar cipher and run-length encoding
local function caesar(s, k)
  return (s:gsub("%a", function(c)
    local base = c:match("%l") and 97 or 65
    return string.char((c:byte() - base + k) % 26 + base)
  end))
end
local enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
local function rle(s)
  local out, i = {}, 1
  while i <= #s do
    local c = s:sub(i, i)
    local j = i
    while s:sub(j + 1, j + 1) == c do j = j + 1 end
    out[#out + 1] = (j - i + 1) .. c
    i = j + 1
  end
  return table.concat(out)
end
print(rle("aaabccddddde"), rle(""), rle("x"))

-- hex dump
local function hexdump(s)
  return (s:gsub(".", function(c) return string.format("%02x ", c:byte()) end))
end
print(hexdump("Lua\0\255\n"))
