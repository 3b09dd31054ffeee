-- Names of indexed values in error messages (ldebug.c getobjname/rname):
-- a constant key 0..255 is 'integer index', a non-string key '?'.
local t = {}
print(pcall(function() return t[1][2] end))
print(pcall(function() return t[1]() end))
print(pcall(function() return t.x.y end))
print(pcall(function() local k = 1; return t[k].y end))
print(pcall(function() return ({})[true].y end))
print(pcall(function() return t[1.5].y end))
print(pcall(function() return t["a b"].y end))
t = {string.rep}
print(pcall(function() return t[1]() end))
local k = 1
print(pcall(function() return t[k]() end))
print(pcall(function() return t[-1].x end))
print(pcall(function() return t[256].x end))
print(pcall(function() return t[255].x end))
print(pcall(function() local s = "key"; return t[s].x end))
print(pcall(function() return t[("a"):rep(50)].x end))
