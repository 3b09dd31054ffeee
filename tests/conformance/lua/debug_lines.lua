-- Line information as luac gives it, seen through line hooks (Lua 5.4
-- manual §6.10 debug.sethook; lparser.c test_then_block, lcode.c
-- luaK_infix): the test of `if c then` is on the `then` line unless `c` is
-- a comparison; a left operand still to be read is read on the operator's
-- line; the stores of an assignment are on its last line.
local function trace(s)
  local lines = {}
  debug.sethook(function (_, l) lines[#lines + 1] = l end, "l")
  load(s)()
  debug.sethook()
  return table.concat(lines, " ")
end

print(trace("if\nmath.sin(1)\nthen\n  a=1\nelse\n  a=2\nend\n"))
print(trace("while math.sin(1) do\n  if math.sin(1)\n  then break\n  end\nend\na=1"))
print(trace("if a and\n b\n then c = 1 end"))
print(trace("if not\n a\n then c = 1 end"))
print(trace("if nil\n then c = 1 end"))
print(trace("if x or\n y\n then c = 1 elseif\n z\n then c = 2 end"))
print(trace("local b = {10}\na = b[1]\n+\nb[1]\nb = 4\n"))
print(trace("local b = {10}\na = b[1]\n\n\n+\n\nb[1]\nb = 4\n"))
print(trace("t = {}\nt.x =\n  1\n"))

-- an error in a store is reported on the assignment's last line
local ok, msg = pcall(load("local t\nt.x = {\n  1,\n}\n", "=chunk"))
print(ok, msg)
ok, msg = pcall(load("local t = {}\nlocal y = t.a\n+ 1\n", "=chunk"))
print(ok, msg)
