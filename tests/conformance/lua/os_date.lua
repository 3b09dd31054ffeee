-- os.date, os.time and os.difftime at fixed times (UTC), and os helpers.
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " "))
end
local times = { 0, 86400 * 365, 951782400, 1234567890, -1, -86400 * 400, 4102444799, 1709164800 + 43210 }
for _, t in ipairs(times) do
  print(os.date("!%Y-%m-%d %H:%M:%S", t), os.date("!%c", t))
  print(os.date("!%a %A %b %B %d %e %j %m %y %C %u %w %U %W %V %G %g %I %p", t))
  print(os.date("!%D|%F|%R|%T|%r|%x|%X|%h|%n|%t|%%|%Ey %EY %Od %OH %Ow", t))
end
local d = os.date("!*t", 1234567890)
local keys = {}
for k in pairs(d) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", tostring(d[k]), " ") end
print()
show(os.date("!", 5), os.date("!%%d", 5), os.date("!x%Yy", 5))

-- ISO weeks around new year
for _, day in ipairs({ "2004-12-31", "2005-01-01", "2005-01-02", "2008-12-29", "2010-01-03", "2021-01-03", "2026-12-31" }) do
  local y, m, dd = day:match("(%d+)-(%d+)-(%d+)")
  local t = os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(dd), hour = 0 })
  io.write(day, " ", os.date("!%G-W%V-%u %U %W %j", t), " | ")
end
print()

-- os.time with a table normalises it
local t = { year = 2000, month = 14, day = 35, hour = 25, min = 61, sec = 61 }
local s = os.time(t)
show(s, t.year, t.month, t.day, t.hour, t.min, t.sec, t.yday, t.wday, t.isdst)
show(os.time({ year = 1970, month = 1, day = 1, hour = 0 }), os.time({ year = 2000, month = 1, day = 1 }))
show(os.time({ year = "2001", month = 2.0, day = 3, sec = -1 }))
show(os.time({ year = 1900, month = 1, day = 1, hour = 0 }), os.time({ year = 2400, month = 2, day = 29, hour = 0 }))
show(os.difftime(10, 4), os.difftime(0, 1.0), math.type(os.difftime(5, 5)))
show(os.time(os.date("!*t", 1000000)) == 1000000)

-- errors
local function try(f) show(pcall(f)) end
try(function() return os.time({ year = 2000, month = 1 }) end)
try(function() return os.time({ year = 2000, day = 1 }) end)
try(function() return os.time({ year = 2000, month = 1, day = 1.5 }) end)
try(function() return os.time({ year = 2000, month = 1, day = "x" }) end)
try(function() return os.time({ year = 2^40, month = 1, day = 1 }) end)
try(function() return os.time(1) end)
try(function() return os.date("%Q", 0) end)
try(function() return os.date("%E", 0) end)
try(function() return os.date("%Ez", 0) end)
try(function() return os.date("%", 0) end)
try(function() return os.date("!%Y", 1.5) end)
try(function() return os.date("!%Y", "x") end)
try(function() return os.date("!%Y", 2^60) end)
try(function() return os.difftime(1) end)
try(function() return os.getenv() end)
show(os.getenv("OMX_SURELY_NOT_SET_VARIABLE"))
show(os.setlocale(), os.setlocale("C"), os.setlocale("xx_YY"), os.setlocale(nil, "numeric"))
try(function() return os.setlocale("C", "bogus") end)
show(type(os.clock()), math.type(os.time()))
