-- A small JSON-like parser (objects, arrays, strings, numbers, literals) whose
-- results are printed with a compact dumper that sorts object keys.
local function dump(v)
  if type(v) == "table" then
    local count = 0
    for _ in pairs(v) do count = count + 1 end
    if count == #v then
      local out = {}
      for i = 1, #v do out[i] = dump(v[i]) end
      return "[" .. table.concat(out, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local out = {}
    for i, k in ipairs(keys) do out[i] = tostring(k) .. "=" .. dump(v[k]) end
    return "{" .. table.concat(out, ",") .. "}"
  elseif type(v) == "string" then
    return string.format("%q", v)
  end
  return tostring(v) .. (math.type(v) == "float" and "f" or "")
end

-- a small parser for the same format (objects, arrays, strings, numbers, literals)
local function parse(str)
  local pos = 1
  local function ws() pos = str:find("[^ \t\n\r]", pos) or #str + 1 end
  local value
  local function err(msg) error(("parse error at %d: %s"):format(pos, msg), 0) end
  local function pstring()
    local out = {}
    pos = pos + 1
    while true do
      local c = str:sub(pos, pos)
      if c == "" then err("unterminated string") end
      if c == '"' then pos = pos + 1; break end
      if c == "\\" then
        local e = str:sub(pos + 1, pos + 1)
        local map = { n = "\n", t = "\t", r = "\r", ['"'] = '"', ["\\"] = "\\" }
        if e == "u" then
          out[#out + 1] = string.char(tonumber(str:sub(pos + 2, pos + 5), 16))
          pos = pos + 6
        else
          out[#out + 1] = map[e] or err("bad escape")
          pos = pos + 2
        end
      else
        out[#out + 1] = c
        pos = pos + 1
      end
    end
    return table.concat(out)
  end
  function value()
    ws()
    local c = str:sub(pos, pos)
    if c == "{" then
      local obj = {}
      pos = pos + 1; ws()
      if str:sub(pos, pos) == "}" then pos = pos + 1; return obj end
      while true do
        ws()
        local k = pstring()
        ws()
        if str:sub(pos, pos) ~= ":" then err("expected ':'") end
        pos = pos + 1
        obj[tonumber(k) or k] = value()
        ws()
        local d = str:sub(pos, pos)
        pos = pos + 1
        if d == "}" then return obj end
        if d ~= "," then err("expected ',' or '}'") end
      end
    elseif c == "[" then
      local arr = {}
      pos = pos + 1; ws()
      if str:sub(pos, pos) == "]" then pos = pos + 1; return arr end
      while true do
        arr[#arr + 1] = value()
        ws()
        local d = str:sub(pos, pos)
        pos = pos + 1
        if d == "]" then return arr end
        if d ~= "," then err("expected ',' or ']'") end
      end
    elseif c == '"' then return pstring()
    elseif str:find("^true", pos) then pos = pos + 4; return true
    elseif str:find("^false", pos) then pos = pos + 5; return false
    elseif str:find("^null", pos) then pos = pos + 4; return nil
    else
      local num = str:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
      if not num or num == "" then err("unexpected character '" .. c .. "'") end
      pos = pos + #num
      return math.tointeger(tonumber(num)) or tonumber(num)
    end
  end
  local v = value()
  ws()
  if pos <= #str then err("trailing characters") end
  return v
end

for _, src in ipairs({
  '{"b": [1, 2.5, "x"], "a": {"z": null, "y": false}}',
  '[1, -2, 3.25, 1e3, -0.5e-1, 10]',
  '"esc: \\n \\t \\" \\\\ \\u0041"',
  '  { "nested" : { "deep" : [ [ [ ] ] , { } ] } }  ',
  '{"1": "numeric key", "k": true}',
  '[]', '{}', 'true', 'false', '42', '"plain"',
}) do
  local ok, v = pcall(parse, src)
  print(ok and dump(v) or ("error: " .. v))
end
for _, bad in ipairs({ '{"a" 1}', '[1, 2', '"abc', '[1] x', '@', '{"a":1,}', '[1 2]', '"bad \\q"' }) do
  print(pcall(parse, bad))
end
