-- mpeterv/argparse: a parser with options, flags, arguments, commands
-- and mutually exclusive groups; parse 3,000 argument lists, render help
-- and usage, report errors.
local argparse = require("argparse")
local function build()
  local p = argparse("tool", "A tool that does things.")
  p:argument("input", "Input file.")
  p:argument("extra"):args("*")
  p:option("-o --output", "Output file.", "a.out")
  p:option("-I --include", "Include locations."):count("*")
  p:option("--level")
  p:option("-n --number"):convert(tonumber)
  p:flag("-v --verbose", "Sets verbosity level."):count("0-2"):target("verbosity")
  p:flag("-q --quiet")
  local run = p:command("run r", "Run it.")
  run:option("--times"):convert(tonumber):default("1")
  p:mutex(p:flag("--fast"), p:flag("--slow"))
  p:require_command(false)
  return p
end
local p = build()
local count, verbose, includes = 0, 0, 0
for i = 1, 20000 do
  local args = { "file" .. i .. ".c", "-o", "out" .. i, "-I", "inc" .. (i % 3), "-Iother", "-vv", "--level", (i % 2 == 0) and "low" or "high", "-n", tostring(i) }
  if i % 5 == 0 then args[#args + 1] = "x"; args[#args + 1] = "y" end
  local r = p:parse(args)
  count = count + r.number + #r.extra
  verbose = verbose + r.verbosity
  includes = includes + #r.include
end
print("parsed", count, verbose, includes)
print(p:get_usage())
print(p:get_help())
local function try(args)
  local q = build()
  local ok, err = q:pparse(args)
  if ok then
    local keys = {}
    for k, v in pairs(err) do keys[#keys + 1] = k .. "=" .. tostring(v) end
    table.sort(keys)
    print("ok", table.concat(keys, " "))
  else
    print("error", err)
  end
end
try({})
try({ "in", "--level", "extreme" })
try({ "in", "--fast", "--slow" })
try({ "in", "-vvv" })
try({ "in", "--unknown" })
try({ "in", "run", "--times", "3" })
try({ "in", "-o" })
