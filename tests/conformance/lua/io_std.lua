-- The standard handles: io.write, io.stdout/io.stderr:write, io.type, flush.
io.write("a", 1, " ", 2.5, "\n")
print(io.write("x") == io.stdout)
io.stdout:write("chained", " ", 3, "\n"):write("again\n")
io.stderr:write("")
print(io.type(io.stdout), io.type(io.stderr), io.type(io.stdin), io.type({}), io.type(42))
print(io.flush(), io.stdout:flush(), io.stdout:setvbuf("no"))
print(io.stdin:write("x"))
print(pcall(function() return io.write({}) end))
print(pcall(function() return io.type() end))
local t = { [io.stdin] = 1, [io.stdout] = 2 }
print(t[io.stdin], t[io.stdout])
