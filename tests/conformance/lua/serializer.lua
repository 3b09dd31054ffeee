-- A tiny JSON-like serializer with sorted keys, plus a matching parser.
local function is_array(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do if t[i] == nil then return false end end
  return true, n
end

local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\t"] = "\\t", ["\r"] = "\\r" }
local function quote(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function serialize(v, indent, depth, seen)
  depth = depth or 0
  seen = seen or {}
  local tv = type(v)
  if tv == "nil" then return "null"
  elseif tv == "boolean" then return tostring(v)
  elseif tv == "number" then
    if v ~= v then error("cannot serialize NaN") end
    if v == math.huge or v == -math.huge then error("cannot serialize infinity") end
    if math.type(v) == "integer" then return tostring(v) end
    return string.format("%.14g", v)
  elseif tv == "string" then return quote(v)
  elseif tv == "table" then
    if seen[v] then error("cycle detected") end
    seen[v] = true
    local pad = indent and ("\n" .. string.rep(indent, depth + 1)) or ""
    local close = indent and ("\n" .. string.rep(indent, depth)) or ""
    local sep = indent and ": " or ":"
    local out = {}
    local arr, n = is_array(v)
    if arr and n > 0 then
      for i = 1, n do out[i] = pad .. serialize(v[i], indent, depth + 1, seen) end
      seen[v] = nil
      return "[" .. table.concat(out, ",") .. close .. "]"
    end
    local keys = {}
    for k in pairs(v) do
      if type(k) ~= "string" and type(k) ~= "number" then error("bad key type " .. type(k)) end
      keys[#keys + 1] = k
    end
    table.sort(keys, function(a, b)
      if type(a) == type(b) then return a < b end
      return type(a) == "number"
    end)
    for i, k in ipairs(keys) do
      out[i] = pad .. quote(tostring(k)) .. sep .. serialize(v[k], indent, depth + 1, seen)
    end
    seen[v] = nil
    if #out == 0 then return "{}" end
    return "{" .. table.concat(out, ",") .. close .. "}"
  end
  error("cannot serialize a " .. tv)
end

local data = {
  name = "omx",
  version = 5.4,
  tags = { "lua", "runtime", "gc" },
  nested = { a = 1, b = { c = true, d = false }, [10] = "ten", [2] = "two" },
  empty = {},
  text = 'line1\nline2\t"quoted" \\ \1',
  count = 42,
  ratio = 1 / 3,
}
print(serialize(data))
print(serialize(data, "  "))
print(serialize({ 1, 2, { 3, { 4, {} } } }))
print(serialize("plain"), serialize(12), serialize(-0.5), serialize(true), serialize(nil))
print(pcall(serialize, { f = print }))
print(pcall(serialize, { [true] = 1 }))
local cyc = {}
cyc.self = cyc
print(pcall(serialize, cyc))
print(pcall(serialize, { x = 0 / 0 }))
print(pcall(serialize, { -1 / 0 }))
-- shared (non-cyclic) references are fine
local shared = { 1 }
print(serialize({ a = shared, b = shared }))

-- serializing is deterministic: the same data gives the same text twice
print(serialize(data) == serialize(data), #serialize(data), #serialize(data, "\t"))
