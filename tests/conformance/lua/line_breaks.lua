-- Line numbers count "\n", "\r", "\r\n" and "\n\r" each as one line break
-- (llex.c inclinenumber), in code and inside long strings.
local function line_after(src)
  local f = assert(load(src .. ' return require"debug".getinfo(1).currentline', ''))
  return f()
end
print(line_after("\n\n"))
print(line_after("\r\r"))
print(line_after("\r\n\r\n"))
print(line_after("\n\r\n\r"))
print(line_after("\n\n\r\r"))
print(line_after("local s = [[\nalo\ralo\r\n]]"))
print(line_after("local s = [[\ralo\n\ralo\r\n]]"))
print(line_after("local s = 'a\\z \r\n \n\r b'"))
local f = load("local x = 1\r\rerror('here')", "=chunk")
print(pcall(f))
