-- coroutine.close of a suspended coroutine closes its pending
-- to-be-closed variables, innermost first (Lua 5.4 §6.2, §3.3.8):
-- each __close gets the error so far (nil at first), an error in one is
-- passed to the next, and close returns true or false plus the last error.

local function closer(name, log, fail)
  return setmetatable({}, {__close = function (_, err)
    log[#log + 1] = name .. ":" .. tostring(err)
    if fail then error(fail, 0) end
  end})
end

-- Normal close: reverse order, err nil, result true.
do
  local log = {}
  local co = coroutine.create(function ()
    local a <close> = closer("a", log)
    local b <close> = closer("b", log)
    do
      local c <close> = closer("c", log)
      coroutine.yield(1)
    end
  end)
  print(coroutine.resume(co))
  print(coroutine.status(co))
  print(coroutine.close(co))
  print(table.concat(log, " "), coroutine.status(co))
  print(coroutine.close(co))
  print(coroutine.resume(co))
end

-- Errors in __close: passed on to the next, the last one returned.
do
  local log = {}
  local co = coroutine.create(function ()
    local a <close> = closer("a", log)
    local b <close> = closer("b", log, "E1")
    local c <close> = closer("c", log, "E2")
    coroutine.yield()
  end)
  coroutine.resume(co)
  print(coroutine.close(co))
  print(table.concat(log, " "))
end

-- A non-string error object comes back as it is.
do
  local obj = {}
  local co = coroutine.create(function ()
    local a <close> = setmetatable({}, {__close = function () error(obj) end})
    coroutine.yield()
  end)
  coroutine.resume(co)
  local ok, err = coroutine.close(co)
  print(ok, err == obj)
end

-- Closing it again from its own __close: it is running.
do
  local co
  co = coroutine.create(function ()
    local x <close> = setmetatable({}, {__close = function ()
      print("status inside", coroutine.status(co))
      coroutine.close(co)
    end})
    coroutine.yield(20)
  end)
  print(coroutine.resume(co))
  local ok, msg = coroutine.close(co)
  print(ok, string.find(msg, "running coroutine") ~= nil)
  print(coroutine.status(co))
end

-- A coroutine that died of an error: close reports it once.
do
  local co = coroutine.create(error)
  print(coroutine.resume(co, 100))
  print(coroutine.close(co))
  print(coroutine.close(co))
end

-- Never started, and finished coroutines.
do
  local co = coroutine.create(function () end)
  print(coroutine.close(co), coroutine.status(co))
  co = coroutine.create(function () return 1 end)
  coroutine.resume(co)
  print(coroutine.close(co))
end

-- Variables of several frames of the coroutine, and a closed variable in
-- a generic for.
do
  local log = {}
  local function inner()
    local i <close> = closer("inner", log)
    coroutine.yield("deep")
  end
  local co = coroutine.wrap(function ()
    local o <close> = closer("outer", log)
    for _ in function (_, k) if not k then return 1 end end, nil, nil, closer("for", log) do
      inner()
    end
  end)
  print(co())
  log[#log + 1] = "|"
  -- the wrapped coroutine is reached through debug-free means: a fresh one
  local co2 = coroutine.create(function ()
    local o <close> = closer("outer2", log)
    inner()
  end)
  coroutine.resume(co2)
  print(coroutine.close(co2))
  print(table.concat(log, " "))
end
