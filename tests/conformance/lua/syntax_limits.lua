-- Syntax limits and lexer errors as lua5.4 words them (Lua 5.4 manual
-- §3.1; llex.c, lparser.c LUAI_MAXCCALLS, MAXUPVAL): stray bytes of any
-- value, nested functions, right-associative chains, upvalues.
local function try(s)
  local f, msg = load(s)
  if f then return "ok" end
  -- keep the message, not the chunk's name
  return (string.gsub(msg, "^%[string \"[^\n]*\"%]:", "chunk:"))
end

-- a stray byte is named by its code, also past 127
print(try("\255a = 1"))
print(try("a\254a = 1"))
print(try("x = 1 \200"))
print(try("a\1a = 1"))

-- nested functions are one level each (100 and more: lower/chain_tests.rs)
print(try(string.rep("function foo () ", 60) .. string.rep(" end", 60)))

-- right-associative chains: 100 is fine, 500 is too deep
print(try("local a = ''; return " .. string.rep("a..", 30) .. "'a'"))
print(try("local a = 1; return " .. string.rep("a^", 30) .. "a"))
print(select(2, load("local a = ''; return " .. string.rep("a..", 500))) ~= nil)
print(select(2, load("local a = 1; return " .. string.rep("a^", 500))) ~= nil)
-- many short chains, one per statement, are not one long chain
print(try(string.rep("x = 'a' .. 'b' .. 'c'\n", 300)))
print(try(string.rep("print('a' .. 'b')\n", 300)))

-- too many upvalues names the function
local s = "local function fooA ()\n  local "
for j = 1, 127 do s = s .. "a" .. j .. ", " end
s = s .. "b,c\n" .. "local function fooB ()\n  local "
for j = 1, 127 do s = s .. "b" .. j .. ", " end
s = s .. "b\n" .. "function fooC () return b+c"
for j = 1, 127 do s = s .. "+a" .. j .. "+b" .. j end
s = s .. "\nend  end end"
local _, msg = load(s)
print(string.find(msg, "too many upvalues (limit is 255) in function at line 5", 1, true) ~= nil)

-- too many local variables
s = "local "
for j = 1, 300 do s = s .. "a" .. j .. ", " end
s = s .. "b = 1"
_, msg = load(s)
print(string.find(msg, "too many local variables (limit is 200) in main function", 1, true) ~= nil)

-- the FILE* metamethods check their argument
local ok, err = pcall(getmetatable(io.stdout).__gc)
print(ok, string.find(err, "(FILE* expected, got no value)", 1, true) ~= nil)
