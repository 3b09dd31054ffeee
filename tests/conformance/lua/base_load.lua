-- load of string chunks: results, environments, syntax errors.
local f = load("return 1 + 2")
print(type(f), f())
print(load("return ...")(1, 2, 3))
print(load("local a, b = ...; return b, a")("x", "y"))

-- syntax errors return nil plus a message "CHUNKNAME:LINE: ..."; the wording after
-- the line number is parser specific, so only the prefix is printed
local function syntax(src, name)
  local fn, msg = load(src, name)
  print(fn, type(msg), msg and msg:match("^(.-:%d+):"))
end
syntax("return +")
syntax("x = = 1")
syntax("for")
syntax("local t = {1, 2")
syntax("return 'unfinished")
syntax("x = 1 end")
syntax("return +", "=mychunk")
syntax("return +", "@file.lua")
syntax("\n\nreturn +", "=lines")
syntax("local a = 1\nlocal b = 2\nlocal c = = 3\n", "=third")
syntax("a very long chunk that is not valid Lua at all, repeated: " .. string.rep("x ", 40))
print(type(load("return 1", "=mychunk")))

-- runtime errors from loaded code use the chunk name
local rt = load("local t = nil\nreturn t.x", "=rt")
print(pcall(rt))
local rt2 = load("error('custom')", "=named")
print(pcall(rt2))

-- custom environment (4th argument)
local env = { x = 10, y = 20 }
local g = load("z = x + y; return z", "=env", "t", env)
print(g(), env.z, z)
local env2 = setmetatable({}, { __index = _G })
load("newglobal = 'in env2'; print('print via __index', newglobal)", "=e2", "t", env2)()
print(env2.newglobal, newglobal)
-- missing globals in an empty environment
print(pcall(load("return print", "=empty", "t", {})))
print(pcall(load("print('x')", "=empty", "t", {})))

-- load with a function that returns pieces
local pieces = { "return ", "10 ", "* ", "4" }
local i = 0
local fromfn = load(function() i = i + 1; return pieces[i] end)
print(fromfn())
local empty_reader = load(function() return nil end)
print(type(empty_reader), select("#", empty_reader()))

-- each loaded chunk is a new function with its own locals
local counter_src = "local n = 0; return function() n = n + 1; return n end"
local c1 = load(counter_src)()
local c2 = load(counter_src)()
print(c1(), c1(), c2())

-- chunks can define functions and globals
load("function loaded_fn(a) return a * 2 end")()
print(loaded_fn(21))

-- mode argument
print(load("return 1", "=m", "t")())
print(load("return 1", "=m", "b"))

-- a tiny calculator using load
for _, expr in ipairs({ "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 10", "7 // 2", "10 / 4", "1 +" }) do
  local fn, err = load("return " .. expr, "=expr")
  if fn then print(expr, "=", fn()) else print(expr, "error at", err:match("^(.-:%d+):")) end
end

-- load needs a chunk
print(pcall(load))
