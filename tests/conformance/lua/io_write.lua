-- io.write: no separators, no newline; integers as %d, floats with "%.14g"
-- (unlike tostring, a float with an integral value has no ".0": 3.0 writes "3").
io.write("a", "b", "c", "\n")
io.write(1, " ", 2.5, " ", -0.0, " ", 1e100, " ", 2^63, " ", math.mininteger, "\n")
io.write(3.0, " ", 3, " ", 0.1, " ", 1 / 0, " ", 10 / 2, " ", tostring(3.0), "\n")
io.write()
io.write("")
io.write("no newline yet")
io.write(" ... now\n")
-- io.write returns the file, so calls can be chained
local r = io.write("chained ")
r:write("write ", "calls\n")
print(r == io.stdout)
io.stdout:write("via io.stdout\n")
-- errors for values that are not strings or numbers
print(pcall(function() io.write({}) end))
print(pcall(function() io.write(nil) end))
print(pcall(function() io.write(true) end))
print(pcall(function() io.write("ok ", {}) end))
io.write("\n")
-- interleaving print and io.write
for i = 1, 3 do
  io.write("[", i, "]")
  print(" printed", i)
end
-- building a table row by row
local grid = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }
for _, row in ipairs(grid) do
  for j, v in ipairs(row) do io.write(v, j < #row and "," or "\n") end
end
-- formatted output
io.write(string.format("%-6s|%6.2f|\n", "pi", math.pi))
io.write(("="):rep(20), "\n")
-- special characters pass through untouched
io.write("tab\there\0nul\r\n")
io.write("\xe2\x9c\x93 utf8 bytes\n")
