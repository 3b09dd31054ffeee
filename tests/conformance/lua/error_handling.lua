-- Message handlers, error positions and the statement rules the Lua 5.4
-- test suite checks (errors.lua, calls.lua, attrib.lua, nextvar.lua).

-- xpcall's handler runs where the error was raised: it sees the frames
local function where(m)
  local info = debug.getinfo(2, "Sl")
  return m .. " | handler called from line " .. tostring(info.currentline)
end
local function fails() local x = nil; return x.field end
print(xpcall(fails, where))
print(xpcall(error, function(m) return "H:" .. tostring(m) end, "boom"))

-- an error inside the handler
print(xpcall(error, error))
local function loop(x) return 1 + loop(x) end
print(xpcall(loop, function(m)
  local ok, e = pcall(loop)
  return (m:gsub("^.-:%d+: ", "")) .. " / inner: " .. tostring(ok) .. " " .. e
end))

-- operations report the operator's line
local function line_of(src)
  local ok, msg = pcall(load(src, "=src"))
  return msg
end
print(line_of("a = \n3\n+\n(\n4\n/\nprint)"))
print(line_of("local t = {}\nlocal x = t\n..\n1"))
print((line_of("\n\n for k,v in \n 3 \n do \n print(k) \n end"):match("^src:%d+")))

-- uncallable metamethods are named
print(pcall(function() local a = setmetatable({}, {__add = 34}); return a + 1 end))
print(pcall(function() local a = setmetatable({}, {__lt = {}}); return a < a end))
-- a field of a local _ENV is a global
print(line_of("local _ENV = {x={}}; a = a + 1"))
-- values that come out of and/or are not named
print(line_of("aaa={}; x=(aaa or aaa)+(aaa and aaa)"))

-- a statement starting with '(' after a value no call can follow
local t = {}
(function (a) t[a] = 10 end)(1)
print(t[1])
local s = "str"
(print)(s)

-- goto into the scope of a local (the until condition sees the locals)
-- (the message only: omx reports it on the goto's line, lua5.4 on the
-- line of the token after the label)
print((select(2, load("repeat\n if x then goto cont end\n local xuxu = 10\n ::cont::\nuntil xuxu < x")):match("<goto.*")))

-- numeric for converts numeric strings; float limits beyond the integers
local n = 0
for i = "10", "1", "-2" do n = n + 1 end
print(n)
for i = math.mininteger, -10e100 do print("never") end
for i = math.maxinteger, 10e100, -1 do print("never") end

-- string.byte's end defaults to the start as given
print(string.byte("hi", -3), string.byte("hi", -2), string.byte("hi", 10))

-- math.tointeger converts strings
print(math.tointeger("42"), math.tointeger("4.0"), math.tointeger("4.5"), math.tointeger("x"))

-- coroutines that resume each other without end
local function nest()
  local co = coroutine.create(nest)
  local ok, err = coroutine.resume(co)
  return err
end
print(nest())

-- load with a reader that fails
-- (the first line: lua.c's message handler also runs inside load)
print((select(2, load(function() error("reader failed") end)):match("^[^\n]*")))

-- collectgarbage reports the previous mode
print(collectgarbage("generational"), collectgarbage("incremental"), collectgarbage("incremental"))
