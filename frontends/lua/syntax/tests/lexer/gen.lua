-- Prints what lua5.4 makes of each literal of a file, one per line:
-- `int <decimal>`, `float <bits as signed 64-bit decimal>`,
-- `string <hex bytes>` or `error <message>`. Used by ../regen.sh.
local mode, path = arg[1], arg[2]
for line in io.lines(path) do
  local chunk, err = load("return " .. line, "=literal")
  if not chunk then
    io.write("error ", (err:gsub("^literal:%d+: ", "")), "\n")
  else
    local value = chunk()
    if mode == "numerals" and math.type(value) == "integer" then
      io.write("int ", string.format("%d", value), "\n")
    elseif mode == "numerals" then
      io.write("float ", string.format("%d", string.unpack("<i8", string.pack("<d", value))), "\n")
    else
      io.write("string ", (value:gsub(".", function(c) return string.format("%02x", c:byte()) end)), "\n")
    end
  end
end
