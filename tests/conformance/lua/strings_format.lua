-- string.format: every conversion with flags, width and precision.
local f = string.format
-- integers
print(f("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d]", 42, 42, 42, 42, 42, 42, 7))
print(f("[%i] [%i] [%d] [%d]", -17, 0, math.maxinteger, math.mininteger))
print(f("[%u] [%5.3d] [%-+6d]", 99, 5, 12))
print(f("%d %d", 3.0, -0.0))
-- characters
print(f("[%c%c%c] [%5c] [%-3c]", 76, 117, 97, 65, 66))
print(#f("%c", 0))
-- hex and octal
print(f("[%x] [%X] [%#x] [%#X] [%08x] [%o] [%#o]", 255, 255, 255, 255, 48879, 8, 8))
print(f("%x %X", -1, math.mininteger))
print(f("%5x|%-5X|%.4x", 10, 11, 12))
-- floats
print(f("[%f] [%.2f] [%10.3f] [%-10.1f] [%+.1f] [%010.2f] [% .2f]", 3.14159, 3.14159, 3.14159, 3.14159, 2.5, -2.5, 2.5))
print(f("[%e] [%.2e] [%E] [%12.4E] [%-12.1e]", 12345.6789, 12345.6789, 0.000123, 1e10, -5.5))
print(f("[%g] [%g] [%g] [%g] [%g] [%g]", 100000, 1000000, 1e-4, 1e-5, 0.5, 2^53))
print(f("[%G] [%G] [%.3g] [%.10g] [%#g] [%10.2g]", 1e-10, 1e20, math.pi, math.pi, 1.0, 1234.5))
print(f("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))
print(f("%f %f %f", 1 / 0, -1 / 0, 3))
print(f("%.3f", 2 ^ 63), f("%.1f", 1e15), f("%5.1f|", 0.05))
-- hexadecimal floats
print(f("[%a] [%a] [%a] [%A]", 1.0, 0.5, 255.5, 1.0))
print(f("[%.2a] [%a]", 1.0, -0.0))
-- strings
print(f("[%s] [%10s] [%-10s] [%.2s] [%5.1s]", "hello", "hi", "hi", "hello", "xyz"))
print(f("%s %s %s %s %s", nil, true, false, 12, 1.5))
print(f("%s|%s", setmetatable({}, { __tostring = function() return "custom" end }), "x"))
print(f("%10.4s|", "abcdefgh"))
-- %q
print(f("%q", 'he said "hi"\n\tand left\\'))
print(f("%q", "\0\1\0011\127\255"))
print(f("%q", "\r\n"))
print(f("%q %q %q", 42, 1.5, math.mininteger))
print(f("%q %q %q", 1 / 0, -1 / 0, 0.1))
print(f("%q %q %q", true, false, nil))
print(pcall(function() return f("%q", {}) end))
-- %%
print(f("100%% sure, %d%%", 50))
-- many arguments and reuse
print(f("%s=%d; %s=%d; %s=%d", "a", 1, "b", 2, "c", 3))
print(f("no conversions"), f(""), f("%s", ""))
-- errors (a local alias names the function in the message; string.format names it 'format')
print(pcall(function() return string.format("%d") end))
print(pcall(function() return string.format("%d", "x") end))
print(pcall(function() return string.format("%d", "10") end))
print(pcall(function() return string.format("%z", 1) end))
print(pcall(function() return string.format("%", 1) end))
print(pcall(function() return string.format("%10") end))
print(pcall(function() return string.format("%123d", 1) end))
print(pcall(function() return string.format("%d", 2^63) end))
print(pcall(function() return string.format("%c", "x") end))
print(pcall(function() return string.format("%s") end))
print(pcall(function() return string.format() end))
-- string coercion of number arguments to %s and numbers as format
print(f("%s", 10 // 3), f("%s", 10 / 2), f(12), f(1.5))
print(f("%5s|%-5s|", 1, 2.0))
-- width from a computed format
for w = 1, 4 do print(f("%" .. w .. "d|%-" .. w .. "s|", w, "x")) end
-- a table printed with aligned columns
local rows = { { "apple", 3, 0.5 }, { "banana", 12, 0.25 }, { "cherry", 150, 2.125 } }
for _, r in ipairs(rows) do print(f("%-8s %4d %8.3f", r[1], r[2], r[3])) end
