-- require, package.* and loadfile/dofile, with modules in ./modules/.
package.path = "./modules/?.lua;./modules/?/init.lua"

local g = require("greet")
print(g.hello("lua"), g.loaded_as, g.file, loads)
local g2, extra = require("greet")
print(g2 == g, loads, extra)
print(package.loaded.greet == g)

print(require("noreturn"), noreturn_ran, package.loaded.noreturn)
local pkg = require("pkg")
print(pkg.kind, pkg.name)

-- preload comes first
package.preload.virtual = function(name, extra) return { name = name, extra = extra } end
local v = require("virtual")
print(v.name, v.extra)

-- standard libraries are in package.loaded
print(require("string") == string, require("math") == math, package.loaded._G == _G)

-- failures
local ok, err = pcall(require, "missing")
print(ok, (err:gsub("\n", "|")))
ok, err = pcall(require, "broken")
print(ok, (err:gsub("\n", "|")))
ok, err = pcall(require, "fails")
print(ok, err)
print(pcall(require))

-- searchpath
print(package.searchpath("greet", package.path))
print(package.searchpath("a.b.c", "./modules/?.x;./?.y"))
print(package.searchpath("greet", "modules/?.lua", "", ""))

-- custom searchers
table.insert(package.searchers, 2, function(name)
  if name == "custom" then return function() return "from custom" end, "xyz" end
  return "\n\tno custom '" .. name .. "'"
end)
print(require("custom"))
ok, err = pcall(require, "nothere")
print(ok, (err:gsub("\n", "|")))

-- loadfile and dofile
local f = loadfile("modules/data.lua")
print(f(1, 2))
print(dofile("modules/data.lua"))
print(loadfile("modules/nope.lua"))
print(loadfile("modules/broken.lua"))
print(pcall(dofile, "modules/nope.lua"))
print(pcall(dofile, "modules/fails.lua"))
local env = { }
local f2 = loadfile("modules/noreturn.lua", "t", env)
f2()
print(env.noreturn_ran, rawget(_G, "noreturn_ran"))
print(loadfile("modules/data.lua", "b"))
print(package.config)
print(type(package.cpath), type(package.searchers), #package.searchers)
