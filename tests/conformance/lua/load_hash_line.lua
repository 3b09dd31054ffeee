-- `load` reads its text as it is: a first line starting with `#` is a
-- syntax error there (only luaL_loadfile, behind `loadfile`, `dofile` and
-- `require`, skips it).
print(load("#=1", "=chunk"))
print(load("# comment\nreturn 1", "=chunk"))
print(load("return 2\n#", "=chunk"))
local f = load(" #'abc'", "=chunk")
print(f == nil)
print(load("return #'abc'", "=chunk")())
