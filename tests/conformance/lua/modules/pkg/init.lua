-- A package found through ?/init.lua.
return { kind = "package", name = ... }
