-- goto and labels (Lua 5.4 §3.3.4): continue idiom, nested loops, backward
-- jumps, closures capturing fresh locals, and the compile-time errors
-- reported by load.

-- the continue idiom
for i = 1, 10 do
  if i % 3 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()

-- breaking out of nested loops
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then
      print("found", i, j)
      goto done
    end
  end
end
::done::

-- a backward goto makes a loop
local n = 0
::again::
n = n + 1
if n < 5 then goto again end
print("n", n)

-- each pass of a goto loop gets a fresh local, seen by closures
local fns = {}
local k = 1
::top::
do
  local captured = k * 10
  fns[#fns + 1] = function() return captured end
end
k = k + 1
if k <= 3 then goto top end
for _, f in ipairs(fns) do io.write(f(), " ") end
print()

-- goto inside while and repeat
local w = 0
while true do
  w = w + 1
  if w > 3 then goto out end
end
::out::
print("w", w)

local r = 0
repeat
  r = r + 1
  if r == 2 then goto skip end
  io.write("r", r, " ")
  ::skip::
until r >= 4
print()

-- a label at the end of a block may follow locals
do
  goto finish
  local late = 1
  print(late)
  ::finish::
end
print("finished")

-- compile-time errors come back from load
local function try(src)
  local f, err = load(src, "=chunk")
  print(f == nil, err)
end
try("goto nowhere")
try("do ::a:: end goto a")
try("::x:: ::x::")
try("goto f local x = 1 ::f:: print(x)")
try("for i = 1, 2 do goto c end ::c::")
