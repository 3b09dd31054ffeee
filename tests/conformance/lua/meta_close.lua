-- <close> variables and __close, deterministic order and arguments.
local log = {}
local function say(s) log[#log + 1] = s; print(s) end

local function closer(name)
  return setmetatable({ name = name }, {
    __close = function(self, err)
      local shown = type(err) == "table" and ("table code=" .. tostring(err.code)) or tostring(err)
      say("close " .. self.name .. " err=" .. shown)
    end
  })
end

do
  local a <close> = closer("a")
  local b <close> = closer("b")
  say("body")
end
say("after block")

-- closed in reverse order on return, with the return values computed first
local function f()
  local x <close> = closer("x")
  local y <close> = closer("y")
  say("in f")
  return "result"
end
print(f())

-- nil and false are allowed and ignored
do
  local n <close> = nil
  local fa <close> = false
  say("nil/false ok")
end

-- a value without __close is an error
print(pcall(function()
  local bad <close> = {}
  return "unreached"
end))

-- closing on error: __close receives the error object
print(pcall(function()
  local c <close> = closer("on-error")
  error("oops", 0)
end))

print(pcall(function()
  local c <close> = closer("tableerr")
  error({ code = 7 })
end) == false)

-- close inside loops: once per iteration
for i = 1, 3 do
  local it <close> = closer("iter" .. i)
  say("loop " .. i)
end

-- break closes too
while true do
  local w <close> = closer("while")
  say("breaking")
  break
end

-- <const> variables
local K <const> = 10
local S <const> = "str"
print(K * 2, S .. "!")

-- nested functions and closing order across nested blocks
local function nested()
  local outer <close> = closer("outer")
  do
    local inner <close> = closer("inner")
    say("inner block")
  end
  say("outer block")
end
nested()

-- error in __close itself replaces the error
print(pcall(function()
  local e <close> = setmetatable({}, { __close = function() error("close failed", 0) end })
  say("before close error")
end))

print(#log)
