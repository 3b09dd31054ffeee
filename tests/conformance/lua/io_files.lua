-- io: writing, reading and seeking a temporary file, every read format,
-- lines, default input/output, closed files and errors.
local name = "io_files.tmp"
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do
    local v = t[i]
    t[i] = io.type(v) and ("<" .. io.type(v) .. ">") or tostring(v)
  end
  print(table.concat(t, " "))
end

local f = assert(io.open(name, "w"))
show(io.type(f), f:write("line one\n", 2, " ", 3.5, "\n", "0x1F -7 .5e1 12abc\n"))
show(f:write("last line without newline"))
show(f:seek("cur"), f:seek("set", 0), f:seek("end"))
show(f:close(), io.type(f), tostring(f))
show(pcall(f.write, f, "x"))

f = assert(io.open(name))
show(f:read())
show(f:read("L"))
show(f:read("n", "n", "n", "n"))
show(f:read("l"))
show(f:read(4), f:read(0), f:read("a"))
show(f:read("a"), f:read("l"), f:read(1), f:read(0), f:read("n"))
show(f:seek("set", 5), f:read(3), f:seek("cur", -3), f:read("*l"))
f:close()

for l in io.lines(name) do io.write("[", l, "]") end
print()
for a, b in io.lines(name, 1, 2) do io.write(a, "|", b, " ") break end
print()
local n = 0
for l in io.lines(name, "L") do n = n + #l end
show(n)

-- default input and output
local out = io.output()
show(io.output(name) ~= out, io.write("via default output\n", 42, "\n"))
io.close()
show(io.type(io.output()))
io.output(out)
io.input(name)
show(io.read("l", "n"), io.read("a"))
for l in io.lines() do show("never", l) end
io.input():close()
show(pcall(io.read))
io.input(io.stdin)

-- append and update modes
f = assert(io.open(name, "a"))
f:write("appended\n")
f:close()
f = assert(io.open(name, "r+"))
f:write("VIA")
show(f:seek("set"), f:read("a"))
f:close()
f = assert(io.open(name, "w+"))
f:write("abc")
show(f:seek("set", 1), f:read(1), f:seek("cur"))
f:close()

-- errors
show(io.open("no/such/dir/file.txt"))
show(pcall(function() return io.open(name, "rw") end))
show(pcall(function() return io.open(name, "x") end))
show(pcall(function() return io.lines("no/such/file") end))
show(pcall(function() return f:read() end))
show(pcall(function() local g = io.open(name) local r = g:read("x") end))
show(pcall(function() local g = io.open(name) return g:seek("bad") end))
show(pcall(function() return io.stdout:setvbuf("sometimes") end))
show(io.stdout:close())
show(io.type(io.stdin), io.type(42), io.type(f))
show(os.remove(name), io.open(name))
show(os.remove(name))
show(os.rename(name, name .. "2"))
