-- __len: the # operator on tables with a metatable; strings ignore it.
local t = setmetatable({ 1, 2, 3 }, { __len = function(self) return 42 end })
print(#t, rawlen(t))

local counted = setmetatable({ n = 0 }, {
  __len = function(self) return self.n end
})
counted.n = 7
print(#counted)
counted.n = "seven"
print(#counted)

-- __len may return any value, including non-numbers and multiple values (first kept)
local weird = setmetatable({}, { __len = function() return "long", "ignored" end })
print(#weird, type(#weird))
local nilen = setmetatable({}, { __len = function() return nil end })
print(#nilen)

-- __len receives the operand
local seen
local probe = setmetatable({}, { __len = function(a, b) seen = (a ~= nil) and "self" or "nil"; return 0 end })
print(#probe, seen)

-- sequence length without __len
local seq = { "a", "b", "c", "d" }
print(#seq)
seq[#seq + 1] = "e"
print(#seq)
seq[#seq] = nil
print(#seq)
print(#{}, #{ nil }, #{ 1, 2, nil })

-- strings: length is byte length, string metatable has no __len
print(#"", #"abc", #"\0\0", #"h\195\169llo")
local s = "hello"
print(#s, s:len(), string.len(s))

-- # on other types errors
print(pcall(function() return #5 end))
print(pcall(function() local b = true; return #b end))
print(pcall(function() return #nil end))
print(pcall(function() local f = print; return #f end))

-- __len used by a stack class
local Stack = {}
Stack.__index = Stack
Stack.__len = function(s) return s.size end
function Stack.new() return setmetatable({ items = {}, size = 0 }, Stack) end
function Stack:push(v) self.size = self.size + 1; self.items[self.size] = v end
function Stack:pop()
  local v = self.items[self.size]
  self.items[self.size] = nil
  self.size = self.size - 1
  return v
end
local st = Stack.new()
for i = 1, 4 do st:push(i * i); print("push", i * i, "len", #st) end
while #st > 0 do print("pop", st:pop(), "len", #st) end

-- ipairs does not use __len; it uses __index
local virt = setmetatable({}, {
  __len = function() return 100 end,
  __index = function(_, i) if i <= 3 then return i * 10 end end,
})
for i, v in ipairs(virt) do print("ipairs", i, v) end
print("#virt", #virt)

-- table.insert / table.unpack respect __len
local lenny = setmetatable({}, { __len = function() return 2 end })
table.insert(lenny, "x")
print(rawget(lenny, 3))
print(table.unpack(setmetatable({ 1, 2, 3, 4 }, { __len = function() return 2 end })))
