-- Writes test tables for core/src/number (run through gen.sh).
-- Fields are tab-separated; bytes outside printable ASCII, '\' and tab are
-- written as \xHH. Floats are written as their IEEE bits in hex.

local function esc(s)
  local out = {}
  for i = 1, #s do
    local b = s:byte(i)
    if b < 0x20 or b > 0x7e or b == 0x5c then out[#out + 1] = string.format("\\x%02x", b)
    else out[#out + 1] = string.char(b) end
  end
  return table.concat(out)
end

local function bits(x) return string.format("%016x", string.unpack("<i8", string.pack("<d", x))) end
local function frombits(u) return (string.unpack("<d", string.pack("<i8", u))) end

-- lua5.4.4 has no %F; C's %F is %f with INF/NAN in upper case.
local function cformat(spec, x)
  if spec:sub(-1) == "F" then return (string.format(spec:sub(1, -2) .. "f", x):upper()) end
  return string.format(spec, x)
end

local values = {
  0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1/3, 2/3, -1/3, 123.456, -123.456,
  1e300, -1e300, 1e-300, 5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 1.7976931348623157e308,
  2^53, 2^53 + 1, 2^63, -2^63, 2^64, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 9.5, 0.05, 0.15, 0.25, 0.35,
  0.0001, 0.00001, 0.000123456, 123456789, 1234567.5, 100, 1e100, 9.9999999, 999999.5, 9999995,
  99999.95, 0.999999, 0.9999995, 3.14159265358979, 2.718281828459045, 1.25, 1.375, 0.0625,
  1/0, -1/0, 0/0, -(0/0), 1e-5, 4.35, 0.5e-4, 65536.0, 1.9999999999999998, 7.0, 15.5, 1.0625,
}
math.randomseed(20240615)
for _ = 1, 120 do
  local u = math.random(math.mininteger, math.maxinteger)
  local x = frombits(u)
  if x == x then values[#values + 1] = x end
end
for _ = 1, 60 do
  values[#values + 1] = math.random() * 10 ^ math.random(-20, 20)
end

for i, x in ipairs(values) do values[i] = x + 0.0 end -- all floats

local mode = arg[1]
if mode == "printf" then
  local shapes = { "", "-", "+", " ", "#", "0", "+0", "-#", " #0", "-+" }
  local widths = { "", "1", "8", "25" }
  local precs = { "", ".", ".0", ".1", ".2", ".5", ".13", ".17", ".30" }
  local convs = { "e", "E", "f", "F", "g", "G", "a", "A" }
  -- Every value with a spread of specs (each flag set/width/precision pairs up
  -- deterministically with the others), plus the common specs on every value.
  local n = 0
  for vi, x in ipairs(values) do
    for ci, c in ipairs(convs) do
      for pi, p in ipairs(precs) do
        local sh = shapes[(vi + ci + pi) % #shapes + 1]
        local w = widths[(vi * 3 + pi) % #widths + 1]
        local spec = "%" .. sh .. w .. p .. c
        if not (c == "f" or c == "F") or math.abs(x) < 1e60 or p == "" or p == "." then
          print(spec, bits(x), esc(cformat(spec, x)))
          n = n + 1
        end
      end
      local spec = "%" .. c
      print(spec, bits(x), esc(cformat(spec, x)))
    end
    print("%.14g", bits(x), esc(string.format("%.14g", x)))
    print("%.17g", bits(x), esc(string.format("%.17g", x)))
    print("%99.99f", bits(x), esc(string.format("%99.99f", x)))
  end
elseif mode == "lua_number" then
  for _, x in ipairs(values) do
    print("tostring", bits(x), esc(tostring(x)))
  end
  local inputs = {
    "0", "1", "-1", "+1", "  12  ", "\t\n\v\f\r 7 \r", "1 2", "", " ", "-", "+", "0x", "0X", "0x10", "0XfF",
    "-0x10", "+0x10", "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff",
    "0x1ffffffffffffffff", "0x123456789abcdef0123", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "99999999999999999999",
    "1e", "1e+", "1e-", "1e5", "1E5", "1e+5", "1e-5", ".5", "5.", ".", "-.5", "+.5e1", "1.5", " 1.5 ",
    "1.5x", "inf", "-inf", "nan", "infinity", "NaN", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324",
    "2.5e-324", "1e99999999999999999999999", "0x1p4", "0x1P-4", "0x.8", "0x8.", "0x.", "0x.p1", "0x1p",
    "0x1p+", "0xA.8p1", "0x1.8", "-0x1.8p1", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076",
    "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024", "0x1.00000000000008p0",
    "0x1.00000000000008000001p0", "0x1.00000000000018p0", "0x123456789abcdef0123456789p0",
    "0x0.0000000000000000000000000001p0", "0x1.0p99999999999", "0x1p-99999999999", "1\0", "\0001",
    "0x", "00x1", "0x0x1", "1..2", "1.2.3", "--1", "- 1", "1 e5", "1e 5", "0e0", "-0", "-0.0",
    "000123", "1_000", "１", "0b101", "0o17", "12abc", "3.14159265358979323846264338327950288",
    "123456789012345678901234567890", "0.1e-400", "  -0x  ", "1e+00000000000000000000000001",
    "0x10000000000000000000000000000000000000000000000000000000000000000000p-200",
  }
  for _, s in ipairs(inputs) do
    local v = tonumber(s)
    local r
    if v == nil then r = "nil"
    elseif math.type(v) == "integer" then r = "int " .. string.format("%d", v)
    else r = "float " .. bits(v) end
    print("tonumber", esc(s), r)
  end
  local based = {
    { "10", 2 }, { "11", 2 }, { "12", 2 }, { "ff", 16 }, { "FF", 16 }, { "-ff", 16 }, { "+ff", 16 },
    { "  zz  ", 36 }, { "z", 35 }, { "7", 8 }, { "8", 8 }, { "", 10 }, { " ", 10 }, { "-", 10 },
    { "1 1", 10 }, { "ffffffffffffffff", 16 }, { "1ffffffffffffffff", 16 },
    { "18446744073709551617", 10 }, { "9223372036854775808", 10 }, { "-9223372036854775808", 10 },
    { "1.5", 10 }, { "0x10", 16 }, { "10", 36 }, { "aZ", 36 }, { "1\0", 10 }, { "\t101\n", 2 },
    { "zzzzzzzzzzzzzzzzzzzz", 36 }, { "--1", 10 }, { "- 1", 10 }, { "1-", 10 }, { "_1", 10 },
  }
  for _, c in ipairs(based) do
    local v = tonumber(c[1], c[2])
    print("tonumber_base", esc(c[1]), c[2], v == nil and "nil" or string.format("%d", v))
  end
end
