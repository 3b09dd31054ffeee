-- debug.setlocal, "(temporary)" and "(C temporary)" locals, what hooks see
-- of the frames below them, traceback levels and metamethod names (Lua 5.4
-- manual §6.10; ldblib.c, ldebug.c).

-- setlocal of plain, captured and vararg locals
local function f(a, ...)
  local b = 2
  local get = function () return b end
  (function ()
    print(debug.setlocal(2, 1, "A"), debug.setlocal(2, 2, "B"))
    print(debug.setlocal(2, -1, "V"), debug.setlocal(2, -9, "W"))
    print(debug.setlocal(2, 9, "X"))
  end)()
  print(a, b, get(), ...)
end
f(1, 10, 20)
print(pcall(debug.setlocal, 50, 1, 1))
print(pcall(debug.setlocal, 1, 1))

-- setlocal of a suspended coroutine
local co = coroutine.create(function (x)
  local y = coroutine.yield(x)
  return x, y
end)
print(coroutine.resume(co, 10))
print(debug.setlocal(co, 1, 1, 30), debug.setlocal(co, 1, 5, 40))
print(coroutine.resume(co, 100))

-- the arguments of getlocal itself
print(debug.getlocal(0, 1))
print(debug.getlocal(0, 2))
print(debug.getlocal(0, 3))

-- a register not (yet) a named local is a temporary in a line hook
local seen = {}
debug.sethook(function (_, l)
  local n = debug.getlocal(2, 1)
  seen[#seen + 1] = l .. ":" .. tostring(n)
end, "l")
load("local A = function ()\n  return x\nend\nreturn\n")()
debug.sethook()
print(table.concat(seen, " "))

-- a return hook sees the locals of the returning function
local got = {}
local function g(p, q)
  local r = p + q
  return
end
debug.sethook(function ()
  if debug.getinfo(2, "n").name == "g" then
    for i = 1, 3 do
      local n, v = debug.getlocal(2, i)
      if not n then break end
      got[#got + 1] = n .. "=" .. tostring(v)
    end
  end
end, "r")
g(3, 4)
debug.sethook()
print(table.concat(got, " "))

-- a hook is named "hook '?'"; the native a call event is about is level 2
local names, natives = {}, {}
debug.sethook(function (e)
  local i = debug.getinfo(1, "n")
  names[i.namewhat .. " " .. tostring(i.name)] = true
  local tb = debug.traceback()
  names[string.match(tb, "\n(.-)\n"):gsub("^%s*[^ ]+ ", "")] = true
  local fn = debug.getinfo(2, "f").func
  if fn == print or fn == math.abs then natives[fn == print and "print" or "abs"] = true end
end, "c")
math.abs(1)
debug.sethook()
local keys = {}
for k in pairs(names) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, "; "), natives.abs, natives.print)

-- the registry's _HOOKKEY has weak keys and holds the hooks
local function h() end
debug.sethook(h, "c")
local hooks = debug.getregistry()._HOOKKEY
local held = hooks[coroutine.running()] == h
debug.sethook()
print(getmetatable(hooks).__mode, held, hooks[coroutine.running()])

-- a new count hook starts its count afresh
local count = 0
debug.sethook(function () count = count + 1 end, "", 1)
for _ = 1, 100 do end
debug.sethook()
local first = count
count = 0
debug.sethook(function () count = count + 1 end, "", 1000)
for _ = 1, 100 do end
debug.sethook()
print(first > 100, count)

-- files are the only full userdata: no user values
print(debug.setuservalue(io.stdout, 10), debug.getuservalue(io.stdout, 1))
print(pcall(debug.setuservalue, {}, 1))

-- traceback levels, and of a suspended coroutine
local function lines(s)
  local n = 0
  for _ in string.gmatch(s, "\n") do n = n + 1 end
  return n
end
print(string.find(debug.traceback("hi", 0), "'debug.traceback'") ~= nil)
print(string.find(debug.traceback("hi"), "'debug.traceback'") == nil)
print(lines(debug.traceback("x", 1)) - lines(debug.traceback("x", 2)))
local function rec(n)
  if n > 0 then rec(n - 1) else coroutine.yield() end
end
co = coroutine.create(rec)
coroutine.resume(co, 2)
-- (omx names a function by its definition where lua5.4 names it by its call)
local function where(s) return (string.gsub(s, ": in [^\n]*", "")) end
print(where(debug.traceback(co)))
print(where(debug.traceback(co, "msg", 2)))
print(debug.traceback(co, nil, 40))

-- upvalues of a native closure
print(debug.getinfo(string.gmatch("abc", "a"), "u").nups > 0)

-- metamethods are named by their event
local m = {}
local function mm()
  local i = debug.getinfo(1, "n")
  m[#m + 1] = i.namewhat .. ":" .. tostring(i.name)
  return 1
end
local a = setmetatable({}, {__index = mm, __add = mm, __unm = mm, __len = mm,
  __concat = mm, __eq = mm, __lt = mm, __le = mm, __bnot = mm, __shl = mm})
local b = setmetatable({}, getmetatable(a))
local _ = a.x, a[1], a + 1, -a, #a, a .. "s", a == b, a < b, a >= b, ~a, a << 1
print(table.concat(m, " "))
